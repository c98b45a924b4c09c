"""The programme as records, read back from the store: talks, speakers, sessions and every source.

Built from the stored nodes' metadata, so programme facts (who gives which talk, affiliations,
date, time range, a missing abstract) are answered exactly as ingested, never generated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ingest import schema
from ingest.store import ProgrammeStore, read_all


@dataclass
class Source:
    """One stored node: what a citation points to."""

    id: str
    kind: str
    text: str
    metadata: dict[str, Any]

    @property
    def talk_id(self) -> str | None:
        return self.metadata.get("talk_id") or None

    @property
    def speakers(self) -> list[str]:
        return [s for s in schema.split_list(self.metadata.get("speakers")) if s]

    def label(self) -> str:
        """'abstract of «L’usine distribuée» (Olivier Landau, IRI)'."""
        meta = self.metadata
        people = _people(self.speakers, str(meta.get("affiliations") or ""))
        if self.kind == "session":
            return f"session description «{meta.get('session', '')}»"
        if self.kind == "bio":
            return f"speaker {people}"
        if self.kind == "document":
            return f"document {meta.get('source', '')}"
        what = "abstract" if self.kind == "abstract" else "talk"
        return f"{what} of «{meta.get('talk', '')}» ({people})"

    def short_label(self) -> str:
        """A compact label for prompts: kind, a clipped title, speaker names."""
        meta = self.metadata
        title = str(meta.get("talk") or meta.get("session") or meta.get("source") or "")
        title = title if len(title) <= 60 else title[:57].rsplit(" ", 1)[0] + "…"
        names = ", ".join(self.speakers)
        return f"{self.kind} «{title}»" + (f" ({names})" if names else "")


def _people(names: list[str], affiliations: str) -> str:
    affs = schema.split_list(affiliations)
    return schema.join_list(
        f"{n}, {affs[i]}" if i < len(affs) and affs[i] else n for i, n in enumerate(names)
    )


@dataclass
class SpeakerInfo:
    name: str
    role: str | None
    affiliation: str | None
    talk_ids: list[str]
    bio_id: str


@dataclass
class TalkInfo:
    id: str
    title: str
    session_id: str
    speakers: list[str]
    abstract_missing: bool
    order: int = 0
    node_ids: list[str] = field(default_factory=list)


@dataclass
class Catalog:
    sources: dict[str, Source]
    talks: dict[str, TalkInfo]
    speakers: dict[str, SpeakerInfo]
    sessions: dict[str, Source]  # session id → its session node
    version: str = ""
    derived: dict[str, Any] = field(default_factory=dict)  # indexes built once per catalog

    @classmethod
    def from_store(cls, store: ProgrammeStore) -> Catalog:
        collection = store.collection()
        sources = {
            node_id: Source(node_id, str(meta.get("kind", "")), text, meta)
            for node_id, text, meta in read_all(collection)
        }
        version = str((collection.metadata or {}).get("ingest_version", ""))
        return cls.from_sources(sources, version)

    @classmethod
    def from_sources(cls, sources: dict[str, Source], version: str = "") -> Catalog:
        talks: dict[str, TalkInfo] = {}
        speakers: dict[str, SpeakerInfo] = {}
        sessions: dict[str, Source] = {}
        for source in sorted(sources.values(), key=lambda s: s.id):
            meta = source.metadata
            if source.kind == "session":
                sessions[str(meta["session_id"])] = source
            elif source.kind == "talk":
                talks[str(meta["talk_id"])] = TalkInfo(
                    id=str(meta["talk_id"]),
                    title=str(meta["talk"]),
                    session_id=str(meta["session_id"]),
                    speakers=source.speakers,
                    abstract_missing=bool(meta.get("abstract_missing")),
                    order=int(meta.get("talk_order") or 0),
                )
            elif source.kind == "bio":
                speakers[str(meta["speaker"])] = SpeakerInfo(
                    name=str(meta["speaker"]),
                    role=meta.get("role") or None,
                    affiliation=meta.get("affiliations") or None,
                    talk_ids=[t for t in schema.split_list(meta.get("talk_ids")) if t],
                    bio_id=source.id,
                )
        for source in sources.values():
            if source.talk_id in talks and source.kind in {"talk", "abstract"}:
                talks[source.talk_id].node_ids.append(source.id)
        ordered = sorted(talks.values(), key=lambda t: (t.session_id, t.order, t.id))
        return cls(sources, {t.id: t for t in ordered}, speakers, sessions, version)

    def talk_nodes(self, talk_id: str) -> list[Source]:
        return [self.sources[i] for i in sorted(self.talks[talk_id].node_ids)]

    def abstracts(self, talk_id: str) -> list[Source]:
        """The talk's abstract (one node; none when the programme gives none)."""
        return [s for s in self.talk_nodes(talk_id) if s.kind == "abstract"]

    def find_speakers(self, text: str) -> list[str]:
        """Speakers a text names: full name, last name, whole affiliation, or a first name only
        one speaker has. Looked up in the catalog's entity index (built once)."""
        from assistant.planner import index_of  # the index is built from this catalog

        return index_of(self).named(text, affiliations=True)

    def find_talks(self, text: str) -> list[str]:
        """Talks a text names: a quoted title, most of a title's content words, or an acronym."""
        from assistant.planner import index_of

        return index_of(self).talks_named(text)
