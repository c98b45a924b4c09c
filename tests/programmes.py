"""Small invented programmes the tests ingest, and an assistant over any of them."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.answer import Assistant
from assistant.deps import build_deps
from assistant.settings import Settings
from ingest.pipeline import ingest


def assistant_over(programme: dict, folder: Path, embed_model) -> Assistant:
    """An extractive assistant over `programme`, ingested into a store under `folder`."""
    path = folder / "programme.json"
    path.write_text(json.dumps(programme, ensure_ascii=False), encoding="utf-8")
    deps = build_deps(Settings.resolve(env={}, store=str(folder / "store"), llm="extractive"))
    deps.embed_model = embed_model
    ingest([path], embed_model=embed_model, store=deps.store)
    return Assistant(deps)


# Classes read from the first blind set's failures, described without its questions (docs/eval.md):
# the session asked by its number or as "the session", and how many people give a talk.
NUMBERED = {
    "event": "Rencontres des communs",
    "sessions": [
        {
            "id": "s1",
            "number": 1,
            "title": "Ateliers de réparation",
            "description": "Cette session réunit des ateliers qui réparent des vélos et des "
            "machines à coudre. Elle interroge l’économie de la réparation.",
            "date": "12 mai",
            "start": "09:00",
            "end": "12:00",
            "talks": [
                {
                    "id": "velos",
                    "title": "Réparer les vélos du quartier",
                    "abstract": "Un atelier associatif répare deux cents vélos par an.",
                    "speakers": [{"name": "Paul Martin", "role": "mécanicien"}],
                },
                {
                    "id": "coudre",
                    "title": "Machines à coudre d’occasion",
                    "abstract": "Les machines à coudre anciennes se réparent avec des pièces "
                    "imprimées. L’atelier de couture a ouvert en 2019.",
                    "speakers": [{"name": "Lina Roche"}, {"name": "Marc Petit"}],
                },
            ],
        },
        {
            "id": "s2",
            "number": 2,
            "title": "Energy cooperatives",
            "description": "This session looks at citizen-owned wind farms and how villages "
            "finance them.",
            "talks": [
                {
                    "id": "wind",
                    "title": "Wind farms owned by villages",
                    "abstract": None,
                    "speakers": [
                        {"name": "Ada Klein"},
                        {"name": "Bo Larsen"},
                        {"name": "Cy Moreau"},
                    ],
                }
            ],
        },
    ],
}
