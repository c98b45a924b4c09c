"""The refusal gate: is a question supported well enough by what retrieval found to answer it?

Calibrated on data/eval/dev.jsonl (docs/eval.md; `bench/gate_calibration.py` prints both
measures for every question): a question is supported when a sentence of the retrieved sources
is close enough in meaning (multilingual embedding cosine), or a source holds enough of the
question's content words other than the names it mentions.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.catalog import Catalog, Source
from assistant.claims import overlap_tokens
from assistant.extractive import Evidence
from assistant.lexicon import tokens
from assistant.retrieval import Retrieved

GATE_DENSE = 0.22
GATE_OVERLAP = 0.5


@dataclass
class Support:
    dense: float  # best sentence cosine
    overlap: float  # best share of the question's non-name content words in one source

    @property
    def enough(self) -> bool:
        return self.dense >= GATE_DENSE or self.overlap >= GATE_OVERLAP


@dataclass
class Gathered:
    """What retrieval found for one question, and how well it supports an answer."""

    embedding: list[float]
    retrieved: list[Retrieved]
    sources: list[Source]
    evidence: list[Evidence]
    support: Support


def support(
    question: str, sources: list[Source], evidence: list[Evidence], catalog: Catalog
) -> Support:
    names = set(tokens(" ".join(catalog.find_speakers(question))))
    content = " ".join(t for t in tokens(question) if t not in names)
    return Support(
        dense=max((e.cosine for e in evidence), default=0.0),
        overlap=max((overlap_tokens(content, s.text) for s in sources), default=0.0),
    )
