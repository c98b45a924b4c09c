"""Small text helpers shared by the parsers."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")


def clean_line(line: str) -> str:
    """NFC, non-breaking and repeated spaces folded, ends stripped."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", line)).strip()


def fold(text: str) -> str:
    """Lower case without accents: for matching, never for display."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str, max_words: int = 8) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words[:max_words]) or "untitled"


def unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
