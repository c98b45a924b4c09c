"""Classes of the fifth blind set's first run (docs/eval.md), on the invented textiles programme:
a talk named by a paraphrase of its title asked "who is behind / who's presenting it?" is
answered by its presenters (the talk retrieval finds first), not by a quote of another text."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.extractive import gather
from assistant.intents import intent


@pytest.mark.parametrize(
    "question",
    [
        "Who is behind the talk on bringing linen back home?",
        "Who's presenting the one about bringing the linen industry back?",
        "Qui est derrière l'exposé sur le retour du lin ?",
    ],
)
def test_who_presents_a_talk_named_in_other_words(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and "Jeanne Dupont" in answer.answer
    assert "talk:lin" in cited(answer) and "session:s7" not in cited(answer)


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("Who's giving the talk on linen?", True),
        ("Who is running the workshop talk?", True),
        ("Who is behind the relocation of the flax industry?", False),  # its actors
        ("Who runs the cooperatives?", False),
        ("Who benefits from the added value?", False),
    ],
)
def test_who_presents_in_everyday_words(question: str, who: bool) -> None:
    assert (intent(question) == "who") is who


# "When X happens, what / who …?": a clause of the question, not a time asked.
@pytest.mark.parametrize(
    "question",
    [
        "When the teillage cooperatives relaunch processing near the fields, who takes back the "
        "added value?",
        "Quand les coopératives de teillage relancent la transformation, qui reprend la main sur "
        "la valeur ajoutée ?",
    ],
)
def test_a_when_clause_is_not_a_time_asked(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert "09:30" not in answer.answer and "abstract:lin" in cited(answer)
    assert "valeur ajoutée" in answer.answer


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("When does the session start?", True),
        ("When, exactly, does the linen talk start?", True),
        ("Quand a lieu la session ?", True),
        ("When farmers take back the added value, what changes for them?", False),
    ],
)
def test_when_asks_a_time_only_as_the_question(question: str, when: bool) -> None:
    assert (intent(question) == "when") is when


# An English question over a French abstract: its words count in translation when the
# sentences are ranked (farmers / « agriculteurs », public policies / « politiques publiques »),
# so the sentence that holds them leads by its words, not by cosine alone.
@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Who takes back control of the added value?", "agriculteurs reprennent la main"),
        ("What was never compensated by public policies?", "jamais été compensée"),
        ("What does the relocation require: which new trades?", "nouveaux métiers"),
    ],
)
def test_english_words_count_in_translation_when_sentences_are_ranked(
    textiles7: Assistant, question: str, sentence: str
) -> None:
    embed = textiles7.deps.embed_model
    source = textiles7.catalog().sources["abstract:lin"]
    evidence = gather(question, embed.get_query_embedding(question), [source], embed)
    assert sentence in evidence[0].sentence and evidence[0].overlap > 0
