"""Messages to the assistant itself (assistant/chitchat.py): a greeting, thanks, "who are you?",
a joke asked for. On a large programme some sentence always shares a word with them ("Hello ROS
world."), so they were answered with quotes; they get what the assistant does instead, with
questions made from the records, in the message's language, citing nothing."""

from __future__ import annotations

import pytest

from assistant import chitchat, prompts
from assistant.answer import Assistant


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("hello", "greeting"), ("Bonjour à tous !", "greeting"), ("Guten Morgen", "greeting"),
        ("merci beaucoup", "thanks"), ("Thanks a lot!", "thanks"), ("danke schön", "thanks"),
        ("Who are you?", "about-me"), ("Qui es-tu ?", "about-me"),
        ("t'es qui toi ?", "about-me"), ("Qu'est-ce que tu sais faire ?", "about-me"),
        ("Are you a bot or a person?", "about-me"), ("Es-tu une IA ?", "about-me"),
        ("which language model are you?", "about-me"), ("Wer bist du?", "about-me"),
        ("Raconte-moi une blague", "request"), ("write me a poem about factories", "request"),
        # a review's findings: formal French, thanks at length, a bot "or" a person
        ("Qui êtes-vous ?", "about-me"), ("Que pouvez-vous faire ?", "about-me"),
        ("Êtes-vous un robot ?", "about-me"), ("Bonjour, qui êtes-vous ?", "about-me"),
        ("thanks for your help", "thanks"), ("merci beaucoup pour votre aide", "thanks"),
        ("many thanks", "thanks"),
    ],
)  # fmt: skip
def test_messages_to_the_assistant(message: str, kind: str) -> None:
    assert chitchat.kind(message) == kind


@pytest.mark.parametrize(
    "question",
    [
        "Hi, who presents the flax talk?",
        "Bonjour, qui présente « Relocaliser la filière lin » ?",
        "Quel modèle économique défend Jeanne Dupont ?",
        "What can you tell me about the teillage cooperatives?",
        "Are you sure the session starts at 09:30?",
        "Merci de me dire qui parle du pays de Caux.",
        "Is there a talk that says hello to the new flax machines?",
        "Did Jeanne Dupont write a story about the Nord mills?",
        "How do you work out what the teillage cooperatives do?",
        "What do you do with the flax after teillage, according to Dupont?",
    ],
)
def test_questions_are_not_chitchat(question: str) -> None:
    assert chitchat.kind(question) is None


@pytest.mark.parametrize(
    ("message", "lang", "opening"),
    [
        ("hello", "en", prompts.HELLO["en"] + prompts.ABOUT_ME["en"]),
        ("Bonjour !", "fr", prompts.HELLO["fr"] + prompts.ABOUT_ME["fr"]),
        ("Who are you?", "en", prompts.ABOUT_ME["en"]),
        ("Qu'est-ce que tu sais faire ?", "fr", prompts.ABOUT_ME["fr"]),
        ("merci !", "fr", prompts.THANKS["fr"]),
        ("tell me a joke", "en", prompts.OUT_OF_SCOPE["en"]),
    ],
)
def test_the_assistant_says_what_it_does_and_quotes_nothing(
    textiles7: Assistant, message: str, lang: str, opening: str
) -> None:
    answer = textiles7.ask(message)
    assert answer.route == "about-me" and answer.language == lang
    assert answer.answer.startswith(opening) and not answer.citations
    if "thank" not in opening.lower() and "plaisir" not in opening:
        # questions it can answer, made from this programme's records
        assert "Relocaliser la filière lin" in answer.answer or "Ateliers partagés" in answer.answer


def test_a_greeting_before_a_question_is_the_question(textiles7: Assistant) -> None:
    answer = textiles7.ask("Bonjour, qui présente « Relocaliser la filière lin » ?")
    assert answer.route == "record" and "Jeanne Dupont" in answer.answer


def test_a_message_in_another_language_is_answered_in_english(textiles7: Assistant) -> None:
    answer = textiles7.ask("Wer bist du?")
    assert answer.route == "about-me" and answer.language == "en"


def test_thanks_before_a_question_leave_the_question(textiles7: Assistant) -> None:
    answer = textiles7.ask("Merci ! Et qui présente « Relocaliser la filière lin » ?")
    assert answer.route == "record" and answer.answer.startswith("«"), answer.answer
