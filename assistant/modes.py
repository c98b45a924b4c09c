"""Organiser and student modes, built by deterministic extraction from the records and texts.

- moderate: questions for a talk (or several, or the whole session), each quoting the sentence of
  the abstract or session description it comes from and citing it; cross-talk questions that set
  a sentence of one abstract against one of another, citing both; for a talk whose abstract is
  missing, questions from its title, its speakers' stated role and the session description,
  flagged as such; no two questions on the same sentence or saying the same thing.
- review: per talk, its key ideas (quoted, cited); a glossary whose entries only say what the
  material says (an acronym's expansion, a term's context), and say so when it gives no
  definition; a quiz whose answer key cites the source holding the answer; one Markdown export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant import prompts
from assistant.answer import Assistant
from assistant.catalog import Catalog, Source
from assistant.grounding import overlap
from assistant.intents import initials_match
from assistant.lexicon import sentences, tokens
from assistant.types import Citation, Draft
from ingest import schema
from ingest.errors import BadInputError, ModelError
from ingest.text import fold

DUPLICATE_COSINE = 0.9


@dataclass
class Item:
    kind: str  # question, cross, flagged, idea, term, quiz
    text: str  # with [n] markers numbered within the item
    citations: list[Citation]
    talk_ids: list[str] = field(default_factory=list)
    answer: str | None = None  # the quiz's answer key
    flagged: bool = False  # built without an abstract

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "answer": self.answer,
            "flagged": self.flagged,
            "talk_ids": self.talk_ids,
            "citations": [c.to_json() for c in self.citations],
        }


def _cite(*sources: Source) -> list[Citation]:
    return [Citation.of(n, s) for n, s in enumerate(sources, 1)]


def key_sentences(source: Source, embed_model: Any, limit: int) -> list[str]:
    """The sentences closest to the text's overall meaning, in their original order."""
    found = [s for s in sentences(source.text) if len(s) > 40]
    if len(found) <= limit:
        return found
    vectors = np.array(embed_model.get_text_embedding_batch(found))
    centre = vectors.mean(axis=0)
    order = np.argsort(-(vectors @ centre))[:limit]
    return [found[i] for i in sorted(order)]


def moderate(
    assistant: Assistant, talk_ids: list[str] | None = None, n: int = 5, lang: str = "fr"
) -> list[Item]:
    catalog = assistant.catalog()
    chosen = [t for t in catalog.talks if talk_ids is None or t in talk_ids]
    model = assistant.deps.embed_model
    llm = assistant.deps.llm
    queues = [_distinct(_talk_questions(catalog, t, model, n, lang, llm), model) for t in chosen]
    wanted_cross = max(1, n // 4) if len(chosen) > 1 else 0
    picked: list[Item] = []
    quoted: set[str] = set()
    _take(queues, n - wanted_cross, picked, quoted)
    if not wanted_cross:
        return picked
    for item in _distinct(_cross_questions(catalog, chosen, model, lang, quoted), model):
        quotes = set(re.findall(r"«\s*(.+?)\s*»", item.text))
        if len(picked) < n and not quotes & quoted:
            picked.append(item)
            quoted |= quotes
    _take(queues, n, picked, quoted)  # no pair of texts to set side by side: more of each talk
    return picked


def _take(queues: list[list[Item]], up_to: int, picked: list[Item], quoted: set[str]) -> None:
    """Questions from the talks' queues, round robin (every talk in scope is asked about), until
    `picked` holds `up_to`; one question per sentence, across talks too."""
    while len(picked) < up_to and any(queues):
        for queue in queues:
            if queue and len(picked) < up_to:
                item = queue.pop(0)
                quotes = set(re.findall(r"«\s*(.+?)\s*»", item.text))
                if not quotes & quoted:
                    picked.append(item)
                    quoted |= quotes


def as_draft(items: list[Item], catalog: Catalog) -> Draft | None:
    """The items as one numbered answer, each item's [n] renumbered over their sources."""
    sources: list[Source] = []
    lines = []
    for i, item in enumerate(items, 1):
        text = item.text
        for citation in item.citations:
            source = catalog.sources[citation.source_id]
            if source not in sources:
                sources.append(source)
            text = text.replace(f"[{citation.n}]", f"[§{sources.index(source) + 1}]")
        lines.append(f"{i}. {text.replace('[§', '[')}")
    return Draft("\n".join(lines), sources, "moderate") if lines else None


def _talk_questions(
    catalog: Catalog, talk_id: str, model: Any, n: int, lang: str, llm: Any = None
) -> list[Item]:
    talk = catalog.talks[talk_id]
    abstracts = catalog.abstracts(talk_id)
    if not abstracts:
        return _flagged_questions(catalog, talk_id, lang)[:n]
    items = []
    templates = prompts.MODERATION[lang]
    for source in abstracts:
        for i, sentence in enumerate(key_sentences(source, model, n)):
            text = templates[i % len(templates)].format(quote=sentence, cite="[1]")
            generated = _generated_question(llm, model, sentence, lang) if llm else None
            if generated:
                text = prompts.GENERATED_QUESTION[lang].format(
                    quote=sentence, cite="[1]", question=generated
                )
            items.append(Item("question", text, _cite(source), [talk.id]))
    return items[:n]


# A generated question is kept only when it is about its sentence: this close in meaning, or
# sharing this share of its content words (otherwise the template question is used).
QUESTION_SUPPORT_COSINE = 0.35
QUESTION_SUPPORT_OVERLAP = 0.3


def _chat(llm: Any, system: str, user: str) -> str:
    """The model's reply; empty when the model is unavailable (the item is then extractive)."""
    from llama_index.core.base.llms.types import ChatMessage, MessageRole

    try:
        response = llm.chat([ChatMessage(role=MessageRole.SYSTEM, content=system),
                             ChatMessage(role=MessageRole.USER, content=user)])  # fmt: skip
    except ModelError:
        return ""
    return str(response.message.content or "").strip()


def _generated_question(llm: Any, model: Any, sentence: str, lang: str) -> str | None:
    """One LLM-written question about a sentence, checked against it; None when it strays."""
    text = _chat(
        llm, prompts.MODERATION_SYSTEM, prompts.MODERATION_USER[lang].format(quote=sentence)
    )
    question = text.splitlines()[0].strip(' "«»') if text else ""
    if not question.endswith("?") or len(question) > 300:
        return None
    vectors = np.array(model.get_text_embedding_batch([question, sentence]))
    grounded = float(vectors[0] @ vectors[1]) >= QUESTION_SUPPORT_COSINE
    if not grounded and overlap(question, sentence) < QUESTION_SUPPORT_OVERLAP:
        return None
    return question


def _flagged_questions(catalog: Catalog, talk_id: str, lang: str) -> list[Item]:
    talk = catalog.talks[talk_id]
    talk_source = catalog.sources[schema.talk_id(talk_id)]
    items = [
        Item("flagged", prompts.FLAGGED_TITLE[lang].format(title=talk.title, cite="[1]"),
             _cite(talk_source), [talk_id], flagged=True)
    ]  # fmt: skip
    for name in talk.speakers:
        info = catalog.speakers.get(name)
        if info and info.role:
            bio = catalog.sources[info.bio_id]
            text = prompts.FLAGGED_ROLE[lang].format(name=name, role=info.role, cite="[1]")
            items.append(Item("flagged", text, _cite(bio), [talk_id], flagged=True))
    session = catalog.sessions.get(talk.session_id)
    if session is not None:
        description = str(session.metadata.get(schema.DESCRIPTION) or "")
        lines = [ln for ln in description.split("\n") if ln]
        question = next((s for ln in lines for s in sentences(ln) if s.endswith("?")), None)
        if question:
            text = prompts.FLAGGED_SESSION[lang].format(quote=question, cite="[1]")
            items.append(Item("flagged", text, _cite(session), [talk_id], flagged=True))
    return items


def _cross_questions(
    catalog: Catalog, talk_ids: list[str], model: Any, lang: str, exclude: set[str]
) -> list[Item]:
    """For each pair of talks with abstracts: their two closest sentences not already quoted,
    set side by side."""
    abstracts = {t: catalog.abstracts(t) for t in talk_ids}
    with_text = [t for t in talk_ids if abstracts[t]]
    items = []
    for i, first in enumerate(with_text):
        for second in with_text[i + 1 :]:
            a, b = abstracts[first][0], abstracts[second][0]
            sa = [x for x in sentences(a.text) if x not in exclude]
            sb = [x for x in sentences(b.text) if x not in exclude]
            if not sa or not sb:
                continue
            va = np.array(model.get_text_embedding_batch(sa))
            vb = np.array(model.get_text_embedding_batch(sb))
            x, y = np.unravel_index(np.argmax(va @ vb.T), (len(sa), len(sb)))
            text = prompts.CROSS[lang].format(quote_a=sa[x], quote_b=sb[y])
            items.append(Item("cross", text, _cite(a, b), [first, second]))
    return items


def _distinct(items: list[Item], model: Any) -> list[Item]:
    """Drop an item whose quoted text repeats, or nearly repeats, one already kept."""
    if not items:
        return []
    vectors = np.array(model.get_text_embedding_batch([_quoted(i.text) for i in items]))
    kept: list[int] = []
    for i in range(len(items)):
        if all(float(vectors[i] @ vectors[j]) < DUPLICATE_COSINE for j in kept):
            kept.append(i)
    return [items[i] for i in kept]


def _quoted(text: str) -> str:
    return " ".join(re.findall(r"«\s*(.+?)\s*»", text)) or text


@dataclass
class Review:
    synthesis: dict[str, list[Item]]
    glossary: list[Item]
    quiz: list[Item]

    def to_json(self) -> dict[str, Any]:
        return {
            "synthesis": {t: [i.to_json() for i in items] for t, items in self.synthesis.items()},
            "glossary": [i.to_json() for i in self.glossary],
            "quiz": [i.to_json() for i in self.quiz],
        }


def review(assistant: Assistant, lang: str = "fr", quiz_size: int = 5, ideas: int = 3) -> Review:
    catalog = assistant.catalog()
    model = assistant.deps.embed_model
    synthesis = {t: _ideas(catalog, t, model, ideas, lang) for t in catalog.talks}
    items = quiz(catalog, model, quiz_size, lang, assistant.deps.llm)
    return Review(synthesis, glossary(catalog, lang), items)


def _ideas(catalog: Catalog, talk_id: str, model: Any, limit: int, lang: str) -> list[Item]:
    abstracts = catalog.abstracts(talk_id)
    if not abstracts:
        source = catalog.sources[schema.talk_id(talk_id)]
        text = prompts.MISSING_IDEAS[lang].format(cite="[1]")
        return [Item("idea", text, _cite(source), [talk_id], flagged=True)]
    return [
        Item("idea", f"« {s} » [1]", _cite(source), [talk_id])
        for source in abstracts
        for s in key_sentences(source, model, limit)
    ][:limit]


_ENUMERATION = re.compile(r":\s*([^:?.]+?)(?:…|\.\.\.|\?|$)")


def glossary(catalog: Catalog, lang: str) -> list[Item]:
    """Acronyms with the expansion the material gives; listed terms with their context."""
    entries: list[Item] = []
    seen: set[str] = set()
    for source in sorted(catalog.sources.values(), key=lambda s: (s.kind != "talk", s.id)):
        text = f"{source.metadata.get('talk', '')}\n{source.text}"
        for words, acronym in _ACRONYM_IN_TEXT.findall(text):
            expansion = initials_match(words.strip(), acronym)
            if expansion and acronym not in seen:
                seen.add(acronym)
                body = prompts.GLOSSARY_ACRONYM[lang].format(
                    term=acronym, expansion=expansion, cite="[1]"
                )
                entries.append(Item("term", body, _cite(source), [source.talk_id or ""]))
        if source.kind == "session":
            entries += _listed_terms(source, seen, lang)
    return entries


_ACRONYM_IN_TEXT = re.compile(r"([\w’' -]{3,80}?)\s*\(\s*([A-Z][A-Z0-9]{1,9})\s*\)")


def _listed_terms(source: Source, seen: set[str], lang: str) -> list[Item]:
    """Terms the session description lists ("…: FabLab, tiers lieux, …"): context, no definition."""
    entries = []
    for match in _ENUMERATION.finditer(source.text):
        context = source.text[: match.start()].split(".")[-1].strip()
        context = re.sub(r"^En quoi,?\s*", "", context)
        for term in [t.strip(" ,") for t in match.group(1).split(",")]:
            if term and fold(term) not in seen and len(term) < 40:
                seen.add(fold(term))
                body = prompts.GLOSSARY_CONTEXT[lang].format(term=term, context=context, cite="[1]")
                entries.append(Item("term", body, _cite(source), []))
    return entries


def quiz(catalog: Catalog, model: Any, size: int, lang: str, llm: Any = None) -> list[Item]:
    """Short-answer questions: who gives each talk (records) and questions on key sentences,
    written by the LLM when there is one and kept only if the answer is in the sentence, else
    fill-in-the-blank."""
    items: list[Item] = []
    for talk in catalog.talks.values():
        source = catalog.sources[schema.talk_id(talk.id)]
        text = prompts.QUIZ_WHO[lang].format(title=talk.title)
        answer = ", ".join(talk.speakers) + " [1]"
        items.append(Item("quiz", text, _cite(source), [talk.id], answer=answer))
    for talk in catalog.talks.values():
        for source in catalog.abstracts(talk.id):
            for sentence in key_sentences(source, model, 2):
                written = _generated_quiz(llm, sentence, lang) if llm else None
                if written:
                    question, answer = written
                    items.append(Item("quiz", question, _cite(source), [talk.id],
                                      answer=f"{answer} [1]"))  # fmt: skip
                    continue
                blank = _blank_word(sentence)
                if blank:
                    hidden = sentence.replace(blank, "_____", 1)
                    text = prompts.QUIZ_BLANK[lang].format(sentence=hidden)
                    items.append(Item("quiz", text, _cite(source), [talk.id],
                                      answer=f"{blank} [1]"))  # fmt: skip
    return _interleave(items)[:size]


def _generated_quiz(llm: Any, sentence: str, lang: str) -> tuple[str, str] | None:
    """An LLM-written question and answer; kept only when the answer is in the sentence."""
    text = _chat(llm, prompts.QUIZ_SYSTEM, prompts.QUIZ_USER[lang].format(quote=sentence))
    question = re.search(r"^Q\s*:\s*(.+)$", text, re.M)
    answer = re.search(r"^A\s*:\s*(.+)$", text, re.M)
    if not question or not answer:
        return None
    key = answer.group(1).strip(' "«».')
    if not key or fold(key) not in fold(sentence) or len(key) > 120:
        return None
    return question.group(1).strip(), key


def _blank_word(sentence: str) -> str | None:
    """The word to hide: a proper noun past the first word, else the longest content word."""
    words = re.findall(r"[\wÀ-ÿ’'-]+", sentence)
    proper = [w for w in words[1:] if w[:1].isupper() and len(w) > 3]
    if proper:
        return proper[-1]
    content = [w for w in words if tokens(w) and len(w) > 6]
    return max(content, key=len) if content else None


def _interleave(items: list[Item]) -> list[Item]:
    """Alternate the kinds of question so a short quiz mixes them."""
    who = [i for i in items if "_____" not in i.text]
    blanks = [i for i in items if "_____" in i.text]
    mixed: list[Item] = []
    for pair in zip(blanks, who, strict=False):
        mixed += list(pair)
    longer = blanks if len(blanks) > len(who) else who
    return mixed + longer[len(mixed) // 2 :]


def items_markdown(title: str, items: list[Item], lang: str = "fr") -> list[str]:
    heads = prompts.REVIEW_HEADINGS[lang]
    lines = [f"## {title}", ""]
    for number, item in enumerate(items, 1):
        flag = f" *({heads['flagged']})*" if item.flagged else ""
        lines.append(f"{number}. {item.text}{flag}")
        if item.answer:
            lines.append(f"   - **{heads['answer']}** {item.answer}")
        for c in item.citations:
            lines.append(f"   - [{c.n}] {c.label} — `{c.source_id}`")
    lines.append("")
    return lines


def review_markdown(result: Review, catalog: Catalog, lang: str) -> str:
    heads = prompts.REVIEW_HEADINGS[lang]
    lines = [f"# {heads['title']}", ""]
    for talk_id, items in result.synthesis.items():
        title = f"{heads['synthesis']} — « {catalog.talks[talk_id].title} »"
        lines += items_markdown(title, items, lang)
    lines += items_markdown(heads["glossary"], result.glossary, lang)
    lines += items_markdown(heads["quiz"], result.quiz, lang)
    return "\n".join(lines)


@dataclass
class ModeOutput:
    """What a mode produces, for any edge: the Markdown to show or save and the JSON data."""

    markdown: str
    data: dict[str, Any]


def render(
    assistant: Assistant,
    mode: str,
    talk_ids: list[str] | None = None,
    n: int = 5,
    lang: str = "fr",
    speaker: str | None = None,
    session_id: str | None = None,
) -> ModeOutput:
    """Moderation questions (mode "moderate") or the student review (mode "review"), rendered
    once for the command line and the chat window alike. A speaker or a session limits
    moderation to their talks (within `talk_ids` when given)."""
    if mode == "moderate":
        catalog = assistant.catalog()
        scope = session_talks(catalog, session_id, talk_ids) if session_id else talk_ids
        scope = speaker_talks(catalog, speaker, scope) if speaker else scope
        items = moderate(assistant, scope, n, lang)
        title = prompts.REVIEW_HEADINGS[lang]["moderation"]
        markdown = "\n".join(items_markdown(title, items, lang))
        return ModeOutput(markdown, {"mode": "moderate", "items": [i.to_json() for i in items]})
    result = review(assistant, lang, quiz_size=n)
    markdown = review_markdown(result, assistant.catalog(), lang)
    return ModeOutput(markdown, {"mode": "review", **result.to_json()})


def session_talks(catalog: Catalog, session_id: str, within: list[str] | None = None) -> list[str]:
    """The talks of a session, in programme order, kept to `within` when given; BadInputError
    when there are none."""
    talks = [
        t for t, info in catalog.talks.items()
        if info.session_id == session_id and (within is None or t in within)
    ]  # fmt: skip
    if not talks:
        wanted = f"none of the talks {', '.join(within)}" if within else "no talks"
        raise BadInputError(f"session {session_id!r} has {wanted}")
    return talks


def speaker_talks(catalog: Catalog, speaker: str, within: list[str] | None = None) -> list[str]:
    """The talks a speaker (a catalog name) gives, in programme order, kept to `within` when
    given; BadInputError when there are none."""
    info = catalog.speakers.get(speaker)
    if info is None:
        known = ", ".join(catalog.speakers)
        raise BadInputError(f"no speaker named {speaker!r}; speakers: {known}")
    talks = [t for t in catalog.talks if t in info.talk_ids and (within is None or t in within)]
    if not talks:
        raise BadInputError(f"{speaker} gives none of the talks {', '.join(within or [])}")
    return talks
