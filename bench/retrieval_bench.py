"""Retrieval latency against store size, beside the time to embed the query alone.

Stores of 1k, 10k and 100k nodes are filled directly in Chroma with French text re-mixed from the
seminar programme (and the BreizhCamp corpus when present) and random unit vectors of the default
engine's dimension: latency does not depend on what the vectors mean, and embedding 100k real
passages would take 10 minutes here. Each query is embedded for real. Also: the extractive answer
end to end on the seed. The local model's timings are bench/ttft_bench.py's.

    .venv/bin/python bench/retrieval_bench.py [--sizes 1000,10000,100000] [--queries 40]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.settings import Settings
from ingest.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "session-3-programme.txt"
QUERIES = [
    "Qui parle de l’usine distribuée ?",
    "What does territorial responsibility of companies mean?",
    "Quels sont les enjeux des tiers-lieux pour un territoire ?",
    "How do digital networks change local production?",
    "Quel est le rôle des designers dans la filière bois ?",
    "Which programmes fund industrial investment?",
    "circuit court et éco-conception",
    "Chippendale",
]


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def fill(deps: Any, size: int, dim: int, rng: random.Random) -> None:
    """`size` abstract nodes with synthetic text and random unit vectors, written in batches."""
    from bench.ingest_bench import sentences

    pool = sentences()
    collection = deps.store.open_for_writing(deps.embed_model.model_name)
    vectors = np.random.default_rng(7).standard_normal((size, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for start in range(0, size, 5000):
        ids = range(start, min(start + 5000, size))
        collection.add(
            ids=[f"abstract:b{i}" for i in ids],
            embeddings=vectors[start : start + len(ids)].tolist(),
            documents=[" ".join(rng.sample(pool, 4)) for _ in ids],
            metadatas=[
                {
                    "kind": "abstract",
                    "talk_id": f"b{i // 3}",
                    "talk": f"Exposé {i // 3}",
                    "speakers": f"Orateur {i // 3}",
                    "session_id": "b",
                    "session": "Bench",
                }
                for i in ids
            ],
        )
    deps.store.mark_ingested(collection, deps.embed_model.model_name, dim)


def latency(size: int, workdir: Path, queries: int) -> dict[str, Any]:
    deps = build_deps(Settings.resolve(env={}, store=str(workdir / f"s{size}"), llm="extractive"))
    dim = len(deps.embed_model.get_query_embedding("warm-up"))
    started = time.perf_counter()
    fill(deps, size, dim, random.Random(size))
    filled = time.perf_counter() - started
    assistant = Assistant(deps)
    started = time.perf_counter()
    retriever = assistant.retriever()  # reads the records and builds the BM25 index
    load = time.perf_counter() - started
    embed_ms, retrieve_ms = [], []
    for i in range(queries):
        query = QUERIES[i % len(QUERIES)] + f" {i}"
        t0 = time.perf_counter()
        deps.embed_model.get_query_embedding(query)
        t1 = time.perf_counter()
        retriever.retrieve(query, 5)  # embeds the query again, then dense + BM25 + fusion
        t2 = time.perf_counter()
        embed_ms.append((t1 - t0) * 1000)
        retrieve_ms.append((t2 - t1) * 1000)
    p50 = statistics.median(retrieve_ms)
    return {
        "nodes": size,
        "fill_s": round(filled, 1),
        "index_load_s": round(load, 2),
        "embed_p50_ms": round(statistics.median(embed_ms), 1),
        "retrieve_p50_ms": round(p50, 1),
        "retrieve_p95_ms": round(percentile(retrieve_ms, 95), 1),
        "ratio_p50": round(p50 / statistics.median(embed_ms), 2),
    }


def extractive_end_to_end(workdir: Path, rounds: int = 5) -> dict[str, Any]:
    deps = build_deps(Settings.resolve(env={}, store=str(workdir / "seed"), llm="extractive"))
    ingest([SEED], embed_model=deps.embed_model, store=deps.store)
    assistant = Assistant(deps)
    assistant.ask("warm-up: quel est le thème de la session ?")
    timings, routes = [], []
    for _ in range(rounds):
        for query in QUERIES:
            t0 = time.perf_counter()
            answer = assistant.ask(query)
            timings.append((time.perf_counter() - t0) * 1000)
            routes.append(answer.route)
    return {
        "extractive_answers": len(timings),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 95), 1),
        "routes": {r: routes.count(r) for r in sorted(set(routes))},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--queries", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for size in [int(s) for s in args.sizes.split(",")]:
            print(json.dumps(latency(size, workdir, args.queries)), flush=True)
        print(json.dumps(extractive_end_to_end(workdir)), flush=True)


if __name__ == "__main__":
    main()
