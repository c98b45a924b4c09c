"""Does the local model help by doing the understanding step? (issue 10, docs/eval.md)

    .venv/bin/session-assistant model-server --port 8765 &
    .venv/bin/python bench/understanding.py --store DIR --base-url http://127.0.0.1:8765/v1

Questions in other words than the programme's ("I manage a sawmill … which talk is for me?",
where the abstract writes « filière bois ») are refused: the encoder puts the right talk at a
cosine of 0.0–0.2, under unrelated ones. Two ways a model could do the understanding, each with
a JSON grammar (llama.cpp turns the schema into one) and code doing the answering:

- terms: the model writes the question's topic as French and English noun phrases; they are
  added to the question, and the pipeline (extractive) answers that.
- pick: the model is given the talks (title, speakers, the abstract's beginning) and names the
  one whose subject the question is about, or 0.

Scored on the dev questions asked in other words (the right talk must be cited with its facts)
and on questions no programme answers (data/eval/offtopic.jsonl: must stay refused / get 0).

    .venv/bin/python bench/understanding.py --store DIR --base-url URL --retry

measures the terms as they would be wired in: a retry on the refusal path. Every question of
every set in data/eval that the gate refuses is asked again with the model's terms; it prints,
per set, the refusals of answerable questions it mends and the unanswerable ones it answers.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from assistant.answer import Assistant
from assistant.catalog import Catalog
from assistant.deps import build_deps
from assistant.evaluation import GoldItem, evaluate, load_gold
from assistant.settings import Settings

EVAL = Path(__file__).resolve().parent.parent / "data" / "eval"
# dev questions whose words are not the programme's (docs/eval.md, blind17 D and blind18 A)
OTHER_WORDS = "q474 q475 q476 q477 q478 q479 q493 q495 q496 q497".split()

TERMS_SYSTEM = (
    "You turn a question about a seminar programme into search terms: the topic the question "
    "is about, as short noun phrases (two or three words) in French and in English, with near "
    "synonyms. Leave out the person asking and words like talk, session, speaker. Never answer "
    "the question."
)
# Invented examples (an imaginary programme), not questions of any evaluation set.
TERMS_SHOTS = [
    ("I run a small weaving workshop and want to work with other textile firms nearby. "
     "Which talk suits me?",
     {"fr": ["atelier de tissage", "entreprises textiles", "coopération locale"],
      "en": ["weaving workshop", "textile firms", "local cooperation"]}),
    ("Y a-t-il une intervention sur la façon dont les villes aident les usines à revenir ?",
     {"fr": ["relocalisation industrielle", "politiques publiques", "usines"],
      "en": ["reshoring industry", "public policy", "factories"]}),
]  # fmt: skip
TERMS_SCHEMA = {
    "type": "object",
    "properties": {
        "fr": {"type": "array", "items": {"type": "string"}},
        "en": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["fr", "en"],
}
PICK_SYSTEM = (
    "Here are the talks of a seminar session:\n{talks}\n\nThe user asks a question. Say which "
    "talk's subject matches what the question is about, by its number, or 0 when no talk is "
    "about it. Judge by subject, not by shared words. JSON only."
)
PICK_SCHEMA = {"type": "object", "properties": {"talk": {"type": "integer"}}, "required": ["talk"]}


UNUSABLE = {"terms": 0, "pick": 0}  # replies that were not the JSON asked for, by arm


def _ask_json(
    base_url: str, messages: list[dict[str, str]], schema: dict[str, Any], arm: str
) -> Any:
    """The model's reply parsed as JSON under a grammar; None (counted) when unusable."""
    body = {"model": "local", "messages": messages, "temperature": 0.0, "max_tokens": 256,
            "response_format": {"type": "json_object", "schema": schema}}  # fmt: skip
    try:
        reply = httpx.post(base_url.rstrip("/") + "/chat/completions", json=body, timeout=300)
        reply.raise_for_status()
        return json.loads(reply.json()["choices"][0]["message"]["content"])
    except (ValueError, KeyError, IndexError, TypeError, httpx.HTTPError):
        UNUSABLE[arm] += 1
        return None


def terms(base_url: str, question: str) -> list[str]:
    """The question's topic as the model writes it, in French and English noun phrases."""
    messages = [{"role": "system", "content": TERMS_SYSTEM}]
    for asked, said in TERMS_SHOTS:
        said_json = json.dumps(said, ensure_ascii=False)
        messages += [{"role": "user", "content": str(asked)},
                     {"role": "assistant", "content": said_json}]  # fmt: skip
    chat = [*messages, {"role": "user", "content": question}]
    found = _ask_json(base_url, chat, TERMS_SCHEMA, "terms")
    if not isinstance(found, dict):
        return []
    return [t for key in ("fr", "en") for t in found.get(key) or [] if isinstance(t, str)][:12]


def pick(base_url: str, question: str, catalog: Catalog) -> str | None:
    """The id of the talk the model names, or None for 0 / an unusable reply."""
    talks = list(catalog.talks.values())
    lines = []
    for n, talk in enumerate(talks, 1):
        abstracts = catalog.abstracts(talk.id)
        opening = abstracts[0].text[:300] if abstracts else "(no abstract)"
        lines.append(f"{n}. «{talk.title}» — {', '.join(talk.speakers)}. {opening}")
    system = PICK_SYSTEM.format(talks="\n".join(lines))
    found = _ask_json(base_url, [{"role": "system", "content": system},
                                 {"role": "user", "content": question}], PICK_SCHEMA,
                      "pick")  # fmt: skip
    number = found.get("talk") if isinstance(found, dict) else None
    return talks[number - 1].id if isinstance(number, int) and 0 < number <= len(talks) else None


def _expected_talks(item: GoldItem) -> set[str]:
    return {s.split(":", 1)[1] for s in item.sources if s.split(":", 1)[0] in {"talk", "abstract"}}


def _right(result: Any) -> bool:
    return False not in (result.facts_ok, result.citation_ok, result.refusal_ok)


def _offtopic(limit: int | None = None) -> list[GoldItem]:
    lines = (EVAL / "offtopic.jsonl").read_text(encoding="utf-8").splitlines()[:limit]
    return [GoldItem(id=d["id"], question=d["question"], expect="refuse")
            for d in map(json.loads, lines)]  # fmt: skip


def _expanded(base_url: str, item: GoldItem) -> GoldItem:
    found = terms(base_url, item.question)
    return replace(item, question=f"{item.question} ({', '.join(found)})") if found else item


def retry(assistant: Assistant, base_url: str) -> None:
    """The terms as a retry on the gate's refusals, over every set: what it mends, what it
    breaks."""
    sets = {path.stem: load_gold(path) for path in sorted(EVAL.glob("*.jsonl"))
            if path.stem != "offtopic"}  # fmt: skip
    sets["offtopic"] = _offtopic()
    for name, items in sets.items():
        plain = evaluate(assistant, items).items
        refused = [i for i, r in zip(items, plain, strict=True) if r.route == "gate"]
        again = evaluate(assistant, [_expanded(base_url, i) for i in refused]).items
        pairs = list(zip(refused, again, strict=True))
        mended = [i.id for i, r in pairs if i.expect == "answer" and _right(r)]
        broken = [i.id for i, r in pairs if i.expect == "refuse" and not r.refused]
        print(f"{name:10} gate refusals {len(refused):3}  answerable mended {len(mended):2} "
              f"{' '.join(mended)}  unanswerable answered {len(broken):2} "
              f"{' '.join(broken)}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    parser.add_argument("--base-url", required=True, help="an OpenAI-compatible llama.cpp server")
    parser.add_argument("--offtopic", type=int, default=20, help="how many off-topic questions")
    parser.add_argument("--retry", action="store_true", help="the terms as a refusal-path retry")
    args = parser.parse_args()
    assistant = Assistant(build_deps(Settings.resolve(store=args.store, llm="extractive")))
    if args.retry:
        retry(assistant, args.base_url)
        return
    catalog = assistant.catalog()
    dev = [i for i in load_gold(EVAL / "dev.jsonl") if i.id in OTHER_WORDS]
    offtopic = _offtopic(args.offtopic)
    totals = {"plain": 0, "terms": 0, "pick": 0}
    seconds = []
    for item in [*dev, *offtopic]:
        started = time.perf_counter()
        found = terms(args.base_url, item.question)
        chosen = pick(args.base_url, item.question, catalog)
        seconds.append(time.perf_counter() - started)
        asked = f"{item.question} ({', '.join(found)})" if found else item.question
        plain, expanded = evaluate(assistant, [item, replace(item, question=asked)]).items
        by_pick = chosen in _expected_talks(item) if item.expect == "answer" else chosen is None
        for key, ok in (("plain", _right(plain)), ("terms", _right(expanded)), ("pick", by_pick)):
            totals[key] += ok
        print(f"{item.id:8} plain {_right(plain):d} terms {_right(expanded):d} "
              f"({'refused' if expanded.refused else expanded.route}) pick {by_pick:d} "
              f"[{chosen}] {found}")  # fmt: skip
    n = len(dev) + len(offtopic)
    print(f"\n{len(dev)} dev questions in other words + {len(offtopic)} off-topic questions")
    for key, value in totals.items():
        print(f"{key:6} right {value}/{n}")
    print(f"model time per question (both calls): {sum(seconds) / len(seconds):.1f} s")
    print(f"unusable replies: {UNUSABLE}")


if __name__ == "__main__":
    main()
