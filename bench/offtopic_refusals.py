"""How many questions no programme answers are refused on a given store (docs/eval.md).

    .venv/bin/python bench/offtopic_refusals.py --store DIR [--llm extractive] [--show]

The questions (data/eval/offtopic.jsonl: 60, French, English, German) were written by a reader
who saw neither the code nor the other sets. Every one should be refused.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.settings import Settings

QUESTIONS = Path(__file__).resolve().parent.parent / "data" / "eval" / "offtopic.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    parser.add_argument("--llm", default="extractive")
    parser.add_argument("--show", action="store_true", help="print what was not refused")
    args = parser.parse_args()
    assistant = Assistant(build_deps(Settings.resolve(store=args.store, llm=args.llm)))
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()]
    refused = 0
    for question in questions:
        answer = assistant.ask(question)
        refused += answer.refused
        if args.show and not answer.refused:
            print(f"answered ({answer.route}): {question} → {answer.answer[:100]!r}")
    floor = assistant.dense_floor(assistant.catalog())
    print(f"{args.store}: {refused} of {len(questions)} refused (dense threshold {floor:.3f})")


if __name__ == "__main__":
    main()
