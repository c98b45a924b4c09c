"""The classes of the thirtieth blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture in other words; no blind30 question is here. 2: a thing
asked inside a talk named by its subject (« quel secteur est mis en avant dans la présentation
sur … ? ») answered with the talk whose title matches, or, through « mis en avant », with the
talk before it. 4: the talks whose title holds a word ("which talk titles contain the word
rural?") answered with sentences of the texts, every talk, or a refusal; « quels sont les
intitulés des interventions ? » refused. 5: a detail of a speaker's organisation the programme
does not give (its acronym written out, its lab, team or department) answered with the card.
Found on the way: « l'avant-dernière intervention », "second to last" read as the last."""

from __future__ import annotations

import re

import pytest
from programmes import cards, cited

from assistant.answer import Assistant

# --- 2: a thing asked inside a talk named by its subject --------------------------------------

TITLE_LOOKUP = "L’intervention dont le titre correspond le mieux"


@pytest.mark.parametrize(
    "question",
    [
        "Quel secteur est mis en avant dans la présentation sur la relocalisation du lin ?",
        "Quels acteurs sont mis en avant dans l'exposé sur la filière lin ?",
        "Dans la présentation sur les ateliers partagés, quel public est visé ?",
        "Dans l'exposé sur les aides régionales, quel secteur est concerné ?",
    ],
)
def test_2_a_thing_asked_inside_a_talk_is_not_which_talk(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.answer.startswith((TITLE_LOOKUP, "Avant")), answer.answer
    assert "première intervention" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    ["Quel exposé porte sur la filière lin ?", "Y a-t-il une intervention sur le lin ?"],
)
def test_2_which_talk_on_a_subject_is_still_the_title_lookup(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.answer.startswith(TITLE_LOOKUP), answer.answer
    assert cited(answer) == ["talk:lin"], answer.answer


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        # the review's: the talk named by its subject is still asked for
        ("Quel est le titre de l'intervention sur le lin ?", "talk:lin"),
        ("Can you point me to the talk on regional aid?", "talk:aides"),
        ("In the talk on shared workshops, who is the speaker?", "talk:ateliers"),
    ],
)
def test_2_the_talk_on_a_subject_asked_for(textiles7: Assistant, question: str, talk: str) -> None:
    answer = textiles7.ask(question)
    assert talk in cited(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("Quels acteurs sont mis en avant dans l'exposé sur la filière lin ?", ["lin"]),
        ("Dans la présentation sur les ateliers partagés, quel public est visé ?", ["ateliers"]),
        ("Selon l'intervention consacrée aux aides régionales, qui est concerné ?", ["aides"]),
        # a subject no title writes, several do as much, or one word only: no talk read in
        ("Dans l'exposé sur le coton, quel public est visé ?", []),
        ("Dans l'exposé sur le milieu, quel public est visé ?", []),
        ("Dans l'exposé sur la relocalisation, quel public est visé ?", []),
        ("Quel exposé porte sur la filière lin ?", []),
    ],
)
def test_2_the_talk_read_in(textiles7: Assistant, question: str, read: list[str]) -> None:
    from assistant.titles import read_in

    assert read_in(question, textiles7.catalog()) == read


def test_2_a_thing_asked_inside_a_talk_is_read_in_its_abstract(textiles7: Assistant) -> None:
    answer = textiles7.ask("Quels acteurs sont mis en avant dans l'exposé sur la filière lin ?")
    assert cited(answer) == ["abstract:lin"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Dans la présentation sur les ateliers partagés, quel public est visé ?",
        "Dans l'exposé sur les aides régionales, quel secteur est concerné ?",
    ],
)
def test_2_a_thing_asked_inside_a_talk_with_no_abstract_is_not_given(
    textiles7: Assistant, question: str
) -> None:
    # the session's text is not the talk's: "the programme does not say", the abstract missing
    answer = textiles7.ask(question)
    assert answer.refused and "session:s7" not in cited(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        # controls: what the talk is about, who gives it
        ("Dans l'exposé sur les aides régionales, de quoi est-il question ?", "talk:aides"),
        ("Dans l'exposé sur les aides régionales, qui intervient ?", "talk:aides"),
    ],
)
def test_2_what_a_talk_read_in_is_and_who_gives_it(
    textiles7: Assistant, question: str, talk: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer) == [talk], answer.answer


def test_2_put_forward_is_not_before(textiles7: Assistant) -> None:
    from assistant.planner import index_of, plan

    index = index_of(textiles7.catalog())
    assert not plan("Quel secteur est mis en avant dans son exposé ?", index).asked("before")
    assert plan("Quelle intervention vient avant la sienne ?", index).asked("before")


# --- found on the way: the place before the last -------------------------------------------


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        ("Quelle est l'avant-dernière intervention ?", "talk:ateliers"),
        ("Qui parle en avant-dernier ?", "talk:ateliers"),
        ("Which is the second-to-last talk?", "talk:ateliers"),
        ("Who speaks next to last?", "talk:ateliers"),
        ("Quelle est la pénultième intervention ?", "talk:ateliers"),
        # controls: the last is the last
        ("Qui parle en dernier ?", "talk:aides"),
        ("Which talk is last?", "talk:aides"),
    ],
)
def test_the_place_before_the_last(textiles7: Assistant, question: str, talk: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == [talk], answer.answer


def test_how_long_it_lasts_is_still_a_duration(textiles7: Assistant) -> None:
    answer = textiles7.ask("How long is it going to last?")
    assert "2 h 30" in answer.answer, answer.answer


# --- 4: the talks whose title holds a word --------------------------------------------------


@pytest.mark.parametrize(
    ("question", "talks"),
    [
        ("Quels titres d'interventions mentionnent la relocalisation ?",
         ["talk:lin", "talk:aides"]),
        ("Quels titres d'interventions contiennent le mot « rural » ?", ["talk:ateliers"]),
        ("Among the talk names, which ones contain the word rural?", ["talk:ateliers"]),
        ("Which of the talk names include the word workshops (ateliers)?", ["talk:ateliers"]),
        ("Quelles interventions ont le mot « ateliers » dans leur intitulé ?", ["talk:ateliers"]),
        ("Name the talks whose title includes the word relocalisation.",
         ["talk:lin", "talk:aides"]),
        ('Which talk titles contain the word "aides"?', ["talk:aides"]),
        # a phrase: all of its words
        ("Quels titres contiennent « filière lin » ?", ["talk:lin"]),
    ],
)  # fmt: skip
def test_4_the_talks_whose_title_holds_a_word(
    textiles7: Assistant, question: str, talks: list[str]
) -> None:
    answer = textiles7.ask(question)
    assert answer.answer.startswith(("Les interventions dont le titre", "The talks whose title"))
    assert cited(answer) == talks, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # no title writes it: no list of titles that would say none does (the texts are read)
        "Which title has the word machines?",
        # not a word looked for in the titles
        "What does Dupont's title say about flax?",
        "Which talk is about flax?",
        # the review's: titles without the word, with one or another, one speaker's title, a
        # session's title, a word no title writes but one comes near
        "Which titles don't contain the word relocalisation?",
        "Quels titres ne contiennent pas le mot relocalisation ?",
        'Which titles contain the word "rural" but not "ateliers"?',
        "Which titles contain 'rural' or 'lin'?",
        'Does Marc Olivier\'s title contain the word "lin"?',
        'Which session titles contain the word "textiles"?',
        "Which titles contain the word mile?",
    ],
)
def test_4_no_title_list_where_none_holds_the_word(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.answer.startswith(("Les interventions dont", "The talks whose")), (
        answer.answer
    )


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Quels titres d'interventions contiennent le mot « rural » ?", ["rural"]),
        ("Which talk titles contain the word industry (industrie / industriels)?",
         ["industry", "industrie", "industriels"]),
        ("Quels titres d'interventions mentionnent le territoire ?", ["territoire"]),
        ("Which titles mention 'flax' here?", ["flax"]),
        ("Quels titres contiennent « filière lin » ?", ["filière lin"]),
    ],
)  # fmt: skip
def test_4_the_word_asked(question: str, asked: list[str]) -> None:
    from assistant.titles import word_asked

    assert word_asked(question) == asked


@pytest.mark.parametrize(
    "question",
    [
        "Quels sont les intitulés des interventions ?",
        "Quels sont les titres des interventions ?",
        "What are the titles of the talks?",
    ],
)
def test_4_the_titles_of_the_talks_are_the_list(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ["talk:lin", "talk:ateliers", "talk:aides"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # the review's: the titles of some talks are not the list of all
        "What are the titles of the talks by Paul Martin?",
        "Quels sont les titres des interventions de Jeanne Dupont ?",
    ],
)
def test_4_the_titles_of_some_talks_are_not_the_list(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) != ["talk:lin", "talk:ateliers", "talk:aides"], answer.answer


# --- 5: a detail of a speaker's organisation the programme does not give --------------------


@pytest.mark.parametrize(
    "question",
    [
        "Paul Martin's affiliation is just CNRS - what's the complete name of that organisation?",
        "What's the full name of CNRS?",
        "Quel est le nom complet de cet organisme, le CNRS ?",
        # the acronym is on his card, not in the question
        "On Paul Martin's line the organisation is only given as initials: what are they short "
        "for, written out?",
        "Spell out the organisation abbreviated next to Paul Martin.",
    ],
)
def test_5_an_acronym_written_out_is_not_given(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and "CNRS" in answer.answer, answer.answer
    assert cards(answer) == ["bio:paul-martin"], answer.answer


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("Which research unit within the CNRS does Paul Martin belong to?", "bio:paul-martin"),
        ("Which laboratory of the CNRS is Paul Martin attached to?", "bio:paul-martin"),
        ("Dans quel laboratoire du CNRS travaille Paul Martin ?", "bio:paul-martin"),
        # her abstract's « un laboratoire de la relocalisation » is no lab of hers
        ("In which faculty of the Université de Lille is Jeanne Dupont based?",
         "bio:jeanne-dupont"),
        ("Which department of the Université de Lille does Jeanne Dupont belong to?",
         "bio:jeanne-dupont"),
        ("Which team at the FabLab de Rennes does Marc Olivier lead?", "bio:marc-olivier"),
        # a branch, a « direction » or a « service » is a part too (dev q1008's class)
        ("Dans quelle direction de la Région Bretagne travaille Sophie Renard ?",
         "bio:sophie-renard"),
        ("Quel service du CNRS accueille Paul Martin ?", "bio:paul-martin"),
        ("Which branch of the Région Bretagne is Sophie Renard in?", "bio:sophie-renard"),
    ],
)  # fmt: skip
def test_5_a_part_of_an_organisation_is_not_given(
    textiles7: Assistant, question: str, card: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and answer.route == "attribute", answer.answer
    assert cards(answer)[0] == card, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # a person's full name, not an acronym's
        "What's the full name of the CNRS researcher?",
        # no organisation named: which lab he is from is which organisation
        "Paul Martin, il est de quel labo ?",
        "Dans quel laboratoire travaille Paul Martin ?",
        "What is Paul Martin's affiliation?",
    ],
)
def test_5_what_the_cards_do_give_is_answered(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cards(answer)[0] == "bio:paul-martin", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # the review's: a team asked with no speaker named asks who; units that are no part of
        # an organisation
        "Which CNRS team talks about regional aid?",
        "Which units of production does Dupont describe?",
    ],
)
def test_5_a_team_of_no_named_speaker_is_not_refused(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.route != "attribute", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # the review's: the acronym itself, and spelling out a name or a title, are no expansion
        # of the organisation's
        "Quel est le sigle de l'organisme de Paul Martin ?",
        "Can you spell out Paul Martin's name?",
        "Is there an abbreviation in Paul Martin's talk title?",
    ],
)
def test_5_no_expansion_of_the_card_unasked(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert "CNRS stands for" not in answer.answer and "signifie CNRS" not in answer.answer


def test_5_an_acronym_of_a_title_is_not_the_organisations(extractive: Assistant) -> None:
    answer = extractive.ask("What's the abbreviation in Filippi's talk title short for?")
    assert "what INRAE stands for" not in answer.answer, answer.answer
    # a name in capitals is no acronym
    answer = extractive.ask("What is the full name of LANDAU?")
    assert "stands for" not in answer.answer, answer.answer


def test_5_an_acronym_written_out_after_it() -> None:
    from assistant.intents import _EXPANSION_AFTER, initials_match

    card = "Sam Patel, ingénieur, RTE (Réseau de transport d’électricité)"
    found = re.search(_EXPANSION_AFTER.format(acronym="RTE"), card)
    assert found and initials_match(found.group(1), "RTE") == "Réseau de transport d’électricité"


def test_5_a_lab_a_card_names_is_no_missing_part() -> None:
    from assistant.policy import unit_missing

    asked = "Which laboratory of the CNRS is Paul Martin attached to?"
    assert unit_missing(asked, "Paul Martin, chercheur (CNRS)", ["CNRS"])
    assert not unit_missing(asked, "Paul Martin, chercheur au laboratoire LISST (CNRS)", ["CNRS"])
    assert not unit_missing("Which talk is given by a team of two?", "Paul Martin (CNRS)", ["CNRS"])
    assert not unit_missing("Which lab is Paul Martin from?", "Paul Martin (CNRS)", ["CNRS"])
    # a unit one of their texts names: « équipe du laboratoire LISST » (not « un laboratoire de
    # la relocalisation »)
    asked = "Quelle équipe du CNRS dirige Paul Martin ?"
    assert not unit_missing(asked, "Notre équipe du laboratoire LISST étudie dix usines.", ["CNRS"])
    assert unit_missing(asked, "La filière devient un laboratoire de la relocalisation.", ["CNRS"])


# --- whether a named text mentions a term (dev q977's class, a control of blind30's class 1) ---


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Does Dupont's abstract mention «teillage»?", True),
        ("Le résumé de Jeanne Dupont évoque-t-il « teillage » ?", True),
        # another speaker's text named: who writes it is listed, with no "yes"
        ("Does Marc Olivier's abstract mention «teillage»?", False),
        # not a check of one text
        ("Who mentions «teillage»?", False),
    ],
)
def test_a_named_text_that_mentions_the_term_is_yes(
    textiles7: Assistant, question: str, yes: bool
) -> None:
    answer = textiles7.ask(question)
    assert answer.answer.startswith(("Yes.", "Oui.")) is yes, answer.answer
