"""The node schema that ingest/ writes and assistant/ reads back: node ids, list fields, and the
metadata a reader needs instead of parsing a node's text.

Node ids: `session:<session id>`, `talk:<talk id>`, `abstract:<talk id>[:<chunk>]` (a chunk number
only when the abstract was split), `bio:<speaker key slug>`, `doc:<title slug>-<path hash>:<chunk>`.
List fields (speakers, affiliations, talk ids) are joined with LIST_SEP in metadata, because Chroma
metadata values are scalars.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from ingest.text import person_key, slugify

LIST_SEP = "; "
# Metadata keys read back by the assistant (beside the record fields session, talk, speakers…):
DESCRIPTION = "description"  # a session's description, as written
SESSION_NUMBER = "session_number"  # "Session 3" → 3, when the programme numbers its sessions
BIO = "bio"  # a speaker's own bio text, when the programme gives one
TALK_LINE_PREFIX = "Intervient dans"  # the bio node's line per talk (not part of the bio)
# Talk and abstract nodes: the talk's own room, track, language, subtitle, when the file gives them:
TALK_ROOM = "talk_room"
TALK_TRACK = "talk_track"
TALK_LANGUAGE = "talk_language"
TALK_SUBTITLE = "talk_subtitle"
TIME_ZONE = "time_zone"  # every programme node: the file's IANA time zone, when it names one
SPEAKER_KEY = "speaker_key"  # bio nodes: the folded key that identifies one person (see person_key)


def session_id(session: str) -> str:
    return f"session:{session}"


def talk_id(talk: str) -> str:
    return f"talk:{talk}"


def abstract_id(talk: str, chunk: int | None = None) -> str:
    return f"abstract:{talk}" + (f":{chunk}" if chunk is not None else "")


def bio_id(name: str) -> str:
    """One id per person, whatever the spelling: 'Florent PELLET' and 'Dr Florent Pellet' share
    'bio:florent-pellet'."""
    key = person_key(name)
    if key.isascii():
        return f"bio:{slugify(key)}"
    # Letters a slug drops ('李明', 'Søren'): a hash keeps two such people apart.
    return f"bio:{slugify(key)}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"


def join_list(items: Iterable[str]) -> str:
    return LIST_SEP.join(items)


def split_list(value: Any) -> list[str]:
    """A joined list field back as a list (empty items kept: affiliations align with speakers)."""
    text = str(value or "")
    return text.split(LIST_SEP) if text else []
