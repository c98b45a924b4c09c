"""Faults: ingestion killed with SIGKILL at several points, then run again, must end with exactly
the ids and counts of a clean ingest."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import BIN, ROOT
from ingest.store import ProgrammeStore, StoreConfig


def _programme(path: Path, talks: int) -> Path:
    sentence = (
        "Les ateliers distribués relient les habitants, les entreprises et les collectivités "
        "autour de productions locales et de circuits courts. "
    )
    data = {"sessions": [{"id": "k", "title": "Kill test", "talks": [
        {"title": f"Exposé {i}", "abstract": sentence * 6 + f"Cas numéro {i}.",
         "speakers": [{"name": f"Orateur {i}", "affiliation": "IRI"}]}
        for i in range(talks)]}]}  # fmt: skip
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _ingest(store: Path, programme: Path, quiet: bool = True) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(BIN / "session-assistant"), "ingest", *(["--quiet"] if quiet else []),
         "--store", str(store), str(programme)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip


def _state(store: Path) -> dict[str, Any]:
    s = ProgrammeStore(StoreConfig(path=store))
    manifest = s.manifest(s.collection())
    return {"ids": sorted(manifest), "hashes": sorted(m["content_hash"] for m in manifest.values())}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("faults")
    programme = _programme(folder / "programme.json", talks=300)
    clean = _ingest(folder / "clean", programme)
    assert clean.wait(timeout=600) == 0, clean.stderr.read() if clean.stderr else ""
    return programme, _state(folder / "clean")


def _kill_when(process: subprocess.Popen[str], pattern: str | None, delay: float) -> str:
    """SIGKILL the process once its progress output shows `pattern` (or after `delay` s)."""
    seen: list[str] = []
    reader = threading.Thread(
        target=lambda: seen.extend(
            iter(lambda: process.stderr.read(1) if process.stderr else "", "")
        ),
        daemon=True,
    )
    reader.start()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if pattern is None and time.monotonic() > deadline - 120 + delay:
            break
        if pattern is not None and re.search(pattern, "".join(seen)):
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return "".join(seen)


# Kill points: while starting (imports, parsing), a third of the way through the embedding,
# right as the embedding ends (the writes to Chroma follow), and mid-way by the clock.
POINTS = [(None, 0.5), (r"\b(1[0-9]{2}|2[0-9]{2})/901\b", 0.0), (r"901/901", 0.0), (None, 4.0)]


@pytest.mark.parametrize(("pattern", "delay"), POINTS)
def test_killed_ingest_then_rerun_equals_a_clean_ingest(
    reference: tuple[Path, dict[str, Any]], tmp_path: Path, pattern: str | None, delay: float
) -> None:
    programme, expected = reference
    store = tmp_path / "store"
    victim = _ingest(store, programme, quiet=False)
    _kill_when(victim, pattern, delay)
    if victim.returncode != -signal.SIGKILL:
        pytest.skip("the ingest finished before the kill point on this machine")
    again = _ingest(store, programme)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert _state(store) == expected
    third = _ingest(store, programme)
    out, err = third.communicate(timeout=600)
    assert third.returncode == 0 and "nothing written" in out, err


def _chroma(path: Path, port: int) -> subprocess.Popen[bytes]:
    from conftest import _wait_for

    process = subprocess.Popen(
        [str(BIN / "chroma"), "run", "--path", str(path), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    _wait_for(f"http://127.0.0.1:{port}/api/v2/heartbeat")
    return process


def test_a_chroma_server_that_stops_is_a_clear_error_then_recovers(
    tmp_path: Path, embed_model: Any
) -> None:
    from assistant.answer import Assistant
    from assistant.deps import build_deps
    from assistant.settings import Settings
    from conftest import SEED, _free_port
    from ingest.errors import StoreError
    from ingest.pipeline import ingest

    port = _free_port()
    server = _chroma(tmp_path / "chroma", port)
    try:
        settings = Settings.resolve(env={}, chroma_host="127.0.0.1", chroma_port=port,
                                    llm="extractive", store=str(tmp_path / "unused"))  # fmt: skip
        deps = build_deps(settings)
        deps.embed_model = embed_model
        ingest([SEED], embed_model=embed_model, store=deps.store)
        assistant = Assistant(deps)
        assert not assistant.ask("Que signifie RTE ?").refused
        server.terminate()
        server.wait(timeout=30)
        with pytest.raises(StoreError, match=r"chroma server 127\.0\.0\.1"):
            assistant.ask("En quoi la RTE diffère-t-elle de la RSE ?")
        server = _chroma(tmp_path / "chroma", port)
        answer = assistant.ask("En quoi la RTE diffère-t-elle de la Responsabilité Sociale ?")
        assert not answer.refused and answer.citations
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_two_serve_processes_share_one_chroma_server(
    chroma_server: tuple[str, int], tmp_path: Path
) -> None:
    """Scale-out: ingest into a Chroma server, then two app processes answer from it."""
    import os

    from gradio_client import Client

    from conftest import SEED, _free_port, _wait_for

    host, port = chroma_server
    store = [
        "--chroma-host",
        host,
        "--chroma-port",
        str(port),
        "--collection",
        f"two_{os.getpid()}",
    ]
    done = subprocess.run([str(BIN / "session-assistant"), "ingest", "--quiet", *store, str(SEED)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr
    ports = [_free_port(), _free_port()]
    apps = [subprocess.Popen([str(BIN / "session-assistant"), "serve", *store, "--llm",
                              "extractive", "--port", str(p)], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for p in ports]  # fmt: skip
    try:
        for p in ports:
            _wait_for(f"http://127.0.0.1:{p}/", seconds=120)
            answer = Client(f"http://127.0.0.1:{p}/", verbose=False).predict(
                question="Qui présente « L’usine distribuée » ?", api_name="/ask"
            )
            assert "Olivier Landau" in answer["answer"]
    finally:
        for app in apps:
            app.terminate()
            app.wait(timeout=30)


def test_answers_keep_coming_while_an_ingest_runs(
    chroma_server: tuple[str, int], tmp_path: Path, embed_model: Any
) -> None:
    """An app answering from a Chroma server while a re-ingest rewrites the collection."""
    import os
    import threading

    from test_programme_text import SESSION_4

    from assistant.answer import Assistant
    from assistant.deps import build_deps
    from assistant.settings import Settings
    from conftest import SEED
    from ingest.pipeline import ingest

    host, port = chroma_server
    settings = Settings.resolve(env={}, chroma_host=host, chroma_port=port, llm="extractive",
                                collection=f"live_{os.getpid()}", store=str(tmp_path))  # fmt: skip
    deps = build_deps(settings)
    deps.embed_model = embed_model
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "s3.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    ingest([folder], embed_model=embed_model, store=deps.store)
    assistant = Assistant(deps)
    failures: list[BaseException] = []
    answered = 0
    stop = threading.Event()

    def keep_asking() -> None:
        nonlocal answered
        while not stop.is_set():
            try:
                assert assistant.ask("Que signifie RTE ?").citations
                answered += 1
            except BaseException as exc:
                failures.append(exc)
                return

    asker = threading.Thread(target=keep_asking)
    asker.start()
    try:
        (folder / "s4.txt").write_text(SESSION_4, encoding="utf-8")
        ingest([folder], embed_model=embed_model, store=deps.store)
        (folder / "s4.txt").unlink()
        ingest([folder], embed_model=embed_model, store=deps.store)
    finally:
        stop.set()
        asker.join(timeout=60)
        deps.store.drop()
    assert not failures, failures[0]
    assert answered > 0
