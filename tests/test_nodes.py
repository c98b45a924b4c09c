"""Records → nodes: kinds, ids and the metadata a citation needs; nothing invented."""

from __future__ import annotations

from pathlib import Path

from llama_index.core.schema import MetadataMode

from conftest import SEED
from ingest.nodes import build_nodes
from ingest.sources import load_sources


def seed_nodes():
    return {n.id_: n for n in build_nodes(load_sources([SEED]))}


def test_seed_yields_one_node_per_record() -> None:
    nodes = seed_nodes()
    kinds = sorted(n.metadata["kind"] for n in nodes.values())
    assert kinds.count("session") == 1
    assert kinds.count("talk") == 4
    assert kinds.count("abstract") == 2  # the two missing abstracts have no abstract node
    assert kinds.count("bio") == 5
    assert len(nodes) == 12


def test_citation_metadata() -> None:
    node = seed_nodes()["abstract:s3-bifurquer-en-responsabilite-territoriale-des-entreprises"]
    meta = node.metadata
    assert meta["kind"] == "abstract"
    assert meta["talk"] == "Bifurquer en Responsabilité Territoriale des Entreprises (RTE)"
    assert meta["talk_id"] == "s3-bifurquer-en-responsabilite-territoriale-des-entreprises"
    assert meta["session"] == "Nouvelles Localités industrielles et production distribuée"
    assert meta["session_id"] == "s3"
    assert meta["speakers"] == "Maryline Filippi"
    assert meta["affiliations"] == "Bordeaux Sciences Agro et INRAE"
    assert meta["source"] == SEED.name and meta["source_path"] == str(SEED.resolve())
    assert meta["date"] == "18 décembre" and (meta["start"], meta["end"]) == ("16:30", "19:00")
    assert node.text.startswith("Répondre aux défis des transitions")  # the abstract's own words
    embedded = node.get_content(metadata_mode=MetadataMode.EMBED)
    assert "Maryline Filippi" in embedded and "content_hash" not in embedded


def test_missing_abstract_is_recorded_on_the_talk_node() -> None:
    nodes = seed_nodes()
    talk = nodes["talk:s3-les-programmes-d-investissement-industriels"]
    assert talk.metadata["abstract_missing"] is True
    assert "Résumé : non fourni dans le programme." in talk.text
    assert talk.metadata["speakers"] == "Camille Etévé; Caroline Granier"
    assert "abstract:s3-les-programmes-d-investissement-industriels" not in nodes
    landau = nodes["talk:s3-l-usine-distribuee"]
    assert landau.metadata["abstract_missing"] is False
    assert "non fourni" not in landau.text


def test_bios_only_restate_the_programme() -> None:
    bio = seed_nodes()["bio:caroline-granier"]
    assert bio.text.splitlines() == [
        "Caroline Granier, docteure en sciences économiques, chargée de projet "
        "(La fabrique de l’industrie)",
        "Intervient dans la session « Nouvelles Localités industrielles et production "
        "distribuée » : « Les programmes d’investissement industriels ».",
    ]
    assert bio.metadata["bio_provided"] is False
    assert bio.metadata["speaker"] == "Caroline Granier"


def test_ids_and_hashes_are_stable(tmp_path: Path) -> None:
    copy = tmp_path / SEED.name
    copy.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")

    def hashes() -> dict[str, str]:
        return {n.id_: n.metadata["content_hash"] for n in build_nodes(load_sources([copy]))}

    first = hashes()
    assert hashes() == first
    copy.write_text(copy.read_text().replace("Chippendale en", "Chippendale, en"))
    changed = hashes()
    assert changed.keys() == first.keys()
    assert {k for k in first if first[k] != changed[k]} == {"abstract:s3-l-usine-distribuee"}


def test_long_texts_are_chunked(tmp_path: Path) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text("\n\n".join(f"Paragraphe {i}. " + "mot " * 120 for i in range(6)))
    nodes = build_nodes(load_sources([doc]))
    assert len(nodes) > 1
    assert all(n.metadata["kind"] == "document" for n in nodes)
    assert [n.metadata["chunk"] for n in nodes] == list(range(len(nodes)))


def test_unknown_fields_reach_the_node_metadata(tmp_path: Path) -> None:
    programme = tmp_path / "p.yaml"
    programme.write_text(
        "sessions:\n- title: S\n  stream: https://example.org\n  talks:\n"
        "  - title: T\n    abstract: null\n    level: [intro, atelier]\n"
        "    speakers: [{name: Ada Lo, orcid: '0000'}]\n",
        encoding="utf-8",
    )
    nodes = {n.id_: n for n in build_nodes(load_sources([programme]))}
    assert nodes["session:s"].metadata["x_stream"] == "https://example.org"
    assert nodes["talk:s-t"].metadata["x_level"] == '["intro", "atelier"]'
    assert nodes["bio:ada-lo"].metadata["x_orcid"] == "0000"
