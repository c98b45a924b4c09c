"""The refusal gate: is a question supported well enough by what retrieval found to answer it?

Calibrated on data/eval/dev.jsonl (docs/eval.md; `bench/gate_calibration.py` prints both
measures for every question): a question is supported when a sentence of the retrieved sources
is close enough in meaning (multilingual embedding cosine), or a source holds enough of the
question's content words other than the names it mentions — in a source written in another
language than the question, a word counts when the source holds its translation (a word the
multilingual encoder places within WORD_COSINE of it: "link" / « lien »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.catalog import Catalog, Source
from assistant.extractive import Evidence, quotable
from assistant.lexicon import language, tokens
from assistant.planner import IN_A_PLACE, asks_for_me, content_words, index_of
from assistant.retrieval import Retrieved
from assistant.translation import surface, translated, translated_among

GATE_DENSE = 0.22
GATE_OVERLAP = 0.5


# Questions no programme answers, asked of each programme once: how close its nearest sentence
# comes to them is chance, and grows with the programme (one of thousands of sentences is always
# near). The dense measure must beat that chance, not only GATE_DENSE (docs/eval.md).
NULL_QUESTIONS = (
    "Quel temps fera-t-il demain ?", "Comment faire une pâte à crêpes ?",
    "Qui a gagné le Tour de France l'an dernier ?", "Quel est le meilleur traitement contre la "
    "grippe ?", "Combien de calories dans une banane ?", "Où acheter un canapé pas cher ?",
    "Quel âge a la reine d'Angleterre ?", "Comment dresser un chiot ?",
    "What will the weather be like tomorrow?", "How do I bake sourdough bread?",
    "Who won the Super Bowl last year?", "What is the best medicine for a headache?",
    "How tall is Mount Everest?", "Where can I buy cheap sneakers?",
    "Which movie won the Oscar for best picture?", "How do I train my cat to stop scratching?",
    "Wie wird das Wetter morgen?", "Wie koche ich Spätzle?",
    "Wer hat die Bundesliga gewonnen?", "Was hilft gegen Rückenschmerzen?",
    "Wie hoch ist die Zugspitze?", "Wo kann ich günstig Schuhe kaufen?",
    "Tell me a joke about penguins.", "Raconte-moi une blague sur les chats.",
)  # fmt: skip
NULL_QUANTILE = 0.9
# Verbs of saying: "what is X said to …?" asks what the text says; the text need not hold "said".
# Nor the words that point at the text or ask what it means: "X's abstract talks about …, what
# does she actually mean by that?", « que veut dire son résumé par … ? », or ask for it in short
# (« un topo rapide sur … », "a quick rundown of …").
_REPORTING = set(
    tokens(
        "said says stated explained explains wrote written claimed claims argued argues suggested "
        "mention mentions mentioned mentionne mentionnent mentionné cite cites cited évoque "
        "évoquent "
        "suggests described dit disent affirme affirment explique expliquent écrit écrivent "
        "abstract abstracts summary résumé talk talks mean means meant meaning signifie "
        "signifient entend veut actually really exactement vraiment topo rundown overview "
        "aperçu recap quick rapide brief bref "
        # The programme's fields, asked of a talk: "the name of the speaker of the wood
        # talk" asks who gives it; the texts need not hold "name" or "speaker"
        "name nom speaker speakers presenter presenters intervenant intervenante intervenants "
        "intervenantes orateur oratrice orateurs conférencier conférencière gives giving given "
        "presents presenting presented doing "
        # a talk by its other names: « quelle conférence me convient ? » asks no conference
        "intervention interventions conférence conférences exposé exposés "
        # a time of the asker's or of the programme's order: "I'll read up before", « après »
        "avant après before after "
        # the part of a talk asked for: "who handles the part about …?"
        "part bit section passage partie volet handles handling covering"
    )
)

# The programme's parts, named alike in French and English.
_UNITS = set(tokens("session sessions programme programmes program track tracks"))

# Spoken fillers say nothing the text could hold: « du coup », « enfin », « au juste », « genre »,
# « bref », « en fait », "like", "basically", "I mean", "kinda", "and stuff".
_FILLERS = re.compile(
    r"\b(au juste|du coup|en fait|enfin|bref|genre|franchement|carr[ée]ment|voil[àa]|ben|bah|"
    r"like|basically|i mean|kinda|sorta|and stuff|or something|actually|literally|anyway|"
    r"whatever|"
    # a pronoun for the topic that follows: "does her abstract say anything about X?"
    r"anything|something|quelque chose)\b",
    re.IGNORECASE,
)


def dense_floor(null_dense: list[float]) -> float:
    """The dense threshold for one programme: GATE_DENSE, or what chance reaches there."""
    if not null_dense:
        return GATE_DENSE
    ranked = sorted(null_dense)
    return max(GATE_DENSE, ranked[min(len(ranked) - 1, int(NULL_QUANTILE * len(ranked)))])


@dataclass
class Support:
    dense: float  # best sentence cosine
    overlap: float  # best share of the question's non-name content words in one source, by rarity
    floor: float = GATE_DENSE  # the programme's dense threshold (dense_floor)
    best: str | None = None  # the id of the source the overlap was measured in

    @property
    def enough(self) -> bool:
        return self.dense >= self.floor or self.overlap >= GATE_OVERLAP


@dataclass
class Gathered:
    """What retrieval found for one question, and how well it supports an answer."""

    embedding: list[float]
    retrieved: list[Retrieved]
    sources: list[Source]
    evidence: list[Evidence]
    support: Support


def support(
    question: str,
    sources: list[Source],
    evidence: list[Evidence],
    catalog: Catalog,
    vectors: Any = None,
    floor: float = GATE_DENSE,
) -> Support:
    """The gate's measures. The overlap weighs each word by its rarity in the programme (a word
    no sentence holds weighs most): on a large programme, "capital" or "password" is somewhere,
    and must not carry "What is the capital of Australia?". With `vectors` (embeds words), a
    question the literal measures do not support is measured again with translated words
    against the sources written in another language; and one that asks which talk suits the
    asker's situation, without the situation's words no text of the programme writes."""
    names = set(tokens(" ".join(catalog.find_speakers(question))))
    said = _FILLERS.sub(" ", question)
    asked = [t for t in dict.fromkeys(tokens(said)) if t not in names | _REPORTING]
    measured = _measured(question, asked, sources, evidence, catalog, vectors, floor)
    if measured.enough or vectors is None or names or not asks_for_me(question):
        return measured
    # "I make wine in a cooperative in Gironde, which talk is for me?": the asker's situation,
    # in words no text of the programme writes or translates (Gironde, wine), is not asked of
    # it; what is left must be found, two words at least and one of the programme's rarer, in
    # one text (the generic words any situation has, local, production, inhabitants, are
    # written by many of its sentences)
    kept = _of_the_programme(question, asked, catalog, vectors)
    # One rare word of a talk's title or a speaker's line is enough when it is all the asker
    # said of themself ("I run a fablab": the speaker from a FabLab), not when the rest is
    # elsewhere ("a medical student at Lille") or it is where they are (« j'habite à Bordeaux »);
    # how a talk suits them (« me concerne ») is none of it, whether the programme writes it or not
    placed = {t for town in IN_A_PLACE.findall(question) for t in tokens(town)}
    content = content_words(question, catalog)
    alone = bool(kept) and not (content - set(kept) - _SUITING or placed & set(kept))
    if not kept or (len(kept) == len(asked) and not alone):
        return measured
    # their field: not the talk asked for (« quelle conférence »), nor how it suits them
    field = [t for t in kept if t in content and t not in _SUITING] if alone else kept
    again = _measured(question, field or kept, sources, evidence, catalog, vectors, floor,
                      for_me=True, one_word=alone)  # fmt: skip
    return again if again.enough else measured


# How a talk suits the asker and what they do with their field, not their field: "which talk
# would suit me best?", « le plus adapté », "I run / manage a …"
_SUITING = set(
    tokens(
        "adapté adaptée adapted suit suits suited suitable fit fits correspond correspondrait "
        "pertinent pertinente relevant utile useful indiqué indiquée approprié appropriée "
        "appropriate run runs manage manages gère dirige i'm i’m concerne concernerait convient "
        "conviendrait"
    )
)


def _measured(
    question: str,
    asked: list[str],
    sources: list[Source],
    evidence: list[Evidence],
    catalog: Catalog,
    vectors: Any,
    floor: float,
    for_me: bool = False,
    one_word: bool = False,
) -> Support:
    weights = index_of(catalog).rarity(asked)
    dense = max((e.cosine for e in evidence), default=0.0)
    shared = [set(asked) & set(tokens(s.text)) for s in sources]
    # one shared word is not support: on a large programme any word is somewhere (but for the one
    # word that is all the asker said of themself, in a talk's title or a speaker's line, when it
    # is a rare one, below: `one_word`)
    held = [h if len(h) > 1 or (len(asked) < 2 and not for_me) or (one_word and s.kind in _RECORDS)
            else set() for h, s in zip(shared, sources, strict=True)]  # fmt: skip
    if for_me:
        held = [h if _specific(h, catalog) else set() for h in held]
    shares = [_share(weights, h) for h in held]
    top = max(range(len(shares)), key=shares.__getitem__, default=None)
    measured = Support(dense, shares[top] if top is not None else 0.0, floor,
                       sources[top].id if top is not None and shares[top] else None)  # fmt: skip
    if measured.enough or vectors is None:
        return measured
    written = [w for w in surface(question) if tokens(w) and tokens(w)[0] in weights]
    lang = language(question)
    total = sum(weights.values()) or 1.0
    in_translation, best = 0.0, measured.best
    for source, literal, same in zip(sources, held, shared, strict=True):
        if language(source.text) == lang:
            continue
        # A word naming the programme's parts, which both languages write ("session"), is not
        # found again as its own translation: alone it is no more support here than above
        # ("what does the session say about blockchain?"); beside a translated word it counts.
        units = same & _UNITS
        found = translated(written, literal | units, source.text, vectors)
        if units and not found:
            continue
        matched_words = set(found.values()) | literal | units
        if for_me and (len(matched_words) < 2 or not _specific(matched_words, catalog)):
            continue
        # A word counts as much as the programme's word it translates to: "work" matching a
        # common « travail » says little.
        rarity = index_of(catalog).rarity(list(found.values()))
        matched = sum(weights[t] for t in literal | units)
        matched += sum(min(weights[s], rarity[t]) for s, t in found.items())
        if matched / total > max(in_translation, measured.overlap):
            best = source.id
        in_translation = max(in_translation, matched / total)
    return Support(dense, max(measured.overlap, in_translation), floor, best)


_RECORDS = {"talk", "bio"}


def _specific(held: set[str], catalog: Catalog) -> bool:
    """One of the words is among the programme's rarer ones: "local" and "inhabitants", which
    many of its sentences write, do not say which talk suits a local football coach."""
    index = index_of(catalog)
    return any(w >= index.median_rarity for w in index.rarity(sorted(held)).values())


def _of_the_programme(question: str, asked: list[str], catalog: Catalog, vectors: Any) -> list[str]:
    """The asked stems some text of the programme writes, or translates."""
    written = index_of(catalog).written_stems
    unwritten = {t for t in asked if t not in written}
    translates = programme_translations(question, unwritten, catalog, vectors)
    return [t for t in asked if t not in unwritten or t in translates]


def _share(weights: dict[str, float], held: set[str]) -> float:
    total = sum(weights.values())
    return sum(weights[t] for t in held) / total if total else 0.0


def programme_translations(
    question: str, stems: set[str], catalog: Catalog, vectors: Any
) -> dict[str, str]:
    """{stem of a question word among `stems`: stem of the word of the programme's sentences it
    translates} ("singularities" → « singularités »); the programme's words are embedded once
    (`vectors` caches them)."""
    words = catalog.derived.get("sentence_words")
    if not isinstance(words, list):
        found = (w for s in catalog.sources.values() for t in quotable(s) for w in surface(t))
        words = catalog.derived["sentence_words"] = list(dict.fromkeys(found))
    asked = [w for w in surface(question) if tokens(w) and tokens(w)[0] in stems]
    return translated_among(asked, set(), words, vectors)
