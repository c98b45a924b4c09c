"""Ingestion: read and validate every source, then bring the store in line with them.

Idempotent: nodes whose content hash is unchanged are not re-embedded or rewritten; changed nodes
are replaced; nodes that came from the ingested paths but are no longer produced are deleted.
Nothing is written until every file has been read and validated.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.schema import MetadataMode, TextNode

from ingest.nodes import build_nodes
from ingest.records import speakers_of
from ingest.sources import DEFAULT_MAX_BYTES, load_sources
from ingest.store import ProgrammeStore

T = TypeVar("T")

Progress = Callable[[int, int], None]  # (nodes embedded so far, nodes to embed)
EMBED_BATCH = 64


@dataclass
class IngestReport:
    sessions: int = 0
    talks: int = 0
    speakers: int = 0
    documents: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped_files: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def wrote(self) -> bool:
        return bool(self.added or self.updated or self.deleted)

    def summary(self) -> str:
        counts = f"{self.sessions} session(s), {self.talks} talk(s), {self.speakers} speaker(s)" + (
            f", {self.documents} document(s)" if self.documents else ""
        )
        nodes = (
            f"nodes: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.deleted)} deleted, {self.unchanged} unchanged"
        )
        verdict = "" if self.wrote else " — already up to date, nothing written"
        return f"{counts}; {nodes}{verdict} ({self.seconds:.1f} s)"


@dataclass
class _Plan:
    to_embed: list[TextNode]
    replace: list[str]
    delete: list[str]
    unchanged: int


def ingest(
    paths: Iterable[Path],
    *,
    embed_model: BaseEmbedding,
    store: ProgrammeStore,
    max_bytes: int = DEFAULT_MAX_BYTES,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    started = time.perf_counter()
    sources = load_sources(paths, max_bytes=max_bytes)
    nodes = build_nodes(sources)
    talks = [t for p in sources.programmes for s in p.sessions for t in s.talks]
    report = IngestReport(
        sessions=sum(len(p.sessions) for p in sources.programmes),
        talks=len(talks),
        speakers=len(speakers_of(sources.programmes)),
        documents=len(sources.documents),
        skipped_files=sources.skipped,
    )
    with store.ingest_lock():
        if rebuild:
            store.drop()
        collection = store.open_for_writing(embed_model.model_name)
        plan = _plan(nodes, store.manifest(collection), sources.roots)
        if plan.to_embed or plan.delete:
            _write(plan, collection, store, embed_model, progress)
    report.added = [n.id_ for n in plan.to_embed if n.id_ not in plan.replace]
    report.updated = plan.replace
    report.deleted = plan.delete
    report.unchanged = plan.unchanged
    report.seconds = time.perf_counter() - started
    return report


def _plan(nodes: list[TextNode], stored: dict[str, dict[str, Any]], roots: Sequence[Path]) -> _Plan:
    fresh = {n.id_ for n in nodes}
    to_embed, replace, unchanged = [], [], 0
    for node in nodes:
        old = stored.get(node.id_)
        if old is None:
            to_embed.append(node)
        elif old.get("content_hash") != node.metadata["content_hash"]:
            to_embed.append(node)
            replace.append(node.id_)
        else:
            unchanged += 1
    delete = [
        node_id
        for node_id, meta in stored.items()
        if node_id not in fresh and _under(str(meta.get("source_path", "")), roots)
    ]
    return _Plan(to_embed, replace, sorted(delete), unchanged)


def _under(path: str, roots: Sequence[Path]) -> bool:
    return any(path == str(root) or path.startswith(str(root) + os.sep) for root in roots)


def _write(
    plan: _Plan,
    collection: Any,
    store: ProgrammeStore,
    embed_model: BaseEmbedding,
    progress: Progress | None,
) -> None:
    # New vectors first, then removals: a crash part-way leaves extra nodes, never missing ones,
    # and the next run finishes the job.
    dimension = _embed(plan.to_embed, embed_model, progress)
    # Chroma refuses a call with more records than its batch limit (5,461 on the embedded
    # store), so a large programme is written in batches of that size.
    size = store.max_batch()
    for ids in _batches(plan.replace, size):
        collection.delete(ids=ids)
    vectors = store.vector_store(collection)
    for nodes in _batches(plan.to_embed, size):
        vectors.add(nodes)
    for ids in _batches(plan.delete, size):
        collection.delete(ids=ids)
    store.mark_ingested(collection, embed_model.model_name, dimension)


def _batches(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _embed(nodes: list[TextNode], embed_model: BaseEmbedding, progress: Progress | None) -> int:
    dimension = 0
    for start in range(0, len(nodes), EMBED_BATCH):
        batch = nodes[start : start + EMBED_BATCH]
        texts = [n.get_content(metadata_mode=MetadataMode.EMBED) for n in batch]
        for node, vector in zip(batch, embed_model.get_text_embedding_batch(texts), strict=True):
            node.embedding = vector
            dimension = len(vector)
        if progress:
            progress(start + len(batch), len(nodes))
    return dimension
