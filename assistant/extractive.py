"""Evidence sentences, and the extractive backend built on them: no model writes anything; the
answer quotes the programme's own sentences that best match the question, with their citations."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from assistant import prompts
from assistant.catalog import Source
from assistant.lexicon import language, sentences, tokens, unquoted
from assistant.translation import RANK_WORD_COSINE, surface, translated
from assistant.types import Draft
from assistant.vectors import TextEmbedder
from ingest import schema
from ingest.text import fold

MAX_SENTENCES = 2
SOURCES_CONSIDERED = 3
OVERLAP_WEIGHT = 0.5


@dataclass
class Evidence:
    sentence: str
    source_index: int  # 1-based into the sources
    position: int  # order within its source
    cosine: float  # the mean of the sentence's and its neighbourhood's cosine to the question
    overlap: float
    quotable: bool = True  # False for a talk's title line: evidence for the gate, not a quote
    # The cosine of its best clause (clauses()): it ranks the sentence, and does not support the
    # gate (one clause of a few words comes near any question by chance: on the seed "the
    # capital of Australia" reached 0.24, over the gate's 0.22).
    clause: float = -1.0
    # The question asks for an instance (an example, a case) and the sentence gives one: its
    # lift over the sentences of its own text (_lift_instances()).
    cue: float = 0.0

    @property
    def score(self) -> float:
        near = max(self.cosine, self.clause)
        return near + OVERLAP_WEIGHT * self.overlap + self.cue - 0.02 * (self.source_index - 1)


def quotable(source: Source, min_chars: int = 16) -> list[str]:
    """The sentences of a source that say something beyond the programme's own fields: a
    session's description, a speaker's bio, an abstract or a document (not the record lines).
    Shorter ones (a list item, "- AngeCryption") are left out unless `min_chars` says."""
    if source.kind == "talk":
        return []
    text = source.text
    if source.kind == "session":
        text = str(source.metadata.get(schema.DESCRIPTION) or "")
    elif source.kind == "bio":
        text = str(source.metadata.get(schema.BIO) or "")
    return [s for ln in text.split("\n") for s in sentences(ln) if len(s) >= min_chars]


def _units(source: Source) -> list[tuple[str, str, bool]]:
    """(sentence, sentence with its neighbours, quotable) for each sentence worth scoring.

    A source's record line (a talk's title, a speaker's role and affiliation, a session's title)
    is evidence that the question is about the programme, but not a quote: the records answer it.
    """
    record = source.text.split("\n")[0]  # a bio's "Name, role (Affiliation)"
    if source.kind in {"talk", "session"}:
        record = str(source.metadata.get(source.kind) or record)
    units = [(record, record, False)] if source.kind in {"talk", "bio", "session"} else []
    found = quotable(source)
    return units + [(s, " ".join(found[max(0, i - 1) : i + 2]), True) for i, s in enumerate(found)]


def gather(
    question: str,
    question_embedding: list[float],
    sources: list[Source],
    embed_model: TextEmbedder,
    limit: int = SOURCES_CONSIDERED,
) -> list[Evidence]:
    """Quotable sentences of the first sources, best first."""
    units = [
        (unit, i, pos)
        for i, source in enumerate(sources[:limit], 1)
        for pos, unit in enumerate(_units(source))
    ]
    if not units:
        return []
    texts = [u[0][0] for u in units] + [u[0][1] for u in units]
    parts = [clauses(u[0][0]) if u[0][2] else [] for u in units]
    flat = [c for p in parts for c in p]
    vectors = np.array(embed_model.get_text_embedding_batch(texts + flat)) @ np.array(
        question_embedding
    )
    alone, around = vectors[: len(units)], vectors[len(units) : 2 * len(units)]
    by_clause = iter(vectors[2 * len(units) :])
    best = [max((float(next(by_clause)) for _ in p), default=-1.0) for p in parts]
    records = [u[0][0] for u in units if not u[0][2]]
    texts = [u[0][0] for u in units]
    # A word the sentences write otherwise (in another language: "farmers" / « agriculteurs »)
    # counts as the word they write.
    asked = _ABOUT_FRAME.sub("(", question)
    held = set(tokens(asked)) & set(tokens(" ".join(texts)))
    also = translated(surface(asked), held, " ".join(texts), embed_model, RANK_WORD_COSINE,
                      cognates=True)  # fmt: skip
    shares = weighted_overlaps(asked, texts, records, also)
    found = [
        Evidence(text, i, pos, float(a + b) / 2, share, is_quote, c)
        for ((text, _, is_quote), i, pos), a, b, c, share in zip(units, alone, around, best,
                                                                shares, strict=True)
    ]  # fmt: skip
    if asks_instance(question):
        _lift_instances(found, _GIVES_INSTANCE.search)
    elif _ASKS_KINDS.search(fold(unquoted(question))):
        # "her abstract lists kinds of territories: the complete list?": a list of what is
        # asked, not any list the text gives ("a list of things that end up modified")
        nouns = (set(tokens(asked)) | set(tokens(" ".join(also.values())))) - WORDING_WORDS
        _lift_instances(found, _lists(nouns if asks_wording(question) else None))
    elif asks_wording(question):
        nouns = (set(tokens(asked)) | set(also.values())) - WORDING_WORDS
        _lift_instances(found, _qualified(nouns))
    return sorted(found, key=lambda e: e.score, reverse=True)


# The words a follow-up or a question's second part is wrapped in (prompts.ABOUT): « (à propos
# de « L'usine distribuée ») » asks nothing; its "propos" is not « proposé ».
_ABOUT_FRAME = re.compile(r"\((?:à propos de|about) (?=[«“])")


def _lists(nouns: set[str] | None) -> Callable[[str], bool]:
    """Whether a sentence lists items (and, with `nouns`, writes one of them)."""
    return lambda s: bool(_ENUMERATES.search(s)) and (nouns is None or bool(set(tokens(s)) & nouns))


def _lift_instances(found: list[Evidence], gives: Callable[[str], object]) -> None:
    """A sentence that gives an example (or lists items, when kinds are asked: `gives`) rises
    by up to INSTANCE_WEIGHT, and no higher than the best sentence of its own text: the cue
    picks the sentence of a text that answers, not the text (on blind12 a case in one abstract
    passed the session's sentence that answered). Lifted sentences keep their order among
    themselves (on blind18 two list sentences of one abstract tied at its cap, and the one
    read first, which shared no word with the question, became the quote a model's answer was
    checked against)."""
    tops: dict[int, float] = {}
    for e in found:
        if e.quotable:
            tops[e.source_index] = max(tops.get(e.source_index, e.score), e.score)
    lifted = sorted((e for e in found if e.quotable and gives(e.sentence)),
                    key=lambda e: e.score, reverse=True)  # fmt: skip
    for rank, e in enumerate(lifted, 1):
        # Two lifted to the cap keep their order: a tie would fall back to reading order.
        e.cue = min(INSTANCE_WEIGHT, max(0.0, tops[e.source_index] - e.score) + 1e-3 / rank)


# "Which sector does she use to illustrate …?", « sur quel cas concret s'appuie-t-elle ? »: the
# sentence that gives an example ranks above those that restate the topic, whose words the
# question also holds. At 0.2 it answers dev q187; dev q340's sentence, « L'illustration par
# … », still ranks after two restating the title, and is quoted second (_with_instance()).
INSTANCE_WEIGHT = 0.2
_ASKS_INSTANCE = re.compile(
    r"\b(exemples?|examples?|cas( concrets?| precis)?|cases?( study)?|illustr\w*|instances?|"
    r"proof|preuve|evidence|showcase|vitrine)\b"
)
# The list a text gives, asked as such: "what's the complete list?", "give me every item on it",
# « la liste complète », « énumère-les » (folded)
_LIST_ASKED = (
    r"(full|complete|whole|entire) list|liste (complete|entiere)|every (item|element|entry)|"
    r"each item|(which|what|all the) items|quels elements|tous les elements|enumer\w*"
)
# The kinds of a thing a text gives, which a sentence that lists items answers: "which kinds of
# territories are listed in her abstract?", « énumère les qualificatifs … », "list the actors …"
_ASKS_KINDS = re.compile(
    r"\b((kinds?|types?|sorts?) of|(sortes?|types?|genres?) (de|d)|enumer\w*|"
    rf"(list|liste|listez|lister)( \w+)? (the|les|des|ce|what|all|tous|toutes)\b|{_LIST_ASKED})"
)
_GIVES_INSTANCE = re.compile(
    r"\b(exemples?|examples?|illustr\w*|notamment|par exemple|for example|for instance|"
    r"such as|e\.g\.|cas (de|du|des|d['’]))",
    re.IGNORECASE,
)


# The words a text attaches to a thing are asked, not what it says of it: "which adjectives does
# her abstract use for ecosystems?", « quels qualificatifs sont accolés aux territoires ? », "what
# labels are territories given?", « quels mots qualifient … ? »
_ASKS_WORDING = re.compile(
    r"\b(qualificatifs?|qualifi(e|ent|ant|es|ees?)(?! (pour|to|for|as)\b)|qualifiers?|adjectifs?|"
    r"adjectives?|epithetes?|epithets?|labels?|accolee?s?|(which|what|quels?|quelles?) "
    rf"(\w+ ){{0,2}}(words?|mots?|termes|terms)|{_LIST_ASKED})\b"
)
# The words that ask for wording, not for what it is about.
WORDING_WORDS = set(
    tokens(
        "qualificatif qualificatifs qualifie qualifient qualifier qualifiers qualify adjectif "
        "adjectifs adjective adjectives épithète épithètes epithet epithets label labels word "
        "words mot mots terme termes term terms accolé accolés accolées attached describe "
        "describes described décrit décrire décrits use uses used utilise utilisent utilisés "
        "give gives given donne donnés accompagnent accompany abstract abstracts résumé "
        "résumés summary blurb description texte text "
        # a list asked as such: "Her abstract lists kinds of X. What's the complete list?"
        "list lists listed liste listes complete complète full whole entire entière every item "
        "items élément éléments énumère énumérer enumerate kind kinds sort sorts type types "
        "thing things chose choses end ends up"
    )
)


def asks_wording(question: str) -> bool:
    """The words a text attaches to a thing are asked ("which adjectives qualify …?")."""
    return bool(_ASKS_WORDING.search(fold(unquoted(question))))


def _qualified(stems: set[str]) -> Callable[[str], bool]:
    """Whether a sentence qualifies one of the question's words: French puts its adjectives after
    the noun (« territoires apprenants », « écosystèmes durables »), English before it."""
    nouns = [w for w in stems if len(w) > 3]
    if not nouns:
        return lambda sentence: False
    noun = rf"\b(?:{'|'.join(re.escape(w) for w in nouns)})\w*"
    after = re.compile(rf"{noun} (?!(?:{_FUNCTION})\b)\w{{4,}}")
    before = re.compile(rf"\b(?!(?:{_FUNCTION})\b)\w{{4,}} {noun}")

    def qualifies(sentence: str) -> bool:
        folded = fold(sentence).lower()
        return bool((before if language(sentence) == "en" else after).search(folded))

    return qualifies


# Words that do not qualify the noun before them (French) or after them (English).
_FUNCTION = (
    "qui|que|quoi|dont|sont|est|sera|avec|dans|pour|sans|sous|entre|vers|chez|leur|leurs|elle|"
    "elles|deviennent|devient|which|that|with|from|into|their|there|these|those|they|were|have|"
    "this|will|become|becomes|about"
)


# A sentence that lists items: three or more short ones between commas, or an open list
# (« Territoires apprenants, créatifs, laboratoires …, deviennent … »).
_ENUMERATES = re.compile(r"(?:[^,.;:]{1,40}, ){2,}[^,.;:]{1,40}(?:…|\.\.\.|,)")


def asks_instance(question: str) -> bool:
    return bool(_ASKS_INSTANCE.search(fold(unquoted(question))))


# A sentence names a person, a place or a work by name, inside it ("l'ébéniste Thomas
# Chippendale"): an instance, as "for example" announces one.
_NAMES_ONE = re.compile(r"(?<=[a-zà-ÿ’'] )[A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ]+")


def gives_instance(sentence: str) -> bool:
    """The sentence gives an example: announced (« L'illustration par … », "for instance"), or
    a named person or place inside it."""
    return bool(_GIVES_INSTANCE.search(sentence) or _NAMES_ONE.search(sentence))


_CLAUSE = re.compile(r"\s*(?:[,;:…()]|\bmais\b|\bainsi que\b|\bet\b|\band\b|\bbut\b)\s*")
MIN_CLAUSE_WORDS = 3


def clauses(sentence: str) -> list[str]:
    """A long sentence's clauses of a few content words: « … la question d’une singularité de la
    production aux besoins des habitants » answers "production matched to people's needs" better
    than the whole sentence says; none for a sentence that is one clause."""
    parts = [p for p in _CLAUSE.split(sentence) if len(tokens(p)) >= MIN_CLAUSE_WORDS]
    return parts if len(parts) > 1 else []


def weighted_overlaps(
    question: str, texts: list[str], records: list[str], also: dict[str, str] | None = None
) -> list[float]:
    """Each text's share of the question's words. A word weighs by how few of the texts hold it
    (the topic word most candidate sentences repeat says less than the one word only the
    answering sentence shares with the question); words that name a talk or a person (in the
    `records`: titles, speaker lines) or frame the question ("abstract", "talk") weigh nothing:
    the sentence is found by what the question asks, not by what it is about. `also`: a
    question word's stem → the stem the texts write for it (its translation)."""
    named = {w for record in records for w in tokens(record)}
    also = also or {}
    asked = {also.get(t, t) for t in tokens(question)} - named - _FRAME
    held = [asked & set(tokens(text)) for text in texts]
    if not asked or not texts:
        return [0.0] * len(texts)
    top = math.log(1 + len(texts))
    weight = {w: math.log(1 + len(texts) / max(1, sum(w in h for h in held))) / top for w in asked}
    total = sum(weight.values())
    return [sum(weight[w] for w in h) / total for h in held]


_FRAME = set(tokens("résumé résumés abstract abstracts summary talk talks intervention exposé "
                    "présentation conférence session speaker intervenant intervenante mention "
                    "mentions mentionne cite cites"))  # fmt: skip


def extractive_draft(evidence: list[Evidence], sources: list[Source], lang: str) -> Draft | None:
    """The best quotes with their citations; None when the sources hold nothing to quote.

    Each quote from an abstract or a bio names its author (and talk), so "who mentions X?" and
    "which talk says …?" are answered by the quote itself; an English question gets "quoted in
    the original French" only when the quotes are French.
    """
    quotes = [e for e in evidence if e.quotable]
    if not quotes:
        return None
    chosen = _in_reading_order(_with_instance(_continued(quotes))[:MAX_SENTENCES])
    items = [
        _quoted(e, sources[e.source_index - 1], lang, named=i == 0 or
                chosen[i - 1].source_index != e.source_index)
        for i, e in enumerate(chosen)
    ]  # fmt: skip
    lead = prompts.EXTRACT_LEAD[lang]
    # French by its own words and its text's: one short English sentence has too few words
    # to tell ("Wind farms grow.") and reads as French, the material's usual language
    if lang == "en" and all(
        language(e.sentence) == language(sources[e.source_index - 1].text) == "fr" for e in chosen
    ):
        lead = prompts.EXTRACT_LEAD_FRENCH
    return Draft(lead + " " + " ".join(items), sources, "extractive")


# A sentence that goes on with the one before it, taking up one of its nouns with a relative
# pronoun: « … réactualisent l'approche de Chippendale. Approche qui permet de … », "… an
# alternative. An alternative that …".
_GOES_ON = re.compile(
    r"^(?:(?:an?|the|une?|la|le)\s+|l['’])?([^\W\d_]{4,})\s+"
    r"(?:qui|que|qu['’]|dont|which|that|who|whose)\b",
    re.IGNORECASE,
)


def _continued(quotes: list[Evidence]) -> list[Evidence]:
    """The best quote and, when its text goes on in the next sentence that way, that sentence
    second: half of what the best one says is in it."""
    best = quotes[0]
    if (e := continuation(best, quotes[1:])) is not None:
        return [best, e, *[q for q in quotes[1:] if q is not e]]
    return quotes


def continuation(best: Evidence, others: list[Evidence]) -> Evidence | None:
    """The sentence among `others` that goes on with `best` (_GOES_ON), if any."""
    for e in others:
        if e.source_index == best.source_index and e.position == best.position + 1:
            found = _GOES_ON.match(e.sentence)
            if found and set(tokens(found.group(1))) & set(tokens(best.sentence)):
                return e
    return None


def _with_instance(quotes: list[Evidence]) -> list[Evidence]:
    """When an example is asked and the best quote's text gives one in a sentence that ranks
    lower (its cue is capped at the text's best), that sentence is quoted second: the text that
    answers is found, and its example is what was asked."""
    head = quotes[:MAX_SENTENCES]
    if any(e.cue > 0 for e in head):
        return quotes
    best = quotes[0]
    for e in quotes[MAX_SENTENCES:]:
        if e.cue > 0 and e.source_index == best.source_index:
            return [best, e, *[q for q in quotes[1:] if q is not e]]
    return quotes


def _in_reading_order(chosen: list[Evidence]) -> list[Evidence]:
    """The best quote first; two sentences that follow each other in one text keep their order
    (they read as one passage)."""
    ordered = sorted(chosen, key=lambda e: (e.source_index, e.position))
    passage = all(
        b.source_index == a.source_index and b.position == a.position + 1
        for a, b in pairwise(ordered)
    )
    return ordered if passage else chosen


def _quoted(evidence: Evidence, source: Source, lang: str, named: bool) -> str:
    """One quote; `named`: say whose it is (not repeated for a second quote of one source)."""
    cite = f"[{evidence.source_index}]"
    if not named or source.kind not in {"abstract", "bio"} or not source.speakers:
        return prompts.EXTRACT_ITEM.format(sentence=evidence.sentence, cite=cite)
    people = ", ".join(source.speakers)
    title = source.metadata.get("talk")
    if source.kind == "abstract" and title:
        people += f", « {title} »" if lang == "fr" else f", “{title}”"
    item = prompts.EXTRACT_ITEM_BY[lang]
    return item.format(people=people, sentence=evidence.sentence, cite=cite)


# A question that states what it takes as given, then asks what follows: "Once the example has
# shown the dynamics, what does X say acting commits you to?", « Filippi dit que les territoires
# jouent un rôle particulier. Que deviennent-ils alors ? », "X offered an alternative; what
# happened to it?" (not the asker's own situation: "I'm a designer. Which talk …?")
_PREMISE_CLAUSE = re.compile(
    r"^\s*(?:once|after|now that|given that|since|if|une fois qu[e']?|apr[eè]s qu[e']?|"
    r"maintenant qu[e']?|puisqu[e']?|[ée]tant donn[ée] qu[e']?|si|s['’]il)\s+(.{12,}?),\s+"
    r"(.+\?)\s*$",
    re.IGNORECASE,
)
_PREMISE_SENTENCE = re.compile(r"^\s*([^?]{20,}?[.;])\s+([^.;]+\?)\s*$")
_ASKER = re.compile(r"\b(i|i['’]m|my|me|we|our|je|j['’]|moi|mon|ma|mes|nous|notre)\b", re.I)


# How much nearer what is asked (after the given) the second quote must be than the sentence
# after the given, to keep its place: a bare "what happens then?" is near no sentence (cosines
# 0.01–0.15 on the seed, differences under 0.03), a subject of its own ("what does she say about
# cooperatives?") is near the sentence that writes it.
ASKED_NEARER = 0.1
# The best quote restates the given when no sentence is nearer to it by more than this: an
# English given is near its French sentence only a little more than near others (0.19 against
# 0.23 for another sentence on the seed); a sentence 0.1 nearer (0.40 against 0.30) restates it.
RESTATES_WITHIN = 0.05


def given_and_asked(question: str) -> tuple[str, str] | None:
    """What the question states as given, and what it asks after it (None when it states
    nothing)."""
    said = unquoted(question)  # a quoted title's full stop ends no sentence of the question
    found = _PREMISE_CLAUSE.match(said) or _PREMISE_SENTENCE.match(said)
    if found is None or _ASKER.search(found.group(1)):
        return None
    return found.group(1), found.group(2)


def after_premise(
    question: str, quotes: list[Evidence], embed_model: TextEmbedder
) -> list[Evidence]:
    """The best quote and the sentence after it, when the best is the sentence that restates
    the question's given and the one after it is as near to what is asked as the quote it
    replaces: what follows the given is what is asked, and the sentence restating it (which
    ranks first) would push out the one that answers."""
    split = given_and_asked(question)
    quotable = [e for e in quotes if e.quotable]
    if split is None or len(quotable) < 2:
        return quotes
    best, second = quotable[0], quotable[1]
    after = next((e for e in quotable if e.source_index == best.source_index
                  and e.position == best.position + 1), None)  # fmt: skip
    if after is None or after is second:
        return quotes
    rows = np.array(embed_model.get_text_embedding_batch([e.sentence for e in quotable]))
    given, asked = (np.array(embed_model.get_text_embedding(part)) for part in split)
    restating = rows @ given
    if restating.max() - restating[0] > RESTATES_WITHIN:
        return quotes  # the best quote is not the given restated: it answers
    nearness = rows @ asked
    if nearness[1] - nearness[quotable.index(after)] > ASKED_NEARER:
        return quotes  # what is asked names its own subject, which another sentence writes
    return [best, after, *[e for e in quotes if e is not best and e is not after]]
