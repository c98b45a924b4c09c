"""Schedule formats events publish: frab/Pentabarf schedule.xml, pretalx/frab schedule.json,
Sessionize "All" JSON and iCalendar, each from a small invented file written after the format's
documentation, plus the real 31C3 export when ../shared/corpora has it."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from ingest.errors import BadInputError
from ingest.formats.detect import UNKNOWN_JSON
from ingest.nodes import build_nodes
from ingest.records import Programme, Talk
from ingest.sources import load_sources
from ingest.store import ProgrammeStore, StoreConfig, read_all
from ui.cli import main

REAL_31C3 = ROOT.parent / "shared" / "corpora" / "31c3-schedule.xml"

# frab's schedule.xml (c3voc wiki, XSD of voc/schedule), with the deviations real exports have: a
# <person> straight under the event holding two names, HTML in a CDATA description, an empty
# abstract, an event without id, times with and without offsets, a talk after midnight.
FRAB_XML = """<?xml version='1.0' encoding='utf-8' ?>
<schedule>
  <version>0.3</version>
  <conference>
    <acronym>demo26</acronym>
    <title>Demo Conference 2026</title>
    <time_zone_name>Europe/Berlin</time_zone_name>
  </conference>
  <day index='1' date='2026-03-14' start='2026-03-14T10:00:00+01:00'
       end='2026-03-15T03:00:00+01:00'>
    <room name='Hall A'>
      <event id='101' guid='0b7e2c2a-5b7f-4a43-9f5e-3a1d2c1b0a01'>
        <date>2026-03-14T10:00:00+01:00</date>
        <start>10:00</start>
        <duration>00:45</duration>
        <room>Hall A</room>
        <title>Soldering for Everyone</title>
        <subtitle>From blinking LEDs to radios</subtitle>
        <track>Hardware &amp; Making</track>
        <type>lecture</type>
        <language>en</language>
        <abstract>A first circuit in forty minutes.</abstract>
        <description><![CDATA[<p>We build a <b>radio</b> kit.</p><script>alert(1)</script>
          <ul><li>irons</li><li>solder</li></ul>]]></description>
        <persons>
          <person id='7'>Mara Lind</person>
          <person id='8'>Dr. Tom Berg</person>
        </persons>
      </event>
      <event>
        <start>11:00</start>
        <duration>01:00</duration>
        <title>Lightning Talks</title>
        <language>de</language>
        <abstract></abstract>
        <description>   </description>
        <person>Ada Lo, Bo Ek</person>
      </event>
      <event id='103'>
        <start>01:00</start>
        <duration>00:30</duration>
        <title>Night Session</title>
        <abstract>Late.</abstract>
        <description>Late. And longer.</description>
        <persons><person>tom berg</person></persons>
      </event>
    </room>
    <room name='Hall B'>
      <event id='104'>
        <date>2026-03-14T12:00:00Z</date>
        <duration>00:30</duration>
        <title>UTC Talk</title>
        <abstract>In UTC.</abstract>
        <persons></persons>
      </event>
    </room>
  </day>
  <day index='2' date='2026-03-15'>
    <room name='Hall A'>
      <event id='201'>
        <start>09:30</start>
        <duration>00:30</duration>
        <title>Closing</title>
        <abstract>Bye.</abstract>
        <persons><person>Mara Lind</person></persons>
      </event>
    </room>
  </day>
</schedule>
"""

# pretalx's schedule.json (c3voc schema.json): persons with code, name/public_name and biography.
SCHEDULE_JSON = {
    "$schema": "https://c3voc.de/schedule/schema.json",
    "generator": {"name": "pretalx", "version": "2025.1.0"},
    "schedule": {
        "version": "1.0",
        "base_url": "https://pretalx.example.org/demo/schedule/",
        "conference": {
            "acronym": "pxdemo",
            "title": "Pretalx Demo",
            "start": "2026-06-02",
            "end": "2026-06-02",
            "daysCount": 1,
            "timeslot_duration": "00:05",
            "time_zone_name": "Europe/Paris",
            "rooms": [{"name": "Salle 1", "guid": "a"}],
            "days": [
                {
                    "index": 1,
                    "date": "2026-06-02",
                    "day_start": "2026-06-02T09:00:00+02:00",
                    "day_end": "2026-06-02T18:00:00+02:00",
                    "rooms": {
                        "Salle 1": [
                            {
                                "guid": "c0ffee00-0000-4000-8000-000000000001",
                                "id": 11,
                                "date": "2026-06-02T09:30:00+02:00",
                                "start": "09:30",
                                "duration": "01:15",
                                "room": "Salle 1",
                                "slug": "pxdemo-11-fabriquer-local",
                                "url": "https://pretalx.example.org/demo/talk/ABC/",
                                "title": "Fabriquer local",
                                "subtitle": "",
                                "track": {"en": "Industry", "fr": "Industrie"},
                                "type": "Talk",
                                "language": "fr",
                                "abstract": "Les **ateliers** de quartier.",
                                "description": "",
                                "recording_license": "",
                                "do_not_record": False,
                                "persons": [
                                    {
                                        "code": "XYZ12",
                                        "name": "Hélène Roux",
                                        "public_name": "Hélène Roux",
                                        "biography": "Hélène dirige un atelier.",
                                        "answers": [],
                                    }
                                ],
                                "links": [],
                                "attachments": [],
                            }
                        ],
                        "Salle 2": [
                            {
                                "id": 12,
                                "start": "14:00",
                                "duration": "00:30",
                                "title": "Sans date complète",
                                "track": "Ateliers",
                                "language": "fr",
                                "abstract": None,
                                "persons": [{"id": 3, "public_name": "Bo Ek"}],
                            }
                        ],
                    },
                }
            ],
        },
    },
}

# Sessionize's "All" endpoint: sessions reference speakers, rooms and category items by id.
SESSIONIZE = {
    "sessions": [
        {
            "id": "501",
            "title": "Cloud on a Budget",
            "description": "Running services for less.",
            "startsAt": "2026-09-10T10:00:00",
            "endsAt": "2026-09-10T10:45:00",
            "isServiceSession": False,
            "isPlenumSession": False,
            "speakers": ["3f1c-aaaa", "9b2d-bbbb"],
            "categoryItems": [1001, 2002, 3003],
            "questionAnswers": [],
            "roomId": 77,
            "liveUrl": None,
            "recordingUrl": None,
            "status": "Accepted",
        },
        {
            "id": "502",
            "title": "Lunch",
            "description": None,
            "startsAt": "2026-09-10T12:00:00",
            "endsAt": "2026-09-10T13:00:00",
            "isServiceSession": True,
            "speakers": [],
            "categoryItems": [],
            "roomId": 77,
        },
        {
            "id": "503",
            "title": "Tests that Fail",
            "description": "",
            "startsAt": "2026-09-10T14:00:00",
            "endsAt": "2026-09-10T14:30:00",
            "isServiceSession": False,
            "speakers": ["9b2d-bbbb"],
            "categoryItems": [1002],
            "roomId": 78,
        },
    ],
    "speakers": [
        {"id": "3f1c-aaaa", "firstName": "Ines", "lastName": "Vidal", "fullName": "Ines Vidal",
         "bio": "Ines runs infrastructure.", "tagLine": "SRE at Nimbus", "sessions": [501]},
        {"id": "9b2d-bbbb", "firstName": "Omar", "lastName": "Haddad", "fullName": "",
         "bio": None, "tagLine": "", "sessions": [501, 503]},
    ],
    "questions": [],
    "categories": [
        {"id": 10, "title": "Track", "sort": 1, "type": "session",
         "items": [{"id": 1001, "name": "Cloud", "sort": 1},
                   {"id": 1002, "name": "Testing", "sort": 2}]},
        {"id": 20, "title": "Language", "sort": 2, "type": "session",
         "items": [{"id": 2002, "name": "English", "sort": 1}]},
        {"id": 30, "title": "Level", "sort": 3, "type": "session",
         "items": [{"id": 3003, "name": "Beginner", "sort": 1}]},
    ],
    "rooms": [{"id": 77, "name": "Main Stage", "sort": 1}, {"id": 78, "name": "Room 2", "sort": 2}],
}  # fmt: skip

# RFC 5545: a VTIMEZONE and three VEVENTs (a zoned one with a CHAIR attendee, a UTC one with a
# "Speaker:" line and a DURATION, a floating one with no speaker stated).
ICS = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Invented//Demo//EN",
        "X-WR-CALNAME:Journée des ateliers",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Paris",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:talk-1@example.org",
        "DTSTAMP:20260101T000000Z",
        "SUMMARY:Réparer plutôt que jeter",
        "DESCRIPTION:Un atelier de réparation\\, en pratique.",
        "DTSTART;TZID=Europe/Paris:20260512T143000",
        "DTEND;TZID=Europe/Paris:20260512T151500",
        "LOCATION:Amphi B",
        "CATEGORIES:Réemploi,Atelier",
        "ORGANIZER;CN=Service communication:mailto:com@example.org",
        "ATTENDEE;ROLE=CHAIR;CN=Lucie Marchand:mailto:lucie@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Un Public:mailto:public@example.org",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:talk-2@example.org",
        "DTSTAMP:20260101T000000Z",
        "SUMMARY:Open hardware",
        "DESCRIPTION:Speakers: Ada Lo & Bo Ek\\nWhy open designs travel.",
        "DTSTART:20260512T130000Z",
        "DURATION:PT45M",
        "LOCATION:Amphi B",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "UID:talk-3@example.org",
        "DTSTAMP:20260101T000000Z",
        "SUMMARY:Table ronde",
        "DTSTART:20260513T090000",
        "DTEND:20260513T100000",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


def _write(folder: Path, name: str, content: str | dict) -> Path:
    path = folder / name
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _load(path: Path) -> Programme:
    (programme,) = load_sources([path]).programmes
    return programme


def _talks(programme: Programme) -> dict[str, Talk]:
    return {t.title: t for s in programme.sessions for t in s.talks}


def test_frab_xml_days_rooms_and_events(tmp_path: Path) -> None:
    programme = _load(_write(tmp_path, "schedule.xml", FRAB_XML))
    assert programme.event == "Demo Conference 2026"
    assert programme.extra["time_zone"] == "Europe/Berlin"
    sessions = [(s.id, s.title, s.date, s.room, s.start, s.end) for s in programme.sessions]
    assert sessions == [
        ("demo26-2026-03-14-hall-a", "Hall A – 2026-03-14", "2026-03-14", "Hall A", "10:00",
         "01:30"),
        ("demo26-2026-03-14-hall-b", "Hall B – 2026-03-14", "2026-03-14", "Hall B", "12:00",
         "12:30"),
        ("demo26-2026-03-15-hall-a", "Hall A – 2026-03-15", "2026-03-15", "Hall A", "09:30",
         "10:00"),
    ]  # fmt: skip
    talks = _talks(programme)
    soldering = talks["Soldering for Everyone"]
    assert soldering.id == "demo26-101"
    assert (soldering.start, soldering.end) == (
        "2026-03-14T10:00:00+01:00",
        "2026-03-14T10:45:00+01:00",
    )
    assert (soldering.room, soldering.track, soldering.language, soldering.subtitle) == (
        "Hall A", "Hardware & Making", "en", "From blinking LEDs to radios")  # fmt: skip
    assert [s.name for s in soldering.speakers] == ["Mara Lind", "Tom Berg"]
    # HTML kept as text only: no tag, no script, list items on their own lines.
    assert soldering.abstract is not None
    assert soldering.abstract.startswith(
        "A first circuit in forty minutes.\n\nWe build a radio kit."
    )
    assert "<" not in soldering.abstract and "alert" not in soldering.abstract
    assert "irons\nsolder" in soldering.abstract


def test_frab_xml_deviations_real_exports_have(tmp_path: Path) -> None:
    talks = _talks(_load(_write(tmp_path, "schedule.xml", FRAB_XML)))
    lightning = talks["Lightning Talks"]
    assert lightning.abstract is None  # empty abstract and blank description: not provided
    assert lightning.id == "demo26-lightning-talks"  # no id in the file
    assert [s.name for s in lightning.speakers] == ["Ada Lo", "Bo Ek"]  # one <person>, two people
    assert lightning.start == "2026-03-14T11:00:00+01:00"  # the day's offset, from a bare clock
    night = talks["Night Session"]
    assert (night.start, night.end) == ("2026-03-15T01:00:00+01:00", "2026-03-15T01:30:00+01:00")
    assert night.abstract == "Late. And longer."  # an abstract the description repeats: once
    assert [s.name for s in night.speakers] == ["Tom Berg"]  # 'tom berg' is 'Dr. Tom Berg'
    assert talks["UTC Talk"].start == "2026-03-14T12:00:00+00:00"
    assert talks["UTC Talk"].speakers == []
    assert talks["Closing"].start == "2026-03-15T09:30:00"  # no offset in the file: none added


def test_the_real_31c3_schedule() -> None:
    if not REAL_31C3.exists():
        pytest.skip("../shared/corpora/31c3-schedule.xml is not here")
    programme = _load(REAL_31C3)
    talks = [t for s in programme.sessions for t in s.talks]
    assert programme.event == "31. Chaos Communication Congress"
    assert len(talks) == 138 and len({t.id for t in talks}) == 138
    assert len(programme.sessions) == 16  # 4 days × 4 rooms
    assert sum(t.abstract is not None for t in talks) == 135
    assert Counter(t.language for t in talks) == {"en": 113, "de": 25}
    assert {s.room for s in programme.sessions} == {"Saal 1", "Saal 2", "Saal G", "Saal 6"}
    keynote = next(t for t in talks if t.id == "31c3-6571")
    assert (keynote.title, keynote.subtitle, keynote.track) == ("31C3 Keynote", "A New Dawn", "CCC")
    assert (keynote.start, keynote.end) == (
        "2014-12-27T11:30:00+01:00",
        "2014-12-27T12:30:00+01:00",
    )
    opening = next(t for t in talks if t.id == "31c3-6561")
    assert [s.name for s in opening.speakers] == ["erdgeist", "Geraldine de Bastion"]
    assert opening.abstract is None
    # One <person> naming a group stays one speaker; two <person> spellings of one name are one.
    people = {s.name for t in talks for s in t.speakers}
    assert "Andrea Behrendt - read & delete" in people
    assert len(people) == 197
    assert all(t.start and t.end and t.room and t.track for t in talks)
    assert not any("<" in (t.abstract or "") and ">" in (t.abstract or "") for t in talks)


def test_31c3_nodes_build_without_a_refusal() -> None:
    if not REAL_31C3.exists():
        pytest.skip("../shared/corpora/31c3-schedule.xml is not here")
    nodes = build_nodes(load_sources([REAL_31C3]))
    kinds = Counter(n.metadata["kind"] for n in nodes)
    assert kinds["talk"] == 138 and kinds["session"] == 16
    talk = next(n for n in nodes if n.id_ == "talk:31c3-6571")
    assert talk.metadata["talk_room"] == "Saal 1" and talk.metadata["talk_track"] == "CCC"
    assert "Horaire : 2014-12-27 11:30–12:30" in talk.text


def test_schedule_json_from_pretalx(tmp_path: Path) -> None:
    programme = _load(_write(tmp_path, "schedule.json", SCHEDULE_JSON))
    assert (programme.event, programme.extra["time_zone"]) == ("Pretalx Demo", "Europe/Paris")
    talks = _talks(programme)
    local = talks["Fabriquer local"]
    assert (local.id, local.start, local.end) == (
        "pxdemo-11", "2026-06-02T09:30:00+02:00", "2026-06-02T10:45:00+02:00")  # fmt: skip
    assert (local.room, local.track, local.language, local.subtitle) == (
        "Salle 1", "Industry", "fr", None)  # fmt: skip
    (speaker,) = local.speakers
    assert (speaker.name, speaker.bio) == ("Hélène Roux", "Hélène dirige un atelier.")
    other = talks["Sans date complète"]
    assert (other.start, other.room, other.track, other.abstract) == (
        "2026-06-02T14:00:00+02:00", "Salle 2", "Ateliers", None)  # fmt: skip
    assert [s.name for s in other.speakers] == ["Bo Ek"]


def test_sessionize_all_export(tmp_path: Path) -> None:
    programme = _load(_write(tmp_path, "sessionize.json", SESSIONIZE))
    talks = _talks(programme)
    assert set(talks) == {"Cloud on a Budget", "Tests that Fail"}  # the lunch break is no talk
    cloud = talks["Cloud on a Budget"]
    assert (cloud.start, cloud.end, cloud.room) == (
        "2026-09-10T10:00:00", "2026-09-10T10:45:00", "Main Stage")  # fmt: skip
    assert (cloud.track, cloud.language, cloud.extra) == ("Cloud", "English", {"Level": "Beginner"})
    ines, omar = cloud.speakers
    assert (ines.name, ines.role, ines.bio) == ("Ines Vidal", "SRE at Nimbus",
                                                "Ines runs infrastructure.")  # fmt: skip
    assert omar.name == "Omar Haddad"  # no fullName: first and last names
    tests = talks["Tests that Fail"]
    assert (tests.room, tests.track, tests.abstract) == ("Room 2", "Testing", None)
    assert [s.name for s in tests.speakers] == ["Omar Haddad"]


def test_icalendar(tmp_path: Path) -> None:
    programme = _load(_write(tmp_path, "agenda.ics", ICS))
    assert (programme.event, programme.extra["time_zone"]) == (
        "Journée des ateliers",
        "Europe/Paris",
    )
    talks = _talks(programme)
    repair = talks["Réparer plutôt que jeter"]
    assert (repair.start, repair.end) == ("2026-05-12T14:30:00+02:00", "2026-05-12T15:15:00+02:00")
    assert (repair.room, repair.track, repair.abstract) == (
        "Amphi B", "Réemploi", "Un atelier de réparation, en pratique.")  # fmt: skip
    # The CHAIR attendee speaks; the organiser and the other attendee do not.
    assert [s.name for s in repair.speakers] == ["Lucie Marchand"]
    hardware = talks["Open hardware"]
    assert (hardware.start, hardware.end) == (
        "2026-05-12T13:00:00+00:00",
        "2026-05-12T13:45:00+00:00",
    )
    assert [s.name for s in hardware.speakers] == ["Ada Lo", "Bo Ek"]
    assert hardware.abstract == "Why open designs travel."  # the Speaker: line is not abstract
    round_table = talks["Table ronde"]
    assert (round_table.start, round_table.speakers, round_table.abstract) == (
        "2026-05-13T09:00:00", [], None)  # fmt: skip


def test_every_format_reaches_the_node_metadata(tmp_path: Path) -> None:
    folder = tmp_path / "formats"
    folder.mkdir()
    _write(folder, "schedule.xml", FRAB_XML)
    _write(folder, "schedule.json", SCHEDULE_JSON)
    _write(folder, "sessionize.json", SESSIONIZE)
    _write(folder, "agenda.ics", ICS)
    nodes = {n.id_: n for n in build_nodes(load_sources([folder]))}
    sources = Counter(n.metadata["source"] for n in nodes.values() if n.metadata["kind"] == "talk")
    assert sources == {"schedule.xml": 5, "schedule.json": 2, "sessionize.json": 2, "agenda.ics": 3}
    soldering = nodes["talk:demo26-101"].metadata
    assert (soldering["talk_track"], soldering["talk_language"], soldering["time_zone"]) == (
        "Hardware & Making", "en", "Europe/Berlin")  # fmt: skip
    assert soldering["talk_subtitle"] == "From blinking LEDs to radios"
    # Ada Lo and Bo Ek speak in the XML and the ICS file: one bio each, both talks listed.
    talk_ids = nodes["bio:ada-lo"].metadata["talk_ids"]
    assert talk_ids == "agenda-talk-2-example-org; demo26-lightning-talks"  # files in name order
    assert nodes["bio:helene-roux"].metadata["bio"] == "Hélène dirige un atelier."


# Bad input: one line, `file:line` for syntax, a field path for structure.
BAD: list[tuple[str, str, str | dict, str]] = [
    ("malformed XML", "bad.xml", "<schedule>\n<day date='2026-01-01'>\n</schedule>\n",
     r"bad\.xml:3: malformed XML: mismatched tag"),
    ("XML of another kind", "feed.xml", "<rss><channel/></rss>", r"root element is <rss>"),
    ("XML entity bomb", "bomb.xml",
     '<?xml version="1.0"?>\n<!DOCTYPE s [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>\n'
     "<schedule>&b;</schedule>",
     r"declares entities"),
    ("event without title", "notitle.xml",
     "<schedule><day date='2026-01-01'><room name='Saal 1'><event id='1'><title> </title>"
     "</event></room></day></schedule>",
     r"missing required field schedule\.day\[0\]\.room\[Saal 1\]\.event\[0\]\.title"),
    ("bad duration", "duration.xml",
     "<schedule><day date='2026-01-01'><room name='A'><event><title>T</title><start>10:00</start>"
     "<duration>an hour</duration></event></room></day></schedule>",
     r"schedule\.day\[0\]\.room\[A\]\.event\[0\]\.duration 'an hour' is not a duration"),
    ("JSON of no known format", "other.json", {"talks": [{"title": "x"}]}, re.escape(UNKNOWN_JSON)),
    ("person without a name", "persons.json",
     {"schedule": {"conference": {"title": "C", "days": [{"date": "2026-01-01", "rooms": {
         "Saal 1": [{"title": "T", "persons": [{"biography": "b"}]}]}}]}}},
     r"schedule\.conference\.days\[0\]\.rooms\.Saal 1\[0\]\.persons\[0\]\.public_name"),
    ("Sessionize speaker id unknown", "sz.json",
     {"sessions": [{"id": "1", "title": "T", "speakers": ["nobody"]}], "speakers": [], "rooms": []},
     r"sessions\[0\]\.speakers\[0\] 'nobody' is not the id of any entry of 'speakers'"),
    ("calendar without events", "empty.ics",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", r"the calendar has no events"),
    ("malformed calendar", "broken.ics",
     "BEGIN:VCALENDAR\nthis is not a content line\nEND:VCALENDAR\n",
     r"broken\.ics:2: malformed iCalendar"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "name", "content", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_schedule_files(
    label: str, name: str, content: str | dict, message: str, tmp_path: Path
) -> None:
    path = _write(tmp_path, name, content)
    with pytest.raises(BadInputError) as caught:
        load_sources([path])
    text = str(caught.value)
    assert "\n" not in text and text.startswith(str(path.resolve())), text
    assert re.search(message, text), text


def test_a_bad_schedule_leaves_the_store_as_it_was(
    tmp_path: Path, embed_model, capsys: pytest.CaptureFixture[str]
) -> None:
    store = ProgrammeStore(StoreConfig(path=tmp_path / "store"))
    assert main(["ingest", "--quiet", str(SEED)]) == 0
    before = sorted(read_all(store.collection()))
    bad = _write(tmp_path, "bad.xml", "<schedule>\n<day>\n")
    capsys.readouterr()
    assert main(["ingest", "--quiet", str(SEED), str(bad)]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and f"{bad.resolve()}:3: malformed XML" in lines[0], lines
    assert sorted(read_all(store.collection())) == before
