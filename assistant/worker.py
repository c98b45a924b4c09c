"""The supervised model worker: assistant/model_server.py as a child process on loopback.

The app never loads llama.cpp itself. `ModelWorker.url()` starts the child on a free port the first
time, waits until it answers, and starts a new one whenever the last one has died (a segfault in
native code, the OOM killer, a kill). A death mid-answer surfaces as `ModelCrashed`, which the
answer path turns into the extractive answer with a one-line note; the next question gets a fresh
worker. The child's output (llama.cpp's load log included) goes to a log file whose tail is quoted
when it fails to start.
"""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from ingest.errors import ModelError

START_SECONDS = 180.0


class ModelCrashed(ModelError):
    """The model worker died while answering; it is restarted for the next question."""


class ModelWorker:
    def __init__(self, model_path: Path, threads: int, log_path: Path | None = None) -> None:
        self.model_path = model_path
        self.threads = threads
        self.log_path = log_path or Path(tempfile.gettempdir()) / (
            f"session-assistant-model-{os.getpid()}.log"
        )
        self.starts = 0  # how many processes were started (1 + restarts)
        self._process: subprocess.Popen[bytes] | None = None
        self._port = 0
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def ended(self, within: float = 1.0) -> bool:
        """Whether the worker has died, waiting up to `within` seconds for one that is dying: a
        process sent SIGSEGV or SIGKILL still answers `alive()` until the kernel has reaped it."""
        process = self._process
        if process is None:
            return True
        try:
            process.wait(timeout=within)
        except subprocess.TimeoutExpired:
            return False
        return True

    def exit_reason(self) -> str:
        """How the last worker ended, in words ("signal SIGSEGV", "exit code 1")."""
        code = self._process.poll() if self._process else None
        if code is None:
            return "still running"
        if code < 0:
            try:
                return f"signal {signal.Signals(-code).name}"
            except ValueError:
                return f"signal {-code}"
        return f"exit code {code}"

    def url(self) -> str:
        """The base URL of a running worker (/v1), started or restarted as needed."""
        with self._lock:
            if not self.alive():
                self._start()
            return f"http://127.0.0.1:{self._port}/v1"

    def stop(self) -> None:
        with self._lock:
            process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def _start(self) -> None:
        self._port = _free_port()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "assistant.model_server", "--model", str(self.model_path),
                   "--host", "127.0.0.1", "--port", str(self._port),
                   "--threads", str(self.threads), "--parent", str(os.getpid()),
                   "--verbose"]  # fmt: skip
        # A new log per process that supervises (pids are reused); restarts append to it.
        with self.log_path.open("ab" if self.starts else "wb") as log:
            self._process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        self.starts += 1
        if self.starts == 1:
            atexit.register(self.stop)
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        url = f"http://127.0.0.1:{self._port}/v1/models"
        while time.monotonic() < deadline:
            if not self.alive():
                raise ModelError(
                    f"the local model worker stopped while starting ({self.exit_reason()}): "
                    f"{self._log_tail()}; run `session-assistant doctor`, or use --llm extractive"
                )
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise ModelError(
            f"the local model worker did not answer within {START_SECONDS:.0f} s; "
            "run `session-assistant doctor`, or use --llm extractive"
        )

    def _log_tail(self, lines: int = 3) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "no log"
        tail = [line.strip() for line in text.splitlines() if line.strip()][-lines:]
        return " | ".join(tail) or "no output"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
