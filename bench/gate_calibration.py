"""Print the refusal gate's two measures for every gold question, to place its thresholds.

    .venv/bin/python bench/gate_calibration.py --store DIR [--gold data/eval/dev.jsonl]

Questions answered from the records (who, when, affiliation, …) never reach the gate; they are
marked `record`. For the others the gate refuses when both measures are under their threshold.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.answer import Assistant
from assistant.condense import condense
from assistant.deps import build_deps
from assistant.evaluation import load_gold
from assistant.gate import GATE_DENSE, GATE_OVERLAP
from assistant.lexicon import language
from assistant.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    parser.add_argument("--gold", type=Path, default=Path("data/eval/dev.jsonl"))
    args = parser.parse_args()
    assistant = Assistant(build_deps(Settings.resolve(store=args.store, llm="extractive")))
    catalog = assistant.catalog()
    rows = []
    for item in load_gold(args.gold):
        lang = language(item.question)
        question = condense(item.question, item.history, catalog, lang)
        focus = assistant.focus(question, catalog)
        if assistant.records(question, focus, lang) is not None:
            rows.append((9.0, 9.0, item.expect, "record", item.question))
            continue
        s = assistant.gathered(question, focus).support
        verdict = "pass" if s.enough else "refuse"
        rows.append((s.dense, s.overlap, item.expect, verdict, item.question))
    print(f"thresholds: dense {GATE_DENSE}, overlap {GATE_OVERLAP}")
    print("dense  overlap expect  gate    question")
    for dense, lexical, expect, verdict, question in sorted(rows):
        print(f"{dense:5.2f}  {lexical:5.2f}   {expect:7} {verdict:7} {question[:70]}")


if __name__ == "__main__":
    main()
