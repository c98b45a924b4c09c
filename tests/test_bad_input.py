"""Bad input: one line on stderr naming the file and the problem, exit 2, the store untouched."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SEED
from ingest.store import ProgrammeStore, StoreConfig
from ui.cli import main


def _write(name: str, content: str | bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return make


def _empty_folder(folder: Path) -> Path:
    path = folder / "empty"
    path.mkdir()
    (path / "ignored.jsonl").write_text("{}")
    return path


CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("empty file", _write("empty.txt", ""), "the file is empty"),
    ("blank file", _write("blank.md", "  \n\n"), "only blank space"),
    ("binary file", _write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "binary file"),
    ("not UTF-8", _write("latin1.txt", "Séance : café".encode("latin-1")), "not UTF-8"),
    ("malformed JSON", _write("bad.json", '{"sessions": ['), "malformed JSON"),
    ("malformed YAML", _write("bad.yaml", "sessions: [\n  - title: x\n  -: : :"), "malformed YAML"),
    (
        "malformed CSV",
        _write("bad.csv", 'session,title\nS,"unterminated\n'),
        "malformed CSV",
    ),
    (
        "CSV without title column",
        _write("cols.csv", "session,name\nS,x\n"),
        "missing required column",
    ),
    (
        "missing required field",
        _write("nofield.json", json.dumps({"sessions": [{"title": "S", "talks": [{}]}]})),
        r"missing required field sessions\[0\]\.talks\[0\]\.title",
    ),
    ("unsupported extension", _write("slides.pptx", "x"), "unsupported file type '.pptx'"),
    ("folder with nothing to ingest", _empty_folder, "nothing to ingest"),
    ("no such path", lambda folder: folder / "missing.txt", "no such file or folder"),
    ("file over the size limit", _write("big.md", "x" * 20000), "over the 10,000-byte limit"),
    ("fake PDF", _write("fake.pdf", "not a pdf"), "not a valid PDF"),
    (
        "programme without talks",
        _write("notalk.txt", "Session 9 – Titre\nTexte.\n"),
        "has no talks",
    ),
]


@pytest.fixture
def seeded_store(tmp_path: Path, embed_model, monkeypatch: pytest.MonkeyPatch) -> ProgrammeStore:
    """The seed already ingested, so a failed ingest can be shown to leave it as it was."""
    monkeypatch.setenv("SESSION_ASSISTANT_MAX_FILE_BYTES", "10000")
    assert main(["ingest", "--quiet", str(SEED)]) == 0
    return ProgrammeStore(StoreConfig(path=tmp_path / "store"))


def snapshot(store: ProgrammeStore) -> dict:
    return store.manifest(store.collection())


@pytest.mark.parametrize(("label", "make", "message"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(
    label: str,
    make: Callable[[Path], Path],
    message: str,
    seeded_store: ProgrammeStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = snapshot(seeded_store)
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    path = make(bad_dir)
    capsys.readouterr()
    # The good seed comes first: validation of every file happens before any write.
    code = main(["ingest", "--quiet", str(SEED), str(path)])
    out, err = capsys.readouterr()
    assert code == 2, label
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("session-assistant: error: ")
    assert str(path.resolve()) in lines[0]
    assert re.search(message, lines[0]), lines[0]
    assert out == ""
    assert snapshot(seeded_store) == before


def test_the_installed_command_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "session-assistant"), "ingest", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"session-assistant: error: {bad}:1: malformed JSON: Expecting property name "
        "enclosed in double quotes"
    ]
