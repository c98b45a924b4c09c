"""Save docs/screenshot.png and docs/screenshot-phone.png: the app answering a seed question, in
Debian's Chromium, on a desktop (1280×860) and on a phone (390×844).

    .venv/bin/python bench/screenshot.py [--llm local|extractive] [--now ISO] [--out FILE]
                                         [--phone-out FILE]

It ingests data/ into a temporary store, serves the app on a free loopback port with its clock set
to --now (default: during the seed session, so the header says it is on), asks one question and
captures the first screen with the answer (and, on the desktop, its source card).
"""

from __future__ import annotations

import argparse
import socket
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

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
    parser.add_argument("--phone-out", type=Path, default=ROOT / "docs" / "screenshot-phone.png")
    parser.add_argument("--question", default="Quel exemple illustre les dynamiques de la RTE ?")
    parser.add_argument("--now", default="2026-12-18T17:00:00+01:00", help="the page's clock")
    args = parser.parse_args()
    now = datetime.fromisoformat(args.now)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        deps = build_deps(Settings.resolve(env={}, store=tmp, llm=args.llm))
        ingest([ROOT / "data"], embed_model=deps.embed_model, store=deps.store)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        app = launch(deps, port=port, block=False, clock=lambda: now)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                for (width, height), out in (((1280, 860), args.out), ((390, 844), args.phone_out)):
                    size: Any = {"width": width, "height": height}
                    page = browser.new_page(locale="fr-FR", viewport=size)
                    _capture(page, f"http://127.0.0.1:{port}/", args.question, out)
                    print(f"saved {out}")
                browser.close()
        finally:
            app.close()


def _capture(page: Any, url: str, question: str, out: Path) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.fill("#question textarea", question)
    page.click("#send")
    page.wait_for_function(
        "document.querySelector('#sources').innerText.includes('[1]')", timeout=180_000
    )
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(500)
    page.screenshot(path=str(out))


if __name__ == "__main__":
    main()
