"""Classes of the sixth blind set's first run (docs/eval.md), on the invented textiles programme
(three talks in order: «Relocaliser la filière lin» with an abstract, «Ateliers partagés en
milieu rural» and «Les aides régionales à la relocalisation» without one)."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant

TITLES = [
    "Relocaliser la filière lin",
    "Ateliers partagés en milieu rural",
    "Les aides régionales à la relocalisation",
]
AFFILIATIONS = ["Université de Lille", "FabLab de Rennes", "Région Bretagne", "CNRS"]


@pytest.mark.parametrize(
    "question",
    [
        "Which organisations do the speakers come from?",
        "D'où viennent les intervenants ?",
        "Quelles institutions représentent les intervenants ?",
        "Where are all the speakers based?",
    ],
)
def test_everyones_affiliation(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and answer.route == "record"
    assert all(name in answer.answer for name in AFFILIATIONS), answer.answer
    assert {"bio:jeanne-dupont", "bio:paul-martin"} <= set(cited(answer))


def test_one_affiliation_asked_is_not_everyones(textiles7: Assistant) -> None:
    answer = textiles7.ask("Which speakers are from the CNRS?")
    assert "Paul Martin" in answer.answer and "Jeanne Dupont" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is Jeanne Dupont presenting?",
        "Quel est l'exposé de Jeanne Dupont ?",
        "Which talk is Jeanne Dupont giving?",
        "Que présente Jeanne Dupont ?",
        "C'est quoi l'exposé de Jeanne Dupont ?",
    ],
)
def test_which_talk_a_speaker_gives_is_its_title(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and "Relocaliser la filière lin" in answer.answer
    assert "abstract:lin" not in cited(answer)  # the title answers, not a quote of the abstract


def test_what_a_talk_is_about_is_still_its_abstract(textiles7: Assistant) -> None:
    answer = textiles7.ask("What is Jeanne Dupont's talk about?")
    assert "abstract:lin" in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "What does Marc Olivier think about artificial intelligence?",
        "Que pense Marc Olivier du télétravail ?",
        "What's Marc Olivier's take on self-driving cars?",
    ],
)
def test_a_view_on_a_topic_a_title_only_talk_never_covers_is_refused(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is Marc Olivier's talk about?",
        "Que pense Marc Olivier des ateliers partagés ?",  # a view on what the title names
        "What does Marc Olivier argue?",
    ],
)
def test_what_a_title_only_talk_is_about_is_its_title(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and "Ateliers partagés en milieu rural" in answer.answer


@pytest.mark.parametrize(
    ("question", "title", "source"),
    [
        ("What is the second talk about?", "Ateliers partagés en milieu rural", "talk:ateliers"),
        ("De quoi parle la première intervention ?", "Relocaliser la filière lin", "abstract:lin"),
        ("What's the last talk, the one on regional funding, about?",
         "Les aides régionales à la relocalisation", "talk:aides"),
        ("La troisième intervention, elle porte sur quoi ?",
         "Les aides régionales à la relocalisation", "talk:aides"),
        ("La dernière intervention, celle sur les aides, elle défend quelle thèse ?",
         "Les aides régionales à la relocalisation", "talk:aides"),
        ("The first talk: what is its main argument?", "Relocaliser la filière lin",
         "abstract:lin"),
    ],
)  # fmt: skip
def test_a_talk_named_by_its_place_is_answered_with_its_content(
    textiles7: Assistant, question: str, title: str, source: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and title in answer.answer
    assert source in cited(answer)
    others = [t for t in TITLES if t != title]
    assert not any(t in answer.answer for t in others)  # that talk, not the programme's order


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Quelle est la deuxième intervention ?", "Ateliers partagés en milieu rural"),
        ("Which is the second talk?", "Ateliers partagés en milieu rural"),
    ],
)
def test_the_nth_talk(textiles7: Assistant, question: str, title: str) -> None:
    answer = textiles7.ask(question)
    assert title in answer.answer and "Relocaliser la filière lin" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who presents the linen relocation talk, and according to its abstract, what was never "
        "compensated by public policies?",
        "Qui présente l'exposé sur le lin, et d'après son résumé, qu'est-ce qui n'a jamais été "
        "compensé ?",
    ],
)
def test_a_second_part_asked_according_to_a_text(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.route == "two-part" and "Jeanne Dupont" in answer.answer
    assert "Fermeture qui n’a jamais été compensée" in answer.answer
