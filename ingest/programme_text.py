"""Parser for seminar programmes written as plain text, in the style of the seminar's sessions:

    Session 3
    18 décembre
    16H30-19H
    Session 3 – Title of the session
    Description paragraph(s)…
    Intervenants :
    Name, role (Affiliation) – Title of the talk
    Abstract paragraph(s), or the single word "abstract" when the programme has none.
    Name (Affiliation) et Name, role (Affiliation) – Title of a talk given by two people

A file may hold several sessions. `looks_like_programme` tells such a file from a free document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import BadInputError
from ingest.records import Programme, Session, Speaker, Talk
from ingest.text import clean_line, fold, slugify, unique_id

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|january|february|march|april|may|june|july|august|"
    "september|october|november|december"
)
_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
DATE = re.compile(
    rf"(?:(?:{_DAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?", re.IGNORECASE
)
TIME_RANGE = re.compile(
    r"(\d{1,2})\s*[hH:]\s*(\d{2})?\s*(?:-|–|—|à|to)\s*(\d{1,2})\s*[hH:]\s*(\d{2})?"
)
_BARE_SESSION = re.compile(r"^(?:session|séance)\s+(\d+)$", re.IGNORECASE)
_SESSION_TITLE = re.compile(r"^(?:session|séance)\s+(\d+)\s*[–—:-]\s*(.*)$", re.IGNORECASE)
_SPEAKERS_MARKER = re.compile(
    r"^(?:intervenant\S*|intervenantes?\s+et\s+intervenants?|speakers?|orateurs?|"
    r"oratrices?|programme)\s*:?\s*$",
    re.IGNORECASE,
)
# "Speakers (Affiliation) – Title": the speaker part ends at the first ")" followed by a dash.
_HEADER_PAREN = re.compile(r"^(?P<speakers>[A-ZÀ-Þ][^\n]{0,400}?\))\s*[–—]\s*(?P<title>.*)$")
_HEADER_PAREN_HYPHEN = re.compile(r"^(?P<speakers>[A-ZÀ-Þ][^\n]{0,400}?\))\s+-\s+(?P<title>.*)$")
# "Firstname Lastname – Title" with no affiliation: two to four capitalised words.
_NAME = r"[A-ZÀ-Þ][\w’'.-]*"
_HEADER_NAME = re.compile(rf"^(?P<speakers>{_NAME}(?:\s+{_NAME}){{1,3}})\s+[–—-]\s+(?P<title>.*)$")
_SPEAKER_SPLIT = re.compile(r"(?<=\))\s*(?:,|;|&|\bet\b|\band\b)\s*")
_WITH_AFFILIATION = re.compile(r"^(?P<head>.*?)\s*\((?P<aff>[^()]*)\)\s*$")
_MISSING = {"abstract", "resume", "abstract a venir", "resume a venir", "a venir", "tba", "tbd"}
_ABSTRACT_LABEL = re.compile(r"^(?:abstract|résumé|resume)\s*:\s*", re.IGNORECASE)


@dataclass
class _Line:
    no: int  # 1-based line number in the file
    text: str


@dataclass
class _Block:
    number: int
    start: _Line
    title: _Line | None = None
    preamble: list[_Line] = field(default_factory=list)
    body: list[_Line] = field(default_factory=list)


def looks_like_programme(text: str) -> bool:
    """A programme has at least one "Session N – Title" line."""
    return any(_SESSION_TITLE.match(clean_line(line)) for line in text.splitlines())


def parse_programme_text(text: str, source: Path) -> Programme:
    lines = [_Line(i, clean_line(raw)) for i, raw in enumerate(text.splitlines(), 1)]
    blocks = _split_sessions([line for line in lines if line.text], source)
    if not blocks:
        raise BadInputError(f"{source}: no 'Session N – Title' line found")
    session_ids: set[str] = set()
    talk_ids: set[str] = set()
    sessions = [_parse_session(block, source, session_ids, talk_ids) for block in blocks]
    return Programme(source=source, sessions=sessions)


def _split_sessions(lines: list[_Line], source: Path) -> list[_Block]:
    blocks: list[_Block] = []
    for line in lines:
        bare = _BARE_SESSION.match(line.text)
        titled = _SESSION_TITLE.match(line.text)
        current = blocks[-1] if blocks else None
        if bare:
            blocks.append(_Block(int(bare.group(1)), line))
        elif titled and not _opens_title(current, int(titled.group(1))):
            blocks.append(_Block(int(titled.group(1)), line, title=line))
        elif titled and current is not None:
            current.title = line
        elif current is None:
            continue  # text before the first session (an event heading) is not a session's
        elif current.title is None:
            current.preamble.append(line)
        else:
            current.body.append(line)
    numbers = [block.number for block in blocks]
    for block in blocks:
        if numbers.count(block.number) > 1:
            raise BadInputError(f"{source}:{block.start.no}: session {block.number} appears twice")
        if block.title is None:
            raise BadInputError(
                f"{source}:{block.start.no}: session {block.number} has no "
                f"'Session {block.number} – Title' line"
            )
    return blocks


def _opens_title(block: _Block | None, number: int) -> bool:
    return block is not None and block.title is None and block.number == number


def _parse_session(
    block: _Block, source: Path, session_ids: set[str], talk_ids: set[str]
) -> Session:
    assert block.title is not None
    title_match = _SESSION_TITLE.match(block.title.text)
    assert title_match is not None
    title = title_match.group(2).strip()
    if not title:
        raise BadInputError(f"{source}:{block.title.no}: session {block.number} has an empty title")
    session = Session(
        id=unique_id(f"s{block.number}", session_ids), title=title, number=block.number
    )
    notes = _read_schedule(session, block.preamble)
    description, talk_lines = _split_description(block.body)
    session.description = "\n".join(_read_schedule(session, description)) or None
    if notes:
        session.extra["notes"] = "\n".join(notes)
    session.talks = _parse_talks(talk_lines, session, source, talk_ids)
    if not session.talks:
        raise BadInputError(
            f"{source}:{block.title.no}: session {block.number} has no talks; expected lines "
            "like 'Name, role (Affiliation) – Title of the talk'"
        )
    return session


def _is_schedule(text: str) -> bool:
    """A short line made only of a date and/or a time range."""
    rest = TIME_RANGE.sub("", DATE.sub("", text))
    return len(text) < 80 and rest != text and not re.search(r"\w", rest)


def _read_schedule(session: Session, lines: list[_Line]) -> list[str]:
    """Fill the session's date and times from schedule lines; return the other lines' text."""
    others = []
    for line in lines:
        if not _is_schedule(line.text):
            others.append(line.text)
            continue
        if date := DATE.search(line.text):
            session.date = date.group(0)
        if times := TIME_RANGE.search(line.text):
            session.start, session.end = _hhmm(times.group(1, 2)), _hhmm(times.group(3, 4))
    return others


def _hhmm(parts: tuple[str | None, ...]) -> str:
    hours, minutes = parts
    return f"{int(hours or 0):02d}:{int(minutes or 0):02d}"


def _split_description(body: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Lines before the talks (the description) and the talks' lines."""
    for i, line in enumerate(body):
        if _SPEAKERS_MARKER.match(line.text):
            return body[:i], body[i + 1 :]
        if _header(line.text):
            return body[:i], body[i:]
    return body, []


def _header(text: str) -> re.Match[str] | None:
    for pattern in (_HEADER_PAREN, _HEADER_PAREN_HYPHEN, _HEADER_NAME):
        if match := pattern.match(text):
            return match
    return None


def _parse_talks(
    lines: list[_Line], session: Session, source: Path, talk_ids: set[str]
) -> list[Talk]:
    talks: list[Talk] = []
    body: list[str] = []
    for line in [*lines, None]:
        header = _header(line.text) if line is not None else None
        if line is not None and header is None:
            if not talks:
                raise BadInputError(
                    f"{source}:{line.no}: expected a talk line like 'Name (Affiliation) – Title', "
                    f"got {line.text[:60]!r}"
                )
            body.append(line.text)
            continue
        if talks:
            talks[-1].abstract = _abstract(body)
        body = []
        if line is not None and header is not None:
            talks.append(_talk(header, line, session, source, talk_ids))
    return talks


def _talk(
    header: re.Match[str], line: _Line, session: Session, source: Path, talk_ids: set[str]
) -> Talk:
    title = header.group("title").strip()
    if not title:
        raise BadInputError(f"{source}:{line.no}: the talk has no title after the dash")
    speakers = parse_speakers(header.group("speakers"))
    if not speakers:
        raise BadInputError(f"{source}:{line.no}: the talk {title!r} names no speaker")
    talk_id = unique_id(f"{session.id}-{slugify(title, 6)}", talk_ids)
    return Talk(id=talk_id, title=title, abstract=None, speakers=speakers)


def _abstract(paragraphs: list[str]) -> str | None:
    text = "\n".join(paragraphs).strip()
    text = _ABSTRACT_LABEL.sub("", text).strip() if "\n" not in text[:40] else text
    if fold(text).strip(" .…[]()") in _MISSING or not text:
        return None
    return text


def parse_speakers(text: str) -> list[Speaker]:
    """'A, role (Aff) et B (Aff2)' → two speakers. Commas and 'et' inside a role stay there."""
    speakers: list[Speaker] = []
    for part in _SPEAKER_SPLIT.split(text.strip()):
        part = part.strip(" ,;")
        if not part:
            continue
        match = _WITH_AFFILIATION.match(part)
        head, affiliation = (match.group("head"), match.group("aff")) if match else (part, None)
        affiliation = clean_line(affiliation) if affiliation else None
        name, _, role = head.partition(",")
        if not role and re.search(r"\s(?:et|and|&)\s", name):
            names = re.split(r"\s(?:et|and|&)\s", name)  # "A et B (Aff)": both from Aff
            speakers.extend(Speaker(clean_line(n), affiliation) for n in names if n.strip())
            continue
        speakers.append(Speaker(clean_line(name), affiliation, clean_line(role) or None))
    return speakers
