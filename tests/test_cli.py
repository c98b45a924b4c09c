"""The command line as users run it: summary, progress, locking, entry points, no network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.deps import Deps
from conftest import BIN, ROOT, SEED
from ingest.errors import StoreError
from ingest.pipeline import ingest
from ingest.store import ProgrammeStore, StoreConfig


def cli(*args: str, env: dict[str, str] | None = None, prefix: list[str] | None = None):
    return subprocess.run(
        [*(prefix or []), str(BIN / "session-assistant"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


def test_ingest_prints_progress_and_a_summary(tmp_path: Path) -> None:
    store = tmp_path / "cli-store"
    first = cli("ingest", "--store", str(store), str(SEED))
    assert first.returncode == 0, first.stderr
    assert "Embedding" in first.stderr and "12/12" in first.stderr
    assert first.stdout.strip() == (
        f"Ingested into the store {store}: 1 session(s), 4 talk(s), 5 speaker(s); nodes: "
        f"12 added, 0 updated, 0 deleted, 0 unchanged ({_seconds(first.stdout)} s)"
    )
    again = cli("ingest", "--store", str(store), str(SEED))
    assert again.returncode == 0
    assert "12 unchanged — already up to date, nothing written" in again.stdout
    assert "Embedding" not in again.stderr


def _seconds(summary: str) -> str:
    return summary.rsplit("(", 1)[1].split(" s)")[0]


def test_default_path_is_data_and_env_names_the_store(tmp_path: Path) -> None:
    store = tmp_path / "env-store"
    result = cli("ingest", "--quiet", env={"SESSION_ASSISTANT_STORE": str(store)})
    assert result.returncode == 0, result.stderr
    assert f"store {store}:" in result.stdout and "4 talk(s)" in result.stdout
    # the question sets under data/eval/ are left out in one line, not one line each
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and ".jsonl files in" in skipped[0] and "eval" in skipped[0]


def test_python_m_entry_point(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ingest", "--quiet", "--store", str(tmp_path / "s"), str(SEED)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "12 added" in result.stdout


def test_a_second_ingest_is_refused_while_one_holds_the_lock(deps: Deps, seed_dir: Path) -> None:
    with deps.store.ingest_lock(), pytest.raises(StoreError, match="another ingest is writing"):
        ingest([seed_dir], embed_model=deps.embed_model, store=deps.store)
    report = ingest([seed_dir], embed_model=deps.embed_model, store=deps.store)
    assert len(report.added) == 12  # the lock was released and nothing half-written remained


def test_locked_store_from_another_process(tmp_path: Path) -> None:
    store = ProgrammeStore(StoreConfig(path=tmp_path / "locked"))
    with store.ingest_lock():
        result = cli("ingest", "--quiet", "--store", str(tmp_path / "locked"), str(SEED))
    assert result.returncode == 1
    assert result.stderr.startswith("session-assistant: error: another ingest is writing")
    assert len(result.stderr.strip().splitlines()) == 1


def test_two_ingests_at_once_end_with_one_clean_store(tmp_path: Path) -> None:
    store = str(tmp_path / "race")
    command = [str(BIN / "session-assistant"), "ingest", "--quiet", "--store", store, str(SEED)]
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT) for _ in range(2)]  # fmt: skip
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    for code, err in results:
        assert code == 0 or (code == 1 and "another ingest is writing" in err), err
    final = ProgrammeStore(StoreConfig(path=Path(store)))
    assert len(final.manifest(final.collection())) == 12


def _offline_prefix() -> list[str] | None:
    """`unshare -n` (a new network namespace with no interfaces up), when this user may."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return None


def test_ingest_works_with_no_network(tmp_path: Path) -> None:
    prefix = _offline_prefix()
    store = str(tmp_path / "offline")
    if prefix is None:  # no namespaces here: block sockets inside the process instead
        guard = ROOT / "tests" / "offline_guard.py"
        result = subprocess.run(
            [sys.executable, str(guard), "ingest", "--store", store, str(SEED)],
            capture_output=True, text=True, timeout=300, cwd=ROOT,
        )  # fmt: skip
    else:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
        result = subprocess.run(
            [*prefix, str(BIN / "session-assistant"), "ingest", "--store", store, str(SEED)],
            capture_output=True, text=True, timeout=300, cwd=ROOT, env=env,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "12 added" in result.stdout


def test_sockets_are_never_opened_by_an_ingest(tmp_path: Path) -> None:
    """Even where a network exists, ingest must not try to use it (telemetry, hub, tiktoken)."""
    guard = ROOT / "tests" / "offline_guard.py"
    for model in ("use", "minilm"):
        result = subprocess.run(
            [sys.executable, str(guard), "ingest", "--quiet", "--embed-model", model,
             "--store", str(tmp_path / model), str(SEED)],
            capture_output=True, text=True, timeout=300, cwd=ROOT,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "12 added" in result.stdout
