"""Structured programme files (JSON, YAML, CSV) → records, validated with field paths.

Schema (PRODUCT.md): {"event"?, "sessions": [{"id"?, "title", "date"?, "start"?, "end"?, "room"?,
"description"?, "talks": [{"id"?, "title", "abstract", "start"?, "end"?, "room"?,
"speakers": [{"name", "affiliation"?, "role"?, "bio"?}]}]}]}. Unknown fields become `extra`.
CSV: one row per talk (see README for the columns).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import yaml

from ingest.errors import BadInputError
from ingest.records import Programme, Session, Speaker, Talk
from ingest.text import clean_line, fold, slugify, unique_id

_SESSION_FIELDS = {"id", "title", "number", "date", "start", "end", "room", "description", "talks"}
_TALK_FIELDS = {"id", "title", "abstract", "start", "end", "room", "speakers"}
_SPEAKER_FIELDS = {"name", "affiliation", "role", "bio"}
_MISSING_ABSTRACTS = {"", "abstract", "resume", "tba", "tbd", "a venir"}


def parse_json(text: str, source: Path) -> Programme:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(f"{source}:{exc.lineno}: malformed JSON: {exc.msg}") from None
    return programme_from_dict(data, source)


def parse_yaml(text: str, source: Path) -> Programme:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise BadInputError(f"{source}{where}: malformed YAML: {problem}") from None
    return programme_from_dict(data, source)


def programme_from_dict(data: Any, source: Path) -> Programme:
    if not isinstance(data, dict):
        raise BadInputError(f"{source}: expected an object with a 'sessions' list at the top")
    sessions = _required(data, "sessions", list, source, "")
    if not sessions:
        raise BadInputError(f"{source}: 'sessions' is empty")
    session_ids: set[str] = set()
    talk_ids: set[str] = set()
    parsed = [
        _session(item, source, f"sessions[{i}]", session_ids, talk_ids)
        for i, item in enumerate(sessions)
    ]
    extra = {k: v for k, v in data.items() if k not in {"event", "sessions"}}
    event = _optional(data, "event", source, "")
    return Programme(source=source, sessions=parsed, event=event, extra=extra)


def _session(
    item: Any, source: Path, path: str, session_ids: set[str], talk_ids: set[str]
) -> Session:
    _expect_object(item, source, path)
    title = _required(item, "title", str, source, path)
    number = item.get("number")
    sid = _optional(item, "id", source, path) or (
        f"s{number}" if isinstance(number, int) else slugify(title, 6)
    )
    session = Session(
        id=_claim(sid, session_ids, source, f"{path}.id"),
        title=title,
        number=number if isinstance(number, int) else None,
        date=_optional(item, "date", source, path),
        start=_optional(item, "start", source, path),
        end=_optional(item, "end", source, path),
        room=_optional(item, "room", source, path),
        description=_optional(item, "description", source, path),
        extra=_extra(item, _SESSION_FIELDS),
    )
    talks = _required(item, "talks", list, source, path)
    session.talks = [
        _talk(talk, source, f"{path}.talks[{i}]", session, talk_ids) for i, talk in enumerate(talks)
    ]
    return session


def _talk(item: Any, source: Path, path: str, session: Session, talk_ids: set[str]) -> Talk:
    _expect_object(item, source, path)
    title = _required(item, "title", str, source, path)
    explicit_id = _optional(item, "id", source, path)
    if explicit_id:
        talk_id = _claim(explicit_id, talk_ids, source, f"{path}.id")
    else:
        talk_id = unique_id(f"{session.id}-{slugify(title, 6)}", talk_ids)
    speakers = item.get("speakers") or []
    if not isinstance(speakers, list):
        raise BadInputError(f"{source}: {path}.speakers must be a list")
    return Talk(
        id=talk_id,
        title=title,
        abstract=_abstract(item.get("abstract"), source, f"{path}.abstract"),
        speakers=[_speaker(s, source, f"{path}.speakers[{i}]") for i, s in enumerate(speakers)],
        start=_optional(item, "start", source, path),
        end=_optional(item, "end", source, path),
        room=_optional(item, "room", source, path),
        extra=_extra(item, _TALK_FIELDS),
    )


def _speaker(item: Any, source: Path, path: str) -> Speaker:
    if isinstance(item, str):
        item = {"name": item}
    _expect_object(item, source, path)
    return Speaker(
        name=_required(item, "name", str, source, path),
        affiliation=_optional(item, "affiliation", source, path),
        role=_optional(item, "role", source, path),
        bio=_optional(item, "bio", source, path),
        extra=_extra(item, _SPEAKER_FIELDS),
    )


def _abstract(value: Any, source: Path, path: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadInputError(f"{source}: {path} must be text or null")
    text = value.strip()
    return None if fold(text).strip(" .…[]") in _MISSING_ABSTRACTS else text


def _expect_object(item: Any, source: Path, path: str) -> None:
    if not isinstance(item, dict):
        raise BadInputError(f"{source}: {path} must be an object")


def _required(item: dict[str, Any], key: str, kind: type, source: Path, path: str) -> Any:
    where = f"{path}.{key}" if path else key
    value = item.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise BadInputError(f"{source}: missing required field {where}")
    if not isinstance(value, kind):
        raise BadInputError(f"{source}: {where} must be a {kind.__name__}")
    return clean_line(value) if isinstance(value, str) else value


def _optional(item: dict[str, Any], key: str, source: Path, path: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        where = f"{path}.{key}" if path else key
        raise BadInputError(f"{source}: {where} must be text")
    return str(value).strip() or None


def _claim(value: str, taken: set[str], source: Path, path: str) -> str:
    if value in taken:
        raise BadInputError(f"{source}: {path} {value!r} is used twice")
    taken.add(value)
    return value


def _extra(item: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in known}


# CSV: one row per talk. Speakers, affiliations and roles are ';'-separated, in the same order.
_CSV_SESSION = {
    "session": "title",
    "session_id": "id",
    "session_number": "number",
    "date": "date",
    "session_start": "start",
    "session_end": "end",
    "session_room": "room",
    "session_description": "description",
}
_CSV_TALK = {"talk_id": "id", "title": "title", "abstract": "abstract", "start": "start",
             "end": "end", "room": "room"}  # fmt: skip
_CSV_LISTS = {"speakers": "name", "affiliations": "affiliation", "roles": "role", "bios": "bio"}


def parse_csv(text: str, source: Path) -> Programme:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        rows = list(reader)
        columns = [c.strip() for c in reader.fieldnames or []]
    except csv.Error as exc:
        raise BadInputError(f"{source}: malformed CSV: {exc}") from None
    for required in ("session", "title"):
        if required not in columns:
            raise BadInputError(f"{source}: missing required column {required!r}")
    sessions: dict[str, dict[str, Any]] = {}
    for i, row in enumerate(rows, start=2):
        if None in row:
            raise BadInputError(f"{source}:{i}: malformed CSV: more cells than columns")
        row = {k.strip(): (v or "").strip() for k, v in row.items()}
        session = sessions.setdefault(row["session"] or f"(row {i})", _csv_session(row))
        session["talks"].append(_csv_talk(row))
    return programme_from_dict({"sessions": list(sessions.values())}, source)


def _csv_session(row: dict[str, str]) -> dict[str, Any]:
    session: dict[str, Any] = {v: row[k] for k, v in _CSV_SESSION.items() if row.get(k)}
    if "number" in session and session["number"].isdigit():
        session["number"] = int(session["number"])
    session.setdefault("title", "")
    session["talks"] = []
    return session


def _csv_talk(row: dict[str, str]) -> dict[str, Any]:
    known = {*_CSV_SESSION, *_CSV_TALK, *_CSV_LISTS}
    talk: dict[str, Any] = {v: row[k] for k, v in _CSV_TALK.items() if row.get(k)}
    talk.setdefault("abstract", None)
    columns = {field: row.get(col, "").split(";") for col, field in _CSV_LISTS.items()}
    names = [n.strip() for n in columns["name"] if n.strip()]
    talk["speakers"] = [
        {f: (values[j].strip() if j < len(values) and values[j].strip() else None)
         for f, values in columns.items()} | {"name": name}
        for j, name in enumerate(names)
    ]  # fmt: skip
    talk.update({k: v for k, v in row.items() if k not in known and v})
    return talk
