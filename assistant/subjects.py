"""Every talk whose own texts write a subject, in the question's words or in other words.

"Which talks deal with farming or agriculture?", « Quelles interventions parlent d'écologie ? »:
the question asks for all the talks on a subject, not the one retrieval ranks first. A talk is
on the subject when its title or a sentence of its abstract holds one of the subject's words: the
same stem (« écologie » / « écologique »), a cognate the encoder agrees with, or a translation
(farming / « agricoles »; RANK_WORD_COSINE, the measure that ranks sentences by translated words).
Each talk found is listed with what shows it, quoted and cited: its title, or the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant import prompts
from assistant.catalog import Catalog, Source, TalkInfo
from assistant.extractive import quotable
from assistant.intents import intent, people
from assistant.lexicon import plain, tokens
from assistant.planner import PROGRAMME_WORDS, frame_text
from assistant.translation import RANK_WORD_COSINE, surface, translated_among
from assistant.types import Draft
from ingest import schema
from ingest.text import fold

# Talks asked for in the plural: "which talks", « quelles interventions », "any of the
# presentations", « certaines interventions », "are there any talks" (not "which talk": the one
# that fits best; not "sessions": a session is not listed as its talks).
_TALKS = r"(talks|presentations|interventions|conferences|exposes)"
_OF_THE = r"(of the |of these |among the |parmi les )?(other |autres |different |differentes )?"
_PLURAL = (
    r"\b((which|what|quelles|quels|any|any of the|some of the|all the|certaines|plusieurs|"
    rf"do any|are there( any)?|y a t il des|lesquelles|des|les) {_OF_THE}{_TALKS}|"
    rf"{_TALKS} (that|which|qui|dont))\b"
)
# What the talks do with the subject, up to the word before it: "deal with", "touch on", "talk
# about", "talks on", « parlent de », « s'intéressent aux », « portent sur », « abordent »,
# « s'appuient sur ».
_ON = (
    r"\b(deal\w* with|touch\w* on|talk\w* about|speak\w* about|(are|is|sont) (about|on|sur)|"
    r"relate\w* to|linked to|lie\w* a|focus\w* on|look\w* at|cover\w*|address\w*|discuss\w*|"
    r"mention\w*|concern\w*|tackl\w*|explor\w*|involv\w*|(have|has) (something|anything) to do "
    r"with|parl\w* (de|d|du|des)|trait\w* (de|d|du|des)|abord\w*|evoqu\w*|mentionn\w*|"
    r"(s )?interess\w* (a|au|aux|a la|a l)|port\w* sur|consacr\w* (a|au|aux|a la|a l)|"
    r"touch\w* (a|au|aux|a la|a l)|(il est )?question (de|d|du|des)|"
    # what they draw on: "rely on", "make use of", « s'appuient sur », « mobilisent »
    r"rel(y|ies|ied|ying) on|draw\w* on|build\w* on|mak\w* use of|(s )?appui\w* sur|"
    r"repos\w* sur|mobilis(e|es|ent|ez|ed|ing)\b|"
    rf"{_TALKS} (on|sur|about|regarding|concernant|autour (de|du|des)))"
    r" (?P<subject>.+)$"
)
# A negation before the subject: "which talks don't deal with X?" asks for the others.
_NEGATION = r"\b(not|n t|don t|doesn t|never|no|ne|n|pas|aucune?s?|jamais|without)\b"
# A second question after the subject ("…about linen, and who gives them?", « … et à quelle
# heure ? ») ends it.
_NEXT_QUESTION = (
    r"\b(?:(?:and|et|but|mais) )?(?:who|whom|when|what|where|which|why|how|qui|quand|quel|quelle|"
    r"quels|quelles|comment|pourquoi|a quelle|at what|lesquel\w*|do they|don t|sont elles|"
    r"sont ils)\b"
)
# A subject that points at another talk or compares ("the same topic as X", "each other",
# "more than one topic"): not a subject the texts write.
_COMPARED = (
    r"\b(same|other|others|each|similar|more than|less than|autres?|meme (sujet|theme|chose)|"
    r"memes|similaires?|comme (celle|celui|la|le|l))\b"
)
# A time or a part of the day asked with it: the schedule answers, not the texts.
_TIMED = (
    r"\b(morning|afternoon|evening|tonight|today|tomorrow|matin|apres midi|soir|soiree|"
    r"aujourd hui|demain|\d+ ?h\d*|\d+ \d\d|\d+ ?(am|pm))\b"
)
# Words around the subject that are not of it: "in any way", "at all", "list them all please".
_FILLERS = set(
    tokens(
        "any way ways all list them please which ones lesquelles lesquels some how manner "
        "extent sort kind form thing things topic topics subject subjects question questions "
        "issue issues theme themes sujet sujets thème thèmes certain certaine certaines aussi "
        "also even notably especially particular particulier particulière forme manière façon "
        "quelconque sorte talk talks presentation presentations intervention interventions "
        "session speaker speakers programme même meme détour passing mainly surtout directly "
        "directement indirectly indirectement word words mot mots term terms terme termes"
    )
)
_AROUND = _FILLERS | PROGRAMME_WORDS
_OR = r"\b(?:or|ou|and|et|nor|ni|as well as|ainsi que)\b|[,;/]"
MAX_TALKS = 12


@dataclass(frozen=True)
class Shown:
    """A talk on the subject and what shows it: its title (`source` its record) or a sentence
    of its abstract."""

    talk: TalkInfo
    source: Source
    sentence: str


def subject_asked(question: str) -> list[list[str]] | None:
    """The subject a question asks every talk about, as its alternatives' content words
    ("farming or agriculture" → [["farming"], ["agriculture"]]); None when the question does not
    ask for the talks, in the plural, on a subject."""
    framed = frame_text(question)
    if not re.search(_PLURAL, framed) or intent(question) in {"who", "when", "where"}:
        return None  # « qui présente les interventions qui parlent de X ? » asks who
    # the question's words with what it quotes ("the word « lin »")
    found = re.search(_ON, plain(question))
    if found is None or re.search(_NEGATION, found.string[: found.start("subject")]):
        return None
    subject = re.split(_NEXT_QUESTION, found.group("subject"))[0]
    if re.search(_COMPARED, subject) or re.search(_TIMED, framed):
        return None  # a time asked with it: the schedule answers, not the texts
    written = {fold(w): w for w in surface(question)}  # shown as the question writes them
    alternatives = []
    for piece in re.split(_OR, subject):
        kept = [w for w in surface(piece) if tokens(w) and tokens(w)[0] not in _AROUND]
        if kept:
            alternatives.append([written.get(w, w) for w in kept])
    return alternatives or None


def talks_on(
    subject: list[list[str]], talks: list[TalkInfo], catalog: Catalog, vectors: Any
) -> list[Shown]:
    """The talks whose title or abstract writes one of the subject's alternatives (half its
    words at least, in one sentence: "local areas" is shown by « locales », "how shopping habits
    change" not by « habitants » alone), each with the first text that does, the title before
    the abstract; those shown by their title first, then the others, in the order given."""
    found = []
    for talk in talks:
        for source, sentence in _texts(talk, catalog):
            if any(writes(alternative, sentence, vectors) for alternative in subject):
                found.append(Shown(talk, source, sentence))
                break
    # the talks whose title writes it first: on a large programme, the list is cut
    return sorted(found, key=lambda shown: shown.source.kind != "talk")


def _texts(talk: TalkInfo, catalog: Catalog) -> list[tuple[Source, str]]:
    record = catalog.sources[schema.talk_id(talk.id)]
    texts = [(record, talk.title)]
    for abstract in catalog.abstracts(talk.id):
        texts += [(abstract, sentence) for sentence in quotable(abstract)]
    return texts


def writes(alternative: list[str], sentence: str, vectors: Any) -> bool:
    """Whether the sentence writes half the alternative's words or more (rounded up): each as
    the same stem, or translated."""
    held = set(tokens(sentence))
    missing = [w for w in alternative if not set(tokens(w)) & held]
    if vectors is not None and missing:
        translated = translated_among(missing, set(), surface(sentence), vectors,
                                      RANK_WORD_COSINE, cognates=True)  # fmt: skip
        missing = [w for w in missing if tokens(w)[0] not in translated]
    return 2 * (len(alternative) - len(missing)) >= len(alternative)


def listed(shown: list[Shown], subject: list[list[str]], catalog: Catalog, lang: str) -> Draft:
    """The talks found, each with its speakers and what shows it, quoted and cited."""
    term = prompts.OR[lang].join(" ".join(words) for words in subject)
    lines, sources = [prompts.ON_SUBJECT[lang].format(subject=term)], []
    for item in shown[:MAX_TALKS]:
        sources.append(item.source)
        cite = f"[{len(sources)}]"
        by_title = item.source.kind == "talk"
        line = prompts.LIST_ITEM.format(
            title=item.talk.title,
            people=people(item.talk.speakers, catalog, lang),
            cite=cite if by_title else "",
        ).rstrip()
        if not by_title:  # the sentence that shows it, cited after the quote
            line += prompts.SAYING[lang].format(sentence=item.sentence, cite=cite)
        lines.append(line)
    if len(shown) > MAX_TALKS:
        lines.append(prompts.MORE_TALKS[lang].format(n=len(shown) - MAX_TALKS))
    return Draft("\n".join(lines), sources, "subject")
