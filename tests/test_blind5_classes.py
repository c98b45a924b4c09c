"""Classes of the fifth blind set's first run (docs/eval.md), on the invented textiles programme:
a talk named by a paraphrase of its title asked "who is behind / who's presenting it?" is
answered by its presenters (the talk retrieval finds first), not by a quote of another text."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.intents import intent


@pytest.mark.parametrize(
    "question",
    [
        "Who is behind the talk on bringing linen back home?",
        "Who's presenting the one about bringing the linen industry back?",
        "Qui est derrière l'exposé sur le retour du lin ?",
    ],
)
def test_who_presents_a_talk_named_in_other_words(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and "Jeanne Dupont" in answer.answer
    assert "talk:lin" in cited(answer) and "session:s7" not in cited(answer)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("Who's giving the talk on linen?", True),
        ("Who is running the workshop talk?", True),
        ("Who is behind the relocation of the flax industry?", False),  # its actors
        ("Who runs the cooperatives?", False),
        ("Who benefits from the added value?", False),
    ],
)
def test_who_presents_in_everyday_words(question: str, who: bool) -> None:
    assert (intent(question) == "who") is who
