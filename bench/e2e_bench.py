"""End-to-end extractive answer time against programme size (issue 11, part 4).

Synthetic programmes of 4, 720, 10,000 and 100,000 talks are built from real abstracts: the
BreizhCamp 2026 programme (91 French talks) and the 31C3 schedule.xml (138 German and English
events), both read in place from ../shared/corpora, never copied. Each copy of a real talk gets a
distinct made-up tag in its title and its speakers' names, so titles and people stay distinct.
Each programme is written as our JSON schema (1,008 talks a file), ingested with the real pipeline
and the default embedding model into an embedded Chroma store under /tmp (kept between runs: an
unchanged re-ingest embeds nothing), then asked a fixed mix of questions through
`Assistant.ask` with the extractive backend. The first question (it builds the catalog, the
entity index and the retriever) is reported on its own; the others give p50/p95, and the ratio
to the smallest size measured in the same run.

    .venv/bin/python -m bench.e2e_bench [--sizes 4,720,10000,100000] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.settings import Settings
from ingest.formats.frab_xml import parse_frab_xml
from ingest.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
BREIZHCAMP = CORPORA / "breizhcamp2026.jsonl"
CCC = CORPORA / "31c3-schedule.xml"
CONTENT = ROOT / "bench" / "crosslingual_questions.jsonl"
WORKDIR = Path(tempfile.gettempdir()) / "session-assistant-e2e-bench"
TALKS_PER_FILE = 1008  # whole sessions of 12: a session never spans two files
TALKS_PER_SESSION = 12
# One call for the whole programme (the pipeline writes in Chroma-sized batches): separate calls
# would each rebuild the bio of a speaker whose talks are in two files from one file only.
FILES_PER_INGEST = 10_000
SYLLABLES = "ka le mo ri tan ber gwe lo sun dar vi nel".split()
TOPICS = [
    "Y a-t-il des exposés sur la sécurité ?",
    "Which talks are about accessibility?",
    "Quels exposés parlent d'intelligence artificielle ?",
    "Are there talks about surveillance and privacy?",
    "Quels exposés parlent de bases de données ?",
    "Is there a talk about energy or climate?",
]
WARM_UP = "What does the programme say about testing software?"  # answered from the sources


@dataclass
class Base:
    """One real talk: the material every synthetic copy is made from."""

    title: str
    abstract: str | None
    speakers: list[str]


def real_talks() -> list[Base]:
    talks = [
        Base(t["title"], t["abstract"], t["speakers"])
        for t in map(json.loads, BREIZHCAMP.open(encoding="utf-8"))
    ]
    schedule = parse_frab_xml(CCC.read_text(encoding="utf-8"), CCC)
    for session in schedule.sessions:
        talks += [
            Base(t.title, t.abstract, [s.name for s in t.speakers] or ["Anonymous"])
            for t in session.talks
        ]
    return talks


def tag(copy: int) -> str:
    """A made-up word, distinct for each copy: 'Kaleka', 'Kalele', ..."""
    n, word = copy, ""
    for _ in range(3):
        n, digit = divmod(n, len(SYLLABLES))
        word += SYLLABLES[digit]
    return word.capitalize()


def synthetic_talk(i: int, base: list[Base]) -> dict[str, Any]:
    real = base[i % len(base)]
    mark = tag(i // len(base))
    return {
        "id": f"t{i}",
        "title": f"{real.title} — {mark}",
        "abstract": real.abstract,
        "start": _slot(i % TALKS_PER_SESSION),
        "speakers": [{"name": f"{name} {mark}"} for name in real.speakers],
    }


def _slot(position: int) -> str:
    """Talks every 40 minutes from 09:00."""
    hours, minutes = divmod(9 * 60 + 40 * position, 60)
    return f"{hours:02d}:{minutes:02d}"


def write_programme(size: int, base: list[Base], folder: Path) -> list[Path]:
    """The programme as JSON files of 1,008 talks, sessions of 12 talks in one room and day."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for first in range(0, size, TALKS_PER_FILE):
        sessions = []
        for s in range(first, min(first + TALKS_PER_FILE, size), TALKS_PER_SESSION):
            number = s // TALKS_PER_SESSION
            talks = [synthetic_talk(i, base) for i in range(s, min(s + TALKS_PER_SESSION, size))]
            sessions.append(
                {
                    "id": f"s{number}",
                    "title": f"Session {number + 1}",
                    "date": f"2026-06-{1 + number % 28:02d}",
                    "room": f"Salle {1 + number % 40}",
                    "talks": talks,
                }
            )
        path = folder / f"part-{first // TALKS_PER_FILE:03d}.json"
        text = json.dumps({"event": f"Synthetic {size}", "sessions": sessions}, ensure_ascii=False)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def sentence_of(abstract: str | None) -> str | None:
    found = re.split(r"(?<=[.!?])\s+", (abstract or "").replace("\n", " "))
    usable = [s for s in found if 40 <= len(s) <= 220]
    return usable[0] if usable else None


def question_mix(size: int, base: list[Base], seed: int, per_kind: int) -> list[str]:
    """`per_kind` questions of each of the six kinds, about talks spread over the programme."""
    rng = random.Random(seed)
    picked = [synthetic_talk(rng.randrange(size), base) for _ in range(4 * per_kind)]
    content = [json.loads(x)["question"] for x in CONTENT.open(encoding="utf-8")]
    rng.shuffle(content)
    topics = rng.sample(TOPICS, len(TOPICS))
    qs = []
    for k in range(per_kind):
        fr = k % 2 == 1
        who, when, says, person = picked[k::per_kind][:4]
        name = person["speakers"][0]["name"]
        said = sentence_of(says["abstract"]) or says["title"]
        qs += [
            f"Qui présente « {who['title']} » ?" if fr else f"Who presents “{who['title']}”?",
            f"Quand a lieu « {when['title']} » ?" if fr else f"When is “{when['title']}”?",
            f"Quel exposé dit : « {said} » ?" if fr else f"Which talk says: “{said}”?",
            topics[k % len(topics)],
            content[k % len(content)],
            f"Qui est {name} ?" if fr else f"What does {name} talk about?",
        ]
    return qs


def ingest_programme(paths: list[Path], deps: Any) -> dict[str, Any]:
    started = time.perf_counter()
    added = unchanged = 0
    for first in range(0, len(paths), FILES_PER_INGEST):
        report = ingest(
            paths[first : first + FILES_PER_INGEST], embed_model=deps.embed_model, store=deps.store
        )
        added += len(report.added) + len(report.updated)
        unchanged += report.unchanged
        print(f"  ingested {min(first + FILES_PER_INGEST, len(paths))}/{len(paths)} files "
              f"({added} nodes embedded so far)", file=sys.stderr, flush=True)  # fmt: skip
    seconds = time.perf_counter() - started
    return {
        "nodes": added + unchanged,
        "embedded": added,
        "ingest_s": round(seconds, 1),
        "nodes_per_s": round(added / seconds, 1) if added else None,
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(size: int, base: list[Base], args: argparse.Namespace) -> dict[str, Any]:
    folder = args.workdir / f"programme-{size}"
    paths = write_programme(size, base, folder)
    settings = Settings.resolve(env={}, store=str(args.workdir / f"store-{size}"), llm="extractive")
    deps = build_deps(settings)
    deps.embed_model.get_query_embedding("warm-up")  # the model's load time is nobody's question
    row: dict[str, Any] = {"talks": size, **ingest_programme(paths, deps)}
    if args.ingest_only:
        return row
    assistant = Assistant(deps)
    started = time.perf_counter()
    assistant.warm_up()  # what `serve` does at start: the catalog, the entity index, the retriever
    row["warm_up_s"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    assistant.ask(WARM_UP)
    row["first_question_s"] = round(time.perf_counter() - started, 2)
    for question in question_mix(size, base, seed=12, per_kind=1):
        assistant.ask(question)  # the remaining lazy parts (models of the gate, the planner)
    qs = question_mix(size, base, seed=11, per_kind=args.per_kind)
    profile = cProfile.Profile() if args.profile else None
    fresh, routes = timed(assistant, qs, profile)
    repeated, _ = timed(assistant, qs, None)
    if profile:
        print_profile(size, profile, args.workdir / f"profile-{size}.pstats")
    return row | {
        "questions": len(qs),
        "p50_ms": round(statistics.median(fresh) * 1000, 1),
        "p95_ms": round(percentile(fresh, 0.95) * 1000, 1),
        "max_ms": round(max(fresh) * 1000, 1),
        "repeat_p50_ms": round(statistics.median(repeated) * 1000, 1),
        "repeat_p95_ms": round(percentile(repeated, 0.95) * 1000, 1),
        "routes": {route: routes.count(route) for route in sorted(set(routes))},
        "load_avg_1min": round(os.getloadavg()[0], 1),  # a shared machine: what else ran
    }


def timed(
    assistant: Assistant, qs: list[str], profile: cProfile.Profile | None
) -> tuple[list[float], list[str]]:
    """Seconds each question took, from the question to the final, checked answer, and how
    each was answered (records, sources, gate), to check every size takes the same paths."""
    seconds, routes = [], []
    for question in qs:
        started = time.perf_counter()
        if profile:
            profile.enable()
        answer = assistant.ask(question)
        if profile:
            profile.disable()
        seconds.append(time.perf_counter() - started)
        routes.append(answer.route)
    return seconds, routes


def print_profile(size: int, profile: cProfile.Profile, path: Path) -> None:
    profile.dump_stats(path)
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats("tottime")
    stats.print_stats(15)
    print(f"--- profile of the timed questions, {size} talks (by own time; {path}) ---",
          file=sys.stderr)  # fmt: skip
    print(out.getvalue(), file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="4,720,10000,100000")
    parser.add_argument("--per-kind", type=int, default=6, help="questions of each of 6 kinds")
    parser.add_argument("--workdir", type=Path, default=WORKDIR, help="programmes and stores")
    parser.add_argument("--profile", action="store_true", help="cProfile the timed questions")
    parser.add_argument(
        "--ingest-only", action="store_true", help="prepare the stores, ask nothing"
    )
    args = parser.parse_args()
    if not (BREIZHCAMP.exists() and CCC.exists()):
        sys.exit(f"error: the real programmes are missing in {CORPORA}; this bench reads them")
    sizes = sorted(int(s) for s in args.sizes.split(","))
    base = real_talks()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; {len(base)} real talks; stores in {args.workdir}"
    )
    smallest = None
    for size in sizes:
        row = measure(size, base, args)
        if args.ingest_only:
            print(json.dumps(row), flush=True)
            continue
        smallest = smallest or row
        row["ratio_p50"] = round(row["p50_ms"] / smallest["p50_ms"], 2)
        row["ratio_to"] = smallest["talks"]
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
