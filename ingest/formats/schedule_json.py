"""pretalx / frab / c3voc `schedule.json` → records.

The same model as schedule.xml, as JSON (https://c3voc.de/schedule/schema.json):
{"schedule": {"version", "conference": {"acronym", "title", "time_zone_name"?, "days": [{"index",
"date", "day_start"?, "rooms": {"<room name>": [event, …]}}]}}}, an event being {"id", "guid",
"date" (ISO with offset), "start" ("HH:MM"), "duration", "room", "title", "subtitle", "track",
"language", "abstract", "description", "persons": [{"public_name" or "name", "biography"?}]}.
pretalx writes `name` and `biography`, frab `public_name`; strings are accepted for persons too.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from ingest.errors import BadInputError
from ingest.formats.common import (
    Event,
    build_programme,
    clock_on,
    expect,
    line_of,
    names_in,
    optional_text,
    parse_datetime,
    parse_day,
    parse_duration,
    prefix_for,
    text_of,
)
from ingest.records import Programme, Speaker

_PERSON_NAMES = ("public_name", "name", "full_name")


def looks_like_schedule_json(data: Any) -> bool:
    schedule = data.get("schedule") if isinstance(data, dict) else None
    return isinstance(schedule, dict) and "conference" in schedule


def parse_schedule_json(data: dict[str, Any], source: Path) -> Programme:
    schedule = expect(data["schedule"], dict, source, "schedule")
    conference = expect(schedule.get("conference"), dict, source, "schedule.conference")
    path = "schedule.conference"
    days = expect(conference.get("days"), list, source, f"{path}.days")
    events = [
        event for i, day in enumerate(days) for event in _day(day, source, f"{path}.days[{i}]")
    ]
    title = line_of(optional_text(conference, "title", source, path))
    acronym = line_of(optional_text(conference, "acronym", source, path))
    time_zone = line_of(optional_text(conference, "time_zone_name", source, path))
    extra = {"format": "schedule-json", "time_zone": time_zone}
    return build_programme(events, source, title, prefix_for(acronym, source), extra)


def _day(day: Any, source: Path, path: str) -> list[Event]:
    expect(day, dict, source, path)
    when = optional_text(day, "date", source, path)
    if not when:
        raise BadInputError(f"{source}: missing required field {path}.date")
    day_date = parse_day(when, source, f"{path}.date")
    start = optional_text(day, "day_start", source, path)
    day_start = parse_datetime(start, source, f"{path}.day_start") if start else None
    rooms = expect(day.get("rooms", {}), dict, source, f"{path}.rooms")
    events = []
    for room, items in rooms.items():
        room_path = f"{path}.rooms.{room}"
        for j, item in enumerate(expect(items, list, source, room_path)):
            events.append(_event(item, day_date, day_start, room, source, f"{room_path}[{j}]"))
    return events


def _event(
    item: Any, day: date, day_start: datetime | None, room: str, source: Path, path: str
) -> Event:
    expect(item, dict, source, path)
    title = line_of(optional_text(item, "title", source, path))
    if not title:
        raise BadInputError(f"{source}: missing required field {path}.title")
    start = _start(item, day, day_start, source, path)
    duration = (optional_text(item, "duration", source, path) or "").strip()
    end = (
        start + parse_duration(duration, source, f"{path}.duration") if start and duration else None
    )
    persons = expect(item.get("persons") or [], list, source, f"{path}.persons")
    text = {key: optional_text(item, key, source, path) for key in
            ("id", "guid", "subtitle", "abstract", "description", "room", "language", "type",
             "url")}  # fmt: skip
    return Event(
        path=path,
        title=title,
        id=text["id"] or text["guid"],
        subtitle=line_of(text["subtitle"]),
        abstract=text_of(text["abstract"]),
        description=text_of(text["description"]),
        speakers=[
            s for k, p in enumerate(persons) for s in _person(p, source, f"{path}.persons[{k}]")
        ],
        start=start,
        end=end,
        day=day,
        room=line_of(text["room"]) or line_of(room),
        track=line_of(_track(item, source, path)),
        language=line_of(text["language"]),
        extra={k: v for k in ("type", "url") if (v := line_of(text[k]))},
    )


def _track(item: dict[str, Any], source: Path, path: str) -> str | None:
    """A name, or {"name": …} / a localised {"en": …} as some pretalx versions write it."""
    track = item.get("track")
    if isinstance(track, dict):
        names = [v for v in track.values() if isinstance(v, str) and v.strip()]
        return str(track.get("name") or (names[0] if names else "")) or None
    return optional_text(item, "track", source, path)


def _start(
    item: dict[str, Any], day: date, day_start: datetime | None, source: Path, path: str
) -> datetime | None:
    when = (optional_text(item, "date", source, path) or "").strip()
    if "T" in when:
        return parse_datetime(when, source, f"{path}.date")
    clock = (optional_text(item, "start", source, path) or "").strip()
    if not clock:
        return None
    return clock_on(day, clock, source, f"{path}.start", day_start)


def _person(person: Any, source: Path, path: str) -> list[Speaker]:
    if isinstance(person, str):
        return [Speaker(name=name) for name in names_in(person)]
    expect(person, dict, source, path)
    name = next(
        (line_of(optional_text(person, k, source, path)) for k in _PERSON_NAMES if person.get(k)),
        None,
    )
    if not name:
        raise BadInputError(f"{source}: missing required field {path}.public_name")
    bio = text_of(optional_text(person, "biography", source, path))
    return [Speaker(name=name, bio=bio)]
