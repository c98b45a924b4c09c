"""Dense retrieval over the store (the assistant issue adds BM25 fusion and filters)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.deps import Deps


@dataclass
class Hit:
    node_id: str
    score: float
    text: str
    metadata: dict[str, Any]


def retrieve(deps: Deps, query: str, k: int = 5) -> list[Hit]:
    from llama_index.core import VectorStoreIndex

    deps.store.check_model(deps.embed_model.model_name)
    index = VectorStoreIndex.from_vector_store(
        deps.store.vector_store(), embed_model=deps.embed_model
    )
    results = index.as_retriever(similarity_top_k=k).retrieve(query)
    return [Hit(r.node.node_id, float(r.score or 0.0), r.node.get_content(), r.node.metadata)
            for r in results]  # fmt: skip
