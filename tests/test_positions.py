"""A place in a text asked instead of its words ("how does her abstract begin?", « par quoi se
termine le résumé ? »): the text's first or last sentence answers, on the invented textiles
programme; times, the order of talks and title-only talks keep their own answers."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.positions import asked_position

FIRST = "filatures du Nord ont fermé"
LAST = "laboratoire de la relocalisation"


@pytest.mark.parametrize(
    ("question", "quote", "source"),
    [
        ("How does Jeanne Dupont's abstract begin?", FIRST, "abstract:lin"),
        ("Par quoi commence le résumé sur la filière lin ?", FIRST, "abstract:lin"),
        ("Jeanne Dupont starts her talk with which example?", FIRST, "abstract:lin"),
        ("What does Jeanne Dupont's abstract end up saying?", LAST, "abstract:lin"),
        ("Comment se termine l'exposé de Jeanne Dupont ?", LAST, "abstract:lin"),
        ("What is Jeanne Dupont's conclusion?", LAST, "abstract:lin"),
        ("Quelle est la dernière phrase de la présentation de la session ?", "fragilités",
         "session:s7"),
        ("How does the session description begin?", "interroge le retour", "session:s7"),
    ],
)  # fmt: skip
def test_the_first_or_last_sentence_answers(
    textiles7: Assistant, question: str, quote: str, source: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and quote in answer.answer
    assert cited(answer) == [source]


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("When does the linen talk start?", None),
        ("The linen talk starts at what time?", None),
        ("À quelle heure se termine la session ?", None),
        ("Qui ouvre la session ?", None),
        ("Who closes the session?", None),
        ("How do I get to the room where the session starts?", None),
        ("What did the teillage cooperatives start doing?", None),
        # how a story turned out, no text named: the sentence that says so, not the last one
        ("Did the farmers end up taking back the added value?", None),
        ("In the end, did linen processing return to the fields?", None),
        ("Finally, what happened to the teillage cooperatives?", None),
        ("Did the revival begin with the cooperatives?", None),
        ("Where does the linen talk begin its story?", "first"),
        ("Sur quoi s'ouvre le résumé ?", "first"),
        ("What does the abstract conclude?", "last"),
        ("Quelle est la dernière phrase du résumé ?", "last"),
    ],
)
def test_a_place_in_a_text_is_asked(question: str, where: str | None) -> None:
    assert asked_position(question) == where


def test_how_a_story_turned_out_is_answered_by_its_sentence(textiles7: Assistant) -> None:
    answer = textiles7.ask("Did the farmers end up taking back the added value?")
    assert "valeur ajoutée" in answer.answer and LAST not in answer.answer


def test_times_and_the_order_of_talks_keep_their_answers(textiles7: Assistant) -> None:
    when = textiles7.ask("When does the session start?")
    assert "09:30" in when.answer and FIRST not in when.answer
    closing = textiles7.ask("Who closes the session?")
    assert "Sophie Renard" in closing.answer and LAST not in closing.answer


def test_a_title_only_talk_asked_how_it_ends_says_it_has_no_abstract(
    textiles7: Assistant,
) -> None:
    answer = textiles7.ask("How does Marc Olivier's talk end?")
    assert "Ateliers partagés en milieu rural" in answer.answer
    assert LAST not in answer.answer and "abstract:lin" not in cited(answer)
