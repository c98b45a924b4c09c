"""Draw the benchmark figures for docs/ from the JSON lines the benches print.

make bench     (runs every bench into bench/out/*.jsonl, then this)
.venv/bin/python -m bench.plots [--out docs]
"""

from __future__ import annotations

import argparse
import json
import platform
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
MACHINE = f"{platform.machine()}, {__import__('os').cpu_count()} cores, CPU only"


def rows(name: str) -> list[dict[str, Any]]:
    path = OUT / f"{name}.jsonl"
    if not path.exists():
        return []
    return [json.loads(x) for x in path.read_text().splitlines() if x.startswith("{")]


def _figure(title: str) -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.0), dpi=110)
    ax.set_title(title, fontsize=11)
    fig.text(0.01, -0.04, f"{MACHINE} · reproduce: make bench", fontsize=7, color="#555")
    return fig, ax


def retrieval(out: Path) -> None:
    data = [r for r in rows("retrieval") if "nodes" in r]
    if not data:
        return
    fig, ax = _figure("Hybrid retrieval latency against store size")
    sizes = [r["nodes"] for r in data]
    ax.plot(sizes, [r["retrieve_p50_ms"] for r in data], "o-", label="retrieve p50")
    ax.plot(sizes, [r["retrieve_p95_ms"] for r in data], "s--", label="retrieve p95")
    ax.plot(sizes, [r["embed_p50_ms"] for r in data], "^:", label="query embedding p50")
    ax.axhline(100, color="red", lw=0.8, label="target p50 at 100k: 100 ms")
    ax.set_xscale("log")
    ax.set_xlabel("nodes in the store")
    ax.set_ylabel("ms")
    ax.legend(fontsize=8)
    fig.savefig(out / "bench-retrieval.png", bbox_inches="tight")


def ingest(out: Path) -> None:
    data = rows("ingest")
    if not data:
        return
    fig, ax = _figure("Ingestion of 1,000 talks")
    names = [r["model"] for r in data]
    ax.bar(names, [r["first_nodes_per_s"] for r in data], color="#4c72b0")
    ax.axhline(100, color="red", lw=0.8, label="target: 100 nodes/s")
    for i, r in enumerate(data):
        note = f"{r['first_nodes_per_s']} nodes/s\nre-ingest {r['reingest_s']} s ({r['speedup']}×)"
        ax.text(i, r["first_nodes_per_s"], note, ha="center", va="bottom", fontsize=8)
    ax.set_ylabel("first ingest, nodes/s")
    ax.set_ylim(0, max(r["first_nodes_per_s"] for r in data) * 1.3)
    ax.legend(fontsize=8)
    fig.savefig(out / "bench-ingest.png", bbox_inches="tight")


def ttft(out: Path) -> None:
    data = [r for r in rows("ttft") if "first_p50_s" in r]
    if not data:
        return
    fig, ax = _figure("Local model: time to first visible text and to the checked answer")
    x = range(len(data))
    ax.bar([i - 0.2 for i in x], [r["first_p50_s"] for r in data], 0.4, label="first text, p50")
    ax.bar([i + 0.2 for i in x], [r["total_p50_s"] for r in data], 0.4, label="whole answer, p50")
    for i, r in enumerate(data):
        ax.text(i - 0.2, r["first_p50_s"], f"{r['first_p50_s']} s", ha="center", va="bottom",
                fontsize=8)  # fmt: skip
    ax.axhline(0.5, color="red", lw=0.8, label="target, cached prefix: 0.5 s")
    ax.axhline(1.5, color="orange", lw=0.8, label="target, large programme: 1.5 s")
    ax.set_xticks(list(x), [r["config"].split(", excerpts")[0] if "large" in r["config"]
                            else r["config"] for r in data], fontsize=8)  # fmt: skip
    ax.set_ylabel("seconds")
    ax.legend(fontsize=8)
    fig.savefig(out / "bench-ttft.png", bbox_inches="tight")


def load(out: Path) -> None:
    data = [r for r in rows("load") if "p50_s" in r]
    if not data:
        return
    fig, ax = _figure("Concurrent chat sessions (gradio_client, /ask)")
    labels = [
        f"{r['llm']}\n{r['clients']} clients × {r['questions'] // r['clients']}" for r in data
    ]
    x = range(len(data))
    ax.bar([i - 0.2 for i in x], [r["p50_s"] for r in data], 0.4, label="p50")
    ax.bar([i + 0.2 for i in x], [r["p95_s"] for r in data], 0.4, label="p95")
    ax.set_xticks(list(x), labels, fontsize=8)
    ax.set_ylabel("seconds per question (queue included)")
    ax.legend(fontsize=8)
    fig.savefig(out / "bench-load.png", bbox_inches="tight")


def e2e(out: Path) -> None:
    data = [r for r in rows("e2e") if "p50_ms" in r]
    if not data:
        return
    fig, ax = _figure("Extractive answer time against programme size")
    sizes = [r["talks"] for r in data]
    ax.plot(sizes, [r["p50_ms"] for r in data], "o-", label="per question, p50")
    ax.plot(sizes, [r["p95_ms"] for r in data], "s--", label="per question, p95")
    for r in data:
        ax.annotate(f"{r['ratio_p50']}×", (r["talks"], r["p50_ms"]), textcoords="offset points",
                    xytext=(0, -14), ha="center", fontsize=8)  # fmt: skip
    base = data[0]["p50_ms"]
    targets = [(720, 2), (10_000, 3)]
    label = "target p50: 2× at 720 talks, 3× at 10,000"
    ax.plot([t for t, _ in targets], [base * k for _, k in targets], "rx", ms=9, label=label)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel(f"talks in the programme (ratios to {data[0]['talks']} talks, same run)")
    ax.set_ylabel("ms, question to checked answer")
    ax.legend(fontsize=8)
    fig.savefig(out / "bench-e2e.png", bbox_inches="tight")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    for draw in (retrieval, ingest, ttft, load, e2e):
        draw(args.out)
    print(f"figures in {args.out}")


if __name__ == "__main__":
    main()
