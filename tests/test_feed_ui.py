"""The organiser's feed in a real Gradio app: the `/feed` API through gradio_client, the key
check, the tab and the notice in Debian's Chromium, and nothing mounted without a key."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_ui import BROWSER_ARGS, CHROMIUM, needs_browser

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.feed import FEED_FILE, Entry, Feed, FeedOptions, FeedStore
from assistant.settings import Settings
from conftest import SEED, _free_port
from ingest.pipeline import ingest

KEY = "orga-k3y"
RTE = "s3-bifurquer-en-responsabilite-territoriale-des-entreprises"
OFFLINE = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}
HOSTILE = '<img src=x onerror="window.__pwned=1"> [lien](javascript:alert(1)) **gras**'


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, embed_model: Any) -> Path:
    """The seed in a store of its own: the feed file is written beside it."""
    path = tmp_path_factory.mktemp("feed-store")
    deps = build_deps(Settings.resolve(env={}, store=str(path), llm="extractive"))
    ingest([SEED], embed_model=embed_model, store=deps.store)
    return path


@pytest.fixture(scope="module")
def assistant(store: Path, embed_model: Any) -> Assistant:
    deps = build_deps(Settings.resolve(env={}, store=str(store), llm="extractive"))
    deps.embed_model = embed_model
    return Assistant(deps)


def _feed(assistant: Assistant, key: str | None = KEY, enabled: bool = True) -> Feed:
    path = assistant.deps.settings.store_dir / FEED_FILE
    options = FeedOptions(enabled=enabled, organiser_key=key)
    return Feed(FeedStore(path), assistant.deps.embed_model, assistant.catalog, options)


def _launch(feed: Feed) -> Any:
    """A small page: a language radio, a question box with the notice, the organiser tab."""
    for name, value in OFFLINE.items():
        os.environ.setdefault(name, value)
    import gradio as gr

    from ui.feed import add_notice, add_organiser_view

    with gr.Blocks() as demo:
        lang = gr.Radio(["fr", "en"], value="fr", elem_id="lang")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                gr.Textbox(label="Question", elem_id="question")
                add_notice(feed, lang)
            add_organiser_view(feed, lang)
    port = _free_port()
    demo.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True,
                        quiet=True)  # fmt: skip
    return demo, f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def app(assistant: Assistant) -> Iterator[tuple[str, Feed]]:
    feed = _feed(assistant)
    feed.clear()
    for question in (
        "Qui présente la RTE ?",
        "Who presents the RTE talk?",
        "Qui est Olivier Landau ?",
    ):
        assert feed.record(question, assistant.ask(question))
    demo, url = _launch(feed)
    try:
        yield url, feed
    finally:
        demo.close()


def test_feed_api_returns_the_groups_with_the_key(app: tuple[str, Feed]) -> None:
    from gradio_client import Client

    data = Client(app[0], verbose=False).predict(key=KEY, api_name="/feed")
    assert set(data) == {"groups"}
    rte = data["groups"][0]
    assert set(rte) == {"label", "count", "questions", "talk_ids", "answered"}
    assert rte["count"] == 2 and rte["talk_ids"] == [RTE] and rte["answered"] is True
    assert sorted(rte["questions"]) == ["Qui présente la RTE ?", "Who presents the RTE talk?"]
    assert [g["count"] for g in data["groups"]] == [2, 1]


@pytest.mark.parametrize("wrong", ["", "orga-k3", "orga-k3y ", "ORGA-K3Y"])
def test_feed_api_refuses_a_wrong_or_missing_key(app: tuple[str, Feed], wrong: str) -> None:
    from gradio_client import Client

    with pytest.raises(Exception, match="organiser key") as refused:
        Client(app[0], verbose=False).predict(key=wrong, api_name="/feed")
    assert "Qui présente" not in str(refused.value)


def test_nothing_is_mounted_without_a_key(assistant: Assistant) -> None:
    from gradio_client import Client

    demo, url = _launch(_feed(assistant, key=None))
    try:
        client = Client(url, verbose=False)
        assert (
            "/feed"
            not in client.view_api(print_info=False, return_format="dict")["named_endpoints"]
        )
        assert "feed-tab" not in str(demo.config)
        assert "feed-notice" in str(demo.config)  # recording is on: attendees are told
    finally:
        demo.close()


def test_no_notice_when_the_feed_is_off(assistant: Assistant) -> None:
    import gradio as gr

    from ui.feed import add_notice

    with gr.Blocks():
        assert add_notice(_feed(assistant, enabled=False)) is None


def test_questions_render_as_inert_text() -> None:
    from assistant.feed import Group
    from ui.feed import render_groups

    shown = render_groups([Group(HOSTILE, [HOSTILE], [], False)], {}, "fr")
    assert "<img" not in shown and "](javascript" not in shown and "**gras**" not in shown
    assert "bonne question pour l’intervenant·e" in shown


@pytest.fixture
def page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(locale="fr-FR", accept_downloads=True)
        yield page
        browser.close()


def _open_feed_tab(page: Any, url: str) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.click("button[role=tab]:has-text('Questions du public')")
    page.wait_for_selector("#feed-key input", timeout=30_000)


@needs_browser
def test_browser_notice_follows_the_language(app: tuple[str, Feed], page: Any) -> None:
    page.goto(app[0], wait_until="load")
    page.wait_for_selector("#feed-notice", timeout=60_000)
    assert "transmises anonymement aux organisateurs" in page.inner_text("#feed-notice")
    page.click("#lang label:has-text('en')")
    page.wait_for_function(
        "document.querySelector('#feed-notice').innerText.includes('shared anonymously')",
        timeout=30_000,
    )


@needs_browser
def test_browser_organiser_tab_needs_the_key(app: tuple[str, Feed], page: Any) -> None:
    url = app[0]
    _open_feed_tab(page, url)
    page.fill("#feed-key input", "not-the-key")
    page.click("#feed-show")
    page.wait_for_selector("text=Clé organisateur incorrecte", timeout=30_000)
    assert "Qui présente" not in page.inner_text("#feed-groups")
    page.fill("#feed-key input", KEY)
    page.click("#feed-show")
    page.wait_for_function(
        "document.querySelector('#feed-groups').innerText.includes('2 question(s)')",
        timeout=30_000,
    )
    groups = page.inner_text("#feed-groups")
    assert "Who presents the RTE talk?" in groups and "Bifurquer en Responsabilité" in groups
    page.click("#feed-moderate")
    page.wait_for_function(
        "document.querySelector('#feed-moderation').innerText.includes('Questions de modération')",
        timeout=30_000,
    )
    assert f"talk:{RTE}" in page.inner_text("#feed-moderation")
    with page.expect_download() as download:
        page.click("#feed-export-csv")
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert exported.startswith("group,label,count,answered,talk_ids,question")


@needs_browser
def test_browser_hostile_question_stays_text_and_clear_empties(
    assistant: Assistant, page: Any
) -> None:
    feed = _feed(assistant)
    feed.clear()
    feed.store.add(Entry(HOSTILE, False))
    demo, url = _launch(feed)
    try:
        _open_feed_tab(page, url)
        page.fill("#feed-key input", KEY)
        page.click("#feed-show")
        page.wait_for_function(
            "document.querySelector('#feed-groups').innerText.includes('onerror')",
            timeout=30_000,
        )
        page.click("#feed-moderate")
        page.wait_for_function(
            "document.querySelector('#feed-moderation').innerText.includes('onerror')",
            timeout=30_000,
        )
        assert page.evaluate("window.__pwned") is None
        assert page.query_selector("#feed-groups img, #feed-moderation img") is None
        assert page.query_selector("#feed-groups a, #feed-moderation a") is None
        page.click("#feed-clear")
        page.wait_for_function(
            "document.querySelector('#feed-groups').innerText.includes('Aucune question')",
            timeout=30_000,
        )
        assert feed.store.entries() == []
    finally:
        demo.close()


def _serve(store: Path, embed_model: Any) -> Any:
    """The real page (ui.web) over `store`, with the feed settings of the environment."""
    from ui.web import launch

    deps = build_deps(Settings.resolve(env={}, store=str(store), llm="extractive"))
    deps.embed_model = embed_model
    port = _free_port()
    return launch(deps, port=port, block=False), f"http://127.0.0.1:{port}/"


def _chat(page: Any, url: str, question: str, recorded: FeedStore, expected: int) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.fill("#question textarea", question)
    page.click("#send")
    for _ in range(300):
        if len(recorded.entries()) >= expected:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{question!r} was not recorded")


@needs_browser
def test_browser_questions_from_two_sessions_grouped_for_the_organiser(
    store: Path, embed_model: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from playwright.sync_api import sync_playwright

    recorded = FeedStore(store / FEED_FILE)
    recorded.clear()
    monkeypatch.setenv("SESSION_ASSISTANT_ORGANISER_KEY", KEY)
    demo, url = _serve(store, embed_model)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
            french = browser.new_context(locale="fr-FR").new_page()
            _chat(french, url, "Qui présente la RTE ?", recorded, 1)
            assert "transmises anonymement" in french.inner_text("#feed-notice")
            english = browser.new_context(locale="en-US").new_page()
            _chat(english, url, "Who presents the RTE talk?", recorded, 2)
            organiser = browser.new_context(locale="fr-FR").new_page()
            _open_feed_tab(organiser, url)
            organiser.click("#feed-show")  # no key yet
            organiser.wait_for_selector("text=Clé organisateur incorrecte", timeout=30_000)
            organiser.fill("#feed-key input", KEY)
            organiser.click("#feed-show")
            organiser.wait_for_function(
                "document.querySelector('#feed-groups').innerText.includes('2 question(s)')",
                timeout=30_000,
            )
            shown = organiser.inner_text("#feed-groups")
            assert "Qui présente la RTE ?" in shown and "Who presents the RTE talk?" in shown
            browser.close()
    finally:
        demo.close()
    assert {e.talk_ids for e in recorded.entries()} == {(RTE,)}


@needs_browser
def test_browser_feed_off_records_nothing_and_shows_no_notice(
    store: Path, embed_model: Any, monkeypatch: pytest.MonkeyPatch, page: Any
) -> None:
    recorded = FeedStore(store / FEED_FILE)
    recorded.clear()
    monkeypatch.setenv("SESSION_ASSISTANT_FEED", "off")
    demo, url = _serve(store, embed_model)
    try:
        page.goto(url, wait_until="load")
        page.wait_for_selector("#question textarea", timeout=60_000)
        assert page.query_selector("#feed-notice") is None
        page.fill("#question textarea", "Qui présente la RTE ?")
        page.click("#send")
        page.wait_for_function(
            "[...document.querySelectorAll('[data-testid=\"bot\"]')].length > 0", timeout=60_000
        )
        page.wait_for_timeout(1000)
        assert recorded.entries() == []
    finally:
        demo.close()


def test_the_page_mounts_no_feed_without_a_key(store: Path, embed_model: Any) -> None:
    from gradio_client import Client

    demo, url = _serve(store, embed_model)
    try:
        endpoints = Client(url, verbose=False).view_api(print_info=False, return_format="dict")
        assert "/ask" in endpoints["named_endpoints"]
        assert "/feed" not in endpoints["named_endpoints"]
        assert "feed-tab" not in str(demo.config) and "feed-notice" in str(demo.config)
    finally:
        demo.close()
