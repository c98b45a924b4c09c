"""iCalendar (.ics, RFC 5545) → records, read by the `icalendar` package.

Each VEVENT is a talk: SUMMARY the title, DESCRIPTION the abstract, DTSTART/DTEND (or DURATION)
its times, kept in the time zone the file gives (TZID, UTC, or floating without an offset), LOCATION
its room, the first CATEGORIES value its track. X-WR-CALNAME names the event.

Speakers only when the file states them, in two unambiguous ways: an ATTENDEE whose ROLE is CHAIR
(RFC 5545: the one who leads the event) and has a CN, or a line of the DESCRIPTION that starts with
"Speaker:", "Speakers:", "Presenter:", "Intervenant :", "Intervenants :", "Orateur :"… (that line
is then not part of the abstract). ORGANIZER is not a speaker: calendar exports set it to whoever
publishes the calendar. Other attendees are the audience.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar

from ingest.errors import BadInputError
from ingest.formats.common import Event, build_programme, line_of, names_in, prefix_for, text_of
from ingest.records import Programme, Speaker

_SPEAKER_LINE = re.compile(
    r"^\s*(?:speakers?|presenters?|presented by|intervenant(?:·?e)?(?:·?s)?|orat(?:eur|rice)s?"
    r"|referent(?:in)?(?:en)?|sprecher(?:in)?)\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)


def parse_ics(text: str, source: Path) -> Programme:
    calendar = _calendar(text, source)
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        raise BadInputError(
            f"{source}: the calendar has no events (VEVENT); export the programme with its talks"
        )
    events = [_event(item, source, f"VEVENT[{i}]") for i, item in enumerate(vevents)]
    name = line_of(_text(calendar.get("X-WR-CALNAME")))
    zone = line_of(_text(calendar.get("X-WR-TIMEZONE"))) or _zone_of(events)
    extra = {"format": "ics", "time_zone": zone}
    return build_programme(events, source, name, prefix_for(None, source), extra)


def _calendar(text: str, source: Path) -> Any:
    try:
        return icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        message = str(exc).splitlines()[0][:160]
        quoted = re.search(r"'([^']+)'", message)
        where = _line_number(text, quoted.group(1)) if quoted else None
        place = f":{where}" if where else ""
        raise BadInputError(f"{source}{place}: malformed iCalendar: {message}") from None


def _line_number(text: str, snippet: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if snippet in line:
            return number
    return None


def _event(item: Any, source: Path, path: str) -> Event:
    title = line_of(_text(item.get("SUMMARY")))
    if not title:
        raise BadInputError(f"{source}: missing required field {path}.SUMMARY")
    start = _moment(item, "DTSTART", source, path)
    end = _moment(item, "DTEND", source, path)
    if end is None and isinstance(start, datetime) and item.get("DURATION") is not None:
        duration = _value(item, "DURATION", source, path)
        end = start + duration if isinstance(duration, timedelta) else None
    description, named = _description(_text(item.get("DESCRIPTION")))
    categories = _categories(item.get("CATEGORIES"))
    return Event(
        path=path,
        title=title,
        id=line_of(_text(item.get("UID"))),
        abstract=text_of(description),
        speakers=[Speaker(name=n) for n in [*_chairs(item.get("ATTENDEE")), *named]],
        start=start if isinstance(start, datetime) else None,
        end=end if isinstance(end, datetime) else None,
        day=start.date() if isinstance(start, datetime) else start,
        room=line_of(_text(item.get("LOCATION"))),
        track=categories[0] if categories else None,
        extra={"url": url} if (url := line_of(_text(item.get("URL")))) else {},
    )


def _moment(item: Any, key: str, source: Path, path: str) -> datetime | date | None:
    if item.get(key) is None:
        return None
    value = _value(item, key, source, path)
    if not isinstance(value, (datetime, date)):
        raise BadInputError(f"{source}: {path}.{key} must be a date or a date and time")
    return value


def _value(item: Any, key: str, source: Path, path: str) -> Any:
    try:
        return item.get(key).dt
    except ValueError as exc:  # icalendar's BrokenCalendarProperty
        problem = str(exc).rsplit(": ", 1)[-1]
        raise BadInputError(f"{source}: {path}.{key} cannot be read: {problem}") from None


def _description(text: str | None) -> tuple[str | None, list[str]]:
    """The description without its 'Speaker: …' line, and the names that line gives."""
    if text is None:
        return None, []
    names: list[str] = []
    kept = []
    for line in text.splitlines():
        found = _SPEAKER_LINE.match(line)
        if found and not names:
            names = names_in(found.group("names"), listing=True)
        else:
            kept.append(line)
    return "\n".join(kept), names


def _chairs(attendees: Any) -> list[str]:
    listed = attendees if isinstance(attendees, list) else [attendees] if attendees else []
    return [
        str(a.params["CN"]).strip()
        for a in listed
        if str(a.params.get("ROLE", "")).upper() == "CHAIR" and str(a.params.get("CN", "")).strip()
    ]


def _categories(value: Any) -> list[str]:
    lists = value if isinstance(value, list) else [value] if value is not None else []
    names = [line_of(str(cat)) for item in lists for cat in getattr(item, "cats", [])]
    return [n for n in names if n]


def _zone_of(events: list[Event]) -> str | None:
    """The IANA name of the first event's time zone, when its times carry one."""
    for event in events:
        if event.start is not None and event.start.tzinfo is not None:
            return getattr(event.start.tzinfo, "key", None)
    return None


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
