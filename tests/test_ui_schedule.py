"""assistant/schedule.py: dates and times as programmes write them, the time zone, now and next."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from assistant import schedule
from assistant.catalog import Catalog
from assistant.deps import build_deps
from assistant.settings import Settings
from ingest.errors import BadInputError
from ingest.pipeline import ingest

PARIS = ZoneInfo("Europe/Paris")

# Two sessions on one day, talks with their own times, a room, an event, the records' time zone.
PROGRAMME = {
    "event": "Journées des ateliers",
    "sessions": [
        {
            "id": "matin",
            "title": "Ateliers du matin",
            "date": "2026-06-24",
            "start": "09:00",
            "end": "10:30",
            "room": "A",
            "timezone": "Europe/Paris",
            "talks": [
                {"id": "fours", "title": "Les fours partagés", "start": "09:00", "end": "09:45",
                 "abstract": "Les fours partagés servent à plusieurs ateliers du quartier.",
                 "speakers": [{"name": "Ada Lo", "affiliation": "IRI"}]},
                {"id": "bois", "title": "Le bois local", "start": "09:45", "end": "10:30",
                 "abstract": "Le bois local vient des forêts voisines.",
                 "speakers": [{"name": "Noé Ferrand", "affiliation": "ONF"}]},
            ],
        },
        {
            "id": "soir",
            "title": "Ateliers du soir (FAB)",
            "date": "24 juin 2026",
            "start": "17h",
            "end": "18h30",
            "room": "B",
            "talks": [
                {"id": "fab", "title": "Les laboratoires de fabrication (FAB)", "start": "17:00",
                 "end": "18:30", "abstract": "Les FAB prêtent des machines.",
                 "speakers": [{"name": "Lina Moreau", "role": "designer"}]},
            ],
        },
    ],
}  # fmt: skip


def write_programme(folder: Path) -> Path:
    path = folder / "ateliers.json"
    path.write_text(json.dumps(PROGRAMME, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ateliers(tmp_path_factory: pytest.TempPathFactory, embed_model: Any) -> Catalog:
    folder = tmp_path_factory.mktemp("ateliers")
    deps = build_deps(Settings.resolve(env={}, store=str(folder / "store"), llm="extractive"))
    ingest([write_programme(folder)], embed_model=embed_model, store=deps.store)
    return Catalog.from_store(deps.store)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-18", date(2026, 12, 18)),
        ("18 décembre", date(2031, 12, 18)),  # no year: the year given
        ("jeudi 18 décembre 2025", date(2025, 12, 18)),
        ("1er mars", date(2031, 3, 1)),
        ("18 December 2026", date(2026, 12, 18)),
        ("December 18, 2026", date(2026, 12, 18)),
        ("31 février", None),
        ("bientôt", None),
    ],
)
def test_dates_as_programmes_write_them(text: str, expected: date | None) -> None:
    assert schedule.parse_date(text, 2031) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("16:30", time(16, 30)), ("16H30", time(16, 30)), ("19h", time(19)), ("4:30 pm", time(16, 30)),
     ("16:30:00+01:00", time(16, 30)), ("25:00", None), ("soir", None)],
)  # fmt: skip
def test_times_as_programmes_write_them(text: str, expected: time | None) -> None:
    assert schedule.parse_time(text) == expected


def test_an_iso_datetime_keeps_its_own_offset() -> None:
    found = schedule.moment("2026-06-24", "2026-06-24T10:00:00-04:00", PARIS, 2026)
    assert found == datetime(2026, 6, 24, 14, 0, tzinfo=ZoneInfo("UTC"))


def test_time_zone_records_then_setting_then_paris(ateliers: Catalog, seed_store: Path) -> None:
    assert str(schedule.time_zone(ateliers, {schedule.TIMEZONE_ENV: "Asia/Tokyo"})) == (
        "Europe/Paris"
    )  # the records win
    seed = Catalog.from_store(build_deps(Settings.resolve(env={}, store=str(seed_store))).store)
    tokyo = schedule.time_zone(seed, {schedule.TIMEZONE_ENV: "Asia/Tokyo"})
    assert str(tokyo) == "Asia/Tokyo"
    assert str(schedule.time_zone(seed, {})) == schedule.DEFAULT_TIMEZONE
    with pytest.raises(BadInputError, match="SESSION_ASSISTANT_TIMEZONE: unknown time zone"):
        schedule.time_zone(seed, {schedule.TIMEZONE_ENV: "Mars/Olympus"})


def test_now_and_next_across_talks_and_sessions(ateliers: Catalog) -> None:
    slots = schedule.slots(ateliers, PARIS, 2026)
    assert [s.id for s in slots] == ["matin", "fours", "bois", "soir", "fab"]
    assert slots[0].room == "A" and slots[-1].room == "B"
    during = schedule.now_next(slots, datetime(2026, 6, 24, 9, 50, tzinfo=PARIS))
    assert during.talk_now and during.talk_now.id == "bois"
    assert during.talk_next and during.talk_next.id == "fab"
    assert during.session_now and during.session_now.id == "matin"
    between = schedule.now_next(slots, datetime(2026, 6, 24, 12, 0, tzinfo=PARIS))
    assert between.talk_now is None and between.session_now is None
    assert between.session_next and between.session_next.id == "soir"
    utc = datetime(2026, 6, 24, 15, 10, tzinfo=ZoneInfo("UTC"))  # 17:10 in Paris
    assert schedule.now_next(slots, utc).talk_now.id == "fab"  # type: ignore[union-attr]


def test_session_to_show_is_the_current_then_next_then_latest(ateliers: Catalog) -> None:
    slots = schedule.slots(ateliers, PARIS, 2026)

    def at(hour: int, day: int = 24) -> str | None:
        return schedule.session_to_show(ateliers, slots, datetime(2026, 6, day, hour, tzinfo=PARIS))

    assert at(7) == "matin"
    assert at(10) == "matin"
    assert at(12) == "soir"
    assert at(10, day=30) == "soir"  # all over: the latest


def test_human_dates_in_both_languages() -> None:
    assert schedule.human_date(date(2026, 11, 28), "fr") == "samedi 28 novembre 2026"
    assert schedule.human_date(date(2026, 11, 28), "en") == "Saturday 28 November 2026"
    stamp = "2026-11-28T04:50:48+00:00"
    assert schedule.human_moment(stamp, PARIS, "fr") == "samedi 28 novembre 2026 à 5 h 50"
    assert schedule.human_moment(stamp, PARIS, "en") == "Saturday 28 November 2026 at 05:50"
    assert schedule.human_moment("?", PARIS, "fr") is None
    assert schedule.date_words("18 décembre", "en") == "18 December"  # no guessed weekday
    assert schedule.date_words("2026-12-18", "fr") == "vendredi 18 décembre 2026"
    assert schedule.date_words("le jour J", "fr") == "le jour J"
