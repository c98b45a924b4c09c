"""Found by probing the invented textiles programme (tests/programmes.py), each a class of
questions: "who else speaks with X?" asks X's talk's speakers; a second part that only points
back ("…, and which communes has he opened workshops in?") is asked of what the first part
found, even when that is a refusal (a talk with no abstract); "what's the last talk?" is that
talk, not the whole order; "which speakers are from a university?" asks for a kind of
affiliation, in any language; "is X an engineer?" is answered by X's card."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant
from assistant.intents import intent


@pytest.mark.parametrize(
    "question",
    [
        "Who else speaks with Sophie Renard?",
        "Who also presents with Paul Martin?",
        "Qui d'autre intervient avec Sophie Renard ?",
        "Qui présente aussi avec Paul Martin ?",
    ],
)
def test_who_else_speaks_with_someone_names_their_co_speaker(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    other = "Paul Martin" if "Renard" in question else "Sophie Renard"
    assert other in answer.answer and not answer.refused
    # who gives the talk, not the notice that its abstract is missing (which names them too)
    assert "abstract" not in answer.answer and "résumé" not in answer.answer
    assert "talk:aides" in cited(answer)


def test_who_else_is_the_who_intent() -> None:
    assert intent("who else speaks with her?") == "who"
    assert intent("qui d'autre intervient avec elle ?") == "who"


def test_a_second_part_pointing_back_is_asked_of_the_first_answer(textiles7: Assistant) -> None:
    answer = textiles7.ask(
        "Who gives the shared workshops talk, and which communes has he opened workshops in?"
    )
    assert "Marc Olivier" in answer.answer
    # the talk has no abstract: the communes are not in the programme, and the session's own
    # description is not quoted as if it said them
    assert "does not contain" in answer.answer
    assert "recomposent" not in answer.answer
    assert "session:s7" not in cited(answer)


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        ("What's the last talk?", "talk:aides"),
        ("Quelle est la dernière intervention ?", "talk:aides"),
        ("What's the first talk?", "talk:lin"),
    ],
)
def test_the_first_or_last_talk_is_that_talk_not_the_order(
    textiles7: Assistant, question: str, talk: str
) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == [talk], answer.answer


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("Which speakers are from a university?", "Jeanne Dupont"),
        ("Which speaker is from the University of Lille?", "Jeanne Dupont"),
        ("Qui vient d'une université ?", "Jeanne Dupont"),
        ("Is anyone from a region?", "Sophie Renard"),
    ],
)
def test_a_kind_of_affiliation_or_its_translation_finds_its_speakers(
    textiles7: Assistant, question: str, who: str
) -> None:
    answer = textiles7.ask(question)
    assert who in answer.answer and not answer.refused
    assert cards(answer) == [f"bio:{who.lower().replace(' ', '-')}"], answer.answer


def test_a_word_of_the_questions_own_language_is_not_a_translation(textiles7: Assistant) -> None:
    # « régionales » is near « Région » in meaning, but it is the asker's own French word: the
    # talk on regional aid is not everyone from the Région
    answer = textiles7.ask("Qui parle des aides régionales ?")
    assert "Paul Martin" in answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is Jeanne Dupont an engineer?", "ingénieure textile"),
        ("Is Marc Olivier a researcher?", "designer"),
        ("Est-ce que Paul Martin est géographe ?", "docteur en géographie"),
        ("Sophie Renard est-elle chercheuse ?", "chargée de mission"),
    ],
)
def test_whether_someone_is_a_kind_of_person_is_their_card(
    textiles7: Assistant, question: str, said: str
) -> None:
    answer = textiles7.ask(question)
    assert said in answer.answer and "abstract" not in answer.answer
    assert not answer.refused


def test_whether_a_talk_is_a_kind_of_thing_is_not_a_card() -> None:
    assert intent("Is Dupont's talk a case study?") != "speaker"
    assert intent("Is there a talk about flax?") != "speaker"


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        ("Which talk is third?", "talk:aides"),
        ("Which talk is second in the session?", "talk:ateliers"),
        ("Which talk comes second?", "talk:ateliers"),
        ("Quelle intervention est en deuxième position ?", "talk:ateliers"),
        ("Qui passe en deuxième dans la session ?", "talk:ateliers"),
    ],
)
def test_a_place_said_after_the_talk_or_its_verb_is_that_talk(
    textiles7: Assistant, question: str, talk: str
) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == [talk], answer.answer
