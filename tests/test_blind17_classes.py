"""The classes of the seventeenth blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seminar) in other words; no blind17 question is
here. A: who is on a session's programme, or what it is about, asked casually ("who's speaking at
session 7?", "the lineup", "the big picture behind …", « en gros, ça parle de quoi ? »), is the
session's talks in order or its description, not a refusal. B: "is one of the speakers from X?"
asked as yes / no names who is; "what's X's talk called?" gives the title and cites the talk.
C: "how many …, and could you name them?" counts and lists. F: when something an abstract tells
of happened ("in what year did …, according to X?") is not the talk's time."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.parts import split_question
from assistant.session_answers import roster_asked

TALKS = ["talk:lin", "talk:ateliers", "talk:aides"]


@pytest.mark.parametrize(
    "question",
    [
        "Who is speaking at session 7?",
        "can you give me the lineup for this session?",
        "c'est qui qui cause à la session 7 ?",
        "hey so who's actually speaking at session 7 this morning?",
        "Mind telling me which folks are presenting in the textiles session?",
    ],
)
def test_a_who_is_on_the_programme(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ["session:s7", *TALKS], answer.answer
    assert "Jeanne Dupont" in answer.answer and "Paul Martin" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who is speaking about linen?",
        "Who speaks about know-how in session 7?",
        "Who's speaking at 10:30?",
        "who's speaking in the afternoon?",  # the session is a morning one
        'Who presents "Relocaliser la filière lin"?',
        "Who is presenting it?",
        "Qui le présente ?",
    ],
)
def test_a_not_a_roster(textiles7: Assistant, question: str) -> None:
    assert not roster_asked(question, textiles7.catalog())


@pytest.mark.parametrize(
    "question",
    [
        "What's the big picture behind session 7?",
        "En gros, la séance 7, ça parle de quoi ?",
        "In a nutshell, what's the 12 March session all about?",
        "What is session seven about, the overarching idea I mean?",
    ],
)
def test_a_what_the_session_is_about(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ["session:s7"] and not answer.refused, answer.answer
    assert "Cette session interroge" in answer.answer


@pytest.mark.parametrize(
    ("question", "bio"),
    [
        ("Est-ce qu'un des intervenants vient du CNRS ?", "bio:paul-martin"),
        ("Y a-t-il quelqu'un du FabLab de Rennes parmi les intervenants du 12 mars ?",
         "bio:marc-olivier"),
    ],
)  # fmt: skip
def test_b_is_one_of_the_speakers_from(textiles7: Assistant, question: str, bio: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == [bio], answer.answer


def test_b_a_speakers_title_cites_the_talk(textiles7: Assistant) -> None:
    answer = textiles7.ask("What's Jeanne Dupont's talk called?")
    assert cited(answer) == ["talk:lin"] and "Relocaliser la filière lin" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How many speakers are there, and could you name each of them?",
        "How many talks are there and what are they all called?",
    ],
)
def test_c_count_and_name_them(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert "3 talks" in answer.answer or "4 speakers" in answer.answer, answer.answer
    assert "Ateliers partagés en milieu rural" in answer.answer or "Marc Olivier" in answer.answer
    assert len(split_question(question, textiles7.catalog(), "en")) == 1


def test_c_a_question_of_its_own_after_the_count_is_still_split(textiles7: Assistant) -> None:
    question = "How many talks are there, and which one is given by two people?"
    assert len(split_question(question, textiles7.catalog(), "en")) == 2
    assert "Paul Martin" in textiles7.ask(question).answer


def test_f_when_an_abstract_event_happened_is_not_the_talks_time(textiles7: Assistant) -> None:
    answer = textiles7.ask("When did the northern mills start closing, per Jeanne Dupont?")
    assert cited(answer) == ["abstract:lin"] and "20° siècle" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quand commence l'intervention de Jeanne Dupont ?",
        "When did Jeanne Dupont's talk take place?",
    ],
)
def test_f_the_talks_own_time_still_answers(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ["session:s7"] and "09:30" in answer.answer


def test_f_a_year_asked_of_an_abstract_event_on_the_seminar(extractive: Assistant) -> None:
    answer = extractive.ask(
        "In which year did Chippendale begin to sell abroad, according to Olivier Landau?"
    )
    assert "16:30" not in answer.answer, answer.answer
