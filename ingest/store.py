"""The Chroma store, embedded (a folder) or a `chroma run` server, wrapped for llama-index.

The collection's metadata records which embedding model wrote it; adding or querying with another
model is refused. One ingest at a time holds a file lock; a second one fails at once.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ingest.errors import StoreError

DEFAULT_COLLECTION = "session_assistant"


@dataclass(frozen=True)
class StoreConfig:
    path: Path | None = None  # embedded store folder; ignored when host is set
    host: str | None = None
    port: int = 8000
    collection: str = DEFAULT_COLLECTION

    def describe(self) -> str:
        return f"chroma server {self.host}:{self.port}" if self.host else f"store {self.path}"


class ProgrammeStore:
    """A Chroma collection of programme nodes. The client connects on first use."""

    def __init__(self, config: StoreConfig, client: Any = None) -> None:
        if config.host is None and config.path is None:
            raise StoreError("no store given: pass --store DIR or --chroma-host HOST")
        self.config = config
        self._client = client

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> Any:
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False)
        if self.config.host:
            try:
                return chromadb.HttpClient(
                    host=self.config.host, port=self.config.port, settings=settings
                )
            except Exception as exc:  # connection refused, DNS, version mismatch
                raise StoreError(
                    f"cannot reach the {self.config.describe()} ({exc}); "
                    f"start it with `chroma run --path DIR --host {self.config.host} "
                    f"--port {self.config.port}`"
                ) from None
        assert self.config.path is not None
        self.config.path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(self.config.path), settings=settings)

    def exists(self) -> bool:
        """Whether the collection exists, without creating a folder or a collection."""
        if self.config.host is None:
            assert self.config.path is not None
            if not (self.config.path / "chroma.sqlite3").exists():
                return False
        return self.config.collection in {c.name for c in self._list_collections()}

    def _list_collections(self) -> list[Any]:
        try:
            return list(self.client.list_collections())
        except Exception as exc:
            raise StoreError(f"cannot read the {self.config.describe()}: {exc}") from None

    def collection(self) -> Any:
        """The existing collection; a clear error when nothing was ingested yet."""
        if not self.exists():
            raise StoreError(
                f"no programme in the {self.config.describe()}: "
                "run `session-assistant ingest` first"
            )
        return self.client.get_collection(self.config.collection)

    def open_for_writing(self, model_id: str) -> Any:
        collection = self.client.get_or_create_collection(
            self.config.collection, metadata={"embed_model": model_id, "hnsw:space": "cosine"}
        )
        self._check_model(collection, model_id)
        return collection

    def check_model(self, model_id: str) -> None:
        self._check_model(self.collection(), model_id)

    def _check_model(self, collection: Any, model_id: str) -> None:
        stored = (collection.metadata or {}).get("embed_model")
        if stored and stored != model_id and collection.count() > 0:
            raise StoreError(
                f"the {self.config.describe()} was embedded with {stored!r}, not {model_id!r}: "
                f"use --embed-model {stored}, or re-ingest with --rebuild to re-embed everything"
            )

    def max_batch(self) -> int:
        """The most records one Chroma call accepts (the embedded store's SQLite limit; the
        server's own)."""
        limit = getattr(self.client, "get_max_batch_size", None)
        return max(1, int(limit())) if limit else 5000

    def version(self) -> str:
        """The last ingest's `ingest_version`: what a reader checks before each question (the
        collection's metadata only; `info()` also counts the nodes, which grows with the store)."""
        try:
            return str((self.collection().metadata or {}).get("ingest_version", ""))
        except StoreError:
            raise
        except Exception as exc:  # the server went away between two calls
            raise StoreError(f"cannot read the {self.config.describe()}: {exc}") from None

    def info(self) -> dict[str, Any]:
        collection = self.collection()
        try:
            return {**(collection.metadata or {}), "nodes": collection.count()}
        except Exception as exc:  # the server went away between two calls
            raise StoreError(f"cannot read the {self.config.describe()}: {exc}") from None

    def manifest(self, collection: Any) -> dict[str, dict[str, Any]]:
        """Every stored node id with its metadata (no vectors, no text)."""
        return {node_id: meta for node_id, _, meta in read_all(collection, with_text=False)}

    def mark_ingested(self, collection: Any, model_id: str, dimension: int) -> None:
        metadata = dict(collection.metadata or {})
        metadata.pop("hnsw:space", None)  # fixed at creation; modify() refuses to change it
        # last_ingest is for people; ingest_version tells readers the content changed, even twice
        # within one second.
        metadata.update(embed_model=model_id, last_ingest=_now(), ingest_version=uuid.uuid4().hex)
        if dimension:
            metadata["embed_dim"] = dimension
        collection.modify(metadata=metadata)

    def drop(self) -> None:
        if self.exists():
            self.client.delete_collection(self.config.collection)

    def vector_store(self, collection: Any | None = None) -> Any:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        return ChromaVectorStore(chroma_collection=collection or self.collection())

    @contextmanager
    def ingest_lock(self) -> Iterator[None]:
        from filelock import FileLock, Timeout

        lock = FileLock(str(self._lock_path()), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise StoreError(
                f"another ingest is writing to the {self.config.describe()} "
                f"(lock {self._lock_path()}); wait for it to finish and run this one again"
            ) from None
        try:
            yield
        finally:
            lock.release()

    def _lock_path(self) -> Path:
        if self.config.host:
            name = (
                f"session-assistant-{self.config.host}-{self.config.port}-{self.config.collection}"
            )
            return Path(tempfile.gettempdir()) / f"{name}.lock"
        assert self.config.path is not None
        self.config.path.mkdir(parents=True, exist_ok=True)
        return self.config.path / f"{self.config.collection}.ingest.lock"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


PAGE = 5000  # Chroma's SQLite refuses one query over too many ids ("too many SQL variables")


def read_all(collection: Any, with_text: bool = True) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (id, text, metadata) of a collection, read a page at a time."""
    include = ["documents", "metadatas"] if with_text else ["metadatas"]
    rows: list[tuple[str, str, dict[str, Any]]] = []
    offset = 0
    while True:
        page = collection.get(include=include, limit=PAGE, offset=offset)
        texts = page.get("documents") or [""] * len(page["ids"])
        rows.extend(
            (i, t or "", dict(m or {}))
            for i, t, m in zip(page["ids"], texts, page["metadatas"], strict=True)
        )
        if len(page["ids"]) < PAGE:
            return rows
        offset += PAGE
