"""The one object that carries every external service, built in one place and injected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

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
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))  # aware "now"


def build_deps(settings: Settings, **overrides: Any) -> Deps:
    """Every service from the settings; `overrides` replace some by name (tests pass a shared
    embedding model, a scripted LLM, a fixed clock) so nothing is built twice."""
    unknown = set(overrides) - {"embed_model", "store", "llm", "clock"}
    if unknown:
        raise TypeError(f"build_deps: unknown overrides {sorted(unknown)}")
    deps = Deps(
        settings=settings,
        embed_model=overrides.get("embed_model") or make_embedding(settings.embed_model),
        store=overrides.get("store") or ProgrammeStore(settings.store),
        llm=overrides["llm"] if "llm" in overrides else make_llm(settings),
    )
    return replace(deps, clock=overrides["clock"]) if "clock" in overrides else deps


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
