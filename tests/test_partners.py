"""Whom a speaker worked with (partners, collaborators) is not where they work: « Avec quels
partenaires Jeanne Dupont a-t-elle travaillé ? » got her affiliation card as an answer, because
« travaillé » read as "where does she work". It is answered when a text names partners, and
refused with what the programme does say of her when none does (invented textiles programme)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from programmes import TEXTILES, assistant_over, cited

from assistant.answer import Assistant

ASKED = [
    "Avec quels partenaires Jeanne Dupont a-t-elle travaillé ?",
    "Avec qui Jeanne Dupont a-t-elle travaillé ?",
    "Who has Jeanne Dupont worked with?",
    "With which partners did Jeanne Dupont work on the flax project?",
]
# people named by a word for a trade (« tisserands », « agricultrices »): partners too, which
# no text of hers names
TRADES = [
    "Avec quels tisserands Jeanne Dupont a-t-elle travaillé ?",
    "Avec quelles agricultrices Jeanne Dupont a-t-elle travaillé ?",
]


@pytest.mark.parametrize("question", ASKED + TRADES)
def test_partners_no_text_names_are_refused(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and answer.route == "attribute", (answer.route, answer.answer)


@pytest.mark.parametrize(
    "question", ["Où travaille Jeanne Dupont ?", "Where does Jeanne Dupont work?"]
)
def test_where_she_works_is_still_her_affiliation(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.route == "record" and "Université de Lille" in answer.answer


@pytest.fixture(scope="module")
def partnered(tmp_path_factory: pytest.TempPathFactory, embed_model) -> Assistant:
    programme: dict[str, Any] = copy.deepcopy(TEXTILES)
    talk = programme["sessions"][0]["talks"][0]
    talk["abstract"] += (" Le projet est mené en partenariat avec la Région Normandie et trois "
                         "coopératives de teillage.")  # fmt: skip
    return assistant_over(programme, Path(tmp_path_factory.mktemp("partnered")), embed_model)


@pytest.mark.parametrize("question", ASKED)
def test_partners_a_text_names_are_quoted(partnered: Assistant, question: str) -> None:
    answer = partnered.ask(question)
    assert not answer.refused and "Région Normandie" in answer.answer, answer.answer
    assert "abstract:lin" in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Avec quelles machines travaille Jeanne Dupont ?",
        "Avec quels outils travaille Jeanne Dupont ?",
        "Avec quels logiciels Jeanne Dupont travaille-t-elle ?",
        "Which talk is about working with farmers?",
    ],
)
def test_working_with_things_is_not_asking_partners(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.route != "attribute" and not answer.refused, (answer.route, answer.answer)
