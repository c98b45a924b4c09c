"""What the assistant refuses before retrieval: attempts to change its rules or read its prompt,
and questions about kinds of facts a programme does not hold unless the sources show them."""

from __future__ import annotations

import re

from ingest.text import fold

_INJECTION = (
    r"\b(ignore|oublie|oubliez|disregard|forget|bypass|contourne)\b.{0,40}\b(instruction|"
    r"regle|rule|consigne|prompt|previous|precedent)|system prompt|prompt systeme|"
    r"(tes|vos|your) (instructions|regles|rules|consignes)|jailbreak|developer mode|"
    r"mode developpeur|(pretend|fais comme si|act as|agis comme)\b"
)

# A kind of fact: how a question asks for it, and what evidence of it looks like in a source.
ATTRIBUTES: dict[str, tuple[str, str]] = {
    # "s'adresse à" (is meant for) is a verb, not an address.
    "contact": (r"\b(e ?mail|courriel|telephone|phone|numero de|contact|(?<!s['’])adresse|"
                r"address)\b", r"@|\+?\d[\d .]{7,}|\brue\b"),
    "money": (r"\b(budget|prix|price|cout|cost|tarif|fee|salaire|salary|euros?|dollars?|"
              r"combien coute|how much|financement de combien)\b", r"\d+ ?(€|euros?|m€|k€)"),
    "web": (r"\b(site web|website|url|lien|link|twitter|linkedin|instagram|youtube)\b",
            r"https?://|www\."),
    "age": (r"\b(age|quel age|how old|ne en|nee en|born|naissance|birth)\b", r"\b(19|20)\d\d\b"),
    "count": (r"\b(combien de (personnes|participants|inscrits|places|fablabs?|tiers)|how many "
              r"(people|participants|attendees|seats|fablabs?))\b", r"\b\d+\b"),
    "works": (r"\b(livre|book|ouvrage|publie|published|publication|article|these|thesis|"
              r"prix nobel|award|recompense)\b", r"\b(livre|ouvrage|publi|these|article)"),
    "education": (r"\b(etudie|etudes|study|studied|studies|diplome|degree|formation|ecole|school|"
                  r"universite|university|phd)\b", r"\b(etudi|diplom|doctor|docteur|these|phd)"),
    "place": (r"\b(ou se (deroule|passe|tient)|quelle salle|which room|where (is|does) the "
              r"(session|seminar|event)|lieu|venue|amphi)\b", r"\b(salle|amphi|room|lieu)\b"),
}  # fmt: skip


def is_injection(question: str) -> bool:
    return bool(re.search(_INJECTION, fold(question)))


def missing_attribute(question: str, evidence: str) -> str | None:
    """The kind of fact asked for when no source shows any evidence of it."""
    folded_q, folded_e = fold(question), fold(evidence)
    for name, (asked, shown) in ATTRIBUTES.items():
        if re.search(asked, folded_q) and not re.search(shown, folded_e):
            return name
    return None
