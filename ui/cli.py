"""The `session-assistant` command: parses flags, calls ingest/ and assistant/, prints results."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ingest.errors import SessionAssistantError

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

    serve = commands.add_parser("serve", parents=[store], help="serve the chat UI")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=7860)
    serve.set_defaults(handler=_serve)
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
    for path in report.skipped_files:
        print(f"skipped {path} (unsupported file type)", file=sys.stderr)
    print(f"Ingested into the {deps.store.config.describe()}: {report.summary()}")
    return 0


class _ProgressBar:
    """A tqdm bar on stderr, created when embedding starts."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: Any = None

    def update(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc="Embedding", unit="node", file=sys.stderr)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _serve(args: argparse.Namespace) -> int:
    from ui.web import serve

    serve(_deps(args), host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
