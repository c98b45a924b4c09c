"""Time questions answered from the records with a fixed clock (issue 11, part 3), FR and EN:
what is on now / next, at 14:35, in a room this afternoon, after a talk, and clashes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.settings import Settings
from ingest.pipeline import ingest


def _talk(tid: str, title: str, start: str, end: str, room: str, speaker: str) -> dict:
    return {
        "id": tid,
        "title": title,
        "start": f"2027-05-12T{start}:00",
        "end": f"2027-05-12T{end}:00",
        "room": room,
        "abstract": f"{title}: an invented abstract about orchards and bees.",
        "speakers": [{"name": speaker}],
    }


TALKS = [
    ("greffe", "La greffe des pommiers", "09:30", "10:15", "Salle Cerise", "Alice Roux"),
    ("ruches", "Ruches urbaines", "14:00", "14:45", "Salle Cerise", "Bruno Petit"),
    ("pollen", "Pollen counts in cities", "14:30", "15:30", "Salle Prune", "Carla Mendes"),
    ("cidre", "Le cidre de ferme", "15:00", "15:45", "Salle Cerise", "Denis Faure"),
]
PROGRAMME = {
    "sessions": [
        {
            "id": "verger",
            "title": "Vergers et abeilles",
            "date": "2027-05-12",
            "talks": [_talk(*talk) for talk in TALKS],
        }
    ]
}
# 14:35 in Paris (UTC+2 in May)
NOW = datetime(2027, 5, 12, 12, 35, tzinfo=UTC)


@pytest.fixture(scope="module")
def orchard(tmp_path_factory: pytest.TempPathFactory, embed_model) -> Assistant:
    folder = tmp_path_factory.mktemp("orchard")
    path = folder / "programme.json"
    path.write_text(json.dumps(PROGRAMME, ensure_ascii=False), encoding="utf-8")
    settings = Settings.resolve(env={}, store=str(folder / "store"), llm="extractive")
    deps = build_deps(settings, embed_model=embed_model, clock=lambda: NOW)
    ingest([Path(path)], embed_model=embed_model, store=deps.store)
    return Assistant(deps)


@pytest.mark.parametrize("question", ["What's on now?", "Qu’est-ce qui se passe en ce moment ?"])
def test_now_lists_the_talks_on_and_what_follows(orchard: Assistant, question: str) -> None:
    answer = orchard.ask(question)
    text = answer.answer
    assert "Ruches urbaines" in text and "Pollen counts in cities" in text
    assert "La greffe des pommiers" not in text  # over since 10:15
    assert text.index("Pollen counts") < text.index("Le cidre de ferme")  # cidre is next
    assert {c.source_id for c in answer.citations} >= {"talk:ruches", "talk:pollen", "talk:cidre"}


def test_next_is_the_next_start(orchard: Assistant) -> None:
    answer = orchard.ask("What's next?")
    assert "Le cidre de ferme" in answer.answer
    assert "Ruches urbaines" not in answer.answer


@pytest.mark.parametrize(
    ("question", "on", "off"),
    [
        ("What's on at 14:35?", ["Ruches urbaines", "Pollen counts"], ["Le cidre"]),
        ("Qu’y a-t-il à 15h10 ?", ["Pollen counts", "Le cidre"], ["Ruches"]),
        ("What is on at 9:45?", ["La greffe"], ["Ruches"]),
    ],
)
def test_a_clock_time_lists_what_is_on(
    orchard: Assistant, question: str, on: list[str], off: list[str]
) -> None:
    answer = orchard.ask(question)
    assert all(t in answer.answer for t in on), answer.answer
    assert not any(t in answer.answer for t in off), answer.answer


def test_nothing_on_at_a_time_is_said(orchard: Assistant) -> None:
    answer = orchard.ask("What's on at 12:00?")
    assert answer.refused
    assert "no talk" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["What's on in Salle Cerise this afternoon?", "Qu’y a-t-il en Salle Cerise cet après-midi ?"],
)
def test_a_room_this_afternoon(orchard: Assistant, question: str) -> None:
    answer = orchard.ask(question)
    assert "Ruches urbaines" in answer.answer and "Le cidre de ferme" in answer.answer
    assert "La greffe" not in answer.answer  # the morning
    assert "Pollen" not in answer.answer  # another room


def test_after_a_talk_is_the_next_in_its_room(orchard: Assistant) -> None:
    answer = orchard.ask("What's next after «Ruches urbaines»?")
    assert "Le cidre de ferme" in answer.answer
    assert "Pollen" not in answer.answer


@pytest.mark.parametrize(
    ("question", "overlap"),
    [
        ("Do «Ruches urbaines» and «Pollen counts in cities» clash?", True),
        ("« La greffe des pommiers » et « Le cidre de ferme » se chevauchent-elles ?", False),
    ],
)
def test_clashes_come_from_the_times(orchard: Assistant, question: str, overlap: bool) -> None:
    answer = orchard.ask(question)
    said_overlap = ("do not overlap" not in answer.answer) and (
        "ne se chevauchent pas" not in answer.answer
    )
    assert said_overlap is overlap, answer.answer
    assert len(answer.citations) == 2


def test_the_time_zone_setting_moves_now(orchard: Assistant) -> None:
    """The same instant read in New York (08:35) is before the first talk."""
    settings = Settings.resolve(
        env={},
        store=str(orchard.deps.settings.store_dir),
        llm="extractive",
        timezone="America/New_York",
    )
    deps = build_deps(settings, embed_model=orchard.deps.embed_model, clock=lambda: NOW)
    answer = Assistant(deps).ask("What's on now?")
    assert "La greffe des pommiers" in answer.answer  # next, at 09:30 New York time
    assert "Ruches" not in answer.answer


def test_build_deps_rejects_unknown_overrides() -> None:
    with pytest.raises(TypeError, match="unknown overrides"):
        build_deps(Settings.resolve(env={}, store="/nonexistent", llm="extractive"), model=1)


@pytest.mark.parametrize(
    "question", ["What's on this afternoon?", "Qu’y a-t-il au programme ce matin ?"]
)
def test_a_part_of_the_day(orchard: Assistant, question: str) -> None:
    answer = orchard.ask(question)
    morning = "matin" in question
    assert ("La greffe des pommiers" in answer.answer) is morning
    assert ("Ruches urbaines" in answer.answer) is not morning
