"""The plain-text programme parser, on the seed and on invented sessions in the same style."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED
from ingest.errors import BadInputError
from ingest.programme_text import looks_like_programme, parse_programme_text, parse_speakers
from ingest.records import Speaker

# An invented session in the seminar's style: other layout choices the same authors might make.
SESSION_4 = """Session 4

15 janvier 2027

17H-19H30

Session 4 – Communs numériques et savoirs ouverts

Cette session interroge les communs numériques : qui les produit, qui les maintient ?
Elle croise les points de vue de chercheurs et de praticiens.

Intervenants :

Anne Dupuis, sociologue (CNRS) – Les communs à l’épreuve du marché

Abstract : Les communs numériques reposent sur des contributions bénévoles.
Cette intervention analyse leur économie.

Paul Martin et Léa Bernard (Inria) – Logiciels libres – maintenance et financement

abstract

Jeanne Roy – Bibliothèques et tiers-lieux

Les bibliothèques deviennent des tiers-lieux.
"""


def parse(text: str, name: str = "programme.txt"):
    return parse_programme_text(text, Path(name))


def test_seed_session_fields() -> None:
    programme = parse(SEED.read_text(encoding="utf-8"), str(SEED))
    assert len(programme.sessions) == 1
    session = programme.sessions[0]
    assert session.id == "s3"
    assert session.number == 3
    assert session.title == "Nouvelles Localités industrielles et production distribuée"
    assert session.date == "18 décembre"
    assert (session.start, session.end) == ("16:30", "19:00")
    assert session.description is not None
    assert session.description.startswith("Il s’agira au cours de cette session")
    assert session.description.endswith("acteurs industriels d’un territoire ?")
    assert "Intervenants" not in session.description
    assert session.extra == {}


def test_seed_talks_and_abstracts() -> None:
    talks = parse(SEED.read_text(encoding="utf-8")).sessions[0].talks
    assert [t.title for t in talks] == [
        "L’usine distribuée",
        "Design, industrie et territoire – Intégration des designers pour tester la mise en "
        "réseau des acteurs de la filière bois autour d’outils numériques et de productions "
        "ciblées en circuit court avec une démarche d’éco-conception ?",
        "Bifurquer en Responsabilité Territoriale des Entreprises (RTE)",
        "Les programmes d’investissement industriels",
    ]
    assert [t.abstract_missing for t in talks] == [False, True, False, True]
    landau, maire, filippi, programmes = talks
    assert landau.abstract is not None
    assert landau.abstract.startswith("Au 18° siècle l’ébéniste Thomas Chippendale")
    assert landau.abstract.endswith("des technologies qui en découlent.")
    assert landau.abstract.count("\n") == 1  # two paragraphs
    assert filippi.abstract is not None
    assert filippi.abstract.startswith("Répondre aux défis des transitions")
    assert filippi.abstract.endswith("à partir des territoires.")
    assert maire.abstract is None and programmes.abstract is None
    assert len({t.id for t in talks}) == 4
    assert all(t.id.startswith("s3-") for t in talks)


def test_seed_speakers() -> None:
    talks = parse(SEED.read_text(encoding="utf-8")).sessions[0].talks
    assert [t.speakers for t in talks] == [
        [Speaker("Olivier Landau", "IRI", None)],
        [Speaker("Véronique Maire", "ESAD de Reims", "designer")],
        [
            Speaker(
                "Maryline Filippi",
                "Bordeaux Sciences Agro et INRAE",
                "spécialiste des coopératives agricoles, développement territorial et "
                "responsabilité des entreprises",
            )
        ],
        [
            Speaker(
                "Camille Etévé",
                "La Banque des Territoires",
                "responsable du programme Territoire d’industrie",
            ),
            Speaker(
                "Caroline Granier",
                "La fabrique de l’industrie",
                "docteure en sciences économiques, chargée de projet",
            ),
        ],
    ]
    assert sum(len(t.speakers) for t in talks) == 5


def test_invented_session_in_the_same_style() -> None:
    session = parse(SESSION_4).sessions[0]
    assert (session.id, session.number, session.title) == (
        "s4",
        4,
        "Communs numériques et savoirs ouverts",
    )
    assert (session.date, session.start, session.end) == ("15 janvier 2027", "17:00", "19:30")
    assert session.description is not None and session.description.count("\n") == 1
    dupuis, libres, roy = session.talks
    assert dupuis.speakers == [Speaker("Anne Dupuis", "CNRS", "sociologue")]
    assert dupuis.abstract is not None
    assert dupuis.abstract.startswith("Les communs numériques reposent")  # label removed
    assert libres.title == "Logiciels libres – maintenance et financement"
    assert libres.speakers == [Speaker("Paul Martin", "Inria"), Speaker("Léa Bernard", "Inria")]
    assert libres.abstract is None
    assert roy.speakers == [Speaker("Jeanne Roy")]
    assert roy.abstract == "Les bibliothèques deviennent des tiers-lieux."


def test_a_file_with_several_sessions() -> None:
    text = SEED.read_text(encoding="utf-8") + "\n\n" + SESSION_4
    sessions = parse(text).sessions
    assert [s.number for s in sessions] == [3, 4]
    assert [len(s.talks) for s in sessions] == [4, 3]
    assert sessions[0].talks[-1].abstract is None  # "abstract" did not swallow session 4
    assert sessions[1].date == "15 janvier 2027"


def test_windows_line_endings_and_non_breaking_spaces() -> None:
    text = SEED.read_text(encoding="utf-8").replace("\n", "\r\n").replace(" (IRI)", "\u00a0(IRI)")
    talks = parse(text).sessions[0].talks
    assert talks[0].speakers == [Speaker("Olivier Landau", "IRI")]
    assert len(talks) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A B (X) et C D, r (Y)", [Speaker("A B", "X"), Speaker("C D", "Y", "r")]),
        ("A B (X), C D (Y)", [Speaker("A B", "X"), Speaker("C D", "Y")]),
        ("A B, r1, r2 et r3 (X et Y)", [Speaker("A B", "X et Y", "r1, r2 et r3")]),
        ("A B", [Speaker("A B")]),
    ],
)
def test_speaker_lists(text: str, expected: list[Speaker]) -> None:
    assert parse_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Session 5 – \nA B (X) – T\n", "empty title"),
        ("Session 5 – Titre\nUne description.\n", "has no talks"),
        ("Session 5\n18 mai\n", "has no 'Session 5 – Title' line"),
        ("Session 5 – T\nA (X) – T1\nSession 5 – U\nB (Y) – T2\n", "appears twice"),
        ("Session 5 – T\nIntervenants :\nune phrase sans intervenant\n", "expected a talk line"),
        ("Session 5 – T\nA B (X) – \n", "no title after the dash"),
    ],
)
def test_malformed_programmes_name_the_line(text: str, message: str) -> None:
    with pytest.raises(BadInputError, match=message) as caught:
        parse(text, "prog.txt")
    assert str(caught.value).startswith("prog.txt:")


def test_free_text_is_not_a_programme() -> None:
    assert looks_like_programme(SEED.read_text(encoding="utf-8"))
    assert not looks_like_programme("Notes de séance.\nLa session a commencé en retard.")
