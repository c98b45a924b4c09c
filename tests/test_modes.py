"""Organiser and student modes on the seed and on a second, multi-talk fixture programme."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from test_programme_text import SESSION_4

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.modes import Item, moderate, review, review_markdown
from assistant.settings import Settings
from conftest import BIN, ROOT, SEED
from ingest.pipeline import ingest
from ingest.text import fold


@pytest.fixture(scope="module")
def two_sessions(tmp_path_factory: pytest.TempPathFactory, embed_model: Any) -> Assistant:
    folder = tmp_path_factory.mktemp("two-sessions")
    (folder / "s3.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "s4.txt").write_text(SESSION_4, encoding="utf-8")
    deps = build_deps(Settings.resolve(env={}, store=str(folder / "store"), llm="extractive"))
    deps.embed_model = embed_model
    ingest([folder], embed_model=embed_model, store=deps.store)
    return Assistant(deps)


def _quotes_are_in_cited_text(item: Item) -> bool:
    quotes = re.findall(r"«\s*(.+?)\s*»\s*\[(\d)\]", item.text)
    by_n = {c.n: c.text for c in item.citations}
    return all(q in by_n[int(n)] for q, n in quotes)


@pytest.mark.parametrize("fixture", ["extractive", "two_sessions"])
def test_moderation_for_each_talk_cites_that_talk(
    fixture: str, request: pytest.FixtureRequest
) -> None:
    assistant: Assistant = request.getfixturevalue(fixture)
    catalog = assistant.catalog()
    for talk_id, talk in catalog.talks.items():
        items = moderate(assistant, [talk_id], n=5)
        assert items, talk.title
        for item in items:
            assert item.talk_ids == [talk_id]
            assert all(
                c.source_id
                in {
                    f"talk:{talk_id}",
                    *[f"abstract:{talk_id}"],
                    "session:" + talk.session_id,
                    *[catalog.speakers[s].bio_id for s in talk.speakers],
                }
                for c in item.citations
            )
            assert _quotes_are_in_cited_text(item)
            assert item.flagged == talk.abstract_missing


def test_missing_abstracts_get_flagged_questions_and_nothing_invented(
    extractive: Assistant,
) -> None:
    items = moderate(extractive, ["s3-les-programmes-d-investissement-industriels"], n=5)
    assert all(i.flagged for i in items)
    assert any("Les programmes d’investissement industriels" in i.text for i in items)
    assert any("responsable du programme Territoire d’industrie" in i.text for i in items)
    assert all(i.citations and i.citations[0].kind in {"talk", "bio", "session"} for i in items)


def test_whole_session_has_cross_talk_questions_citing_both(two_sessions: Assistant) -> None:
    items = moderate(two_sessions, None, n=8)
    assert len(items) == 8
    cross = [i for i in items if i.kind == "cross"]
    assert cross
    for item in cross:
        assert len(item.citations) == 2 and len(set(item.talk_ids)) == 2
        assert {c.talk for c in item.citations} == {
            two_sessions.catalog().talks[t].title for t in item.talk_ids
        }
        assert _quotes_are_in_cited_text(item)
    quoted = [re.findall(r"«\s*(.+?)\s*»", i.text)[0] for i in items if "«" in i.text]
    assert len(quoted) == len(set(quoted))  # no two questions on the same sentence


def test_review_synthesis_glossary_quiz(extractive: Assistant) -> None:
    result = review(extractive, "fr", quiz_size=6)
    catalog = extractive.catalog()
    assert set(result.synthesis) == set(catalog.talks)
    missing = result.synthesis["s3-design-industrie-et-territoire-integration-des"]
    assert len(missing) == 1 and missing[0].flagged and "pas été fourni" in missing[0].text
    terms = {re.match(r"\*\*(.+?)\*\*", i.text).group(1): i for i in result.glossary}  # type: ignore[union-attr]
    assert "Responsabilité Territoriale des Entreprises" in terms["RTE"].text
    assert "FabLab" in terms and "pas de définition" in terms["FabLab"].text
    assert "IRI" not in terms  # an affiliation in parentheses is not an expansion
    assert len(result.quiz) == 6
    for item in result.quiz:
        assert item.answer is not None
        key = re.sub(r"\s*\[\d\]$", "", item.answer)
        assert fold(key) in fold(item.citations[0].text)  # the cited source holds the answer


def test_review_markdown_holds_every_citation(extractive: Assistant, tmp_path: Path) -> None:
    result = review(extractive, "en")
    markdown = review_markdown(result, extractive.catalog(), "en")
    items = [*result.glossary, *result.quiz, *[i for v in result.synthesis.values() for i in v]]
    for item in items:
        for c in item.citations:
            assert f"`{c.source_id}`" in markdown
    assert markdown.startswith("# Session review")


def test_cli_modes(seed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.md"
    base = [
        str(BIN / "session-assistant"),
        "ask",
        "--store",
        str(seed_store),
        "--llm",
        "extractive",
    ]
    result = subprocess.run(
        [*base, "--mode", "review", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").strip() == result.stdout.strip()
    moderation = subprocess.run(
        [*base, "--mode", "moderate", "--json", "-n", "3", "--talk", "s3-l-usine-distribuee"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert moderation.returncode == 0, moderation.stderr
    data = json.loads(moderation.stdout)
    assert data["mode"] == "moderate" and len(data["items"]) == 3
    assert all(
        i["citations"][0]["source_id"] == "abstract:s3-l-usine-distribuee" for i in data["items"]
    )


def test_mode_metrics(two_sessions: Assistant) -> None:
    from assistant.evaluation import evaluate_modes

    metrics = evaluate_modes(two_sessions)
    assert metrics["moderation_questions"] >= 20
    assert metrics["moderation_grounded"] == 1.0
    assert metrics["moderation_citations_correct"] == 1.0
    assert metrics["moderation_duplicates"] == 0
    assert metrics["quiz_answers_supported"] == 1.0
    assert metrics["glossary_grounded"] == 1.0


def test_cli_moderation_for_several_talks(seed_store: Path) -> None:
    talks = "s3-l-usine-distribuee,s3-bifurquer-en-responsabilite-territoriale-des-entreprises"
    result = subprocess.run(
        [str(BIN / "session-assistant"), "ask", "--store", str(seed_store), "--llm", "extractive",
         "--mode", "moderate", "--talk", talks, "-n", "6", "--json"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["items"]
    assert len(items) == 6
    assert {t for i in items for t in i["talk_ids"]} == set(talks.split(","))
    assert any(i["kind"] == "cross" for i in items)


def _moderate_cli(store: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "session-assistant"), "ask", "--store", str(store), "--llm", "extractive",
         "--mode", "moderate", "--json", *flags],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


@pytest.mark.parametrize("name", ["Maryline Filippi", "Etévé"])
def test_cli_moderation_for_a_speaker_cites_only_their_talks(
    seed_store: Path, extractive: Assistant, name: str
) -> None:
    catalog = extractive.catalog()
    speaker = catalog.find_speakers(name)[0]
    talk_ids = catalog.speakers[speaker].talk_ids
    allowed = {catalog.speakers[speaker].bio_id}
    for talk_id in talk_ids:
        talk = catalog.talks[talk_id]
        allowed |= {f"talk:{talk_id}", f"abstract:{talk_id}", f"session:{talk.session_id}"}
        allowed |= {catalog.speakers[s].bio_id for s in talk.speakers}  # co-speakers' roles
    result = _moderate_cli(seed_store, "--speaker", name, "-n", "6")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)["items"]
    assert items
    for item in items:
        assert set(item["talk_ids"]) <= set(talk_ids), item
        assert {c["source_id"] for c in item["citations"]} <= allowed, item


def test_cli_moderation_for_an_unknown_speaker_is_one_line_exit_2(seed_store: Path) -> None:
    result = _moderate_cli(seed_store, "--speaker", "Nobody Atall")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no speaker matches 'Nobody Atall'" in lines[0]
    assert "Maryline Filippi" in lines[0]  # the names one can use


def test_moderation_for_a_speaker_and_a_talk_they_do_not_give_is_an_error(
    extractive: Assistant,
) -> None:
    from assistant.modes import render
    from ingest.errors import BadInputError

    with pytest.raises(BadInputError, match="gives none of the talks s3-l-usine-distribuee"):
        render(extractive, "moderate", ["s3-l-usine-distribuee"], 3, "fr", "Maryline Filippi")


def test_moderation_for_a_session_keeps_to_its_talks(two_sessions: Assistant) -> None:
    from assistant.modes import render
    from ingest.errors import BadInputError

    catalog = two_sessions.catalog()
    for session_id in catalog.sessions:
        mine = {t for t, info in catalog.talks.items() if info.session_id == session_id}
        data = render(two_sessions, "moderate", None, 6, "fr", session_id=session_id).data
        assert data["items"]
        assert {t for i in data["items"] for t in i["talk_ids"]} <= mine
    first, second = list(catalog.sessions)[:2]
    other = next(t for t, info in catalog.talks.items() if info.session_id == second)
    with pytest.raises(BadInputError, match=f"session '{first}' has none of the talks {other}"):
        render(two_sessions, "moderate", [other], 3, "fr", session_id=first)


def test_cli_review_refuses_filters_it_would_ignore(seed_store: Path) -> None:
    result = subprocess.run(
        [str(BIN / "session-assistant"), "ask", "--store", str(seed_store), "--llm", "extractive",
         "--mode", "review", "--speaker", "Filippi"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 2 and result.stdout == ""
    assert "--mode review covers the whole programme" in result.stderr
