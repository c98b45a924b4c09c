"""The classes of the twenty-ninth blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seminar) in other words; no blind29 question is
here. 0 (before blind29's first run was read: left by blind28's review): a speaker's job or
organisation checked by the voice alone, with no inversion and no tag (« Dupont est
ingénieure ? », « Olivier est au FabLab de Rennes ? »): the talk's notice or an abstract
instead of yes / no and their card; who holds a degree asked of all the speakers ("which
speakers have a PhD?", « qui a un doctorat ? »): refused."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant

YES = "Oui, d’après le programme"
NO = "Non, pas d’après le programme"

# --- 0: a check said by the voice alone -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead", "card"),
    [
        ("Dupont est ingénieure ?", YES, "bio:jeanne-dupont"),
        ("Marc Olivier est designer ?", YES, "bio:marc-olivier"),
        ("Paul Martin est docteur ?", YES, "bio:paul-martin"),
        ("Olivier est au FabLab de Rennes ?", YES, "bio:marc-olivier"),
        ("Renard travaille à la Région Bretagne ?", YES, "bio:sophie-renard"),
        ("Jeanne Dupont vient de Lille ?", YES, "bio:jeanne-dupont"),
        ("Dupont est designer ?", NO, "bio:jeanne-dupont"),
        ("Dupont est au CNRS ?", NO, "bio:jeanne-dupont"),
    ],
)
def test_0_a_check_said_by_the_voice_alone(
    textiles7: Assistant, question: str, lead: str, card: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.answer.startswith(lead), answer.answer
    assert cards(answer)[0] == card, answer.answer


def test_0_a_wrong_organisation_shows_whose_it_is(textiles7: Assistant) -> None:
    answer = textiles7.ask("Dupont est au CNRS ?")
    assert "bio:paul-martin" in cards(answer), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Marc Olivier est à Rennes demain ?",  # a time, not his organisation
        "Dupont est d'accord avec Renard ?",
        "Marc Olivier est en retard ?",
        "Paul Martin vient de loin ?",
    ],
)
def test_0_not_a_check_of_a_card(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.answer.startswith((YES, NO)), answer.answer


def test_0_a_check_by_the_voice_on_the_seminar(extractive: Assistant) -> None:
    answer = extractive.ask("Granier est docteure ?")
    assert answer.answer.startswith(YES), answer.answer
    assert cards(answer) == ["bio:caroline-granier"], answer.answer
    answer = extractive.ask("Landau est à l'IRI ?")
    assert answer.answer.startswith(YES) and cards(answer) == ["bio:olivier-landau"], answer.answer


# --- 0: who holds a degree --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "which speakers have a PhD?",
        "Qui a un doctorat ?",
        "Quels intervenants ont une thèse ?",
        "Which of the speakers has a degree?",
        "who among them has a PhD",
        "who here holds a doctorate in geography?",
    ],
)
def test_0_who_holds_a_degree(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cards(answer) == ["bio:paul-martin"], answer.answer
    assert "talk:aides" in cited(answer), answer.answer


def test_0_the_others_are_said_to_have_no_degree_given(textiles7: Assistant) -> None:
    answer = textiles7.ask("which speakers have a PhD?")
    assert "no degree for the other speakers" in answer.answer, answer.answer


def test_0_no_degree_in_the_field_asked(textiles7: Assistant) -> None:
    answer = textiles7.ask("who has a PhD in textiles?")
    assert answer.refused and "no speaker's degree in textiles" in answer.answer, answer.answer
    assert cards(answer) == ["bio:paul-martin"], answer.answer


def test_0_no_card_names_a_degree(numbered: Assistant) -> None:
    from programmes import NUMBERED

    held = [
        s
        for session in NUMBERED["sessions"]
        for talk in session["talks"]
        for s in talk["speakers"]
        if "doct" in f"{s.get('role', '')} {s.get('affiliation', '')}".lower()
    ]
    assert not held  # the fixture names no degree: the answer says so
    answer = numbered.ask("which speakers have a PhD?")
    assert answer.refused and "no speaker's degree" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["who has a degree in their abstract?", "which speakers have a PhD student working with them?"],
)
def test_0_not_who_holds_a_degree(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert "degree for the other speakers" not in answer.answer, answer.answer


def test_0_who_holds_a_degree_on_the_seminar(extractive: Assistant) -> None:
    answer = extractive.ask("which speakers have a PhD?")
    assert not answer.refused and cards(answer) == ["bio:caroline-granier"], answer.answer
