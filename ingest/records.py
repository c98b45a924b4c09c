"""Typed records of a programme: sessions → talks → speakers, plus free documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


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
    start: str | None = None
    end: str | None = None
    room: str | None = None
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
    """Every distinct speaker by name, first mention wins for the fields it gives."""
    found: dict[str, Speaker] = {}
    for programme in programmes:
        for session in programme.sessions:
            for talk in session.talks:
                for speaker in talk.speakers:
                    found.setdefault(speaker.name, speaker)
    return found
