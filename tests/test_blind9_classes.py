"""Classes of the ninth blind set's failures (docs/eval.md), described by a helper without its
questions, on the invented textiles programme («Relocaliser la filière lin» by Jeanne Dupont
with an abstract; «Ateliers partagés en milieu rural» by Marc Olivier and «Les aides régionales
à la relocalisation» by Sophie Renard and Paul Martin without one)."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.parts import split_question
from assistant.policy import asks_opinion


@pytest.mark.parametrize(
    "question",
    [
        "Est-ce que Jeanne Dupont considère les ateliers partagés comme une solution pour les "
        "liniculteurs ?",
        "Does Jeanne Dupont regard shared workshops as the answer for flax growers?",
        "Jeanne Dupont voit-elle les aides régionales comme la clé de la relocalisation ?",
        "Jeanne Dupont juge-t-elle les ateliers partagés utiles aux coopératives de teillage ?",
        "Est-ce que Jeanne Dupont estime que les aides régionales suffisent ?",
        "Does Jeanne Dupont consider the FabLab model to be a solution for farmers?",
    ],
)
def test_a_judgement_linking_others_terms_to_her_text_is_refused(
    textiles7: Assistant, question: str
) -> None:
    """« considère … comme », « voit … comme », « juge », « estime que », "regard / consider …
    as" ask her view; the shared workshops, the regional subsidies and the FabLab are other
    entries' terms her text never writes: quoting her sentences is no answer."""
    answer = textiles7.ask(question)
    assert answer.refused and "abstract:lin" not in cited(answer), answer.answer


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Jeanne Dupont voit-elle la filière lin comme un laboratoire de la relocalisation ?",
         "laboratoire de la relocalisation"),
        ("Selon Jeanne Dupont, les coopératives de teillage relancent-elles la transformation "
         "du lin ?", "coopératives de teillage"),
    ],
)  # fmt: skip
def test_a_judgement_her_text_states_is_quoted(
    textiles7: Assistant, question: str, quoted: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and quoted in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quels montants et quels dispositifs précis présenteront Sophie Renard et Paul Martin ?",
        "What figures and which precise schemes will Sophie Renard and Paul Martin present?",
        "Quels dispositifs précis présenteront Sophie Renard et Paul Martin ?",
        "How many flax mills got funded and which regions gained most, according to the talk "
        "given by Sophie Renard and Paul Martin?",
    ],
)
def test_figures_and_details_of_a_title_only_talk_named_at_the_end_are_refused(
    textiles7: Assistant, question: str
) -> None:
    """Two things asked of one verb are one question; a part that names nobody is asked about
    whom the other part names; precise details and "how many" are what only a talk's own text
    could show. The session's description is no answer to them."""
    answer = textiles7.ask(question)
    assert answer.refused and "session:s7" not in cited(answer), answer.answer


def test_two_things_of_one_verb_are_one_question(textiles7: Assistant) -> None:
    catalog = textiles7.catalog()
    question = "Quels métiers et quelles machines nouvelles Jeanne Dupont évoque-t-elle ?"
    assert split_question(question, catalog, "fr") == [question]
    answer = textiles7.ask(question)
    assert "nouveaux métiers et de nouvelles machines" in answer.answer, answer.answer


def test_a_first_part_that_names_nothing_is_about_the_seconds_subject(
    textiles7: Assistant,
) -> None:
    catalog = textiles7.catalog()
    first, second = split_question(
        "What is it about, and who gives «Relocaliser la filière lin»?", catalog, "en"
    )
    assert "Relocaliser la filière lin" in first and second.startswith("Who gives")
    answer = textiles7.ask("What is it about, and who gives «Relocaliser la filière lin»?")
    assert "abstract:lin" in cited(answer) and "Jeanne Dupont" in answer.answer


def test_the_talk_given_by_names_the_talk_it_does_not_ask_who(textiles7: Assistant) -> None:
    answer = textiles7.ask(
        "Which regions gained most, according to the talk given by Sophie Renard and Paul Martin?"
    )
    assert answer.refused and "is given by" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Du coup, franchement, la valeur ajoutée, elle revient à qui, enfin bref ?",
         "valeur ajoutée"),
        ("Genre, pour relocaliser le lin faut quoi en fait, de nouveaux trucs ?",
         "nouveaux métiers"),
    ],
)  # fmt: skip
def test_spoken_fillers_are_not_words_the_text_lacks(
    textiles7: Assistant, question: str, quoted: str
) -> None:
    """« du coup », « franchement », « enfin », « bref », « genre », « en fait »: the gate does not
    count them among the question's words (they diluted its overlap below the threshold)."""
    answer = textiles7.ask(question)
    assert not answer.refused and quoted in answer.answer, answer.answer


def test_fillers_do_not_carry_an_off_topic_question(textiles7: Assistant) -> None:
    answer = textiles7.ask("Du coup, genre, il va faire quel temps demain à Lille, enfin bref ?")
    assert answer.refused and "abstract:lin" not in cited(answer), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Is the change the flax talk describes considerable?",
        "What considerations does Jeanne Dupont raise?",
        "Regarding Jeanne Dupont, what is her example?",
        "Should I see the flax talk as a replay later?",
        "Concernant Jeanne Dupont, quels agriculteurs voit-on comme exemple ?",
        "Qui est le juge de la session ?",
    ],
)
def test_judging_words_in_other_senses_ask_no_view(question: str) -> None:
    """« considérable », "regarding", "see the talk as a replay", « voit-on », a judge: a
    review found these read as asking someone's judgement."""
    assert not asks_opinion(question)


def test_a_view_seen_as_an_example_is_quoted(textiles7: Assistant) -> None:
    answer = textiles7.ask("Concernant Jeanne Dupont, quels agriculteurs voit-on comme exemple ?")
    assert not answer.refused and "pays de Caux" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is «Relocaliser la filière lin» given by?", "Jeanne Dupont"),
        ("Quel est le titre précis de l'intervention de Marc Olivier ?",
         "Ateliers partagés en milieu rural"),
    ],
)  # fmt: skip
def test_the_records_still_answer(textiles7: Assistant, question: str, expected: str) -> None:
    answer = textiles7.ask(question)
    assert answer.route == "record" and expected in answer.answer, answer.answer


def test_two_questions_with_their_own_verbs_are_two(textiles7: Assistant) -> None:
    catalog = textiles7.catalog()
    parts = split_question("What is RTE and what time does the session start?", catalog, "en")
    assert len(parts) == 2
    answer = textiles7.ask(
        "Qu'est-ce que le teillage, et qui présente l'intervention de Marc Olivier ?"
    )
    assert cited(answer)[0] == "abstract:lin" and "Marc Olivier" in answer.answer, answer.answer
