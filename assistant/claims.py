"""Checking what a model wrote, one sentence at a time, against the sources it was given.

A sentence (a claim) is kept when a sentence of some source supports it (multilingual embedding
cosine, or a share of its content words), the speakers it names are the cited source's, and every
proper noun in it is in that source or the question. It keeps the source it cites when that one
supports it nearly as well as the best; otherwise it is re-attached to the best (a fact credited
to the wrong source or speaker). Sentences are checked as they complete, so the chat shows only
what stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.catalog import Source
from assistant.grounding import MARKER, cited, entities_agree, names_agree, split_claims
from assistant.lexicon import sentences, tokens

# A generated sentence is supported by a source when one of its sentences is this close in meaning,
# or holds this share of the sentence's content words.
CLAIM_DENSE = 0.50
CLAIM_OVERLAP = 0.5
ATTRIBUTION_MARGIN = 0.15
# A French sentence (the material's language) whose content words are more than this share new
# to the sources and question is taken for an invention and dropped.
NOVELTY_MAX = 0.25


def source_text(source: Source) -> str:
    """A source's text as claims are checked against it (a session's text leads with its title)."""
    if source.kind == "session":
        return f"{source.metadata.get('session', '')}\n{source.text}"
    return source.text


def overlap_tokens(stemmed: str, evidence: str) -> float:
    wanted = set(stemmed.split())
    return len(wanted & set(tokens(evidence))) / len(wanted) if wanted else 0.0


class ClaimChecker:
    """Checks claims against fixed sources; the sources' sentences are embedded once, lazily."""

    def __init__(
        self,
        sources: Sequence[Source],
        embed_model: Any,
        speakers: Sequence[str],
        question: str = "",
        lang: str = "en",
    ) -> None:
        self.sources = list(sources)
        self.embed_model = embed_model
        self.speakers = list(speakers)
        self.question = question
        self.names = set(tokens(" ".join(speakers)))
        # Same language as the material: new words are new claims.
        self.known = (
            set(tokens(question + " " + " ".join(s.text for s in sources)))
            if lang == "fr"
            else None
        )
        self._units: list[tuple[int, str]] | None = None
        self._unit_vecs: Any = None

    def check(self, claim: str) -> str | None:
        """The claim with the marker of the source that supports it, or None."""
        plain = MARKER.sub("", claim).strip()
        if not re_word(plain):
            return None
        if self.known is not None and novelty(plain, self.known) > NOVELTY_MAX:
            return None
        units, unit_vecs = self._embedded_units()
        vec = np.array(self.embed_model.get_text_embedding(_without_names(plain, self.speakers)))
        scores = self._scores_by_source(plain, vec, units, unit_vecs)
        eligible = [
            n
            for n in scores
            if _supports(scores[n])
            and names_agree(plain, self.sources[n - 1], self.speakers)
            and entities_agree(plain, self.sources[n - 1], self.question)
        ]
        if not eligible:
            return None
        best = max(eligible, key=lambda n: _strength(scores[n]))
        wanted = [n for n in cited(claim) if n in eligible and
                  _strength(scores[n]) >= _strength(scores[best]) - ATTRIBUTION_MARGIN]  # fmt: skip
        return _with_markers(plain, wanted or [best])

    def check_all(self, text: str) -> list[str]:
        return [kept for claim in split_claims(text) if (kept := self.check(claim))]

    def _embedded_units(self) -> tuple[list[tuple[int, str]], Any]:
        if self._units is None:
            self._units = [
                (i, s) for i, src in enumerate(self.sources, 1) for s in sentences(source_text(src))
            ]
            # Names are compared by names_agree; left in, they make any two sentences about one
            # speaker look alike to the embedding model.
            texts = [_without_names(u[1], self.speakers) for u in self._units]
            self._unit_vecs = np.array(self.embed_model.get_text_embedding_batch(texts))
        return self._units, self._unit_vecs

    def _scores_by_source(
        self, claim: str, vec: Any, units: list[tuple[int, str]], unit_vecs: Any
    ) -> dict[int, tuple[float, float]]:
        """Per source: best sentence cosine, best share of the claim's non-name words."""
        content = " ".join(t for t in tokens(claim) if t not in self.names)
        scores = {n: (0.0, 0.0) for n in range(1, len(self.sources) + 1)}
        cosines = unit_vecs @ vec if len(units) else []
        for (n, unit), cos in zip(units, cosines, strict=True):
            dense, lexical = scores[n]
            scores[n] = (max(dense, float(cos)), max(lexical, overlap_tokens(content, unit)))
        return scores


def re_word(text: str) -> bool:
    return re.search(r"\w", text) is not None


def novelty(claim: str, known: set[str]) -> float:
    """Share of a claim's content words found neither in the question nor in any source."""
    words = set(tokens(MARKER.sub("", claim)))
    return len(words - known) / len(words) if words else 0.0


def _without_names(text: str, speakers: list[str]) -> str:
    for name in speakers:
        for part in (name, name.split()[-1]):
            text = re.sub(re.escape(part), " ", text, flags=re.IGNORECASE)
    return text


def _strength(score: tuple[float, float]) -> float:
    return score[0] + score[1]


def _supports(score: tuple[float, float]) -> bool:
    return score[0] >= CLAIM_DENSE or score[1] >= CLAIM_OVERLAP


def _with_markers(claim: str, numbers: list[int]) -> str:
    body = claim.rstrip()
    end = ""
    if body and body[-1] in ".!?":
        body, end = body[:-1].rstrip(), body[-1]
    body = re.sub(r"\s+$", "", body)
    return body + " " + "".join(f"[{n}]" for n in numbers) + end
