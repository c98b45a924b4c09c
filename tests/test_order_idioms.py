"""Order words in idioms are not order questions: "one after another", « les unes après les
autres », "year after year", "after all" say how something happened, not which talk follows
which (on the invented textiles programme, whose first abstract says « les filatures du Nord ont
fermé les unes après les autres »)."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.planner import frame_text, index_of, plan


@pytest.mark.parametrize(
    "question",
    [
        "What is said to have closed one after another in the North?",
        "Qu'est-ce qui a fermé les unes après les autres dans le Nord ?",
        "Which mills closed one after the other?",
    ],
)
def test_one_after_another_is_answered_from_the_text(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and answer.route != "record", answer.answer
    assert "filatures" in answer.answer and "abstract:lin" in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Year after year, who keeps the flax sector alive?",
        "After all, is there a designer among the speakers?",
        "Jour après jour, qui fait vivre les ateliers ?",
    ],
)
def test_idioms_are_not_before_or_after(textiles7: Assistant, question: str) -> None:
    asked = plan(question, index_of(textiles7.catalog()))
    assert not asked.asked("before", "after"), frame_text(question)


@pytest.mark.parametrize(
    "question",
    ["What comes after the flax talk?", "Qui parle après Jeanne Dupont ?", "And after that one?"],
)
def test_after_a_talk_is_still_asked(textiles7: Assistant, question: str) -> None:
    assert plan(question, index_of(textiles7.catalog())).asked("after")


def test_after_jeanne_dupont_comes_the_workshops_talk(textiles7: Assistant) -> None:
    answer = textiles7.ask("Qui parle après Jeanne Dupont ?")
    assert answer.route == "record" and "Ateliers partagés en milieu rural" in answer.answer
