"""The classes of the eighteenth blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture in other words; no blind18 question is here. A: a question in
chat shorthand (« c koi », « qd », « slt ») or colloquial (« ça cause de quoi ? ») is read as
written out. B: "is one of their staff speaking?" after the asker names the organisation ("I
read X's notes — …") names who is from it. C: a count of people asked with a verb (« combien à
intervenir ») and "who are they"; "which have an abstract and which don't?" gives both lists;
"who's doing the X talk?" gives its speakers. E: the session's venue asked yes / no ("is it held
at X?", « c'est à X que se tient … ? ») is what the programme does not give, whatever text names
X. F: "finally" or "ends up" in a question about an abstract's story is not its last sentence."""

from __future__ import annotations

import re

import pytest
from programmes import cards, cited

from assistant.answer import Assistant
from assistant.chitchat import kind, written_out
from assistant.planner import (
    THEIR_PEOPLE,
    _place_words,
    asks_both_kinds,
    counted,
    frame_text,
    index_of,
    plan,
)
from assistant.positions import asked_position


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("c koi le thème ?", "c'est quoi le thème ?"),
        ("qd commence la séance ?", "quand commence la séance ?"),
        ("y a qqn du CNRS ?", "y a quelqu'un du CNRS ?"),
        ("Slt, ça parle de koi ?", "salut, ça parle de quoi ?"),
        ("What's the key idea?", "What's the key idea?"),  # no shorthand: as typed
        # acronyms, names, letters and English are not shorthand
        ("Is there a talk on PR strategy?", "Is there a talk on PR strategy?"),
        ("la Citroën DS, ça existe ?", "la Citroën DS, ça existe ?"),
        ("Ban Ki-moon intervient-il ?", "Ban Ki-moon intervient-il ?"),
        ("la salle C ou la salle B ?", "la salle C ou la salle B ?"),
    ],
)
def test_a_shorthand_written_out(typed: str, meant: str) -> None:
    assert written_out(typed) == meant


@pytest.mark.parametrize("typed", ["slt", "bjr !", "Slt"])
def test_a_a_greeting_in_shorthand(typed: str) -> None:
    assert kind(typed) == "greeting"


@pytest.mark.parametrize(
    "question",
    ["slt, la séance 7 ça cause de koi en gros ?", "la séance 7, ça cause de quoi ?"],
)
def test_a_what_the_session_is_about_in_chat(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ["session:s7"] and not answer.refused, answer.answer


@pytest.mark.parametrize(
    ("question", "bio"),
    [
        ("Je connais un peu le CNRS, est-ce qu'un de leurs chercheurs prend la parole ?",
         "bio:paul-martin"),
        ("I follow the FabLab de Rennes on social media — is one of their people on stage?",
         "bio:marc-olivier"),
    ],
)  # fmt: skip
def test_b_one_of_their_people(textiles7: Assistant, question: str, bio: str) -> None:
    answer = textiles7.ask(question)
    assert cards(answer) == [bio], answer.answer


@pytest.mark.parametrize(
    "question",
    ["Is one of their talks about flax?", "Does any of its abstracts mention linen?",
     "Quel est l'un de ses arguments ?"],
)  # fmt: skip
def test_b_one_of_their_things_is_no_person(question: str) -> None:
    assert not re.search(THEIR_PEOPLE, frame_text(question))


def test_b_one_of_their_people_asked_about_something_else(textiles7: Assistant) -> None:
    # the last clause asks what one of them says about a subject: not who they are
    answer = textiles7.ask(
        "I love the CNRS's work on soils — does one of their researchers talk about erosion?"
    )
    assert cards(answer) != ["bio:paul-martin"], answer.answer


@pytest.mark.parametrize(
    "question",
    ["Ils sont combien à intervenir en tout ?", "How many are speaking?",
     "Combien de personnes interviennent ?"],
)  # fmt: skip
def test_c_a_count_of_people_asked_with_a_verb(question: str) -> None:
    assert counted(question) == "people"


@pytest.mark.parametrize(
    "question",
    ["Combien parlent de relocalisation ?", "How many are talking about flax?",
     "How many speak French?"],
)  # fmt: skip
def test_c_a_count_of_those_who_speak_of_something(question: str) -> None:
    assert counted(question) != "people"  # who speaks of it, not everyone


def test_c_counted_and_listed(textiles7: Assistant) -> None:
    answer = textiles7.ask("Ils sont combien à intervenir en tout, et c'est qui ?")
    assert "4" in answer.answer and "Paul Martin" in answer.answer, answer.answer
    assert "Jeanne Dupont" in answer.answer and "Marc Olivier" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which talks have an abstract and which ones don't?",
        "Parmi les interventions, lesquelles ont un résumé et lesquelles se limitent au titre ?",
        "Which talks have a summary, and which have only a title?",
    ],
)
def test_c_both_kinds_of_talk(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused, answer.answer
    assert cited(answer) == ["abstract:lin", "talk:ateliers", "talk:aides"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How many of the talks come with an abstract, and which ones are they?",
        "Which talks have an abstract?",
        "Which talks have no abstract?",
        "Which talks have an abstract and which speakers are not from Lille?",
        "The talk with an abstract and the others: who gives them?",
    ],
)
def test_c_one_kind_of_talk(question: str) -> None:
    assert not asks_both_kinds(question)


def test_c_who_is_doing_the_talk(textiles7: Assistant) -> None:
    answer = textiles7.ask("Who's doing the regional aid talk?")
    assert cited(answer) == ["talk:aides"] and "Sophie Renard" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Is the session held at the Université de Lille?",
        "Does the 12 March session take place in Rennes?",
        "C'est à Rennes que se tient la séance sur les filières textiles ?",
        "La séance du 12 mars, ça se passe dans quel bâtiment ?",
    ],
)
def test_e_the_venue_the_programme_does_not_give(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and cited(answer) == ["session:s7"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which talks take place in the morning?",
        "Is the session held in English?",
        "C'est à 9h30 que se tient la séance ?",
        "C'est à Jeanne Dupont de parler après Marc Olivier ?",
        "Is the session held in March?",
        "La séance a lieu à midi ?",
        "C'est au printemps que se tient la séance ?",
    ],
)
def test_e_not_a_venue(textiles7: Assistant, question: str) -> None:
    assert not plan(question, index_of(textiles7.catalog())).asked("where")


def test_e_what_takes_place_in_a_story(textiles7: Assistant) -> None:
    # the abstract's story, not the session's place
    answer = textiles7.ask("Which transformation takes place near the fields?")
    assert cited(answer) == ["abstract:lin"] and not answer.refused, answer.answer


@pytest.mark.parametrize(
    "question",
    ["C'est à Rennes que ça se passe ?", "C'est à Lille qu'a lieu la séance ?"],
)
def test_e_the_venue_asked_with_c_est(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and cited(answer) == ["session:s7"], answer.answer


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("According to Dupont's abstract, what finally happened to the flax mills?", None),
        ("D'après le résumé de Dupont, qu'est-ce qui a fini par fermer ?", None),
        ("In Dupont's abstract, what did the cooperatives end up relaunching?", None),
        ("What does Dupont's abstract finally say?", "last"),
        ("What does her abstract end up saying?", "last"),
        ("In the end, what does Dupont's abstract argue?", "last"),
        ("How does Dupont's abstract end?", "last"),
        ("What does Dupont's abstract say in the end?", "last"),
        ("Que dit finalement le résumé de Dupont ?", "last"),
    ],
)
def test_f_an_outcome_is_not_the_last_sentence(question: str, where: str | None) -> None:
    assert asked_position(question) == where


@pytest.mark.parametrize(
    ("question", "bio"),
    [
        ("Is anyone from Rennes speaking?", "bio:marc-olivier"),
        ("Are any of the speakers based in Lille by any chance?", "bio:jeanne-dupont"),
        ("J'ai grandi à Rennes, est-ce que quelqu'un de ma ville intervient ?", "bio:marc-olivier"),
        ("I grew up in Lille — is anyone from my hometown speaking?", "bio:jeanne-dupont"),
    ],
)  # fmt: skip
def test_b_a_town_only_an_affiliation_names(textiles7: Assistant, question: str, bio: str) -> None:
    # « FabLab de Rennes », « Université de Lille »: the town is a word of the organisation's name
    answer = textiles7.ask(question)
    assert cards(answer) == [bio], answer.answer


@pytest.mark.parametrize(
    "question", ["Is anyone from Paris speaking?", "Is anyone from there talking about flax?"]
)
def test_b_no_speaker_from_that_town(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not any(c.startswith("bio:") for c in cited(answer)), answer.answer


def test_b_the_town_words_of_an_affiliation() -> None:
    assert _place_words("Bordeaux Sciences Agro et INRAE") == {"bordeaux"}
    assert _place_words("Université de Lille") == {"lille"}
    assert _place_words("La Banque des Territoires") == set()
