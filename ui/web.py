"""The Gradio chat window. It renders what assistant/ decides and never decides anything itself.

Layout: a status line; the chat with streamed answers beside the cited-source cards; filters by
talk and speaker; thumbs up/down; Markdown export; a programme tab from the ingested records with,
per talk, one button to ask about it and one to limit the chat to it; French/English labels that
follow the browser, with a toggle. All text from the programme or a model is escaped before it is
rendered: raw HTML shows as text, never as markup.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.answer import MAX_QUESTION_CHARS, Assistant
from assistant.conversation import (
    FEEDBACK_FILE,
    export_markdown,
    programme_outline,
    record_feedback,
    supporting_sentence,
)
from assistant.deps import Deps
from assistant.retrieval import Filters
from assistant.types import Answer
from ingest.errors import SessionAssistantError
from ui.labels import label

OFFLINE_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
}
AUTH_ENV = "SESSION_ASSISTANT_AUTH"  # "user:password" turns on basic auth
ALL = "__all__"


def escape(text: str) -> str:
    """Programme and model text as inert Markdown text: no live HTML."""
    return html.escape(text, quote=False)


def render_answer(answer: Answer) -> str:
    return escape(answer.answer)


def render_sources(answer: Answer | None, lang: str) -> str:
    """One card per cited source: kind, talk, speakers, the excerpt with its supporting sentence."""
    if answer is None or not answer.citations:
        if answer is not None and answer.refused:
            return f"**{label('refused', lang)}** {escape(answer.answer)}"
        return label("no_sources", lang)
    cards = []
    for c in answer.citations:
        kind = label(f"kind_{c.kind}", lang) if c.kind else "source"
        head = f"**[{c.n}] {escape(kind)}**"
        if c.talk:
            head += f" — «{escape(c.talk)}»"
        elif c.session:
            head += f" — «{escape(c.session)}»"
        people = f"\n\n*{escape(', '.join(c.speakers))}*" if c.speakers else ""
        cards.append(f"{head}{people}\n\n> {_highlighted(answer, c)}")
    return "\n\n---\n\n".join(cards)


def _highlighted(answer: Answer, citation: Any) -> str:
    text = escape(" ".join(citation.text.split()))
    sentence = supporting_sentence(answer, citation)
    if sentence:
        plain = escape(" ".join(sentence.split()))
        text = text.replace(plain, f"<mark>{plain}</mark>", 1)
    return text


def render_programme(deps: Deps, assistant: Assistant, lang: str) -> str:
    lines = []
    for session in programme_outline(assistant.catalog(), label("missing", lang)):
        when = ", ".join(
            str(p) for p in (session["date"], f"{session['start']}–{session['end']}") if p
        )
        lines.append(f"## {escape(str(session['title']))}\n\n*{escape(when)}*\n")
        if session["description"]:
            lines.append(escape(str(session["description"])) + "\n")
        for talk in session["talks"]:  # type: ignore[attr-defined]
            people = "; ".join(
                escape(n + (f", {r}" if r else "") + (f" ({a})" if a else ""))
                for n, r, a in talk["speakers"]
            )
            abstract = escape(str(talk["abstract"]))
            if talk["abstract_missing"]:
                abstract = f"*{abstract}*"
            lines.append(f"### {escape(talk['title'])}\n\n**{people}**\n\n{abstract}\n")
    return "\n".join(lines)


def status_line(deps: Deps, assistant: Assistant, lang: str) -> str:
    info = deps.store.info()
    return label(
        "status",
        lang,
        backend=label(f"backend_{deps.settings.llm}", lang),
        embed=info.get("embed_model", "?"),
        ingested=info.get("last_ingest", "?"),
        talks=len(assistant.catalog().talks),
    )


def build_app(deps: Deps) -> Any:
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    import gradio as gr

    assistant = Assistant(deps)
    catalog = assistant.catalog()  # fails early, with the fix, when nothing was ingested
    assistant.warm_up_in_background()  # the local model starts while the page loads
    feedback_path = deps.settings.store_dir / FEEDBACK_FILE
    generation_limit = assistant.parallel_answers
    talk_choices = [(t.title, t.id) for t in catalog.talks.values()]
    speaker_choices = list(catalog.speakers)

    with gr.Blocks(title=label("title", "fr")) as demo:
        lang = gr.Radio(["fr", "en"], value="fr", label=label("language", "fr"), elem_id="lang")
        status = gr.Markdown(status_line(deps, assistant, "fr"), elem_id="status")
        answers = gr.State([])  # the Answer of each assistant turn, in order
        with gr.Tabs() as tabs:
            with gr.Tab(label("chat", "fr"), id="chat", elem_id="chat-tab") as chat_tab, gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label=label("chat", "fr"),
                        height=480,
                        sanitize_html=True,
                        feedback_options=("Like", "Dislike"),
                        elem_id="chatbot",
                    )
                    question = gr.Textbox(
                        label=label("question", "fr"),
                        placeholder=label("placeholder", "fr"),
                        max_length=MAX_QUESTION_CHARS * 2,
                        elem_id="question",
                    )
                    with gr.Row():
                        send = gr.Button(label("send", "fr"), variant="primary", elem_id="send")
                        clear = gr.Button(label("clear", "fr"))
                        export = gr.DownloadButton(label("export", "fr"), elem_id="export")
                    with gr.Row():
                        talk = gr.Dropdown(
                            [(label("all", "fr"), ALL), *talk_choices],
                            value=ALL,
                            label=label("talk_filter", "fr"),
                            elem_id="talk-filter",
                        )
                        speaker = gr.Dropdown(
                            [(label("all", "fr"), ALL), *[(s, s) for s in speaker_choices]],
                            value=ALL,
                            label=label("speaker_filter", "fr"),
                        )
                with gr.Column(scale=2):
                    sources = gr.Markdown(
                        label("no_sources", "fr"), elem_id="sources", sanitize_html=True
                    )
            with gr.Tab(
                label("programme", "fr"), id="programme", elem_id="programme-tab"
            ) as programme_tab:
                programme = gr.Markdown(
                    render_programme(deps, assistant, "fr"), elem_id="programme"
                )
                talk_buttons = []
                for info in catalog.talks.values():
                    with gr.Row():
                        ask_btn = gr.Button(
                            f"{label('ask_about', 'fr')} : {info.title[:60]}", size="sm"
                        )
                        limit_btn = gr.Button(
                            f"{label('limit_to', 'fr')} : {info.title[:60]}", size="sm"
                        )
                    talk_buttons.append((info, ask_btn, limit_btn))

            with gr.Tab(label("modes", "fr"), id="modes", elem_id="modes-tab") as modes_tab:
                with gr.Row():
                    mode = gr.Radio(
                        [(label("mode_moderate", "fr"), "moderate"),
                         (label("mode_review", "fr"), "review")],
                        value="moderate",
                        label=label("mode", "fr"),
                        elem_id="mode",
                    )  # fmt: skip
                    mode_talk = gr.Dropdown(
                        [(label("all", "fr"), ALL), *talk_choices],
                        value=ALL,
                        label=label("talk_filter", "fr"),
                    )
                    count = gr.Slider(1, 15, value=5, step=1, label=label("count", "fr"))
                make = gr.Button(label("generate", "fr"), variant="primary", elem_id="generate")
                mode_output = gr.Markdown(elem_id="mode-output")
                mode_file = gr.DownloadButton(label("export", "fr"), elem_id="mode-export")

        def run_mode(kind: str, talk_id: str, n: float, ui: str) -> tuple[str, str]:
            text = mode_markdown(assistant, kind, None if talk_id == ALL else talk_id, int(n), ui)
            folder = Path(tempfile.mkdtemp(prefix="session-assistant-"))
            path = folder / f"{kind}.md"
            path.write_text(text, encoding="utf-8")
            return escape(text), str(path)

        make.click(
            run_mode,
            [mode, mode_talk, count, lang],
            [mode_output, mode_file],
            api_name="modes",
            concurrency_limit=generation_limit,
            concurrency_id="answers",
        )

        def respond(
            message: str, history: list[Any], past: list[Answer], talk_id: str, name: str, ui: str
        ) -> Iterator[tuple[Any, ...]]:
            message = (message or "").strip()
            if not message:
                yield history, past, gr.update(), "", gr.update()
                return
            if len(message) > MAX_QUESTION_CHARS:
                note = label("too_long", ui, n=len(message), limit=MAX_QUESTION_CHARS)
                yield history, past, note, message, gr.update()
                return
            filters = Filters(
                talk_id=None if talk_id == ALL else talk_id,
                speaker=None if name == ALL else name,
            )
            keep = gr.update()
            turns = [*history, {"role": "user", "content": escape(message)}]
            previous = _plain_history(history)
            answer = None
            try:
                for answer in assistant.stream(message, previous, filters):
                    shown = [*turns, {"role": "assistant", "content": render_answer(answer)}]
                    yield shown, past, keep, "", keep
            except SessionAssistantError as exc:
                shown = [*turns, {"role": "assistant", "content": escape(str(exc))}]
                yield shown, past, keep, "", keep
                return
            assert answer is not None
            past = [*past, answer]
            yield shown, past, render_sources(answer, ui), "", _export_file(past, ui)

        chat_inputs = [question, chatbot, answers, talk, speaker, lang]
        chat_outputs = [chatbot, answers, sources, question, export]
        for trigger in (send.click, question.submit):
            trigger(
                respond,
                chat_inputs,
                chat_outputs,
                api_visibility="undocumented",
                concurrency_limit=generation_limit,
                concurrency_id="answers",
            )

        def reset(ui: str) -> tuple[Any, ...]:
            return [], [], label("no_sources", ui), None

        clear.click(reset, [lang], [chatbot, answers, sources, export], api_visibility="private")

        def on_feedback(data: gr.LikeData, past: list[Answer]) -> None:
            turn = data.index[0] // 2 if isinstance(data.index, list | tuple) else data.index // 2
            if 0 <= turn < len(past):
                record_feedback(feedback_path, past[turn], liked=bool(data.liked))
                gr.Info(label("feedback_thanks", "fr"))

        # Gradio finds the LikeData parameter by its annotation, which must be the class itself.
        on_feedback.__annotations__["data"] = gr.LikeData
        chatbot.like(on_feedback, [answers], None, api_visibility="private")

        for info, ask_btn, limit_btn in talk_buttons:
            ask_btn.click(
                _ask_about(info.title), [lang], [question, tabs], api_visibility="private"
            ).then(
                respond,
                chat_inputs,
                chat_outputs,
                concurrency_id="answers",
                concurrency_limit=generation_limit,
                api_visibility="private",
            )
            limit_btn.click(_limit_to(info.id), None, [talk, tabs], api_visibility="private")

        def relabel(ui: str) -> tuple[Any, ...]:
            choices_all = (label("all", ui), ALL)
            return (
                status_line(deps, assistant, ui),
                gr.update(label=label("chat", ui)),
                gr.update(label=label("question", ui), placeholder=label("placeholder", ui)),
                gr.update(value=label("send", ui)),
                gr.update(value=label("clear", ui)),
                gr.update(label=label("export", ui)),
                gr.update(label=label("talk_filter", ui), choices=[choices_all, *talk_choices]),
                gr.update(
                    label=label("speaker_filter", ui),
                    choices=[choices_all, *[(s, s) for s in speaker_choices]],
                ),
                render_programme(deps, assistant, ui),
                gr.update(label=label("language", ui)),
                gr.update(label=label("chat", ui)),
                gr.update(label=label("programme", ui)),
                gr.update(label=label("modes", ui)),
                gr.update(
                    label=label("mode", ui),
                    choices=[
                        (label("mode_moderate", ui), "moderate"),
                        (label("mode_review", ui), "review"),
                    ],
                ),
                gr.update(label=label("count", ui)),
                gr.update(value=label("generate", ui)),
                *[
                    gr.update(value=f"{label(key, ui)} : {info.title[:60]}")
                    for info, _, _ in talk_buttons
                    for key in ("ask_about", "limit_to")
                ],
            )

        relabel_outputs = [
            status,
            chatbot,
            question,
            send,
            clear,
            export,
            talk,
            speaker,
            programme,
            lang,
            chat_tab,
            programme_tab,
            modes_tab,
            mode,
            count,
            make,
            *[button for _, ask_btn, limit_btn in talk_buttons for button in (ask_btn, limit_btn)],
        ]
        lang.change(relabel, [lang], relabel_outputs, api_visibility="private")
        demo.load(
            None,
            None,
            [lang],
            js="() => (navigator.language || 'fr').toLowerCase().startsWith('fr') ? 'fr' : 'en'",
        )

        def api_ask(
            question: str,
            history: list[dict[str, str]] | None = None,
            talk_id: str | None = None,
            speaker: str | None = None,
        ) -> dict[str, Any]:
            """Ask a question; returns the `ask --json` object: answer, language, citations."""
            filters = Filters(talk_id=talk_id or None, speaker=speaker or None)
            return assistant.ask(question, history or [], filters).to_json()

        gr.api(
            api_ask, api_name="ask", concurrency_limit=generation_limit, concurrency_id="answers"
        )
    return demo


def mode_markdown(assistant: Assistant, kind: str, talk_id: str | None, n: int, lang: str) -> str:
    """Organiser (moderate) or student (review) output as Markdown, as the CLI writes it."""
    from assistant import modes
    from assistant.prompts import REVIEW_HEADINGS

    if kind == "moderate":
        items = modes.moderate(assistant, [talk_id] if talk_id else None, n, lang)
        return "\n".join(modes.items_markdown(REVIEW_HEADINGS[lang]["moderation"], items, lang))
    result = modes.review(assistant, lang, quiz_size=n)
    return modes.review_markdown(result, assistant.catalog(), lang)


def _export_file(past: list[Answer], lang: str) -> str:
    """The conversation so far as a Markdown file, ready behind the export button."""
    folder = Path(tempfile.mkdtemp(prefix="session-assistant-"))
    path = folder / "conversation.md"
    path.write_text(export_markdown(past, label("title", lang)), encoding="utf-8")
    return str(path)


def _plain_history(history: list[Any]) -> list[dict[str, str]]:
    """The chat history as role/content pairs (escaping undone) for follow-up condensing."""
    plain = []
    for message in history:
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, str):
            plain.append({"role": str(message.get("role")), "content": html.unescape(content)})
    return plain


def _ask_about(title: str) -> Any:
    import gradio as gr

    def fill(ui: str) -> tuple[str, Any]:
        return label("about_question", ui, title=title), gr.Tabs(selected="chat")

    return fill


def _limit_to(talk_id: str) -> Any:
    import gradio as gr

    def choose() -> tuple[str, Any]:
        return talk_id, gr.Tabs(selected="chat")

    return choose


def launch(deps: Deps, host: str = "127.0.0.1", port: int = 7860, block: bool = True) -> Any:
    """Serve on host:port (loopback by default), never shared; basic auth when AUTH_ENV is set."""
    app = build_app(deps)
    auth = None
    if credentials := os.environ.get(AUTH_ENV):
        user, _, password = credentials.partition(":")
        auth = (user, password)
    app.queue(max_size=64, default_concurrency_limit=4)
    app.launch(
        server_name=host,
        server_port=port,
        share=False,
        auth=auth,
        prevent_thread_lock=not block,
        quiet=not block,
    )
    return app


def serve(deps: Deps, host: str = "127.0.0.1", port: int = 7860) -> None:
    launch(deps, host, port, block=True)
