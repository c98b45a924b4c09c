"""Settings, resolved once: command-line flag > environment variable > default.

| variable | default |
|---|---|
| SESSION_ASSISTANT_STORE | $XDG_DATA_HOME/session-assistant/store (~/.local/share/…) |
| SESSION_ASSISTANT_CHROMA_HOST / _PORT | unset (embedded store) / 8000 |
| SESSION_ASSISTANT_COLLECTION | session_assistant |
| SESSION_ASSISTANT_EMBED_MODEL | use (multilingual USE); minilm; a sentence-transformers path |
| SESSION_ASSISTANT_MAX_FILE_BYTES | 20 MiB |
| SESSION_ASSISTANT_LLM | local when installed, else extractive |
| SESSION_ASSISTANT_MODEL_DIR | $XDG_CACHE_HOME/session-assistant/models |
| SESSION_ASSISTANT_LLM_THREADS | the cores this process may use |
| SESSION_ASSISTANT_OPENAI_BASE_URL | http://127.0.0.1:11434/v1 |
| SESSION_ASSISTANT_OPENAI_MODEL / _API_KEY | qwen2.5:1.5b / unset (or OPENAI_API_KEY) |
| SESSION_ASSISTANT_TIMEZONE | the records' own zone, else Europe/Paris (now / next questions) |
| SESSION_ASSISTANT_FEED | on; off: attendees' questions are not recorded (assistant/feed.py) |
| SESSION_ASSISTANT_FEED_RETENTION_DAYS | 30 (older feed questions are deleted) |
| SESSION_ASSISTANT_ORGANISER_KEY | unset: no organiser tab, no /feed API (assistant/feed.py) |
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import local_model
from assistant.llm import BACKENDS, default_threads
from assistant.local_model import default_cache_dir
from ingest.embeddings import DEFAULT_EMBED_MODEL
from ingest.errors import BadInputError
from ingest.sources import DEFAULT_MAX_BYTES
from ingest.store import DEFAULT_COLLECTION, StoreConfig

PREFIX = "SESSION_ASSISTANT_"


@dataclass(frozen=True)
class Settings:
    store_dir: Path
    chroma_host: str | None = None
    chroma_port: int = 8000
    collection: str = DEFAULT_COLLECTION
    embed_model: str = DEFAULT_EMBED_MODEL
    max_file_bytes: int = DEFAULT_MAX_BYTES
    llm: str = "extractive"
    model_dir: Path | None = None
    llm_threads: int = 2
    openai_base_url: str = "http://127.0.0.1:11434/v1"
    openai_model: str = "qwen2.5:1.5b"
    openai_api_key: str | None = None
    timezone: str | None = None  # the programme's zone when its records name none

    @classmethod
    def resolve(cls, env: Mapping[str, str] | None = None, **flags: Any) -> Settings:
        """Build settings from flags (None means "not given"), then the environment."""
        env = os.environ if env is None else env

        def pick(name: str, default: Any) -> Any:
            if flags.get(name) is not None:
                return flags[name]
            return env.get(PREFIX + name.upper()) or default

        return cls(
            store_dir=Path(pick("store", _default_store())).expanduser(),
            chroma_host=pick("chroma_host", None),
            chroma_port=_integer(pick("chroma_port", 8000), "chroma port"),
            collection=pick("collection", DEFAULT_COLLECTION),
            embed_model=pick("embed_model", DEFAULT_EMBED_MODEL),
            max_file_bytes=_integer(pick("max_file_bytes", DEFAULT_MAX_BYTES), "max file bytes"),
            llm=_backend(pick("llm", None) or _default_backend()),
            model_dir=Path(pick("model_dir", default_cache_dir())).expanduser(),
            llm_threads=_integer(pick("llm_threads", default_threads()), "LLM threads"),
            openai_base_url=pick("openai_base_url", cls.openai_base_url),
            openai_model=pick("openai_model", cls.openai_model),
            openai_api_key=pick("openai_api_key", None) or env.get("OPENAI_API_KEY"),
            timezone=pick("timezone", None),
        )

    @property
    def store(self) -> StoreConfig:
        return StoreConfig(
            path=self.store_dir,
            host=self.chroma_host,
            port=self.chroma_port,
            collection=self.collection,
        )


def _default_backend() -> str:
    return "local" if local_model.installed() else "extractive"


def _backend(value: str) -> str:
    if value not in BACKENDS:
        raise BadInputError(f"unknown answer backend {value!r}; use one of {', '.join(BACKENDS)}")
    return value


def _default_store() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "session-assistant" / "store"


def _integer(value: Any, what: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadInputError(f"the {what} must be a whole number, got {value!r}") from None
    if number <= 0:
        raise BadInputError(f"the {what} must be positive, got {number}")
    return number
