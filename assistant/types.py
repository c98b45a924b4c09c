"""The assistant's results: answers and the citations they carry (the `ask --json` shape)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.catalog import Source


@dataclass
class Citation:
    n: int
    source_id: str
    kind: str
    session: str | None
    talk: str | None
    speakers: list[str]
    text: str
    label: str = ""

    @classmethod
    def of(cls, n: int, source: Source) -> Citation:
        meta = source.metadata
        return cls(
            n=n,
            source_id=source.id,
            kind=source.kind,
            session=meta.get("session") or None,
            talk=meta.get("talk") or None,
            speakers=source.speakers,
            text=source.text,
            label=source.label(),
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("label")
        return data


@dataclass
class Answer:
    question: str
    answer: str
    language: str
    refused: bool
    backend: str
    citations: list[Citation] = field(default_factory=list)
    standalone_question: str = ""
    route: str = ""  # how it was answered: record, generated, extractive, fallback, refusal, gate
    retrieved: list[str] = field(default_factory=list)  # source ids given, best first

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "language": self.language,
            "refused": self.refused,
            "backend": self.backend,
            "citations": [c.to_json() for c in self.citations],
        }


@dataclass
class Draft:
    """An answer in the making: text whose [n] markers index `sources` (1-based)."""

    text: str
    sources: list[Source]
    route: str
    refused: bool = False
    # Gives what is near the fact asked, not the fact (a talk with no time of its own: its
    # session's slot). Alone it is an answer; beside parts that are refused, it answers none.
    hedged: bool = False
