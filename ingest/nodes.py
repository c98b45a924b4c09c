"""Records → llama-index TextNodes with stable ids and the metadata a citation needs.

Node kinds: session (title, schedule, description), talk (title and speakers; records a missing
abstract), abstract (the abstract's own words, chunked when long), bio (only what the programme says
of a speaker: role, affiliation, talks, and a bio when one is given), document (chunks of a free
document). Ids are derived from talk/session ids, so re-ingesting the same material yields the same
ids, and `content_hash` tells a changed node from an unchanged one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from llama_index.core.node_parser import SentenceSplitter
from llama_index.core.schema import TextNode

from ingest import schema
from ingest.errors import BadInputError
from ingest.records import Document, Programme, Session, Speaker, Talk
from ingest.sources import Sources
from ingest.text import person_key, slugify

# Metadata shown to the embedding model next to the text; the rest is for citations and filters.
EMBEDDED_KEYS = ("session", "talk", "speakers")
CHUNK_WORDS = 300


def build_nodes(sources: Sources) -> list[TextNode]:
    nodes: dict[str, TextNode] = {}
    split = _splitter()
    for programme in sources.programmes:
        for session in programme.sessions:
            _add(nodes, _session_node(session, programme))
            for talk in session.talks:
                _add(nodes, _talk_node(talk, session, programme))
                for node in _abstract_nodes(talk, session, programme, split):
                    _add(nodes, node)
    for node in _bio_nodes(sources.programmes):
        _add(nodes, node)
    for document in sources.documents:
        for node in _document_nodes(document, split):
            _add(nodes, node)
    return list(nodes.values())


def _add(nodes: dict[str, TextNode], node: TextNode) -> None:
    if node.id_ in nodes:
        first, second = nodes[node.id_].metadata["source"], node.metadata["source"]
        raise BadInputError(
            f"{node.metadata['source_path']}: {node.id_.split(':')[0]} id {node.id_!r} is also "
            f"defined in {first if first != second else 'the same file'}; "
            "give each one its own 'id'"
        )
    metadata = {k: v for k, v in node.metadata.items() if v is not None}
    node.metadata = metadata
    node.metadata["content_hash"] = _hash(node.text, metadata)
    node.excluded_embed_metadata_keys = [k for k in node.metadata if k not in EMBEDDED_KEYS]
    node.excluded_llm_metadata_keys = list(node.excluded_embed_metadata_keys)
    nodes[node.id_] = node


def _hash(text: str, metadata: dict[str, Any]) -> str:
    payload = json.dumps([text, metadata], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def _base(programme: Programme, session: Session, kind: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "source": programme.source.name,
        "source_path": str(programme.source),
        "event": programme.event,
        "session_id": session.id,
        "session": session.title,
        schema.SESSION_NUMBER: session.number,
        "date": session.date,
        "start": session.start,
        "end": session.end,
        "room": session.room,
        schema.TIME_ZONE: _time_zone(programme),
    }


def _time_zone(programme: Programme) -> str | None:
    """The programme's IANA time zone when its file names one (schedule exports, or a top-level
    'time_zone' field of this project's schema)."""
    zone = programme.extra.get("time_zone")
    return zone if isinstance(zone, str) and zone.strip() else None


def _talk_metadata(talk: Talk, session: Session, programme: Programme, kind: str) -> dict[str, Any]:
    meta = _base(programme, session, kind)
    meta.update(
        talk_id=talk.id,
        talk=talk.title,
        talk_order=session.talks.index(talk),
        speakers=schema.join_list(s.name for s in talk.speakers),
        affiliations=schema.join_list(s.affiliation or "" for s in talk.speakers),
        abstract_missing=talk.abstract_missing,
        talk_start=talk.start,
        talk_end=talk.end,
    )
    meta[schema.TALK_ROOM] = talk.room
    meta[schema.TALK_TRACK] = talk.track
    meta[schema.TALK_LANGUAGE] = talk.language
    meta[schema.TALK_SUBTITLE] = talk.subtitle
    meta.update(_flat_extra(talk.extra))
    return meta


def _session_node(session: Session, programme: Programme) -> TextNode:
    when = ", ".join(p for p in (session.date, _range(session.start, session.end)) if p)
    number = f"Session {session.number} – " if session.number is not None else ""
    lines = [f"{number}{session.title}", when, session.description or ""]
    meta = _base(programme, session, "session") | _flat_extra(session.extra)
    meta["talk_count"] = len(session.talks)
    meta[schema.DESCRIPTION] = session.description
    return TextNode(
        id_=schema.session_id(session.id), text="\n".join(p for p in lines if p), metadata=meta
    )


def _range(start: str | None, end: str | None) -> str:
    return f"{start}–{end}" if start and end else (start or end or "")


def _readable(moment: str | None, same_day_as: str | None = None) -> str | None:
    """'2014-12-27T11:00:00+01:00' → '2014-12-27 11:00' ('11:00' when `same_day_as` is on that
    day); anything else as written."""
    if not moment or len(moment) < 16 or moment[10] != "T":
        return moment
    if same_day_as and same_day_as[:10] == moment[:10]:
        return moment[11:16]
    return f"{moment[:10]} {moment[11:16]}"


def describe_speaker(speaker: Speaker) -> str:
    """'Name, role (Affiliation)' with the parts the programme gives."""
    text = speaker.name + (f", {speaker.role}" if speaker.role else "")
    return text + (f" ({speaker.affiliation})" if speaker.affiliation else "")


def _talk_node(talk: Talk, session: Session, programme: Programme) -> TextNode:
    lines = [f"« {talk.title} »"] + ([talk.subtitle] if talk.subtitle else [])
    lines += [f"Intervenant·e : {describe_speaker(s)}" for s in talk.speakers]
    if when := _range(_readable(talk.start), _readable(talk.end, talk.start)):
        lines.append(f"Horaire : {when}")
    if talk.abstract_missing:
        lines.append("Résumé : non fourni dans le programme.")
    meta = _talk_metadata(talk, session, programme, "talk")
    return TextNode(id_=schema.talk_id(talk.id), text="\n".join(lines), metadata=meta)


def _abstract_nodes(
    talk: Talk, session: Session, programme: Programme, split: Callable[[str], list[str]]
) -> list[TextNode]:
    if talk.abstract is None:
        return []
    chunks = split(talk.abstract)
    nodes = []
    for i, chunk in enumerate(chunks):
        meta = _talk_metadata(talk, session, programme, "abstract") | {"chunk": i}
        node_id = schema.abstract_id(talk.id, i if len(chunks) > 1 else None)
        nodes.append(TextNode(id_=node_id, text=chunk, metadata=meta))
    return nodes


def _bio_nodes(programmes: list[Programme]) -> list[TextNode]:
    """One node per person (spellings grouped by person_key), built only from what the programme
    states; the first spelling is the one shown."""
    talks_by_speaker: dict[str, list[tuple[Programme, Session, Talk, Speaker]]] = {}
    for programme in programmes:
        for session in programme.sessions:
            for talk in session.talks:
                for speaker in talk.speakers:
                    entry = (programme, session, talk, speaker)
                    talks_by_speaker.setdefault(person_key(speaker.name), []).append(entry)
    return [_bio_node(key, entries) for key, entries in talks_by_speaker.items()]


def _bio_node(key: str, entries: list[tuple[Programme, Session, Talk, Speaker]]) -> TextNode:
    programme, session, talk, speaker = entries[0]
    name = speaker.name
    role = next((e[3].role for e in entries if e[3].role), None)
    affiliation = next((e[3].affiliation for e in entries if e[3].affiliation), None)
    bio = next((e[3].bio for e in entries if e[3].bio), None)
    lines = [describe_speaker(Speaker(name, affiliation, role))]
    for _, s, t, _ in entries:
        lines.append(f"{schema.TALK_LINE_PREFIX} la session « {s.title} » : « {t.title} ».")
    if bio:
        lines.append(bio)
    meta = _talk_metadata(talk, session, programme, "bio")
    meta.update(
        speaker=name,
        speakers=name,
        affiliations=affiliation or "",
        role=role,
        talk_ids=schema.join_list(e[2].id for e in entries),
        bio_provided=bio is not None,
    )
    meta[schema.BIO] = bio
    meta[schema.SPEAKER_KEY] = key
    meta.update(_flat_extra(speaker.extra))
    return TextNode(id_=schema.bio_id(name), text="\n".join(lines), metadata=meta)


def _document_nodes(document: Document, split: Callable[[str], list[str]]) -> list[TextNode]:
    path_hash = hashlib.sha1(str(document.source).encode()).hexdigest()[:8]
    base = f"doc:{slugify(document.title, 6)}-{path_hash}"
    meta = {
        "kind": "document",
        "source": document.source.name,
        "source_path": str(document.source),
        "title": document.title,
    }
    return [
        TextNode(id_=f"{base}:{i}", text=chunk, metadata=meta | {"chunk": i})
        for i, chunk in enumerate(split(document.text))
    ]


def _splitter() -> Callable[[str], list[str]]:
    # Word counts instead of the default tiktoken tokenizer: nothing to download, language-neutral.
    splitter = SentenceSplitter(
        chunk_size=CHUNK_WORDS, chunk_overlap=30, tokenizer=lambda text: text.split()
    )
    return lambda text: [chunk for chunk in splitter.split_text(text) if chunk.strip()]


def _flat_extra(extra: dict[str, Any]) -> dict[str, Any]:
    """Unknown fields kept as metadata: scalars as they are, anything else as JSON text."""
    flat: dict[str, Any] = {}
    for key, value in extra.items():
        name = f"x_{key}"
        if value is None or isinstance(value, (str, int, float, bool)):
            flat[name] = value
        else:
            flat[name] = json.dumps(value, ensure_ascii=False, default=str)
    return flat
