"""Found by probing before the sixteenth blind set was read, each a class of questions: a
speaker's attribute asked with a pronoun for it ("her university is which one?") is their card;
"which speaker / presenter talks about X?" asks for a person as "who talks about X?" does, X
being a title's subject in another language, and neither names the speaker of the talk ranked
after the session's description when only that description writes X ("who talks about
FabLabs?": it is quoted, and no one is said to give it); a verb of closing or opening places a
talk only when said of the programme's parts or of who gives them ("who closes the session?"),
not of what a text tells ("the northern mills closing")."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.planner import index_of, plan

_LAST = "The last talk"
_LIN = "talk:lin"


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("Jeanne Dupont, her university is which one?", "Université de Lille"),
        ("Marc Olivier's outfit is which one?", "FabLab de Rennes"),
        ("Paul Martin works for which one?", "CNRS"),
    ],
)
def test_an_attribute_asked_with_which_one_is_their_card(
    textiles7: Assistant, question: str, card: str
) -> None:
    answer = textiles7.ask(question)
    assert card in answer.answer and answer.route == "record", answer.answer


def test_which_one_on_the_seminar(extractive: Assistant) -> None:
    answer = extractive.ask("Véronique Maire, her school is which one?")
    assert "ESAD de Reims" in answer.answer and "bio:veronique-maire" in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Which speaker talks about linen?",
        "Which presenter covers the linen industry?",
        "What speaker deals with relocating linen?",
    ],
)
def test_which_speaker_talks_about_a_title_subject_names_them(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert "Jeanne Dupont" in answer.answer and not answer.refused, answer.answer
    assert _LIN in cited(answer)


def test_which_speaker_on_the_seminar(extractive: Assistant) -> None:
    answer = extractive.ask("Which speaker talks about the wood industry?")
    assert "Véronique Maire" in answer.answer
    assert "talk:s3-design-industrie-et-territoire-integration-des" in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Which speaker talks about the northern mills closing?",
        "Who talks about the spinning mills closing one after another?",
        "Is anyone discussing flax mills opening near the fields?",
    ],
)
def test_a_closing_told_by_a_text_is_not_the_last_talk(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert _LAST not in answer.answer and not answer.refused, answer.answer
    assert "Jeanne Dupont" in answer.answer  # whose text tells of the mills


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("Who closes the session?", "last"),
        ("Who's closing?", "last"),
        ("Qui clôt la session ?", "last"),
        ("Which talk closes?", "last"),
        ("What's the closing talk?", "last"),
        ("Qui ouvre le bal ?", "first"),
        ("Which talk opens the session?", "first"),
        ("Who is opening?", "first"),
        ("Which speaker opens?", "first"),
        ("Who does the closing?", "last"),
        ("Qui fait l'ouverture ?", "first"),
        ("Which talk opens and which one closes it?", "last"),
        ("Who closes the afternoon?", "last"),
        ("Qui clôture la soirée ?", "last"),
        ("Who closes things out?", "last"),
        ("Qui parle de la région qui ouvre de nouvelles usines ?", None),
        ("the mills closing", None),
        ("a region opening new plants", None),
        ("la filature qui ferme et se termine en faillite", None),
    ],
)
def test_opening_and_closing_place_a_talk_only_of_the_programme(
    textiles7: Assistant, question: str, where: str | None
) -> None:
    asks = plan(question, index_of(textiles7.catalog())).asks
    assert {"first", "last"} & asks == ({where} if where else set())


@pytest.mark.parametrize(
    "question",
    ["Who talks about FabLabs?", "Which presenter covers FabLabs?",
     "Qui parle des singularités industrielles locales ?"],
)  # fmt: skip
def test_only_the_session_description_writes_it(extractive: Assistant, question: str) -> None:
    answer = extractive.ask(question)
    assert cited(answer) == ["session:s3"] and not answer.refused, answer.answer
    assert not any(name in answer.answer for name in extractive.catalog().speakers)


def test_only_the_session_description_writes_it_on_textiles(textiles7: Assistant) -> None:
    answer = textiles7.ask("Qui parle des fragilités des artisans ?")
    assert cited(answer) == ["session:s7"] and "Jeanne Dupont" not in answer.answer
