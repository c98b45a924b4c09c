"""A yes / no check of what a named text says: "does Landau's abstract tie Chippendale to an
alternative to mass production?", « le résumé de Filippi associe-t-il la RTE à un changement
radical ? ». The quote that answers was found before; what was missing is the "yes". It leads
the quote when one sentence of the text writes every word the check asks (as written or in
translation), with the same polarity (a check that says "not" needs a sentence
that does); else the quote is given alone, as before. Words alone never say "no": the encoder
misses some translations (flax / lin 0.45), so a word not found is no proof that the text does
not say it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from assistant import prompts
from assistant.catalog import Source
from assistant.extractive import Evidence, continuation, extractive_draft
from assistant.lexicon import tokens
from assistant.translation import WORD_COSINE, are_cognates, surface, unit
from assistant.types import Draft
from ingest.text import fold

# A text named, then the verb that says what it does with the claim that follows
_TEXT = (
    r"(?:abstract|summary|blurb|description|text|talk|presentation|r[ée]sum[ée]|texte|"
    r"pr[ée]sentation|intervention|expos[ée])"
)
_EN_VERB = (
    r"(?:really |actually |also |explicitly |in fact )?"
    r"(?:say|state|claim|argue|suggest|tie|link|connect|relate|associate|contrast|oppose|"
    r"compare|present|describe|frame|cast|treat|put|see|stress|emphasi[sz]e|note|show|explain|"
    r"mention|raise|bring up|set|pit|draw)(?:s|d|ed)?"
)
_FR_VERB = (
    r"(?:dit|affirme|associe|lie|relie|oppose|rapproche|rattache|pr[ée]sente|d[ée]crit|"
    r"mentionne|[ée]voque|souligne|explique|montre|met|compare|fait le lien entre|"
    r"fait un lien entre|oppose)"
)
# The check opens the question, or follows a few words that lead in ("Just checking: does …",
# « Dites-moi, le résumé … »); "what does X's abstract say about …?" asks what it says
_LEAD_IN = r"^\W*(?:[^?:,]{0,40}[:,]\s*)?"
_CHECKS = (
    # "does Landau's abstract tie …?", "did the session text say …?"
    re.compile(
        rf"{_LEAD_IN}(?:does|did|do|is)\s+(?:the\s+)?(?:[\w’'.-]+\s+){{0,4}}?{_TEXT}\s+"
        rf"{_EN_VERB}\b(?P<claim>.+?)\s*\?*\s*$",
        re.IGNORECASE,
    ),
    # « le résumé de Filippi associe-t-il la RTE à … ? », « est-ce que son résumé dit que … ? »
    re.compile(
        rf"{_LEAD_IN}(?:est-ce qu(?:e\s+|['’]\s*))?(?:le|la|son|sa|l['’])\s*{_TEXT}\b"
        rf"[^?]{{0,60}}?\s{_FR_VERB}"
        rf"(?:-t-(?:il|elle)|-(?:il|elle))?\b(?P<claim>.+?)\s*\?*\s*$",
        re.IGNORECASE,
    ),
)

# The words that frame the claim, not its content: the verbs above, the texts, "that", "both"
_FRAME = set(
    tokens(
        "say says said state states claim claims argue argues suggest suggests tie ties link "
        "links connect connects relate relates associate associates contrast contrasts oppose "
        "opposes compare compares present presents describe describes frame frames treat treats "
        "put puts see sees stress stresses note notes show shows explain explains mention "
        "mentions raise raises bring brings set sets pit pits draw draws really actually also "
        "explicitly fact abstract summary blurb description text talk presentation résumé texte "
        "intervention exposé dit affirme associe lie relie oppose rapproche rattache présente "
        "décrit mentionne évoque souligne explique montre met compare lien entre both deux idea "
        "idée"
    )
)
_NEGATION = re.compile(
    r"\b(?:not|never|no longer|nor)\b|n['’]t\b|\bjamais\b|"
    r"\bn(?:e\b|['’])\s*(?:\S+\s+){0,2}?(?:pas|plus|guère|point|jamais)\b",
    re.IGNORECASE,
)
_NEGATION_WORDS = set(tokens("not never longer nor pas plus guère point jamais"))


# A cognate (the same first six letters) counts a little under WORD_COSINE: ecology /
# « écologique » 0.696
COGNATE_COSINE = 0.6


def claim_of(question: str) -> str | None:
    """The claim a question checks of a named text ("Chippendale to an alternative to mass
    production"), or None when it checks none."""
    for pattern in _CHECKS:
        if found := pattern.search(question):
            claim = found.group("claim").strip(" ,:;")
            if claim and not re.match(r"(?i)(anything|something|quelque chose)\b", claim):
                return claim
    return None


def confirms(claim: str, sentence: str, names: set[str], vectors: Any) -> bool:
    """Whether `sentence` writes every content word of `claim` (but `names`, folded), with the
    same polarity."""
    asked = [w for w in _content(claim) if fold(w).lower() not in names]
    if not asked:
        return False
    negated = bool(_NEGATION.search(claim))
    return any(
        bool(_NEGATION.search(part)) == negated and _writes_all(asked, part, vectors)
        for part in _parts(sentence)
    )


# Where a sentence sets two things against each other, each part is read alone: « si la RSE est
# impulsée par un acteur, la RTE s’inscrit dans une dynamique impliquant un collectif » does not
# say that the RTE is driven by one actor, though it writes every word of it.
_OPPOSED = re.compile(
    r"\s*(?:[;:]|\b(?:mais|but|tandis que|alors que|whereas|while|d['’](?:une|autre) part)\b)\s*",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"^\W*(?:si|s['’]il|s['’]ils|if)\b[^,]*,", re.IGNORECASE)


def _parts(sentence: str) -> list[str]:
    parts = []
    for part in _OPPOSED.split(sentence):
        if found := _CONDITION.match(part):
            parts += [found.group(0), part[found.end() :]]
        else:
            parts.append(part)
    return [p for p in parts if p.strip()]


def _writes_all(asked: list[str], part: str, vectors: Any) -> bool:
    held = set(tokens(part))
    missing = [w for w in asked if not _written(w, held, part)]
    if not missing:
        return True
    return vectors is not None and _translated(missing, part, vectors)


def _content(claim: str) -> list[str]:
    kept = []
    for w in surface(claim):
        stems = tokens(w)
        if stems and not set(stems) <= _FRAME | _NEGATION_WORDS:
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
    written = surface(sentence)
    if not written:
        return False
    a = unit(vectors.get_text_embedding_batch(missing))
    b = unit(vectors.get_text_embedding_batch(written))
    return all(
        row.max() >= WORD_COSINE
        or any(are_cognates(w, x) for x, c in zip(written, row, strict=True) if c >= COGNATE_COSINE)
        for w, row in zip(missing, a @ b.T, strict=True)
    )


def checked_draft(
    question: str,
    evidence: list[Evidence],
    sources: list[Source],
    readable: set[str] | None,
    names: set[str],
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
        if confirms(claim, e.sentence, names, vectors):
            rest = [o for o in texts if o is not e]
            after = continuation(e, rest)
            draft = extractive_draft([e] if after is None else [e, after], sources, lang)
            if draft is not None:
                return replace(draft, text=f"{prompts.TEXT_CHECKED_YES[lang]} {draft.text}")
    return None


# What a text check reads: the texts, not the cards or the talks' title lines
_TEXTS = {"abstract", "session"}
