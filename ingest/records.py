"""Typed records of a programme: sessions → talks → speakers, plus free documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.text import display_name, person_key


@dataclass
class Speaker:
    name: str
    affiliation: str | None = None
    role: str | None = None
    bio: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Talk:
    id: str
    title: str
    abstract: str | None  # None: the programme does not provide it
    speakers: list[Speaker] = field(default_factory=list)
    start: str | None = None  # as the file gives it: '14:00' or '2014-12-27T11:00:00+01:00'
    end: str | None = None
    room: str | None = None
    subtitle: str | None = None
    track: str | None = None
    language: str | None = None  # as the file gives it ('en', 'de', 'fr')
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def abstract_missing(self) -> bool:
        return self.abstract is None


@dataclass
class Session:
    id: str
    title: str
    number: int | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None
    room: str | None = None
    description: str | None = None
    talks: list[Talk] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Programme:
    """What one source file says: its sessions (structured) or its text (free document)."""

    source: Path
    sessions: list[Session] = field(default_factory=list)
    event: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    """A free document (.md, .txt, .pdf, .docx): text only, no programme structure."""

    source: Path
    title: str
    text: str


def speakers_of(programmes: list[Programme]) -> dict[str, Speaker]:
    """Every distinct person by display name; for each field the first mention that gives it."""
    found: dict[str, Speaker] = {}
    for speaker in _all_speakers(programmes):
        key = person_key(speaker.name)
        if key not in found:
            found[key] = Speaker(speaker.name, extra=dict(speaker.extra))
        _fill(found[key], speaker)
    return {s.name: s for s in found.values()}


def unify_speakers(programmes: list[Programme]) -> None:
    """One person, one speaker: every spelling of a person (case, accents, spacing, a leading
    'Dr.' or 'Pr') is rewritten to one display spelling, across all the files of an ingest, and a
    person named twice in one talk is listed once. Never an error: spellings are merged, not
    refused."""
    spellings: dict[str, list[str]] = {}
    for speaker in _all_speakers(programmes):
        spellings.setdefault(person_key(speaker.name), []).append(speaker.name)
    shown = {key: display_name(names) for key, names in spellings.items()}
    for programme in programmes:
        for session in programme.sessions:
            for talk in session.talks:
                talk.speakers = _once_each(talk.speakers, shown)


def _once_each(speakers: list[Speaker], shown: dict[str, str]) -> list[Speaker]:
    kept: dict[str, Speaker] = {}
    for speaker in speakers:
        key = person_key(speaker.name)
        if key in kept:
            _fill(kept[key], speaker)
        else:
            speaker.name = shown[key]
            kept[key] = speaker
    return list(kept.values())


def _fill(speaker: Speaker, other: Speaker) -> None:
    """Fields `speaker` lacks taken from `other` (first non-empty wins)."""
    speaker.affiliation = speaker.affiliation or other.affiliation
    speaker.role = speaker.role or other.role
    speaker.bio = speaker.bio or other.bio
    for key, value in other.extra.items():
        speaker.extra.setdefault(key, value)


def _all_speakers(programmes: list[Programme]) -> list[Speaker]:
    return [
        speaker
        for programme in programmes
        for session in programme.sessions
        for talk in session.talks
        for speaker in talk.speakers
    ]
