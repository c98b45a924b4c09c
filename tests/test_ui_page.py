"""The attendee's window in Chromium: the session header, example questions, the programme tab's
buttons beside their talk, the phone layout, an axe-core audit and the keyboard-only path."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from test_ui import BROWSER_ARGS, CHROMIUM, needs_browser
from test_ui_schedule import write_programme

from assistant.deps import build_deps
from assistant.settings import Settings
from conftest import _free_port
from ingest.pipeline import ingest

PARIS = ZoneInfo("Europe/Paris")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1400, "height": 1000}


def _serve(store: Path, embed_model: Any, now: datetime) -> Iterator[str]:
    from ui.web import launch

    deps = build_deps(Settings.resolve(env={}, store=str(store), llm="extractive"))
    deps.embed_model = embed_model
    port = _free_port()
    app = launch(deps, port=port, block=False, clock=lambda: now)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()


@pytest.fixture(scope="module")
def seed_url(seed_store: Path, embed_model: Any) -> Iterator[str]:
    """The seed (one session, 18 December 16:30–19:00, no talk times) at 17:00 that day."""
    yield from _serve(seed_store, embed_model, datetime(2026, 12, 18, 17, 0, tzinfo=PARIS))


@pytest.fixture(scope="module")
def ateliers_url(tmp_path_factory: pytest.TempPathFactory, embed_model: Any) -> Iterator[str]:
    """Two sessions with talk times and rooms, at 9:50 on their day (the morning's 2nd talk)."""
    folder = tmp_path_factory.mktemp("ateliers-page")
    deps = build_deps(Settings.resolve(env={}, store=str(folder / "store"), llm="extractive"))
    ingest([write_programme(folder)], embed_model=embed_model, store=deps.store)
    yield from _serve(folder / "store", embed_model, datetime(2026, 6, 24, 9, 50, tzinfo=PARIS))


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield launched
        launched.close()


def _open(browser: Any, url: str, locale: str = "fr-FR", viewport: Any = DESKTOP) -> Any:
    page = browser.new_page(locale=locale, viewport=viewport)
    page.goto(url, wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    return page


def _wait_text(page: Any, selector: str, text: str) -> None:
    page.wait_for_function(
        "([s, t]) => { const e = document.querySelector(s); return e && e.innerText.includes(t); }",
        arg=[selector, text],
        timeout=60_000,
    )


def _last_answer(page: Any) -> str:
    _wait_text(page, "#sources", "[1]")
    return str(page.locator('[data-testid="bot"]').last.inner_text())


@needs_browser
def test_header_shows_the_session_on_now_and_switches(browser: Any, ateliers_url: str) -> None:
    page = _open(browser, ateliers_url)
    _wait_text(page, "#now-next", "Le bois local")
    header = page.inner_text("#session-header")
    assert "Ateliers du matin" in header and "Journées des ateliers" in header
    assert "mercredi 24 juin 2026" in header and "9 h – 10 h 30" in header
    assert "salle A" in header
    assert page.locator("h1").count() == 1
    strip = page.inner_text("#now-next")
    assert "En ce moment : « Le bois local » (9 h 45 – 10 h 30)" in strip
    assert "Ensuite : « Les laboratoires de fabrication (FAB) », aujourd’hui à 17 h" in strip
    page.click("#session-pick label:has-text('Ateliers du soir')")
    _wait_text(page, "#session-header", "Ateliers du soir")
    assert "17 h – 18 h 30" in page.inner_text("#session-header")
    assert "salle B" in page.inner_text("#session-header")


@needs_browser
def test_header_and_examples_follow_the_page_language(browser: Any, ateliers_url: str) -> None:
    page = _open(browser, ateliers_url, locale="en-US")
    _wait_text(page, "#now-next", "Now: «Le bois local» (09:45–10:30)")
    assert "Wednesday 24 June 2026" in page.inner_text("#session-header")
    assert "room A" in page.inner_text("#session-header")
    examples = page.locator(".example:visible").all_inner_texts()
    assert 3 <= len(examples) <= 5
    assert all(re.match(r"^(Who|What|When)\b", e) for e in examples), examples
    # every label in the page's language, the examples' title and the empty sources' included
    # the title alone, once the page's refresh (and Gradio's "processing" overlay) is done
    page.wait_for_function(
        "() => document.querySelector('#examples-title')?.innerText.trim() === 'Try:'",
        timeout=60_000,
    )
    assert "Cited sources appear here." in page.inner_text("#sources")


@needs_browser
def test_examples_come_from_the_records_and_are_answered(browser: Any, seed_url: str) -> None:
    page = _open(browser, seed_url)
    _wait_text(page, "#session-header", "Session 3 – Nouvelles Localités industrielles")
    assert "18 décembre · 16 h 30 – 19 h" in page.inner_text("#session-header")
    assert "Session en cours, jusqu’à 19 h" in page.inner_text("#now-next")
    examples = page.locator(".example:visible").all_inner_texts()
    assert 3 <= len(examples) <= 5
    assert "Qui présente « L’usine distribuée » ?" in examples
    assert "Que signifie RTE ?" in examples  # the acronym in a title
    page.click(".example:has-text('Qui présente')")
    assert "Olivier Landau" in _last_answer(page)
    status = page.inner_text("#status")
    assert "programme ingéré le " in status
    assert not re.search(r"\d{4}-\d{2}-\d{2}T", status)  # a human date, not ISO
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
    assert months[datetime.now(PARIS).month - 1] in status


@needs_browser
def test_programme_buttons_sit_under_their_own_talk(browser: Any, seed_url: str) -> None:
    page = _open(browser, seed_url)
    page.click("button[role=tab]:has-text('Programme')")
    talks = page.locator("#programme [id^=talk-]")
    talks.first.wait_for(timeout=30_000)
    assert talks.count() == 4
    tops = [talks.nth(i).bounding_box()["y"] for i in range(4)] + [float("inf")]
    for i in range(4):
        title = talks.nth(i).locator("h3").inner_text()
        ask = talks.nth(i).locator("xpath=following::button[1]")
        assert "Poser une question" in ask.inner_text()
        assert title[:40] in ask.inner_text()  # the button names its own talk …
        assert tops[i] < ask.bounding_box()["y"] < tops[i + 1]  # … and sits right under it
    limit = talks.nth(1).locator("xpath=following::button[2]")
    assert "Limiter" in limit.inner_text()
    limit.click()
    page.wait_for_selector("#question textarea:visible", timeout=30_000)
    assert "Design, industrie et territoire" in page.input_value("#talk-filter input")


@needs_browser
def test_phone_header_question_and_latest_answer_fit_the_first_screen(
    browser: Any, seed_url: str, tmp_path: Path
) -> None:
    page = _open(browser, seed_url, viewport=PHONE)
    page.fill("#question textarea", "Que signifie RTE ?")
    page.click("#send")
    assert "Responsabilité Territoriale des Entreprises" in _last_answer(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    height = PHONE["height"]
    for selector in ("#session-header", "#question textarea", '[data-testid="bot"] >> nth=-1'):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height, selector
    assert page.locator("#sources").is_hidden()  # folded …
    fold = page.locator("#sources-fold").bounding_box()
    chat = page.locator("#chatbot").bounding_box()
    question = page.locator("#question").bounding_box()
    assert chat["y"] + chat["height"] <= fold["y"] < question["y"]  # … under the answer
    page.click("#sources-fold button, #sources-fold .label-wrap")
    _wait_text(page, "#sources", "Maryline Filippi")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=str(tmp_path / "phone.png"))


def _serious(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    # Audit the settled page, not Gradio's translucent "pending" overlays of an update in flight.
    page.wait_for_function(
        "![...document.querySelectorAll('[data-testid=status-tracker]')]"
        ".some(e => !e.classList.contains('hide'))",
        timeout=60_000,
    )
    # ... and after its fade-ins: text caught half-transparent mid-animation fails contrast
    # (seen on a loaded machine).
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')", timeout=60_000
    )
    page.wait_for_timeout(300)  # transitions do not all show in getAnimations
    result = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in result.response["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


@needs_browser
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_violation(
    browser: Any, seed_url: str, viewport: dict[str, int]
) -> None:
    page = _open(browser, seed_url, viewport=viewport)
    assert _serious(page) == []
    page.fill("#question textarea", "Qui est Caroline Granier ?")
    page.click("#send")
    _last_answer(page)
    assert _serious(page) == []
    assert page.locator("#chatbot [aria-live]").count() >= 1  # answers are announced
    assert page.get_attribute("#sources", "aria-live") == "polite"
    page.click("button[role=tab]:has-text('Programme')")
    page.locator("#programme h3").first.wait_for(timeout=30_000)
    assert _serious(page) == []
    if viewport is DESKTOP:  # on a phone this tab sits in the tab bar's overflow menu
        page.click("button[role=tab]:has-text('Organiser')")
        page.click("#generate")
        _wait_text(page, "#mode-output", "Questions de modération")
        assert _serious(page) == []


@needs_browser
def test_keyboard_only_question_answer_and_first_source(browser: Any, seed_url: str) -> None:
    page = _open(browser, seed_url)
    page.locator("body").focus()
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#question') !== null"):
            break
    else:
        pytest.fail("Tab never reached the question box")
    page.keyboard.type("Que signifie RTE ?")
    page.keyboard.press("Enter")
    assert "Responsabilité Territoriale des Entreprises" in _last_answer(page)
    page.locator("#question textarea").focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#sources') !== null"):
            break
    else:
        pytest.fail("Tab never reached the cited sources")
    focused = page.evaluate("document.activeElement.innerText")
    assert focused.lstrip().startswith("[1]") and "Maryline Filippi" in focused


def test_cli_and_page_render_the_modes_with_one_renderer(seed_store: Path, extractive: Any) -> None:
    import subprocess

    from conftest import BIN, ROOT
    from ui.web import mode_markdown

    for mode, talk in (("moderate", "s3-l-usine-distribuee"), ("review", None)):
        shown = mode_markdown(extractive, mode, talk, 3, "en")
        printed = subprocess.run(
            [str(BIN / "session-assistant"), "ask", "--store", str(seed_store), "--llm",
             "extractive", "--mode", mode, *(["--talk", talk] if talk else []), "-n", "3",
             "--lang", "en"],
            capture_output=True, text=True, timeout=300, cwd=ROOT,
        )  # fmt: skip
        assert printed.returncode == 0, printed.stderr
        assert printed.stdout.strip() == shown.strip()


def test_relabel_updates_every_labelled_component(seed_store: Path, embed_model: Any) -> None:
    import gradio as gr

    from assistant.answer import Assistant
    from ui.labels import label
    from ui.web import LABELLED, Page, layout, relabel

    deps = build_deps(Settings.resolve(env={}, store=str(seed_store), llm="extractive"))
    deps.embed_model = embed_model
    page = Page(deps, Assistant(deps), clock=lambda: datetime(2026, 12, 18, 17, tzinfo=PARIS))
    with gr.Blocks():
        widgets = layout(page, "fr")
    updates = relabel(page, widgets, "en", next(iter(page.catalog.sessions)))
    for name, prop, key in LABELLED:
        update = updates[getattr(widgets, name)]
        assert update[prop] == label(key, "en"), (name, prop)
    assert "18 December · 16:30–19:00" in updates[widgets.header]
    assert "On now, until 19:00" in updates[widgets.now_next]["value"]
    texts = [updates[b]["value"] for b in widgets.examples if updates[b]["visible"]]
    assert 3 <= len(texts) <= 5 and "Who presents «L’usine distribuée»?" in texts
    for block in widgets.talks:
        assert updates[block.ask]["value"].startswith("Ask about this talk")


@needs_browser
def test_axe_with_two_sessions_a_switch_and_a_now_next_strip(
    browser: Any, ateliers_url: str
) -> None:
    page = _open(browser, ateliers_url, viewport=PHONE)
    _wait_text(page, "#now-next", "Le bois local")
    assert page.locator("#session-pick").is_visible()
    assert _serious(page) == []


def test_header_and_examples_escape_the_records() -> None:
    from types import SimpleNamespace

    from assistant.catalog import Catalog, Source
    from ui.web import example_questions, render_header

    xss = '<img src=x onerror="alert(1)">'
    session = Source("session:s1", "session", "", {"session_id": "s1", "session": f"Atelier {xss}",
                     "event": xss, "room": xss, "date": "2026-06-24"})  # fmt: skip
    talk = Source("talk:t1", "talk", "", {"talk_id": "t1", "talk": f"Les fours {xss}",
                  "session_id": "s1", "speakers": "Ada Lo"})  # fmt: skip
    page: Any = SimpleNamespace(catalog=Catalog.from_sources({s.id: s for s in (session, talk)}))
    header = render_header(page, "s1", "fr")
    assert "<img" not in header and "&lt;img" in header
    assert "mercredi 24 juin 2026" in header
    # Example questions are button values (Gradio renders them as text, never as HTML).
    assert example_questions(page, "s1", "fr")[0] == f"Qui présente « Les fours {xss} » ?"


def test_header_follows_a_re_ingest_while_serving(tmp_path: Path, embed_model: Any) -> None:
    import json

    from assistant.answer import Assistant
    from ui.web import Page, render_header

    programme = write_programme(tmp_path)
    deps = build_deps(Settings.resolve(env={}, store=str(tmp_path / "store"), llm="extractive"))
    deps.embed_model = embed_model
    ingest([programme], embed_model=embed_model, store=deps.store)
    page = Page(deps, Assistant(deps), clock=lambda: datetime(2026, 6, 24, 9, tzinfo=PARIS))
    assert "Ateliers du matin" in render_header(page, "matin", "fr")
    data = json.loads(programme.read_text(encoding="utf-8"))
    data["sessions"][0]["title"] = "Ateliers du petit matin"
    data["sessions"][0]["room"] = "C"
    programme.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    ingest([programme], embed_model=embed_model, store=deps.store)
    header = render_header(page, page.session_shown(), "fr")
    assert "Ateliers du petit matin" in header and "salle C" in header
