"""Classes of the tenth blind set's failures (docs/eval.md), described by a helper without its
questions, on the invented textiles programme («Relocaliser la filière lin» by Jeanne Dupont
with an abstract; «Ateliers partagés en milieu rural» by Marc Olivier and «Les aides régionales
à la relocalisation» by Sophie Renard and Paul Martin without one)."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant
from assistant.chitchat import unpadded
from assistant.parts import split_question
from assistant.planner import described, index_of


@pytest.mark.parametrize(
    "question",
    [
        "In Marc Olivier's talk, which cooperatives bring flax processing back near the fields?",
        "Marc Olivier parle des filatures du Nord : quand ont-elles fermé ?",
        "Quelles machines l'intervention sur les ateliers partagés en milieu rural montre-t-elle "
        "aux agriculteurs ?",
        "Dans l'exposé de Sophie Renard et Paul Martin, comment les agriculteurs reprennent-ils "
        "la main sur la valeur ajoutée ?",
    ],
)
def test_a_title_only_talk_is_not_answered_with_another_speakers_abstract(
    textiles7: Assistant, question: str
) -> None:
    """A talk whose entry is its title alone: its session's text may frame it, its title is all
    else there is; Jeanne Dupont's abstract, however near the question's words, is not theirs."""
    answer = textiles7.ask(question)
    assert "abstract:lin" not in cited(answer), answer.answer
    assert "Jeanne Dupont" not in answer.answer, answer.answer


def test_beyond_its_title_and_its_session_a_title_only_talk_says_it_has_no_abstract(
    textiles7: Assistant,
) -> None:
    answer = textiles7.ask("Marc Olivier parle des filatures du Nord : quand ont-elles fermé ?")
    assert "20° siècle" not in answer.answer, answer.answer
    assert "talk:ateliers" in cited(answer) and "n’a pas été fourni" in answer.answer


def test_a_talk_with_an_abstract_still_quotes_it(textiles7: Assistant) -> None:
    answer = textiles7.ask("Dans l'exposé de Jeanne Dupont, quand les filatures du Nord ont-elles "
                           "fermé ?")  # fmt: skip
    assert "abstract:lin" in cited(answer) and "20° siècle" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "J'arrive en retard, en deux phrases max la séance tourne autour de quoi ?",
        "Bonjour, rapidement, la session parle de quoi ?",
        "Hi there, quick one: what's this session about?",
        "Sorry, I'm late: what is the session about, in a nutshell, please?",
    ],
)
def test_a_padded_question_about_the_session_gets_the_session(
    textiles7: Assistant, question: str
) -> None:
    """A greeting, an apology, the answer's length or a please are said to the assistant, not
    asked of the programme: what is left asks what the session is about."""
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer) == ["session:s7"], answer.answer
    assert "interroge le retour des filières textiles" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Un des exposés est porté par un tandem ? lequel ?",
        "L'exposé à deux voix, c'est lequel ?",
        "Which is the talk by two people?",
    ],
)
def test_a_talk_given_by_two_said_otherwise_is_found(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and "talk:aides" in cited(answer), answer.answer
    assert "Relocaliser la filière lin" not in answer.answer


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("Bonjour, rapidement, la session parle de quoi ?", "la session parle de quoi ?"),
        ("Hi - who is Dupont?", "who is Dupont?"),
        ("Pouvez-vous me dire en deux mots de quoi parle Dupont, svp ?",
         "Pouvez-vous me dire de quoi parle Dupont ?"),
        ("Hi-Tech textiles?", "Hi-Tech textiles?"),  # a word of the question, not a greeting
        ("Bonjour !", "Bonjour !"),  # nothing else: the greeting is the message
        ("Ont-elles fermé rapidement ?", "Ont-elles fermé rapidement ?"),
    ],
)  # fmt: skip
def test_padding_is_cut_and_the_question_kept(message: str, left: str) -> None:
    assert unpadded(message) == left


@pytest.mark.parametrize(
    ("question", "carried"),
    [
        ("Qu'est-ce que le teillage, et qui présente l'intervention de Marc Olivier ?", False),
        ("C'est quoi la filature, et qui présente l'intervention de Marc Olivier ?", False),
        ("C'est quoi le sujet, et qui présente l'intervention de Marc Olivier ?", True),
    ],
)
def test_a_definition_with_the_definite_article_keeps_its_own_subject(
    textiles7: Assistant, question: str, carried: bool
) -> None:
    """What a term means is asked of the programme's texts, not of the speaker the other part
    names (whose talk may have no text at all); « le sujet » is the other part's talk's."""
    first = split_question(question, textiles7.catalog(), "fr")[0]
    assert ("Marc Olivier" in first) is carried, first


@pytest.mark.parametrize(
    ("question", "card", "affiliation"),
    [
        ("Which university is the textile engineer with?", "bio:jeanne-dupont",
         "Université de Lille"),
        ("Quelle est l'université de l'ingénieure textile ?", "bio:jeanne-dupont",
         "Université de Lille"),
        ("Which organisation is the circular economy officer from?", "bio:sophie-renard",
         "Région Bretagne"),
    ],
)  # fmt: skip
def test_where_a_speaker_described_by_role_comes_from_is_their_card(
    textiles7: Assistant, question: str, card: str, affiliation: str
) -> None:
    """A role said in other words or in English, in any frame (not only "the <role>'s talk"),
    finds its one speaker; where they come from is on their card, not in an abstract."""
    answer = textiles7.ask(question)
    assert answer.route == "record" and cards(answer) == [card], answer.answer
    assert affiliation in answer.answer


@pytest.mark.parametrize(
    "question",
    ["What does the flax talk say about the mills?", "Which university hosts the session?",
     "Qui présente l'exposé sur les ateliers partagés ?"],
)  # fmt: skip
def test_a_definite_phrase_that_is_no_role_describes_nobody(
    textiles7: Assistant, question: str
) -> None:
    assert described(question, index_of(textiles7.catalog()), textiles7._vectors) == []
