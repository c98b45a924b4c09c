"""What the chat window keeps and hands out: feedback records, a Markdown export, the programme
as a readable outline, and the sentence of a cited source that supports the answer."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from assistant.catalog import Catalog
from assistant.grounding import MARKER, overlap
from assistant.lexicon import sentences
from assistant.types import Answer, Citation
from ingest import schema

FEEDBACK_FILE = "feedback.jsonl"


def supporting_sentence(answer: Answer, citation: Citation) -> str | None:
    """The sentence of the cited text that best matches the answer sentences citing it."""
    marker = f"[{citation.n}]"
    claims = [s for s in sentences(answer.answer) if marker in s] or [answer.answer]
    claim = MARKER.sub("", " ".join(claims))
    candidates = sentences(citation.text)
    if not candidates:
        return None
    quoted = [c for c in candidates if c in answer.answer]
    if quoted:
        return quoted[0]
    best = max(candidates, key=lambda c: overlap(claim, c))
    return best if overlap(claim, best) > 0 else None


def record_feedback(
    path: Path, answer: Answer, liked: bool, comment: str | None = None
) -> dict[str, object]:
    """Append one thumbs up/down with the question, answer and citations (JSON Lines)."""
    entry = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "liked": liked,
        "comment": comment,
        **answer.to_json(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return entry


def export_markdown(answers: list[Answer], title: str = "Conversation") -> str:
    """The conversation as Markdown: each question, its answer, and the cited sources."""
    lines = [f"# {title}", ""]
    for answer in answers:
        lines += [f"## {answer.question}", "", answer.answer, ""]
        for c in answer.citations:
            excerpt = " ".join(c.text.split())
            lines.append(f"- [{c.n}] {c.label} — `{c.source_id}`: {excerpt}")
        lines.append("")
    return "\n".join(lines)


def programme_outline(catalog: Catalog, missing_label: str) -> list[dict[str, object]]:
    """Sessions and their talks, in programme order, from the records."""
    outline: list[dict[str, object]] = []
    for session_id, session in catalog.sessions.items():
        meta = session.metadata
        talks = []
        for talk in catalog.talks.values():
            if talk.session_id != session_id:
                continue
            abstract = "\n".join(s.text for s in catalog.abstracts(talk.id))
            talks.append({
                "id": talk.id,
                "title": talk.title,
                "speakers": [
                    (n, catalog.speakers[n].role, catalog.speakers[n].affiliation)
                    if n in catalog.speakers else (n, None, None)
                    for n in talk.speakers
                ],
                "abstract": abstract or missing_label,
                "abstract_missing": talk.abstract_missing,
            })  # fmt: skip
        outline.append({
            "id": session_id,
            "title": meta.get("session"),
            "date": meta.get("date"),
            "start": meta.get("start"),
            "end": meta.get("end"),
            "description": meta.get(schema.DESCRIPTION) or None,
            "talks": talks,
        })  # fmt: skip
    return outline
