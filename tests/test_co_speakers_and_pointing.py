"""Found by probing the invented textiles programme (tests/programmes.py): "who else speaks with
X?" asks X's talk's speakers, and a second part that only points back ("…, and which communes
has he opened workshops in?") is asked of what the first part found, even when that is a
refusal (a talk with no abstract), not answered with whatever retrieval found for its words."""

from __future__ import annotations

import pytest
from programmes import cited

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
