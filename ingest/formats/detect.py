"""Which programme a .json file holds, told by its content: our own schema, a pretalx / frab /
c3voc schedule.json, or a Sessionize "All" export. Anything else is refused in one line that says
what each would look like."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ingest.errors import BadInputError
from ingest.formats.schedule_json import looks_like_schedule_json, parse_schedule_json
from ingest.formats.sessionize import looks_like_sessionize, parse_sessionize
from ingest.records import Programme
from ingest.structured import programme_from_dict

UNKNOWN_JSON = (
    "not a programme this tool reads: expected this project's schema (an object with a "
    "'sessions' list of talks), a pretalx/frab schedule.json (a 'schedule' object with a "
    "'conference'), or a Sessionize 'All' export ('sessions', 'speakers' and 'rooms')"
)


def parse_json_programme(text: str, source: Path) -> Programme:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInputError(f"{source}:{exc.lineno}: malformed JSON: {exc.msg}") from None
    return programme_from_json(data, source)


def programme_from_json(data: Any, source: Path) -> Programme:
    if looks_like_schedule_json(data):
        return parse_schedule_json(data, source)
    if looks_like_sessionize(data):
        return parse_sessionize(data, source)
    if isinstance(data, dict) and "sessions" in data:
        return programme_from_dict(data, source)
    raise BadInputError(f"{source}: {UNKNOWN_JSON}")
