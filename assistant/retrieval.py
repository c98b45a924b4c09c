"""Hybrid retrieval: dense vectors in Chroma + BM25 over the same nodes, fused by reciprocal rank.

BM25 uses French stemming with accents folded (names, exact titles, acronyms); the multilingual
dense side carries paraphrases and English questions over French text. Filters by session, talk or
speaker apply to both sides; speakers and talks named in the question are boosted as a third list.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.vector_stores.types import (
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
)

from assistant.catalog import Catalog, Source
from assistant.lexicon import tokens
from assistant.translation import RANK_WORD_COSINE, surface, translated_among
from assistant.vectors import TextEmbedder
from ingest.errors import StoreError
from ingest.store import ProgrammeStore

RRF_K = 60
CANDIDATES = 20
# The dense candidates whose words may translate a question's word the programme never writes.
TRANSLATED_FROM = 10


@dataclass(frozen=True)
class Filters:
    session_id: str | None = None
    talk_id: str | None = None
    speaker: str | None = None

    def __bool__(self) -> bool:
        return bool(self.session_id or self.talk_id or self.speaker)


@dataclass
class Retrieved:
    source: Source
    score: float  # fused (RRF)
    dense: float  # cosine similarity to the question, 0 when not a dense candidate
    lexical: float  # BM25 score, 0 when not a lexical candidate


class HybridRetriever:
    def __init__(
        self,
        store: ProgrammeStore,
        embed_model: BaseEmbedding,
        catalog: Catalog,
        vectors: TextEmbedder | None = None,
    ):
        self.store = store
        self.embed_model = embed_model
        self.catalog = catalog
        self.vectors = vectors  # embeds words, to translate the question's (None: no translation)
        self._ids = list(catalog.sources)
        indexed = [tokens(_indexed_text(catalog.sources[i])) for i in self._ids]
        self._bm25 = _bm25(indexed)
        self._vocabulary = {t for stems in indexed for t in stems}

    def retrieve(
        self,
        query: str,
        k: int = 5,
        filters: Filters | None = None,
        boost: list[str] | None = None,
        query_embedding: list[float] | None = None,
    ) -> list[Retrieved]:
        """Top k sources; `boost` lists node ids to rank up (speakers/talks the question names)."""
        filters = filters or Filters()
        allowed = self._allowed(filters)
        embedding = query_embedding or self.embed_model.get_query_embedding(query)
        dense = self._dense(embedding, filters)
        lexical = self._lexical(query, allowed, self._translations(query, dense))
        lists = [list(dense), list(lexical)]
        if boost:
            lists.append([i for i in boost if allowed is None or i in allowed])
        fused: dict[str, float] = {}
        for ranking in lists:
            for rank, node_id in enumerate(ranking):
                fused[node_id] = fused.get(node_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        best = sorted(fused, key=lambda i: fused[i], reverse=True)[:k]
        return [
            Retrieved(self.catalog.sources[i], fused[i], dense.get(i, 0.0), lexical.get(i, 0.0))
            for i in best
            if i in self.catalog.sources
        ]

    def _allowed(self, filters: Filters) -> set[str] | None:
        if not filters:
            return None
        return {i for i, s in self.catalog.sources.items() if _passes(s, filters, self.catalog)}

    def _dense(self, embedding: list[float], filters: Filters) -> dict[str, float]:
        query = VectorStoreQuery(
            query_embedding=embedding,
            similarity_top_k=CANDIDATES,
            filters=_metadata_filters(filters, self.catalog),
        )
        try:
            result = self.store.vector_store().query(query)
        except StoreError:
            raise
        except Exception as exc:  # a Chroma server that went away, a broken connection
            raise StoreError(
                f"cannot query the {self.store.config.describe()} ({type(exc).__name__}); "
                "if it is a Chroma server, check that it is running, then ask again"
            ) from None
        # ChromaVectorStore reports exp(-cosine distance); turn it back into a cosine.
        return {
            node_id: 1.0 + math.log(max(sim, 1e-12))
            for node_id, sim in zip(result.ids or [], result.similarities or [], strict=True)
        }

    def _translations(self, query: str, dense: dict[str, float]) -> list[str]:
        """The stems the programme writes for the question's words it never writes, found among
        the words of the nearest sources ("firms" → « entreprises », "needs" → « besoins »): BM25
        then finds an English question's French sentences by their words."""
        unwritten = [
            w for w in surface(query) if tokens(w) and tokens(w)[0] not in self._vocabulary
        ]
        if self.vectors is None or not unwritten:
            return []
        near = [self.catalog.sources[i].text for i in list(dense)[:TRANSLATED_FROM]
                if i in self.catalog.sources]  # fmt: skip
        written = list(dict.fromkeys(w for text in near for w in surface(text)))
        found = translated_among(unwritten, set(), written, self.vectors, RANK_WORD_COSINE)
        return list(found.values())

    def _lexical(
        self, query: str, allowed: set[str] | None, also: list[str] | None = None
    ) -> dict[str, float]:
        query_tokens = tokens(query) + (also or [])
        if not query_tokens or not self._ids:
            return {}
        scores = np.asarray(self._bm25.get_scores(query_tokens))
        if allowed is not None:
            mask = np.fromiter((i in allowed for i in self._ids), bool, len(self._ids))
            scores = np.where(mask, scores, 0.0)
        top = min(CANDIDATES, len(scores))
        best = np.argpartition(-scores, top - 1)[:top]
        best = best[np.argsort(-scores[best])]
        return {self._ids[j]: float(scores[j]) for j in best if scores[j] > 0}


def _indexed_text(source: Source) -> str:
    meta = source.metadata
    header = " ".join(str(meta.get(k) or "") for k in ("talk", "speakers", "session"))
    return f"{header}\n{source.text}"


def _bm25(documents: list[list[str]]) -> Any:
    """BM25 over the documents' stems."""
    import bm25s

    index = bm25s.BM25()
    # An empty document would break the index; a placeholder token keeps positions aligned.
    index.index([stems or ["∅"] for stems in documents], show_progress=False)
    return index


def _passes(source: Source, filters: Filters, catalog: Catalog) -> bool:
    meta = source.metadata
    if filters.session_id and meta.get("session_id") != filters.session_id:
        return False
    if filters.talk_id and meta.get("talk_id") != filters.talk_id:
        return False
    if filters.speaker:
        talks = (
            catalog.speakers[filters.speaker].talk_ids
            if filters.speaker in catalog.speakers
            else []
        )
        return meta.get("speaker") == filters.speaker or (
            source.kind != "bio" and meta.get("talk_id") in talks
        )
    return True


def _metadata_filters(filters: Filters, catalog: Catalog) -> MetadataFilters | None:
    parts: list[MetadataFilter | MetadataFilters] = []
    if filters.session_id:
        parts.append(MetadataFilter(key="session_id", value=filters.session_id))
    if filters.talk_id:
        parts.append(MetadataFilter(key="talk_id", value=filters.talk_id))
    if filters.speaker:
        speaker = catalog.speakers.get(filters.speaker)
        talks = speaker.talk_ids if speaker else []
        either: list[MetadataFilter | MetadataFilters] = [
            MetadataFilter(key="speaker", value=filters.speaker)
        ]
        if talks:
            either.append(
                MetadataFilters(
                    filters=[
                        MetadataFilter(key="talk_id", value=talks, operator=FilterOperator.IN),
                        MetadataFilter(key="kind", value="bio", operator=FilterOperator.NE),
                    ],
                    condition=FilterCondition.AND,
                )
            )
        parts.append(MetadataFilters(filters=either, condition=FilterCondition.OR))
    if not parts:
        return None
    return MetadataFilters(filters=parts, condition=FilterCondition.AND)
