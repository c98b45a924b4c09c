"""Shared fixtures: every store and data folder under tmp_path, real models loaded once."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.deps import Deps, build_deps
from assistant.settings import Settings
from ingest.embeddings import make_embedding
from ingest.store import ProgrammeStore, StoreConfig

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "session-3-programme.txt"
BIN = Path(sys.executable).parent


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's store or settings."""
    for key in list(os.environ):
        if key.startswith("SESSION_ASSISTANT_") and not key.startswith("SESSION_ASSISTANT_TEST_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("SESSION_ASSISTANT_STORE", str(tmp_path / "store"))


@pytest.fixture(scope="session")
def embed_model():
    """The real default embedding model, loaded once."""
    model = make_embedding("use")
    model.get_query_embedding("warm-up")
    return model


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A real `chroma run` server: the one CI started, or one started here."""
    host = os.environ.get("SESSION_ASSISTANT_TEST_CHROMA_HOST")
    port = os.environ.get("SESSION_ASSISTANT_TEST_CHROMA_PORT")
    if host and port:
        yield host, int(port)
        return
    free = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    process = subprocess.Popen(
        [str(BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
         "--port", str(free)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _wait_for(f"http://127.0.0.1:{free}/api/v2/heartbeat")
        yield "127.0.0.1", free
    finally:
        process.terminate()
        process.wait(timeout=20)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@pytest.fixture(params=["embedded", "server"])
def store_config(
    request: pytest.FixtureRequest, tmp_path: Path, chroma_server: tuple[str, int]
) -> StoreConfig:
    """Each store test runs against an embedded store and a real Chroma server."""
    if request.param == "embedded":
        return StoreConfig(path=tmp_path / "store")
    host, port = chroma_server
    # A fresh collection per test keeps server tests independent.
    return StoreConfig(host=host, port=port, collection=f"t_{os.getpid()}_{id(request)}")


@pytest.fixture
def deps(store_config: StoreConfig, embed_model, tmp_path: Path) -> Iterator[Deps]:
    settings = Settings.resolve(
        store=str(store_config.path or tmp_path / "unused"),
        chroma_host=store_config.host,
        chroma_port=store_config.port,
        collection=store_config.collection,
    )
    built = build_deps(settings)
    built.embed_model = embed_model
    yield built
    if store_config.host:
        built.store.drop()


def stored_ids(store: ProgrammeStore) -> list[str]:
    return sorted(store.manifest(store.collection()))


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, embed_model) -> Path:
    """The seed programme ingested once into an embedded store (read-only for the tests)."""
    from ingest.pipeline import ingest

    path = tmp_path_factory.mktemp("seed-store")
    ingest([SEED], embed_model=embed_model, store=ProgrammeStore(StoreConfig(path=path)))
    return path


@pytest.fixture(scope="session")
def extractive(seed_store: Path, embed_model):
    """The assistant over the seed with the extractive backend (no LLM)."""
    from assistant.answer import Assistant

    deps = build_deps(Settings.resolve(env={}, store=str(seed_store), llm="extractive"))
    deps.embed_model = embed_model
    return Assistant(deps)


@pytest.fixture(scope="session")
def numbered(tmp_path_factory: pytest.TempPathFactory, embed_model):
    """The extractive assistant over the invented programme with numbered sessions."""
    from programmes import NUMBERED, assistant_over

    return assistant_over(NUMBERED, tmp_path_factory.mktemp("numbered"), embed_model)


@pytest.fixture(scope="session")
def textiles7(tmp_path_factory: pytest.TempPathFactory, embed_model):
    """The extractive assistant over the invented textiles programme (one session, s7)."""
    from programmes import TEXTILES, assistant_over

    return assistant_over(TEXTILES, tmp_path_factory.mktemp("textiles7"), embed_model)
