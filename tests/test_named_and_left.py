"""Classes the twenty-sixth session's review found and left, on the invented fixtures: what a
named speaker puts forward, stresses or highlights (refused: the verb read as words their text
must write); "how many titles contain X?" (the list, no number); a place in the order on a
programme of several sessions (« l'avant-dernière intervention », "the second talk": refused,
or the last of every session when one was named); a place no talk holds."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant

# --- what a named speaker puts forward, stresses, highlights ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What idea does Jeanne Dupont put forward?",
        "Quelle idée Dupont met-elle en avant ?",
        "What does Dupont highlight?",
        "What points does Dupont stress?",
        "Sur quoi Dupont insiste-t-elle ?",
        "Quelle idée est mise en avant par Jeanne Dupont ?",
        "What does Dupont underline in her talk?",
    ],
)
def test_what_a_speaker_puts_forward_is_their_abstract(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused, answer.answer
    assert "abstract:lin" in cited(answer), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # the verb's object, or a thing asked besides it, is still a word their text must write
        "What does Dupont say about stress?",
        "Does Dupont talk about stress?",
        "What does Dupont highlight about blockchain?",
    ],
)
def test_a_thing_asked_besides_the_emphasis_is_still_looked_for(
    textiles7: Assistant, question: str
) -> None:
    assert textiles7.ask(question).refused


def test_what_a_speaker_without_an_abstract_puts_forward(textiles7: Assistant) -> None:
    answer = textiles7.ask("What does Marc Olivier put forward?")
    assert "not provided" in answer.answer and cited(answer) == ["talk:ateliers"], answer.answer


# --- how many titles hold a word --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead", "talks"),
    [
        (
            "How many talk titles contain the word relocalisation?",
            "2 talks have a title that contains",
            ["talk:lin", "talk:aides"],
        ),
        (
            "Combien de titres d'interventions contiennent le mot rural ?",
            "Une intervention a un titre qui contient",
            ["talk:ateliers"],
        ),
    ],
)
def test_how_many_titles_hold_a_word(
    textiles7: Assistant, question: str, lead: str, talks: list[str]
) -> None:
    answer = textiles7.ask(question)
    assert answer.answer.startswith(lead), answer.answer
    assert cited(answer) == talks, answer.answer


def test_which_titles_hold_a_word_has_no_number(textiles7: Assistant) -> None:
    answer = textiles7.ask("Which talk titles contain the word relocalisation?")
    assert answer.answer.startswith("The talks whose title contains"), answer.answer


# --- a place in the order, on a programme of several sessions ---------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Quelle est l'avant-dernière intervention ?",
        "Which is the second to last talk?",
        "Qui passe en avant-dernier ?",
    ],
)
def test_the_place_before_the_last_in_programme_order(numbered: Assistant, question: str) -> None:
    # « Ateliers de réparation » (vélos, coudre), then « Energy cooperatives » (wind): with no
    # session named, the programme's order
    answer = numbered.ask(question)
    assert not answer.refused, answer.answer
    assert cited(answer) == ["talk:coudre"], answer.answer
    assert "(Ateliers de réparation)" in answer.answer


@pytest.mark.parametrize(
    "question", ["Quelle est la deuxième intervention ?", "Which is the second talk?"]
)
def test_the_second_talk_of_each_session(numbered: Assistant, question: str) -> None:
    answer = numbered.ask(question)
    assert cited(answer) == ["talk:coudre"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which is the last talk of session 1?",
        "Quelle est la dernière intervention de la session 1 ?",
    ],
)
def test_the_last_talk_of_the_session_named(numbered: Assistant, question: str) -> None:
    answer = numbered.ask(question)
    assert cited(answer) == ["talk:coudre"], answer.answer


def test_the_last_talk_of_each_session(numbered: Assistant) -> None:
    answer = numbered.ask("Quelle est la dernière intervention ?")
    assert cited(answer) == ["talk:coudre", "talk:wind"], answer.answer


@pytest.mark.parametrize(
    ("question", "order"),
    [
        # no talk at the place asked: the order shows what there is
        ("Quelle est l'avant-dernière intervention de la session 2 ?", ["session:s2", "talk:wind"]),
        (
            "Quelle est la cinquième intervention ?",
            ["session:s7", "talk:lin", "talk:ateliers", "talk:aides"],
        ),
    ],
)
def test_no_talk_at_the_place_asked_is_the_order(
    numbered: Assistant, textiles7: Assistant, question: str, order: list[str]
) -> None:
    assistant = numbered if "session 2" in question else textiles7
    answer = assistant.ask(question)
    assert not answer.refused and cited(answer) == order, answer.answer


def test_a_place_in_one_session_still_has_no_session_title(textiles7: Assistant) -> None:
    answer = textiles7.ask("Quelle est l'avant-dernière intervention ?")
    assert cited(answer) == ["talk:ateliers"], answer.answer
    assert "(Filières textiles" not in answer.answer


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        # a named speaker's place is checked in their own session's order
        ("Is Paul Martin the first speaker?", "talk:velos"),
        ("Ada Klein ouvre la séance, non ?", "talk:wind"),
        ("Is Paul Martin the second speaker?", "talk:coudre"),
        # the programme's last talk, said to be the last (not "the first" of its session)
        ("Is Bo Larsen the last speaker?", "talk:wind"),
    ],
)
def test_a_place_checked_is_in_the_speakers_session(
    numbered: Assistant, question: str, talk: str
) -> None:
    answer = numbered.ask(question)
    assert cited(answer) == [talk], answer.answer
    assert "first talk" not in answer.answer or "first" in question, answer.answer
