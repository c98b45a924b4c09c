"""Sessionize "All" JSON export (API endpoint `view/All`) → records.

{"sessions": [{"id", "title", "description", "startsAt", "endsAt", "isServiceSession",
"speakers": [speaker id, …], "categoryItems": [item id, …], "roomId"}], "speakers": [{"id",
"fullName" (or "firstName" + "lastName"), "bio", "tagLine"}], "categories": [{"title", "items":
[{"id", "name"}]}], "rooms": [{"id", "name"}]}. Speaker, room and category ids are resolved; an id
that resolves to nothing is an error naming its field. Times are local times without an offset, kept
as given. Service sessions (breaks, lunch: `isServiceSession`) are not talks and are left out. The
category titled "Track" gives the track, "Language" the language; other categories are kept as extra
fields.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ingest.errors import BadInputError
from ingest.formats.common import (
    Event,
    build_programme,
    expect,
    line_of,
    optional_text,
    parse_datetime,
    prefix_for,
    text_of,
)
from ingest.records import Programme, Speaker
from ingest.text import fold

_TRACK = {"track", "tracks", "theme", "themes", "thematique"}
_LANGUAGE = {"language", "languages", "langue", "langues"}


def looks_like_sessionize(data: Any) -> bool:
    if not isinstance(data, dict) or not {"sessions", "speakers", "rooms"} <= data.keys():
        return False
    sessions = data["sessions"]
    return isinstance(sessions, list) and not any(
        isinstance(s, dict) and "talks" in s for s in sessions
    )


def parse_sessionize(data: dict[str, Any], source: Path) -> Programme:
    speakers = _speakers(expect(data["speakers"], list, source, "speakers"), source)
    rooms = _names(expect(data["rooms"], list, source, "rooms"), "name", source, "rooms")
    categories = _categories(data.get("categories") or [], source)
    sessions = expect(data["sessions"], list, source, "sessions")
    events = [
        _event(item, speakers, rooms, categories, source, f"sessions[{i}]")
        for i, item in enumerate(sessions)
        if not (isinstance(item, dict) and item.get("isServiceSession"))
    ]
    return build_programme(events, source, None, prefix_for(None, source), {"format": "sessionize"})


def _event(
    item: Any,
    speakers: dict[str, Speaker],
    rooms: dict[str, str],
    categories: dict[str, tuple[str, str]],
    source: Path,
    path: str,
) -> Event:
    expect(item, dict, source, path)
    title = line_of(optional_text(item, "title", source, path))
    if not title:
        raise BadInputError(f"{source}: missing required field {path}.title")
    starts, ends = (optional_text(item, k, source, path) for k in ("startsAt", "endsAt"))
    start = parse_datetime(starts, source, f"{path}.startsAt") if starts else None
    end = parse_datetime(ends, source, f"{path}.endsAt") if ends else None
    labels = _labels(item, categories, source, path)
    return Event(
        path=path,
        title=title,
        id=optional_text(item, "id", source, path),
        abstract=text_of(optional_text(item, "description", source, path)),
        speakers=_resolve(item.get("speakers") or [], speakers, source, f"{path}.speakers"),
        start=start,
        end=end,
        day=start.date() if start else None,
        room=_room(item, rooms, source, path),
        track=labels.pop("track", None),
        language=labels.pop("language", None),
        extra=labels,
    )


def _speakers(items: list[Any], source: Path) -> dict[str, Speaker]:
    found = {}
    for i, item in enumerate(items):
        path = f"speakers[{i}]"
        expect(item, dict, source, path)
        full = optional_text(item, "fullName", source, path)
        parts = (optional_text(item, k, source, path) for k in ("firstName", "lastName"))
        name = line_of(full) or line_of(" ".join(p for p in parts if p))
        if not name:
            raise BadInputError(f"{source}: missing required field {path}.fullName")
        found[str(item.get("id"))] = Speaker(
            name=name,
            role=line_of(optional_text(item, "tagLine", source, path)),
            bio=text_of(optional_text(item, "bio", source, path)),
        )
    return found


def _resolve(ids: Any, speakers: dict[str, Speaker], source: Path, path: str) -> list[Speaker]:
    expect(ids, list, source, path)
    resolved = []
    for k, ref in enumerate(ids):
        # The "All" export lists ids; some views embed {"id", "name"} objects instead.
        key = str(ref.get("id") if isinstance(ref, dict) else ref)
        if key not in speakers:
            raise BadInputError(
                f"{source}: {path}[{k}] {key!r} is not the id of any entry of 'speakers'"
            )
        template = speakers[key]
        resolved.append(Speaker(template.name, template.affiliation, template.role, template.bio))
    return resolved


def _room(item: dict[str, Any], rooms: dict[str, str], source: Path, path: str) -> str | None:
    ref = item.get("roomId")
    if ref is None:
        return line_of(optional_text(item, "room", source, path))
    if str(ref) not in rooms:
        raise BadInputError(
            f"{source}: {path}.roomId {ref!r} is not the id of any entry of 'rooms'"
        )
    return rooms[str(ref)]


def _names(items: list[Any], key: str, source: Path, path: str) -> dict[str, str]:
    names = {}
    for i, item in enumerate(items):
        expect(item, dict, source, f"{path}[{i}]")
        names[str(item.get("id"))] = line_of(optional_text(item, key, source, f"{path}[{i}]")) or ""
    return names


def _categories(items: Any, source: Path) -> dict[str, tuple[str, str]]:
    """Item id → (category title, item name)."""
    found = {}
    for i, category in enumerate(expect(items, list, source, "categories")):
        path = f"categories[{i}]"
        expect(category, dict, source, path)
        title = line_of(optional_text(category, "title", source, path)) or f"category {i}"
        entries = expect(category.get("items") or [], list, source, f"{path}.items")
        for item_id, name in _names(entries, "name", source, f"{path}.items").items():
            found[item_id] = (title, name)
    return found


def _labels(
    item: dict[str, Any], categories: dict[str, tuple[str, str]], source: Path, path: str
) -> dict[str, Any]:
    """The session's category items by category: track, language, and the others by title."""
    labels: dict[str, list[str]] = {}
    refs = expect(item.get("categoryItems") or [], list, source, f"{path}.categoryItems")
    for ref in refs:
        if str(ref) in categories:
            title, name = categories[str(ref)]
            kind = fold(title)
            key = "track" if kind in _TRACK else "language" if kind in _LANGUAGE else title
            labels.setdefault(key, []).append(name)
    return {key: ", ".join(names) for key, names in labels.items()}
