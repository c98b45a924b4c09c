"""Two texts of the programme set side by side: "what do X's and Y's talks have in common?",
« en quoi l'exposé de X diffère-t-il de celui de Y ? », "Filippi's abstract and the session
description, where do they overlap?". Each text gives the sentence closest in meaning to one of
the other's, or, when the question asks how they differ, its opening sentence (what it sets out
to treat) and the sentence closest to the whole text (its core, where that is another); a talk
with no abstract gives its title, said as such. What they share or how they
differ is the reader's to judge from the quotes: the programme states neither."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from assistant import prompts
from assistant.catalog import Catalog, Source
from assistant.extractive import quotable
from assistant.lexicon import plain, tokens, unquoted
from assistant.planner import A_TEXT, TALK
from assistant.translation import written_in
from assistant.types import Draft
from ingest import schema

# "what sets X apart from Y?", "what sets them apart?" (not "set some time apart for questions")
_SET_APART = r"what sets (\w+ ){1,5}?apart|sets? (them|it|these|those|the two) apart"
# What a text is about or draws on ("relies on", « s'appuie sur », "takes the example of").
_ABOUT = (
    r"(about|deals? with|talks? about|speaks? about|covers?|focus\w* on|parle\w* (de|du|des|d)|"
    r"traite\w* (de|du|des|d)|porte\w* sur|concerne\w*|aborde\w*|evoqu\w*|mention\w*|"
    r"discuss\w*|address\w*|reli\w* on|draws? on|builds? on|refers? to|uses?|cites?|"
    r"(s )?appui\w* sur|se fonde\w* sur|part\w* (de|du|des|d)|utilis\w*|cite\w*|"
    r"(se )?refere\w* (a|au|aux)|fait reference|prend\w* (l )?exemple)"
)
# Two talks matched to two things: "between X's talk and Y's, which one is about A and which
# about B?", « laquelle parle de A et laquelle de B ? » (each text says which); not two
# questions ("which speaker is a designer and which talk is about RTE?")
_MATCHED = (
    r"(which|lequel|laquelle)( one| of them| des deux| d entre (eux|elles))?"
    r"( (?!which\b|lequel\b|laquelle\b)\w+){0,8}? "
    + _ABOUT
    + r"\b.{0,80}\b(and|et|or|ou) (which|lequel|laquelle)\b"
    r"(?! (speakers?|intervenant\w*|presenters?|organi[sz]ations?|institutions?)\b)"
)
_COMPARED = (
    r"\b(en commun|points? communs?|in common|similar\w*|ressembl\w*|"
    r"differ\w*|difference\w*|diff?e?rence\w*|distingu\w*|compar\w*|contrast\w*|versus|vs|"
    r"(se )?recoup\w*|overlap\w*|rejoi\w*|oppos\w*|diverg\w*|"
    + _SET_APART
    + r"|"
    + _MATCHED
    + r")\b"
)


# Asked how they differ, not what they share: "how does X's talk differ from Y's?", « en quoi
# se distingue-t-elle … ? », "what sets them apart?", "X versus Y" (folded words).
_APART = (
    r"\b(differ\w*|difference\w*|diff?e?rence\w*|distingu\w*|contrast\w*|versus|vs|oppos\w*|diverg\w*|"
    r"unlike|a la difference|" + _SET_APART + r")\b"
)
# What they share, asked too ("similarities and differences", "the different talks … in
# common"): the closest pair answers.
_SHARED = r"\b(en commun|points? communs?|in common|similar\w*|ressembl\w*|overlap\w*|recoup\w*)\b"


def asks_matching(question: str) -> bool:
    """Two texts matched to two things ("which one is about A and which about B?")."""
    return bool(re.search(_MATCHED, plain(unquoted(question))))


def asks_comparison(question: str) -> bool:
    return bool(re.search(_COMPARED, plain(unquoted(question))))


# Two texts asked of together, with no word comparing them: "do X's abstract and the session
# description both talk about A?", "A in the session text as well as in X's?", « parlent-ils
# tous les deux de A ? », « chacun »
_JOINTLY = (
    r"\b(both|each|as well as|alike|tou(te)?s (les )?deux|chacun\w*|l (un|une) et l autre|"
    r"aussi bien)\b"
)
# A text named as such (not "are both speakers designers?", which asks of people)
_TEXT_NOUNS = rf"{A_TEXT}|\b{TALK}\b"


def asks_jointly(question: str) -> bool:
    asked = plain(unquoted(question))
    return bool(re.search(_JOINTLY, asked) and re.search(_TEXT_NOUNS, asked))


# The point two texts are set side by side on: "what do X and Y have in common regarding A?",
# « quels points communs … à propos de A ? »
_ON_A_POINT = (
    r"\b(regarding|concerning|when it comes to|on the (subject|topic|question) of|a propos "
    r"(de|du|des|d)|au sujet (de|du|des|d)|concernant|sur le plan (de|du|des|d)|en matiere de)\b"
    r"(.+)$"
)
# The words that name the texts asked of together, not what is asked of them
_NAMING = rf"{_TEXT_NOUNS}|\b(session|seance|too|also|aussi)\b|{_JOINTLY}"


def asked_point(question: str) -> str:
    """What two texts are asked about: the point a comparison names ("in common regarding
    A?": A), or a joint question's words but those naming the texts ("do both X's abstract and
    the session text mention A?", not "both speak of A: how do they differ?"); "" when
    neither."""
    folded = plain(unquoted(question))
    if point := re.search(_ON_A_POINT, folded):
        return point.group(point.lastindex or 0).strip()
    if asks_jointly(question) and not asks_comparison(question):
        return " ".join(re.sub(_NAMING, " ", folded).split())
    return ""


def asks_difference(question: str) -> bool:
    asked = plain(unquoted(question))
    return bool(re.search(_APART, asked)) and not re.search(_SHARED, asked)


def compared(
    texts: list[Source], vectors: Any, lang: str, apart: bool = False, asked: str = ""
) -> Draft | None:
    """The closest pair of sentences of the first two texts, each quoted and cited, or with
    `apart` each text's opening sentence, or with `asked` (a question matching the texts to
    things) each text's sentence closest to it; a talk record (no abstract) stands as its title."""
    if len(texts) < 2:
        return None
    first, second = texts[:2]
    a, b = _sentences(first), _sentences(second)
    # what each text sets out first (its subject), or the closest pair; a talk with no abstract
    # is set against the other text by its title
    if asked:
        x, y = _nearest(asked, a, vectors), _nearest(asked, b, vectors)
    else:
        x, y = (0, 0) if apart else _closest(a or [_title(first)], b or [_title(second)], vectors)
    picked = [a[x : x + 1], b[y : y + 1]]
    if apart and not asked:
        picked = [_opening_and_core(a, vectors), _opening_and_core(b, vectors)]
    head = prompts.COMPARED_MATCHED if asked else prompts.COMPARED_APART if apart else None
    if head is prompts.COMPARED_APART and any(len(quoted) > 1 for quoted in picked):
        head = prompts.COMPARED_APART_CORE
    lines = [(head or prompts.COMPARED)[lang]]
    for n, (source, quoted) in enumerate(zip((first, second), picked, strict=True), 1):
        lines.append("- " + _line(source, quoted, n, lang))
    return Draft("\n".join(lines), [first, second], "compared")


def _opening_and_core(sentences: list[str], vectors: Any) -> list[str]:
    """A text's opening sentence, then the one closest in meaning to the whole text (where
    that is another): an opening often sets the scene ("In the 18th century, …") and the
    core says what the text is about."""
    if len(sentences) < 3:
        return sentences[:1]
    cosines = np.array(vectors.get_text_embedding_batch(sentences)) @ np.array(
        vectors.get_text_embedding(" ".join(sentences))
    )
    core = int(np.argmax(cosines))
    return sentences[:1] if core == 0 else [sentences[0], sentences[core]]


def _closest(a: list[str], b: list[str], vectors: Any) -> tuple[int, int]:
    cosines = (
        np.array(vectors.get_text_embedding_batch(a))
        @ np.array(vectors.get_text_embedding_batch(b)).T
    )
    x, y = np.unravel_index(np.argmax(cosines), cosines.shape)
    return int(x), int(y)


def _nearest(asked: str, sentences: list[str], vectors: Any) -> int:
    """The sentence closest to one of the things asked ("which is about A and which about
    B?": A, B): the one writing most of their words (in translation too), then by meaning."""
    if len(sentences) < 2:
        return 0
    things = [t for t in re.split(r"\b(?:which|lequel|laquelle)\b", plain(asked))[1:] if t.strip()]
    cosines = (
        np.array(vectors.get_text_embedding_batch(sentences))
        @ np.array(vectors.get_text_embedding_batch(things or [asked])).T
    )
    said = " ".join(things) or asked  # one point asked of both texts: its words
    shared = [len(written_in(said, set(tokens(said)), s, vectors)) for s in sentences]
    return max(range(len(sentences)), key=lambda n: (shared[n], float(cosines[n].max())))


def _title(source: Source) -> str:
    return str(source.metadata.get("talk", ""))


def _sentences(source: Source) -> list[str]:
    if source.kind == "talk":
        return []  # its record: the title, said below
    return [s for s in quotable(source) if len(s) > 20]


def _line(source: Source, quoted: list[str], n: int, lang: str) -> str:
    cite = f"[{n}]"
    sentence = prompts.QUOTES_APART[lang].join(quoted)
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
