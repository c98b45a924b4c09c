"""What the schedule formats share: one event's fields as read, HTML to text, times and durations,
and the records built from a list of events.

Sessions: the talks of one day in one room. A conference day has parallel rooms; a "session" in
this project is a run of talks one after another in one place (a seminar session), so day + room is
the unit a person sits through, and its room, date and time range are then true of every talk in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ingest.errors import BadInputError
from ingest.records import Programme, Session, Speaker, Talk
from ingest.text import clean_line, fold, slugify, unique_id

# Written where an abstract should be, meaning there is none.
_MISSING = {"", "abstract", "resume", "tba", "tbd", "a venir", "n/a", "-"}
_BLOCK_TAGS = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
               "hr", "table", "section"}  # fmt: skip
_LINE_TAGS = {"li", "br", "tr"}  # a new line before, none after
_SKIP_TAGS = {"script", "style"}
# Between names in one person field: "A, B", "A; B". Not "&" or "and": a person field may name a
# group ("Andrea Behrendt - read & delete" in the 31C3 export).
_NAME_SEPARATORS = re.compile(r"\s*[,;]\s*")
# Between names in a line that only lists speakers ("Speaker: A, B & C", "Intervenants : A et B").
_LIST_SEPARATORS = re.compile(r"\s*[,;&]\s*|\s+(?:and|und|et)\s+", re.IGNORECASE)
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md"}


@dataclass
class Event:
    """One talk as a schedule file states it, before it becomes a Talk."""

    path: str  # where it is in the file, for error messages
    title: str
    id: str | None = None
    subtitle: str | None = None
    abstract: str | None = None
    description: str | None = None
    speakers: list[Speaker] = field(default_factory=list)
    start: datetime | None = None
    end: datetime | None = None
    day: date | None = None  # the conference day (a talk at 01:00 belongs to the day before)
    room: str | None = None
    track: str | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skipping += tag in _SKIP_TAGS
        if tag in _BLOCK_TAGS or tag in _LINE_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self._skipping -= tag in _SKIP_TAGS and self._skipping > 0
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def text_of(value: str | None) -> str | None:
    """Text only: markup dropped (never interpreted), entities decoded, blank lines folded;
    None when nothing, or only a placeholder such as 'TBA', is left."""
    if value is None:
        return None
    parser = _TextOnly()
    parser.feed(value)
    parser.close()
    lines = [clean_line(line) for line in "".join(parser.parts).splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return None if fold(text).strip(" .…[]") in _MISSING else text


def line_of(value: str | None) -> str | None:
    """A one-line field (title, room, track): text only, spaces folded, None when blank."""
    text = text_of(value)
    return clean_line(text.replace("\n", " ")) if text else None


def names_in(value: str, *, listing: bool = False) -> list[str]:
    """One person field that may hold several people: 'A, B' → ['A', 'B']; 'King, Jr.' stays one.
    `listing`: a line that only lists speakers, where '&', 'and', 'und', 'et' separate names too."""
    names: list[str] = []
    for part in (_LIST_SEPARATORS if listing else _NAME_SEPARATORS).split(value):
        name = clean_line(part)
        if not name:
            continue
        if names and fold(name).strip(".") in _NAME_SUFFIXES:
            names[-1] = f"{names[-1]}, {name}"
        else:
            names.append(name)
    return names


def parse_datetime(value: str, source: Path, path: str) -> datetime:
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadInputError(
            f"{source}: {path} {value!r} is not a date and time like '2014-12-27T11:00:00+01:00'"
        ) from None


def parse_day(value: str, source: Path, path: str) -> date:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise BadInputError(f"{source}: {path} {value!r} is not a date like '2014-12-27'") from None


def parse_duration(value: str, source: Path, path: str) -> timedelta:
    """'01:30', '1:30:00' or '1:01:30:00' (days first, as some exports write long events)."""
    parts = value.strip().split(":")
    if not 2 <= len(parts) <= 4 or not all(p.isdigit() for p in parts):
        raise BadInputError(f"{source}: {path} {value!r} is not a duration like '01:30'")
    numbers = [int(p) for p in parts]
    if len(parts) == 2:
        return timedelta(hours=numbers[0], minutes=numbers[1])
    if len(parts) == 3:
        return timedelta(hours=numbers[0], minutes=numbers[1], seconds=numbers[2])
    return timedelta(days=numbers[0], hours=numbers[1], minutes=numbers[2], seconds=numbers[3])


def clock_on(
    day: date, clock: str, source: Path, path: str, day_start: datetime | None
) -> datetime:
    """'HH:MM' on a conference day; a time before the day's start (a night talk) is the next
    calendar day. The day's offset, when the file gives one, is kept."""
    try:
        hours, minutes = (int(p) for p in clock.strip().split(":")[:2])
        moment = datetime(day.year, day.month, day.day, hours, minutes, tzinfo=None)
    except ValueError:
        raise BadInputError(f"{source}: {path} {clock!r} is not a time like '14:30'") from None
    if day_start is not None:
        moment = moment.replace(tzinfo=day_start.tzinfo)
        if moment < day_start:
            moment += timedelta(days=1)
    return moment


def abstract_of(abstract: str | None, description: str | None) -> str | None:
    """One abstract from a format's short abstract and long description: both when both say
    something, the longer when one repeats the other, None when neither is given."""
    parts = [p for p in (abstract, description) if p]
    if len(parts) == 2:
        short, long = sorted(parts, key=len)
        if fold(long).startswith(fold(short).rstrip(" .…")):
            return long
    return "\n\n".join(parts) or None


def build_programme(
    events: list[Event], source: Path, event_name: str | None, prefix: str, extra: dict[str, Any]
) -> Programme:
    """Talks grouped into sessions of one day in one room, in time order."""
    if not events:
        raise BadInputError(f"{source}: the schedule has no events")
    talk_ids: set[str] = set()
    groups: dict[tuple[date | None, str | None], list[Talk]] = {}
    for event in events:
        groups.setdefault((event.day, event.room), []).append(
            _talk(event, prefix, talk_ids, source)
        )
    session_ids: set[str] = set()
    sessions = [
        _session(day, room, talks, prefix, session_ids)
        for (day, room), talks in sorted(groups.items(), key=_group_order)
    ]
    return Programme(source=source, sessions=sessions, event=event_name, extra=extra)


def _group_order(item: tuple[tuple[date | None, str | None], list[Talk]]) -> str:
    """By day; rooms of one day stay in the order the file lists them (sorted() is stable)."""
    (day, _room), _talks = item
    return day.isoformat() if day else "9999"


def _talk(event: Event, prefix: str, taken: set[str], source: Path) -> Talk:
    if event.id:
        talk_id = f"{prefix}-{slugify(event.id, 12)}"
        if talk_id in taken:
            raise BadInputError(f"{source}: {event.path}.id {event.id!r} is used twice")
        taken.add(talk_id)
    else:
        talk_id = unique_id(f"{prefix}-{slugify(event.title, 6)}", taken)
    return Talk(
        id=talk_id,
        title=event.title,
        abstract=abstract_of(event.abstract, event.description),
        speakers=event.speakers,
        start=event.start.isoformat() if event.start else None,
        end=event.end.isoformat() if event.end else None,
        room=event.room,
        subtitle=event.subtitle,
        track=event.track,
        language=event.language,
        extra=event.extra,
    )


def _session(
    day: date | None, room: str | None, talks: list[Talk], prefix: str, taken: set[str]
) -> Session:
    talks.sort(key=lambda t: t.start or "")
    when = day.isoformat() if day else None
    title = " – ".join(p for p in (room, when) if p) or "Programme"
    starts = [t.start for t in talks if t.start]
    ends = [t.end for t in talks if t.end]
    return Session(
        id=unique_id(f"{prefix}-{when or 'undated'}-{slugify(room or 'all')}", taken),
        title=title,
        date=when,
        start=_clock(min(starts)) if starts else None,
        end=_clock(max(ends)) if ends else None,
        room=room,
        talks=talks,
    )


def _clock(moment: str) -> str:
    """'HH:MM' of an ISO date and time (or of a bare date: none)."""
    return moment[11:16] if len(moment) >= 16 else moment


def prefix_for(acronym: str | None, source: Path) -> str:
    """Ids of one file's talks and sessions start with its conference acronym (or file name), so
    two conferences ingested together never share an id."""
    return slugify(acronym or source.stem, 4)


def expect(value: Any, kind: type | tuple[type, ...], source: Path, path: str) -> Any:
    """A structure check with the field path in the message."""
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        wanted = {"dict": "an object", "list": "a list", "str": "text"}.get(names, names)
        raise BadInputError(f"{source}: {path} must be {wanted}")
    return value


def optional_text(item: dict[str, Any], key: str, source: Path, path: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise BadInputError(f"{source}: {path}.{key} must be text")
    return str(value)
