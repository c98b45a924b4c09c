"""Classes of the seventh blind set's first run (docs/eval.md), on the invented textiles programme
(«Relocaliser la filière lin» with an abstract; «Ateliers partagés en milieu rural» by Marc
Olivier and «Les aides régionales à la relocalisation» without one)."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "Faut-il s'inscrire pour la session textile, et l'entrée est-elle payante ?",
        "Will coffee or lunch be served during the textile session?",
        "Is the flax talk going to be recorded?",
        "Les participants recevront-ils une attestation de présence ?",
    ],
)
def test_how_to_attend_is_refused_not_quoted(textiles7: Assistant, question: str) -> None:
    """Registration, entry, food, recording, certificates: the programme says nothing of them,
    and its session description is not an answer."""
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer
    assert "Cette session interroge" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What attendance figures does Marc Olivier report for the rural workshops?",
        "Quels résultats Marc Olivier présente-t-il ?",
        "Which case studies does Marc Olivier use?",
        "Les aides régionales de Paul Martin ont-elles marché, d'après son bilan ?",
    ],
)
def test_specifics_of_a_talk_with_only_a_title_are_refused(
    textiles7: Assistant, question: str
) -> None:
    """Figures, cases, results of a talk the programme gives only a title for: no other talk's
    abstract and no session description holds them; the refusal says its abstract is missing."""
    answer = textiles7.ask(question)
    assert answer.refused and answer.route == "no-abstract", answer.answer
    assert "abstract:lin" not in cited(answer)
    assert "not provided" in answer.answer or "pas été fourni" in answer.answer


def test_the_flax_talk_s_own_example_is_still_answered(textiles7: Assistant) -> None:
    """The rule is for a talk with no abstract: Jeanne Dupont's example is in hers."""
    answer = textiles7.ask("Which example does Jeanne Dupont give of farmers taking back value?")
    assert not answer.refused and "pays de Caux" in answer.answer
    assert "abstract:lin" in cited(answer)


def test_a_record_field_of_a_talk_with_only_a_title_is_still_answered(textiles7: Assistant) -> None:
    answer = textiles7.ask("Where does Marc Olivier work?")
    assert not answer.refused and "FabLab de Rennes" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quand les filatures du Nord ont-elles fermé, selon Jeanne Dupont ?",
        "When did the northern mills close?",
        "When were the spinning mills of the North closed?",
    ],
)
def test_when_the_text_says_something_happened_is_the_text(
    textiles7: Assistant, question: str
) -> None:
    """« Quand les filatures ont-elles fermé ? » asks the abstract, not the session's time; in
    English, a past event with no talk, session or speaker in the question is the sentence that
    dates it (a century answers 'when did')."""
    answer = textiles7.ask(question)
    assert answer.route != "record" and "20° siècle" in answer.answer, answer.answer
    assert "abstract:lin" in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Quand parle Jeanne Dupont ?",
        "When does Jeanne Dupont speak?",
        "À quelle heure commence la session sur les filières textiles ?",
        "When does the textile and shared manufacturing session start?",
    ],
)
def test_when_a_talk_or_the_session_is_still_its_time(textiles7: Assistant, question: str) -> None:
    """Its title's or its speaker's words are not the text's: these keep the programme's time."""
    answer = textiles7.ask(question)
    assert answer.route == "record" and "12" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Jeanne Dupont's abstract talks about 'scutching cooperatives' — what does she actually "
        "mean by that?",
        "D'après Jeanne Dupont, la transformation du lin près des champs s'inscrit dans quel "
        "mouvement ?",
    ],
)
def test_what_a_named_speaker_s_abstract_means_is_quoted(
    textiles7: Assistant, question: str
) -> None:
    """Class A: the words that point at the text ("her abstract talks about", "mean",
    "actually") are not words the text must hold, and « s'inscrit dans » (is part of) is not
    registering for the session."""
    answer = textiles7.ask(question)
    assert not answer.refused, answer.answer
    assert "coopératives de teillage" in answer.answer
    assert cited(answer) == ["abstract:lin"]


def test_pointing_at_the_abstract_does_not_make_an_unknown_subject_answerable(
    textiles7: Assistant,
) -> None:
    answer = textiles7.ask("What does Jeanne Dupont's abstract actually mean about penguins?")
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Tu peux me faire un topo rapide sur la séance du 12 mars ?",
        "Give me a quick rundown of the session.",
    ],
)
def test_a_session_asked_in_short_or_by_its_date_gets_its_title(
    textiles7: Assistant, question: str
) -> None:
    """Class C: an overview asked in other words, the session named by its date: its title and
    the first sentence of its description."""
    answer = textiles7.ask(question)
    assert not answer.refused, answer.answer
    assert "Filières textiles et fabrication partagée" in answer.answer
    assert cited(answer) == ["session:s7"]


def test_a_rundown_of_something_the_session_never_covers_is_refused(textiles7: Assistant) -> None:
    answer = textiles7.ask("Tu peux me faire un topo rapide sur la météo de la séance du 12 mars ?")
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What does Jeanne Dupont mean when her abstract says the flax sector becomes a laboratory?",
        "Que veut dire Jeanne Dupont quand elle écrit que la filière devient un laboratoire ?",
    ],
)
def test_a_word_of_her_abstract_is_not_her_organisation(
    textiles7: Assistant, question: str
) -> None:
    """ "Laboratory" is an organisation word, but here it is her abstract's (« laboratoire »,
    found in translation too), and "when" opens a clause, not a time asked."""
    answer = textiles7.ask(question)
    assert "laboratoire de la relocalisation" in answer.answer, answer.answer
    assert cited(answer) == ["abstract:lin"]


@pytest.mark.parametrize(
    "question",
    ["Which laboratory is Jeanne Dupont from?", "De quel laboratoire vient Jeanne Dupont ?"],
)
def test_which_lab_someone_is_from_is_their_card(textiles7: Assistant, question: str) -> None:
    """Asked where she comes from, her organisation answers, though her abstract says
    « laboratoire »."""
    answer = textiles7.ask(question)
    assert "Université de Lille" in answer.answer, answer.answer
    assert cards(answer) == ["bio:jeanne-dupont"]


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Quand a lieu l'intervention sur la filière lin ?", "Relocaliser la filière lin"),
        (
            "À quelle heure est l'intervention sur les ateliers partagés ?",
            "Ateliers partagés en milieu rural",
        ),
    ],
)
def test_when_a_talk_named_by_its_topic_is_its_time(
    textiles7: Assistant, question: str, title: str
) -> None:
    """The talk found by its title's words is the one whose time is asked: its time, not a
    list of titles."""
    answer = textiles7.ask(question)
    assert title in answer.answer and "09:30" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When did the textile session start?",
        "When did Jeanne Dupont speak?",
        "When was the flax talk?",
        "When was the seminar?",
        "When did the textile engineer from Lille speak?",
    ],
)
def test_when_a_talk_or_session_was_is_still_its_time(textiles7: Assistant, question: str) -> None:
    """Past tense of a talk, a session or a speaker (a student reviewing afterwards) keeps the
    programme's time."""
    answer = textiles7.ask(question)
    assert answer.route == "record" and "09:30" in answer.answer, answer.answer
