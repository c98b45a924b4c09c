"""Load, at a size CI can afford (`make bench` runs the full 20 clients x 5 and 200 sequential)."""

from __future__ import annotations

from pathlib import Path

from bench.load_bench import run


def test_concurrent_sessions_and_memory(seed_store: Path) -> None:
    burst, steady = run(seed_store, "extractive", clients=6, questions=3, count=60)
    assert burst["errors"] == 0, burst["first_error"]
    assert burst["answered"] == burst["questions"] == 18
    assert steady["growth"] < 0.10
