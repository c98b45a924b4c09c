"""The same five classes of blind10's failures (docs/eval.md), met again by the dev questions a
second helper wrote from their description (q214–q233): a practitioner named for a field, a role
phrase with its complement, a name asked for, a talk "with two" in other words, a lead-in before
the question, "it" found by the other part's answer, results asked of a talk with no abstract,
and a sentence that goes on in the next one. On the invented textiles programme («Relocaliser
la filière lin» by Jeanne Dupont, ingénieure textile, with an abstract; «Ateliers partagés en
milieu rural» by Marc Olivier, designer, and «Les aides régionales à la relocalisation» by
Sophie Renard, chargée de mission économie circulaire, and Paul Martin, docteur en géographie,
without one)."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant
from assistant.catalog import Source
from assistant.chitchat import asked_last
from assistant.extractive import Evidence, extractive_draft
from assistant.lexicon import field_roots, practitioner_root
from assistant.planner import _definite


@pytest.mark.parametrize(
    ("practitioner", "field"),
    [("economist", "économiques"), ("géographe", "géographie"), ("geographers", "geography"),
     ("sociologue", "sociologie"), ("historian", "histoire"), ("mathématicienne", "mathematics"),
     ("urbaniste", "urbanisme"), ("agronome", "agronomie")],
)  # fmt: skip
def test_a_practitioner_shares_a_root_with_their_field(practitioner: str, field: str) -> None:
    root = practitioner_root(practitioner)
    assert root is not None and root in field_roots(field)


@pytest.mark.parametrize("word", ["designer", "textile", "ingénieure", "ancien", "chemist"])
def test_other_words_are_no_practitioner(word: str) -> None:
    assert practitioner_root(word) is None  # "chemist" → "chem": too short to tell a field


@pytest.mark.parametrize(
    "question",
    ["Which organisation is the geographer with?", "Y a-t-il un géographe parmi les intervenants ?",
     "Le géographe, il s'appelle comment ?"],
)  # fmt: skip
def test_a_practitioner_of_a_speakers_field_is_that_speaker(
    textiles7: Assistant, question: str
) -> None:
    """« docteur en géographie » is the geographer, in a question in either language."""
    answer = textiles7.ask(question)
    assert answer.route == "record" and cards(answer) == ["bio:paul-martin"], answer.answer
    assert "CNRS" in answer.answer


@pytest.mark.parametrize(
    "question", ["Is there a designer among the speakers?", "Is one of the speakers a designer?"]
)
def test_a_role_among_the_speakers_is_its_holders_card(textiles7: Assistant, question: str) -> None:
    """Not the missing abstract of the designer's talk, nor "the programme does not say"."""
    answer = textiles7.ask(question)
    assert not answer.refused and cards(answer) == ["bio:marc-olivier"], answer.answer
    assert "n’a pas été fourni" not in answer.answer and "not provided" not in answer.answer


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("What is the name of the textile engineer?", "bio:jeanne-dupont"),
        ("Who's the économie circulaire person?", "bio:sophie-renard"),
        ("Who is the circular economy officer?", "bio:sophie-renard"),
        ("Who's the circular economy officer, and which organisation is she with?",
         "bio:sophie-renard"),
    ],
)  # fmt: skip
def test_who_a_described_speaker_is_is_their_card(
    textiles7: Assistant, question: str, card: str
) -> None:
    """A role in other words, in English, or two words of it as written, with a name asked:
    the card of its one holder (and once, when the second part asks where she works)."""
    answer = textiles7.ask(question)
    assert answer.route == "record" and cards(answer) == [card], answer.answer
    assert answer.answer.count(" [1]") == 1


def test_a_described_speakers_talk_with_no_abstract_says_so(textiles7: Assistant) -> None:
    answer = textiles7.ask("What does the économie circulaire speaker present?")
    assert "talk:aides" in cited(answer) and "not provided" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("plain", "phrases"),
    [
        ("l experte en coops agricoles elle s appelle comment", ["experte en coops agricoles"]),
        ("what is the name of the textile engineer", ["name", "textile engineer"]),
        ("what does the economie circulaire speaker present", ["economie circulaire"]),
        ("the head of", ["head"]),
    ],
)
def test_a_definite_phrase_keeps_its_complement_and_stops_at_the_person(
    plain: str, phrases: list[str]
) -> None:
    assert _definite(plain) == phrases


@pytest.mark.parametrize(
    "question",
    [
        "Hi, thanks so much for this! I'm running a bit late, so long story short: what's "
        "session 7 all about?",
        "Bonjour, désolé de vous déranger, je découvre le programme : en une phrase, la séance 7, "
        "elle porte sur quoi ?",
        "la séance 7, elle porte sur quoi ?",
    ],
)
def test_the_question_after_a_lead_in_is_answered(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer) == ["session:s7"], answer.answer


def test_an_off_topic_question_after_a_lead_in_is_still_refused(textiles7: Assistant) -> None:
    assert textiles7.ask("I'm running late. What is the capital of Australia?").refused


@pytest.mark.parametrize(
    ("message", "last"),
    [
        ("I'm late. Who is Dupont?", "Who is Dupont?"),
        ("Je découvre le programme :, la séance 7, elle porte sur quoi ?",
         "la séance 7, elle porte sur quoi ?"),
        ("Who is Dupont?", None),  # one sentence: nothing before it
        ("Dupont again. Thanks.", None),  # no question last
    ],
)  # fmt: skip
def test_the_last_sentence_is_the_question_after_a_lead_in(message: str, last: str | None) -> None:
    assert asked_last(message) == last


@pytest.mark.parametrize(
    "question",
    ["Is one of the talks a double act?", "Which talk is co-authored?",
     "Is one of the talks a double act? Which one, and who's in it?"],
)  # fmt: skip
def test_a_talk_by_two_in_other_words_is_found_with_its_speakers(
    textiles7: Assistant, question: str
) -> None:
    """… and "who's in it?" is asked of the talk the first part's answer found, as a follow-up:
    never "the programme does not contain this information" beside the answer."""
    answer = textiles7.ask(question)
    assert not answer.refused and "talk:aides" in cited(answer), answer.answer
    assert "Sophie Renard" in answer.answer and "Paul Martin" in answer.answer
    assert "does not contain" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Avec quels artisans ou quelles filatures Marc Olivier a-t-il travaillé ?",
        "What economic gains did Marc Olivier's workshops deliver?",
        "Quelles retombées pour les artisans dans l'exposé de Marc Olivier ?",
    ],
)
def test_partners_and_results_of_a_talk_with_no_abstract_are_refused(
    textiles7: Assistant, question: str
) -> None:
    """Whom he worked « avec » (partners, not his employer) and what his work delivered: only
    the abstract he did not give could say; his card is not that answer."""
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer


def _evidence(sentence: str, position: int, score: float) -> Evidence:
    return Evidence(sentence, 1, position, score, 0.0)


def test_a_sentence_that_goes_on_in_the_next_is_quoted_with_it() -> None:
    """« Approche qui … » takes up the best sentence's noun: half of what it says is there."""
    best = _evidence("Aujourd’hui, les réseaux réactualisent l’approche de Chippendale.", 2, 0.7)
    unrelated = _evidence("Au 18° siècle, Chippendale était ébéniste.", 0, 0.4)
    goes_on = _evidence("Approche qui permet de reposer la question de la localité.", 3, 0.3)
    draft = extractive_draft([best, unrelated, goes_on], [_abstract()], "fr")
    assert draft is not None and "Approche qui" in draft.text and "ébéniste" not in draft.text


def test_a_next_sentence_that_does_not_go_on_is_not_preferred() -> None:
    best = _evidence("Aujourd’hui, les réseaux réactualisent l’approche de Chippendale.", 2, 0.7)
    unrelated = _evidence("Au 18° siècle, Chippendale était ébéniste.", 0, 0.4)
    other = _evidence("Alternative qui n’a pas été retenue.", 3, 0.3)  # not its noun
    draft = extractive_draft([best, unrelated, other], [_abstract()], "fr")
    assert draft is not None and "ébéniste" in draft.text and "Alternative" not in draft.text


def _abstract() -> Source:
    return Source("abstract:x", "abstract", "…", {})


def test_a_word_only_the_named_speakers_text_writes_is_theirs_to_answer(
    textiles7: Assistant,
) -> None:
    """ "transformation" is written by Dupont's abstract alone, and the question names her: the
    gate's measures, far from an English question on a French text, do not refuse it."""
    answer = textiles7.ask("Who does Dupont expect to relaunch transformation?")
    assert not answer.refused and "abstract:lin" in cited(answer), answer.answer
    assert "coopératives de teillage" in answer.answer
