"""The plain llama-index default pipeline on the gold set, beside ours: recall@5 of the expected
source. The peer: SimpleDirectoryReader-style Document of data/session-3-programme.txt,
VectorStoreIndex with its default splitter, MiniLM, top-k 2. A peer chunk counts as a hit when it
contains the expected source's text (its abstract, or its title for a talk, the speaker's name for
a bio, the description's first sentence for the session).

    .venv/bin/python bench/peer_gold.py --store DIR   (a store where data/ was ingested)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.answer import Assistant
from assistant.catalog import Source
from assistant.condense import condense
from assistant.deps import build_deps
from assistant.evaluation import load_gold
from assistant.lexicon import language
from assistant.settings import Settings
from ingest.embeddings import make_embedding

ROOT = Path(__file__).resolve().parent.parent


def marker(source: Source) -> str:
    if source.kind == "abstract":
        return source.text[:80]
    if source.kind == "talk":
        return str(source.metadata["talk"])[:60]
    if source.kind == "bio":
        return str(source.metadata["speaker"])
    return (source.text.split("\n")[2] if source.text.count("\n") >= 2 else source.text)[:80]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    args = parser.parse_args()
    from llama_index.core import Document, VectorStoreIndex

    assistant = Assistant(build_deps(Settings.resolve(store=args.store, llm="extractive")))
    catalog = assistant.catalog()
    text = (ROOT / "data" / "session-3-programme.txt").read_text(encoding="utf-8")
    index = VectorStoreIndex.from_documents(
        [Document(text=text)], embed_model=make_embedding("minilm")
    )
    peer = index.as_retriever(similarity_top_k=2)
    chunks = len(index.docstore.docs)
    ours_hits, peer_hits = [], []
    for item in load_gold(ROOT / "data" / "eval" / "dev.jsonl"):
        if item.expect != "answer" or not item.sources:
            continue
        question = condense(item.question, item.history, catalog, language(item.question))
        found = {r.source.id for r in assistant.retriever().retrieve(question, 5)}
        ours_hits.append(bool(found & set(item.sources)))
        texts = [n.node.get_content() for n in peer.retrieve(question)]
        wanted = [marker(catalog.sources[s]) for s in item.sources if s in catalog.sources]
        peer_hits.append(any(m in t for m in wanted for t in texts))
    print(
        json.dumps(
            {
                "questions": len(ours_hits),
                "peer_chunks": chunks,
                "ours_recall@5": round(sum(ours_hits) / len(ours_hits), 3),
                "peer_recall@2": round(sum(peer_hits) / len(peer_hits), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
