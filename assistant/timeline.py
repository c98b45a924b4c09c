"""Time questions answered from the records: what is on now or next, what is on at 14:35, what is
on in a room this afternoon, whether two talks clash.

The clock is `Deps.clock` (injectable); the time zone is the records' own (an offset in a time, or
a `time_zone` field), else the `SESSION_ASSISTANT_TIMEZONE` setting, else Europe/Paris
(`assistant/schedule.py`). Every listed talk cites its record.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo

from assistant import prompts
from assistant.catalog import Catalog, Source
from assistant.lexicon import unquoted
from assistant.planner import Plan
from assistant.schedule import TIMEZONE_ENV, Slot, human_date, human_time, slots, time_zone
from assistant.types import Draft
from ingest import schema
from ingest.text import fold

MAX_LISTED = 8
_NOW = r"\b(maintenant|en ce moment|actuellement|en cours|a l instant|now|right now|currently|"
_NOW += r"happening|going on|on at the moment)\b"
_NEXT = r"\b(prochaine?s?|suivante?s?|ensuite|et apres|juste apres|next|up next|coming up|"
_NEXT += r"afterwards|after (this|that|it|the talk|the session)|apres (celle|cette|ca|la|le))\b"
_CLASH = r"\b(clash\w*|conflict\w*|overlap\w*|chevauch\w*|en meme temps|at the same time|"
_CLASH += r"simultan\w*|les deux|both)\b"
_CLOCK = re.compile(r"\b(\d{1,2})\s*(?:h|:)\s*(\d{2})?\b|\b(\d{1,2})\s*(am|pm)\b")
_PARTS = {
    "morning": (r"\b(matin|matinee|morning)\b", 0, 12),
    "afternoon": (r"\b(apres midi|afternoon)\b", 12, 18),
    "evening": (r"\b(soir|soiree|evening|tonight)\b", 18, 24),
}
_TODAY = (
    r"\b(aujourd hui|ce matin|cet apres midi|ce soir|today|this morning|this afternoon|tonight)\b"
)


def time_answer(
    question: str,
    plan: Plan,
    named_talks: list[str],
    catalog: Catalog,
    lang: str,
    now: datetime,
    zone_setting: str | None = None,
) -> Draft | None:
    """The records' answer to a question about time, or None when it asks none of these."""
    own = unquoted(question)  # a quoted title's "Quand" or "next" is not asked
    folded = " ".join(re.findall(r"[a-z0-9]+", fold(own)))
    zone = _zone(catalog, zone_setting)
    local_now = now.astimezone(zone)
    talks = _slots(catalog, zone, local_now.year, "talk")
    if len(named_talks) >= 2 and re.search(_CLASH, folded):
        return clash(named_talks[:2], talks, catalog, lang)
    if not talks:
        return None
    at = _clock(fold(own).lower())
    part = next((p for p, (pattern, _, _) in _PARTS.items() if re.search(pattern, folded)), None)
    if plan.links.rooms and (part or re.search(_TODAY, folded) or at):
        return in_room(plan.links.rooms[0], part, talks, catalog, lang, local_now)
    if at is not None and not named_talks:
        return at_time(at, talks, catalog, lang, local_now)
    if part and not named_talks and not plan.links.speakers and _asks_programme(folded):
        return in_room(None, part, talks, catalog, lang, local_now)
    if re.search(_NEXT, folded.replace("apres midi", "")) and len(named_talks) == 1:
        return after_talk(named_talks[0], talks, catalog, lang)
    if named_talks:
        return None
    if re.search(_NOW, folded):
        return now_and_next(talks, catalog, lang, local_now, with_now=True)
    if re.search(_NEXT, folded.replace("apres midi", "")):
        return now_and_next(talks, catalog, lang, local_now, with_now=False)
    return None


def _zone(catalog: Catalog, setting: str | None) -> tzinfo:
    """The file's own zone (kept on its nodes), else the setting, else Europe/Paris; decided
    once per catalog and setting (finding it walks every record)."""
    key = f"zone:{setting}"
    found = catalog.derived.get(key)
    if not isinstance(found, tzinfo):
        named = next((str(s.metadata[schema.TIME_ZONE]) for s in catalog.sessions.values()
                      if s.metadata.get(schema.TIME_ZONE)), None)  # fmt: skip
        chosen = named or setting
        found = catalog.derived[key] = time_zone(catalog, {TIMEZONE_ENV: chosen} if chosen else {})
    return found


def _slots(catalog: Catalog, zone: tzinfo, year: int, kind: str | None = None) -> list[Slot]:
    """The programme's slots (of one kind), computed once per catalog, zone and year."""
    key = f"slots:{zone}:{year}:{kind}"
    found = catalog.derived.get(key)
    if not isinstance(found, list):
        every = _slots(catalog, zone, year) if kind else slots(catalog, zone, year)
        found = catalog.derived[key] = [s for s in every if kind in (None, s.kind)]
    return found


def _clock(folded: str) -> time | None:
    match = _CLOCK.search(folded)
    if not match:
        return None
    if match.group(3):
        hour = int(match.group(3)) % 12 + (12 if match.group(4) == "pm" else 0)
        return time(hour, 0)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _line(slot: Slot, n: int, catalog: Catalog, lang: str) -> str:
    talk = catalog.talks[slot.id]
    span = human_time(slot.start, lang)
    if slot.end:
        span += "–" + human_time(slot.end, lang)
    room = f", {slot.room}" if slot.room else ""
    return prompts.TIME_ITEM[lang].format(
        span=span, room=room, title=talk.title, people=", ".join(talk.speakers), cite=f"[{n}]"
    )


def _listed(lead: str, chosen: list[Slot], catalog: Catalog, lang: str) -> Draft:
    lines, sources = [lead], []
    for slot in chosen[:MAX_LISTED]:
        sources.append(catalog.sources[schema.talk_id(slot.id)])
        lines.append(_line(slot, len(sources), catalog, lang))
    return Draft("\n".join(lines), sources, "record")


def _days(talks: list[Slot], today: date) -> list[date]:
    days = sorted({s.start.date() for s in talks})
    return [today] if today in days else days


def at_time(at: time, talks: list[Slot], catalog: Catalog, lang: str, now: datetime) -> Draft:
    """Talks on at a clock time: today when the programme has talks today, else on each day."""
    when = human_time(at, lang)
    on = []
    for day in _days(talks, now.date()):
        moment = datetime.combine(day, at, tzinfo=talks[0].start.tzinfo)
        on += [s for s in talks if s.start <= moment < (s.end or s.start)]
    if not on:
        text = prompts.TIME_NOTHING[lang].format(when=when)
        return Draft(text, [], "record", refused=True)
    return _listed(prompts.TIME_AT[lang].format(when=when), on, catalog, lang)


def _asks_programme(folded: str) -> bool:
    """A question about the schedule: what is on this afternoon, qu'y a-t-il ce matin."""
    frame = r"\b(what|quoi|qu y a t il|quel\w*|which|programme|talks?|interventions?)\b"
    return bool(re.search(frame, folded))


def in_room(
    room: str | None,
    part: str | None,
    talks: list[Slot],
    catalog: Catalog,
    lang: str,
    now: datetime,
) -> Draft:
    """Talks in a room (any room when None), today (else on the programme's days), in a part of
    the day if asked."""
    here = [s for s in talks if room is None or s.room == room]
    days = _days(here or talks, now.date())
    low, high = (_PARTS[part][1], _PARTS[part][2]) if part else (0, 24)
    chosen = [s for s in here if s.start.date() in days and low <= s.start.hour < high]
    label = prompts.PART_OF_DAY[lang].get(part or "", "")
    day = human_date(chosen[0].start.date(), lang) if chosen and len(days) == 1 else ""
    if room is None:
        if not chosen:
            text = prompts.PART_NOTHING[lang].format(part=label)
            return Draft(text, [], "record", refused=True)
        lead = prompts.PART_TALKS[lang].format(part=label.strip(), day=f" ({day})" if day else "")
        return _listed(lead, chosen, catalog, lang)
    where = f"{room}{label}"
    if not chosen:
        return Draft(prompts.ROOM_NOTHING[lang].format(room=where), [], "record", refused=True)
    lead = prompts.ROOM_TALKS[lang].format(room=where, day=f" ({day})" if day else "")
    return _listed(lead, chosen, catalog, lang)


def after_talk(talk_id: str, talks: list[Slot], catalog: Catalog, lang: str) -> Draft | None:
    """The talk that follows a named talk in its room (else in its session)."""
    mine = next((s for s in talks if s.id == talk_id), None)
    if mine is None:
        return None
    same = [s for s in talks if s.start >= (mine.end or mine.start) and s.id != talk_id
            and _same_place(s, mine)]  # fmt: skip
    record = catalog.sources[schema.talk_id(talk_id)]
    if not same:
        text = prompts.AFTER_NOTHING[lang].format(title=mine.title, cite="[1]")
        return Draft(text, [record], "record")
    nxt = same[0]
    lead = prompts.AFTER[lang].format(title=mine.title, cite="[1]")
    sources: list[Source] = [record, catalog.sources[schema.talk_id(nxt.id)]]
    return Draft(lead + "\n" + _line(nxt, 2, catalog, lang), sources, "record")


def now_and_next(
    talks: list[Slot], catalog: Catalog, lang: str, now: datetime, with_now: bool
) -> Draft:
    """What is on at `now` (when asked), then the talks that start next (all rooms)."""
    on = [s for s in talks if s.is_on(now)] if with_now else []
    later = [s for s in talks if s.start > now]
    following = [s for s in later if s.start == later[0].start] if later else []
    when = human_date(now.date(), lang) + ", " + human_time(now, lang)
    lines, sources = [], []
    if with_now:
        lines.append((prompts.NOW if on else prompts.NOW_NOTHING)[lang].format(when=when))
        for slot in on[:MAX_LISTED]:
            sources.append(catalog.sources[schema.talk_id(slot.id)])
            lines.append(_line(slot, len(sources), catalog, lang))
    if following:
        lines.append(prompts.NEXT[lang])
        for slot in following[:MAX_LISTED]:
            sources.append(catalog.sources[schema.talk_id(slot.id)])
            lines.append(_line(slot, len(sources), catalog, lang))
    elif not on:
        lines.append(prompts.NEXT_NOTHING[lang].format(when=when))
    return Draft("\n".join(lines), sources, "record", refused=not sources)


def _same_place(slot: Slot, other: Slot) -> bool:
    return slot.room == other.room if other.room else slot.session_id == other.session_id


def clash(talk_ids: list[str], talks: list[Slot], catalog: Catalog, lang: str) -> Draft:
    """Whether two talks overlap in time, from their records."""
    first, second = (next((s for s in talks if s.id == t), None) for t in talk_ids)
    sources = [catalog.sources[schema.talk_id(t)] for t in talk_ids]
    titles = [catalog.talks[t].title for t in talk_ids]
    if first is None or second is None:
        unknown = titles[0] if first is None else titles[1]
        return Draft(prompts.CLASH_UNKNOWN[lang].format(title=unknown), sources, "record")
    overlap = first.start < (second.end or second.start) and second.start < (
        first.end or first.start
    )
    body = (prompts.CLASH if overlap else prompts.NO_CLASH)[lang].format(a=titles[0], b=titles[1])
    lines = [body, _line(first, 1, catalog, lang), _line(second, 2, catalog, lang)]
    return Draft("\n".join(lines), sources, "record")
