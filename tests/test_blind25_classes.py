"""The classes of the twenty-fifth blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seminar) in other words; no blind25 question is
here. 7: a talk's title asked as "the name of X's talk", "X's talk title", « l'intitulé complet
de son intervention »; 4: which talk suits the asker "best" (« le plus adapté »), found through
a speaker's card or a title; 3: a speaker's role checked as one speaks (« il est ingénieur ? »,
« c'est une élue ? », « il sort d'où ? », "where does X teach?"); 1: the room of a session picked
out by its date or subject, and joining from afar. And one the dev questions showed: "what does
X's abstract say?" was refused as not theirs."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant
from assistant.intents import intent
from assistant.planner import asks_for_me

# --- 7: a talk's title, in the words people use -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("whats the name of jeanne dupont's talk, word for word?", "Relocaliser la filière lin"),
        ("what's marc olivier's talk title precisely?", "Ateliers partagés en milieu rural"),
        ("Paul Martin's talk title?", "Les aides régionales à la relocalisation"),
        ("quel est l'intitulé complet de l'intervention de Jeanne Dupont ?",
         "Relocaliser la filière lin"),
        ("le titre exact de l'exposé de Marc Olivier ?", "Ateliers partagés en milieu rural"),
    ],
)  # fmt: skip
def test_7_the_title_of_a_speakers_talk(textiles7: Assistant, question: str, title: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and title in answer.answer, answer.answer
    assert any(c.startswith("talk:") for c in cited(answer)), answer.answer
    assert "not provided" not in answer.answer and "pas été fourni" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "whats the name of jeanne dupont's talk, word for word?",
        "Marc Olivier's talk title?",
        "le titre complet de l'intervention de Jeanne Dupont",
    ],
)
def test_7_read_as_a_speaker_question(question: str) -> None:
    assert intent(question) == "speaker"


@pytest.mark.parametrize(
    "question",
    [
        "name of the talk about rural workshops?",  # its subject, not a speaker, names it
        "what is the talk title about regional aid?",
        "what's the name of the speaker of the flax talk?",
        "what is the name of the session?",
        "What does Jeanne Dupont say about her talk's title?",
    ],
)
def test_7_not_a_speakers_title(question: str) -> None:
    assert intent(question) != "speaker"


def test_7_a_title_by_its_subject_still_finds_the_talk(textiles7: Assistant) -> None:
    answer = textiles7.ask("name of the talk about rural workshops?")
    assert "Ateliers partagés en milieu rural" in answer.answer, answer.answer
    assert cited(answer) == ["talk:ateliers"], answer.answer


# --- 4: the talk that suits the asker best ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        ("je gère un fablab, quel exposé est le plus adapté pour moi ?", "talk:ateliers"),
        ("I run a fablab, which talk would suit me best?", "talk:ateliers"),
        ("I'm a designer, which talk fits me best?", "talk:ateliers"),
        ("I run a fablab, which talk is for me?", "talk:ateliers"),  # as before
    ],
)
def test_4_the_talk_that_suits_best(textiles7: Assistant, question: str, talk: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer) == [talk], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "I play football, which talk fits me best?",
        "I'm a student, which talk is for me?",
        # (the review's) one word of a speaker's line, and more of the asker's situation
        # elsewhere, or the word is where they are
        "I'm a medical student at Lille, which talk is for me?",
        "I'm a doctor in medicine, which talk fits me best?",
    ],
)
def test_4_a_situation_no_text_holds_is_refused(textiles7: Assistant, question: str) -> None:
    assert textiles7.ask(question).refused


def test_4_fits_asks_no_things() -> None:
    from assistant.policy import asks_specifics

    assert asks_for_me("I'm a designer, which talk fits me best?")
    assert not asks_specifics("I'm a designer, which talk fits me best?")
    assert asks_specifics("which fibres does she name?")


# --- 3: a role checked as one speaks -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("Marc Olivier il sort d'où ?", "bio:marc-olivier"),
        ("Marc Olivier il vient d'où ? c'est un ingé ?", "bio:marc-olivier"),
        ("Jeanne Dupont elle bosse où ? elle est designer ?", "bio:jeanne-dupont"),
        ("Sophie Renard c'est une élue ?", "bio:sophie-renard"),
        ("Marc Olivier il est ingénieur ?", "bio:marc-olivier"),
        ("where does Paul Martin research? is he a geographer?", "bio:paul-martin"),
        ("Paul Martin enseigne où ?", "bio:paul-martin"),
    ],
)
def test_3_the_card_answers(textiles7: Assistant, question: str, card: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cards(answer)[:1] == [card], answer.answer
    assert "pas été fourni" not in answer.answer and "not provided" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "le lin c'est une fibre ?",  # no speaker
        "Jeanne Dupont bosse sur quel projet ?",
        "where does the session take place?",
        # (the review's) a speaker named as the topic, not as who is checked; how they are,
        # not their job; a thing's origin; what an example teaches; where a text says
        "Dupont, le teillage c'est un métier ?",
        "Jeanne Dupont elle est optimiste ?",
        "Et le lin, il vient d'où ?",
        "Jeanne Dupont, la relocalisation elle vient d'où ?",
        "Que nous enseigne pour Dupont l'exemple du pays de Caux ?",
    ],
)
def test_3_not_a_role_check(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not any(c.startswith("bio:") for c in cited(answer)), answer.answer


def test_3_where_a_text_says_is_not_where_they_work(textiles7: Assistant) -> None:
    question = "Where does Jeanne Dupont say research happens?"
    assert intent(question) != "speaker"
    assert textiles7.ask(question).route != "record"


# --- 1: the session's room, picked out by what it is about ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what room is the session in, the one with the 20th century mills?",
        "c'est dans quelle salle, la séance qui parle du 20e siècle ?",
        "la séance sur les filatures du Nord, elle est dans quel bâtiment ?",
        "which room is the 12 march session in?",
    ],
)
def test_1_the_room_of_a_described_session(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and cited(answer) == ["session:s7"], answer.answer
    assert "salle" in answer.answer or "room" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Is there a zoom link for the session about flax?",
        "peut-on suivre la séance à distance ?",
        "y a-t-il un lien visio pour la session ?",
    ],
)
def test_1_joining_from_afar_is_not_in_the_programme(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and answer.route == "attribute", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Où les filatures du Nord ont-elles fermé ?",  # a text's place, not a room
        "Dupont parle-t-elle de production à distance des champs ?",
    ],
)
def test_1_a_texts_place_is_not_a_room(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert "salle" not in answer.answer and answer.route != "attribute", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # (the review's) a vision, « zoom sur », access or taking part from afar in a text
        "What is Jeanne Dupont's vision for linen?",
        "Zoom sur le pays de Caux : que s'y passe-t-il ?",
        "Does the abstract zoom in on the pays de Caux?",
        "Where is there room for artisans in the session?",
    ],
)
def test_1_the_texts_still_answer(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and answer.route not in {"attribute", "record"}, answer.answer


# --- what X's abstract says ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["Que dit le résumé de Maryline Filippi ?", "What does Olivier Landau's abstract say?",
     "que dit le résumé de Filippi"],
)  # fmt: skip
def test_their_abstract_is_quoted(extractive: Assistant, question: str) -> None:
    answer = extractive.ask(question)
    assert not answer.refused and answer.citations, answer.answer
    assert all(c.startswith("abstract:") for c in cited(answer)), answer.answer


def test_their_view_of_something_else_is_still_refused(extractive: Assistant) -> None:
    assert extractive.ask("What does Landau think of 3D printing?").refused


@pytest.mark.parametrize(
    "question",
    [
        "Les habitants peuvent-ils participer à distance à la production ?",
        "Landau, Chippendale c'est un ébéniste ?",
        "Filippi, la RTE c'est un collectif ?",
    ],
)
def test_the_seminars_texts_still_answer(extractive: Assistant, question: str) -> None:
    answer = extractive.ask(question)
    assert answer.route not in {"attribute", "record"}, answer.answer
    assert not any(c.startswith("bio:") for c in cited(answer)), answer.answer
