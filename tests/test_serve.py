"""`serve`: the real app on a free port, asked through gradio_client."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.deps import build_deps
from assistant.settings import Settings
from conftest import SEED, _free_port
from ingest.errors import StoreError
from ingest.pipeline import ingest
from ui.web import build_app


def test_chat_page_answers_with_programme_passages(tmp_path: Path, embed_model) -> None:
    deps = build_deps(Settings.resolve(store=str(tmp_path / "store")))
    deps.embed_model = embed_model
    ingest([SEED], embed_model=embed_model, store=deps.store)
    app = build_app(deps)
    port = _free_port()
    app.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True,
                       quiet=True)  # fmt: skip
    try:
        from gradio_client import Client

        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        answer = client.predict(message="Qui parle de l'usine distribuée ?", api_name="/chat")
        assert "Olivier Landau" in answer
        assert "[1]" in answer
    finally:
        app.close()
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"


def test_serving_an_empty_store_says_to_ingest_first(tmp_path: Path) -> None:
    deps = build_deps(Settings.resolve(store=str(tmp_path / "nothing")))
    with pytest.raises(StoreError, match="run `session-assistant ingest` first"):
        build_app(deps)
