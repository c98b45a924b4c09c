"""Property-based tests: whatever bytes a programme file holds, the parsers return records or
raise the one-line BadInputError, never another exception."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_programme_text import SESSION_4

from ingest.errors import BadInputError
from ingest.programme_text import parse_programme_text
from ingest.structured import parse_csv, parse_json, parse_yaml, programme_from_dict
from ingest.text import fold

SOURCE = Path("fuzz.txt")
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

line = st.one_of(
    st.text(max_size=80),
    st.sampled_from([
        "Session 4", "Session 4 – Titre", "Session 5 – ", "15 janvier", "17H-19H30",
        "Intervenants :", "abstract", "A B (X) – T", "A, r (X) et C (Y) – T", "(X) – T",
        "A B – ", "Abstract : texte", "Séance 2 : Titre", ") – ", "Session 04 – x",
    ]),
)  # fmt: skip
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=20,
)  # fmt: skip


def _parses_or_refuses(parse: Any, text: str) -> None:
    try:
        programme = parse(text, SOURCE)
    except BadInputError as exc:
        message = str(exc)
        assert message.startswith(str(SOURCE)) and "\n" not in message
        return
    for session in programme.sessions:
        assert session.title and session.talks
        for talk in session.talks:
            assert talk.title and talk.id
            assert all(s.name for s in talk.speakers)


@FAST
@given(st.lists(line, max_size=25))
def test_programme_text_never_crashes(lines: list[str]) -> None:
    _parses_or_refuses(parse_programme_text, "\n".join(lines))


@FAST
@given(st.integers(0, len(SESSION_4)), st.text(max_size=30))
def test_programme_text_with_damage(position: int, insert: str) -> None:
    _parses_or_refuses(parse_programme_text, SESSION_4[:position] + insert + SESSION_4[position:])


@FAST
@given(json_value)
def test_structured_data_never_crashes(data: object) -> None:
    try:
        programme_from_dict(data, SOURCE)
    except BadInputError as exc:
        assert "\n" not in str(exc)


@FAST
@given(st.dictionaries(st.sampled_from(["sessions", "event", "x"]),
                       st.lists(st.dictionaries(st.sampled_from(
                           ["title", "talks", "id", "date", "number"]), json_value, max_size=4),
                           max_size=3), max_size=3))  # fmt: skip
def test_nearly_valid_programmes(data: dict) -> None:
    _parses_or_refuses(parse_json, json.dumps(data))


@FAST
@given(st.text(max_size=300))
def test_json_and_yaml_text_never_crash(text: str) -> None:
    _parses_or_refuses(parse_json, text)
    _parses_or_refuses(parse_yaml, text)


@FAST
@given(st.lists(st.lists(st.text(max_size=15), max_size=6), max_size=6))
def test_csv_never_crashes(rows: list[list[str]]) -> None:
    header = "session,title,speakers,affiliations,abstract\n"
    body = "\n".join(",".join(json.dumps(c) for c in row) for row in rows)
    _parses_or_refuses(parse_csv, header + body)
    _parses_or_refuses(parse_csv, body)


@FAST
@given(st.text(max_size=60) | st.sampled_from(["Élodie Œuvre", "Straße ﬁ", "İstanbul", "אָב", "नि"]))
def test_fold_is_casefold_without_combining_marks(text: str) -> None:
    # fold() takes shortcuts for speed (ASCII, one regex pass); the meaning stays this one.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))
