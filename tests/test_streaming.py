"""What the chat shows while a model writes, with a scripted model (the real one is in
test_llm.py and test_worker.py): checked sentences stay, an unsupported one is removed and the
removal said, a model that fails mid-answer gives the programme's text with a note, and the
programme rides in a fixed prompt prefix when it is short."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import Field

from assistant import prompts
from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.llm import ModelTimeout, OpenAICompatible, _sse_deltas, _StreamingChat
from assistant.prompting import ProgrammePrefix
from assistant.settings import Settings
from ingest.errors import ModelError

QUESTION = "Qu’est-ce que les technologies numériques réactualisent selon Olivier Landau ?"
SUPPORTED = (
    "Selon Olivier Landau, les technologies numériques réactualisent l’approche industrielle "
    "de Thomas Chippendale [3]. "
)
INVENTED = "Olivier Landau a fondé une usine de meubles à Lyon en 1990 [3]. "


class Scripted(_StreamingChat):
    """Streams a fixed text word by word; optionally fails after some words."""

    script: str
    fail_after: int | None = None
    seen: list[Any] = Field(default_factory=list)

    @property
    def model_label(self) -> str:
        return "scripted"

    def _stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        self.seen.append(messages)
        for i, word in enumerate(self.script.split(" ")):
            if self.fail_after is not None and i == self.fail_after:
                raise ModelError("the local model stopped mid-answer (signal SIGSEGV)")
            yield word + " "


def _assistant(seed_store: Path, embed_model: Any, llm: _StreamingChat) -> Assistant:
    settings = Settings.resolve(env={}, store=str(seed_store), llm="extractive")
    return Assistant(build_deps(settings, embed_model=embed_model, llm=llm))


def _prefix_number(assistant: Assistant, source_id: str) -> int:
    prefix = ProgrammePrefix.of(assistant.catalog())
    assert prefix is not None
    return [s.id for s in prefix.sources].index(source_id) + 1


def test_only_checked_sentences_stay_and_a_removal_is_said(seed_store: Path, embed_model) -> None:
    llm = Scripted(script="")
    assistant = _assistant(seed_store, embed_model, llm)
    n = _prefix_number(assistant, "abstract:s3-l-usine-distribuee")
    llm.script = (INVENTED + SUPPORTED).replace("[3]", f"[{n}]")
    partials = list(assistant.stream(QUESTION))
    final = partials[-1]
    assert final.route == "generated"
    assert "Chippendale" in final.answer and "Lyon" not in final.answer
    assert prompts.REMOVED["fr"] in final.answer
    assert [c.source_id for c in final.citations] == ["abstract:s3-l-usine-distribuee"]
    # Once the invented sentence is complete it is never shown again; the removal is said.
    after = [p.answer for p in partials if prompts.REMOVED["fr"] in p.answer]
    assert after and all("Lyon" not in text for text in after)
    assert partials[0].route == "generating" and partials[0].answer  # words from the first token


# True to the abstract, but not what the question asks (what the technologies renew).
OFF_TARGET = (
    "Selon Olivier Landau, l’alternative de Chippendale n’a pas été retenue par la révolution "
    "industrielle du 19° siècle [3]. "
)


def test_a_model_answer_that_loses_the_fact_gets_the_quote_added(
    seed_store: Path, embed_model
) -> None:
    """The local model is never worse than extractive: when its checked sentences miss what the
    best quote says, the quote follows, cited; when they say it, nothing is added."""
    llm = Scripted(script="")
    assistant = _assistant(seed_store, embed_model, llm)
    n = _prefix_number(assistant, "abstract:s3-l-usine-distribuee")
    llm.script = OFF_TARGET.replace("[3]", f"[{n}]")
    final = assistant.ask(QUESTION)
    assert final.route == "generated+quote"
    assert "révolution industrielle" in final.answer and "réactualisent" in final.answer
    assert [c.source_id for c in final.citations] == ["abstract:s3-l-usine-distribuee"]
    llm.script = SUPPORTED.replace("[3]", f"[{n}]")
    assert assistant.ask(QUESTION).route == "generated"


# True to Filippi's abstract, a list of kinds of territories: not the kinds of actors asked.
OTHER_LIST = (
    "Territoires apprenants, créatifs, laboratoires …, deviennent les lieux de co-création de "
    "solutions innovantes [3]. "
)
RTE_ABSTRACT = "abstract:s3-bifurquer-en-responsabilite-territoriale-des-entreprises"
THE_ACTORS = (
    "Ainsi, les logiques des acteurs, entreprises, collectivités territoriales, citoyens, se "
    "recomposent [3]. "
)


@pytest.mark.parametrize(
    "question",
    [
        "Dans la RTE, quels types d'acteurs voient leurs logiques se réorganiser ?",
        "In territorial responsibility, which kinds of actors see their logics recomposed?",
    ],
)
def test_the_quote_a_model_is_checked_against_is_the_list_that_answers(
    seed_store: Path, embed_model, question: str
) -> None:
    """Kinds asked of an abstract with two list sentences: the model's answer is checked
    against the list that shares the question's words, not the one read first."""
    llm = Scripted(script="")
    assistant = _assistant(seed_store, embed_model, llm)
    n = _prefix_number(assistant, RTE_ABSTRACT)
    llm.script = OTHER_LIST.replace("[3]", f"[{n}]")
    final = assistant.ask(question)
    assert final.route == "generated+quote" and "citoyens" in final.answer
    llm.script = THE_ACTORS.replace("[3]", f"[{n}]")
    assert assistant.ask(question).route == "generated"


def test_a_model_failing_mid_answer_gives_the_programme_text_with_a_note(
    seed_store: Path, embed_model
) -> None:
    llm = Scripted(script=SUPPORTED, fail_after=4)
    final = _assistant(seed_store, embed_model, llm).ask(QUESTION)
    assert final.route == "fallback" and not final.refused
    assert final.answer.startswith(prompts.MODEL_DOWN["fr"])
    assert final.citations and "Chippendale" in final.answer


def test_nothing_checked_is_a_plain_switch_to_the_programme_text(
    seed_store: Path, embed_model
) -> None:
    final = _assistant(seed_store, embed_model, Scripted(script=INVENTED)).ask(QUESTION)
    assert final.route == "fallback"
    assert final.answer.startswith(prompts.SWITCHED["fr"]) and final.citations


def test_a_model_that_declines_at_once_gives_the_programme_text_without_a_note(
    seed_store: Path, embed_model
) -> None:
    """Nothing was shown, so nothing is taken back: no note, just the programme's sentences."""
    llm = Scripted(script=prompts.NOT_IN_SOURCES)
    partials = list(_assistant(seed_store, embed_model, llm).stream(QUESTION))
    assert all(prompts.NOT_IN_SOURCES not in p.answer for p in partials)
    final = partials[-1]
    assert final.route == "fallback" and final.citations
    assert not final.answer.startswith("(") and "Chippendale" in final.answer


def test_a_short_programme_is_a_fixed_prefix_and_the_question_comes_after(
    seed_store: Path, embed_model
) -> None:
    llm = Scripted(script=SUPPORTED)
    assistant = _assistant(seed_store, embed_model, llm)
    assistant.ask(QUESTION)
    assistant.ask("What is the distributed factory about?")
    first, second = llm.seen[-2], llm.seen[-1]
    assert first[0] == second[0] and first[0]["role"] == "system"  # identical: cached once
    assert "Chippendale" in first[0]["content"]  # the whole programme is in it
    assert QUESTION in first[1]["content"] and "Chippendale" not in first[1]["content"]


def test_a_long_programme_or_a_filter_gets_excerpts(seed_store: Path, embed_model) -> None:
    from assistant.retrieval import Filters

    llm = Scripted(script=SUPPORTED)
    assistant = _assistant(seed_store, embed_model, llm)
    assert ProgrammePrefix.of(assistant.catalog(), max_chars=100) is None
    assistant.ask(QUESTION, filters=Filters(talk_id="s3-l-usine-distribuee"))
    system, user = llm.seen[-1]
    assert system["content"] == prompts.SYSTEM and '<source n="1">' in user["content"]


def test_a_stream_cut_before_its_end_is_an_error() -> None:
    lines = iter(['data: {"choices": [{"delta": {"content": "Bon"}}]}'])
    with pytest.raises(ModelError, match="ended before it was complete"):
        list(_sse_deltas(lines))


def test_how_many_answers_are_written_at_once(seed_store: Path, embed_model) -> None:
    """The local worker writes one at a time; a shared model server batches."""
    assistant = _assistant(seed_store, embed_model, Scripted(script=""))
    for backend, expected in (("local", 1), ("openai", 8), ("extractive", 4)):
        assistant.deps.settings = Settings.resolve(env={}, store=str(seed_store), llm=backend)
        assert assistant.parallel_answers == expected


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A real server on loopback that takes the request and never answers (an overloaded one)."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            held.append(conn)

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    listener.close()
    for conn in held:
        conn.close()


def test_a_server_that_sends_nothing_is_slow_not_stopped(silent_server: str) -> None:
    llm = OpenAICompatible(base_url=silent_server, model="m", timeout=1)
    with pytest.raises(ModelTimeout, match="sent nothing for 1 s"):
        llm.complete("bonjour")


def test_a_model_too_slow_to_answer_says_so_and_gives_the_programme_text(
    seed_store: Path, embed_model, silent_server: str
) -> None:
    llm = OpenAICompatible(base_url=silent_server, model="m", timeout=1)
    final = _assistant(seed_store, embed_model, llm).ask(QUESTION)
    assert final.route == "fallback" and not final.refused
    assert final.answer.startswith(prompts.MODEL_SLOW["fr"])
    assert prompts.MODEL_DOWN["fr"] not in final.answer
    assert final.citations and "Chippendale" in final.answer
