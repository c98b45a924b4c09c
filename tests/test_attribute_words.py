"""A kind of fact the programme never gives (an amount, an e-mail) is refused; a question that
only uses the answering sentence's own word for it is not asking for one: "do the potters share
the cost of fuel?" when the abstract says « partagent le coût du combustible »."""

from __future__ import annotations

import pytest
from programmes import assistant_over

from assistant.answer import Assistant
from assistant.policy import missing_attribute

POTTERY = {
    "event": "Rencontres de la céramique",
    "sessions": [
        {
            "id": "s2",
            "title": "Argile, fours et territoires",
            "description": "Cette session réunit des potiers et des chercheurs autour des "
            "ateliers de céramique.",
            "talks": [
                {
                    "id": "fours",
                    "title": "Les fours partagés",
                    "abstract": "Les potiers du Limousin ont longtemps cuit chacun dans leur "
                    "four. Depuis dix ans, des collectifs de céramistes louent ensemble de grands "
                    "fours à bois, partagent le coût du combustible et forment des apprentis.",
                    "speakers": [{"name": "Hélène Marchal", "role": "céramiste"}],
                }
            ],
        }
    ],
}
SENTENCE = (
    "Depuis dix ans, des collectifs de céramistes louent ensemble de grands fours à bois, "
    "partagent le coût du combustible et forment des apprentis."
)


@pytest.fixture(scope="module")
def pottery(tmp_path_factory: pytest.TempPathFactory, embed_model) -> Assistant:
    return assistant_over(POTTERY, tmp_path_factory.mktemp("pottery"), embed_model)


@pytest.mark.parametrize(
    "question",
    [
        "Les céramistes partagent-ils le coût du combustible ?",
        "Do the potters share the cost of fuel?",
        "What does Hélène Marchal say about the cost of fuel?",
    ],
)
def test_the_texts_own_money_word_is_not_a_price_asked(pottery: Assistant, question: str) -> None:
    answer = pottery.ask(question)
    assert not answer.refused and "coût du combustible" in answer.answer
    assert [c.source_id for c in answer.citations] == ["abstract:fours"]


@pytest.mark.parametrize(
    "question",
    [
        "How much does the fuel cost?",
        "What's the cost of the fuel?",
        "Quel est le coût du combustible ?",
        "Combien coûte une cuisson ?",
        # the money word asked after "what", or as the question's last word
        "What is the fuel cost?",
        "What does the fuel cost?",
        "What is the annual fuel cost per potter?",
        "Le combustible, ça coûte combien par an ?",
        "Et le combustible, il coûte ?",
        "Quel est le prix d'une pièce ?",
    ],
)
def test_an_amount_the_programme_never_gives_is_refused(pottery: Assistant, question: str) -> None:
    assert missing_attribute(question, SENTENCE, SENTENCE) == "money"
    assert pottery.ask(question).refused
