"""Classes of blind13's failures (docs/eval.md), described by a helper without its questions and
met here on the invented textiles programme («Relocaliser la filière lin» by Jeanne Dupont,
ingénieure textile, with an abstract; «Ateliers partagés en milieu rural» by Marc Olivier,
designer, and «Les aides régionales à la relocalisation» by Sophie Renard and Paul Martin,
docteur en géographie, without one): "ends up" said of the farmers, not of the text; chat about
the asker before the question (its capitals, its « précédente »); a person pointed back to in a
second part; details only a missing abstract could give; a fact of a speaker's working life;
what one talk named by its subject is about."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.parts import split_question
from assistant.planner import asks_personal_life, frame_text, index_of, plan
from assistant.policy import asks_specifics
from assistant.positions import asked_position

LAST = "laboratoire de la relocalisation"


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("In Dupont's abstract, what do the Caux farmers end up getting back?", None),
        ("D'après le résumé de Jeanne Dupont, les agriculteurs finissent par reprendre quoi ?",
         None),
        # how it begins is given, something else is asked
        ("Le résumé de Dupont commence par les filatures du Nord : qui a repris la "
         "transformation ensuite ?", None),
        ("Le résumé de Dupont se termine sur quoi ?", "last"),
        ("Her abstract opens with what?", "first"),
    ],
)  # fmt: skip
def test_ending_up_is_the_texts_place_only_when_the_text_ends(question: str, where: str) -> None:
    assert asked_position(question) == where


def test_what_the_farmers_end_up_with_is_their_sentence(textiles7: Assistant) -> None:
    answer = textiles7.ask("In Dupont's abstract, what do the Caux farmers end up getting back?")
    assert "valeur ajoutée" in answer.answer and answer.route != "position"


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("J'arrive de l'autre salle. Selon Jeanne Dupont, les usines textiles du Nord ont-elles "
         "été aidées ?", "jamais été compensée"),
        ("I'm new to this. According to Jeanne Dupont, who now does the flax processing?",
         "coopératives de teillage"),
        ("Merci pour la réponse précédente. Selon Jeanne Dupont, qui relance la transformation "
         "du lin ?", "coopératives de teillage"),
        ("Petite précision avant la pause. Selon Jeanne Dupont, qui relance la transformation "
         "du lin ?", "coopératives de teillage"),
    ],
)  # fmt: skip
def test_chat_before_a_question_frames_nothing(
    textiles7: Assistant, question: str, quote: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and quote in answer.answer, (answer.route, answer.answer)
    assert cited(answer) == ["abstract:lin"]


def test_the_askers_chat_is_not_a_frame_but_their_field_is(textiles7: Assistant) -> None:
    index = index_of(textiles7.catalog())
    assert (
        "before" not in plan("Petite précision avant la pause. Qui présente le lin ?", index).asks
    )
    assert frame_text("Sorry I'm late. Who gives it?") == "who gives it"
    assert frame_text("I work on flax. Which talk is for me?").startswith("i work on flax")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Les aides régionales à la relocalisation, c'est qui ? Et elle occupe quel poste ?",
         "chargée de mission économie circulaire"),
        ("Qui parle des ateliers partagés en milieu rural, et il travaille où ?",
         "FabLab de Rennes"),
        ("Who talks about shared workshops, and what is his job?", "designer"),
    ],
)  # fmt: skip
def test_a_person_pointed_back_to_is_who_the_first_part_found(
    textiles7: Assistant, question: str, expected: str
) -> None:
    answer = textiles7.ask(question)
    second = answer.answer.split("\n\n", 1)[1]
    assert expected in second and "n’a pas été fourni" not in second, answer.answer
    assert "was not provided" not in second


@pytest.mark.parametrize(
    "question",
    [
        "Quels logiciels Marc Olivier fait-il utiliser dans ses ateliers ?",
        "Which regional grants does Sophie Renard's talk list?",
        "Quelles régions Paul Martin compare-t-il dans son intervention ?",
        "Dans quelles communes Marc Olivier a-t-il ouvert des ateliers partagés ?",
    ],
)
def test_which_ones_of_a_title_only_talk_are_refused(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, (answer.route, answer.answer)
    assert "Les aides régionales" in answer.answer or "Ateliers partagés" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is the talk on shared workshops about?",
        "Quels thèmes aborde l'intervention de Marc Olivier ?",
        "Which talks have no abstract?",
    ],
)
def test_what_a_title_only_talk_is_about_still_answers(textiles7: Assistant, question: str) -> None:
    assert not asks_specifics(question, "Ateliers partagés en milieu rural")
    answer = textiles7.ask(question)
    assert not answer.refused and "Ateliers partagés en milieu rural" in answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Sophie Renard travaille à la Région Bretagne depuis quand ?", "time"),
        ("When did Marc Olivier join the FabLab de Rennes?", "time"),
        ("What is Paul Martin's research topic at the CNRS?", "research"),
        ("Paul Martin a obtenu son doctorat en quelle année ?", "time"),
        ("Quand Paul Martin a-t-il obtenu son doctorat, et sur quel sujet ?", "time"),
    ],
)
def test_a_fact_of_a_speakers_working_life_is_refused(
    textiles7: Assistant, question: str, kind: str
) -> None:
    assert asks_personal_life(question) == kind
    answer = textiles7.ask(question)
    assert answer.refused, (answer.route, answer.answer)
    assert "12 mars" not in answer.answer and "12 March" not in answer.answer


@pytest.mark.parametrize(
    "question",
    ["When does Marc Olivier speak?", "Quand intervient Paul Martin ?",
     "When did the northern mills close?"],
)  # fmt: skip
def test_when_a_talk_is_or_a_text_says_is_no_working_life(question: str) -> None:
    assert asks_personal_life(question) is None


def test_a_second_part_with_no_verb_of_its_own_is_one_question(textiles7: Assistant) -> None:
    catalog = textiles7.catalog()
    asked = "Quand Paul Martin a-t-il obtenu son doctorat, et sur quel sujet ?"
    assert split_question(asked, catalog, "fr") == [asked]
    two = "Qui présente la conférence sur le lin, et de quelle école vient-elle ?"
    assert len(split_question(two, catalog, "fr")) == 2


def test_what_one_talk_named_by_its_subject_is_about(textiles7: Assistant) -> None:
    answer = textiles7.ask("What is the linen talk about?")
    assert cited(answer) == ["abstract:lin"], answer.answer
    both = textiles7.ask("What is the linen talk about, and who gives it?")
    assert "abstract:lin" in cited(both) and "Jeanne Dupont" in both.answer


def test_what_the_distributed_factory_talk_is_about_on_the_seed(extractive: Assistant) -> None:
    answer = extractive.ask("What's the distributed factory talk about?")
    assert cited(answer) == ["abstract:s3-l-usine-distribuee"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When did Paul Martin get his doctorate, and what was it about?",
        "Quand Paul Martin a-t-il soutenu sa thèse, et elle portait sur quoi ?",
    ],
)
def test_a_second_part_pointing_back_to_a_life_fact_asks_that_fact(
    textiles7: Assistant, question: str
) -> None:
    assert split_question(question, textiles7.catalog(), "en") == [question]
    assert textiles7.ask(question).refused


def test_a_second_part_about_their_talk_is_its_own_question(textiles7: Assistant) -> None:
    answer = textiles7.ask("Where did Paul Martin study, and what is his talk about?")
    assert not answer.refused and "Les aides régionales à la relocalisation" in answer.answer
