"""Structured programme files: JSON, YAML and CSV, with unknown fields kept as metadata."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.errors import BadInputError
from ingest.structured import parse_csv, parse_json, parse_yaml

PROGRAMME = {
    "event": "Séminaire",
    "edition": 2027,
    "sessions": [
        {
            "id": "s9",
            "title": "Ateliers distribués",
            "date": "2027-02-01",
            "start": "16:30",
            "end": "19:00",
            "room": "Amphi A",
            "description": "Une session.",
            "stream_url": "https://example.org/live",
            "talks": [
                {
                    "id": "t1",
                    "title": "Fabriquer local",
                    "abstract": "Les ateliers franchisés.",
                    "level": "intro",
                    "speakers": [
                        {"name": "Ada Lo", "affiliation": "IRI", "role": "chercheuse",
                         "bio": "Ada étudie les ateliers.", "orcid": "0000"},
                    ],
                },
                {"title": "Sans résumé", "abstract": None, "speakers": ["Bo Ek"]},
            ],
        }
    ],
}  # fmt: skip


def test_json_fields_and_extras() -> None:
    programme = parse_json(json.dumps(PROGRAMME), Path("p.json"))
    assert programme.event == "Séminaire"
    assert programme.extra == {"edition": 2027}
    session = programme.sessions[0]
    assert (session.id, session.title, session.date, session.room) == (
        "s9",
        "Ateliers distribués",
        "2027-02-01",
        "Amphi A",
    )
    assert session.extra == {"stream_url": "https://example.org/live"}
    first, second = session.talks
    assert (first.id, first.abstract, first.extra) == ("t1", "Les ateliers franchisés.",
                                                        {"level": "intro"})  # fmt: skip
    speaker = first.speakers[0]
    assert (speaker.name, speaker.affiliation, speaker.role, speaker.bio, speaker.extra) == (
        "Ada Lo", "IRI", "chercheuse", "Ada étudie les ateliers.", {"orcid": "0000"}
    )  # fmt: skip
    assert second.abstract is None and second.id == "s9-sans-resume"
    assert second.speakers[0].name == "Bo Ek"


def test_yaml_reads_the_same_schema() -> None:
    import yaml

    programme = parse_yaml(yaml.safe_dump(PROGRAMME, allow_unicode=True), Path("p.yaml"))
    assert programme.sessions[0].talks[0].speakers[0].bio == "Ada étudie les ateliers."


def test_csv_one_row_per_talk() -> None:
    text = (
        "session,session_id,date,title,abstract,speakers,affiliations,roles,track\n"
        'Ateliers,s9,2027-02-01,Fabriquer local,"Un résumé, avec virgule.",'
        "Ada Lo; Bo Ek,IRI; INRAE,chercheuse;,Libre\n"
        "Ateliers,s9,2027-02-01,Deuxième,abstract,Cy Di,,,\n"
    )
    programme = parse_csv(text, Path("p.csv"))
    assert len(programme.sessions) == 1
    first, second = programme.sessions[0].talks
    assert first.abstract == "Un résumé, avec virgule."
    assert [(s.name, s.affiliation, s.role) for s in first.speakers] == [
        ("Ada Lo", "IRI", "chercheuse"),
        ("Bo Ek", "INRAE", None),
    ]
    assert first.extra == {"track": "Libre"}
    assert second.abstract is None  # "abstract" alone means not provided


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({}, "sessions"),
        ({"sessions": [{"talks": []}]}, "sessions[0].title"),
        ({"sessions": [{"title": "S", "talks": [{"speakers": []}]}]}, "sessions[0].talks[0].title"),
        (
            {"sessions": [{"title": "S", "talks": [{"title": "T", "speakers": [{"role": "x"}]}]}]},
            "sessions[0].talks[0].speakers[0].name",
        ),
    ],
)
def test_missing_required_field_names_its_path(data: dict, path: str) -> None:
    expected = re.escape(f"p.json: missing required field {path}") + "$"
    with pytest.raises(BadInputError, match=expected):
        parse_json(json.dumps(data), Path("p.json"))


def test_duplicate_ids_are_refused() -> None:
    talk: dict[str, object] = {"id": "t", "title": "T", "abstract": None, "speakers": []}
    data = {"sessions": [{"title": "S", "talks": [talk, talk]}]}
    with pytest.raises(BadInputError, match=r"talks\[1\]\.id 't' is used twice"):
        parse_json(json.dumps(data), Path("p.json"))
