"""The chat page: renders what assistant/ returns. (The UI issue makes it the full window.)"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from assistant.answer import Assistant
from assistant.deps import Deps
from assistant.types import Answer

OFFLINE_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}


def render(answer: Answer) -> str:
    """The answer, then its sources as a numbered list (only the cited ones)."""
    if not answer.citations:
        return answer.answer
    lines = [answer.answer, ""]
    for c in answer.citations:
        excerpt = c.text if len(c.text) < 300 else c.text[:300] + "…"
        lines.append(f"[{c.n}] {c.label}: {excerpt}")
    return "\n".join(lines)


def build_app(deps: Deps) -> Any:
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    import gradio as gr

    assistant = Assistant(deps)
    status = _status(assistant)

    def chat(message: str, history: list[Any]) -> Iterator[str]:
        for answer in assistant.stream(message, history):
            yield render(answer)

    return gr.ChatInterface(chat, title="Session assistant", api_name="chat", description=status)


def _status(assistant: Assistant) -> str:
    info = assistant.deps.store.info()
    talks = len(assistant.catalog().talks)
    return (
        f"{talks} talks, {info.get('nodes', 0)} passages; answers: {assistant.backend}; "
        f"embeddings: {info.get('embed_model')}; last ingested {info.get('last_ingest', 'never')}."
    )


def serve(deps: Deps, host: str = "127.0.0.1", port: int = 7860) -> None:
    app = build_app(deps)
    app.queue(max_size=64, default_concurrency_limit=1 if deps.llm else 4).launch(
        server_name=host, server_port=port, share=False
    )
