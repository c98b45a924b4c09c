"""The organiser's feed: SQLite storage shared by processes, grouping with the real multilingual
model, moderation questions quoting the talk's abstract, exports, retention and the switches."""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.feed import (
    FEED_FILE,
    GROUP_COSINE,
    Entry,
    Feed,
    FeedOptions,
    FeedStore,
    build_feed,
    export_csv,
    export_markdown,
)
from ingest.errors import BadInputError, StoreError

ROOT = Path(__file__).resolve().parent.parent
RTE = "s3-bifurquer-en-responsabilite-territoriale-des-entreprises"

# Dev pairs for GROUP_COSINE: the same question (across French and English, reworded) and
# different questions that share words or a pattern ("Qui est X ?" / "Qui est Y ?").
SAME = [
    ("Qui présente la RTE ?", "Who presents the RTE talk?"),
    ("Que signifie RTE ?", "What does RTE stand for?"),
    ("Qui est Thomas Chippendale ?", "Who was Thomas Chippendale?"),
    ("Qu'est-ce qu'un tiers lieu ?", "What is a third place (tiers lieu)?"),
    ("Quand commence la session ?", "À quelle heure commence la session ?"),
    ("D'où vient Olivier Landau ?", "Where does Olivier Landau work?"),
    ("Quel est le rôle des designers dans la filière bois ?",
     "How do designers help the wood industry?"),
    ("Qu'est-ce que l'usine distribuée ?", "What is the distributed factory?"),
    ("Qui est Caroline Granier ?", "Who is Caroline Granier?"),
    ("Les FabLabs relocalisent-ils la production ?", "Do fablabs bring production back locally?"),
    ("Qui parle de la responsabilité territoriale des entreprises ?",
     "Who talks about territorial corporate responsibility?"),
    ("C'est quoi un FabLab ?", "What is a FabLab?"),
    ("Où travaille Maryline Filippi ?", "Maryline Filippi travaille où ?"),
    ("Quel est le titre de l'intervention de Véronique Maire ?",
     "What is Véronique Maire's talk called?"),
    ("qui presente la rte", "Qui présente la RTE ?"),  # a known miss: USE reads case and accents
]  # fmt: skip
DIFFERENT = [
    ("Qui présente la RTE ?", "Qui présente L'usine distribuée ?"),
    ("Que signifie RTE ?", "Qui est Thomas Chippendale ?"),
    ("Quand commence la session ?", "Où a lieu la session ?"),
    ("Qui est Caroline Granier ?", "Qui est Camille Etévé ?"),
    ("What is the distributed factory?", "What is territorial responsibility of companies?"),
    ("Quel est le rôle des designers dans la filière bois ?",
     "Quels programmes d'investissement industriel existent ?"),
    ("Qu'est-ce qu'un tiers lieu ?", "Qu'est-ce que l'éco-conception ?"),
    ("D'où vient Olivier Landau ?", "D'où vient Véronique Maire ?"),
    ("Who presents the RTE talk?", "Who presents the talk on investment programmes?"),
    ("Quelle est la capitale de l'Australie ?", "Qui présente la RTE ?"),
    ("Qui est Maryline Filippi ?", "Qui présente la RTE ?"),
    ("C'est quoi un FabLab ?", "C'est quoi une usine distribuée ?"),
    ("Where does Olivier Landau work?", "Where does Caroline Granier work?"),
    ("Qui présente la RTE ?", "Que signifie RTE ?"),  # known merges at 0.68: same topic, other
    ("Quand commence la session ?", "Quand finit la session ?"),  # question
]  # fmt: skip


def _cosines(embed_model: Any, pairs: list[tuple[str, str]]) -> np.ndarray:
    flat = [text for pair in pairs for text in pair]
    vectors = np.array(embed_model.get_text_embedding_batch(flat))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.einsum("ij,ij->i", vectors[0::2], vectors[1::2])


def _accuracy(same: np.ndarray, different: np.ndarray, threshold: float) -> float:
    right = int((same >= threshold).sum()) + int((different < threshold).sum())
    return right / (len(same) + len(different))


def test_group_threshold_is_the_best_split_of_the_dev_pairs(embed_model: Any) -> None:
    """GROUP_COSINE: among the thresholds that get the most dev pairs right, one of the highest
    (a false merge hides a question under another's label; a false split only shows two groups)."""
    same, different = _cosines(embed_model, SAME), _cosines(embed_model, DIFFERENT)
    grid = [round(t, 2) for t in np.arange(0.3, 0.95, 0.01)]
    scores = {t: _accuracy(same, different, t) for t in grid}
    best = max(scores.values())
    highest_best = max(t for t, score in scores.items() if score == best)
    assert _accuracy(same, different, GROUP_COSINE) == best
    assert highest_best - 0.02 <= GROUP_COSINE <= highest_best
    assert best >= 0.85
    assert same[0] >= GROUP_COSINE  # the example: one group across languages


def _feed(tmp_path: Path, extractive: Any, **options: Any) -> Feed:
    store = FeedStore(tmp_path / FEED_FILE)
    return Feed(store, extractive.deps.embed_model, extractive.catalog, FeedOptions(**options))


def _record(feed: Feed, assistant: Any, questions: list[str]) -> None:
    for question in questions:
        assert feed.record(question, assistant.ask(question)) is True


def test_questions_grouped_across_languages_with_talks_and_answered(
    tmp_path: Path, extractive: Any
) -> None:
    feed = _feed(tmp_path, extractive)
    _record(feed, extractive, [
        "Qui présente la RTE ?",
        "Quelle est la capitale de l’Australie ?",
        "Who presents the RTE talk?",
        "Qui est Caroline Granier ?",
    ])  # fmt: skip
    groups = {g.label: g for g in feed.groups()}
    assert len(groups) == 3
    rte = next(g for g in groups.values() if g.count == 2)
    assert sorted(rte.questions) == ["Qui présente la RTE ?", "Who presents the RTE talk?"]
    assert rte.talk_ids == [RTE] and rte.answered is True
    off_topic = groups["Quelle est la capitale de l’Australie ?"]
    assert off_topic.answered is False and off_topic.talk_ids == []
    assert groups["Qui est Caroline Granier ?"].talk_ids == [
        "s3-les-programmes-d-investissement-industriels"
    ]
    assert rte.to_json().keys() == {"label", "count", "questions", "talk_ids", "answered"}


# Dev list for QUOTE_COSINE: questions with the RTE abstract's sentence they are about, and
# questions the abstract does not address (their closest sentence must not be quoted).
RELATED = [
    (
        "Quel rôle jouent les territoires dans les transitions ?",
        "Répondre aux défis des transitions",
    ),
    ("What role do territories play in transitions?", "Répondre aux défis des transitions"),
    (
        "How does RTE differ from corporate social responsibility?",
        "D’une part, si la Responsabilité",
    ),
]
UNRELATED = ["Qui présente la RTE ?", "Who presents the RTE talk?", "Que signifie RTE ?"]


def test_quote_threshold_splits_related_from_unrelated_questions(extractive: Any) -> None:
    from assistant.feed import QUOTE_COSINE
    from assistant.lexicon import sentences

    model = extractive.deps.embed_model
    abstract = sentences(extractive.catalog().sources[f"abstract:{RTE}"].text)
    vectors = np.array(model.get_text_embedding_batch(abstract))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    def best(question: str) -> tuple[float, str]:
        v = np.array(model.get_text_embedding(question))
        scores = vectors @ (v / np.linalg.norm(v))
        return float(scores.max()), abstract[int(scores.argmax())]

    for question, start in RELATED:
        score, sentence = best(question)
        assert score >= QUOTE_COSINE and sentence.startswith(start), (question, score)
    for question in UNRELATED:
        assert best(question)[0] < QUOTE_COSINE, question


def test_a_group_becomes_a_moderation_question_quoting_its_abstract(
    tmp_path: Path, extractive: Any
) -> None:
    feed = _feed(tmp_path, extractive)
    _record(feed, extractive, [RELATED[0][0], RELATED[1][0]])
    (group,) = feed.groups()
    assert group.count == 2 and group.talk_ids == [RTE]
    text = feed.moderation(group, "fr")
    assert text.startswith("## Questions de modération\n\n1. Question du public (2×) :")
    quote = text.split("Vous écrivez : « ")[1].split(" »")[0]
    assert quote.startswith(RELATED[0][1])
    assert quote in extractive.catalog().sources[f"abstract:{RTE}"].text
    assert "[1] abstract of «Bifurquer en Responsabilité" in text and f"`abstract:{RTE}`" in text
    english = feed.moderation(group, "en")
    assert english.startswith("## Moderation questions\n\n1. Audience question (2×):")


def test_a_group_the_abstract_does_not_address_cites_the_talk(
    tmp_path: Path, extractive: Any
) -> None:
    feed = _feed(tmp_path, extractive)
    _record(feed, extractive, ["Qui présente la RTE ?", "Who presents the RTE talk?"])
    text = feed.moderation(feed.groups()[0], "fr")
    assert "Vous écrivez" not in text and f"`talk:{RTE}`" in text
    assert "(2×) sur « Bifurquer en Responsabilité Territoriale des Entreprises (RTE) » [1]" in text
    assert "sans résumé" not in text and "n’y répond pas" not in text


def test_a_group_about_a_talk_without_abstract_cites_the_talk(
    tmp_path: Path, extractive: Any
) -> None:
    feed = _feed(tmp_path, extractive)
    talk = "s3-design-industrie-et-territoire-integration-des"
    assert extractive.catalog().talks[talk].abstract_missing
    feed.store.add(Entry("Quels outils numériques pour la filière bois ?", False, (talk,)))
    text = feed.moderation(feed.groups()[0], "fr")
    assert "sur « Design, industrie et territoire" in text and f"`talk:{talk}`" in text
    assert "(le programme n’y répond pas)" in text and "sans résumé" in text
    no_talk = Entry("Quelle est la capitale de l’Australie ?", False)
    feed.clear()
    feed.store.add(no_talk)
    assert feed.moderation(feed.groups()[0], "en") == (
        "## Moderation questions\n\n1. Audience question (1×): «Quelle est la capitale de "
        "l’Australie ?» (the programme does not answer it)\n"
    )


def test_two_processes_and_a_reader_share_one_file(tmp_path: Path) -> None:
    path = tmp_path / "store" / FEED_FILE
    writer = (
        "import sys; from pathlib import Path; from assistant.feed import Entry, FeedStore\n"
        "store = FeedStore(Path(sys.argv[1]))\n"
        "for i in range(40): store.add(Entry(f'{sys.argv[2]} question {i}', i % 2 == 0))\n"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", writer, str(path), name], cwd=ROOT)
        for name in ("first", "second")
    ]
    reader = FeedStore(path)
    seen = 0
    while any(p.poll() is None for p in processes):
        seen = max(seen, len(reader.entries()))  # reads while both write
    assert [p.wait(timeout=60) for p in processes] == [0, 0]
    entries = reader.entries()
    assert len(entries) == 80 and seen <= 80
    assert {e.question.split()[0] for e in entries} == {"first", "second"}
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_retention_and_clear(tmp_path: Path) -> None:
    now = [1_000_000.0]
    store = FeedStore(tmp_path / FEED_FILE, retention_days=30, clock=lambda: now[0])
    store.add(Entry("old", True))
    now[0] += 29 * 86400
    store.add(Entry("recent", True))
    assert [e.question for e in store.entries()] == ["old", "recent"]
    now[0] += 2 * 86400
    assert [e.question for e in store.entries()] == ["recent"]
    assert store.clear() == 1 and store.entries() == []


def test_feed_off_records_nothing(tmp_path: Path, extractive: Any) -> None:
    feed = _feed(tmp_path, extractive, enabled=False)
    answer = extractive.ask("Qui présente la RTE ?")
    assert feed.record("Qui présente la RTE ?", answer) is False
    assert not (tmp_path / FEED_FILE).exists()


def test_an_unwritable_feed_never_fails_the_answer(
    tmp_path: Path, extractive: Any, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    feed = Feed(FeedStore(blocker / FEED_FILE), None, extractive.catalog)
    with caplog.at_level(logging.WARNING):
        assert (
            feed.record("Qui présente la RTE ?", extractive.ask("Qui présente la RTE ?")) is False
        )
    assert "SESSION_ASSISTANT_FEED=off" in caplog.text
    with pytest.raises(StoreError, match="check that the store folder is writable"):
        feed.groups()


def test_options_from_the_environment() -> None:
    assert FeedOptions.resolve({}) == FeedOptions(True, 30, None)
    options = FeedOptions.resolve({
        "SESSION_ASSISTANT_FEED": "off",
        "SESSION_ASSISTANT_FEED_RETENTION_DAYS": "7",
        "SESSION_ASSISTANT_ORGANISER_KEY": "k3y",
    })  # fmt: skip
    assert options == FeedOptions(False, 7, "k3y")
    assert (
        options.key_matches("k3y") and not options.key_matches("k3") and not options.key_matches("")
    )
    assert not FeedOptions().key_matches("")  # no key set: nothing matches
    with pytest.raises(BadInputError, match="SESSION_ASSISTANT_FEED_RETENTION_DAYS"):
        FeedOptions.resolve({"SESSION_ASSISTANT_FEED_RETENTION_DAYS": "a month"})


def test_exports_markdown_and_csv(tmp_path: Path, extractive: Any) -> None:
    feed = _feed(tmp_path, extractive)
    feed.store.add(Entry("Qui présente la RTE ?", True, (RTE,)))
    feed.store.add(Entry("Who presents the RTE talk?", True, (RTE,)))
    feed.store.add(Entry('=HYPERLINK("http://x")', False))
    groups = feed.groups()
    markdown = export_markdown(groups, extractive.catalog(), "fr")
    assert markdown.startswith("# Questions du public")
    assert "(2)" in markdown and "« Bifurquer en Responsabilité Territoriale" in markdown
    assert "non (bonne question pour l’intervenant·e)" in markdown
    rows = list(csv.DictReader(io.StringIO(export_csv(groups))))
    assert len(rows) == 3 and {r["count"] for r in rows} == {"2", "1"}
    assert {r["question"] for r in rows if r["group"] == "1"} == {
        "Qui présente la RTE ?", "Who presents the RTE talk?"
    }  # fmt: skip
    assert any(r["question"].startswith("'=HYPERLINK") for r in rows)


def test_build_feed_uses_the_store_folder_and_loads_nothing(tmp_path: Path) -> None:
    from assistant.deps import build_deps
    from assistant.settings import Settings

    deps = build_deps(Settings.resolve(env={}, store=str(tmp_path / "s"), llm="extractive"))
    feed = build_feed(deps, options=FeedOptions())
    assert feed.store.path == tmp_path / "s" / FEED_FILE and not feed.store.path.exists()
    code = (
        "import sys, assistant.feed\n"
        "print('sentence_transformers' in sys.modules, 'gradio' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.split() == ["False", "False"]
