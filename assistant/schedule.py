"""When things happen: the programme's sessions and talks as time slots, and which is on now.

Pure functions over the catalog's records; nothing here reads a clock. Callers pass `now`, an
aware datetime, so pages and tests can set the time they want.

- Dates are read as the records give them: ISO (`2026-12-18`, `2026-12-18T16:30`, with or without
  an offset) or in words (`18 décembre`, `jeudi 18 décembre 2026`, `18 December 2026`,
  `December 18`). A date without a year is taken in `now`'s year.
- Times: `16:30`, `16h30`, `16H`, `4:30 pm`. A talk's own `talk_start`/`talk_end` win over its
  session's `start`/`end`; a talk without times has no slot of its own.
- The time zone: an offset in the record itself, else the records' `timezone` field (any
  session or talk), else the setting `SESSION_ASSISTANT_TIMEZONE`, else Europe/Paris
  (`time_zone`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.catalog import Catalog
from ingest.errors import BadInputError
from ingest.text import fold

DEFAULT_TIMEZONE = "Europe/Paris"
TIMEZONE_ENV = "SESSION_ASSISTANT_TIMEZONE"
TIMEZONE_FIELDS = ("time_zone", "x_timezone", "x_time_zone", "x_tz", "timezone")

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}  # fmt: skip
_DAY_NAMES = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](.+))?$")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:er)?\s+([a-z]+)\.?(?:\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?\b")
_TIME = re.compile(r"^(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?\s*(am|pm)?$")


@dataclass(frozen=True)
class Slot:
    """A session or a talk with its place in time. `end` is None when the records give none."""

    kind: str  # "session" or "talk"
    id: str  # the session id or the talk id
    title: str
    session_id: str
    start: datetime  # aware
    end: datetime | None
    room: str | None = None

    def is_on(self, now: datetime) -> bool:
        return self.start <= now < self.end if self.end else False


def time_zone(catalog: Catalog, env: Mapping[str, str] | None = None) -> tzinfo:
    """The programme's time zone: the records' `timezone` field, else the setting, else Paris.
    An unknown zone name is a BadInputError saying where it came from."""
    for source in catalog.sources.values():
        for field in TIMEZONE_FIELDS:
            if value := source.metadata.get(field):
                return _zone(str(value), f"{source.id}: {field}")
    env = {} if env is None else env
    if value := env.get(TIMEZONE_ENV):
        return _zone(value, TIMEZONE_ENV)
    return ZoneInfo(DEFAULT_TIMEZONE)


def _zone(name: str, where: str) -> tzinfo:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise BadInputError(f"{where}: unknown time zone {name!r} (e.g. Europe/Paris)") from exc


def parse_date(text: Any, year: int) -> date | None:
    """A date as programmes write it; `year` when the text gives none; None when unreadable."""
    if not text:
        return None
    raw = str(text).strip()
    if iso := _ISO.match(raw):
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    folded = fold(raw)
    if (m := _DAY_MONTH.search(folded)) and m.group(2) in _MONTHS:
        return _safe_date(int(m.group(3) or year), _MONTHS[m.group(2)], int(m.group(1)))
    if (m := _MONTH_DAY.search(folded)) and m.group(1) in _MONTHS:
        return _safe_date(int(m.group(3) or year), _MONTHS[m.group(1)], int(m.group(2)))
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_time(text: Any) -> time | None:
    """`16:30`, `16h30`, `16H`, `4:30 pm` (seconds and an offset after HH:MM are ignored)."""
    if not text:
        return None
    raw = fold(str(text)).strip()
    raw = re.sub(r"^(\d{1,2}:\d{2}):\d{2}.*$", r"\1", raw)  # 16:30:00+01:00 → 16:30
    match = _TIME.match(raw)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3) == "pm" and hour < 12:
        hour += 12
    elif match.group(3) == "am" and hour == 12:
        hour = 0
    return time(hour, minute) if hour < 24 and minute < 60 else None


def moment(day: Any, clock: Any, zone: tzinfo, year: int) -> datetime | None:
    """An aware datetime from a date and a time field; `clock` may be a full ISO datetime,
    whose own offset then wins over `zone`."""
    if clock and (iso := _ISO.match(str(clock).strip())) and iso.group(4):
        try:
            found = datetime.fromisoformat(str(clock).strip())
        except ValueError:
            found = None
        if found is not None:
            return found if found.tzinfo else found.replace(tzinfo=zone)
    on, at = parse_date(day, year), parse_time(clock)
    if on is None or at is None:
        return None
    return datetime.combine(on, at, tzinfo=zone)


def slots(catalog: Catalog, zone: tzinfo, year: int) -> list[Slot]:
    """Every session and talk whose start is known, in time order (sessions before their talks
    at the same minute). An end before its start is read as the next day's."""
    found: list[Slot] = []
    for session_id, session in catalog.sessions.items():
        meta = session.metadata
        title = str(meta.get("session") or session_id)
        slot = _slot("session", session_id, title, session_id, meta, "", zone, year)
        if slot:
            found.append(slot)
    for talk in catalog.talks.values():
        own = catalog.sources.get(f"talk:{talk.id}")
        if own is not None and own.metadata.get("talk_start"):
            slot = _slot("talk", talk.id, talk.title, talk.session_id, own.metadata, "talk_",
                         zone, year)  # fmt: skip
            if slot:
                found.append(slot)
    return sorted(found, key=lambda s: (s.start, s.kind != "session", s.id))


def _slot(
    kind: str, id_: str, title: str, session_id: str, meta: Mapping[str, Any], prefix: str,
    zone: tzinfo, year: int,
) -> Slot | None:  # fmt: skip
    day = meta.get("date")
    start = moment(day, meta.get(f"{prefix}start"), zone, year)
    if start is None:
        return None
    end = moment(day or start.date().isoformat(), meta.get(f"{prefix}end"), zone, year)
    if end is not None and end <= start:
        end += timedelta(days=1)
    room = meta.get(f"{prefix}room") or meta.get("room") or None
    return Slot(kind, id_, title, session_id, start, end, str(room) if room else None)


@dataclass(frozen=True)
class NowNext:
    """What is on at `now` and what comes next, among sessions and among talks."""

    session_now: Slot | None
    session_next: Slot | None
    talk_now: Slot | None
    talk_next: Slot | None


def now_next(all_slots: list[Slot], now: datetime) -> NowNext:
    """The session and talk on at `now` (the latest started, if several), and the next of each
    to start after `now`."""

    def pick(kind: str) -> tuple[Slot | None, Slot | None]:
        mine = [s for s in all_slots if s.kind == kind]
        on = [s for s in mine if s.is_on(now)]
        later = [s for s in mine if s.start > now]
        return (on[-1] if on else None), (later[0] if later else None)

    session_now, session_next = pick("session")
    talk_now, talk_next = pick("talk")
    return NowNext(session_now, session_next, talk_now, talk_next)


def session_to_show(catalog: Catalog, all_slots: list[Slot], now: datetime) -> str | None:
    """The session a page should open on: the one on now, else the next, else the latest one
    that took place, else the first in the programme."""
    state = now_next(all_slots, now)
    chosen = state.session_now or state.session_next
    if chosen is None:
        past = [s for s in all_slots if s.kind == "session" and s.start <= now]
        chosen = past[-1] if past else None
    if chosen is not None:
        return chosen.id
    return next(iter(catalog.sessions), None)


def human_date(day: date, lang: str) -> str:
    """'jeudi 18 décembre 2025' / 'Thursday 18 December 2025'."""
    key = "en" if lang == "en" else "fr"
    weekday = _DAY_NAMES[key][day.weekday()]
    month = _MONTH_NAMES[key][day.month - 1]
    number = "1er" if key == "fr" and day.day == 1 else str(day.day)
    return f"{weekday} {number} {month} {day.year}"


def human_time(at: datetime | time, lang: str) -> str:
    """'16 h 30' in French, '16:30' in English."""
    if lang == "en":
        return f"{at.hour:02d}:{at.minute:02d}"
    return f"{at.hour} h {at.minute:02d}" if at.minute else f"{at.hour} h"


def human_moment(value: str, zone: tzinfo, lang: str) -> str | None:
    """An ISO timestamp (e.g. the store's last ingest) as a date and time in `zone`'s local
    time: 'samedi 28 novembre 2026 à 5 h 50'; None when it is not a timestamp."""
    try:
        found = datetime.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        return None
    local = found.astimezone(zone) if found.tzinfo else found.replace(tzinfo=zone)
    joint = " at " if lang == "en" else " à "
    return human_date(local.date(), lang) + joint + human_time(local, lang)


def date_words(text: Any, lang: str) -> str:
    """A record's date in the page's language: with the weekday and year when the record has a
    year, else day and month only (a weekday guessed from a guessed year could be wrong); the
    text as written when it is not a date."""
    raw = str(text or "").strip()
    has_year = bool(re.search(r"\b\d{4}\b", raw))
    day = parse_date(raw, 2000)
    if day is None:
        return raw
    if has_year:
        return human_date(day, lang)
    key = "en" if lang == "en" else "fr"
    number = "1er" if key == "fr" and day.day == 1 else str(day.day)
    return f"{number} {_MONTH_NAMES[key][day.month - 1]}"
