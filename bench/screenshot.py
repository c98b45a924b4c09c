"""Save docs/screenshot.png: the app answering a seed question, in Debian's Chromium.

    .venv/bin/python bench/screenshot.py [--llm local|extractive] [--out docs/screenshot.png]

It ingests data/ into a temporary store, serves the app on a free loopback port, asks one question
and captures the window with the answer and its source card.
"""

from __future__ import annotations

import argparse
import socket
import tempfile
from pathlib import Path

from assistant.deps import build_deps
from assistant.settings import Settings
from ingest.pipeline import ingest
from ui.web import launch

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--llm", default="local")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--question", default="Quel exemple illustre les dynamiques de la RTE ?")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        deps = build_deps(Settings.resolve(env={}, store=tmp, llm=args.llm))
        ingest([ROOT / "data"], embed_model=deps.embed_model, store=deps.store)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        app = launch(deps, port=port, block=False)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(locale="fr-FR", viewport={"width": 1280, "height": 860})
                page.goto(f"http://127.0.0.1:{port}/", wait_until="load")
                page.wait_for_selector("#question textarea", timeout=60_000)
                page.fill("#question textarea", args.question)
                page.click("#send")
                page.wait_for_function(
                    "document.querySelector('#sources').innerText.includes('[1]')",
                    timeout=180_000,
                )
                page.wait_for_timeout(500)
                page.screenshot(path=str(args.out))
                browser.close()
        finally:
            app.close()
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
