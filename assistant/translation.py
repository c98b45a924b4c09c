"""Words of one language found in a text of another: the multilingual encoder places a word
near its translation ("link" / « lien »), which the literal measures (BM25, word overlap) miss."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from assistant.lexicon import STOP_DE, STOP_EN, STOP_FR, tokens, words
from ingest.text import fold

# Cosine of the encoder between a word and its translation, measured on the seed's words: link /
# lien 0.88, territory / territoire 0.91, aim / objectif 0.78, dyeing / teindre 0.77, mass
# production / production en série 0.75; unrelated pairs 0.23–0.39 (football / lien 0.24, capital /
# territoire 0.37). Missed: flax / lin 0.45, cabinetmaker / ébéniste 0.34.
WORD_COSINE = 0.7
# Ranking sentences by translated words asks for more: a word of another sense comes within 0.7
# of a sentence's word (close / proximité 0.74, according / suppose 0.75), true translations
# come at 0.85–0.96 (farmers / agriculteurs 0.88, policies / politiques 0.87, compensated /
# compensée 0.93, approach / approche 0.93, allow / permet 0.88).
RANK_WORD_COSINE = 0.8
# A cognate written otherwise (illustrate / « illustration » 0.71, whose stems differ) is a
# translation at the lower cosine (WORD_COSINE): the same first six letters and the encoder's
# agreement; a word of another sense rarely has both (information / informatique might: not
# measured).
COGNATE_PREFIX = 6


def surface(text: str) -> list[str]:
    """The text's content words as written (not stemmed, elisions cut: « l’usine » → usine),
    once each."""
    found = [re.sub(r"^(?:[ldjmnstc]|qu)['’]", "", w) for w in words(text)]
    kept = [w for w in found if len(w) > 2 and not w.isdigit() and w not in _STOP]
    return list(dict.fromkeys(kept))


_STOP = STOP_FR | STOP_EN | STOP_DE


def translated(
    asked: list[str],
    held: set[str],
    text: str,
    vectors: Any,
    threshold: float = WORD_COSINE,
    cognates: bool = False,
) -> dict[str, str]:
    """{stem of an `asked` word not already `held`: stem of its translation in `text`}."""
    return translated_among(asked, held, surface(text), vectors, threshold, cognates)


def translated_among(
    asked: list[str],
    held: set[str],
    written: list[str],
    vectors: Any,
    threshold: float = WORD_COSINE,
    cognates: bool = False,
    cognate_floor: float = WORD_COSINE,
) -> dict[str, str]:
    """{stem of an `asked` word not already `held`: stem of its translation among the `written`
    words (`surface` of a text)}; with `cognates`, a cognate at `cognate_floor` or more counts too
    (for ranking the sentences already found, not for finding them: on BreizhCamp it let an
    off-topic German question through retrieval)."""
    missing = [w for w in asked if tokens(w) and tokens(w)[0] not in held]
    candidates = [w for w in written if tokens(w)]
    if not (missing and candidates):
        return {}
    a = unit(vectors.get_text_embedding_batch(missing))
    b = unit(vectors.get_text_embedding_batch(candidates))
    cosines = a @ b.T
    found: dict[str, str] = {}
    for w, row in zip(missing, cosines, strict=True):
        best = int(row.argmax())
        if row[best] < threshold:
            near = [i for i in np.argsort(-row) if row[i] >= cognate_floor] if cognates else []
            best = next((int(i) for i in near if are_cognates(w, candidates[i])), -1)
        if best >= 0:
            found[tokens(w)[0]] = tokens(candidates[best])[0]
    return found


def are_cognates(a: str, b: str) -> bool:
    """The same first COGNATE_PREFIX letters, accents folded (\"industrial\", « industrielles »)."""
    x, y = fold(a).lower(), fold(b).lower()
    return len(x) >= COGNATE_PREFIX and x[:COGNATE_PREFIX] == y[:COGNATE_PREFIX]


def translates(phrase: str, text: str, vectors: Any) -> bool:
    """Whether `text` holds a translation of one of the phrase's content words."""
    return bool(translated(surface(phrase), set(), text, vectors))


def written_in(question: str, asked: set[str], text: str, vectors: Any) -> set[str]:
    """The `asked` stems (of the question's words) that `text` writes, or writes in translation
    (with `vectors`, which embeds words)."""
    found = asked & set(tokens(text))
    if vectors is not None and found != asked:
        found |= asked & set(translated(surface(question), found, text, vectors))
    return found


def unit(rows: list[list[float]]) -> Any:
    matrix = np.array(rows, dtype=float)
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
