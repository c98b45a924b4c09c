"""Answer backends behind llama-index's LLM interface.

- `LocalLlamaCpp`: the packaged Qwen2.5-Coder-1.5B-Instruct GGUF run by llama.cpp in a supervised
  worker process (assistant/worker.py, assistant/model_server.py), greedy decoding. Starts on first
  use; a crash there is a `ModelCrashed` here, never a crash of this process.
- `OpenAICompatible`: any server speaking /v1/chat/completions (Ollama, vLLM, llama.cpp's server, a
  hosted API), streamed over SSE with httpx.
- `extractive` is not an LLM: `make_llm` returns None and the assistant quotes sentences instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseGen,
    LLMMetadata,
    MessageRole,
)
from llama_index.core.llms.custom import CustomLLM
from pydantic import PrivateAttr

from ingest.errors import ModelError

BACKENDS = ("local", "openai", "extractive")


class _StreamingChat(CustomLLM):
    """Everything derives from one streamed chat call."""

    max_tokens: int = 200
    context_window: int = 4096

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(
            context_window=self.context_window,
            num_output=self.max_tokens,
            is_chat_model=True,
            model_name=self.model_label,
        )

    @property
    def model_label(self) -> str:
        raise NotImplementedError

    def _stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        raise NotImplementedError

    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        plain = [{"role": m.role.value, "content": m.content or ""} for m in messages]

        def gen() -> ChatResponseGen:
            text = ""
            for delta in self._stream(plain):
                text += delta
                yield ChatResponse(
                    message=ChatMessage(role=MessageRole.ASSISTANT, content=text), delta=delta
                )

        return gen()

    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        final = ChatResponse(message=ChatMessage(role=MessageRole.ASSISTANT, content=""))
        for partial in self.stream_chat(messages):
            final = partial
        return final

    def stream_complete(
        self, prompt: str, formatted: bool = False, **kwargs: Any
    ) -> CompletionResponseGen:
        def gen() -> CompletionResponseGen:
            text = ""
            for delta in self._stream([{"role": "user", "content": prompt}]):
                text += delta
                yield CompletionResponse(text=text, delta=delta)

        return gen()

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        final = CompletionResponse(text="")
        for partial in self.stream_complete(prompt):
            final = partial
        return final


class OpenAICompatible(_StreamingChat):
    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 120.0

    @property
    def model_label(self) -> str:
        return f"{self.model} at {self.base_url}"

    def _stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        yield from self._deltas(messages, self.max_tokens)

    def sample(self, prompt: str, max_tokens: int = 8) -> str:
        """A short reply to one user message: proof that the model answers."""
        return "".join(self._deltas([{"role": "user", "content": prompt}], max_tokens))

    def warm(self, messages: list[dict[str, str]]) -> None:
        """Have a prompt evaluated once, so that a server that caches prefixes (llama.cpp) has
        the fixed part of the next prompts ready."""
        for _ in self._deltas(messages, max_tokens=1):
            pass

    def _deltas(self, messages: list[dict[str, str]], max_tokens: int) -> Iterator[str]:
        yield from self._post(self.base_url, messages, max_tokens)

    def _post(
        self, base_url: str, messages: list[dict[str, str]], max_tokens: int
    ) -> Iterator[str]:
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        body = {"model": self.model, "messages": messages, "stream": True, "temperature": 0.0,
                "max_tokens": max_tokens}  # fmt: skip
        url = base_url.rstrip("/") + "/chat/completions"
        answering = False
        try:
            with httpx.stream("POST", url, json=body, headers=headers, timeout=self.timeout) as r:
                answering = True
                if r.status_code != 200:
                    r.read()
                    raise ModelError(f"the OpenAI-compatible server at {url} answered "
                                     f"{r.status_code}: {r.text[:200]}")  # fmt: skip
                yield from _sse_deltas(r.iter_lines())
        except httpx.TimeoutException:
            raise ModelTimeout(
                f"the model at {url} sent nothing for {self.timeout:.0f} s; it may be overloaded"
            ) from None
        except httpx.HTTPError as exc:
            error = ModelError if answering else ModelUnreachable
            raise error(
                f"cannot reach the OpenAI-compatible server at {url} ({exc}); check "
                "SESSION_ASSISTANT_OPENAI_BASE_URL, or use --llm extractive"
            ) from None


class ModelUnreachable(ModelError):
    """The server never began answering this request: it was gone (or going) before it."""


class ModelTimeout(ModelError):
    """The server was there but sent nothing for `timeout` seconds: slow, not gone."""


class LocalLlamaCpp(OpenAICompatible):
    """The packaged model in a supervised worker process (assistant/worker.py), spoken to over
    its OpenAI-compatible API on loopback. A crash in llama.cpp ends the worker, not this process.
    """

    model_dir: str  # where the GGUF is assembled from its packages on first use
    n_threads: int = 2
    base_url: str = ""  # the worker's, known once it runs
    model: str = "local"
    # Its own machine's two cores may first read a long programme, after a restart too: a
    # slow laptop waits for it rather than being told the model failed.
    timeout: float = 300.0
    _worker: Any = PrivateAttr(default=None)
    _warmed: list[dict[str, str]] = PrivateAttr(default_factory=list)  # the prompt kept cached
    _progress: Any = PrivateAttr(default=None)
    # One worker serves one generation at a time, whoever asks (chat, API, modes).
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    def on_prepare(self, progress: Callable[[int, int], None]) -> None:
        """Report the model's first-time assembly (bytes done, bytes total)."""
        self._progress = progress

    @property
    def model_label(self) -> str:
        return "qwen2.5-coder-1.5b-instruct-q4_k_m (llama.cpp worker)"

    def worker(self) -> Any:
        if self._worker is None:
            import importlib.util

            if importlib.util.find_spec("llama_cpp") is None:
                raise ModelError(
                    "the local backend needs llama-cpp-python (`make install` builds it), "
                    "or use --llm extractive"
                )
            from assistant.local_model import ensure_model
            from assistant.worker import ModelWorker

            path = ensure_model(Path(self.model_dir), self._progress)
            self._worker = ModelWorker(path, self.n_threads)
        return self._worker

    def load(self) -> str:
        """Start the worker now (else on the first question); its base URL."""
        return str(self.worker().url())

    def close(self) -> None:
        if self._worker is not None:
            self._worker.stop()

    def buffer_report(self) -> str:
        """The weight buffers llama.cpp loaded into, from the worker's log (no AMX, no repack)."""
        worker = self.worker()
        try:
            log = worker.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "no worker log"
        kinds = sorted(set(re.findall(r"(\S+) model buffer size", log)))
        return "weights in " + (", ".join(kinds) or "an unreported buffer") + " (extra buffers off)"

    def _deltas(self, messages: list[dict[str, str]], max_tokens: int) -> Iterator[str]:
        with self._lock:
            worker = self.worker()
            for attempt in range(2):
                url = worker.url()  # a worker that cannot start says so, as it is
                try:
                    yield from self._post(url, messages, max_tokens)
                    break
                except ModelUnreachable:
                    # Gone before it saw this request (a question that waited while another
                    # answer crashed it): a restarted worker answers it, once.
                    if attempt == 0 and worker.ended(within=2.0):
                        continue
                    if worker.alive():
                        raise
                    raise self._crashed(worker) from None
                except ModelError:
                    # Died while reading or writing this answer: the programme's text now,
                    # not a second wait for a prompt that may crash it again.
                    if not worker.ended(within=2.0):
                        raise
                    raise self._crashed(worker) from None
        if self._warmed and messages[:1] != self._warmed[:1]:
            # Another system prompt (a moderation question) pushed the cached programme out of
            # llama.cpp's context: read it again now, not when the next person asks.
            threading.Thread(target=self._rewarm, name="re-warm", daemon=True).start()

    @staticmethod
    def _crashed(worker: Any) -> ModelError:
        from assistant.worker import ModelCrashed

        return ModelCrashed(
            f"the local model stopped mid-answer ({worker.exit_reason()}); "
            "it restarts for the next question"
        )

    def warm(self, messages: list[dict[str, str]]) -> None:
        self._warmed = messages
        super().warm(messages)

    def _rewarm(self) -> None:
        with contextlib.suppress(ModelError):
            super().warm(self._warmed)


def _sse_deltas(lines: Iterator[str]) -> Iterator[str]:
    """The text deltas of a streamed chat completion; a stream cut before [DONE] is an error."""
    for line in lines:
        if not line.startswith("data:"):
            continue
        payload = line[5:].strip()
        if payload == "[DONE]":
            return
        choices = json.loads(payload).get("choices") or [{}]
        delta = (choices[0].get("delta") or {}).get("content")
        if delta:
            yield delta
    raise ModelError("the model's answer stream ended before it was complete")


def default_threads() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
