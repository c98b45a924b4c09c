"""The one object that carries every external service, built in one place and injected."""

from __future__ import annotations

from dataclasses import dataclass

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.llms import LLM

from assistant.llm import LocalLlamaCpp, OpenAICompatible
from assistant.settings import Settings
from ingest.embeddings import make_embedding
from ingest.store import ProgrammeStore


@dataclass
class Deps:
    settings: Settings
    embed_model: BaseEmbedding  # loads its weights on first use
    store: ProgrammeStore  # connects on first use
    llm: LLM | None  # None: the extractive backend; a local model loads on first use


def build_deps(settings: Settings) -> Deps:
    return Deps(
        settings=settings,
        embed_model=make_embedding(settings.embed_model),
        store=ProgrammeStore(settings.store),
        llm=make_llm(settings),
    )


def make_llm(settings: Settings) -> LLM | None:
    if settings.llm == "local":
        assert settings.model_dir is not None
        return LocalLlamaCpp(model_dir=str(settings.model_dir), n_threads=settings.llm_threads)
    if settings.llm == "openai":
        return OpenAICompatible(
            base_url=settings.openai_base_url,
            model=settings.openai_model,
            api_key=settings.openai_api_key,
        )
    return None
