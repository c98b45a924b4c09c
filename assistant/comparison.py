"""Two texts of the programme set side by side: "what do X's and Y's talks have in common?",
« en quoi l'exposé de X diffère-t-il de celui de Y ? », "Filippi's abstract and the session
description, where do they overlap?". Each text gives the sentence closest in meaning to one of
the other's, or, when the question asks how they differ, its opening sentence (what it sets out
to treat); a talk with no abstract gives its title, said as such. What they share or how they
differ is the reader's to judge from the quotes: the programme states neither."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from assistant import prompts
from assistant.catalog import Catalog, Source
from assistant.extractive import quotable
from assistant.lexicon import plain, unquoted
from assistant.types import Draft
from ingest import schema

# "what sets X apart from Y?", "what sets them apart?" (not "set some time apart for questions")
_SET_APART = r"what sets (\w+ ){1,5}?apart|sets? (them|it|these|those|the two) apart"
_COMPARED = (
    r"\b(en commun|points? communs?|in common|similar\w*|ressembl\w*|"
    r"differ\w*|difference\w*|distingu\w*|compar\w*|contrast\w*|versus|vs|(se )?recoup\w*|"
    r"overlap\w*|rejoi\w*|oppos\w*|diverg\w*|" + _SET_APART + r")\b"
)


# Asked how they differ, not what they share: "how does X's talk differ from Y's?", « en quoi
# se distingue-t-elle … ? », "what sets them apart?", "X versus Y" (folded words).
_APART = (
    r"\b(differ\w*|difference\w*|distingu\w*|contrast\w*|versus|vs|oppos\w*|diverg\w*|"
    r"unlike|a la difference|" + _SET_APART + r")\b"
)
# What they share, asked too ("similarities and differences", "the different talks … in
# common"): the closest pair answers.
_SHARED = r"\b(en commun|points? communs?|in common|similar\w*|ressembl\w*|overlap\w*|recoup\w*)\b"


def asks_comparison(question: str) -> bool:
    return bool(re.search(_COMPARED, plain(unquoted(question))))


def asks_difference(question: str) -> bool:
    asked = plain(unquoted(question))
    return bool(re.search(_APART, asked)) and not re.search(_SHARED, asked)


def compared(texts: list[Source], vectors: Any, lang: str, apart: bool = False) -> Draft | None:
    """The closest pair of sentences of the first two texts, each quoted and cited, or with
    `apart` each text's opening sentence; a talk record (no abstract) stands as its title."""
    if len(texts) < 2:
        return None
    first, second = texts[:2]
    a, b = _sentences(first), _sentences(second)
    # what each text sets out first (its subject), or the closest pair; a talk with no abstract
    # is set against the other text by its title
    x, y = (0, 0) if apart else _closest(a or [_title(first)], b or [_title(second)], vectors)
    picked = [a[x] if a else "", b[y] if b else ""]
    lines = [(prompts.COMPARED_APART if apart else prompts.COMPARED)[lang]]
    for n, (source, sentence) in enumerate(zip((first, second), picked, strict=True), 1):
        lines.append("- " + _line(source, sentence, n, lang))
    return Draft("\n".join(lines), [first, second], "compared")


def _closest(a: list[str], b: list[str], vectors: Any) -> tuple[int, int]:
    cosines = (
        np.array(vectors.get_text_embedding_batch(a))
        @ np.array(vectors.get_text_embedding_batch(b)).T
    )
    x, y = np.unravel_index(np.argmax(cosines), cosines.shape)
    return int(x), int(y)


def _title(source: Source) -> str:
    return str(source.metadata.get("talk", ""))


def _sentences(source: Source) -> list[str]:
    if source.kind == "talk":
        return []  # its record: the title, said below
    return [s for s in quotable(source) if len(s) > 20]


def _line(source: Source, sentence: str, n: int, lang: str) -> str:
    cite = f"[{n}]"
    if source.kind == "session":
        who = prompts.SESSION_TEXT[lang].format(title=source.metadata.get("session", ""))
        return prompts.EXTRACT_ITEM_BY[lang].format(people=who, sentence=sentence, cite=cite)
    people = ", ".join(source.speakers)
    title = source.metadata.get("talk", "")
    if not sentence:
        return prompts.COMPARED_TITLE_ONLY[lang].format(people=people, title=title, cite=cite)
    by = prompts.PEOPLE_TITLE[lang].format(people=people, title=title)
    return prompts.EXTRACT_ITEM_BY[lang].format(people=by, sentence=sentence, cite=cite)


def texts_of(talks: list[str], session: bool, catalog: Catalog) -> list[Source]:
    """Each talk's abstract (its record when it has none), then the session's description."""
    found: list[Source] = []
    for talk_id in talks:
        abstracts = catalog.abstracts(talk_id)
        found.append(abstracts[0] if abstracts else catalog.sources[schema.talk_id(talk_id)])
    if session and talks:
        session_id = schema.session_id(catalog.talks[talks[0]].session_id)
        if session_id in catalog.sources:
            found.append(catalog.sources[session_id])
    return found
