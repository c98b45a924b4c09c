"""Classes of blind14's failures (docs/eval.md), described by a helper without its questions and
met here on the invented textiles programme («Relocaliser la filière lin» by Jeanne Dupont,
with an abstract; «Ateliers partagés en milieu rural» by Marc Olivier and «Les aides
régionales à la relocalisation» by Sophie Renard and Paul Martin, without one):

A. a fact the records never give (a contact, a website, food, time for questions) asked with an
   order or time word beside it ("… after her talk", "… before the session starts");
B. a second part that points back: re-asked about what the first part found, not replacing a
   records answer of its own with quotes; nothing of it when the first part is refused;
C. French typed without accents, and a verb in another person than the text's;
D. the sentence that gives the example asked for, above those that restate the topic;
F. whether someone is with an organisation, answered by their card."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.condense import the_other
from assistant.extractive import asks_instance
from assistant.lexicon import tokens


@pytest.mark.parametrize(
    "question",
    [
        "Sophie Renard a-t-elle un compte LinkedIn ? Je voudrais la contacter après son "
        "intervention.",
        "Can I get Jeanne Dupont's phone number before the session starts?",
        "Is there an opening reception with drinks before the talks?",
        "Is lunch served after the last talk?",
        "Is there a Q&A slot after the last talk?",
        "Y a-t-il un temps d'échange avec la salle après les interventions ?",
    ],
)
def test_a_fact_the_records_never_give_is_refused_whatever_order_word_is_near(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer
    assert "programme order" not in answer.answer and "ordre du programme" not in answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What comes after the flax talk?", "Ateliers partagés en milieu rural"),
        ("Who speaks last?", "Les aides régionales à la relocalisation"),
    ],
)
def test_an_order_word_that_asks_the_order_still_does(
    textiles7: Assistant, question: str, said: str
) -> None:
    answer = textiles7.ask(question)
    assert said in answer.answer and not answer.refused


@pytest.mark.parametrize(
    ("question", "second"),
    [
        # the length of the talk the first part found: the programme gives the session's only
        ("Which talk is first, and what is its duration?", "09:30"),
        # a records answer of the second part's own stands
        ("Which talk comes first, and what is it called, this session?",
         "Filières textiles et fabrication partagée"),
        ("Who gives the first talk of the session, and when does it finish?", "12:00"),
    ],
)  # fmt: skip
def test_a_second_part_pointing_back_is_not_replaced_by_quotes(
    textiles7: Assistant, question: str, second: str
) -> None:
    answer = textiles7.ask(question)
    assert "Relocaliser la filière lin" in answer.answer and second in answer.answer
    assert "abstract:lin" not in cited(answer), answer.answer


def test_what_a_refused_first_part_points_to_is_not_there_either(textiles7: Assistant) -> None:
    answer = textiles7.ask("Y a-t-il un temps de questions-réponses ? Il dure combien de temps ?")
    assert answer.refused and "09:30" not in answer.answer


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("filiere", "filière"),
        ("chargee", "chargée"),
        ("universite", "université"),
        ("fragilites", "fragilités"),
        ("recomposent", "recomposer"),
        ("relancent", "relancer"),
        ("repensent", "repenser"),
    ],
)
def test_a_word_is_one_token_however_it_is_accented_or_conjugated(typed: str, written: str) -> None:
    assert tokens(typed) == tokens(written)


def test_short_english_words_ending_in_ent_keep_their_stem() -> None:
    # "present", "content", "current" would meet other words' stems if cut
    assert tokens("present content current") == ["present", "content", "current"]


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("La chargee de mission, elle vient d'ou ?", "Sophie Renard"),
        ("qui s'occupe de l'expose sur la filiere ?", "Jeanne Dupont"),
        ("la filière, c'est l'exposé de qui ?", "Jeanne Dupont"),
    ],
)
def test_unaccented_or_colloquial_french_finds_the_speaker(
    textiles7: Assistant, question: str, who: str
) -> None:
    answer = textiles7.ask(question)
    assert who in answer.answer and not answer.refused


def test_the_sentence_holding_the_case_asked_for_comes_first(textiles7: Assistant) -> None:
    answer = textiles7.ask("Which place does Dupont point to as proof that relocating linen works?")
    assert "pays de Caux" in answer.answer
    assert answer.answer.index("pays de Caux") < answer.answer.index("laboratoire")


def test_an_instance_is_asked_by_its_cue_words() -> None:
    assert asks_instance("Sur quel cas concret s'appuie-t-elle ?")
    assert asks_instance("Which example does she give?")
    assert not asks_instance("What does she say about flax?")


@pytest.mark.parametrize(
    ("question", "card", "own"),
    [
        ("Is Paul Martin from the Région Bretagne?", "bio:paul-martin", "CNRS"),
        ("Is Jeanne Dupont from the CNRS?", "bio:jeanne-dupont", "Université de Lille"),
        ("Is Sophie Renard with the CNRS as well?", "bio:sophie-renard", "Région Bretagne"),
        ("Paul Martin, il est au CNRS ?", "bio:paul-martin", "CNRS"),
        ("Est-ce que Sophie Renard est rattachée au CNRS ?", "bio:sophie-renard",
         "Région Bretagne"),
        ("Paul Martin travaille-t-il au CNRS ?", "bio:paul-martin", "CNRS"),
        ("Jeanne Dupont vient-elle de la Région Bretagne ?", "bio:jeanne-dupont",
         "Université de Lille"),
    ],
)  # fmt: skip
def test_whether_someone_is_with_an_organisation_is_their_card(
    textiles7: Assistant, question: str, card: str, own: str
) -> None:
    answer = textiles7.ask(question)
    assert cited(answer)[0] == card and own in answer.answer, answer.answer
    assert "abstract" not in answer.answer


@pytest.mark.parametrize(
    ("question", "card", "other"),
    [
        ("Sophie Renard's co-speaker: which organisation is he with?", "bio:paul-martin",
         "CNRS"),
        ("Sophie Renard travaille à la Région ; et l'autre intervenant, il vient d'où ?",
         "bio:paul-martin", "CNRS"),
        ("Paul Martin is from the CNRS. Is the other speaker of the regional aid talk with the "
         "CNRS too?", "bio:sophie-renard", "Région Bretagne"),
        # the one the other is other than, said by where they come from
        ("Dans l'exposé sur les aides régionales, il y a quelqu'un de la Région Bretagne ; "
         "l'autre intervenant vient-il aussi de la Région ?", "bio:paul-martin", "CNRS"),
    ],
)  # fmt: skip
def test_the_other_speaker_of_a_talk_is_its_co_speaker(
    textiles7: Assistant, question: str, card: str, other: str
) -> None:
    answer = textiles7.ask(question)
    assert cited(answer)[0] == card and other in answer.answer, answer.answer


def test_the_other_speaker_needs_a_talk_with_someone_named_on_it(textiles7: Assistant) -> None:
    catalog = textiles7.catalog()
    # nobody named, no talk named: nothing to resolve
    assert the_other("Who is the other speaker?", catalog, "en") == "Who is the other speaker?"
    # a talk with one speaker has no other
    question = "Jeanne Dupont's co-speaker, where is he from?"
    assert the_other(question, catalog, "en") == question
