"""The extractive answer's two quotes: the one that answers best comes first, unless the two
follow each other in one text (then they read as one passage, in the text's order). Logic only:
the evidence is given, its scores set by hand."""

from __future__ import annotations

from assistant.catalog import Source
from assistant.extractive import (
    _ENUMERATES,
    INSTANCE_WEIGHT,
    Evidence,
    _lift_instances,
    extractive_draft,
)

ABSTRACT = Source(
    "abstract:lin",
    "abstract",
    "Les filatures ont fermé. Rien ne l'a compensé. Les coopératives relancent le lin. "
    "La filière devient un laboratoire.",
    {"speakers": "Jeanne Dupont", "talk": "Relocaliser la filière lin", "talk_id": "lin"},
)
SENTENCES = [
    "Les filatures ont fermé.",
    "Rien ne l'a compensé.",
    "Les coopératives relancent le lin.",
    "La filière devient un laboratoire.",
]


def _evidence(position: int, cosine: float) -> Evidence:
    return Evidence(SENTENCES[position], 1, position, cosine, 0.0)


def _order(draft_text: str, *positions: int) -> list[int]:
    return sorted(positions, key=lambda p: draft_text.index(SENTENCES[p]))


def test_the_best_quote_comes_first_when_the_two_are_apart() -> None:
    best, weaker = _evidence(3, 0.6), _evidence(0, 0.2)
    draft = extractive_draft([best, weaker], [ABSTRACT], "en")
    assert draft is not None and _order(draft.text, 0, 3) == [3, 0]


def test_two_sentences_in_a_row_keep_the_text_order() -> None:
    best, before = _evidence(2, 0.6), _evidence(1, 0.2)
    draft = extractive_draft([best, before], [ABSTRACT], "en")
    assert draft is not None and _order(draft.text, 1, 2) == [1, 2]
    assert draft.text.count("Jeanne Dupont") == 1  # one text, its author said once


def test_two_lifted_sentences_keep_their_order_above_the_cap() -> None:
    """When kinds or an example are asked, sentences that list or give one rise to just above
    their text's best; two that both reach it keep the order their own scores gave, so the one
    read first does not pass the one that answers by a tie."""
    first_read = Evidence("Lin, chanvre, laine, coton, soie…", 1, 0, 0.30, 0.0)
    answers = Evidence("Ainsi, fileurs, tisserands, teinturiers, se regroupent.", 1, 1, 0.32, 0.0)
    best = Evidence("La filière devient un laboratoire.", 1, 2, 0.35, 0.0)
    found = [first_read, answers, best]
    _lift_instances(found, _ENUMERATES.search)
    ranked = sorted(found, key=lambda e: e.score, reverse=True)
    assert ranked == [answers, first_read, best]
    assert all(e.cue <= INSTANCE_WEIGHT for e in found)


ENGLISH = Source(
    "abstract:wind",
    "abstract",
    "Villages now own their wind farms. Shares are sold to the people who live near the "
    "turbines. Farms grow.",
    {"speakers": "Ada Klein", "talk": "Wind farms owned by villages", "talk_id": "wind"},
)


def test_a_short_english_sentence_is_not_quoted_as_french() -> None:
    """Three words say nothing of their language; the text they come from does."""
    draft = extractive_draft([Evidence("Farms grow.", 1, 2, 0.6, 0.0)], [ENGLISH], "en")
    assert draft is not None
    assert draft.text.startswith("From the programme:"), draft.text
    assert "original French" not in draft.text


def test_a_french_sentence_is_still_quoted_as_french() -> None:
    draft = extractive_draft([_evidence(2, 0.6)], [ABSTRACT], "en")
    assert draft is not None
    assert draft.text.startswith("From the programme (quoted in the original French):")
