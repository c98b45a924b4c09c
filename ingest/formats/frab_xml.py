"""frab / Pentabarf `schedule.xml` → records.

The format (https://c3voc.de/wiki/schedule, the XSD of github.com/voc/schedule):
schedule → conference (title, acronym, time_zone_name?) and day* (date, start, end attributes) →
room* (name) → event* (id, guid attributes; date, start, duration, room, title, subtitle, track,
type, language, abstract, description, persons/person). What real exports do is accepted too: a
`<person>` straight under the event, one person element holding "A, B", HTML inside descriptions
(kept as text only), CDATA, empty abstracts (= not provided), events without ids, times with and
without a UTC offset (kept as the file gives them). Parsed by the standard library through
defusedxml: entity declarations are refused, never expanded.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from ingest.errors import BadInputError
from ingest.formats.common import (
    Event,
    build_programme,
    clock_on,
    line_of,
    names_in,
    parse_datetime,
    parse_day,
    parse_duration,
    prefix_for,
    text_of,
)
from ingest.records import Programme, Speaker


def parse_frab_xml(text: str, source: Path) -> Programme:
    root = _parse(text, source)
    if root.tag != "schedule":
        raise BadInputError(
            f"{source}: not a frab/Pentabarf schedule: the root element is <{root.tag}>, "
            "expected <schedule>"
        )
    days = root.findall("day")
    if not days:
        raise BadInputError(
            f"{source}: the schedule has no <day>; a schedule.xml lists "
            "schedule → day → room → event"
        )
    events = [
        event for i, day in enumerate(days) for event in _day(day, source, f"schedule.day[{i}]")
    ]
    conference = root.find("conference")
    title = line_of(_text(conference, "title"))
    acronym = line_of(_text(conference, "acronym"))
    extra = {"format": "frab-xml", "time_zone": line_of(_text(conference, "time_zone_name"))}
    return build_programme(events, source, title, prefix_for(acronym, source), extra)


def _parse(text: str, source: Path) -> Element:
    try:
        root: Element = SafeElementTree.fromstring(text)
    except ParseError as exc:
        line, _column = exc.position
        problem = str(exc).split(":", 1)[0]
        raise BadInputError(f"{source}:{line}: malformed XML: {problem}") from None
    except DefusedXmlException:
        raise BadInputError(
            f"{source}: the XML declares entities, which are refused; export it without a DTD"
        ) from None
    return root


def _day(day: Element, source: Path, path: str) -> list[Event]:
    when = day.get("date")
    if not when:
        raise BadInputError(f"{source}: missing required field {path}.date")
    day_date = parse_day(when, source, f"{path}.date")
    start = day.get("start")
    day_start = parse_datetime(start, source, f"{path}.start") if start else None
    events = []
    for room in day.findall("room"):
        name = line_of(room.get("name"))
        room_path = f"{path}.room[{name or ''}]"
        for j, element in enumerate(room.findall("event")):
            where = f"{room_path}.event[{j}]"
            events.append(_event(element, day_date, day_start, name, source, where))
    return events


def _event(
    element: Element,
    day: date,
    day_start: datetime | None,
    room: str | None,
    source: Path,
    path: str,
) -> Event:
    title = line_of(_text(element, "title"))
    if not title:
        raise BadInputError(f"{source}: missing required field {path}.title")
    start = _start(element, day, day_start, source, path)
    duration = (_text(element, "duration") or "").strip()
    end = (
        start + parse_duration(duration, source, f"{path}.duration") if start and duration else None
    )
    kind = line_of(_text(element, "type"))
    url = line_of(_text(element, "url"))
    return Event(
        path=path,
        title=title,
        id=element.get("id") or element.get("guid") or None,
        subtitle=line_of(_text(element, "subtitle")),
        abstract=text_of(_text(element, "abstract")),
        description=text_of(_text(element, "description")),
        speakers=_speakers(element),
        start=start,
        end=end,
        day=day,
        room=line_of(_text(element, "room")) or room,
        track=line_of(_text(element, "track")),
        language=line_of(_text(element, "language")),
        extra={k: v for k, v in (("type", kind), ("url", url)) if v},
    )


def _start(
    element: Element, day: date, day_start: datetime | None, source: Path, path: str
) -> datetime | None:
    """The event's `date` when it holds a time; else its `start` clock on the conference day."""
    when = (_text(element, "date") or "").strip()
    if "T" in when:
        return parse_datetime(when, source, f"{path}.date")
    clock = (_text(element, "start") or "").strip()
    if not clock:
        return None
    on = parse_day(when, source, f"{path}.date") if when else day
    return clock_on(on, clock, source, f"{path}.start", day_start if on == day else None)


def _speakers(element: Element) -> list[Speaker]:
    holders = element.findall("persons/person") + element.findall("person")
    texts = ["".join(person.itertext()) for person in holders]
    persons = element.find("persons")
    if not holders and persons is not None:  # names written straight into <persons>
        texts = ["".join(persons.itertext())]
    return [Speaker(name=name) for text in texts for name in names_in(text)]


def _text(element: Element | None, tag: str) -> str | None:
    """All the text of a child element (CDATA and nested markup included), None when absent."""
    child = element.find(tag) if element is not None else None
    return "".join(child.itertext()) if child is not None else None
