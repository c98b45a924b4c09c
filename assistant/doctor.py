"""`session-assistant doctor`: is everything here to answer questions, and if not, what to do.

Checks the store, the embedding model and the answer model (the local model is started in its
supervised worker and writes a few tokens, so a crash in llama.cpp shows here as a failed check,
not as a dead command), and reports the CPU features llama.cpp cares about.
"""

from __future__ import annotations

import platform
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.errors import SessionAssistantError

CPU_FLAGS = {"avx2": "AVX2", "avx512f": "AVX-512", "amx_tile": "AMX"}
FALLBACK_FIX = (
    "answer without it: `--llm extractive` (quotes the programme), or `--llm openai` with a "
    "model server on another machine (README, 'When the local model cannot run')"
)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _cpuinfo() -> str:
    """Linux's /proc/cpuinfo; empty elsewhere (features then read as absent)."""
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def cpu_features(cpuinfo: str | None = None) -> dict[str, bool]:
    """Which of AVX2, AVX-512 and AMX this CPU has."""
    cpuinfo = _cpuinfo() if cpuinfo is None else cpuinfo
    match = re.search(r"^(?:flags|Features)\s*:\s*(.*)$", cpuinfo, re.M)
    flags = set(match.group(1).split()) if match else set()
    return {label: flag in flags for flag, label in CPU_FLAGS.items()}


def cpu_name(cpuinfo: str | None = None) -> str:
    cpuinfo = _cpuinfo() if cpuinfo is None else cpuinfo
    match = re.search(r"^model name\s*:\s*(.*)$", cpuinfo, re.M)
    return match.group(1).strip() if match else platform.processor() or platform.machine()


def cpu_check() -> Check:
    features = cpu_features()
    listed = ", ".join(f"{name} {'yes' if has else 'no'}" for name, has in features.items())
    detail = f"{cpu_name()} ({platform.machine()}): {listed}"
    if features.get("AMX"):
        detail += "; llama.cpp's AMX path is off (use_extra_bufts=False), it crashes on AMX CPUs"
    return Check("CPU", True, detail)


def llama_system_info() -> str:
    """llama.cpp's own summary of the CPU features it was built for, read in a child process."""
    code = "import llama_cpp; print(llama_cpp.llama_print_system_info().decode())"
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              timeout=120)  # fmt: skip
    except subprocess.TimeoutExpired:
        return "llama.cpp did not answer within 120 s"
    if done.returncode != 0:
        return f"unavailable (exit {done.returncode}): {done.stderr.strip()[-200:]}"
    return done.stdout.strip()


def store_check(assistant: Any) -> Check:
    store = assistant.deps.store
    try:
        catalog = assistant.catalog()
    except SessionAssistantError as exc:
        return Check("store", False, str(exc), "run `session-assistant ingest data/`")
    info = store.info()
    detail = (f"{store.config.describe()}: {len(catalog.sessions)} session(s), "
              f"{len(catalog.talks)} talks, {len(catalog.speakers)} speakers, ingested "
              f"{info.get('last_ingest', '?')}")  # fmt: skip
    return Check("store", True, detail)


def embedding_check(assistant: Any) -> Check:
    model = assistant.deps.embed_model
    start = time.perf_counter()
    try:
        vector = model.get_query_embedding("Qui présente la session ?")
    except SessionAssistantError as exc:
        return Check("embedding model", False, str(exc), "`make install` installs it")
    took = (time.perf_counter() - start) * 1000
    return Check("embedding model", True, f"{model.model_name}: {len(vector)} dimensions, "
                 f"loaded and used in {took:.0f} ms")  # fmt: skip


def answer_model_check(assistant: Any) -> Check:
    """Start the answer model and have it write a few tokens."""
    llm = assistant.deps.llm
    backend = assistant.backend
    if llm is None:
        from assistant import local_model

        if local_model.installed():
            return Check("answer model", True, "extractive: answers quote the programme")
        return Check("answer model", True, "extractive: the local model is not installed "
                     "(`make install` adds it)")  # fmt: skip
    start = time.perf_counter()
    try:
        reply = llm.sample("Réponds seulement : OK", max_tokens=8)
    except SessionAssistantError as exc:
        return Check(f"answer model ({backend})", False, str(exc), FALLBACK_FIX)
    took = time.perf_counter() - start
    if not reply.strip():
        return Check(f"answer model ({backend})", False, "it returned no text", FALLBACK_FIX)
    detail = f"{llm.model_label}: wrote {reply.strip()[:40]!r} in {took:.1f} s"
    if backend == "local":
        detail += f"; {llm.buffer_report()}"
    return Check(f"answer model ({backend})", True, detail)


def run(assistant: Any) -> list[Check]:
    checks = [cpu_check(), store_check(assistant), embedding_check(assistant)]
    try:
        checks.append(answer_model_check(assistant))
    finally:
        close = getattr(assistant.deps.llm, "close", None)
        if close:
            close()
    return checks
