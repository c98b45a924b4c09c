"""The organiser's feed: attendees' questions, stored, grouped, turned into moderation questions.

Storage: one SQLite file per store folder (FEED_FILE beside the Chroma files) in WAL mode, so the
`serve` processes of one machine that share a store folder write to it at the same time (each
write is one short transaction; a writer waits up to BUSY_SECONDS for another). What is kept per
question: its text (the standalone form of a follow-up), when it was asked, its language, whether
the material answered it, and the talks it was about. No IP, no browser data, no answer text.
Questions older than the retention period are deleted on every read and write.

Grouping: questions are embedded with the app's own multilingual model and grouped greedily, in
the order they were asked: a question joins the group whose members it is closest to on average
when that mean cosine reaches GROUP_COSINE, else it starts a group. The threshold is chosen on a
dev list of same/different question pairs in tests/test_feed.py.
"""

from __future__ import annotations

import csv
import hmac
import io
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ingest import schema
from ingest.errors import BadInputError, StoreError

if TYPE_CHECKING:
    from assistant.catalog import Catalog, Source
    from assistant.deps import Deps
    from assistant.types import Answer

FEED_FILE = "feed.sqlite3"
BUSY_SECONDS = 10.0
DEFAULT_RETENTION_DAYS = 30
FEED_ENV = "SESSION_ASSISTANT_FEED"  # "off" turns recording (and the notice) off
RETENTION_ENV = "SESSION_ASSISTANT_FEED_RETENTION_DAYS"
ORGANISER_KEY_ENV = "SESSION_ASSISTANT_ORGANISER_KEY"  # unset: no organiser view
# Mean cosine (USE multilingual) for a question to join a group: the best split of the 30 dev pairs
# in tests/test_feed.py (26 right), at the high end of the tie, as a false merge costs more.
GROUP_COSINE = 0.68
# Cosine from a group's questions to an abstract sentence for the sentence to be quoted: between
# related question/sentence pairs (≥ 0.55) and questions the abstract does not address ("who
# presents…", ≤ 0.38) in the dev list of tests/test_feed.py.
QUOTE_COSINE = 0.45

# The moderation question made from a group, in issue 5's format (a quoted sentence, cited [1]).
MODERATION_FROM_FEED = {
    "fr": "Question du public ({count}×) : « {question} » Vous écrivez : « {quote} » {cite} "
    "Que leur répondriez-vous ?",
    "en": "Audience question ({count}×): «{question}» You write: «{quote}» {cite} "
    "What would you answer them?",
}
MODERATION_TALK = {
    "fr": "Question du public ({count}×) sur « {title} » {cite} : « {question} »",
    "en": "Audience question ({count}×) about «{title}» {cite}: «{question}»",
}
MODERATION_NO_TALK = {
    "fr": "Question du public ({count}×) : « {question} »",
    "en": "Audience question ({count}×): «{question}»",
}
UNANSWERED_NOTE = {
    "fr": " (le programme n’y répond pas)",
    "en": " (the programme does not answer it)",
}
EXPORT_HEADINGS = {
    "fr": {"title": "Questions du public", "talks": "Interventions", "answered": "Répondue",
           "yes": "oui", "no": "non (bonne question pour l’intervenant·e)", "none": "aucune"},
    "en": {"title": "Audience questions", "talks": "Talks", "answered": "Answered",
           "yes": "yes", "no": "no (a good question for the speaker)", "none": "none"},
}  # fmt: skip

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedOptions:
    enabled: bool = True
    retention_days: int = DEFAULT_RETENTION_DAYS
    organiser_key: str | None = None  # None: the organiser view and the /feed API are off

    @classmethod
    def resolve(cls, env: Mapping[str, str] | None = None) -> FeedOptions:
        env = os.environ if env is None else env
        days = env.get(RETENTION_ENV) or str(DEFAULT_RETENTION_DAYS)
        if not days.isdigit() or int(days) <= 0:
            raise BadInputError(f"{RETENTION_ENV} must be a whole number of days, got {days!r}")
        return cls(
            enabled=env.get(FEED_ENV, "on").strip().lower() not in {"off", "0", "false", "no"},
            retention_days=int(days),
            organiser_key=env.get(ORGANISER_KEY_ENV) or None,
        )

    def key_matches(self, given: str | None) -> bool:
        """Constant-time comparison; always False when no key is set."""
        if not self.organiser_key or not given:
            return False
        return hmac.compare_digest(given.encode(), self.organiser_key.encode())


@dataclass(frozen=True)
class Entry:
    question: str
    answered: bool
    talk_ids: tuple[str, ...] = ()
    language: str = ""
    asked_at: float = 0.0


@dataclass
class Group:
    label: str  # its most central question
    questions: list[str]
    talk_ids: list[str]  # most asked about first
    answered: bool  # the material answered at least one of its questions
    vector: Any = field(default=None, repr=False)  # the mean of its questions' embeddings

    @property
    def count(self) -> int:
        return len(self.questions)

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "count": self.count,
            "questions": self.questions,
            "talk_ids": self.talk_ids,
            "answered": self.answered,
        }


_SCHEMA = """CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at REAL NOT NULL,
    question TEXT NOT NULL,
    language TEXT NOT NULL,
    answered INTEGER NOT NULL,
    talk_ids TEXT NOT NULL
)"""


class FeedStore:
    """The questions table of one SQLite file; a connection per call, so any thread may use it."""

    def __init__(
        self,
        path: Path,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.retention_days = retention_days
        self.clock = clock

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=BUSY_SECONDS)) as db:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_SCHEMA)
                with db:  # one transaction, committed on leaving
                    yield db
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                f"{self.path}: the questions feed cannot be used ({exc}); check that the store "
                f"folder is writable, or set {FEED_ENV}=off"
            ) from exc

    def add(self, entry: Entry) -> None:
        with self._connection() as db:
            db.execute(
                "INSERT INTO questions (asked_at, question, language, answered, talk_ids) "
                "VALUES (?, ?, ?, ?, ?)",
                (entry.asked_at or self.clock(), entry.question, entry.language,
                 int(entry.answered), "\n".join(entry.talk_ids)),
            )  # fmt: skip

    def entries(self) -> list[Entry]:
        """Every question within the retention period, oldest first."""
        self.prune()
        with self._connection() as db:
            rows = db.execute(
                "SELECT question, answered, talk_ids, language, asked_at FROM questions "
                "ORDER BY asked_at, id"
            ).fetchall()
        return [
            Entry(q, bool(a), tuple(t for t in talks.split("\n") if t), lang, at)
            for q, a, talks, lang, at in rows
        ]

    def prune(self) -> int:
        cutoff = self.clock() - self.retention_days * 86400
        with self._connection() as db:
            return db.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,)).rowcount

    def clear(self) -> int:
        with self._connection() as db:
            return db.execute("DELETE FROM questions").rowcount


class Feed:
    """Records questions (when enabled) and builds the organiser's view of them."""

    def __init__(
        self,
        store: FeedStore,
        embed_model: Any,
        catalog: Callable[[], Catalog],
        options: FeedOptions | None = None,
    ) -> None:
        self.store = store
        self.embed_model = embed_model
        self.catalog = catalog
        self.options = options or FeedOptions()
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.options.enabled

    def record(self, question: str, answer: Answer) -> bool:
        """Store one attendee question; never fails the answer (a failure is logged)."""
        if not self.enabled:
            return False
        text = " ".join((answer.standalone_question or question).split())
        if not text:
            return False
        try:
            talks = talk_ids_of(text, answer, self.catalog())
            self.store.add(Entry(text, not answer.refused, tuple(talks), answer.language))
        except StoreError as exc:
            log.warning("question not recorded: %s", exc)
            return False
        return True

    def groups(self) -> list[Group]:
        """Similar questions together, the largest group first."""
        entries = self.store.entries()
        if not entries:
            return []
        vectors = self._embed([e.question for e in entries])
        groups = [
            _group([entries[i] for i in members], vectors[members])
            for members in cluster(vectors, GROUP_COSINE)
        ]
        return sorted(groups, key=lambda g: -g.count)

    def clear(self) -> int:
        return self.store.clear()

    def moderation(self, group: Group, lang: str = "fr") -> str:
        """The group as one moderation question in issue 5's Markdown format."""
        from assistant.modes import items_markdown
        from assistant.prompts import REVIEW_HEADINGS

        item = self.moderation_item(group, lang)
        return "\n".join(items_markdown(REVIEW_HEADINGS[lang]["moderation"], [item], lang))

    def moderation_item(self, group: Group, lang: str = "fr") -> Any:
        """A modes.Item: the group's question set against the sentence of its talk's abstract it
        is closest to, cited [1]; when no sentence is close enough, or the talk has no abstract,
        the talk's record is cited instead."""
        from assistant.modes import Item
        from assistant.types import Citation

        lang = "en" if lang == "en" else "fr"
        catalog = self.catalog()
        values = {"count": group.count, "question": group.label}
        talk = next((catalog.talks[t] for t in group.talk_ids if t in catalog.talks), None)
        note = "" if group.answered else UNANSWERED_NOTE[lang]
        if talk is None:
            return Item("question", MODERATION_NO_TALK[lang].format(**values) + note, [])
        quoted = self._closest_sentence(group, catalog.talk_nodes(talk.id))
        if quoted is None:
            source = catalog.sources[schema.talk_id(talk.id)]
            text = MODERATION_TALK[lang].format(title=talk.title, cite="[1]", **values) + note
            citations = [Citation.of(1, source)]
            return Item("question", text, citations, [talk.id], flagged=talk.abstract_missing)
        sentence, source = quoted
        text = MODERATION_FROM_FEED[lang].format(quote=sentence, cite="[1]", **values)
        return Item("question", text + note, [Citation.of(1, source)], [talk.id])

    def _closest_sentence(self, group: Group, nodes: list[Source]) -> tuple[str, Source] | None:
        """The abstract sentence closest to the group's questions, if at least QUOTE_COSINE."""
        from assistant.lexicon import sentences

        candidates = [(s, node) for node in nodes if node.kind == "abstract"
                      for s in sentences(node.text) if len(s) > 20]  # fmt: skip
        if not candidates:
            return None
        vectors = self._embed([s for s, _ in candidates])
        centre = group.vector if group.vector is not None else self._embed([group.label])[0]
        scores = vectors @ centre
        best = int(np.argmax(scores))
        return candidates[best] if scores[best] >= QUOTE_COSINE else None

    def _embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, cached by text (a question is embedded once per process)."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
            if missing:
                found = np.array(self.embed_model.get_text_embedding_batch(missing), dtype=float)
                found /= np.maximum(np.linalg.norm(found, axis=1, keepdims=True), 1e-12)
                self._vectors.update(zip(missing, found, strict=True))
            return np.array([self._vectors[t] for t in texts])


def cluster(vectors: np.ndarray, threshold: float) -> list[list[int]]:
    """Greedy average-linkage grouping of unit vectors, in their order."""
    sums: list[np.ndarray] = []
    members: list[list[int]] = []
    for i, vector in enumerate(vectors):
        if sums:
            means = (np.array(sums) @ vector) / np.array([len(m) for m in members])
            best = int(np.argmax(means))
            if means[best] >= threshold:
                sums[best] = sums[best] + vector
                members[best].append(i)
                continue
        sums.append(vector.copy())
        members.append([i])
    return members


def _group(entries: list[Entry], vectors: np.ndarray) -> Group:
    centre = vectors.mean(axis=0)
    closeness = np.round(vectors @ centre, 6)  # ties go to the earliest question
    label = entries[int(np.argmax(closeness))].question
    talks = Counter(t for e in entries for t in dict.fromkeys(e.talk_ids))
    return Group(
        label=label,
        questions=[e.question for e in entries],
        talk_ids=[t for t, _ in talks.most_common()],
        answered=any(e.answered for e in entries),
        vector=centre / max(float(np.linalg.norm(centre)), 1e-12),
    )


def talk_ids_of(question: str, answer: Answer, catalog: Catalog) -> list[str]:
    """The talks an answer cites (a speaker's bio counts for their talks); for an answer that
    cites none, the talks or speakers the question names."""
    found: list[str] = []
    for citation in answer.citations:
        source = catalog.sources.get(citation.source_id)
        if source is None:
            continue
        if source.talk_id:
            found.append(source.talk_id)
        elif source.kind == "bio":
            found += [t for name in source.speakers for t in _speaker_talks(catalog, name)]
    if not found:
        found = catalog.find_talks(question)
        found += [
            t for name in catalog.find_speakers(question) for t in _speaker_talks(catalog, name)
        ]
    return list(dict.fromkeys(t for t in found if t in catalog.talks))


def _speaker_talks(catalog: Catalog, name: str) -> list[str]:
    info = catalog.speakers.get(name)
    return info.talk_ids if info else []


def export_markdown(groups: list[Group], catalog: Catalog | None, lang: str = "fr") -> str:
    heads = EXPORT_HEADINGS["en" if lang == "en" else "fr"]
    lines = [f"# {heads['title']}", ""]
    for number, group in enumerate(groups, 1):
        titles = [_talk_title(catalog, t) for t in group.talk_ids] or [heads["none"]]
        lines += [
            f"## {number}. {group.label} ({group.count})",
            "",
            f"- {heads['talks']} : {'; '.join(titles)}",
            f"- {heads['answered']} : {heads['yes' if group.answered else 'no']}",
            *[f"  - {q}" for q in group.questions],
            "",
        ]
    return "\n".join(lines)


def export_csv(groups: list[Group]) -> str:
    """One row per question, with its group; cells a spreadsheet would run as formulas are
    quoted with a leading apostrophe."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["group", "label", "count", "answered", "talk_ids", "question"])
    for number, group in enumerate(groups, 1):
        for question in group.questions:
            writer.writerow([number, _cell(group.label), group.count, group.answered,
                             " ".join(group.talk_ids), _cell(question)])  # fmt: skip
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


def _talk_title(catalog: Catalog | None, talk_id: str) -> str:
    talk = catalog.talks.get(talk_id) if catalog else None
    return f"« {talk.title} » ({talk_id})" if talk else talk_id


def build_feed(
    deps: Deps,
    catalog: Callable[[], Catalog] | None = None,
    options: FeedOptions | None = None,
) -> Feed:
    """The feed of a store folder; nothing is opened or loaded until it is used."""
    options = options or FeedOptions.resolve()
    store = FeedStore(deps.settings.store_dir / FEED_FILE, options.retention_days)
    return Feed(store, deps.embed_model, catalog or _catalog_of(deps), options)


def _catalog_of(deps: Deps) -> Callable[[], Catalog]:
    cached: list[Catalog] = []

    def load() -> Catalog:
        from assistant.catalog import Catalog

        if not cached:
            cached.append(Catalog.from_store(deps.store))
        return cached[0]

    return load
