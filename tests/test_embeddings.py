"""The two embedding engines, real models, loaded lazily."""

from __future__ import annotations

import math

from ingest.embeddings import (
    SentenceTransformerEmbedding,
    UniversalSentenceEncoderEmbedding,
    make_embedding,
)

FR = "Les territoires deviennent des lieux de co-création de solutions innovantes."
EN = "Regions become places where people create innovative solutions together."
OTHER = "The cabinet maker Chippendale sold furniture internationally in the 18th century."


def _cos(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_building_an_engine_loads_nothing() -> None:
    use = make_embedding("use")
    minilm = make_embedding("minilm")
    assert isinstance(use, UniversalSentenceEncoderEmbedding) and use._encoder is None
    assert isinstance(minilm, SentenceTransformerEmbedding) and minilm._model is None


def test_use_is_multilingual(embed_model) -> None:
    fr, en, other = embed_model.get_text_embedding_batch([FR, EN, OTHER])
    assert len(fr) == 512
    assert math.isclose(_cos(fr, fr), 1.0, rel_tol=1e-3)
    assert _cos(embed_model.get_query_embedding(EN), fr) > _cos(
        embed_model.get_query_embedding(EN), other
    )
    assert _cos(fr, en) > _cos(fr, other)


def test_minilm_through_sentence_transformers() -> None:
    model = make_embedding("minilm")
    vectors = model.get_text_embedding_batch([FR, OTHER])
    assert model.model_name == "all-MiniLM-L6-v2"
    assert [len(v) for v in vectors] == [384, 384]
    assert math.isclose(_cos(vectors[0], vectors[0]), 1.0, rel_tol=1e-3)


def test_e5_models_get_their_prefixes_and_other_models_none() -> None:
    e5 = make_embedding("/models/multilingual-e5-small")
    assert isinstance(e5, SentenceTransformerEmbedding)
    assert (e5.query_prefix, e5.passage_prefix) == ("query: ", "passage: ")
    plain = make_embedding("/models/paraphrase-mpnet")
    assert isinstance(plain, SentenceTransformerEmbedding)
    assert (plain.query_prefix, plain.passage_prefix) == ("", "")


def test_a_model_that_is_not_there_is_a_clear_error(tmp_path) -> None:
    import pytest

    from ingest.errors import ModelError

    missing = make_embedding(str(tmp_path / "no-such-model"))
    with pytest.raises(ModelError, match=r"cannot load sentence-transformers model .* offline"):
        missing.get_query_embedding("x")
