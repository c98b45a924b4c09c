"""The Gradio chat window. It renders what assistant/ decides and never decides anything itself.

Layout (`layout`, a `Widgets` dataclass): a header with the session's title, date, time and room,
a now/next strip and example questions made from the records, the language toggle in its corner;
the chat with streamed answers beside the cited-source cards (under the answer, folded, on a
phone); filters by talk and speaker; thumbs up/down; Markdown export; a programme tab with each
talk's "ask" and "limit" buttons under it; the organiser and student modes. Handlers are built
apart (`wire`), and the labels follow the page's language through the `LABELLED` table. All text
from the programme or a model is escaped before it is rendered: raw HTML shows as text.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant import chitchat, schedule
from assistant.answer import MAX_QUESTION_CHARS, Assistant
from assistant.catalog import Catalog, TalkInfo
from assistant.conversation import (
    FEEDBACK_FILE,
    export_markdown,
    programme_outline,
    record_feedback,
    supporting_sentence,
)
from assistant.deps import Deps
from assistant.feed import build_feed
from assistant.retrieval import Filters
from assistant.types import Answer
from ingest.errors import SessionAssistantError
from ui.feed import add_notice, add_organiser_view, follow_language
from ui.labels import label

Clock = Callable[[], datetime]
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
        if answer is not None and answer.refused and answer.route != "about-me":
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


def render_session(session: dict[str, Any], lang: str) -> str:
    """One session of the programme tab: its title, when, and its description."""
    when = ", ".join(
        p
        for p in (
            schedule.date_words(session["date"], lang) if session["date"] else "",
            _span(session["start"], session["end"], lang),
        )
        if p
    )
    text = f"## {escape(str(session['title']))}\n\n*{escape(when)}*\n"
    if session["description"]:
        text += "\n" + escape(str(session["description"])) + "\n"
    return text


def render_talk(talk: dict[str, Any]) -> str:
    """One talk of the programme tab: title, speakers, abstract (in italics when missing)."""
    people = "; ".join(
        escape(n + (f", {r}" if r else "") + (f" ({a})" if a else ""))
        for n, r, a in talk["speakers"]
    )
    abstract = escape(str(talk["abstract"]))
    if talk["abstract_missing"]:
        abstract = f"*{abstract}*"
    return f"### {escape(talk['title'])}\n\n**{people}**\n\n{abstract}\n"


def status_line(deps: Deps, assistant: Assistant, lang: str, zone: Any = UTC) -> str:
    info = deps.store.info()
    ingested = str(info.get("last_ingest", "?"))
    return label(
        "status",
        lang,
        backend=label(f"backend_{deps.settings.llm}", lang),
        embed=info.get("embed_model", "?"),
        ingested=schedule.human_moment(ingested, zone, lang) or ingested,
        talks=len(assistant.catalog().talks),
    )


def _span(start: Any, end: Any, lang: str) -> str:
    """'16 h 30 – 19 h' / '16:30–19:00' from times, datetimes or the records' text (kept as
    written when it is not a time)."""
    words = []
    for value in (start, end):
        at = value if isinstance(value, datetime) else schedule.parse_time(value)
        words.append(schedule.human_time(at, lang) if at else str(value or ""))
    return (" – " if lang != "en" else "–").join(w for w in words if w)


class Page:
    """What the handlers need besides the widgets: the assistant, its records, the clock."""

    def __init__(self, deps: Deps, assistant: Assistant, clock: Clock | None = None) -> None:
        self.deps = deps
        self.assistant = assistant
        assistant.catalog()  # fails early, with the fix, when nothing was ingested
        self.feedback_path = deps.settings.store_dir / FEEDBACK_FILE
        self.generation_limit = assistant.parallel_answers
        self.feed = build_feed(deps, assistant.catalog)  # attendees' questions, for organisers
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self.zone = schedule.time_zone(self.catalog, os.environ)

    @property
    def catalog(self) -> Catalog:
        """The records as now in the store (a re-ingest while serving shows in the header)."""
        return self.assistant.catalog()

    def outline(self, lang: str) -> list[dict[str, Any]]:
        return programme_outline(self.catalog, label("missing", lang))

    def now(self) -> datetime:
        return self.clock().astimezone(self.zone)

    def slots(self) -> list[schedule.Slot]:
        return schedule.slots(self.catalog, self.zone, self.now().year)

    def talk_choices(self, lang: str) -> list[tuple[str, str]]:
        return [(label("all", lang), ALL), *[(t.title, t.id) for t in self.catalog.talks.values()]]

    def speaker_choices(self, lang: str) -> list[tuple[str, str]]:
        return [(label("all", lang), ALL), *[(s, s) for s in self.catalog.speakers]]

    def mode_choices(self, lang: str) -> list[tuple[str, str]]:
        return [(label("mode_moderate", lang), "moderate"), (label("mode_review", lang), "review")]

    def session_choices(self) -> list[tuple[str, str]]:
        return [(_clip(str(s.metadata.get("session") or i), 48), i)
                for i, s in self.catalog.sessions.items()]  # fmt: skip

    def session_shown(self) -> str | None:
        return schedule.session_to_show(self.catalog, self.slots(), self.now())


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def render_header(page: Page, session_id: str | None, lang: str) -> str:
    """The session up front: event, title (the page's one h1), date, time and room."""
    session = page.catalog.sessions.get(session_id or "")
    if session is None:
        return f"# {escape(label('title', lang))}"
    meta = session.metadata
    event = f"{escape(str(meta['event']))}\n\n" if meta.get("event") else ""
    facts = [
        schedule.date_words(meta.get("date"), lang) if meta.get("date") else "",
        _span(meta.get("start"), meta.get("end"), lang),
        label("room", lang, room=meta["room"]) if meta.get("room") else "",
    ]
    line = " · ".join(escape(f) for f in facts if f)
    number = meta.get("session_number")
    title = str(meta.get("session") or session_id)
    if number not in (None, ""):
        title = label("numbered_session", lang, number=number, title=title)
    return f"{event}# {escape(title)}\n\n{line}"


def render_now_next(page: Page, lang: str) -> str:
    """'Now: … · Next: …' from the talks' (else the sessions') times; empty when none is known."""
    slots, now = page.slots(), page.now()
    if not slots:
        return ""
    state = schedule.now_next(slots, now)
    parts = []
    if state.talk_now:
        span = _span(state.talk_now.start, state.talk_now.end, lang)
        parts.append(label("now_talk", lang, title=escape(state.talk_now.title), span=span))
    elif state.session_now and state.session_now.end:
        end = schedule.human_time(state.session_now.end, lang)
        parts.append(label("now_session", lang, end=end))
    coming = state.talk_next or (None if state.session_now else state.session_next)
    if coming:
        key = "next_talk" if coming.kind == "talk" else "next_session"
        parts.append(label(key, lang, title=escape(coming.title), when=_when(coming, now, lang)))
    if not parts:
        parts.append(label("session_over", lang))
    return " · ".join(parts)


def _when(slot: schedule.Slot, now: datetime, lang: str) -> str:
    at = schedule.human_time(slot.start, lang)
    if slot.start.date() == now.date():
        return label("today_at", lang, time=at)
    day = schedule.human_date(slot.start.date(), lang)
    return label("day_at", lang, day=day, time=at)


def example_questions(page: Page, session_id: str | None, lang: str) -> list[str]:
    """3–5 questions an attendee may ask, made from the session's records."""
    return chitchat.example_questions(page.catalog, session_id, lang)


@dataclass
class TalkBlock:
    """The programme tab's block for one talk: its text and, under it, its two buttons."""

    talk: TalkInfo
    text: Any
    ask: Any
    limit: Any


@dataclass
class Widgets:
    """Every component of the page that a handler reads or updates, built by `layout`."""

    lang: Any
    header: Any
    session_pick: Any
    now_next: Any
    examples_title: Any
    examples: list[Any]
    status: Any
    answers: Any  # gr.State: the Answer of each assistant turn, in order
    phone: Any  # a hidden checkbox: True when the page opened on a narrow screen
    tabs: Any
    chat_tab: Any
    chatbot: Any
    question: Any
    send: Any
    clear: Any
    export: Any
    talk: Any
    speaker: Any
    sources_fold: Any
    sources: Any
    programme_tab: Any
    sessions: dict[str, Any]  # session id → its Markdown block in the programme tab
    talks: list[TalkBlock]
    modes_tab: Any
    mode: Any
    mode_talk: Any
    count: Any
    make: Any
    mode_output: Any
    mode_file: Any
    feed_notice: Any = None  # under the question box; None when the feed is off


# (widget attribute, component property, label key): the labels that follow the page's language.
LABELLED: tuple[tuple[str, str, str], ...] = (
    ("lang", "label", "language"),
    ("examples_title", "value", "examples"),
    ("session_pick", "label", "session_pick"),
    ("chat_tab", "label", "chat"),
    ("chatbot", "label", "chat"),
    ("question", "label", "question"),
    ("question", "placeholder", "placeholder"),
    ("send", "value", "send"),
    ("clear", "value", "clear"),
    ("export", "label", "export"),
    ("talk", "label", "talk_filter"),
    ("speaker", "label", "speaker_filter"),
    ("sources_fold", "label", "sources"),
    ("programme_tab", "label", "programme"),
    ("modes_tab", "label", "modes"),
    ("mode", "label", "mode"),
    ("mode_talk", "label", "talk_filter"),
    ("count", "label", "count"),
    ("make", "value", "generate"),
    ("mode_file", "label", "export"),
)

# Phones: the chat column's parts are laid out in one column, the sources (folded) right under
# the answer, the question box after them; the examples scroll sideways instead of wrapping.
CSS = """
#top { flex-wrap: nowrap; align-items: flex-start; }
#top { position: relative; padding-right: 9em; }
#top > .form:has(#lang) {
  position: absolute; top: 0; right: 0; min-width: 0 !important; background: none; border: none;
}
#lang { min-width: 8.5em !important; }
#lang label { padding: 0.2em 0.35em !important; }
#session-header h1 { font-size: 1.5em; margin: 0.2em 0; }
#examples { flex-wrap: wrap; gap: 0.4em; }
#examples button { flex: 0 1 auto; min-width: 0; }
#examples-title { flex: none !important; width: auto !important; overflow: visible; }
#examples-title p { font-weight: 700; }
button[role=tab][aria-selected=true] { color: #b93c0b; }
#status { font-size: 0.85em; }
button.primary { background: #b93c0b !important; color: #fff !important; }
#lang .wrap { flex-wrap: nowrap; }
#session-header p, #now-next p { margin: 0.15em 0; }
#session-header, #now-next, #status { overflow: visible !important; }  /* never a scroll box */
#count .min_value, #count .max_value { color: var(--body-text-color) !important; }
@media (max-width: 640px) {
  #chatbot { --chat-height: 34vh; }
  #top { gap: 0.3em; }
  #top > .column { min-width: 0 !important; }
  #session-header h1 { font-size: 1.05em; line-height: 1.25; }
  #lang { padding: 0.2em !important; }
  #examples { flex-wrap: nowrap; overflow-x: auto; }
  #examples button { flex: none; white-space: nowrap; }
  #chat-row { flex-direction: column; }
  #chat-main, #chat-side { display: contents; }
  #chat-row > * > * { order: 3; }  /* anything else stays under the question box */
  #chat-row > * > *:has(#chatbot), #chatbot { order: 1; }
  #chat-row > * > *:has(#sources-fold), #sources-fold { order: 2; }
  #chat-row > * > *:has(#question), #question { order: 3; }
  #chat-row > * > *:has(#send) { order: 4; }
  #chat-row > * > *:has(#talk-filter) { order: 5; }
}
"""

# After load: the browser's language, whether the screen is a phone's, and the cited-sources
# panel made a labelled, focusable region announced to screen readers (the chat log already is).
LOAD_JS = """() => {
  const sources = document.querySelector('#sources');
  if (sources) {
    sources.setAttribute('role', 'region');
    sources.setAttribute('aria-live', 'polite');
    sources.setAttribute('tabindex', '0');
  }
  const lang = (navigator.language || 'fr').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  if (sources) sources.setAttribute('aria-label', lang === 'fr' ? %(fr)s : %(en)s);
  return [lang, window.innerWidth <= 640];
}"""
# On a language switch: the sources region's accessible name follows.
RELABEL_JS = """(ui, session) => {
  const sources = document.querySelector('#sources');
  if (sources) sources.setAttribute('aria-label', ui === 'fr' ? %(fr)s : %(en)s);
  return [ui, session];
}"""


def build_app(deps: Deps, clock: Clock | None = None) -> Any:
    """The page over `deps`' store; `clock` (aware datetimes) sets "now" for the now/next
    strip and the session shown first (default: the system clock)."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    import gradio as gr

    assistant = Assistant(deps)
    page = Page(deps, assistant, clock)  # reading the records fails early, with the fix
    assistant.warm_up_in_background()  # the local model starts while the page loads
    with gr.Blocks(title=label("title", "fr")) as demo:
        widgets = layout(page, "fr")
        wire(page, widgets)
        demo.load(None, None, [widgets.lang, widgets.phone], js=_with_labels(LOAD_JS)).then(
            lambda ui, phone: refresh(page, widgets, ui, phone),
            [widgets.lang, widgets.phone],
            _refreshed(widgets),
            api_visibility="private",
        )
        _api(page)
    return demo


def _with_labels(js: str) -> str:
    """A JS snippet with the sources region's name in both languages, quoted for JS."""
    import json

    return js % {lang: json.dumps(label("sources", lang)) for lang in ("fr", "en")}


def layout(page: Page, lang: str) -> Widgets:
    """Create the components, inside the current gr.Blocks, with the labels of `lang`."""
    import gradio as gr

    shown = page.session_shown()
    with gr.Row(elem_id="top"):
        with gr.Column(scale=8, min_width=200):
            header = gr.Markdown(render_header(page, shown, lang), elem_id="session-header")
            session_pick = gr.Radio(
                page.session_choices(), value=shown, label=label("session_pick", lang),
                visible=len(page.catalog.sessions) > 1, elem_id="session-pick",
            )  # fmt: skip
            strip = render_now_next(page, lang)
            now_next = gr.Markdown(strip, visible=bool(strip), elem_id="now-next")
        lang_radio = gr.Radio(
            ["fr", "en"], value=lang, label=label("language", lang), elem_id="lang", scale=0
        )
    examples_title, examples = _example_buttons(page, shown, lang)
    with gr.Tabs() as tabs:
        chat = _chat_tab(page, lang)
        programme = _programme_tab(page, lang)
        modes = _modes_tab(page, lang)
        add_organiser_view(page.feed, lang_radio)  # only when an organiser key is set
    status = gr.Markdown(status_line(page.deps, page.assistant, lang, page.zone), elem_id="status")
    return Widgets(
        lang=lang_radio, header=header, session_pick=session_pick, now_next=now_next,
        examples_title=examples_title, examples=examples, status=status, answers=gr.State([]),
        phone=gr.Checkbox(False, visible=False, label="phone"),
        tabs=tabs, **chat, **programme, **modes,
    )  # fmt: skip


def _example_buttons(page: Page, session_id: str | None, lang: str) -> tuple[Any, list[Any]]:
    """The examples' title (it follows the page's language) and their buttons."""
    import gradio as gr

    texts = example_questions(page, session_id, lang)
    with gr.Row(elem_id="examples"):
        title = gr.Markdown(label("examples", lang), elem_id="examples-title")
        return title, [
            gr.Button(texts[i] if i < len(texts) else "", size="sm", visible=i < len(texts),
                      elem_id=f"example-{i}", elem_classes=["example"])
            for i in range(chitchat.MAX_EXAMPLES)
        ]  # fmt: skip


def _chat_tab(page: Page, lang: str) -> dict[str, Any]:
    import gradio as gr

    chat_tab = gr.Tab(label("chat", lang), id="chat", elem_id="chat-tab")
    with chat_tab, gr.Row(elem_id="chat-row"):
        with gr.Column(scale=3, elem_id="chat-main"):
            chatbot = gr.Chatbot(
                label=label("chat", lang),
                height="var(--chat-height, min(480px, 52vh))",  # phones set --chat-height
                sanitize_html=True,
                feedback_options=("Like", "Dislike"),
                buttons=["copy"],  # the share button has no accessible name
                elem_id="chatbot",
            )
            question = gr.Textbox(
                label=label("question", lang),
                placeholder=label("placeholder", lang),
                max_length=MAX_QUESTION_CHARS * 2,
                elem_id="question",
            )
            feed_notice = add_notice(page.feed)
            with gr.Row(elem_id="chat-actions"):
                send = gr.Button(label("send", lang), variant="primary", elem_id="send")
                clear = gr.Button(label("clear", lang), elem_id="clear")
                export = gr.DownloadButton(label("export", lang), elem_id="export")
            with gr.Row(elem_id="chat-filters"):
                talk = gr.Dropdown(page.talk_choices(lang), value=ALL, elem_id="talk-filter",
                                       label=label("talk_filter", lang))  # fmt: skip
                speaker = gr.Dropdown(page.speaker_choices(lang), value=ALL,
                                          label=label("speaker_filter", lang),
                                          elem_id="speaker-filter")  # fmt: skip
        with (
            gr.Column(scale=2, elem_id="chat-side"),
            gr.Accordion(label("sources", lang), open=True, elem_id="sources-fold") as fold,
        ):
            sources = gr.Markdown(label("no_sources", lang), elem_id="sources",
                                      sanitize_html=True)  # fmt: skip
    return {
        "chat_tab": chat_tab, "chatbot": chatbot, "question": question, "send": send,
        "clear": clear, "export": export, "talk": talk, "speaker": speaker,
        "sources_fold": fold, "sources": sources, "feed_notice": feed_notice,
    }  # fmt: skip


def _programme_tab(page: Page, lang: str) -> dict[str, Any]:
    """Each session's text, then each talk's text with its two buttons right under it."""
    import gradio as gr

    sessions: dict[str, Any] = {}
    talks: list[TalkBlock] = []
    tab = gr.Tab(label("programme", lang), id="programme", elem_id="programme-tab")
    with tab, gr.Column(elem_id="programme"):
        for session in page.outline(lang):
            sessions[str(session["id"])] = gr.Markdown(render_session(session, lang))
            for talk in session["talks"]:
                info = page.catalog.talks[talk["id"]]
                with gr.Group(elem_classes=["talk"]):
                    text = gr.Markdown(render_talk(talk), elem_id=f"talk-{info.id}")
                    with gr.Row():
                        ask = gr.Button(_talk_button("ask_about", info, lang), size="sm")
                        limit = gr.Button(_talk_button("limit_to", info, lang), size="sm")
                talks.append(TalkBlock(info, text, ask, limit))
    return {"programme_tab": tab, "sessions": sessions, "talks": talks}


def _modes_tab(page: Page, lang: str) -> dict[str, Any]:
    import gradio as gr

    with gr.Tab(label("modes", lang), id="modes", elem_id="modes-tab") as tab:
        with gr.Row():
            mode = gr.Radio(page.mode_choices(lang), value="moderate",
                            label=label("mode", lang), elem_id="mode")  # fmt: skip
            mode_talk = gr.Dropdown(page.talk_choices(lang), value=ALL, elem_id="mode-talk",
                                    label=label("talk_filter", lang))  # fmt: skip
            count = gr.Slider(1, 15, value=5, step=1, label=label("count", lang), elem_id="count")
        make = gr.Button(label("generate", lang), variant="primary", elem_id="generate")
        mode_output = gr.Markdown(elem_id="mode-output")
        mode_file = gr.DownloadButton(label("export", lang), elem_id="mode-export")
    return {
        "modes_tab": tab, "mode": mode, "mode_talk": mode_talk, "count": count, "make": make,
        "mode_output": mode_output, "mode_file": mode_file,
    }  # fmt: skip


def wire(page: Page, w: Widgets) -> None:
    """Attach the handlers to the widgets' events."""
    answers_queue: dict[str, Any] = {
        "concurrency_limit": page.generation_limit,
        "concurrency_id": "answers",
    }
    w.make.click(
        _run_mode(page), [w.mode, w.mode_talk, w.count, w.lang], [w.mode_output, w.mode_file],
        api_name="modes", **answers_queue,
    )  # fmt: skip
    respond = _respond(page)
    chat_inputs = [w.question, w.chatbot, w.answers, w.talk, w.speaker, w.lang]
    chat_outputs = [w.chatbot, w.answers, w.sources, w.question, w.export]
    for trigger in (w.send.click, w.question.submit):
        trigger(respond, chat_inputs, chat_outputs, api_visibility="undocumented", **answers_queue)

    def reset(ui: str) -> tuple[Any, ...]:
        return [], [], label("no_sources", ui), None

    w.clear.click(reset, [w.lang], [w.chatbot, w.answers, w.sources, w.export],
                  api_visibility="private")  # fmt: skip
    follow_language(w.feed_notice, w.lang)
    w.chatbot.like(_on_feedback(page), [w.answers], None, api_visibility="private")
    for example in w.examples:
        example.click(lambda text: text, [example], [w.question], api_visibility="private").then(
            respond, chat_inputs, chat_outputs, api_visibility="private", **answers_queue
        )
    for block in w.talks:
        block.ask.click(
            _ask_about(block.talk.title),
            [w.lang],
            [w.question, w.tabs],
            api_visibility="private",
        ).then(respond, chat_inputs, chat_outputs, api_visibility="private", **answers_queue)
        block.limit.click(_limit_to(block.talk.id), None, [w.talk, w.tabs],
                          api_visibility="private")  # fmt: skip
    w.session_pick.change(
        lambda sid, ui: _session_updates(page, w, sid, ui), [w.session_pick, w.lang],
        [w.header, *w.examples], api_visibility="private",
    )  # fmt: skip
    w.lang.change(
        lambda ui, sid: relabel(page, w, ui, sid), [w.lang, w.session_pick], _relabelled(w),
        api_visibility="private", js=_with_labels(RELABEL_JS),
    )  # fmt: skip


def _session_updates(page: Page, w: Widgets, session_id: str | None, lang: str) -> dict[Any, Any]:
    """The header and example questions of one session, in `lang`."""
    import gradio as gr

    updates: dict[Any, Any] = {w.header: render_header(page, session_id, lang)}
    texts = example_questions(page, session_id, lang)
    for i, button in enumerate(w.examples):
        text = texts[i] if i < len(texts) else ""
        updates[button] = gr.update(value=text, visible=bool(text))
    return updates


def _relabelled(w: Widgets) -> list[Any]:
    """Every component `relabel` updates."""
    fixed = list({id(c): c for c in (getattr(w, name) for name, _, _ in LABELLED)}.values())
    talks = [c for t in w.talks for c in (t.text, t.ask, t.limit)]
    header = [w.header, w.now_next, *w.examples]
    return [*fixed, w.status, *w.sessions.values(), *talks, *header]


def relabel(page: Page, w: Widgets, lang: str, session_id: str | None) -> dict[Any, Any]:
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
    updates[w.status] = status_line(page.deps, page.assistant, lang, page.zone)
    outline = page.outline(lang)
    talks = {t["id"]: t for s in outline for t in s["talks"]}
    for session in outline:
        if block := w.sessions.get(str(session["id"])):  # the page's blocks are built once
            updates[block] = render_session(session, lang)
    for block in w.talks:
        if block.talk.id in talks:
            updates[block.text] = render_talk(talks[block.talk.id])
        updates[block.ask] = gr.update(value=_talk_button("ask_about", block.talk, lang))
        updates[block.limit] = gr.update(value=_talk_button("limit_to", block.talk, lang))
    strip = render_now_next(page, lang)
    updates[w.now_next] = gr.update(value=strip, visible=bool(strip))
    return updates | _session_updates(page, w, session_id, lang)


def _refreshed(w: Widgets) -> list[Any]:
    return [w.session_pick, w.header, w.now_next, w.sources_fold, w.sources, *w.examples]


def refresh(page: Page, w: Widgets, lang: str, phone: bool) -> dict[Any, Any]:
    """On each page load: the session on now (or next), the now/next strip at this minute, and
    the sources folded on a phone."""
    import gradio as gr

    shown = page.session_shown()
    strip = render_now_next(page, lang)
    updates = _session_updates(page, w, shown, lang)
    updates[w.session_pick] = gr.update(value=shown)
    updates[w.now_next] = gr.update(value=strip, visible=bool(strip))
    updates[w.sources_fold] = gr.update(open=not phone)
    updates[w.sources] = label("no_sources", lang)  # a new page has no answer yet
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
        page.feed.record(message, answer)
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


def launch(
    deps: Deps,
    host: str = "127.0.0.1",
    port: int = 7860,
    block: bool = True,
    clock: Clock | None = None,
) -> Any:
    """Serve on host:port (loopback by default), never shared; basic auth when AUTH_ENV is set."""
    app = build_app(deps, clock)
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
        css=CSS,
        footer_links=[],
    )
    return app


def serve(deps: Deps, host: str = "127.0.0.1", port: int = 7860) -> None:
    launch(deps, host, port, block=True)
