"""A yes / no check of what a named text ties together or names: "does Landau's abstract link
digital networks to Chippendale's approach?", « le résumé de Filippi associe-t-il la RTE à un
changement radical ? ». The quote that answers was found before; what was missing is the "yes".
It leads the quote when one sentence of the text (of the speaker whose text is named) writes
every word the check asks, as written or in translation, in one part of the sentence, with the
same turns (negation, "without") and the same numbers; else the quote is given alone, as
before. Not "does it say that …?": a claim with roles is confirmed by no bag of words. Words
alone never say "no": the encoder misses some translations (flax / lin 0.45), so a word not
found is no proof that the text does not say it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from assistant import prompts
from assistant.catalog import Catalog, Source
from assistant.extractive import Evidence, continuation, extractive_draft
from assistant.lexicon import ACRONYM, tokens
from assistant.planner import index_of
from assistant.translation import surface, translated_among
from assistant.types import Draft

# A text named, then a verb that ties the claim's things together ("tie", "link", « associe »)
# or says it names one ("mention", « évoque »). Not "say", « dit que »: a claim with roles ("X
# reveals Y") is confirmed by no bag of words (« … révèle le rôle joué par les territoires » does
# not say that the territories reveal anything).
_TEXT = (
    r"(?:abstract|summary|blurb|description|text|talk|presentation|r[ée]sum[ée]|texte|"
    r"pr[ée]sentation|intervention|expos[ée])"
)
_EN_VERBS = (
    "tie ties tied link links linked connect connects connected relate relates related associate "
    "associates associated contrast contrasts contrasted compare compares compared mention "
    "mentions mentioned raise raises raised"
)
_FR_VERBS = "associe lie relie rapproche rattache oppose compare mentionne évoque cite"
_EN_VERB = rf"(?:really |actually |also |explicitly |in fact )?(?:{'|'.join(_EN_VERBS.split())})"
_FR_VERB = rf"(?:{'|'.join(_FR_VERBS.replace('é', '[ée]').split())}|fait (?:le|un) lien entre)"
# The check opens the question, or follows a few words that lead in ("Just checking: does …",
# « Dites-moi, le résumé … »); "what does X's abstract mention?" asks what it mentions
_LEAD_IN = r"^\W*(?:[^?:,]{0,40}[:,]\s*)?"
_CHECKS = (
    # "does Landau's abstract tie …?" (whose text: the words before it)
    re.compile(
        rf"{_LEAD_IN}(?:does|did|do|is)\s+(?:the\s+)?(?P<owner>(?:[\w’'.-]+\s+){{0,4}}?){_TEXT}\s+"
        rf"{_EN_VERB}\b(?P<claim>.+?)\s*\?*\s*$",
        re.IGNORECASE,
    ),
    # « le résumé de Filippi associe-t-il la RTE à … ? », « est-ce que son résumé évoque … ? »
    re.compile(
        rf"{_LEAD_IN}(?:est-ce qu(?:e\s+|['’]\s*))?(?:le|la|son|sa|l['’])\s*{_TEXT}\b"
        rf"(?P<owner>[^?]{{0,60}}?)\s{_FR_VERB}"
        rf"(?:-t-(?:il|elle)|-(?:il|elle))?\b(?P<claim>.+?)\s*\?*\s*$",
        re.IGNORECASE,
    ),
)

# The words that frame the claim, not its content: the verbs above, the texts, "both"
_FRAME = set(
    tokens(
        f"{_EN_VERBS} {_FR_VERBS} really actually also explicitly fact abstract summary blurb "
        "description text talk presentation résumé texte intervention exposé lien entre both "
        "deux idea idée"
    )
)
# What turns a claim or a text around: its kinds must be the same on both sides ("cobots replace
# workers" is not "help workers without replacing them"; « ont un avenir sans … » is not « n'ont
# aucun avenir sans … »)
_POLARITY = {
    "not": r"\b(?:not|never|no longer|nor|no)\b|n['’]t\b|\bjamais\b|"
    r"\bn(?:e\b|['’])\s*(?:\S+\s+){0,2}?(?:pas|plus|guère|point|jamais|rien|personne)\b",
    "without": r"\b(?:without|sans)\b",
    "none": r"\b(?:aucun|aucune|nul|nulle|ni|rien|personne|none|nothing|nobody)\b",
    "rather": r"\b(?:non l['’]inverse|et non|rather than|instead of|au lieu de|plutôt que)\b",
}
_POLARITY_WORDS = set(tokens("not never longer nor no pas plus guère point jamais without sans "
                             "aucun aucune nul nulle ni rien personne none nothing nobody rather "
                             "instead lieu plutôt inverse"))  # fmt: skip


# What a text check reads: the texts, not the cards or the talks' title lines
_TEXTS = {"abstract", "session"}
# A cognate (the same first six letters) counts a little under WORD_COSINE: ecology /
# « écologique » 0.696
COGNATE_COSINE = 0.6


def claim_of(question: str) -> str | None:
    """The claim a question checks of a named text ("Chippendale to an alternative to mass
    production"), or None when it checks none."""
    found = _check(question)
    return found[1] if found else None


def checked_speakers(question: str, catalog: Catalog) -> list[str]:
    """The speakers whose text the question checks ("Landau's abstract", « le résumé de Maryline
    Filippi »), not those its claim names; [] when it checks none or names no one's."""
    found = _check(question)
    return index_of(catalog).named(found[0]) if found else []


def their_abstracts(speakers: list[str], catalog: Catalog) -> set[str]:
    """The ids of the abstracts of the speakers' talks."""
    talks = {t for n in speakers for t in catalog.speakers[n].talk_ids if t in catalog.talks}
    return {s.id for t in talks for s in catalog.abstracts(t)}


def _check(question: str) -> tuple[str, str] | None:
    for pattern in _CHECKS:
        if found := pattern.search(question):
            claim = found.group("claim").strip(" ,:;")
            if claim and not re.match(r"(?i)(anything|something|quelque chose)\b", claim):
                return found.group("owner").strip(), claim
    return None


def confirms(claim: str, sentence: str, vectors: Any) -> bool:
    """Whether `sentence` writes every content word of `claim` (a name too: "link Sophie Renard
    to …" is no link Dupont's sentence makes) in one of its parts, with the same turns
    (negation, "without", "rather than") and numbers. A sentence that asks (« En quoi … ? »)
    states nothing."""
    if sentence.rstrip().endswith("?"):
        return False
    asked = _content(claim)
    if not asked:
        return False
    turns = _turns(claim)
    numbers = set(re.findall(r"\d+", claim))
    # a number or an acronym is the same in every language: written, or not said (RSE is not RTE)
    literal = {w.lower() for w in re.findall(ACRONYM, claim)}
    literal |= {w for w in asked if re.search(r"\d", w)}
    return any(
        _turns(part) == turns
        and numbers <= set(re.findall(r"\d+", part))
        and _writes_all(asked, part, literal, vectors)
        for part in _parts(sentence)
    )


def _turns(text: str) -> set[str]:
    return {kind for kind, pattern in _POLARITY.items() if re.search(pattern, text, re.I)}


# Where a sentence sets two things against each other, each part is read alone: « si la RSE est
# impulsée par un acteur, la RTE s’inscrit dans une dynamique impliquant un collectif » does not
# say that the RTE is driven by one actor, though it writes every word of it.
_OPPOSED = re.compile(
    r"\s*(?:[;:]|\b(?:mais|but|tandis que|alors que|whereas|while|d['’](?:une|autre) part)\b)\s*",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"^\W*(?:si|s['’]il|s['’]ils|if|whereas|while|alors que|tandis que)\b[^,]*,", re.IGNORECASE
)


def _parts(sentence: str) -> list[str]:
    parts = []
    for part in _OPPOSED.split(sentence):
        if found := _CONDITION.match(part):
            parts += [found.group(0), part[found.end() :]]
        else:
            parts.append(part)
    return [p for p in parts if p.strip()]


def _writes_all(asked: list[str], part: str, literal: set[str], vectors: Any) -> bool:
    held = set(tokens(part))
    missing = [w for w in asked if not _written(w, held, part)]
    if not missing:
        return True
    if literal & set(missing):
        return False
    return vectors is not None and _translated(missing, part, vectors)


def _content(claim: str) -> list[str]:
    kept = []
    for w in surface(claim):
        stems = tokens(w)
        if stems and not set(stems) <= _FRAME | _POLARITY_WORDS:
            kept.append(w)
    return kept


def _written(word: str, held: set[str], sentence: str) -> bool:
    if digits := re.findall(r"\d+", word):
        return all(re.search(rf"(?<!\d){d}(?!\d)", sentence) for d in digits)
    return set(tokens(word)) <= held


def _translated(missing: list[str], sentence: str, vectors: Any) -> bool:
    """Every missing word is a word of the sentence in translation (WORD_COSINE, or a cognate a
    little under it). Not phrases: a phrase of the check comes near a phrase of the sentence
    through the words already found ("mass production" / « production en série » 0.75, but
    "production" alone 0.82, "mass" / « en série » 0.28), so it proves nothing of the word left."""
    found = translated_among(
        missing, set(), surface(sentence), vectors, cognates=True, cognate_floor=COGNATE_COSINE
    )
    return {tokens(w)[0] for w in missing} <= set(found)


def checked_draft(
    question: str,
    evidence: list[Evidence],
    sources: list[Source],
    readable: set[str] | None,
    lang: str,
    vectors: Any,
) -> Draft | None:
    """The quote that answers a check of a named text, led by "yes" when one of its sentences
    confirms the claim (that sentence quoted first); None when the question checks no text or
    no sentence confirms it. `readable`: the ids of the texts the question names (None: any)."""
    claim = claim_of(question)
    if claim is None:
        return None
    texts = [
        e
        for e in evidence
        if e.quotable
        and (source := sources[e.source_index - 1]).kind in _TEXTS
        and (readable is None or source.id in readable)
    ]
    for e in texts:
        if confirms(claim, e.sentence, vectors):
            rest = [o for o in texts if o is not e]
            after = continuation(e, rest)
            draft = extractive_draft([e] if after is None else [e, after], sources, lang)
            if draft is not None:
                return replace(draft, text=f"{prompts.TEXT_CHECKED_YES[lang]} {draft.text}")
    return None
