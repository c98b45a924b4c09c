"""The talks whose title holds a word: "which talk titles contain the word rural?", « quels
titres d'interventions mentionnent la relocalisation ? ». The titles are records: the answer is
the titles that write the word (or its translation), every one of them, not the sentences of
the texts that share it."""

from __future__ import annotations

import re
from typing import Any

from assistant import prompts
from assistant.catalog import Catalog, TalkInfo
from assistant.lexicon import tokens
from assistant.planner import asks_count, index_of
from assistant.translation import RANK_WORD_COSINE, surface, translated_among
from assistant.types import Draft
from ingest import schema
from ingest.text import fold

# The titles named as what is searched, and a verb or a word that says a word is looked for in
# them ("titles that contain / include / mention", "in their title", « dans leur intitulé »)
_TITLES = (
    r"\b(titles?|titres?|intitules?|talk names|names of the talks|noms des (interventions|"
    r"exposes|presentations))\b"
)
_HOLD = (
    r"\b(contains?|containing|includes?|including|mentions?|mentioning|features?|featuring|"
    r"uses?|using|contien\w*|comport\w*|inclu\w*|mentionn\w*|renferm\w*|utilis\w*|word|words|"
    r"mot|mots|terme|term)\b"
)
# What this does not answer: the titles without a word, or with one or another ("don't contain",
# "but not", « ne contiennent pas », "X or Y"), a session's title, one speaker's title
_NOT_THIS = (
    r"\b(not|no|without|except|sauf|sans|ne|n|or|ou|session|sessions|seance|seances)\b|n t\b"
)
# What the word is: quoted, or after "the word" / « le mot », or what follows the verb
_QUOTED = (
    r"«\s*([^»]{2,40}?)\s*»|“([^”]{2,40}?)”|\"([^\"]{2,40}?)\"|"
    r"(?<!\w)'([^']{2,40}?)'(?!\w)"  # not the apostrophe of « d'interventions »
)
_NAMED = r"\b(?:the words?|the term|le mot|les mots|le terme)\s+([\w’'-]+)"
_AFTER_VERB = (
    r"\b(?:contains?|containing|includes?|including|mentions?|mentioning|features?|featuring|"
    r"uses?|using|contiennent|contient|comportent|comporte|incluent|inclut|mentionnent|"
    r"mentionne|utilisent|utilise)\s+(.+?)\s*\??$"
)
# Words of the question that are no part of the word asked
_FRAME = set(
    tokens(
        "word words term mot mots terme the le la les l un une a an which what quels quelles "
        "title titles titre titres intitulé intitulés talk talks intervention interventions "
        "exposé exposés présentation présentations name names nom noms their leur leurs in dans"
    )
)


# The talk a question reads in, named by its subject: « quels acteurs sont cités dans l'exposé
# sur la responsabilité territoriale ? », « selon la présentation sur les aides régionales, … »
_READ_IN = re.compile(
    r"\b(?:dans|selon)\s+(?:la|le|l['’])\s*(?:pr[ée]sentation|expos[ée]|intervention|conf[ée]rence|"
    r"communication)\s+(?:sur|consacr[ée]e?\s+(?:à|au|aux)|à propos d[eu]s?|autour d[eu]s?)\s+"
    r"(?P<subject>[^,;:?!]+)",
    re.IGNORECASE,
)


def read_in(question: str, catalog: Catalog) -> list[str]:
    """The talk whose title writes most of the subject a question names the talk it reads in by
    (one talk, two words of the subject at least and all but one); [] when none or several do,
    or one word only (« l'exposé sur le numérique »: a word of one title, and of another talk's
    abstract)."""
    found = _READ_IN.search(question)
    if not found:
        return []
    subject = set(tokens(found.group("subject"))) - _FRAME
    if not subject:
        return []
    shared = {t: len(subject & set(tokens(talk.title))) for t, talk in catalog.talks.items()}
    best = max(shared.values(), default=0)
    chosen = [t for t, n in shared.items() if n == best]
    if len(chosen) != 1 or best < max(2, len(subject) - 1):
        return []
    return chosen


def titled_with(question: str, catalog: Catalog, lang: str, vectors: Any) -> Draft | None:
    """The talks whose title writes the word asked; None when the question does not look for a
    word in the titles, or none writes it (the encoder misses some translations, flax / lin
    0.45: a title not found is no proof that none says it, and the texts are searched then)."""
    folded = fold(question).lower().replace("'", " ").replace("’", " ")
    if not (re.search(_TITLES, folded) and re.search(_HOLD, folded)):
        return None
    if re.search(_NOT_THIS, folded) or index_of(catalog).named(question):
        return None
    asked = word_asked(question)
    if not asked:
        return None
    talks = list(catalog.talks.values())
    found = [t for t in talks if _writes(t, asked, vectors)]
    if not found:
        return None
    heading = prompts.TITLES_WITH[lang]
    if asks_count(question):  # "how many talk titles contain X?": their number first
        heading = prompts.TITLES_WITH_COUNT[lang][len(found) > 1]
    lines = [heading.format(word=asked[0], n=len(found))]
    lines += [
        prompts.LIST_ITEM.format(title=t.title, people=", ".join(t.speakers), cite=f"[{n}]")
        for n, t in enumerate(found, 1)
    ]
    sources = [catalog.sources[schema.talk_id(t.id)] for t in found]
    return Draft("\n".join(lines), sources, "record")


def word_asked(question: str) -> list[str]:
    """The word (or phrase) looked for in the titles, and the other forms the question gives of
    it ("industry (industrie / industriels)"); [] when it names none."""
    for pattern in (_QUOTED, _NAMED, _AFTER_VERB):
        if found := re.search(pattern, question, re.IGNORECASE):
            head = next(g for g in found.groups() if g)
            words = [w for w in _as_written(head) if not set(tokens(w)) <= _FRAME]
            if not words:
                continue
            others = re.findall(r"\(([^)]*)\)", question[found.start() :])
            return [" ".join(words), *[w for o in others for w in _as_written(o)]]
    return []


def _as_written(text: str) -> list[str]:
    """The content words of `text` as the question writes them ("RTE", not "rte")."""
    kept = set(surface(text))
    return [w for w in re.findall(r"[\w’'-]+", text) if w.lower() in kept]


def _writes(talk: TalkInfo, asked: list[str], vectors: Any) -> bool:
    """Whether the title writes one of the `asked` words (every word of a phrase), as written
    or, for one word, in translation."""
    held = set(tokens(talk.title))
    if any(set(tokens(w)) and set(tokens(w)) <= held for w in asked):
        return True
    # one word, in translation at the cosine that ranks sentences ("urban" / « ville », "mile" /
    # « kilomètre » come within 0.7); not an acronym, the same in every language
    single = [w for w in asked if len(w.split()) == 1 and not w.isupper()]
    if vectors is None or not single:
        return False
    found = translated_among(single, set(), surface(talk.title), vectors, RANK_WORD_COSINE)
    return bool(found)
