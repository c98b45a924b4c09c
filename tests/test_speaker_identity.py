"""One person, one speaker: spellings that differ in case, accents, spacing or a leading title are
one speaker across talks and files, shown in the first ordinary spelling, never a refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.catalog import Catalog
from ingest.nodes import build_nodes
from ingest.pipeline import ingest
from ingest.records import speakers_of
from ingest.schema import bio_id
from ingest.sources import load_sources
from ingest.store import ProgrammeStore, StoreConfig
from ingest.text import display_name, person_key


def _programme(*talks: tuple[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "event": "Journées",
        "sessions": [
            {
                "id": "s1",
                "title": "Matin",
                "talks": [
                    {"title": title, "abstract": f"Résumé de {title}.", "speakers": speakers}
                    for title, speakers in talks
                ],
            }
        ],
    }


PELLET = _programme(
    ("Les réseaux de chaleur", [{"name": "Florent Pellet", "bio": "Florent étudie l’énergie."}]),
    ("Le froid urbain", [{"name": "Florent PELLET", "affiliation": "Université de Lyon"}]),
)


def _write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("spellings", "same"),
    [
        (["Florent Pellet", "Florent PELLET", "florent pellet", "Pr Florent Pellet"], True),
        (["Dr. Jeanne Dupont", "jeanne dupont", "Prof. Jeanne  Dupont", "DR JEANNE DUPONT"], True),
        (["Hélène Roux", "Helene Roux", "HÉLÈNE ROUX"], True),
        (["Jean-Pierre Élan", "Jean Pierre Elan", "jean-pierre  élan"], True),
        (["Jeanne Dupont", "Jeanne Dupond"], False),
        (["李明", "王伟"], False),
    ],
)
def test_person_key(spellings: list[str], same: bool) -> None:
    keys = {person_key(s) for s in spellings}
    assert (len(keys) == 1) is same, keys
    assert (len({bio_id(s) for s in spellings}) == 1) is same


def test_a_title_is_a_whole_leading_word() -> None:
    assert person_key("Priya Rao") == "priya rao"  # not 'Pr' + 'iya'
    assert person_key("Drew Barry") == "drew barry"
    assert person_key("M. Landau") == "m landau"  # 'M.' may be an initial: kept
    assert person_key("Pr") == "pr"  # nothing but a title: kept as the name


def test_display_name_is_the_first_ordinary_spelling() -> None:
    assert display_name(["Florent Pellet", "Florent PELLET"]) == "Florent Pellet"
    assert display_name(["Florent PELLET", "florent pellet", "Florent Pellet"]) == "Florent Pellet"
    assert display_name(["jeanne dupont", "Dr. Jeanne Dupont"]) == "Jeanne Dupont"
    assert display_name(["Ada Lo", "Ada LO"]) == "Ada Lo"
    assert display_name(["erdgeist"]) == "erdgeist"  # a handle stays as written


def test_two_spellings_in_one_file_are_one_speaker(tmp_path: Path) -> None:
    """The bug: this file was refused whole ("bio id 'bio:florent-pellet' is also defined")."""
    nodes = {n.id_: n for n in build_nodes(load_sources([_write(tmp_path, "p.json", PELLET)]))}
    bios = [n for n in nodes.values() if n.metadata["kind"] == "bio"]
    assert [b.id_ for b in bios] == ["bio:florent-pellet"]
    meta = bios[0].metadata
    assert (meta["speaker"], meta["speaker_key"]) == ("Florent Pellet", "florent pellet")
    assert meta["talk_ids"] == "s1-les-reseaux-de-chaleur; s1-le-froid-urbain"
    # Merged: the bio from one talk, the affiliation from the other.
    assert (meta["bio"], meta["affiliations"]) == (
        "Florent étudie l’énergie.",
        "Université de Lyon",
    )
    talk_speakers = {n.metadata["speakers"] for n in nodes.values() if n.metadata["kind"] == "talk"}
    assert talk_speakers == {"Florent Pellet"}


def test_the_first_ordinary_spelling_wins_whatever_the_order(tmp_path: Path) -> None:
    shouted_first = _programme(
        ("Le froid urbain", [{"name": "Florent PELLET"}]),
        ("Les réseaux de chaleur", [{"name": "Florent Pellet"}]),
    )
    sources = load_sources([_write(tmp_path, "p.json", shouted_first)])
    talks = [t for s in sources.programmes[0].sessions for t in s.talks]
    assert [t.speakers[0].name for t in talks] == ["Florent Pellet", "Florent Pellet"]


def test_one_person_across_files_with_a_title(tmp_path: Path) -> None:
    first = _programme(("Villes lentes", [{"name": "Dr. Jeanne Dupont", "role": "urbaniste"}]))
    second = _programme(("Villes rapides", [{"name": "jeanne dupont"}, {"name": "Ada Lo"}]))
    second["sessions"][0]["id"] = "s2"
    folder = tmp_path / "data"
    folder.mkdir()
    _write(folder, "a.json", first)
    _write(folder, "b.json", second)
    sources = load_sources([folder])
    assert sorted(speakers_of(sources.programmes)) == ["Ada Lo", "Jeanne Dupont"]
    nodes = {n.id_: n for n in build_nodes(sources)}
    jeanne = nodes["bio:jeanne-dupont"].metadata
    assert (jeanne["speaker"], jeanne["role"]) == ("Jeanne Dupont", "urbaniste")
    assert jeanne["talk_ids"] == "s1-villes-lentes; s2-villes-rapides"
    assert nodes["talk:s2-villes-rapides"].metadata["speakers"] == "Jeanne Dupont; Ada Lo"


def test_a_person_named_twice_in_one_talk_is_listed_once(tmp_path: Path) -> None:
    twice = _programme(("Duo", [{"name": "Ada Lo"}, {"name": "ADA LO", "affiliation": "IRI"}]))
    (talk,) = load_sources([_write(tmp_path, "p.json", twice)]).programmes[0].sessions[0].talks
    assert [(s.name, s.affiliation) for s in talk.speakers] == [("Ada Lo", "IRI")]


def test_names_without_latin_letters_stay_apart(tmp_path: Path) -> None:
    data = _programme(("Un", [{"name": "李明"}]), ("Deux", [{"name": "王伟"}]))
    nodes = build_nodes(load_sources([_write(tmp_path, "p.json", data)]))
    bios = sorted(n.metadata["speaker"] for n in nodes if n.metadata["kind"] == "bio")
    assert bios == ["李明", "王伟"]


def test_the_catalog_sees_one_speaker(tmp_path: Path, embed_model) -> None:
    """Ingested into a real store and read back as the assistant reads it."""
    store = ProgrammeStore(StoreConfig(path=tmp_path / "store"))
    report = ingest([_write(tmp_path, "p.json", PELLET)], embed_model=embed_model, store=store)
    assert (report.talks, report.speakers) == (2, 1)
    catalog = Catalog.from_store(store)
    assert list(catalog.speakers) == ["Florent Pellet"]
    assert sorted(catalog.speakers["Florent Pellet"].talk_ids) == [
        "s1-le-froid-urbain",
        "s1-les-reseaux-de-chaleur",
    ]
    assert {tuple(t.speakers) for t in catalog.talks.values()} == {("Florent Pellet",)}
    assert catalog.find_speakers("Que dit Florent PELLET ?") == ["Florent Pellet"]
