"""Free documents (.md, .txt, .pdf, .docx) become document nodes through llama-index readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from ingest.errors import BadInputError
from ingest.nodes import build_nodes
from ingest.sources import load_sources


def test_pdf_text_is_extracted(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "compte-rendu.pdf", ["Compte rendu de la session 3.",
                                                    "Le FabLab de Reims a ouvert."])  # fmt: skip
    sources = load_sources([pdf])
    assert len(sources.documents) == 1
    assert "FabLab de Reims" in sources.documents[0].text
    node = build_nodes(sources)[0]
    assert node.metadata["kind"] == "document" and node.metadata["source"] == "compte-rendu.pdf"


def test_docx_text_is_extracted(tmp_path: Path) -> None:
    docx = write_docx(tmp_path / "notes.docx", ["Notes de préparation", "Tiers-lieux & ateliers"])
    text = load_sources([docx]).documents[0].text
    assert "Notes de préparation" in text and "Tiers-lieux & ateliers" in text


def test_plain_text_that_is_no_programme_is_a_document(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Rappel : la salle change pour la session.", encoding="utf-8")
    sources = load_sources([note])
    assert not sources.programmes and len(sources.documents) == 1


def test_a_pdf_without_text_is_refused(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "scan.pdf", [])
    with pytest.raises(BadInputError, match=r"scan\.pdf: no text could be extracted"):
        load_sources([pdf])


def test_a_broken_docx_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(BadInputError, match=r"broken\.docx: cannot read this DOCX"):
        load_sources([broken])
