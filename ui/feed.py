"""The organiser's feed in the page: the notice under the question box, the organiser tab, and
the `/feed` API. Everything here renders what assistant/feed.py decides.

Both the tab and the API exist only when SESSION_ASSISTANT_ORGANISER_KEY is set, and every
action checks the key again (constant-time): a wrong or missing key raises an error and shows or
returns nothing. Questions are attendees' text: escaped (HTML and Markdown) before rendering.
"""

from __future__ import annotations

import html
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assistant.feed import Feed, Group, export_csv, export_markdown

NOTICE = {
    "fr": "Vos questions sont transmises anonymement aux organisateurs (le texte seul, sans "
    "donnée de votre navigateur).",
    "en": "Your questions are shared anonymously with the organisers (the text only, no data "
    "from your browser).",
}
LABELS: dict[str, dict[str, str]] = {
    "tab": {"fr": "Questions du public", "en": "Audience questions"},
    "key": {"fr": "Clé organisateur", "en": "Organiser key"},
    "show": {"fr": "Afficher les questions", "en": "Show the questions"},
    "group": {"fr": "Groupe de questions", "en": "Question group"},
    "moderate": {
        "fr": "En faire une question de modération",
        "en": "Make it a moderation question",
    },
    "export_md": {"fr": "Exporter en Markdown", "en": "Export as Markdown"},
    "export_csv": {"fr": "Exporter en CSV", "en": "Export as CSV"},
    "clear": {"fr": "Vider le flux", "en": "Clear the feed"},
    "intro": {
        "fr": "Entrez la clé organisateur pour voir les questions du public, regroupées.",
        "en": "Enter the organiser key to see the audience's questions, grouped.",
    },
    "wrong_key": {
        "fr": "Clé organisateur incorrecte : entrez la valeur de SESSION_ASSISTANT_ORGANISER_KEY.",
        "en": "Wrong organiser key: use the value of SESSION_ASSISTANT_ORGANISER_KEY.",
    },
    "empty": {"fr": "Aucune question pour l’instant.", "en": "No questions yet."},
    "cleared": {"fr": "Flux vidé : {n} questions supprimées.", "en": "Feed cleared: {n} removed."},
    "count": {"fr": "{n} question(s)", "en": "{n} question(s)"},
    "talks": {"fr": "interventions", "en": "talks"},
    "no_talk": {"fr": "aucune intervention identifiée", "en": "no talk identified"},
    "answered": {"fr": "le programme y répond", "en": "the programme answers it"},
    "unanswered": {
        "fr": "**sans réponse dans le programme : bonne question pour l’intervenant·e**",
        "en": "**not answered by the programme: a good question for the speaker**",
    },
}


def feed_label(key: str, lang: str, **values: object) -> str:
    text = LABELS[key]["en" if lang == "en" else "fr"]
    return text.format(**values) if values else text


def notice(lang: str) -> str:
    return NOTICE["en" if lang == "en" else "fr"]


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def inert(text: str) -> str:
    """Attendee text as plain text in Markdown: no HTML, no links, no emphasis."""
    return _markdown_escaped(html.escape(" ".join(text.split()), quote=False))


def _markdown_escaped(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def render_groups(groups: list[Group], titles: dict[str, str], lang: str) -> str:
    if not groups:
        return feed_label("empty", lang)
    blocks = []
    for n, group in enumerate(groups, 1):
        talks = "; ".join(inert(titles.get(t, t)) for t in group.talk_ids)
        about = f"{feed_label('talks', lang)} : {talks}" if talks else feed_label("no_talk", lang)
        status = feed_label("answered" if group.answered else "unanswered", lang)
        head = f"### {n}. {inert(group.label)}\n\n{feed_label('count', lang, n=group.count)} · "
        questions = "\n".join(f"- {inert(q)}" for q in group.questions)
        blocks.append(f"{head}{about} · {status}\n\n{questions}")
    return "\n\n".join(blocks)


@dataclass
class FeedView:
    """The organiser tab's widgets (for relabelling and tests)."""

    tab: Any
    key: Any
    show: Any
    groups: Any
    group: Any
    moderate: Any
    moderation: Any
    export_md: Any
    export_csv: Any
    clear: Any

    def relabel(self, lang: str) -> dict[Any, Any]:
        import gradio as gr

        return {
            self.tab: gr.update(label=feed_label("tab", lang)),
            self.key: gr.update(label=feed_label("key", lang)),
            self.show: gr.update(value=feed_label("show", lang)),
            self.group: gr.update(label=feed_label("group", lang)),
            self.moderate: gr.update(value=feed_label("moderate", lang)),
            self.export_md: gr.update(label=feed_label("export_md", lang)),
            self.export_csv: gr.update(label=feed_label("export_csv", lang)),
            self.clear: gr.update(value=feed_label("clear", lang)),
        }


def add_notice(feed: Feed, lang: Any = None) -> Any:
    """The notice under the question box (nothing when the feed is off); follows `lang`."""
    import gradio as gr

    if not feed.enabled:
        return None
    shown = gr.Markdown(notice("fr"), elem_id="feed-notice")
    if lang is not None:
        follow_language(shown, lang)
    return shown


def follow_language(shown_notice: Any, lang: Any) -> None:
    """Re-render the notice (made by add_notice; None when the feed is off) when `lang` changes."""
    if shown_notice is not None:
        lang.change(notice, [lang], [shown_notice], api_visibility="private")


def add_organiser_view(feed: Feed, lang: Any = None) -> FeedView | None:
    """The organiser tab and the `/feed` API, inside the current gr.Blocks (in a gr.Tabs for a
    tab of its own); None, and nothing mounted, when no organiser key is set."""
    import gradio as gr

    if not feed.options.organiser_key:
        return None
    with gr.Tab(feed_label("tab", "fr"), id="feed", elem_id="feed-tab") as tab:
        gr.Markdown(feed_label("intro", "fr"))
        with gr.Row():
            key = gr.Textbox(label=feed_label("key", "fr"), type="password", elem_id="feed-key")
            show = gr.Button(feed_label("show", "fr"), variant="primary", elem_id="feed-show")
        groups = gr.Markdown(elem_id="feed-groups", sanitize_html=True)
        with gr.Row():
            group = gr.Dropdown([], label=feed_label("group", "fr"), elem_id="feed-group")
            moderate = gr.Button(feed_label("moderate", "fr"), elem_id="feed-moderate")
        moderation = gr.Markdown(elem_id="feed-moderation", sanitize_html=True)
        with gr.Row():
            export_md = gr.DownloadButton(feed_label("export_md", "fr"), elem_id="feed-export-md")
            export_csv = gr.DownloadButton(
                feed_label("export_csv", "fr"), elem_id="feed-export-csv"
            )
            clear = gr.Button(feed_label("clear", "fr"), variant="stop", elem_id="feed-clear")
        view = FeedView(
            tab, key, show, groups, group, moderate, moderation, export_md, export_csv, clear
        )
        _wire(view, feed, lang)  # inside the tab: gr.Tabs may only hold tabs, not the API
    return view


def _wire(view: FeedView, feed: Feed, lang: Any) -> None:
    import gradio as gr

    ui = lang if lang is not None else gr.State("fr")

    def check(given: str | None, language: str) -> None:
        if not feed.options.key_matches(given):
            raise gr.Error(feed_label("wrong_key", language))

    def show(given: str, language: str) -> tuple[Any, ...]:
        check(given, language)
        groups = feed.groups()
        choices = [(f"{n}. {g.label} ({g.count})", g.label) for n, g in enumerate(groups, 1)]
        md, csv = _export_files(feed, groups, language)
        shown = render_groups(groups, _titles(feed), language)
        picked = choices[0][1] if choices else None
        return shown, gr.update(choices=choices, value=picked), md, csv

    def moderate(given: str, label: str | None, language: str) -> str:
        check(given, language)
        chosen = _find(feed.groups(), label)
        if chosen is None:
            return ""
        shown = replace(chosen, label=_markdown_escaped(" ".join(chosen.label.split())))
        return html.escape(feed.moderation(shown, language), quote=False)

    def clear(given: str, language: str) -> tuple[Any, ...]:
        check(given, language)
        removed = feed.clear()
        gr.Info(feed_label("cleared", language, n=removed))
        return feed_label("empty", language), gr.update(choices=[], value=None), "", None, None

    private: dict[str, Any] = {"api_visibility": "private"}
    outputs = [view.groups, view.group, view.export_md, view.export_csv]
    view.show.click(show, [view.key, ui], outputs, **private)
    view.key.submit(show, [view.key, ui], outputs, **private)
    view.moderate.click(moderate, [view.key, view.group, ui], [view.moderation], **private)
    cleared = [view.groups, view.group, view.moderation, view.export_md, view.export_csv]
    view.clear.click(clear, [view.key, ui], cleared, **private)
    if lang is not None:
        lang.change(view.relabel, [lang], list(view.relabel("fr")), **private)

    def feed_api(key: str) -> dict[str, Any]:
        """The audience's questions, grouped: {"groups": [{label, count, questions, talk_ids,
        answered}]}. Needs the organiser key; a wrong or missing key is an error."""
        check(key, "en")
        return {"groups": [g.to_json() for g in feed.groups()]}

    gr.api(feed_api, api_name="feed")


def _find(groups: list[Group], label: str | None) -> Group | None:
    """The group shown under that label, or the one that now holds that question."""
    if not label:
        return None
    return next((g for g in groups if g.label == label), None) or next(
        (g for g in groups if label in g.questions), None
    )


def _titles(feed: Feed) -> dict[str, str]:
    return {t.id: t.title for t in feed.catalog().talks.values()}


def _export_files(feed: Feed, groups: list[Group], lang: str) -> tuple[str, str]:
    folder = Path(tempfile.mkdtemp(prefix="session-assistant-feed-"))
    md, csv = folder / "audience-questions.md", folder / "audience-questions.csv"
    md.write_text(export_markdown(groups, feed.catalog(), lang), encoding="utf-8")
    csv.write_text(export_csv(groups), encoding="utf-8")
    return str(md), str(csv)
