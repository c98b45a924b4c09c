"""The chat window for real: the app on a free port, gradio_client for the API, and Debian's
Chromium driven by Playwright for what a person sees."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.deps import build_deps
from assistant.settings import Settings
from conftest import _free_port
from ingest.pipeline import ingest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
needs_browser = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="apt-get install chromium (.ci/run does)"
)
XSS = '<img src=x onerror="window.__pwned=1">'


def _serve(store: Path, embed_model: Any) -> Iterator[tuple[str, Any]]:
    from ui.web import launch

    deps = build_deps(Settings.resolve(env={}, store=str(store), llm="extractive"))
    deps.embed_model = embed_model
    port = _free_port()
    app = launch(deps, port=port, block=False)
    try:
        yield f"http://127.0.0.1:{port}/", deps
    finally:
        app.close()


@pytest.fixture(scope="module")
def seed_app(seed_store: Path, embed_model: Any) -> Iterator[tuple[str, Any]]:
    yield from _serve(seed_store, embed_model)


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory, embed_model: Any) -> Iterator[str]:
    """A programme whose abstract and speaker carry HTML/JS payloads."""
    folder = tmp_path_factory.mktemp("hostile")
    programme = folder / "p.json"
    programme.write_text(
        json.dumps(
            {
                "sessions": [
                    {
                        "title": "Ateliers",
                        "talks": [
                            {
                                "title": "Les ateliers partagés",
                                "abstract": "Les ateliers partagés mutualisent les machines. "
                                f"{XSS} <script>window.__pwned=2</script>",
                                "speakers": [{"name": "Ada Lo", "affiliation": f"IRI {XSS}"}],
                            }
                        ],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    store = folder / "store"
    deps = build_deps(Settings.resolve(env={}, store=str(store), llm="extractive"))
    deps.embed_model = embed_model
    ingest([programme], embed_model=embed_model, store=deps.store)
    for url, _ in _serve(store, embed_model):
        yield url


def test_api_returns_the_ask_json_shape(seed_app: tuple[str, Any]) -> None:
    from gradio_client import Client

    client = Client(seed_app[0], verbose=False)
    data = client.predict(question="Qui présente « L’usine distribuée » ?", api_name="/ask")
    assert set(data) == {"question", "answer", "language", "refused", "backend", "citations"}
    assert data["answer"] == "« L’usine distribuée » est présentée par Olivier Landau (IRI) [1]."
    assert data["citations"][0]["source_id"] == "talk:s3-l-usine-distribuee"


def test_api_follow_up_and_refusal(seed_app: tuple[str, Any]) -> None:
    from gradio_client import Client

    client = Client(seed_app[0], verbose=False)
    history = [
        {"role": "user", "content": "Who presents L’usine distribuée?"},
        {"role": "assistant", "content": "«L’usine distribuée» is given by Olivier Landau [1]."},
    ]
    follow = client.predict(question="And where is he from?", history=history, api_name="/ask")
    assert "IRI" in follow["answer"] and follow["language"] == "en"
    refused = client.predict(question="Quelle est la capitale de l’Australie ?", api_name="/ask")
    assert refused["refused"] is True and refused["citations"] == []


@pytest.fixture
def page(request: pytest.FixtureRequest) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    locale = getattr(request, "param", "fr-FR")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(
            locale=locale, accept_downloads=True, viewport={"width": 1400, "height": 900}
        )
        yield page
        browser.close()


def _ask(page: Any, url: str, question: str) -> str:
    page.goto(url, wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.fill("#question textarea", question)
    page.click("#send")
    page.wait_for_function(
        "document.querySelector('#sources').innerText.includes('[1]')", timeout=60_000
    )
    return str(page.query_selector_all('[data-testid="bot"]')[-1].inner_text())


@needs_browser
def test_browser_answer_source_card_and_export(seed_app: tuple[str, Any], page: Any) -> None:
    answer = _ask(page, seed_app[0], "Que signifie RTE ?")
    assert "Responsabilité Territoriale des Entreprises" in answer and "[1]" in answer
    card = page.inner_text("#sources")
    assert "Bifurquer en Responsabilité Territoriale des Entreprises (RTE)" in card
    assert "Maryline Filippi" in card
    assert page.query_selector("#sources mark") is not None  # the supporting sentence
    with page.expect_download() as download:
        page.click("#export")
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "## Que signifie RTE ?" in exported
    assert "talk:s3-bifurquer-en-responsabilite-territoriale-des-entreprises" in exported


@needs_browser
def test_browser_feedback_is_stored(seed_app: tuple[str, Any], page: Any) -> None:
    url, deps = seed_app
    feedback = deps.settings.store_dir / "feedback.jsonl"
    before = feedback.read_text().count("\n") if feedback.exists() else 0
    _ask(page, url, "Qui est Caroline Granier ?")
    page.locator('[data-testid="bot"]').last.hover()
    like = """#chatbot button[aria-label="Like"], #chatbot button[aria-label="J'aime"]"""
    page.locator(like).last.click(force=True)
    for _ in range(50):
        if feedback.exists() and feedback.read_text().count("\n") > before:
            break
        page.wait_for_timeout(100)
    entry = json.loads(feedback.read_text().splitlines()[-1])
    assert entry["liked"] is True and entry["question"] == "Qui est Caroline Granier ?"
    assert entry["citations"][0]["source_id"] == "bio:caroline-granier"


@needs_browser
def test_browser_programme_view_and_ask_about_a_talk(seed_app: tuple[str, Any], page: Any) -> None:
    page.goto(seed_app[0], wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.click("button[role=tab]:has-text('Programme')")
    programme = page.inner_text("#programme")
    assert "L’usine distribuée" in programme and "Olivier Landau (IRI)" in programme
    assert programme.count("Résumé non fourni dans le programme.") == 2
    page.click("button:has-text('Poser une question sur cette intervention : Les programmes')")
    page.wait_for_function(
        "document.querySelector('#sources').innerText.includes('[1]')", timeout=60_000
    )
    answer = page.query_selector_all('[data-testid="bot"]')[-1].inner_text()
    assert "n’a pas été fourni" in answer


@needs_browser
@pytest.mark.parametrize("page", ["en-US"], indirect=True)
def test_browser_labels_follow_the_browser_language(seed_app: tuple[str, Any], page: Any) -> None:
    page.goto(seed_app[0], wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.wait_for_function(
        "document.querySelector('#question').innerText.includes('Your question')", timeout=30_000
    )
    page.click("#lang label:has-text('fr')")
    page.wait_for_function(
        "document.querySelector('#question').innerText.includes('Votre question')", timeout=30_000
    )


@needs_browser
def test_browser_never_runs_html_from_the_programme(hostile_app: str, page: Any) -> None:
    answer = _ask(page, hostile_app, "Que mutualisent les ateliers partagés ?")
    assert "machines" in answer
    page.click("button[role=tab]:has-text('Programme')")
    page.wait_for_timeout(500)
    assert "onerror" in page.inner_text("#programme")  # shown as text
    assert page.evaluate("window.__pwned") is None
    assert page.query_selector("#programme img, #sources img, #chatbot img[src='x']") is None


@needs_browser
def test_browser_question_length_limit(seed_app: tuple[str, Any], page: Any) -> None:
    page.goto(seed_app[0], wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.fill("#question textarea", "x" * 1500)
    page.click("#send")
    page.wait_for_function(
        "document.querySelector('#sources').innerText.includes('limite est 1000')", timeout=30_000
    )


def test_serving_an_empty_store_says_to_ingest_first(tmp_path: Path) -> None:
    from ingest.errors import StoreError
    from ui.web import build_app

    deps = build_deps(Settings.resolve(env={}, store=str(tmp_path / "nothing"), llm="extractive"))
    with pytest.raises(StoreError, match="run `session-assistant ingest` first"):
        build_app(deps)


def test_programme_text_is_escaped_before_rendering() -> None:
    from ui.web import escape

    assert escape(XSS) == '&lt;img src=x onerror="window.__pwned=1"&gt;'


def test_basic_auth_from_the_environment(
    seed_store: Path, embed_model: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import urllib.error
    import urllib.request

    from gradio_client import Client

    monkeypatch.setenv("SESSION_ASSISTANT_AUTH", "orga:s3cret")
    for url, _ in _serve(seed_store, embed_model):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url + "config", timeout=10)
        assert refused.value.code == 401
        client = Client(url, auth=("orga", "s3cret"), verbose=False)
        assert client.predict(question="Quand a lieu la session ?", api_name="/ask")["citations"]


@needs_browser
def test_browser_organiser_and_student_modes(seed_app: tuple[str, Any], page: Any) -> None:
    page.goto(seed_app[0], wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.click("button[role=tab]:has-text('Organiser')")
    page.click("#generate")
    page.wait_for_function(
        "document.querySelector('#mode-output').innerText.includes('Questions de modération')",
        timeout=60_000,
    )
    moderation = page.inner_text("#mode-output")
    assert "abstract:s3-l-usine-distribuee" in moderation and "sans résumé" in moderation
    page.click("#mode label:has-text('Révision')")
    page.click("#generate")
    page.wait_for_function(
        "document.querySelector('#mode-output').innerText.includes('Glossaire')", timeout=60_000
    )
    assert "Responsabilité Territoriale des Entreprises" in page.inner_text("#mode-output")
