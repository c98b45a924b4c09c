"""Follow-ups made standalone: "et elle, d’où vient-elle ?" → "… (à propos de Maryline Filippi)".

Deterministic: the subject is carried over from the latest turn that names one, in the question's
own language. Person pronouns look for a speaker first, other follow-ups for a talk first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant import prompts
from assistant.catalog import Catalog
from ingest.text import fold

_PERSON = r"\b(il|elle|ils|elles|lui|he|she|him|her|his|hers|they|them|their|son|sa|ses)\b"
_FOLLOW = (
    r"^(et|and|what about|how about|puis|ensuite|also|aussi)\b|"
    r"\b(il|elle|ils|elles|lui|he|she|him|her|his|it|its|they|them|their|ce talk|cette "
    r"intervention|cette presentation|that talk|this talk|celle-ci|celui-ci|la sienne|le sien)\b|"
    # a French possessive opening the question, as "his", "her": « et sa présentation ? »,
    # « leur exposé porte sur quoi ? » (not « qui a fait son doctorat ? »: the asker's subject)
    r"^(et )?(sa|ses|leurs?|son) \w|"
    # a French object pronoun before its verb: « qui la présente ? », « on le trouve où ? »
    r"\b(qui|on|je|tu|il|elle|nous|vous|ils|elles|ne|n) (la|le|les|l) (?!(session|seance)\b)\w|"
    # "which one" placed just before or after what was said: « laquelle vient juste après ? »,
    # "which one comes before it?", "which is next?" (not « lequel des exposés a lieu avant la
    # pause ? », "which one is after lunch?": a set and a moment of their own)
    r"^((ok|alors|du coup|so|then|and|et),? )?(lequel|laquelle|lesquel(le)?s|which( ones?)?) "
    r"(?!(of|des|de|d)\b)(\w+ ){0,3}(apres|avant|after|before|next|suivante?s?|precedente?s?)"
    r"( (it|that|this one|celle ci|celui ci|ca|cela|lui|elle))?\W*$"
)
MAX_FOLLOWUP_WORDS = 14


def _content(message: Any) -> tuple[str, str]:
    if isinstance(message, dict):
        return str(message.get("role", "")), str(message.get("content") or "")
    role, content = message  # (role, content) pairs
    return str(role), str(content)


def is_followup(question: str) -> bool:
    folded = fold(question)
    return len(folded.split()) <= MAX_FOLLOWUP_WORDS and bool(re.search(_FOLLOW, folded))


def condense(question: str, history: Sequence[Any], catalog: Catalog, lang: str) -> str:
    if not history or not is_followup(question):
        return question
    if catalog.find_speakers(question) or catalog.find_talks(question):
        return question
    wants_person = bool(re.search(_PERSON, fold(question)))
    for message in reversed(list(history)):
        _, content = _content(message)
        speakers = catalog.find_speakers(content)
        talks = [catalog.talks[t].title for t in catalog.find_talks(content)]
        found = (speakers + talks) if wants_person else (talks + speakers)
        if found:
            return prompts.ABOUT[lang].format(question=question, subject=found[0])
    return question


# The co-speaker of someone named, or of a talk: "the other speaker of the investment talk",
# « l'autre intervenante », "her co-speaker" (the talk's words up to its noun).
_THE_OTHER = re.compile(
    r"\b(?:the other (?:speaker|presenter|person|one|panelist)|"
    r"(?:his|her|their|\w+(?: \w+)?['’]s) (?:co-?speaker|co-?presenter|partner)|"
    r"l['’ ]?autre (?:intervenant|intervenante|oratrice|orateur|conf[ée]renci[èe]re?|"
    r"personne)|son (?:bin[ôo]me|co-?intervenant)|sa (?:bin[ôo]me|co-?intervenante))"
    r"(?: (?:of|on|in|de|du|d['’ ]?)(?: \S+){0,8}? (?:talk|presentation|intervention|"
    r"expos[ée]))?",
    re.IGNORECASE,
)


def the_other(question: str, catalog: Catalog, lang: str) -> str:
    """The question with "the other speaker" of a two-speaker talk replaced by their name, and
    asked alone when other sentences come first (« …, Granier est à la Fabrique ; et l'autre
    intervenante, elle vient d'où ? » → « Camille Etévé, elle vient d'où ? »). The talk is the
    one the question names, else the one of the speaker it names."""

    found = _THE_OTHER.search(question)
    if not found:
        return question
    # the one the other is other than: named, or said by their whole affiliation ("someone from
    # the Région Bretagne; is the other speaker …")
    named = catalog.find_speakers(question)
    talks = catalog.find_talks(question) or sorted(
        {t for n in named for t in catalog.speakers[n].talk_ids if t in catalog.talks}
    )
    if len(talks) != 1:
        return question
    speakers = catalog.talks[talks[0]].speakers
    others = [s for s in speakers if s not in named]
    if not others or len(others) == len(speakers):
        return question
    start = max(question.rfind(mark, 0, found.start()) for mark in ".;?!")
    asked = question[start + 1 : found.start()].strip()
    asked = re.sub(r"^(?:et|and|mais|but)\b\s*", "", asked, flags=re.IGNORECASE)
    text = f"{asked} {prompts.AND[lang].join(others)}{question[found.end() :]}".strip()
    return text[0].upper() + text[1:]


def unwrapped(question: str) -> str:
    """The question without the "(about “X”)" / « (à propos de « X ») » that `prompts.ABOUT`
    appends to a follow-up or a second part ("who funds it? (about “X”)" → "who funds it?")."""
    return re.sub(r"\s*\((?:about “[^”]*”|à propos de « [^»]* »)\)\s*$", "", question)
