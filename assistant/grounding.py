"""Grounding enforced in code: citation markers checked and renumbered, sentences checked against
the sources they cite, and the support measure behind the refusal gate."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.catalog import Source
from assistant.lexicon import sentences, tokens
from assistant.types import Citation, Draft
from ingest.text import fold

MARKER = re.compile(r"\s*\[(\d+(?:\s*,\s*\d+)*)\]")


def finalize(draft: Draft) -> tuple[str, list[Citation]]:
    """Drop markers that name no given source; renumber the cited ones 1..m in order of use."""
    order: dict[int, int] = {}

    def renumber(match: re.Match[str]) -> str:
        kept = []
        for raw in re.split(r"\s*,\s*", match.group(1)):
            n = int(raw)
            if 1 <= n <= len(draft.sources):
                order.setdefault(n, len(order) + 1)
                kept.append(f"[{order[n]}]")
        return " " + "".join(kept) if kept else ""

    text = MARKER.sub(renumber, draft.text).strip()
    citations = [Citation.of(new, draft.sources[old - 1]) for old, new in order.items()]
    return text, citations


def cited(text: str) -> list[int]:
    return [int(n) for group in MARKER.findall(text) for n in re.split(r"\s*,\s*", group)]


def overlap(claim: str, evidence: str) -> float:
    """Share of the claim's content words found in the evidence (stemmed, accents folded)."""
    claim_tokens = set(tokens(claim))
    if not claim_tokens:
        return 0.0
    return len(claim_tokens & set(tokens(evidence))) / len(claim_tokens)


def split_claims(text: str) -> list[str]:
    return [s for s in sentences(text) if re.search(r"\w", MARKER.sub("", s))]


def names_agree(claim: str, source: Source, all_speakers: Sequence[str]) -> bool:
    """A claim that names a speaker must cite a source about that speaker."""
    folded_claim = claim.lower()
    for name in all_speakers:
        last = name.split()[-1].lower()
        if last in folded_claim and name not in source.speakers and name not in source.text:
            return False
    return True


_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-Þ][\w’'-]{3,}|[A-Z]{2,})\b")


def proper_nouns(text: str) -> set[str]:
    """Capitalised words past a sentence's first word, and acronyms: names, places, brands."""
    return {fold(w) for w in _PROPER.findall(MARKER.sub("", text).strip())}


def entities_agree(claim: str, source: Source, question: str) -> bool:
    """Every name in a claim is in the source it cites (or was in the question itself)."""
    meta = source.metadata
    known = fold(f"{source.text} {meta.get('talk', '')} {meta.get('speakers', '')} {question}")
    return all(name in known for name in proper_nouns(claim))
