"""Two classes of questions about people, on an invented programme: a name the programme never
writes is said to be absent (not answered from the nearest sentence about someone else), and
"where did X study / was X born" asks about the person, not the talk's room."""

from __future__ import annotations

import pytest
from programmes import assistant_over

from assistant.answer import Assistant
from assistant.names import name_spans, unknown_name
from assistant.planner import asks_personal_place

PROGRAMME = {
    "event": "Journées du bois",
    "sessions": [
        {
            "id": "bois",
            "title": "Ateliers du bois",
            "description": "Cette session réunit des menuisiers et des designers autour des "
            "ateliers partagés.",
            "talks": [
                {
                    "id": "meubles",
                    "title": "Meubles en bois local",
                    "room": "Salle Vauban",
                    "abstract": "L’atelier suit la pédagogie de Maria Montessori pour former des "
                    "apprentis. Les meubles sont faits de chêne des forêts voisines.",
                    "speakers": [
                        {"name": "Paul Rivière", "role": "menuisier", "affiliation": "Atelier Nord"}
                    ],
                },
                {
                    "id": "design",
                    "title": "Designers in shared workshops",
                    "room": "Salle Colbert",
                    "abstract": None,
                    "speakers": [
                        {
                            "name": "Lina Roche",
                            "role": "designer",
                            "bio": "Lina Roche studied industrial design at the École Boulle.",
                        }
                    ],
                },
            ],
        }
    ],
}


@pytest.fixture(scope="module")
def wood(tmp_path_factory: pytest.TempPathFactory, embed_model) -> Assistant:
    return assistant_over(PROGRAMME, tmp_path_factory.mktemp("wood"), embed_model)


@pytest.mark.parametrize(
    ("question", "spans"),
    [
        ("Is Bernard Stiegler speaking?", ["Bernard Stiegler"]),
        ("What is Elinor Ostrom's view on the commons?", ["Elinor Ostrom"]),
        ("Que pense Charles de Gaulle des ateliers ?", ["Charles de Gaulle"]),
        ("Quel est l’avis d’Anne Marie Dubois ?", ["Anne Marie Dubois"]),
        ("Hey, Paul Rivière, Lina Roche: who speaks first?", ["Paul Rivière", "Lina Roche"]),
        ("Is there a talk on Monday Morning in Room B?", []),  # calendar and room words
        ("What does «Meubles En Bois Local» say?", []),  # a quoted title is not a name
        ("Who talks about wood?", []),
    ],
)
def test_names_are_runs_of_capitalised_words(question: str, spans: list[str]) -> None:
    assert name_spans(question) == spans


def test_a_name_is_unknown_only_when_the_programme_writes_none_of_its_words(
    wood: Assistant,
) -> None:
    catalog = wood.catalog()
    assert unknown_name("Is Bernard Stiegler speaking?", catalog) == "Bernard Stiegler"
    assert unknown_name("Who cites Maria Montessori?", catalog) is None  # in an abstract
    assert unknown_name("What does Rivière Paul make?", catalog) is None  # a speaker, reversed
    assert unknown_name("Who is from Atelier Nord?", catalog) is None  # an affiliation
    assert unknown_name("Did she study at the École Boulle?", catalog) is None  # in a bio


@pytest.mark.parametrize(
    "question",
    [
        "Is Bernard Stiegler speaking in this session?",
        "Quand parle Bernard Stiegler ?",
        "What does Elinor Ostrom think of shared workshops?",  # words the session holds
        "Does anyone mention Elinor Ostrom?",
        "In which room does Jean Dupuis speak?",
    ],
)
def test_a_name_the_programme_never_writes_is_said_to_be_absent(
    wood: Assistant, question: str
) -> None:
    answer = wood.ask(question)
    assert answer.refused and not answer.citations
    assert any(name in answer.answer for name in ("Stiegler", "Ostrom", "Dupuis"))


def test_a_person_an_abstract_cites_is_still_found(wood: Assistant) -> None:
    answer = wood.ask("Does anyone mention Maria Montessori?")
    assert not answer.refused and "Paul Rivière" in answer.answer
    assert answer.citations[0].source_id == "abstract:meubles"


@pytest.mark.parametrize(
    "question",
    [
        "Where did Paul Rivière study?",
        "Où est né Paul Rivière ?",
        "Where does Paul Rivière live?",
        "Où Paul Rivière a-t-il été formé ?",
    ],
)
def test_where_a_person_studied_or_lives_is_not_the_room(wood: Assistant, question: str) -> None:
    answer = wood.ask(question)
    assert answer.refused and "Vauban" not in answer.answer
    assert "menuisier" in answer.answer  # what the programme does say about him
    assert answer.citations[0].source_id.startswith("bio:")


def test_where_a_person_studied_is_answered_when_the_bio_says(wood: Assistant) -> None:
    answer = wood.ask("Where did Lina Roche study?")
    assert not answer.refused and "Boulle" in answer.answer


@pytest.mark.parametrize(
    ("question", "room"),
    [
        ("Where does Paul Rivière speak?", "Vauban"),
        ("Où a lieu l’intervention de Lina Roche ?", "Colbert"),
    ],
)
def test_where_a_person_speaks_is_still_the_room(wood: Assistant, question: str, room: str) -> None:
    answer = wood.ask(question)
    assert not answer.refused and room in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which talk is about Wooden Furniture?",  # « meubles », written in French only
        "Does anyone talk about Neighbouring Forests?",  # « forêts voisines »
    ],
)
def test_capitalised_words_the_programme_writes_in_another_language_are_not_a_name(
    wood: Assistant, question: str
) -> None:
    assert unknown_name(question, wood.catalog())  # no word of it is written in the programme
    answer = wood.ask(question)
    assert "does not mention" not in answer.answer and not answer.refused
    assert any(c.source_id.endswith(":meubles") for c in answer.citations)


@pytest.mark.parametrize(
    "question",
    [
        "Paul Rivière étudie-t-il le chêne ou le hêtre ?",  # « ou », not « où »
        "Où a lieu l’intervention de Paul Rivière ? Je ne trouve pas la salle.",  # « ne » negation
    ],
)
def test_or_and_negation_are_not_a_birthplace(question: str) -> None:
    assert not asks_personal_place(question)
