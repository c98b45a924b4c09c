"""The classes of the twenty-sixth blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seminar) in other words; no blind26 question is
here. 1: the asker's own role (« je suis modératrice : … ») read as an event role nobody holds;
2: "does X's abstract say anything about …?" refused for its filler pronoun; 3: "which talk is
for me?" with a clipped noun (« interv », « prez », « conf ») or « me concerne le plus »; 4: a
speaker's field asked as "X's specialty", « spécialiste de quoi au juste ? », « elle s'y connaît
en quoi ? »; 5: what a talk with no abstract argues, answered with the notice as if it said.
And three the dev questions showed: how two texts differ gave each one's opening only; « c'est
qui X ? » quoted X's abstract or the notice; « où a lieu la séance ? » refused uncited."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant
from assistant.chitchat import written_out
from assistant.intents import intent
from assistant.lexicon import tokens
from assistant.policy import missing_attribute
from assistant.positions import session_text_named

# --- 1: the asker's own role is not asked of the event ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "As the session's moderator, I'd like to know: which example does Dupont's abstract give?",
        "Je suis animatrice : selon le résumé de Jeanne Dupont, qui reprend la main sur la valeur "
        "ajoutée ?",
        "I'm hosting a radio show on textiles; what does Jeanne Dupont's abstract say about the "
        "farmers?",
    ],
)
def test_1_a_self_description_is_context(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and "abstract:lin" in cited(answer), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "who moderates the session?",
        "Je suis modératrice : qui anime la séance ?",
        "As a newcomer, who are the organisers?",
        "is there a moderator?",
    ],
)
def test_1_an_event_role_asked_is_still_one(question: str) -> None:
    assert missing_attribute(question, "") == "event-role"


def test_1_a_role_word_in_the_self_description_only() -> None:
    said = "En tant qu'organisatrice, je voudrais savoir : que dit le résumé de Dupont ?"
    assert missing_attribute(said, "") is None
    assert missing_attribute("as a journalist, is the session recorded?", "") == "practical"


# --- 2: "anything", "something", « quelque chose » ask no word ----------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Does Dupont's abstract say anything about factory closures?",
        "Does Dupont's abstract mention anything on government policy?",
    ],
)
def test_2_a_filler_pronoun_is_not_a_topic(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer) == ["abstract:lin"], answer.answer


def test_2_fillers_are_stop_words() -> None:
    assert tokens("anything something nothing everything quelque chose rien") == []


def test_2_an_absent_topic_is_still_refused(textiles7: Assistant) -> None:
    assert textiles7.ask("Does Dupont's abstract say anything about football?").refused


# --- 3: a talk clipped, and « me concerne le plus » ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "je gère un fablab, quelle interv me concerne le plus ?",
        "je gère un fablab, quelle prez est pour moi ?",
        "je gère un fablab, quelle intervention me concerne le plus ?",
    ],
)
def test_3_which_talk_suits_me(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer) == ["talk:ateliers"], answer.answer


def test_3_clipped_talks_are_written_out() -> None:
    assert written_out("quelle interv me concerne ?") == "quelle intervention me concerne ?"
    assert "conférence" in written_out("la conf de Dupont parle de quoi ?")
    assert written_out("which conf talk is for me?") == "which conf talk is for me?"  # English


@pytest.mark.parametrize(
    "question",
    [
        "je suis footballeur, quelle interv me concerne le plus ?",
        "I'm a medical student at Lille, which talk is for me?",
    ],
)
def test_3_a_situation_no_text_holds_is_refused(textiles7: Assistant, question: str) -> None:
    assert textiles7.ask(question).refused


# --- 4: a speaker's field, in the words people use ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("Jeanne Dupont est spécialiste de quoi au juste ?", "bio:jeanne-dupont"),
        ("what's Jeanne Dupont's specialty?", "bio:jeanne-dupont"),
        ("Jeanne Dupont, elle s'y connaît en quoi ?", "bio:jeanne-dupont"),
        ("what's Paul Martin's speciality?", "bio:paul-martin"),
        ("Paul Martin, il est spécialiste en quoi au juste ?", "bio:paul-martin"),
    ],
)
def test_4_their_card_answers(textiles7: Assistant, question: str, card: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cards(answer)[:1] == [card], answer.answer
    assert "not provided" not in answer.answer and "pas été fourni" not in answer.answer


@pytest.mark.parametrize(
    "question",
    ["le résumé parle de spécialistes de quoi ?", "what is the specialty of the region?"],
)
def test_4_not_a_speakers_field(question: str) -> None:
    assert intent(question) != "speaker"


# --- 5: what a talk with no abstract argues is not in the programme -----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What's the main message of Marc Olivier's talk?",
        "Quelle thèse Marc Olivier défend-il ?",
        "Qu'est-ce que Paul Martin cherche à démontrer ?",
        "what point is Marc Olivier making?",
    ],
)
def test_5_the_argument_of_a_talk_with_no_abstract(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer
    assert any(c.startswith("talk:") for c in cited(answer)), answer.answer
    assert "not provided" in answer.answer or "pas été fourni" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["What's Jeanne Dupont's key argument?", "Qu'est-ce que Jeanne Dupont veut démontrer ?"],
)
def test_5_an_abstract_says_its_argument(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer) == ["abstract:lin"], answer.answer


def test_5_what_a_talk_is_about_still_gives_the_notice(textiles7: Assistant) -> None:
    answer = textiles7.ask("what is Marc Olivier's talk about?")
    assert not answer.refused and cited(answer) == ["talk:ateliers"], answer.answer


# --- the dev questions' classes -----------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How does Jeanne Dupont's abstract differ from the session description?",
        "en quoi le résumé de Jeanne Dupont se distingue-t-il de l'intro de la séance ?",
    ],
)
def test_how_two_texts_differ_gives_each_ones_core(textiles7: Assistant, question: str) -> None:
    """Each text's opening, then its sentence closest to the whole text: an opening sets the
    scene (« Au 20° siècle … »), the core says what the text is about."""
    answer = textiles7.ask(question)
    assert cited(answer) == ["abstract:lin", "session:s7"], answer.answer
    assert "Au 20° siècle" in answer.answer and "teillage" in answer.answer, answer.answer
    assert "ateliers partagés recomposent" in answer.answer, answer.answer


def test_what_two_texts_share_is_still_one_pair(textiles7: Assistant) -> None:
    answer = textiles7.ask(
        "what do Jeanne Dupont's abstract and the session description have in common?"
    )
    assert cited(answer) == ["abstract:lin", "session:s7"], answer.answer
    assert "…" not in answer.answer and "closest passages" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "said", ["the session intro", "l'introduction de la séance", "the intro of the session"]
)
def test_the_session_intro_is_its_text(said: str) -> None:
    assert session_text_named(f"what does {said} say?")


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("c'est qui Marc Olivier ?", "bio:marc-olivier"),
        ("Paul Martin, qui c'est ?", "bio:paul-martin"),
        ("Jeanne Dupont c'est qui ?", "bio:jeanne-dupont"),
    ],
)
def test_who_is_x_as_one_speaks(textiles7: Assistant, question: str, card: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cards(answer)[:1] == [card], answer.answer


def test_who_speaks_of_a_thing_is_not_a_card(textiles7: Assistant) -> None:
    answer = textiles7.ask("c'est qui qui parle du lin ?")
    assert cited(answer) == ["abstract:lin"] and "Jeanne Dupont" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question", ["Où a lieu la séance ?", "la séance se passe où ?", "où se tient la séance ?"]
)
def test_where_the_seance_is(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and cited(answer) == ["session:s7"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "I host a podcast on rural life. What does Jeanne Dupont's abstract say about farmers?",
        "En tant qu'une des organisatrices je voudrais savoir ce que dit le résumé de Dupont.",
    ],
)
def test_1_a_self_description_without_a_stop(question: str) -> None:
    assert missing_attribute(question, "") is None
