"""Ingestion against a real Chroma, embedded and `chroma run`: idempotent, updates, deletions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from llama_index.core.embeddings import MockEmbedding
from test_programme_text import SESSION_4

from assistant.answer import Assistant
from assistant.deps import Deps
from conftest import SEED, stored_ids
from ingest.embeddings import make_embedding
from ingest.errors import StoreError
from ingest.pipeline import IngestReport, ingest
from ingest.store import ProgrammeStore, StoreConfig


def run(deps: Deps, *paths: Path, rebuild: bool = False) -> IngestReport:
    return ingest(list(paths), embed_model=deps.embed_model, store=deps.store, rebuild=rebuild)


def test_first_ingest_counts(deps: Deps, seed_dir: Path) -> None:
    report = run(deps, seed_dir)
    assert (report.sessions, report.talks, report.speakers) == (1, 4, 5)
    assert len(report.added) == 12 and report.unchanged == 0 and report.wrote
    info = deps.store.info()
    assert info["nodes"] == 12
    assert info["embed_model"] == "use-multilingual-v3" and info["embed_dim"] == 512
    assert "last_ingest" in info


def test_three_runs_leave_identical_ids_and_counts(deps: Deps, seed_dir: Path) -> None:
    run(deps, seed_dir)
    ids = stored_ids(deps.store)
    for _ in range(2):
        report = run(deps, seed_dir)
        assert not report.wrote
        assert report.unchanged == 12
        assert "nothing written" in report.summary()
        assert stored_ids(deps.store) == ids
    assert deps.store.info()["nodes"] == 12


def test_a_changed_talk_is_updated(deps: Deps, seed_dir: Path) -> None:
    run(deps, seed_dir)
    programme = seed_dir / SEED.name
    text = programme.read_text(encoding="utf-8")
    programme.write_text(text.replace("Répondre aux défis", "Relever les défis"), encoding="utf-8")
    report = run(deps, seed_dir)
    assert report.updated == [
        "abstract:s3-bifurquer-en-responsabilite-territoriale-des-entreprises"
    ]
    assert not report.added and not report.deleted and report.unchanged == 11
    stored = deps.store.collection().get(ids=report.updated, include=["documents"])
    assert stored["documents"][0].startswith("Relever les défis")
    assert deps.store.info()["nodes"] == 12


def test_a_removed_talk_is_deleted(deps: Deps, seed_dir: Path) -> None:
    run(deps, seed_dir)
    programme = seed_dir / SEED.name
    text = programme.read_text(encoding="utf-8")
    cut = text.index("Camille Etévé")
    programme.write_text(text[:cut], encoding="utf-8")
    report = run(deps, seed_dir)
    assert report.deleted == [
        "bio:camille-eteve",
        "bio:caroline-granier",
        "talk:s3-les-programmes-d-investissement-industriels",
    ]
    assert "session:s3" in report.updated  # its talk count changed
    assert deps.store.info()["nodes"] == 9
    assert not any("investissement" in i for i in stored_ids(deps.store))


def test_a_file_removed_from_the_folder_is_deleted(deps: Deps, seed_dir: Path) -> None:
    (seed_dir / "session-4.txt").write_text(SESSION_4, encoding="utf-8")
    report = run(deps, seed_dir)
    assert report.sessions == 2 and report.talks == 7
    (seed_dir / "session-4.txt").unlink()
    report = run(deps, seed_dir)
    assert all(
        i.startswith(("session:s4", "talk:s4", "abstract:s4", "bio:")) for i in report.deleted
    )
    assert len(report.deleted) == 1 + 3 + 2 + 4
    assert deps.store.info()["nodes"] == 12


def test_ingesting_another_path_keeps_what_came_from_elsewhere(
    deps: Deps, seed_dir: Path, tmp_path: Path
) -> None:
    run(deps, seed_dir)
    other = tmp_path / "other"
    other.mkdir()
    (other / "session-4.txt").write_text(SESSION_4, encoding="utf-8")
    report = run(deps, other)
    assert not report.deleted
    assert deps.store.info()["nodes"] == 12 + 10


def test_another_embedding_model_is_refused(deps: Deps, seed_dir: Path) -> None:
    run(deps, seed_dir)
    ids = stored_ids(deps.store)
    deps.embed_model = make_embedding("minilm")
    with pytest.raises(StoreError, match=r"embedded with 'use-multilingual-v3'.*--rebuild"):
        run(deps, seed_dir)
    with pytest.raises(StoreError, match="embedded with 'use-multilingual-v3'"):
        Assistant(deps).ask("De quoi parle l’usine distribuée ?")
    assert stored_ids(deps.store) == ids
    report = run(deps, seed_dir, rebuild=True)
    assert len(report.added) == 12
    assert deps.store.info()["embed_model"] == "all-MiniLM-L6-v2"


def test_retrieval_finds_the_talk_across_languages(deps: Deps, seed_dir: Path) -> None:
    run(deps, seed_dir)
    hits = (
        Assistant(deps)
        .retriever()
        .retrieve("Which talk is about the territorial responsibility of companies?", k=3)
    )
    assert any(str(h.source.metadata.get("talk", "")).startswith("Bifurquer") for h in hits)


def test_documents_are_ingested_beside_the_programme(deps: Deps, seed_dir: Path) -> None:
    (seed_dir / "notes.md").write_text("# Notes\n\nLe FabLab de Reims ouvre en mars.\n")
    shutil.copy(SEED, seed_dir / "copy-elsewhere.csv.bak")  # unsupported: skipped in a folder
    report = run(deps, seed_dir)
    assert report.documents == 1
    assert [p.name for p in report.skipped_files] == ["copy-elsewhere.csv.bak"]
    docs = [i for i in stored_ids(deps.store) if i.startswith("doc:")]
    assert len(docs) == 1


def test_a_running_assistant_picks_up_a_reingested_programme(deps: Deps, seed_dir: Path) -> None:
    run(deps, seed_dir)
    assistant = Assistant(deps)
    assert "Olivier Landau" in assistant.ask("Qui présente « L’usine distribuée » ?").answer
    programme = seed_dir / SEED.name
    text = programme.read_text(encoding="utf-8").replace("Olivier Landau", "Olivia Landau")
    programme.write_text(text, encoding="utf-8")
    run(deps, seed_dir)
    assert "Olivia Landau" in assistant.ask("Qui présente « L’usine distribuée » ?").answer


def test_more_nodes_than_one_chroma_call_takes_are_all_stored(
    store_config: StoreConfig, tmp_path: Path
) -> None:
    # Chroma refuses more than get_max_batch_size() records in one call (5,461 on the embedded
    # store); a programme over that size is written in batches. The vectors come from a small
    # deterministic model: the batching is about Chroma, and the real model would spend minutes.
    store = ProgrammeStore(store_config)
    limit = store.max_batch()
    talks = [{"title": f"Atelier {n}", "abstract": f"Résumé numéro {n}.",
              "speakers": [{"name": f"Intervenant {n}", "bio": f"Biographie {n}."}]}
             for n in range((limit + 400) // 3)]  # fmt: skip
    programme = tmp_path / "big.json"
    programme.write_text(json.dumps({"sessions": [{"title": "Grande", "talks": talks}]}),
                         encoding="utf-8")  # fmt: skip
    small = MockEmbedding(embed_dim=8)
    report = ingest([programme], embed_model=small, store=store)
    assert len(report.added) > limit
    assert store.info()["nodes"] == len(report.added)
    again = ingest([programme], embed_model=small, store=store)
    assert not again.wrote and again.unchanged == len(report.added)
    if store_config.host:
        store.drop()


def test_the_data_folder_holds_one_programme_and_no_evaluation_text() -> None:
    """`make run` ingests data/: the question sets under data/eval/ must never become programme
    text (a .txt of off-topic questions there was ingested as a document once)."""
    from ingest.sources import load_sources

    found = load_sources([SEED.parent])
    assert [p.sessions[0].title for p in found.programmes] == [
        "Nouvelles Localités industrielles et production distribuée"
    ]
    assert not found.documents
    assert all(path.parent.name == "eval" for path in found.skipped)
