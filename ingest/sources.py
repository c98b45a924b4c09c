"""Read every source under the given paths into records, validating all before anything is written.

Programme text (.txt in the seminar's style), structured programmes (.json in this project's
schema, or a pretalx/frab schedule.json, or a Sessionize export, told apart by content; .yaml, .yml,
.csv), schedule exports (frab/Pentabarf schedule .xml, iCalendar .ics) and free documents (.md,
.markdown, .txt, .pdf, .docx) are accepted. Any problem is a BadInputError naming the file. Once
every file is read, each person is one speaker across all of them (records.unify_speakers).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import BadInputError
from ingest.formats.detect import parse_json_programme
from ingest.formats.frab_xml import parse_frab_xml
from ingest.formats.ics import parse_ics
from ingest.programme_text import looks_like_programme, parse_programme_text
from ingest.records import Document, Programme, unify_speakers
from ingest.structured import parse_csv, parse_yaml

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".json", ".yaml", ".yml", ".csv", ".xml", ".ics"}
BINARY_SUFFIXES = {".pdf", ".docx"}
SUPPORTED = TEXT_SUFFIXES | BINARY_SUFFIXES
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Sources:
    """Everything read from the paths of one ingest."""

    roots: list[Path]
    programmes: list[Programme] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def load_sources(paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Sources:
    roots = [Path(p).resolve() for p in paths]
    sources = Sources(roots=roots)
    for root in roots:
        files = _files_under(root, sources.skipped)
        if not files:
            raise BadInputError(
                f"{root}: nothing to ingest (no {', '.join(sorted(SUPPORTED))} files)"
            )
        for path in files:
            _load_file(path, max_bytes, sources)
    unify_speakers(sources.programmes)
    return sources


def _files_under(root: Path, skipped: list[Path]) -> list[Path]:
    if not root.exists():
        raise BadInputError(f"{root}: no such file or folder")
    if root.is_file():
        if root.suffix.lower() not in SUPPORTED:
            raise BadInputError(
                f"{root}: unsupported file type {root.suffix or '(none)'!r}; "
                f"use one of {', '.join(sorted(SUPPORTED))}"
            )
        return [root]
    files = []
    for path in sorted(root.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if path.is_file() and path.suffix.lower() in SUPPORTED:
            files.append(path)
        elif path.is_file():
            skipped.append(path)
    return files


def _load_file(path: Path, max_bytes: int, sources: Sources) -> None:
    size = path.stat().st_size
    if size == 0:
        raise BadInputError(f"{path}: the file is empty")
    if size > max_bytes:
        raise BadInputError(
            f"{path}: the file is {size:,} bytes, over the {max_bytes:,}-byte limit "
            "(raise it with SESSION_ASSISTANT_MAX_FILE_BYTES)"
        )
    suffix = path.suffix.lower()
    if suffix in BINARY_SUFFIXES:
        sources.documents.append(_read_binary_document(path, suffix))
        return
    text = _read_text(path)
    if suffix == ".json":
        sources.programmes.append(parse_json_programme(text, path))
    elif suffix == ".xml":
        sources.programmes.append(parse_frab_xml(text, path))
    elif suffix == ".ics":
        sources.programmes.append(parse_ics(text, path))
    elif suffix in {".yaml", ".yml"}:
        sources.programmes.append(parse_yaml(text, path))
    elif suffix == ".csv":
        sources.programmes.append(parse_csv(text, path))
    elif suffix == ".txt" and looks_like_programme(text):
        sources.programmes.append(parse_programme_text(text, path))
    else:
        sources.documents.append(Document(source=path, title=path.stem, text=text.strip()))


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise BadInputError(f"{path}: binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(
            f"{path}: not UTF-8 text (invalid byte at offset {exc.start}); re-save it as UTF-8"
        ) from None
    if not text.strip():
        raise BadInputError(f"{path}: the file holds only blank space")
    return text


def _read_binary_document(path: Path, suffix: str) -> Document:
    """PDF and DOCX through llama-index's file readers, imported only when needed."""
    magic = path.read_bytes()[:5]
    if (suffix == ".pdf" and magic != b"%PDF-") or (suffix == ".docx" and magic[:2] != b"PK"):
        raise BadInputError(f"{path}: not a valid {suffix[1:].upper()} file")
    try:
        if suffix == ".pdf":
            from llama_index.readers.file import PDFReader

            docs = PDFReader(return_full_document=True).load_data(path)
        else:
            from llama_index.readers.file import DocxReader

            docs = DocxReader().load_data(path)
    except Exception as exc:  # the readers raise many kinds; all mean an unreadable file
        raise BadInputError(f"{path}: cannot read this {suffix[1:].upper()}: {exc}") from None
    text = "\n\n".join(doc.text for doc in docs).strip()
    if not text:
        raise BadInputError(f"{path}: no text could be extracted (a scanned document?)")
    return Document(source=path, title=path.stem, text=text)
