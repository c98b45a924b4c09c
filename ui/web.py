"""The chat page: renders what assistant/ returns. (Minimal until the UI issue lands.)"""

from __future__ import annotations

import os
from typing import Any

from assistant.deps import Deps
from assistant.retrieval import retrieve

OFFLINE_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}
KIND_LABELS = {
    "session": "session description",
    "talk": "talk",
    "abstract": "abstract",
    "bio": "speaker",
    "document": "document",
}


def render_hits(deps: Deps, message: str) -> str:
    hits = retrieve(deps, message, k=4)
    if not hits:
        return "The programme holds nothing on that."
    lines = ["Passages of the programme closest to your question:"]
    for n, hit in enumerate(hits, 1):
        meta = hit.metadata
        label = KIND_LABELS.get(meta.get("kind", ""), "source")
        where = meta.get("talk") or meta.get("session") or meta.get("title") or ""
        who = f" ({meta['speakers']})" if meta.get("speakers") else ""
        excerpt = hit.text if len(hit.text) < 400 else hit.text[:400] + "…"
        lines.append(f"\n**[{n}] {label} — {where}{who}**\n\n> {excerpt}")
    return "\n".join(lines)


def build_app(deps: Deps) -> Any:
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    import gradio as gr

    def chat(message: str, history: list[Any]) -> str:
        return render_hits(deps, message)

    return gr.ChatInterface(
        chat, title="Session assistant", api_name="chat", description=_status(deps)
    )


def _status(deps: Deps) -> str:
    info = deps.store.info()
    return (
        f"{info.get('nodes', 0)} passages from the programme, embedded with "
        f"{info.get('embed_model')}, last ingested {info.get('last_ingest', 'never')}."
    )


def serve(deps: Deps, host: str = "127.0.0.1", port: int = 7860) -> None:
    app = build_app(deps)
    app.queue(max_size=64).launch(server_name=host, server_port=port, share=False)
