"""Load on the web app: concurrent gradio_client sessions asking questions through /ask, then
sequential questions watching the server's memory.

    .venv/bin/python -m bench.load_bench [--clients 20] [--questions 5] [--llm extractive]
                                         [--sequential 200] [--store DIR]

The app runs in this process on a free loopback port (its memory is this process's RSS).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.deps import build_deps
from assistant.settings import Settings
from ingest.pipeline import ingest
from ui.web import launch

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Qui présente « L’usine distribuée » ?",
    "What does RTE stand for?",
    "En quoi la RTE diffère-t-elle de la Responsabilité Sociale de l’entreprise ?",
    "Quels exemples de singularités industrielles locales la session évoque-t-elle ?",
    "When does the session take place?",
    "Quelle est la capitale de l’Australie ?",
    "According to Filippi, what role do territories play in the transitions?",
    "De quoi parle la présentation de Véronique Maire ?",
]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def concurrent(url: str, clients: int, questions: int) -> dict[str, Any]:
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    answered = 0
    lock = threading.Lock()

    def session(k: int) -> None:
        nonlocal answered
        client = Client(url, verbose=False)
        for i in range(questions):
            question = QUESTIONS[(k + i) % len(QUESTIONS)]
            started = time.perf_counter()
            try:
                data = client.predict(question=question, api_name="/ask")
                ok = bool(data.get("answer"))
            except Exception as exc:  # counted, not raised: the figure is the error count
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
                continue
            with lock:
                latencies.append(time.perf_counter() - started)
                answered += ok

    threads = [threading.Thread(target=session, args=(k,)) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {
        "clients": clients,
        "questions": clients * questions,
        "answered": answered,
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
        "p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "p95_s": round(float(np.percentile(latencies, 95)), 3) if latencies else None,
        "wall_s": round(time.perf_counter() - started, 1),
    }


def sequential(url: str, count: int) -> dict[str, Any]:
    from gradio_client import Client

    client = Client(url, verbose=False)
    for i in range(20):  # warm-up: caches, lazy loads
        client.predict(question=QUESTIONS[i % len(QUESTIONS)], api_name="/ask")
    before = rss_mb()
    for i in range(count):
        client.predict(question=QUESTIONS[i % len(QUESTIONS)] + f" ({i})", api_name="/ask")
    after = rss_mb()
    return {
        "sequential": count,
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(after, 1),
        "growth": round((after - before) / before, 3),
    }


def run(store: Path, llm: str, clients: int, questions: int, count: int) -> list[dict[str, Any]]:
    import socket

    deps = build_deps(Settings.resolve(env={}, store=str(store), llm=llm))
    if not deps.store.exists():
        ingest([ROOT / "data"], embed_model=deps.embed_model, store=deps.store)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = launch(deps, port=port, block=False)
    url = f"http://127.0.0.1:{port}/"
    try:
        results = [{"llm": llm, **concurrent(url, clients, questions)}]
        if count:
            results.append({"llm": llm, **sequential(url, count)})
        return results
    finally:
        app.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--questions", type=int, default=5)
    parser.add_argument("--llm", default="extractive")
    parser.add_argument("--sequential", type=int, default=200)
    parser.add_argument("--store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(args.store) if args.store else Path(tmp)
        for row in run(store, args.llm, args.clients, args.questions, args.sequential):
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
