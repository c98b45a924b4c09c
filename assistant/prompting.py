"""The chat sent to the model, in one of two shapes.

- Programme in the prefix: when the whole programme is short (the seed is ~1,500 tokens), the system
  message holds the fixed instructions and every source of the programme, numbered in programme
  order. It is identical for every question, so llama.cpp evaluates it once (warm-up) and each
  question only adds its own few tokens: the first words come in a fraction of a second.
- Excerpts: for a larger programme, the fixed instructions come first (cached), then short
  excerpts of the retrieved sources, the sentences closest to the question.
"""

from __future__ import annotations

from dataclasses import dataclass

from llama_index.core.base.llms.types import ChatMessage, MessageRole

from assistant import prompts
from assistant.catalog import Catalog, Source
from assistant.claims import source_text
from assistant.extractive import Evidence

# Every prompt token after the cached prefix costs ~8 ms here (docs/benchmarks.md).
PROMPT_SOURCES = 5
EXCERPT_SENTENCES = 2
EXCERPT_CHARS = 280
# A programme whose sources add up to at most this many characters goes whole into the cached
# prefix (~3.3 characters a token for French: ~2,400 tokens of a 4,096-token context).
PREFIX_MAX_CHARS = 8000


@dataclass
class ProgrammePrefix:
    """The whole programme as the numbered sources of a fixed system message."""

    sources: list[Source]
    system: str

    @classmethod
    def of(cls, catalog: Catalog, max_chars: int = PREFIX_MAX_CHARS) -> ProgrammePrefix | None:
        """The prefix for this programme, or None when it is too long to hold whole."""
        sources = programme_order(catalog)
        if not sources or sum(len(s.text) for s in sources) > max_chars:
            return None
        fenced = "\n".join(
            prompts.SOURCE.format(n=n, label=s.short_label(), text=_flat(source_text(s)))
            for n, s in enumerate(sources, 1)
        )
        return cls(sources, prompts.SYSTEM + "\n\n" + prompts.PROGRAMME.format(sources=fenced))

    def messages(self, question: str, lang: str) -> list[ChatMessage]:
        """The fixed prefix, then only the question: every token here costs ~15 ms."""
        question_text = prompts.QUESTION.format(question=question, hint=prompts.LANGUAGE_HINT[lang])
        return [
            ChatMessage(role=MessageRole.SYSTEM, content=self.system),
            ChatMessage(role=MessageRole.USER, content=question_text),
        ]

    def warm_up(self) -> list[ChatMessage]:
        """A chat that shares the whole prefix, to have it evaluated before anyone asks."""
        return self.messages("?", "fr")


def programme_order(catalog: Catalog) -> list[Source]:
    """Every record in the order of the programme: each session, then each of its talks with its
    abstract, then the speakers. The same programme always gives the same numbering (and so the
    same cached prefix), however the store happens to list its nodes."""
    ordered: list[Source] = []
    for session_id, session in catalog.sessions.items():
        ordered.append(session)
        for talk in catalog.talks.values():
            if talk.session_id == session_id:
                ordered += sorted(catalog.talk_nodes(talk.id), key=lambda s: s.kind != "talk")
    ordered += [catalog.sources[s.bio_id] for s in catalog.speakers.values()]
    return ordered


def excerpt_messages(
    question: str, sources: list[Source], evidence: list[Evidence], lang: str
) -> list[ChatMessage]:
    """The chat sent to the model: fixed instructions first, then the fenced excerpts."""
    fenced = "\n".join(
        prompts.SOURCE.format(n=n, label=s.short_label(), text=excerpt(s, n, evidence))
        for n, s in enumerate(sources[:PROMPT_SOURCES], 1)
    )
    user = (
        fenced
        + "\n\n"
        + prompts.QUESTION.format(question=question, hint=prompts.LANGUAGE_HINT[lang])
    )
    return [
        ChatMessage(role=MessageRole.SYSTEM, content=prompts.SYSTEM),
        ChatMessage(role=MessageRole.USER, content=user),
    ]


def excerpt(source: Source, n: int, evidence: list[Evidence]) -> str:
    """A short excerpt of source n for the prompt: its sentences closest to the question."""
    budget = EXCERPT_CHARS * (2 if n == 1 else 1)  # the best source gets more room
    ranked = [e for e in evidence if e.source_index == n and e.quotable]
    if not ranked:
        return _clip(source_text(source), budget)
    chosen = [ranked[0]]
    for extra in ranked[1 : EXCERPT_SENTENCES + (1 if n == 1 else 0)]:
        if sum(len(e.sentence) for e in chosen) + len(extra.sentence) <= budget:
            chosen.append(extra)
    chosen.sort(key=lambda e: e.position)
    return _clip(" … ".join(e.sentence for e in chosen), budget)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str, limit: int = 0) -> str:
    limit = limit or EXCERPT_CHARS
    text = _flat(text)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
