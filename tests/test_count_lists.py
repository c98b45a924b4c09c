"""A count asked with its list ("how many talks are there, and which ones?"), talks with or
without an abstract counted, and a yes/no second part ("…, and is there a summary of her
talk?"): blind7's classes D and E (docs/eval.md), on the invented textiles programme (three
talks, four speakers; only «Relocaliser la filière lin» has an abstract)."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant

TITLES = [
    "Relocaliser la filière lin",
    "Ateliers partagés en milieu rural",
    "Les aides régionales à la relocalisation",
]
NAMES = ["Jeanne Dupont", "Marc Olivier", "Sophie Renard", "Paul Martin"]


@pytest.mark.parametrize(
    ("question", "number", "listed"),
    [
        ("How many talks are there, and which ones?", "3", TITLES),
        ("How many talks are on the programme, and what are they called?", "3", TITLES),
        ("Combien y a-t-il d'interventions, et lesquelles ?", "3", TITLES),
        ("How many speakers are there and who are they?", "4", NAMES),
        ("Combien y a-t-il d'intervenants dans cette séance, et qui sont-ils ?", "4", NAMES),
    ],
)
def test_a_count_with_its_list(
    textiles7: Assistant, question: str, number: str, listed: list[str]
) -> None:
    """The list the count counted, not a refusal of "which ones?" on its own."""
    answer = textiles7.ask(question)
    assert not answer.refused, answer.answer
    assert number in answer.answer
    assert all(item in answer.answer for item in listed), answer.answer
    assert "ne contient pas" not in answer.answer and "does not contain" not in answer.answer


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("How many talks have no abstract?", "(2 of 3)"),
        ("Combien d'interventions n'ont pas encore de résumé, et lesquelles ?", "(2 sur 3)"),
        ("Which talks don't have an abstract yet?", "(2 of 3)"),
    ],
)
def test_talks_without_an_abstract_are_counted(
    textiles7: Assistant, question: str, counted: str
) -> None:
    answer = textiles7.ask(question)
    assert counted in answer.answer, answer.answer
    assert TITLES[1] in answer.answer and TITLES[2] in answer.answer
    assert TITLES[0] not in answer.answer


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("Which talks have an abstract?", "(1 of 3)"),
        ("Quelles interventions ont un résumé ?", "(1 sur 3)"),
        (
            "How many of the talks actually come with an abstract, and which ones are they?",
            "(1 of 3)",
        ),
    ],
)
def test_talks_with_an_abstract_are_listed_with_it(
    textiles7: Assistant, question: str, counted: str
) -> None:
    answer = textiles7.ask(question)
    assert counted in answer.answer, answer.answer
    assert TITLES[0] in answer.answer
    assert TITLES[1] not in answer.answer and TITLES[2] not in answer.answer
    assert cited(answer) == ["abstract:lin"]


def test_an_abstract_that_says_something_is_not_the_list(textiles7: Assistant) -> None:
    """ "Which talk has an abstract that mentions X?" asks where X is, not which talks have one."""
    answer = textiles7.ask("Which talk has an abstract that mentions the pays de Caux?")
    assert "(1 of 3)" not in answer.answer
    assert "pays de Caux" in answer.answer and "abstract:lin" in cited(answer)


@pytest.mark.parametrize(
    ("question", "record", "missing"),
    [
        (
            "Which organisation does Marc Olivier work for, and is there a summary of his talk?",
            "FabLab de Rennes",
            "not provided",
        ),
        (
            "Qui est Paul Martin, et y a-t-il un résumé de son intervention ?",
            "CNRS",
            "pas été fourni",
        ),
    ],
)
def test_a_yes_no_second_part_is_answered_too(
    textiles7: Assistant, question: str, record: str, missing: str
) -> None:
    """ "…, and is there a summary of his talk?" is a second question: its talk's missing abstract
    is said after the first part's answer."""
    answer = textiles7.ask(question)
    assert answer.route == "two-part", answer.answer
    assert record in answer.answer and missing in answer.answer, answer.answer
