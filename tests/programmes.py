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


# Classes read from the second blind set's failures, described without its questions
# (docs/eval.md): a programme shaped like the seed (one session, two talks without an abstract,
# one talk given by two people).
TEXTILES = {
    "event": "Journées des filières",
    "sessions": [
        {
            "id": "s7",
            "number": 7,
            "title": "Filières textiles et fabrication partagée",
            "description": "Cette session interroge le retour des filières textiles dans les "
            "territoires ruraux. En quoi les ateliers partagés recomposent-ils la production "
            "locale ? Quels savoir-faire, quelles fragilités pour les artisans ?",
            "date": "12 mars",
            "start": "09:30",
            "end": "12:00",
            "talks": [
                {
                    "id": "lin",
                    "title": "Relocaliser la filière lin",
                    "abstract": "Au 20° siècle, les filatures du Nord ont fermé les unes après "
                    "les autres. Fermeture qui n’a jamais été compensée par les politiques "
                    "publiques. Aujourd’hui, les coopératives de teillage relancent la "
                    "transformation du lin à proximité des champs. L’exemple du pays de Caux "
                    "montre comment les agriculteurs reprennent la main sur la valeur ajoutée. "
                    "Relocaliser la filière lin suppose de nouveaux métiers et de nouvelles "
                    "machines. La filière lin devient ainsi un laboratoire de la relocalisation.",
                    "speakers": [
                        {
                            "name": "Jeanne Dupont",
                            "role": "ingénieure textile",
                            "affiliation": "Université de Lille",
                        }
                    ],
                },
                {
                    "id": "ateliers",
                    "title": "Ateliers partagés en milieu rural",
                    "abstract": None,
                    "speakers": [
                        {
                            "name": "Marc Olivier",
                            "role": "designer",
                            "affiliation": "FabLab de Rennes",
                        }
                    ],
                },
                {
                    "id": "aides",
                    "title": "Les aides régionales à la relocalisation",
                    "abstract": None,
                    "speakers": [
                        {
                            "name": "Sophie Renard",
                            "role": "chargée de mission économie circulaire",
                            "affiliation": "Région Bretagne",
                        },
                        {
                            "name": "Paul Martin",
                            "role": "docteur en géographie, chercheur associé",
                            "affiliation": "CNRS",
                        },
                    ],
                },
            ],
        }
    ],
}


def cited(answer) -> list[str]:
    """The source ids an answer cites, in order."""
    return [c.source_id for c in answer.citations]


def cards(answer) -> list[str]:
    """The speakers' cards an answer cites, in order (a card's line also cites the speaker's
    talk, for its title)."""
    return [c.source_id for c in answer.citations if c.source_id.startswith("bio:")]
