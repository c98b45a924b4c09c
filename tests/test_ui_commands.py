"""The README's commands in the order a newcomer types them: `make run` ingests into the store that
`session-assistant ask` then reads, and `make test` never touches the user's store."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import BIN, ROOT

needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
STAMP = ".venv/.installed"


def _user_env(home: Path) -> dict[str, str]:
    """A user's shell: their own HOME, none of the test isolation's SESSION_ASSISTANT_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SESSION_ASSISTANT_")}
    env.pop("XDG_DATA_HOME", None)
    env["HOME"] = str(home)
    return env


@needs_make
@pytest.mark.skipif(not (ROOT / STAMP).exists(), reason="needs the venv `make install` builds")
def test_ask_after_make_ingest_reads_the_store_make_filled(tmp_path: Path) -> None:
    env = _user_env(tmp_path / "home")
    # -o: the venv is there; `make` must not reinstall it because the Makefile is newer.
    made = subprocess.run(
        ["make", "-o", STAMP, "ingest"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert made.returncode == 0, made.stdout + made.stderr
    default_store = tmp_path / "home" / ".local" / "share" / "session-assistant" / "store"
    assert default_store.is_dir()  # the CLI's default, not a folder of the checkout
    asked = subprocess.run(
        [str(BIN / "session-assistant"), "ask", "--llm", "extractive",
         "Qui présente « L’usine distribuée » ?"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert asked.returncode == 0, asked.stderr
    assert "Olivier Landau" in asked.stdout


@needs_make
def test_make_store_setting_reaches_the_commands(tmp_path: Path) -> None:
    env = _user_env(tmp_path / "home")
    database = subprocess.run(
        ["make", "-pn", "-o", STAMP, "ingest", f"STORE={tmp_path / 'mine'}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert f"SESSION_ASSISTANT_STORE := {tmp_path / 'mine'}" in database.stdout
    plain = subprocess.run(
        ["make", "-pn", "-o", STAMP, "ingest"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "SESSION_ASSISTANT_STORE" not in plain.stdout  # the CLI's default store


def test_the_test_suite_never_uses_the_users_store() -> None:
    # conftest's autouse fixture moves every store under tmp_path, whatever the Makefile exports.
    store = Path(os.environ["SESSION_ASSISTANT_STORE"])
    assert not store.is_relative_to(Path.home() / ".local" / "share")
    assert not store.is_relative_to(ROOT)
