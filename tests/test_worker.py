"""The local model in its supervised worker: llama.cpp's extra (AMX/repack) buffers off, crashes
that never reach the app, restarts, one generation at a time, `doctor`, and a shared model server.

Crashes are real: the worker process gets SIGSEGV or SIGKILL while it writes an answer.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant import doctor, local_model, prompts
from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.llm import LocalLlamaCpp, ModelUnreachable
from assistant.settings import Settings
from assistant.worker import ModelCrashed, ModelWorker
from conftest import BIN, ROOT, SEED, _free_port, _wait_for
from ingest.errors import ModelError

MODEL_ROUTES = {"generated", "generated+quote", "fallback"}  # what a model answer may be

needs_local = pytest.mark.skipif(not local_model.installed(), reason="`make install` adds it")
CONTENT = "Qu’est-ce que les technologies numériques réactualisent selon Olivier Landau ?"
OTHER = "According to Filippi, what role do territories play in the transitions?"
AMX_CPUINFO = """processor\t: 0
model name\t: Intel(R) Xeon(R) Platinum 8480+
flags\t\t: fpu sse2 avx avx2 avx512f avx512_bf16 amx_bf16 amx_tile amx_int8
"""


def test_extra_buffers_are_off_for_every_model_loaded() -> None:
    """The parameter that avoids llama.cpp's AMX crash, read back from llama.cpp's own struct."""
    pytest.importorskip("llama_cpp")
    code = (
        "import llama_cpp.llama_cpp as n\n"
        "before = n.llama_model_default_params().use_extra_bufts\n"
        "from assistant.model_server import disable_extra_buffers\n"
        "disable_extra_buffers(); disable_extra_buffers()\n"
        "print(before, n.llama_model_default_params().use_extra_bufts)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.split() == ["True", "False"], done.stderr


def test_cpu_features_are_read_from_cpuinfo() -> None:
    assert doctor.cpu_features(AMX_CPUINFO) == {"AVX2": True, "AVX-512": True, "AMX": True}
    assert doctor.cpu_features("flags\t: fpu sse2 avx2\n")["AMX"] is False
    assert doctor.cpu_name(AMX_CPUINFO) == "Intel(R) Xeon(R) Platinum 8480+"


@pytest.fixture(scope="module")
def model_file() -> Path:
    return local_model.ensure_model(local_model.default_cache_dir())


@pytest.fixture(scope="module")
def local(seed_store: Path, embed_model: Any, model_file: Path) -> Iterator[Assistant]:
    deps = build_deps(Settings.resolve(env={}, store=str(seed_store), llm="local",
                                       model_dir=str(model_file.parent)))  # fmt: skip
    deps.embed_model = embed_model
    assistant = Assistant(deps)
    yield assistant
    assert isinstance(deps.llm, LocalLlamaCpp)
    deps.llm.close()


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed ingested by the CLI, for the processes these tests start (not shared with the
    test process's own embedded client)."""
    path = tmp_path_factory.mktemp("cli-store")
    done = subprocess.run([str(BIN / "session-assistant"), "ingest", "--quiet", "--store",
                           str(path), str(SEED)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return path


def _worker(assistant: Assistant) -> ModelWorker:
    llm = assistant.deps.llm
    assert isinstance(llm, LocalLlamaCpp)
    worker: ModelWorker = llm.worker()
    return worker


@needs_local
def test_the_worker_loads_the_weights_without_extra_buffers(local: Assistant) -> None:
    """On this CPU llama.cpp would repack the q4_k weights (CPU_REPACK; AMX on Intel Xeons):
    the worker's own load log shows it does not."""
    local.warm_up()
    log = _worker(local).log_path.read_text(encoding="utf-8", errors="replace")
    buffers = set(re.findall(r"(\S+) model buffer size", log))
    assert buffers and buffers <= {"CPU_Mapped", "CPU"}, buffers
    assert "AMX" not in " ".join(buffers) and "REPACK" not in " ".join(buffers)


@needs_local
def test_the_programme_is_read_again_after_another_prompt(local: Assistant) -> None:
    """A moderation question (another system prompt) evicts the cached programme; the worker
    is given it again at once, so the next attendee does not wait for it."""
    local.warm_up()
    log = _worker(local).log_path
    before = log.read_text(errors="replace").count("POST /v1/chat/completions")
    llm = local.deps.llm
    assert isinstance(llm, LocalLlamaCpp)
    llm.sample("Réponds seulement : OK")
    _when_generation_starts(log, before + 1)  # the sample, then the re-warm


def _kill_when_writing(assistant: Assistant, question: str, sig: int) -> Any:
    """Ask, and send `sig` to the worker as soon as the first words are on screen."""
    worker = _worker(assistant)
    final = None
    for partial in assistant.stream(question):
        if partial.route == "generating" and partial.answer and worker.alive():
            os.kill(worker.pid or 0, sig)
        final = partial
    return final


@needs_local
@pytest.mark.parametrize("sig", [signal.SIGSEGV, signal.SIGKILL])
def test_a_worker_crash_mid_answer_gives_the_programme_text_then_the_model_returns(
    local: Assistant, sig: int
) -> None:
    local.warm_up()
    starts = _worker(local).starts
    crashed = _kill_when_writing(local, CONTENT, sig)
    assert crashed.route == "fallback" and not crashed.refused
    assert crashed.answer.startswith(prompts.MODEL_DOWN["fr"])
    assert crashed.citations and "Chippendale" in crashed.answer
    assert _worker(local).exit_reason() in {f"signal {signal.Signals(sig).name}", "still running"}
    after = local.ask(CONTENT)
    assert _worker(local).starts == starts + 1
    assert after.route in MODEL_ROUTES and after.citations, after.answer
    assert prompts.MODEL_DOWN["fr"] not in after.answer  # the model answered again


@needs_local
def test_a_question_waiting_for_the_model_is_answered_by_the_restarted_worker(
    local: Assistant,
) -> None:
    """One generation at a time: the second question waits; the crash of the first costs it
    nothing but the restart."""
    local.warm_up()
    results: dict[str, Any] = {}

    def second() -> None:
        time.sleep(0.3)  # asks while the first is being written
        results["second"] = local.ask(OTHER)

    waiting = threading.Thread(target=second)
    waiting.start()
    results["first"] = _kill_when_writing(local, CONTENT, signal.SIGSEGV)
    waiting.join(timeout=300)
    assert results["first"].answer.startswith(prompts.MODEL_DOWN["fr"])
    answered = results["second"]
    assert answered.route in MODEL_ROUTES and answered.citations, answered.answer
    assert prompts.MODEL_DOWN["en"] not in answered.answer


class _DyingWorker:
    """A worker whose process is gone: what `LocalLlamaCpp` sees after a crash."""

    def __init__(self) -> None:
        self.urls = 0

    def url(self) -> str:
        self.urls += 1  # the real one restarts a dead process here
        return f"http://127.0.0.1:1/v{self.urls}"

    def ended(self, within: float = 1.0) -> bool:
        return True

    def alive(self) -> bool:
        return False

    def exit_reason(self) -> str:
        return "signal SIGSEGV"


REFUSED, CUT = "refused", None  # no live worker behind the port / the stream cut


class _Scripted(LocalLlamaCpp):
    """The real retry logic over scripted streams: one list of deltas per call, where REFUSED
    means no live worker took the request and CUT that the stream broke there."""

    def _post(self, base_url: str, messages: Any, max_tokens: int) -> Iterator[str]:
        script = self._script.pop(0)  # type: ignore[attr-defined]
        for item in script:
            if item is REFUSED:
                raise ModelUnreachable("connection refused")
            if item is CUT:
                raise ModelError("stream cut")
            yield item


def _scripted(*scripts: list[str | None]) -> tuple[_Scripted, _DyingWorker]:
    llm = _Scripted(model_dir="unused")
    worker = _DyingWorker()
    llm._worker = worker
    object.__setattr__(llm, "_script", list(scripts))
    return llm, worker


def test_a_worker_gone_before_the_request_is_restarted_for_that_answer() -> None:
    """A question that waited while another answer crashed the worker meets a dying process:
    it is not given the programme-text fallback, the restarted worker writes it."""
    llm, worker = _scripted([REFUSED], ["O", "K"])
    assert llm.sample("ok?") == "OK"
    assert worker.urls == 2


@pytest.mark.parametrize("script", [["Le", CUT], [CUT]], ids=["writing", "reading"])
def test_a_worker_that_dies_on_this_answer_is_a_crash_and_is_not_retried(script: list) -> None:
    """Words already on screen are not written twice, and a prompt that may have crashed it is
    not read again (a minute on a large programme): the answer falls back at once."""
    llm, worker = _scripted(script, ["never"])
    with pytest.raises(ModelCrashed, match="SIGSEGV"):
        llm.sample("ok?")
    assert worker.urls == 1


def test_a_worker_gone_again_on_the_retry_is_a_crash() -> None:
    llm, worker = _scripted([REFUSED], [REFUSED], ["never"])
    with pytest.raises(ModelCrashed):
        llm.sample("ok?")
    assert worker.urls == 2


@needs_local
def test_a_question_sent_as_the_worker_dies_is_answered_by_the_restarted_worker(
    local: Assistant,
) -> None:
    """Killed and asked at once, before the kernel has reaped the process."""
    local.warm_up()
    worker = _worker(local)
    starts = worker.starts
    llm = local.deps.llm
    assert isinstance(llm, LocalLlamaCpp)
    os.kill(worker.pid or 0, signal.SIGKILL)
    assert llm.sample("Réponds seulement : OK").strip()
    assert worker.starts == starts + 1


def _worker_pid(parent: int, seconds: float = 120) -> int:
    """The model worker started by process `parent`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for task in Path(f"/proc/{parent}/task").glob("*"):
            for pid in (task / "children").read_text().split():
                if "assistant.model_server" in Path(f"/proc/{pid}/cmdline").read_text():
                    return int(pid)
        time.sleep(0.2)
    raise AssertionError("no model worker started")


def _when_generation_starts(log: Path, before: int, seconds: float = 120) -> None:
    """Wait until the worker's log shows request number `before + 1` (logged as it starts)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace") if log.exists() else ""
        if text.count("POST /v1/chat/completions") > before:
            return
        time.sleep(0.05)
    raise AssertionError("the worker never started writing")


@needs_local
def test_an_ask_batch_goes_on_past_a_worker_crash(cli_store: Path, model_file: Path) -> None:
    env = {**os.environ, "SESSION_ASSISTANT_STORE": str(cli_store),
           "SESSION_ASSISTANT_MODEL_DIR": str(model_file.parent)}  # fmt: skip
    ask = subprocess.Popen([str(BIN / "session-assistant"), "ask", "--json", "--llm", "local"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, cwd=ROOT, env=env)  # fmt: skip
    assert ask.stdin is not None
    ask.stdin.write(f"{CONTENT}\nQui présente « L’usine distribuée » ?\n{OTHER}\n")
    ask.stdin.close()
    worker = _worker_pid(ask.pid)
    log = Path(f"/tmp/session-assistant-model-{ask.pid}.log")
    _when_generation_starts(log, 0)
    time.sleep(0.5)
    os.kill(worker, signal.SIGSEGV)
    assert ask.stdout is not None and ask.stderr is not None
    out, err = ask.stdout.read(), ask.stderr.read()
    assert ask.wait(timeout=600) == 0, err
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == 3
    assert answers[0]["answer"].startswith(prompts.MODEL_DOWN["fr"]) and answers[0]["citations"]
    assert "Olivier Landau" in answers[1]["answer"]
    assert answers[2]["citations"] and prompts.MODEL_DOWN["en"] not in answers[2]["answer"]


@needs_local
def test_serve_keeps_answering_when_its_worker_segfaults(cli_store: Path, model_file: Path) -> None:
    from gradio_client import Client

    port = _free_port()
    env = {**os.environ, "SESSION_ASSISTANT_STORE": str(cli_store),
           "SESSION_ASSISTANT_MODEL_DIR": str(model_file.parent)}  # fmt: skip
    app = subprocess.Popen([str(BIN / "session-assistant"), "serve", "--llm", "local", "--port",
                            str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        _wait_for(f"http://127.0.0.1:{port}/", seconds=180)
        log = Path(f"/tmp/session-assistant-model-{app.pid}.log")
        worker = _worker_pid(app.pid)
        _when_generation_starts(log, 0)  # the warm-up
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        job = client.submit(question=CONTENT, api_name="/ask")
        _when_generation_starts(log, 1)
        os.kill(worker, signal.SIGSEGV)
        crashed = job.result(timeout=300)
        assert crashed["answer"].startswith(prompts.MODEL_DOWN["fr"]) and crashed["citations"]
        assert app.poll() is None  # serve is still up
        after = client.predict(question=OTHER, api_name="/ask")
        assert after["citations"] and prompts.MODEL_DOWN["en"] not in after["answer"]
        restarted = _worker_pid(app.pid)
        assert restarted != worker  # answered by a new worker
        app.kill()  # no exit handlers run: the worker must notice on its own
        app.wait(timeout=60)
        _gone(restarted)
    finally:
        app.terminate()
        app.wait(timeout=60)


def _gone(pid: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        except OSError:
            return
        if state == "Z":  # ended, waiting to be reaped by init
            return
        time.sleep(0.2)
    raise AssertionError(f"the model worker {pid} outlived its app")


@needs_local
def test_doctor_reports_cpu_features_and_a_working_model(cli_store: Path, model_file: Path) -> None:
    env = {**os.environ, "SESSION_ASSISTANT_STORE": str(cli_store),
           "SESSION_ASSISTANT_MODEL_DIR": str(model_file.parent)}  # fmt: skip
    command = [str(BIN / "session-assistant"), "doctor", "--llm", "local"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"AVX2 (yes|no), AVX-512 (yes|no), AMX (yes|no)", done.stdout)
    assert "extra buffers off" in done.stdout and "ok   answer model (local)" in done.stdout
    assert "llama.cpp: CPU :" in done.stdout


def test_doctor_fails_with_the_fix_when_nothing_was_ingested(tmp_path: Path) -> None:
    env = {**os.environ, "SESSION_ASSISTANT_STORE": str(tmp_path / "empty")}
    command = [str(BIN / "session-assistant"), "doctor", "--llm", "extractive"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 1
    assert "FAIL store" in done.stdout and "fix: run `session-assistant ingest" in done.stdout
    assert "store failed" in done.stderr


@needs_local
def test_doctor_fails_with_the_fallback_when_the_model_cannot_run(
    tmp_path: Path, seed_store: Path, embed_model: Any
) -> None:
    """A model file llama.cpp cannot load: the worker dies, doctor says what to do instead."""
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 4096)
    deps = build_deps(Settings.resolve(env={}, store=str(seed_store), llm="local",
                                       model_dir=str(tmp_path)))  # fmt: skip
    deps.embed_model = embed_model
    assert isinstance(deps.llm, LocalLlamaCpp)
    deps.llm._worker = ModelWorker(broken, threads=1, log_path=tmp_path / "worker.log")
    check = doctor.answer_model_check(Assistant(deps))
    assert not check.ok
    assert "stopped while starting" in check.detail
    assert "--llm extractive" in check.fix


@needs_local
def test_scale_out_two_serve_processes_share_one_model_server(
    chroma_server: tuple[str, int], model_file: Path
) -> None:
    """One Chroma server, one `model-server`, two `serve` processes with `--llm openai`:
    answers written by the shared model, from both apps, asked at the same time."""
    from gradio_client import Client

    host, port = chroma_server
    store = ["--chroma-host", host, "--chroma-port", str(port), "--collection",
             f"model_{os.getpid()}"]  # fmt: skip
    done = subprocess.run([str(BIN / "session-assistant"), "ingest", "--quiet", *store, str(SEED)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr
    model_port = _free_port()
    env = {**os.environ, "SESSION_ASSISTANT_MODEL_DIR": str(model_file.parent),
           "SESSION_ASSISTANT_OPENAI_BASE_URL": f"http://127.0.0.1:{model_port}/v1",
           "SESSION_ASSISTANT_OPENAI_MODEL": "local"}  # fmt: skip
    model = subprocess.Popen([str(BIN / "session-assistant"), "model-server", "--port",
                              str(model_port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
    ports = [_free_port(), _free_port()]
    apps = [subprocess.Popen([str(BIN / "session-assistant"), "serve", *store, "--llm", "openai",
                              "--port", str(p)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL) for p in ports]  # fmt: skip
    try:
        _wait_for(f"http://127.0.0.1:{model_port}/v1/models", seconds=180)
        for p in ports:
            _wait_for(f"http://127.0.0.1:{p}/", seconds=180)
        jobs = [Client(f"http://127.0.0.1:{p}/", verbose=False).submit(question=q, api_name="/ask")
                for p, q in zip(ports, [CONTENT, OTHER], strict=True)]  # fmt: skip
        answers = [job.result(timeout=600) for job in jobs]
        for answer, lang in zip(answers, ["fr", "en"], strict=True):
            assert answer["backend"] == "openai" and answer["citations"], answer
            assert prompts.MODEL_DOWN[lang] not in answer["answer"]  # the shared model answered
        assert "Chippendale" in answers[0]["answer"]
    finally:
        for process in [*apps, model]:
            process.terminate()
            process.wait(timeout=60)
