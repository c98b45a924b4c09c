"""Cross-lingual retrieval at a realistic size: the BreizhCamp 2026 programme (91 French talks,
read from ../shared/corpora, never copied) and 36 questions (26 English, 10 French) that
paraphrase talks without reusing their title words (bench/crosslingual_questions.jsonl).

Reports recall@5 of the right talk (one of the 5 retrieved nodes belongs to it) for each
embedding engine, dense only and hybrid (dense + BM25, fused), and for a peer: llama-index's
default pipeline (VectorStoreIndex, default splitter, MiniLM, top-k 2), one document per talk.

    .venv/bin/python bench/crosslingual_bench.py [--engines use,minilm]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.settings import Settings
from ingest.embeddings import make_embedding
from ingest.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "breizhcamp2026.jsonl"
QUESTIONS = ROOT / "bench" / "crosslingual_questions.jsonl"
K = 5


def corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.open(encoding="utf-8")]


def programme(talks: list[dict[str, Any]]) -> dict[str, Any]:
    """The corpus in the structured programme schema, with bios split per speaker."""
    items = []
    for i, talk in enumerate(talks):
        bios = dict(re.findall(r"^(.+?) : (.+)$", talk.get("bio") or "", flags=re.M))
        speakers = [{"name": n, "bio": bios.get(n)} for n in talk["speakers"]]
        items.append(
            {
                "id": f"bc{i}",
                "title": talk["title"],
                "abstract": talk["abstract"],
                "speakers": speakers,
                "room": talk.get("room"),
            }
        )
    return {
        "event": "BreizhCamp 2026",
        "sessions": [{"id": "bc", "title": "BreizhCamp 2026", "talks": items}],
    }


def questions() -> list[dict[str, Any]]:
    return [json.loads(line) for line in QUESTIONS.open(encoding="utf-8")]


def expected_ids(question: dict[str, Any], talks: list[dict[str, Any]]) -> set[str]:
    found = {
        f"bc{i}"
        for i, t in enumerate(talks)
        for p in question["titles"]
        if t["title"].startswith(p) or p in t["title"]
    }
    assert found, f"no talk for {question['titles']}"
    return found


def recall(hits: list[bool]) -> float:
    return round(sum(hits) / len(hits), 3)


def ours(
    engine: str, path: Path, workdir: Path, qs: list[dict[str, Any]], talks: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    settings = Settings.resolve(
        env={}, store=str(workdir / engine), embed_model=engine, llm="extractive"
    )
    deps = build_deps(settings)
    ingest([path], embed_model=deps.embed_model, store=deps.store)
    retriever = Assistant(deps).retriever()
    rows = []
    for mode in ("dense", "hybrid"):
        per_lang: dict[str, list[bool]] = {"en": [], "fr": []}
        started = time.perf_counter()
        for q in qs:
            if mode == "dense":
                embedding = deps.embed_model.get_query_embedding(q["question"])
                top = list(retriever._dense(embedding, filters=_no_filters()))[:K]
                talk_ids = {retriever.catalog.sources[i].talk_id for i in top}
            else:
                talk_ids = {r.source.talk_id for r in retriever.retrieve(q["question"], K)}
            per_lang[q["lang"]].append(bool(talk_ids & expected_ids(q, talks)))
        seconds = (time.perf_counter() - started) / len(qs)
        rows.append(
            {
                "system": f"{engine} {mode}",
                "en": recall(per_lang["en"]),
                "fr": recall(per_lang["fr"]),
                "ms_per_query": round(seconds * 1000),
            }
        )
    return rows


def _no_filters() -> Any:
    from assistant.retrieval import Filters

    return Filters()


def peer(qs: list[dict[str, Any]], talks: list[dict[str, Any]]) -> dict[str, Any]:
    """llama-index defaults: one Document per talk, VectorStoreIndex, MiniLM, top-k 2."""
    from llama_index.core import Document, VectorStoreIndex

    model = make_embedding("minilm")
    docs = [
        Document(
            text=f"{t['title']}\n{', '.join(t['speakers'])}\n{t['abstract']}",
            metadata={"talk_id": f"bc{i}"},
        )
        for i, t in enumerate(talks)
    ]
    index = VectorStoreIndex.from_documents(docs, embed_model=model)
    retriever = index.as_retriever(similarity_top_k=2)
    per_lang: dict[str, list[bool]] = {"en": [], "fr": []}
    for q in qs:
        talk_ids = {n.node.metadata["talk_id"] for n in retriever.retrieve(q["question"])}
        per_lang[q["lang"]].append(bool(talk_ids & expected_ids(q, talks)))
    return {
        "system": "peer: llama-index default (MiniLM, top-2)",
        "en": recall(per_lang["en"]),
        "fr": recall(per_lang["fr"]),
        "ms_per_query": None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--engines", default="use,minilm")
    args = parser.parse_args()
    talks, qs = corpus(), questions()
    print(
        f"{len(talks)} talks; {sum(q['lang'] == 'en' for q in qs)} English and "
        f"{sum(q['lang'] == 'fr' for q in qs)} French questions; recall@{K} of the right talk"
    )
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        path = workdir / "breizhcamp.json"
        path.write_text(json.dumps(programme(talks), ensure_ascii=False), encoding="utf-8")
        for engine in args.engines.split(","):
            for row in ours(engine, path, workdir, qs, talks):
                print(json.dumps(row))
        print(json.dumps(peer(qs, talks)))


if __name__ == "__main__":
    main()
