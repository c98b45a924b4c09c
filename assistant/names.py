"""Names a question gives that the programme never mentions ("Is Bernard Stiegler speaking?").

A name is two to four capitalised words in a row (particles such as « de » or "van" may join
them), outside quoted titles, frame words and calendar words. It is unknown to the programme
when none of its words, nor their stems, is written anywhere in the programme (texts, titles,
names, affiliations, rooms): then nothing the programme says is about it, and the answer says so
instead of quoting the nearest sentence about something else.
"""

from __future__ import annotations

import re

from assistant.catalog import Catalog
from assistant.lexicon import (
    STOP_DE,
    STOP_EN,
    STOP_FR,
    tokens,
    unelide,
    unpossessed,
    unquoted,
    words,
)
from ingest.text import fold

_CAPITALISED = re.compile(r"^[A-ZÀ-Þ][\w’'-]*$")
_PARTICLES = {"de", "du", "des", "d", "van", "von", "der", "den", "da", "di", "del", "la", "le"}
# Words capitalised for another reason than being a name.
_NOT_NAMES = set(
    "hey hi hello bonjour salut merci please thanks ok okay dear cher chere madame monsieur "
    "mr mrs ms dr pr prof professeur professor "
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi "
    "vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "january february march april may june july august september october november december "
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "januar februar marz juni juli oktober dezember morning afternoon evening matin soir "
    "session sessions talk talks room salle "
    # apologies and the speaker's own "I": "Sorry I'm late.", « Désolée, j'arrive »
    "sorry desole desolee pardon excuse excusez oops i i'm i’m im i've i’ve i'd i’d i'll "
    "i’ll".split()
)
_SKIP = {fold(w) for w in STOP_FR | STOP_EN | STOP_DE} | _NOT_NAMES
MIN_WORDS = 2
MAX_WORDS = 4


def name_spans(question: str) -> list[str]:
    """The question's runs of capitalised words that read as a name, as written."""
    spans: list[str] = []
    current: list[str] = []

    def close() -> None:
        while current and current[-1].lower() in _PARTICLES:
            current.pop()
        capitals = [w for w in current if w.lower() not in _PARTICLES]
        if MIN_WORDS <= len(capitals) <= MAX_WORDS:
            spans.append(" ".join(current))
        current.clear()

    for raw in unquoted(question).split():
        ends = bool(re.search(r"[^\w’'-]$", raw))
        word = unpossessed(unelide(raw.strip(',;:!?.()[]"«»“”')))
        capital = bool(_CAPITALISED.match(word)) and fold(word.lower()) not in _SKIP
        if capital or (current and word.lower() in _PARTICLES):
            current.append(word)
        else:
            close()
        if ends:
            close()
    close()
    return spans


def vocabulary(catalog: Catalog) -> set[str]:
    """Every word the programme writes anywhere, folded, and its stem (a plural or a feminine
    form of a programme's word is that word); built once per catalog."""
    found = catalog.derived.get("vocabulary")
    if not isinstance(found, set):
        found = set()
        for source in catalog.sources.values():
            fields = (v for v in source.metadata.values() if isinstance(v, str) and len(v) < 300)
            texts = [source.text, *fields]  # names, titles, rooms, affiliations
            for text in texts:
                found.update(_folded_words(text))
        found |= set(tokens(" ".join(sorted(found))))  # each distinct word stemmed once
        catalog.derived["vocabulary"] = found
    return found


def unknown_name(question: str, catalog: Catalog) -> str | None:
    """The first name in the question none of whose words the programme writes, if any."""
    known = vocabulary(catalog)
    for span in name_spans(question):
        words = [w for w in _folded_words(span) if w not in _PARTICLES]
        if words and not any(w in known or known.intersection(tokens(w)) for w in words):
            return span
    return None


def _folded_words(text: str) -> list[str]:
    plain = " ".join(unelide(w) for w in words(text))
    return re.findall(r"[^\W_]+", fold(plain))
