"""The evaluation harness: a gold set of questions about the ingested programme, scored for
retrieval recall@5, fact accuracy, citation accuracy and refusal accuracy.

Gold sets (data/eval/): dev.jsonl (the hand-written set the rules were tuned on; tune on it),
test.jsonl (written before the issue-10 rewrite, then frozen: never change code for one of its
questions). Questions
generated from any ingested programme (assistant/generated.py) are scored the same way and reported
per question type and language (`evaluate_generated`, `type_table`).

Gold file (JSONL), one question a line:
  {"id", "question", "lang", "category", "expect": "answer"|"refuse",
   "sources": [ids, any of which is right], "facts": [[alternatives], ...], "history"?: [...]}
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.answer import Assistant
from assistant.catalog import Catalog
from assistant.condense import condense
from assistant.grounding import cited
from assistant.types import Answer
from ingest import schema
from ingest.errors import BadInputError
from ingest.text import fold

RECALL_K = 5


@dataclass
class GoldItem:
    id: str
    question: str
    expect: str
    category: str = ""
    lang: str = ""
    sources: list[str] = field(default_factory=list)
    facts: list[list[str]] = field(default_factory=list)
    history: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ItemResult:
    id: str
    category: str
    question: str
    answer: str
    route: str
    refused: bool
    expect: str
    retrieved_hit: bool | None
    facts_ok: bool | None
    citation_ok: bool | None
    refusal_ok: bool
    seconds: float
    lang: str = ""
    sources: list[str] = field(default_factory=list)
    facts: list[list[str]] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)
    # every cited source is an expected one or of an expected talk (its title line, abstract, a
    # speaker's card): `citation_ok` asks only that one of them is, so a wrong extra costs nothing
    on_target: bool | None = None


@dataclass
class Report:
    backend: str
    items: list[ItemResult]

    def metrics(self) -> dict[str, Any]:
        def share(values: list[bool | None]) -> float | None:
            scored = [v for v in values if v is not None]
            return round(sum(scored) / len(scored), 3) if scored else None

        return {
            "backend": self.backend,
            "questions": len(self.items),
            "recall@5": share([i.retrieved_hit for i in self.items]),
            "facts": share([i.facts_ok for i in self.items]),
            "citations": share([i.citation_ok for i in self.items]),
            "citations_on_target": share([i.on_target for i in self.items]),
            "refusals": share([i.refusal_ok for i in self.items]),
            "refusals_of_unanswerable": share(
                [i.refusal_ok for i in self.items if i.expect == "refuse"]
            ),
            "answered_when_answerable": share(
                [i.refusal_ok for i in self.items if i.expect == "answer"]
            ),
            "mean_seconds": round(sum(i.seconds for i in self.items) / max(1, len(self.items)), 2),
        }

    def failures(self) -> list[ItemResult]:
        return [
            i for i in self.items
            if False in (i.facts_ok, i.citation_ok, i.refusal_ok, i.retrieved_hit)
        ]  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        return {"metrics": self.metrics(), "items": [asdict(i) for i in self.items]}


GOLD_SETS = {name: Path("data/eval") / f"{name}.jsonl" for name in ("dev", "test")}


def load_gold(path: Path) -> list[GoldItem]:
    if not path.exists():
        raise BadInputError(f"{path}: no such gold file")
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            items.append(GoldItem(**data))
        except (json.JSONDecodeError, TypeError) as exc:
            raise BadInputError(f"{path}:{n}: not a gold item: {exc}") from None
        if items[-1].expect not in {"answer", "refuse"}:
            raise BadInputError(f"{path}:{n}: expect must be 'answer' or 'refuse'")
    return items


def evaluate(assistant: Assistant, gold: Sequence[GoldItem]) -> Report:
    return Report(assistant.backend, [_score(assistant, item) for item in gold])


def _score(assistant: Assistant, item: GoldItem) -> ItemResult:
    started = time.perf_counter()
    answer = assistant.ask(item.question, item.history)
    seconds = time.perf_counter() - started
    answerable = item.expect == "answer"
    scored = answerable and bool(item.sources) and not answer.refused
    return ItemResult(
        id=item.id,
        category=item.category,
        question=item.question,
        answer=answer.answer,
        route=answer.route,
        refused=answer.refused,
        expect=item.expect,
        retrieved_hit=_recall(assistant, item) if answerable and item.sources else None,
        facts_ok=_facts(answer, item) if answerable else None,
        citation_ok=_citations(answer, item) if answerable and item.sources else None,
        refusal_ok=answer.refused == (not answerable),
        seconds=round(seconds, 2),
        lang=item.lang,
        sources=item.sources,
        facts=item.facts,
        cited=[c.source_id for c in answer.citations],
        on_target=_on_target(answer, item, assistant.catalog()) if scored else None,
    )


def _recall(assistant: Assistant, item: GoldItem) -> bool:
    catalog = assistant.catalog()
    lang = "en" if item.lang == "en" else "fr"
    standalone = condense(item.question, item.history, catalog, lang)
    found = assistant.retriever().retrieve(standalone, RECALL_K)
    return any(r.source.id in item.sources for r in found)


def _facts(answer: Answer, item: GoldItem) -> bool:
    text = _normal(answer.answer)
    return not answer.refused and all(
        any(_normal(alt) in text for alt in group) for group in item.facts
    )


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text).replace("’", "'"))


def _citations(answer: Answer, item: GoldItem) -> bool:
    numbers = {c.n for c in answer.citations}
    valid = all(n in numbers for n in cited(answer.answer))
    return valid and any(c.source_id in item.sources for c in answer.citations)


def _on_target(answer: Answer, item: GoldItem, catalog: Catalog) -> bool:
    talks = {t for s in item.sources for t in _talks_of(s, catalog)}
    return bool(answer.citations) and all(
        c.source_id in item.sources or _talks_of(c.source_id, catalog) & talks
        for c in answer.citations
    )


def _talks_of(source_id: str, catalog: Catalog) -> set[str]:
    """The talks a source belongs to: a talk's or abstract's own, every talk of a speaker's card."""
    source = catalog.sources.get(source_id)
    if source is None:
        return set()
    talks = {source.talk_id} if source.talk_id and source.kind != "bio" else set()
    if source.kind == "bio":
        talks |= {t for n in source.speakers if n in catalog.speakers
                  for t in catalog.speakers[n].talk_ids}  # fmt: skip
    return talks


def markdown_table(reports: list[Report]) -> str:
    rows = ["| backend | questions | recall@5 | facts | citations | on target | refusals | "
            "s/question |", "|---|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for report in reports:
        m = report.metrics()
        rows.append(
            f"| {m['backend']} | {m['questions']} | {_pct(m['recall@5'])} | {_pct(m['facts'])} | "
            f"{_pct(m['citations'])} | {_pct(m['citations_on_target'])} | "
            f"{_pct(m['refusals'])} | {m['mean_seconds']} |"
        )
    return "\n".join(rows)


def evaluate_generated(
    assistant: Assistant, lang: str = "both", per_type: int = 20, seed: int = 0
) -> Report:
    """Questions generated from the ingested programme's records, scored like the gold set."""
    from assistant.generated import generate

    items = generate(assistant.catalog(), lang=lang, per_type=per_type, seed=seed)
    if not items:
        raise BadInputError("the store holds no programme to generate questions from")
    return evaluate(assistant, items)


def by_type(report: Report) -> dict[str, dict[str, Any]]:
    """The report's metrics per question type (the items' category) and language, then per
    language and overall: {"who-presents (fr)": metrics, …, "all (fr)": …, "all": …}."""
    first: dict[str, int] = {}
    for n, item in enumerate(report.items):
        first.setdefault(item.category, n)
    groups: dict[str, list[ItemResult]] = {}
    for item in sorted(report.items, key=lambda i: (first[i.category], i.lang != "fr", i.lang)):
        groups.setdefault(f"{item.category} ({item.lang})", []).append(item)
    for lang in sorted({i.lang for i in report.items}, key=lambda lang: (lang != "fr", lang)):
        groups[f"all ({lang})"] = [i for i in report.items if i.lang == lang]
    groups["all"] = report.items
    return {name: Report(report.backend, items).metrics() for name, items in groups.items()}


def type_table(report: Report) -> str:
    """One Markdown row per question type and language: questions, facts, citations, answered."""
    rows = ["| type | questions | facts | citations | on target | answered | recall@5 |",
            "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for name, m in by_type(report).items():
        label = f"**{name}**" if name.startswith("all") else name
        rows.append(
            f"| {label} | {m['questions']} | {_pct(m['facts'])} | {_pct(m['citations'])} | "
            f"{_pct(m['citations_on_target'])} | {_pct(m['answered_when_answerable'])} | "
            f"{_pct(m['recall@5'])} |"
        )
    return "\n".join(rows)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


def evaluate_modes(assistant: Assistant, lang: str = "fr") -> dict[str, Any]:
    """Organiser and student modes: grounded share, citation correctness, duplicates."""
    from assistant import modes

    catalog = assistant.catalog()
    runs = [modes.moderate(assistant, None, n=10, lang=lang)]
    runs += [modes.moderate(assistant, [talk_id], n=5, lang=lang) for talk_id in catalog.talks]
    questions = [item for run in runs for item in run]
    result = modes.review(assistant, lang)
    return {
        "backend": assistant.backend,
        "moderation_questions": len(questions),
        "moderation_grounded": _share([_grounded(i) for i in questions]),
        "moderation_citations_correct": _share([_cites_its_talks(i, catalog) for i in questions]),
        "moderation_duplicates": sum(_duplicates(run) for run in runs),
        "quiz_questions": len(result.quiz),
        "quiz_answers_supported": _share([_answer_supported(i) for i in result.quiz]),
        "glossary_terms": len(result.glossary),
        "glossary_grounded": _share([_grounded(i) for i in result.glossary]),
    }


def _share(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def _grounded(item: Any) -> bool:
    """Every «quote» followed by [n] is in the text of citation n."""
    by_n = {c.n: c.text for c in item.citations}
    quotes = re.findall(r"«\s*(.+?)\s*»\s*\[(\d+)\]", item.text)
    return all(int(n) in by_n and _normal(q) in _normal(by_n[int(n)]) for q, n in quotes)


def _cites_its_talks(item: Any, catalog: Any) -> bool:
    allowed: set[str] = set()
    for talk_id in item.talk_ids:
        talk = catalog.talks[talk_id]
        allowed |= {s.id for s in catalog.talk_nodes(talk_id)}
        allowed |= {catalog.speakers[s].bio_id for s in talk.speakers if s in catalog.speakers}
        allowed.add(schema.session_id(talk.session_id))
    return bool(item.citations) and all(c.source_id in allowed for c in item.citations)


def _answer_supported(item: Any) -> bool:
    key = re.sub(r"\s*\[\d+\]$", "", item.answer or "")
    return bool(key) and all(_normal(part.strip()) in _normal(item.citations[0].text)
                             for part in key.split(","))  # fmt: skip


def _duplicates(items: list[Any]) -> int:
    """Questions of one run that quote a sentence another question of the run already quotes."""
    seen: set[str] = set()
    count = 0
    for item in items:
        quotes = set(re.findall(r"«\s*(.+?)\s*»", item.text))
        if item.kind != "flagged" and quotes & seen:
            count += 1
        seen |= quotes
    return count
