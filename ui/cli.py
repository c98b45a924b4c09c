"""The `session-assistant` command: parses flags, calls ingest/ and assistant/, prints results."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.llm import BACKENDS
from ingest.errors import BadInputError, SessionAssistantError

PROG = "session-assistant"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except SessionAssistantError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    store = argparse.ArgumentParser(add_help=False)
    group = store.add_argument_group("store options")
    group.add_argument("--store", metavar="DIR", help="embedded Chroma store folder")
    group.add_argument("--chroma-host", metavar="HOST", help="use a `chroma run` server")
    group.add_argument("--chroma-port", metavar="PORT", type=int)
    group.add_argument("--collection", metavar="NAME")
    group.add_argument("--embed-model", metavar="MODEL", help="use (default), minilm, or a path")

    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", parents=[store], help="ingest programme files")
    ingest.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="default: data/")
    ingest.add_argument("--rebuild", action="store_true", help="drop the store and re-embed all")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.set_defaults(handler=_ingest)

    ask = commands.add_parser("ask", parents=[store], help="ask questions (stdin: one per line)")
    ask.add_argument("question", nargs="?", metavar="QUESTION")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("--llm", choices=BACKENDS, help="local, openai or extractive")
    ask.add_argument("--talk", metavar="ID", help="only this talk's sources (moderate: ID,ID,…)")
    ask.add_argument("--speaker", metavar="NAME", help="only this speaker's sources")
    ask.add_argument("--session", metavar="ID", help="only this session's sources")
    ask.add_argument(
        "--mode",
        choices=["ask", "moderate", "review"],
        default="ask",
        help="moderate: moderation questions; review: synthesis, glossary, quiz",
    )
    ask.add_argument("-n", type=int, default=5, help="how many questions (moderate, review)")
    ask.add_argument("--lang", choices=["fr", "en"], default="fr", help="moderate/review")
    ask.add_argument("--out", type=Path, help="also write the Markdown to this file")
    ask.set_defaults(handler=_ask)

    evaluate = commands.add_parser("eval", parents=[store], help="score answers on a gold set")
    which = evaluate.add_mutually_exclusive_group()
    which.add_argument("--gold", type=Path, help="a gold file (default: data/eval/dev.jsonl)")
    which.add_argument("--set", choices=["dev", "test"], help="data/eval/<SET>.jsonl")
    which.add_argument(
        "--generated",
        action="store_true",
        help="questions generated from the ingested programme, reported per type",
    )
    which.add_argument("--modes", action="store_true", help="score moderate/review instead")
    evaluate.add_argument("--json", action="store_true", help="metrics and items as JSON")
    evaluate.add_argument("--llm", choices=BACKENDS, help="local, openai or extractive")
    evaluate.add_argument("--lang", choices=["fr", "en", "both"], default="both",
                          help="--generated: the questions' language(s)")  # fmt: skip
    evaluate.add_argument("--per-type", type=int, default=20, metavar="N",
                          help="--generated: at most N subjects per question type")  # fmt: skip
    evaluate.add_argument("--seed", type=int, default=0, help="--generated: the sample's seed")
    evaluate.set_defaults(handler=_eval)

    serve = commands.add_parser("serve", parents=[store], help="serve the chat UI")
    serve.add_argument("--llm", choices=BACKENDS, help="local, openai or extractive")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=7860)
    serve.set_defaults(handler=_serve)

    doctor = commands.add_parser(
        "doctor", parents=[store], help="check the store, the models and the CPU; say the fix"
    )
    doctor.add_argument("--llm", choices=BACKENDS, help="the answer backend to check")
    doctor.set_defaults(handler=_doctor)

    model_server = commands.add_parser(
        "model-server",
        help="serve the local model over an OpenAI-compatible API (for `--llm openai`)",
    )
    model_server.add_argument("--host", default="127.0.0.1")
    model_server.add_argument("--port", type=int, default=8765)
    model_server.set_defaults(handler=_model_server)
    return parser


def _deps(args: argparse.Namespace) -> Any:
    from assistant.deps import build_deps
    from assistant.settings import Settings

    settings = Settings.resolve(
        store=args.store,
        chroma_host=args.chroma_host,
        chroma_port=args.chroma_port,
        collection=args.collection,
        embed_model=args.embed_model,
        llm=getattr(args, "llm", None),
    )
    return build_deps(settings)


def _ingest(args: argparse.Namespace) -> int:
    from ingest.pipeline import ingest

    deps = _deps(args)
    bar = _ProgressBar(enabled=not args.quiet)
    try:
        report = ingest(
            args.paths or [Path("data")],
            embed_model=deps.embed_model,
            store=deps.store,
            max_bytes=deps.settings.max_file_bytes,
            rebuild=args.rebuild,
            progress=bar.update,
        )
    finally:
        bar.close()
    for line in _skipped(report.skipped_files):
        print(line, file=sys.stderr)
    print(f"Ingested into the {deps.store.config.describe()}: {report.summary()}")
    return 0


def _skipped(paths: list[Path]) -> list[str]:
    """One line per folder and file type left out (data/eval/'s nine question sets are one)."""
    groups: dict[tuple[Path, str], list[Path]] = {}
    for path in paths:
        groups.setdefault((path.parent, path.suffix.lower()), []).append(path)
    return [
        f"skipped {found[0]} (unsupported file type)"
        if len(found) == 1
        else f"skipped {len(found)} {suffix or 'extension-less'} files in {folder} "
        "(unsupported file type)"
        for (folder, suffix), found in groups.items()
    ]


class _ProgressBar:
    """A tqdm bar on stderr, created on the first update."""

    def __init__(self, enabled: bool, desc: str = "Embedding", unit: str = "node") -> None:
        self.enabled = enabled
        self.desc, self.unit = desc, unit
        self._bar: Any = None

    def update(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=self.desc, unit=self.unit, file=sys.stderr,
                             unit_scale=self.unit == "B")  # fmt: skip
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _ask(args: argparse.Namespace) -> int:
    from assistant.answer import Assistant
    from assistant.retrieval import Filters

    deps = _deps(args)
    _show_model_preparation(deps)
    assistant = Assistant(deps)
    filters = _filters(assistant, args)
    if args.mode != "ask":
        return _mode(assistant, args, filters)
    questions = [args.question] if args.question else [q for q in sys.stdin if q.strip()]
    if not questions:
        raise BadInputError("no question: pass QUESTION or write questions on stdin, one a line")
    # The programme in the model's cached prefix pays off from the second question on.
    assistant.use_prefix = len(questions) > 1
    for question in questions:
        answer = assistant.ask(question.strip(), filters=filters or Filters())
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        else:
            print(_render_answer(answer), flush=True)
    return 0


def _mode(assistant: Any, args: argparse.Namespace, filters: Any) -> int:
    from assistant import modes

    if args.n < 1:
        raise BadInputError("-n must be at least 1")
    if args.mode == "review" and (args.talk or args.speaker or args.session):
        raise BadInputError(
            "--mode review covers the whole programme: drop --talk, --speaker, --session"
        )
    talks = [t for t in (args.talk or "").split(",") if t] or None
    output = modes.render(
        assistant, args.mode, talks, args.n, args.lang, filters.speaker, filters.session_id
    )
    if args.out:
        args.out.write_text(output.markdown, encoding="utf-8")
    print(json.dumps(output.data, ensure_ascii=False) if args.json else output.markdown)
    return 0


def _filters(assistant: Any, args: argparse.Namespace) -> Any:
    from assistant.retrieval import Filters

    catalog = assistant.catalog()
    talks = [t for t in (args.talk or "").split(",") if t]
    for talk_id in talks:
        if talk_id not in catalog.talks:
            raise BadInputError(f"no talk with id {talk_id!r}; ids: {', '.join(catalog.talks)}")
    if len(talks) > 1 and args.mode != "moderate":
        raise BadInputError("several talks (--talk ID,ID) only go with --mode moderate")
    speaker = None
    if args.speaker:
        found = catalog.find_speakers(args.speaker)
        if not found:
            raise BadInputError(
                f"no speaker matches {args.speaker!r}; speakers: {', '.join(catalog.speakers)}"
            )
        speaker = found[0]
    if args.session and args.session not in catalog.sessions:
        raise BadInputError(
            f"no session with id {args.session!r}; ids: {', '.join(catalog.sessions)}"
        )
    single = talks[0] if len(talks) == 1 else None
    return Filters(session_id=args.session, talk_id=single, speaker=speaker)


def _render_answer(answer: Any) -> str:
    lines = [answer.answer]
    for citation in answer.citations:
        lines.append(f"  [{citation.n}] {citation.label}")
    return "\n".join(lines) + "\n"


def _show_model_preparation(deps: Any) -> None:
    """The local model is assembled from its packages on first use: show that as a bar."""
    if hasattr(deps.llm, "on_prepare"):
        bar = _ProgressBar(enabled=sys.stderr.isatty(), desc="Preparing the local model", unit="B")
        deps.llm.on_prepare(bar.update)


def _eval(args: argparse.Namespace) -> int:
    from assistant import evaluation
    from assistant.answer import Assistant

    if args.per_type < 1:
        raise BadInputError("--per-type must be at least 1")
    deps = _deps(args)
    _show_model_preparation(deps)
    if args.modes:
        metrics = evaluation.evaluate_modes(Assistant(deps))
        print(json.dumps(metrics, ensure_ascii=False, indent=None if args.json else 1))
        return 0
    if args.generated:
        report = evaluation.evaluate_generated(
            Assistant(deps), lang=args.lang, per_type=args.per_type, seed=args.seed
        )
    else:
        gold = args.gold or evaluation.GOLD_SETS[args.set or "dev"]
        report = evaluation.evaluate(Assistant(deps), evaluation.load_gold(gold))
    if args.json:
        data = report.to_json()
        if args.generated:
            data["by_type"] = evaluation.by_type(report)
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print(evaluation.markdown_table([report]))
    if args.generated:
        print("\n" + evaluation.type_table(report))
    for item in report.failures():
        print(f"\n✗ {item.id} [{item.category}, {item.route}] {item.question}\n  → {item.answer}")
        if args.generated:
            print(f"  expected: {item.facts} from {item.sources}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from ui.web import serve

    deps = _deps(args)
    _show_model_preparation(deps)
    serve(deps, host=args.host, port=args.port)
    return 0


def _doctor(args: argparse.Namespace) -> int:
    from assistant import doctor
    from assistant.answer import Assistant

    deps = _deps(args)
    _show_model_preparation(deps)
    checks = doctor.run(Assistant(deps))
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        print(f"{mark} {check.name}: {check.detail}")
        if not check.ok:
            print(f"     fix: {check.fix}")
    print(f"llama.cpp: {doctor.llama_system_info()}")
    failed = [c.name for c in checks if not c.ok]
    if failed:
        print(f"{PROG}: error: {', '.join(failed)} failed (see the fix above)", file=sys.stderr)
        return 1
    return 0


def _model_server(args: argparse.Namespace) -> int:
    from assistant import local_model, model_server
    from assistant.settings import Settings

    settings = Settings.resolve()
    assert settings.model_dir is not None
    bar = _ProgressBar(enabled=sys.stderr.isatty(), desc="Preparing the local model", unit="B")
    path = local_model.ensure_model(settings.model_dir, bar.update)
    bar.close()
    print(f"serving the local model on http://{args.host}:{args.port}/v1 (Ctrl-C stops)")
    model_server.main(["--model", str(path), "--host", args.host, "--port", str(args.port),
                       "--threads", str(settings.llm_threads)])  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
