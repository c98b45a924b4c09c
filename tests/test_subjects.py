"""Every talk on a subject, asked in the plural and in other words ("which talks deal with farming
or agriculture?", « quelles interventions parlent d'écologie ? », "…? Lesquelles ?"): each talk
whose title or abstract writes the subject or its translation, quoted and cited; not the whole
programme, not the one talk retrieval ranks first; when no talk writes it, the texts' path
answers (the gate refuses "which talks deal with football?"). And a
place or an example asked of a text that names none ("in which country …, according to X?",
« quelles collectivités cite-t-elle en exemple ? ») is refused, not answered with the nearest
sentences. Written on the TEXTILES fixture from the classes blind17 left open (E, F)."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.parts import split_question
from assistant.subjects import subject_asked


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Which talks deal with farming or agriculture in any way?",
         [["farming"], ["agriculture"]]),
        ("Quelles interventions parlent d'écologie ?", [["écologie"]]),
        ("Do any of the presentations talk about territory or local areas? List them all please",
         [["territory"], ["local", "areas"]]),
        ("Est-ce que certaines interventions s'intéressent aux habitants ou aux citoyens ?",
         [["habitants"], ["citoyens"]]),
        ("Quelles présentations évoquent la production, même au détour du résumé ?",
         [["production"]]),
        ("Are there any talks about ecology?", [["ecology"]]),
        ("Any talks on farming?", [["farming"]]),
        ("Y a-t-il des interventions sur l'agriculture ?", [["agriculture"]]),
        ("Quelles interventions sont consacrées à l'agriculture ?", [["agriculture"]]),
        ("Which talks mention the word « lin »?", [["lin"]]),  # what it quotes
        # a second question after it is not the subject
        ("Which talks are about linen, and who gives them?", [["linen"]]),
    ],
)  # fmt: skip
def test_the_subject_asked(question: str, subject: list[list[str]]) -> None:
    assert subject_asked(question) == subject


@pytest.mark.parametrize(
    "question",
    [
        "Which talk is about linen?",  # the one that fits best, not every talk
        "Is there a talk about linen?",
        "What is the linen talk about?",
        "Which talks are there?",
        "Who talks about linen?",
        "Which speaker talks about linen?",  # "talks" the verb
        "Which talks don't deal with linen?",  # the others
        "Which talks did not mention ecology?",
        "Which talks relate to each other?",
        "Which talks deal with the same subject as the talk on shared workshops?",
        "Which talks cover more than one topic?",
        "Which talks deal with farming in the afternoon?",  # the schedule
        "Which sessions are about linen?",  # a session is not listed as its talks
        "Qui présente les interventions qui parlent de lin ?",  # who
        "When are the talks that deal with linen?",
        "Which talks have no abstract?",
        "What talks are there?",
    ],
)
def test_not_every_talk_on_a_subject(question: str) -> None:
    assert subject_asked(question) is None


@pytest.mark.parametrize(
    ("question", "sources"),
    [
        # the abstract writes « agriculteurs »: a translation, not the question's word
        ("Which talks deal with agriculture in any way?", ["abstract:lin"]),
        # two titles write it, as « relocaliser » and « relocalisation »
        ("Quelles interventions parlent de relocalisation ?", ["talk:lin", "talk:aides"]),
        ("Est-ce que certaines interventions abordent la relocalisation ? Lesquelles ?",
         ["talk:lin", "talk:aides"]),
        ("Which presentations touch on machines or new jobs?", ["abstract:lin"]),
    ],
)  # fmt: skip
def test_every_talk_that_writes_it(textiles7: Assistant, question: str, sources: list) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and sorted(cited(answer)) == sorted(sources), answer.answer


def test_the_sentence_that_shows_it_is_quoted(textiles7: Assistant) -> None:
    answer = textiles7.ask("Which talks are about farmers?")
    assert "agriculteurs reprennent la main" in answer.answer
    assert "Relocaliser la filière lin" in answer.answer and "Jeanne Dupont" in answer.answer


def test_no_talk_writes_it(textiles7: Assistant) -> None:
    # not the whole programme listed as if every talk were on it (« Quelles interventions
    # traitent du football ? » passes the gate on this small fixture: the talk closest to it)
    answer = textiles7.ask("Which talks deal with football?")
    assert answer.refused, answer.answer


def test_which_ones_is_the_same_list(textiles7: Assistant) -> None:
    question = "Est-ce que certaines interventions parlent du lin ? Lesquelles ?"
    assert split_question(question, textiles7.catalog(), "fr") == [question]


def test_a_large_programme_scans_the_talks_retrieval_or_words_find(
    textiles7: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    # beyond SCANNED_TALKS, only the talks retrieval finds or whose texts write a stem of the
    # subject are read word by word: the same talks here
    import assistant.answer

    monkeypatch.setattr(assistant.answer, "SCANNED_TALKS", 1)
    answer = textiles7.ask("Quelles interventions parlent de relocalisation ?")
    assert sorted(cited(answer)) == ["talk:aides", "talk:lin"], answer.answer
    answer = textiles7.ask("Which talks deal with agriculture in any way?")
    assert cited(answer) == ["abstract:lin"], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "In which country did the cooperatives restart linen processing, according to Jeanne "
        "Dupont?",
        "Quelles communes Jeanne Dupont cite-t-elle en exemple de coopératives de teillage ?",
    ],
)
def test_a_place_the_text_does_not_name(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer


def test_a_place_the_text_names(textiles7: Assistant) -> None:
    answer = textiles7.ask(
        "Which region does Jeanne Dupont give as her example of farmers taking back value?"
    )
    assert not answer.refused and "pays de Caux" in answer.answer, answer.answer
    assert cited(answer) == ["abstract:lin"]


def test_generated_talks_on_a_word_of_two_titles(extractive: Assistant) -> None:
    """`eval --generated` asks "which talks deal with <a word two titles write>?": on the seed,
    « industrie » (Maire's title) and « industriels » (Etévé and Granier's); both are listed."""
    from assistant.evaluation import evaluate
    from assistant.generated import generate

    items = [i for i in generate(extractive.catalog()) if i.type == "talks-on"]
    assert {i.params["word"] for i in items} == {"industrie"} and len(items) == 2
    assert [g[1:] for g in items[0].facts] == [
        ["Véronique Maire", "Maire"],
        ["Camille Etévé", "Caroline Granier", "Etévé", "Granier"],
    ]
    report = evaluate(extractive, items)
    assert all(i.facts_ok and i.citation_ok for i in report.items), report.failures()
