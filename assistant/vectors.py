"""Embeddings of the texts that come back question after question — the programme's sentences,
scored as evidence and as support for generated claims — computed once per programme.

Measured on the seed: embedding the candidate sentences was 80 % of an extractive answer's time
(~80 ms of ~100 ms on 2 cores), all of it repeated work.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

MAX_ENTRIES = 200_000  # about 400 MB of 512-dimension vectors; cleared beyond


class TextEmbedder(Protocol):
    """What scoring source text needs of an embedding model (llama-index's, or the cache)."""

    def get_text_embedding_batch(self, texts: list[str], **kwargs: Any) -> list[list[float]]: ...

    def get_text_embedding(self, text: str) -> list[float]: ...


class CachedVectors:
    """Duck-types the two embedding calls the assistant makes on source text."""

    def __init__(self, embed_model: Any) -> None:
        self.embed_model = embed_model
        self._vectors: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    @property
    def model_name(self) -> str:
        return str(self.embed_model.model_name)

    def get_text_embedding_batch(self, texts: list[str], **_: Any) -> list[list[float]]:
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing:
            computed = self.embed_model.get_text_embedding_batch(missing)
            with self._lock:
                if len(self._vectors) + len(missing) > MAX_ENTRIES:
                    self._vectors.clear()
                self._vectors.update(zip(missing, computed, strict=True))
                return [self._vectors.get(t) or computed[missing.index(t)] for t in texts]
        with self._lock:
            return [self._vectors[t] for t in texts]

    def get_text_embedding(self, text: str) -> list[float]:
        """A text seen once (a generated claim): not kept."""
        return list(self.embed_model.get_text_embedding(text))
