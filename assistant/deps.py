"""The one object that carries every external service, built in one place and injected."""

from __future__ import annotations

from dataclasses import dataclass

from llama_index.core.base.embeddings.base import BaseEmbedding

from assistant.settings import Settings
from ingest.embeddings import make_embedding
from ingest.store import ProgrammeStore


@dataclass
class Deps:
    settings: Settings
    embed_model: BaseEmbedding  # loads its weights on first use
    store: ProgrammeStore  # connects on first use


def build_deps(settings: Settings) -> Deps:
    return Deps(
        settings=settings,
        embed_model=make_embedding(settings.embed_model),
        store=ProgrammeStore(settings.store),
    )
