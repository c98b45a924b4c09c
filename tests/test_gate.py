"""The refusal gate at every programme size and across languages: words weighed by rarity, words
matched through their translation, and a dense threshold that beats what chance reaches on a
large programme (docs/eval.md, "Refusals at real size")."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_formats import REAL_31C3

from assistant.answer import Assistant
from assistant.gate import (
    GATE_DENSE,
    GATE_OVERLAP,
    NULL_QUESTIONS,
    dense_floor,
    support,
)
from assistant.planner import index_of
from assistant.translation import surface

ENGLISH_ON_FRENCH = "Which workshop repairs bicycles?"


def test_a_word_no_sentence_holds_weighs_most(numbered: Assistant) -> None:
    weights = index_of(numbered.catalog()).rarity(["session", "velo", "zebr"])
    assert weights["zebr"] >= weights["velo"] > weights["session"]


def test_a_word_counts_through_its_translation(numbered: Assistant) -> None:
    """English words against a French abstract: literally nothing is held; translated, most is."""
    catalog = numbered.catalog()
    found = numbered.gathered(ENGLISH_ON_FRENCH, numbered.focus(ENGLISH_ON_FRENCH, catalog))
    sources, evidence = found.sources, found.evidence
    literal = support(ENGLISH_ON_FRENCH, sources, evidence, catalog, floor=1.0)
    translated = support(ENGLISH_ON_FRENCH, sources, evidence, catalog, numbered._vectors, 1.0)
    assert literal.overlap < GATE_OVERLAP <= translated.overlap


def test_function_words_of_three_languages_are_not_translated() -> None:
    assert surface("Wie wird das Wetter in Leipzig?") == ["wetter", "leipzig"]
    assert surface("Qu’est-ce que l’usine distribuée ?") == ["usine", "distribuée"]


def test_the_dense_threshold_is_what_chance_reaches_when_that_is_more() -> None:
    assert dense_floor([0.05, 0.1, 0.12] * 8) == GATE_DENSE
    assert dense_floor([0.2] * 20 + [0.3, 0.31, 0.33, 0.5]) == pytest.approx(0.31)


@pytest.fixture(scope="module")
def congress(tmp_path_factory: pytest.TempPathFactory, embed_model) -> Assistant:
    if not REAL_31C3.exists():
        pytest.skip("../shared/corpora/31c3-schedule.xml is not here")
    from assistant.deps import build_deps
    from assistant.settings import Settings
    from ingest.pipeline import ingest

    store = tmp_path_factory.mktemp("congress") / "store"
    deps = build_deps(Settings.resolve(env={}, store=str(store), llm="extractive"))
    deps.embed_model = embed_model
    ingest([REAL_31C3], embed_model=embed_model, store=deps.store)
    return Assistant(deps)


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of Australia?",
        "Who won the football world cup in 2018?",
        "Quelle est la capitale de l'Australie ?",
    ],
)
def test_off_topic_questions_are_refused_on_a_138_talk_programme(
    congress: Assistant, question: str
) -> None:
    """On 138 talks some sentence is always near: chance, measured per programme, is the bar."""
    assert congress.dense_floor(congress.catalog()) > GATE_DENSE
    answer = congress.ask(question)
    assert answer.refused, answer.answer


def test_a_question_the_congress_answers_is_still_answered(congress: Assistant) -> None:
    answer = congress.ask("Which talk is about methods for better password cracking?")
    assert not answer.refused and "UNHash" in answer.answer, answer.answer


def test_the_seed_keeps_its_calibrated_threshold(seed_store: Path, embed_model) -> None:
    from assistant.deps import build_deps
    from assistant.settings import Settings

    deps = build_deps(Settings.resolve(env={}, store=str(seed_store), llm="extractive"))
    deps.embed_model = embed_model
    assistant = Assistant(deps)
    assert assistant.dense_floor(assistant.catalog()) == GATE_DENSE


def test_questions_arriving_together_compute_the_threshold_once(numbered: Assistant) -> None:
    import threading

    fresh = Assistant(numbered.deps)  # its own catalog: nothing computed yet
    nearest, calls = fresh._nearest, []

    def counted(question, *args):
        calls.append(question)
        return nearest(question, *args)

    fresh._nearest = counted  # type: ignore[method-assign]
    catalog = fresh.catalog()
    floors: list[float] = []
    threads = [
        threading.Thread(target=lambda: floors.append(fresh.dense_floor(catalog))) for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(floors)) == 1 and len(floors) == 3
    assert sorted(calls) == sorted(set(calls)) == sorted(NULL_QUESTIONS)  # each asked once


@pytest.mark.parametrize(
    ("question", "supported"),
    [
        ("Qui finance l’associatif ?", False),  # one word of two, held by one sentence
        ("Combien de vélos répare l'atelier associatif ?", True),
    ],
)
def test_one_shared_word_is_not_support(
    numbered: Assistant, question: str, supported: bool
) -> None:
    """On a large programme any one word is written somewhere: a source supports a question of
    several content words only when it holds two or more of them (literally)."""
    catalog = numbered.catalog()
    found = numbered.gathered(question, numbered.focus(question, catalog))
    measured = support(question, found.sources, found.evidence, catalog, floor=1.0)
    assert (measured.overlap >= GATE_OVERLAP) is supported, measured


@pytest.mark.parametrize(
    "verb", ["said to require", "stated to require", "claimed to require", "argued to require"]
)
def test_a_verb_of_saying_is_not_a_word_the_text_must_hold(textiles7: Assistant, verb: str) -> None:
    """ "What is X said to …?" asks what the text says: "said" is how it is asked, and counting it
    among the words the French abstract must hold kept a dev question (q145) under the overlap."""
    catalog = textiles7.catalog()
    plain = "In Jeanne Dupont's talk, what does relocation require?"
    reported = f"In Jeanne Dupont's talk, what is relocation {verb}?"
    found = textiles7.gathered(plain, textiles7.focus(plain, catalog))
    measured = [
        support(q, found.sources, found.evidence, catalog, textiles7._vectors, 1.0).overlap
        for q in (plain, reported)
    ]
    assert measured[0] > 0 and measured[1] == measured[0]
