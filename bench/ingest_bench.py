"""Ingestion throughput on a synthetic programme of 1,000 talks with realistic French abstracts.

Abstracts are made of sentences re-mixed from the seminar programme and, when present, the
BreizhCamp corpus in ../shared/corpora (read from there, never copied), with lengths drawn around
the corpus's median (~1,000 characters). Reports, on an embedded store:
first ingest (nodes/s, and the share spent embedding) and an unchanged re-ingest (time, ratio).

    .venv/bin/python bench/ingest_bench.py [--talks 1000] [--models use,minilm]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from ingest.embeddings import make_embedding
from ingest.pipeline import ingest
from ingest.store import ProgrammeStore, StoreConfig

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "breizhcamp2026.jsonl"
FIRST = "Camille Léa Hugo Inès Louis Jade Paul Chloé Jules Manon Nora Émile Aya Marc".split()
LAST = "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon".split()
AFFILIATIONS = ["CNRS", "INRAE", "IRI", "Université de Rennes", "ESAD de Reims", "Inria"]


def sentences() -> list[str]:
    texts = [(ROOT / "data" / "session-3-programme.txt").read_text(encoding="utf-8")]
    if CORPUS.exists():
        texts += [json.loads(line)["abstract"] for line in CORPUS.open(encoding="utf-8")]
    found = re.split(r"(?<=[.!?])\s+", " ".join(texts).replace("\n", " "))
    return [s for s in found if 40 <= len(s) <= 400]


def synthetic_programme(talks: int, rng: random.Random) -> dict[str, Any]:
    pool = sentences()
    per_session = 20
    sessions = []
    for s in range(0, talks, per_session):
        items = []
        for t in range(s, min(s + per_session, talks)):
            target = max(300, int(rng.gauss(1000, 400)))
            abstract: list[str] = []
            while sum(map(len, abstract)) < target:
                abstract.append(rng.choice(pool))
            speakers = [
                {
                    "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {t}-{k}",
                    "affiliation": rng.choice(AFFILIATIONS),
                    "role": "chercheuse",
                }
                for k in range(rng.choice([1, 1, 1, 2]))
            ]
            items.append(
                {
                    "title": f"Exposé {t} : " + " ".join(rng.choice(pool).split()[:6]),
                    "abstract": None if rng.random() < 0.1 else " ".join(abstract),
                    "speakers": speakers,
                }
            )
        sessions.append(
            {
                "id": f"b{s // per_session}",
                "title": f"Session {s // per_session}",
                "description": " ".join(rng.sample(pool, 3)),
                "talks": items,
            }
        )
    return {"event": "Synthetic seminar", "sessions": sessions}


def run(model_spec: str, programme: Path, workdir: Path) -> dict[str, Any]:
    model = make_embedding(model_spec)
    model.get_query_embedding("warm-up")  # load time is not ingest time
    store = ProgrammeStore(StoreConfig(path=workdir / f"store-{model_spec}"))
    embed_seconds = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal embed_seconds
        embed_seconds = time.perf_counter() - started

    started = time.perf_counter()
    first = ingest([programme], embed_model=model, store=store, progress=progress)
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    again = ingest([programme], embed_model=model, store=store)
    again_s = time.perf_counter() - started
    assert not again.wrote, "an unchanged re-ingest must write nothing"
    nodes = len(first.added)
    return {
        "model": model.model_name,
        "talks": first.talks,
        "nodes": nodes,
        "first_s": round(first_s, 2),
        "first_nodes_per_s": round(nodes / first_s, 1),
        "embedding_share": round(embed_seconds / first_s, 2),
        "reingest_s": round(again_s, 2),
        "speedup": round(first_s / again_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--talks", type=int, default=1000)
    parser.add_argument("--models", default="use,minilm")
    args = parser.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, "
        f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        programme = workdir / "synthetic.json"
        data = synthetic_programme(args.talks, random.Random(7))
        programme.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        abstracts = [t["abstract"] for s in data["sessions"] for t in s["talks"] if t["abstract"]]
        mean = sum(map(len, abstracts)) // len(abstracts)
        print(f"programme: {args.talks} talks, mean abstract {mean} chars")
        for spec in args.models.split(","):
            print(json.dumps(run(spec, programme, workdir)))


if __name__ == "__main__":
    main()
