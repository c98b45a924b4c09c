"""The lexical side of retrieval over a programme in another language than the question: BM25
finds nothing by the English words a French programme never writes, so the question's words are
translated into the words of the nearest sources (the encoder's word cosine ≥ RANK_WORD_COSINE)
and BM25 finds the French sentences by them (dev q139's class: "firms … local needs" over
« entreprises … besoins »)."""

from __future__ import annotations

import pytest

from assistant.answer import Assistant
from assistant.lexicon import tokens


@pytest.mark.parametrize(
    "question",
    [
        "Which talk says farmers are taking back control of the added value?",
        "Who mentions public policies that never made up for the closed spinning mills?",
    ],
)
def test_english_words_find_the_french_abstract_by_its_words(
    textiles7: Assistant, question: str
) -> None:
    found = {r.source.id: r for r in textiles7.retriever().retrieve(question, 10)}
    assert "abstract:lin" in found
    assert found["abstract:lin"].lexical > 0  # BM25 matched its translated words


def test_words_the_programme_writes_are_not_translated(textiles7: Assistant) -> None:
    retriever = textiles7.retriever()
    dense = {source_id: 1.0 for source_id in textiles7.catalog().sources}
    assert retriever._translations("Les coopératives de teillage et le lin", dense) == []
    assert retriever._translations("farmers", dense) == tokens("agriculteurs")
