"""Answer backends behind llama-index's LLM interface.

- `LocalLlamaCpp`: llama-cpp-python running the packaged Qwen2.5-Coder-1.5B-Instruct GGUF with its
  ChatML template, threads = cores, greedy decoding. Loads on first use.
- `OpenAICompatible`: any server speaking /v1/chat/completions (Ollama, vLLM, llama.cpp's server, a
  hosted API), streamed over SSE with httpx.
- `extractive` is not an LLM: `make_llm` returns None and the assistant quotes sentences instead.
"""

from __future__ import annotations

import json
import os
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


class LocalLlamaCpp(_StreamingChat):
    model_dir: str  # where the GGUF is assembled from its packages on first use
    n_threads: int = 2
    _llama: Any = PrivateAttr(default=None)
    _progress: Any = PrivateAttr(default=None)
    # One llama.cpp context serves one generation at a time, whoever asks (chat, API, modes).
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    def on_prepare(self, progress: Callable[[int, int], None]) -> None:
        """Report the model's first-time assembly (bytes done, bytes total)."""
        self._progress = progress

    @property
    def model_label(self) -> str:
        return "qwen2.5-coder-1.5b-instruct-q4_k_m (llama.cpp)"

    def load(self) -> Any:
        if self._llama is None:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise ModelError(
                    "the local backend needs llama-cpp-python (`make install` builds it), "
                    "or use --llm extractive"
                ) from None
            from assistant.local_model import ensure_model

            path = ensure_model(Path(self.model_dir), self._progress)
            self._llama = Llama(
                model_path=str(path),
                n_ctx=self.context_window,
                n_threads=self.n_threads,
                n_batch=512,
                chat_format="chatml",
                verbose=False,
            )
        return self._llama

    def _stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        with self._lock:
            chunks = self.load().create_chat_completion(
                messages=messages, stream=True, temperature=0.0, max_tokens=self.max_tokens
            )
            for chunk in chunks:
                delta = chunk["choices"][0]["delta"].get("content")
                if delta:
                    yield delta


class OpenAICompatible(_StreamingChat):
    base_url: str
    model: str
    api_key: str | None = None
    timeout: float = 120.0

    @property
    def model_label(self) -> str:
        return f"{self.model} at {self.base_url}"

    def _stream(self, messages: list[dict[str, str]]) -> Iterator[str]:
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        body = {"model": self.model, "messages": messages, "stream": True, "temperature": 0.0,
                "max_tokens": self.max_tokens}  # fmt: skip
        url = self.base_url.rstrip("/") + "/chat/completions"
        try:
            with httpx.stream("POST", url, json=body, headers=headers, timeout=self.timeout) as r:
                if r.status_code != 200:
                    r.read()
                    raise ModelError(f"the OpenAI-compatible server at {url} answered "
                                     f"{r.status_code}: {r.text[:200]}")  # fmt: skip
                yield from _sse_deltas(r.iter_lines())
        except httpx.HTTPError as exc:
            raise ModelError(
                f"cannot reach the OpenAI-compatible server at {url} ({exc}); check "
                "SESSION_ASSISTANT_OPENAI_BASE_URL, or use --llm extractive"
            ) from None


def _sse_deltas(lines: Iterator[str]) -> Iterator[str]:
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


def default_threads() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
