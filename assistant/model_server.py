"""The local model behind an OpenAI-compatible HTTP API, in a process of its own.

`session-assistant serve`, `ask` and `eval` start it as a supervised child on loopback
(assistant/worker.py), so a crash in native code (llama.cpp) ends this process, never theirs.
`session-assistant model-server` runs it in the foreground, to be shared by several `serve`
processes through `--llm openai`.

Two llama.cpp settings matter on every x86-64 CPU:
- `use_extra_bufts = False`: no repacking of the q4_k weights into an "extra" buffer. On Intel CPUs
  with AMX that buffer is the AMX one, whose matrix multiply segfaults on the first generation
  (ggml-org/llama.cpp#20824). llama-cpp-python only exposes it on `llama_model_default_params()`,
  so that function is wrapped before the model loads.
- `logits_all = False`: llama-cpp-python's server computes the logits of every prompt token by
  default, which costs the vocabulary projection for each one; answers only need the last.

Requests are served one at a time and never interrupt each other (`interrupt_requests=False`).
Usage: python -m assistant.model_server --model FILE [--host H] [--port P] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from collections.abc import Sequence
from typing import Any

MODEL_ALIAS = "local"
CONTEXT = 4096


def safe_model_params(defaults: Any) -> Any:
    """llama.cpp's default model parameters with the extra (AMX / repack) buffers turned off."""
    params = defaults()
    params.use_extra_bufts = False
    return params


def disable_extra_buffers() -> None:
    """Make every model loaded in this process skip the extra buffer types (see the module doc)."""
    import llama_cpp.llama_cpp as native

    original = getattr(native, "_session_assistant_default_params", None)
    if original is None:
        original = native.llama_model_default_params
        native._session_assistant_default_params = original  # type: ignore[attr-defined]
    native.llama_model_default_params = lambda: safe_model_params(original)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="session-assistant model-server")
    parser.add_argument("--model", required=True, help="the GGUF file")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--ctx", type=int, default=CONTEXT)
    parser.add_argument("--parent", type=int, help="exit when this process is gone (supervised)")
    parser.add_argument(
        "--verbose", action="store_true", help="llama.cpp's load log and each request on stderr"
    )
    return parser


def build_app(model: str, threads: int, ctx: int = CONTEXT, verbose: bool = False) -> Any:
    disable_extra_buffers()
    from llama_cpp.server.app import create_app
    from llama_cpp.server.settings import ModelSettings, ServerSettings

    model_settings = ModelSettings(
        model=model,
        model_alias=MODEL_ALIAS,
        n_ctx=ctx,
        n_threads=threads,
        n_threads_batch=threads,
        n_batch=512,
        chat_format="chatml",
        logits_all=False,
        # No RAM cache of prompt states: saving one after every answer and loading it back cost
        # more (~1 s) than it saved; the prefix stays in the KV cache between questions anyway.
        cache=False,
        verbose=verbose,
    )
    server_settings = ServerSettings(interrupt_requests=False, disable_ping_events=True)
    return create_app(server_settings=server_settings, model_settings=[model_settings])


def exit_with_parent(parent: int, every: float = 0.5) -> None:
    """A supervised worker never outlives the app that started it (killed, or stopped without
    running its exit handlers): when its parent is gone, it ends too."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.parent:
        exit_with_parent(args.parent)
    import uvicorn

    app = build_app(args.model, args.threads, args.ctx, args.verbose)
    # --verbose (the supervised worker): one access-log line per request, as it starts.
    uvicorn.run(
        app, host=args.host, port=args.port, log_level="info" if args.verbose else "warning"
    )


if __name__ == "__main__":
    main()
