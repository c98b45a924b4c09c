"""Time to first visible text and total time of local-model answers, as a person sees them.

Each question goes through `Assistant.stream` (retrieval, gate, prompt, the supervised llama.cpp
worker, sentence-by-sentence checks); "first text" is the first partial answer with visible text,
"total" the final, checked answer. Only answers that reached the model count (records answer
other questions without it). Configurations:

- seed, excerpts: the per-question excerpts prompt (the shape used before the cached prefix);
- seed, prefix: the whole programme in the fixed system prompt, warmed up once;
- large: BreizhCamp 2026 (91 talks, read from ../shared/corpora), too long for a prefix, so
  excerpts; its questions are bench/crosslingual_questions.jsonl;
- repack: llama.cpp prompt processing with and without the extra (repack/AMX) weight buffers.

    .venv/bin/python -m bench.ttft_bench [--rounds 2] [--skip-large] [--skip-repack]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.doctor import cpu_name
from assistant.settings import Settings
from ingest.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "session-3-programme.txt"
SEED_QUESTIONS = [
    "Qu’est-ce que les technologies numériques réactualisent selon Olivier Landau ?",
    "According to Filippi, what role do territories play in the transitions?",
    "Que disent les intervenants sur la production distribuée ?",
    "What is the distributed factory about?",
    "Quels modèles de production la session interroge-t-elle ?",
    "What does the session say about third places and fab labs?",
    "Pourquoi les entreprises devraient-elles bifurquer ?",
    "How do digital technologies change the organisation of production?",
    "Quelle place pour la proximité géographique dans la production ?",
    "What does Maryline Filippi say about corporate responsibility?",
]


def machine() -> str:
    return (
        f"{cpu_name()} ({platform.machine()}), {len(__import__('os').sched_getaffinity(0))} cores"
    )


def timed(assistant: Assistant, question: str) -> dict[str, Any] | None:
    start = time.perf_counter()
    first = None
    final = None
    for partial in assistant.stream(question):
        if first is None and partial.answer.strip():
            first = time.perf_counter() - start
        final = partial
    total = time.perf_counter() - start
    assert final is not None
    if final.route not in {"generated", "generated+quote", "fallback"}:
        return None  # answered from the records, without the model
    return {"first_s": round(first or total, 3), "total_s": round(total, 3), "route": final.route}


def summary(name: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    firsts = [r["first_s"] for r in rows]
    totals = [r["total_s"] for r in rows]
    return {
        "config": name,
        "machine": machine(),
        "answers": len(rows),
        "first_p50_s": round(statistics.median(firsts), 2),
        "first_p95_s": round(float(np.percentile(firsts, 95)), 2),
        "total_p50_s": round(statistics.median(totals), 2),
        "total_p95_s": round(float(np.percentile(totals, 95)), 2),
        "generated": sum(r["route"].startswith("generated") for r in rows),
        "runs": rows,
    }


def run(assistant: Assistant, questions: list[str], rounds: int) -> list[dict[str, Any]]:
    assistant.warm_up()
    rows = []
    for _ in range(rounds):
        for question in questions:
            row = timed(assistant, question)
            if row is not None:
                rows.append(row)
    return rows


def seed_configs(workdir: Path, rounds: int) -> None:
    deps = build_deps(Settings.resolve(env={}, store=str(workdir / "seed"), llm="local"))
    ingest([SEED], embed_model=deps.embed_model, store=deps.store)
    assistant = Assistant(deps)
    try:
        for name, use_prefix in (("seed, excerpts", False), ("seed, prefix", True)):
            assistant.use_prefix = use_prefix
            rows = run(assistant, SEED_QUESTIONS, rounds)
            print(json.dumps(summary(name, rows), ensure_ascii=False), flush=True)
    finally:
        deps.llm.close()  # type: ignore[union-attr]


def large_config(workdir: Path) -> None:
    from bench.crosslingual_bench import CORPUS, corpus, programme, questions

    if not CORPUS.exists():
        print(json.dumps({"config": "large", "skipped": f"{CORPUS} not found"}), flush=True)
        return
    path = workdir / "breizhcamp.json"
    path.write_text(json.dumps(programme(corpus()), ensure_ascii=False), encoding="utf-8")
    deps = build_deps(Settings.resolve(env={}, store=str(workdir / "large"), llm="local"))
    ingest([path], embed_model=deps.embed_model, store=deps.store)
    assistant = Assistant(deps)
    try:
        asked = [q["question"] for q in questions()][:10]
        rows = run(assistant, asked, 1)
        print(json.dumps(summary("large (BreizhCamp, 91 talks), excerpts", rows),
                         ensure_ascii=False), flush=True)  # fmt: skip
    finally:
        deps.llm.close()  # type: ignore[union-attr]


REPACK_PROBE = """
import json, sys, time
from llama_cpp import Llama
import llama_cpp.llama_cpp as native
from assistant.model_server import disable_extra_buffers
if sys.argv[2] == "off":
    disable_extra_buffers()
llm = Llama(model_path=sys.argv[1], n_ctx=2048, n_threads=2, verbose=False)
prompt = llm.tokenize(("Le programme de la session. " * 200).encode())[:1000]
times = []
for _ in range(3):
    llm.reset()
    start = time.perf_counter()
    llm.eval(prompt)
    times.append(time.perf_counter() - start)
start = time.perf_counter()
out = llm.create_completion("Bonjour,", max_tokens=64, temperature=0.0)
gen = out["usage"]["completion_tokens"] / (time.perf_counter() - start)
print(json.dumps({"prompt_tokens_per_s": round(1000 / min(times), 1),
                  "generation_tokens_per_s": round(gen, 1)}))
"""


def repack() -> None:
    """Prompt and generation speed with the extra buffers on (llama.cpp's default) and off."""
    from assistant.local_model import default_cache_dir, ensure_model

    model = ensure_model(default_cache_dir())
    for setting in ("on", "off"):
        done = subprocess.run([sys.executable, "-c", REPACK_PROBE, str(model), setting],
                              capture_output=True, text=True, cwd=ROOT)  # fmt: skip
        figures = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else {
            "error": done.stderr.strip()[-200:]}  # fmt: skip
        print(json.dumps({"config": f"extra buffers {setting}", "machine": machine(),
                          **figures}), flush=True)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--skip-repack", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed_configs(Path(tmp), args.rounds)
        if not args.skip_large:
            large_config(Path(tmp))
    if not args.skip_repack:
        repack()


if __name__ == "__main__":
    main()
