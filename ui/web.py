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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.answer import MAX_QUESTION_CHARS, Assistant
from assistant.catalog import TalkInfo
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


@dataclass
class TalkButtons:
    """The programme tab's two buttons for one talk."""

    talk: TalkInfo
    ask: Any
    limit: Any


@dataclass
class Widgets:
    """Every component of the page that a handler reads or updates, built by `layout`."""

    lang: Any
    status: Any
    answers: Any  # gr.State: the Answer of each assistant turn, in order
    tabs: Any
    chat_tab: Any
    chatbot: Any
    question: Any
    send: Any
    clear: Any
    export: Any
    talk: Any
    speaker: Any
    sources: Any
    programme_tab: Any
    programme: Any
    talk_buttons: list[TalkButtons]
    modes_tab: Any
    mode: Any
    mode_talk: Any
    count: Any
    make: Any
    mode_output: Any
    mode_file: Any


# (widget attribute, component property, label key): the labels that follow the page's language.
LABELLED: tuple[tuple[str, str, str], ...] = (
    ("lang", "label", "language"),
    ("chat_tab", "label", "chat"),
    ("chatbot", "label", "chat"),
    ("question", "label", "question"),
    ("question", "placeholder", "placeholder"),
    ("send", "value", "send"),
    ("clear", "value", "clear"),
    ("export", "label", "export"),
    ("talk", "label", "talk_filter"),
    ("speaker", "label", "speaker_filter"),
    ("programme_tab", "label", "programme"),
    ("modes_tab", "label", "modes"),
    ("mode", "label", "mode"),
    ("mode_talk", "label", "talk_filter"),
    ("count", "label", "count"),
    ("make", "value", "generate"),
    ("mode_file", "label", "export"),
)


class Page:
    """What the handlers need besides the widgets: the assistant, its records, the limits."""

    def __init__(self, deps: Deps, assistant: Assistant) -> None:
        self.deps = deps
        self.assistant = assistant
        self.catalog = assistant.catalog()
        self.feedback_path = deps.settings.store_dir / FEEDBACK_FILE
        self.generation_limit = assistant.parallel_answers

    def talk_choices(self, lang: str) -> list[tuple[str, str]]:
        return [(label("all", lang), ALL), *[(t.title, t.id) for t in self.catalog.talks.values()]]

    def speaker_choices(self, lang: str) -> list[tuple[str, str]]:
        return [(label("all", lang), ALL), *[(s, s) for s in self.catalog.speakers]]

    def mode_choices(self, lang: str) -> list[tuple[str, str]]:
        return [(label("mode_moderate", lang), "moderate"), (label("mode_review", lang), "review")]


def build_app(deps: Deps) -> Any:
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    import gradio as gr

    assistant = Assistant(deps)
    page = Page(deps, assistant)  # reading the records fails early, with the fix, when empty
    assistant.warm_up_in_background()  # the local model starts while the page loads
    with gr.Blocks(title=label("title", "fr")) as demo:
        widgets = layout(page, "fr")
        wire(page, widgets)
        demo.load(
            None,
            None,
            [widgets.lang],
            js="() => (navigator.language || 'fr').toLowerCase().startsWith('fr') ? 'fr' : 'en'",
        )
        _api(page)
    return demo


def layout(page: Page, lang: str) -> Widgets:
    """Create the components, inside the current gr.Blocks, with the labels of `lang`."""
    import gradio as gr

    lang_radio = gr.Radio(["fr", "en"], value=lang, label=label("language", lang), elem_id="lang")
    status = gr.Markdown(status_line(page.deps, page.assistant, lang), elem_id="status")
    answers = gr.State([])
    with gr.Tabs() as tabs:
        with gr.Tab(label("chat", lang), id="chat", elem_id="chat-tab") as chat_tab, gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label=label("chat", lang),
                    height=480,
                    sanitize_html=True,
                    feedback_options=("Like", "Dislike"),
                    elem_id="chatbot",
                )
                question = gr.Textbox(
                    label=label("question", lang),
                    placeholder=label("placeholder", lang),
                    max_length=MAX_QUESTION_CHARS * 2,
                    elem_id="question",
                )
                with gr.Row():
                    send = gr.Button(label("send", lang), variant="primary", elem_id="send")
                    clear = gr.Button(label("clear", lang), elem_id="clear")
                    export = gr.DownloadButton(label("export", lang), elem_id="export")
                with gr.Row():
                    talk = gr.Dropdown(
                        page.talk_choices(lang),
                        value=ALL,
                        elem_id="talk-filter",
                        label=label("talk_filter", lang),
                    )
                    speaker = gr.Dropdown(
                        page.speaker_choices(lang), value=ALL, label=label("speaker_filter", lang)
                    )
            with gr.Column(scale=2):
                sources = gr.Markdown(
                    label("no_sources", lang), elem_id="sources", sanitize_html=True
                )
        with gr.Tab(label("programme", lang), id="programme", elem_id="programme-tab") as prog_tab:
            programme = gr.Markdown(
                render_programme(page.deps, page.assistant, lang), elem_id="programme"
            )
            talk_buttons = []
            for info in page.catalog.talks.values():
                with gr.Row():
                    ask_btn = gr.Button(_talk_button("ask_about", info, lang), size="sm")
                    limit_btn = gr.Button(_talk_button("limit_to", info, lang), size="sm")
                talk_buttons.append(TalkButtons(info, ask_btn, limit_btn))
        with gr.Tab(label("modes", lang), id="modes", elem_id="modes-tab") as modes_tab:
            with gr.Row():
                mode = gr.Radio(
                    page.mode_choices(lang),
                    value="moderate",
                    label=label("mode", lang),
                    elem_id="mode",
                )
                mode_talk = gr.Dropdown(
                    page.talk_choices(lang), value=ALL, label=label("talk_filter", lang)
                )
                count = gr.Slider(1, 15, value=5, step=1, label=label("count", lang))
            make = gr.Button(label("generate", lang), variant="primary", elem_id="generate")
            mode_output = gr.Markdown(elem_id="mode-output")
            mode_file = gr.DownloadButton(label("export", lang), elem_id="mode-export")
    return Widgets(
        lang=lang_radio,
        status=status,
        answers=answers,
        tabs=tabs,
        chat_tab=chat_tab,
        chatbot=chatbot,
        question=question,
        send=send,
        clear=clear,
        export=export,
        talk=talk,
        speaker=speaker,
        sources=sources,
        programme_tab=prog_tab,
        programme=programme,
        talk_buttons=talk_buttons,
        modes_tab=modes_tab,
        mode=mode,
        mode_talk=mode_talk,
        count=count,
        make=make,
        mode_output=mode_output,
        mode_file=mode_file,
    )


def wire(page: Page, w: Widgets) -> None:
    """Attach the handlers to the widgets' events."""
    answers_queue: dict[str, Any] = {
        "concurrency_limit": page.generation_limit,
        "concurrency_id": "answers",
    }
    w.make.click(
        _run_mode(page),
        [w.mode, w.mode_talk, w.count, w.lang],
        [w.mode_output, w.mode_file],
        api_name="modes",
        **answers_queue,
    )
    respond = _respond(page)
    chat_inputs = [w.question, w.chatbot, w.answers, w.talk, w.speaker, w.lang]
    chat_outputs = [w.chatbot, w.answers, w.sources, w.question, w.export]
    for trigger in (w.send.click, w.question.submit):
        trigger(respond, chat_inputs, chat_outputs, api_visibility="undocumented", **answers_queue)

    def reset(ui: str) -> tuple[Any, ...]:
        return [], [], label("no_sources", ui), None

    w.clear.click(
        reset, [w.lang], [w.chatbot, w.answers, w.sources, w.export], api_visibility="private"
    )
    w.chatbot.like(_on_feedback(page), [w.answers], None, api_visibility="private")
    for buttons in w.talk_buttons:
        buttons.ask.click(
            _ask_about(buttons.talk.title),
            [w.lang],
            [w.question, w.tabs],
            api_visibility="private",
        ).then(respond, chat_inputs, chat_outputs, api_visibility="private", **answers_queue)
        buttons.limit.click(
            _limit_to(buttons.talk.id), None, [w.talk, w.tabs], api_visibility="private"
        )
    outputs = sorted({id(c): c for c in _relabelled(w)}.values(), key=id)
    w.lang.change(lambda ui: relabel(page, w, ui), [w.lang], outputs, api_visibility="private")


def _relabelled(w: Widgets) -> list[Any]:
    """Every component `relabel` updates."""
    fixed = [getattr(w, name) for name, _, _ in LABELLED]
    talks = [b for t in w.talk_buttons for b in (t.ask, t.limit)]
    return [*fixed, w.status, w.programme, *talks]


def relabel(page: Page, w: Widgets, lang: str) -> dict[Any, Any]:
    """The updates that put the page in `lang`, keyed by component (Gradio matches them)."""
    import gradio as gr

    properties: dict[str, dict[str, Any]] = {}
    for name, prop, key in LABELLED:
        properties.setdefault(name, {})[prop] = label(key, lang)
    properties["talk"]["choices"] = page.talk_choices(lang)
    properties["mode_talk"]["choices"] = page.talk_choices(lang)
    properties["speaker"]["choices"] = page.speaker_choices(lang)
    properties["mode"]["choices"] = page.mode_choices(lang)
    updates: dict[Any, Any] = {getattr(w, n): gr.update(**p) for n, p in properties.items()}
    updates[w.status] = status_line(page.deps, page.assistant, lang)
    updates[w.programme] = render_programme(page.deps, page.assistant, lang)
    for buttons in w.talk_buttons:
        updates[buttons.ask] = gr.update(value=_talk_button("ask_about", buttons.talk, lang))
        updates[buttons.limit] = gr.update(value=_talk_button("limit_to", buttons.talk, lang))
    return updates


def _talk_button(key: str, talk: TalkInfo, lang: str) -> str:
    return f"{label(key, lang)} : {talk.title[:60]}"


def _run_mode(page: Page) -> Any:
    def run_mode(kind: str, talk_id: str, n: float, ui: str) -> tuple[str, str]:
        text = mode_markdown(page.assistant, kind, None if talk_id == ALL else talk_id, int(n), ui)
        folder = Path(tempfile.mkdtemp(prefix="session-assistant-"))
        path = folder / f"{kind}.md"
        path.write_text(text, encoding="utf-8")
        return escape(text), str(path)

    return run_mode


def _respond(page: Page) -> Any:
    import gradio as gr

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
            talk_id=None if talk_id == ALL else talk_id, speaker=None if name == ALL else name
        )
        keep = gr.update()
        turns = [*history, {"role": "user", "content": escape(message)}]
        answer = None
        try:
            for answer in page.assistant.stream(message, _plain_history(history), filters):
                shown = [*turns, {"role": "assistant", "content": render_answer(answer)}]
                yield shown, past, keep, "", keep
        except SessionAssistantError as exc:
            shown = [*turns, {"role": "assistant", "content": escape(str(exc))}]
            yield shown, past, keep, "", keep
            return
        assert answer is not None
        past = [*past, answer]
        yield shown, past, render_sources(answer, ui), "", _export_file(past, ui)

    return respond


def _on_feedback(page: Page) -> Any:
    import gradio as gr

    def on_feedback(data: gr.LikeData, past: list[Answer]) -> None:
        turn = data.index[0] // 2 if isinstance(data.index, list | tuple) else data.index // 2
        if 0 <= turn < len(past):
            record_feedback(page.feedback_path, past[turn], liked=bool(data.liked))
            gr.Info(label("feedback_thanks", "fr"))

    # Gradio finds the LikeData parameter by its annotation, which must be the class itself.
    on_feedback.__annotations__["data"] = gr.LikeData
    return on_feedback


def _api(page: Page) -> None:
    import gradio as gr

    def api_ask(
        question: str,
        history: list[dict[str, str]] | None = None,
        talk_id: str | None = None,
        speaker: str | None = None,
    ) -> dict[str, Any]:
        """Ask a question; returns the `ask --json` object: answer, language, citations."""
        filters = Filters(talk_id=talk_id or None, speaker=speaker or None)
        return page.assistant.ask(question, history or [], filters).to_json()

    gr.api(
        api_ask, api_name="ask", concurrency_limit=page.generation_limit, concurrency_id="answers"
    )


def mode_markdown(assistant: Assistant, kind: str, talk_id: str | None, n: int, lang: str) -> str:
    """Organiser (moderate) or student (review) output as Markdown, as the CLI writes it."""
    from assistant import modes

    return modes.render(assistant, kind, [talk_id] if talk_id else None, n, lang).markdown


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
