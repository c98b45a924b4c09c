"""Small text helpers shared by the parsers."""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")


def clean_line(line: str) -> str:
    """NFC, non-breaking and repeated spaces folded, ends stripped."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", line)).strip()


def fold(text: str) -> str:
    """Lower case without accents: for matching, never for display. Called on every record at
    index time, so ASCII text (most of it) skips Unicode decomposition, and accents are dropped
    by one regex pass rather than a Python loop over every character."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    return _NON_ASCII.sub(_unless_combining, decomposed)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@functools.lru_cache(maxsize=4096)
def _without_mark(ch: str) -> str:
    return "" if unicodedata.combining(ch) else ch


def _unless_combining(match: re.Match[str]) -> str:
    return _without_mark(match.group())


def slugify(text: str, max_words: int = 8) -> str:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "-".join(words[:max_words]) or "untitled"


def unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


# Honorifics written before a name; never part of who a person is. "M." is left alone: it is as
# often an initial ("M. Landau") as "Monsieur".
_TITLES = r"(?:dr|dre|prof|pr|professor|professeur|professeure|docteur|doctor|mme|mrs|ms|mr)"
_LEADING_TITLES = re.compile(rf"^(?:{_TITLES}\.?\s+)+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def strip_titles(name: str) -> str:
    """'Dr. Jeanne Dupont' → 'Jeanne Dupont'; a name that is only a title is kept as it is."""
    stripped = _LEADING_TITLES.sub("", clean_line(name))
    return stripped or clean_line(name)


def person_key(name: str) -> str:
    """Who a name designates, whatever its case, accents, spacing, hyphens or leading title:
    'Florent PELLET', 'florent pellet' and 'Pr Florent Pellet' share the key 'florent pellet'."""
    words = re.findall(r"[^\W_]+", fold(strip_titles(name)))
    return " ".join(words) or fold(clean_line(name))


def display_name(spellings: list[str]) -> str:
    """The spelling to show for one person: the first written in ordinary case ('Florent Pellet'
    rather than 'Florent PELLET' or 'florent pellet'), without a leading title."""
    names = [strip_titles(s) for s in spellings]
    return min(names, key=_shouting)  # min is stable: the first of the best kind wins


def _shouting(name: str) -> int:
    """0: ordinary case; 1: a word in capitals; 2: all in one case."""
    words = _WORD.findall(name)
    if not words or name == name.lower() or name == name.upper():
        return 2
    return 1 if any(w.isupper() for w in words) else 0
