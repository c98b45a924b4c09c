"""Words that name the programme's own parts are not what a question asks of its texts: "the
name of the speaker of the linen talk" asks who gives that talk (the texts need not hold "name"
or "speaker"), and "what does the session say about blockchain?" asks blockchain of the session,
which "session", written in both languages, does not support alone. Met on the invented textiles
programme and on the seed."""

from __future__ import annotations

import pytest

from assistant.answer import Assistant
from assistant.intents import intent
from assistant.policy import missing_attribute


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What's the name of the speaker of the linen talk?", "Jeanne Dupont"),
        ("Name the speaker of the shared workshops talk.", "Marc Olivier"),
        ("What is the name of the presenter of the regional aid talk?", "Sophie Renard"),
        (
            "Quel est le nom de l'intervenant de la conférence sur les ateliers partagés ?",
            "Marc Olivier",
        ),
    ],
)
def test_the_name_of_a_talks_speaker_is_who_gives_it(
    textiles7: Assistant, question: str, speaker: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused, (answer.route, answer.answer)
    assert speaker in answer.answer


@pytest.mark.parametrize(
    "question",
    ["What's the name of the speaker of the wood talk?", "Name the speaker of the wood talk."],
)
def test_the_name_of_a_talks_speaker_on_the_seed(extractive: Assistant, question: str) -> None:
    answer = extractive.ask(question)
    assert answer.route == "record", (answer.route, answer.answer)
    assert "Véronique Maire" in answer.answer
    assert "Filippi" not in answer.answer


def test_a_speaker_name_asked_is_a_who_question() -> None:
    assert intent("What's the name of the speaker of the linen talk?") == "who"
    assert intent("Quel est le nom de l'intervenante sur le lin ?") == "who"
    assert intent("Name the speakers.") == "list"
    # "name the speaker" asks the record; names a text gives are asked otherwise
    assert missing_attribute("Name the speaker of the wood talk.", "", "") is None
    assert missing_attribute("Does she name them?", "", "Le lin se transforme ici.") == "named"


@pytest.mark.parametrize(
    "question",
    [
        "What does the session say about blockchain?",
        "Que dit la séance sur la cryptomonnaie ?",
        "What is the name of the speaker who talks about football?",
    ],
)
def test_a_programme_word_does_not_carry_an_absent_subject(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, (answer.route, answer.answer)


def test_the_session_asked_about_its_own_subject_still_answers(textiles7: Assistant) -> None:
    answer = textiles7.ask("What does the session say about the rural territories?")
    assert not answer.refused, answer.answer
    assert "territoires ruraux" in answer.answer


def test_what_the_session_says_about_an_absent_subject_on_the_seed(
    extractive: Assistant,
) -> None:
    assert extractive.ask("What does the session say about blockchain?").refused
    answer = extractive.ask("what's session 3 trying to connect?")
    assert "politiques industrielles" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Selon Jeanne Dupont, quel est le rôle des coopératives ?",
        "What is the role of the cooperatives, according to Dupont?",
    ],
)
def test_the_role_of_a_thing_is_what_a_text_says_of_it(textiles7: Assistant, question: str) -> None:
    assert intent(question) != "speaker"
    answer = textiles7.ask(question)
    assert "coopératives de teillage" in answer.answer, (answer.route, answer.answer)


def test_the_role_of_a_person_is_their_card(textiles7: Assistant) -> None:
    assert intent("Quel est le rôle de Jeanne Dupont ?") == "speaker"
    assert "ingénieure textile" in textiles7.ask("Quel est le rôle de Jeanne Dupont ?").answer
    assert textiles7.ask("According to Dupont, what is the role of the state?").refused
