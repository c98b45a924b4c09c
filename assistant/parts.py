"""Two questions in one ("What is «X» about, and who gives it?"): split, each part answered on its
own, the answers joined with their citations renumbered. The second part usually points back
("who gives it"): when it names no talk or speaker, it is asked about what the first one names.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from typing import Any

from assistant import chitchat, prompts
from assistant.catalog import Catalog
from assistant.condense import is_followup
from assistant.grounding import MARKER
from assistant.lexicon import plain, tokens
from assistant.planner import (
    LIST_THEM,
    PROGRAMME_WORDS,
    TALK_NOUNS,
    asks_abstracts,
    asks_both_kinds,
    asks_count,
    asks_personal_life,
    content_words,
    described,
    fitting,
    frame_text,
    index_of,
)
from assistant.policy import asks_what_it_is, organisations
from assistant.subjects import subject_asked
from assistant.types import Answer, Draft

_ASKING = (
    r"(?:(?:who|what|when|where|which|how|why|qui|que|quoi|quand|où|quel|quelle|quels|quelles|"
    r"comment|combien|pourquoi|de quoi|à quelle|à qui|"
    r"tell me|give me|summari[sz]e|explain|résume|explique|dis[- ]moi|donne[- ]moi)\b|qu['’]|"
    r"d['’]où|jusqu['’])"
)
# A second question may open on its subject ("and she mentions which region?", « et il parle de
# quoi ? »), on a preposition (« et de quel laboratoire vient-elle ? ») or on whose word it asks
# for (", and according to its abstract, which …").
_SECOND = (rf"(?:(?:he|she|they|il|elle|ils|elles)\s+(?:[\w’'-]+\s+){{1,4}}?(?:de\s+|about\s+)?"
           rf"{_ASKING}|(?:de|à|avec|with|from|in|for|about|on|sur|dans|par|by)\s+{_ASKING}|"
           rf"(?:according to|selon|d['’]apr[eè]s)\s+[^,?]{{1,40}},\s*{_ASKING}|"
           rf"(?:is there|are there|y a[- ]t[- ]il|does (?:he|she|it|they|the|his|her|their)|"
           rf"has (?:he|she|it|the)|est[- ]ce qu)\b|"
           # « …, et lequel vient de … ? » opens a question; « dans laquelle » is a clause
           rf"{_ASKING}|(?:lequel|laquelle|lesquels|lesquelles)\b)")  # fmt: skip
# One of the programme's things, its verb, and the asking word last.
_PROGRAMME_THING_ASKED = (
    r"(?:(?:chaque|each|every)\s+[\w’'-]+|(?:(?:la|le|les|the)\s+|l['’]\s*)(?:session|séance|"
    r"pause|break|salle|room|talks?|interventions?|exposés?|conférences?|présentations?|"
    r"presentations?|programme|journée|day))(?:\s+[\w’'-]+){0,5}?\s+"
    r"(?:combien(?:\s+de\s+temps)?|quand|où|how\s+long|when|where)\s*\??\s*$"
)

# After ", and" / ", et" or a question mark only (a bare « et » joins nouns: « le lin et son
# lien avec … »), a question may also open on whose thing it asks (« et son exposé dure combien
# de temps ? ») or on a subject set before it (« et la session, elle finit à quelle heure ? »).
_SECOND_AFTER_A_BREAK = (
    # a yes/no question on what the first counted or listed: « y en a qui … ? », "is one of
    # them …?", "does any have …?" (not « il y a une pause ? », a question of its own)
    r"(?:(?:il\s+)?y\s+en\s+a|il\s+y\s+a\s+(?:quelqu['’]un|des\s+intervenant)|(?:is|are|does|do|has|have)\s+(?:one|any|some)\s+of\s+(?:them|"
    r"those|these)|(?:does|do|has|have)\s+any\s+(?:have|of)|any\s+of\s+them|(?:l['’]une?|une?)\s+"
    r"(?:d['’]entre\s+(?:eux|elles)|d['’]eux|d['’]elles))\b|"
    # a practical question of its own, refused on its own (« …? Il y a une pause ? »)
    r"(?:il\s+)?y\s+(?:a|aura)\s+(?:une?|des)\s+(?:pauses?|breaks?|buffets?|repas|cocktails?|"
    r"pots?|cafés?)\b|"
    rf"(?:son|sa|ses|leurs?|his|her|their|its)\s+(?:[\w’'-]+\s+){{1,4}}?{_ASKING}|"
    rf"(?:(?:la|le|les|the)\s+|l['’]\s*)[\w’'-]+\s*,\s*(?:il|elle|ils|elles|it|they|he|she)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?:de\s+|à\s+|about\s+)?{_ASKING}|"
    # one of the programme's things, its verb, and the asking word last: « et chaque
    # intervention dure combien ? », ", and the break is when?" (`split_question` asks that the
    # first part asks too: « je viens pour Landau, et la salle est où ? » is one question)
    rf"{_PROGRAMME_THING_ASKED}"
)
_JOIN = re.compile(
    rf"(?:\s*,\s*(?:and|et)\s+|\s+(?:and|et)\s+|\?\s+(?:(?:and|et)\s+)?)(?={_SECOND})|"
    rf"(?:\s*,\s*(?:and|et)\s+|\?\s+(?:(?:and|et)\s+)?)(?={_SECOND_AFTER_A_BREAK})",
    re.IGNORECASE,
)
# Questions listed with commas before the last one's "and": "A, B, and C?", « A, B et C ? ».
# The first is a question of its own (an asking word opens it), and the second opens on an
# asking word that is not a relative pronoun (", which starts at 10", « , qui présente … »).
_LISTED = re.compile(
    r"\s*,\s+(?=(?:who|what|when|where|how|why|quand|où|comment|combien|pourquoi|quel|quelle|"
    r"quels|quelles|de quoi|à quelle|à qui|which (?:talk|one|speaker|session)|qui (?:la|le|les|"
    r"l['’]))\b)",
    re.IGNORECASE,
)
_OPENS_ON_ASKING = re.compile(rf"^\s*(?:(?:and|et|so|alors)\s+)?{_ASKING}", re.IGNORECASE)


def _listed(first: str) -> list[str]:
    """The first of three questions listed with commas, and the second, or [] when the commas
    do not list questions (an opener: "Okay, when …"; a clause; a comma inside a quoted
    title)."""
    found = _LISTED.split(first, maxsplit=1)
    if len(found) != 2 or len(found[0].split()) < 3 or not _OPENS_ON_ASKING.match(found[0]):
        return []
    if re.search(r"[«“\"]", found[0]) and not re.search(r"[»”]|\".*\"", found[0]):
        return []  # the comma is inside a quoted title
    return found


# Two things asked of one verb: « Quels montants et quels dispositifs présenteront X et Y ? »,
# "What figures and which schemes will they present?": one question, the first has no verb.
_WHICH = r"(?:quels?|quelles?|which|what)\s"
_SHARED_VERB = re.compile(rf"{_WHICH}(?:[\w’'-]+\s*){{1,2}}", re.IGNORECASE)
_VERBS = {"is", "are", "was", "were", "do", "does", "did", "will", "can", "has", "have", "est",
          "sont", "était", "étaient", "a", "ont", "fait", "font", "sera", "seront", "c'est",
          "c’est"}  # fmt: skip
# A first part that asks what a term means (« qu'est-ce qu'un FabLab », « qu'est-ce que le
# teillage », "what is a fab lab") has its own subject, not the second part's; « c'est quoi le
# sujet » asks about the other part's talk.
_DEFINITION = re.compile(
    r"^(?:(?:qu['’]est[- ]ce (?:qu['’]|que )|c['’]est quoi )(?:un|une|le|la|les|l['’])\s*"
    r"([\w-]+)|what(?:['’]s| is) an?\b)",
    re.IGNORECASE,
)


# A second part with no verb of its own, asked of the first's: « Quand a-t-elle obtenu son
# doctorat, et sur quel sujet ? », "when did he join, and in which role?": one question.
_ELLIPSIS = re.compile(
    r"^(?:(?:and|et)\s+)?(?:sur|de|dans|à|en|in|on|from|at|of|for|about|with|avec|par|by)\s+"
    r"(?:quel|quelle|quels|quelles|which|what|quoi)(?:\s+[\w’']+)?\s*\??$",
    re.IGNORECASE,
)


def _of_the_same_life_fact(first: str, second: str, catalog: Catalog) -> bool:
    """The first part asks a fact of a speaker's life (a degree, when they joined) and the
    second points back to it ("…, and what was it about?", « …, et elle portait sur quoi ? »),
    naming no talk nor person: one question about that fact."""
    return (
        asks_personal_life(first) is not None
        and pronoun_only(second, catalog)
        and not re.search(rf"\b{TALK_NOUNS}\b", frame_text(second))
    )


def pronoun_only(part: str, catalog: Catalog) -> bool:
    """The part names no talk and no speaker and points back with a pronoun ("who gives it?",
    « qui la présente ? »): what it asks of is what the other part's answer found."""
    return not (catalog.find_talks(part) or catalog.find_speakers(part)) and is_followup(part)


def _defines(part: str) -> bool:
    found = _DEFINITION.match(part)
    stems = set(tokens(found.group(1) or "")) if found else set()
    return bool(found) and not (stems and stems <= PROGRAMME_WORDS)


def split_question(question: str, catalog: Catalog, lang: str, vectors: Any = None) -> list[str]:
    """The parts of a two-part question (the question alone when it has one part). A part that
    names no talk or speaker is asked about what the other part names (`vectors`: to know a
    speaker the other part describes by a role in other words)."""
    pieces = _JOIN.split(question, maxsplit=1)
    later: list[str] = []  # the second part's own two, when three are asked in a list
    if len(pieces) == 2 and (listed := _listed(pieces[0])):
        # "What is X about, who gives it, and what is his role?": the first of three asked in a
        # list; the other two are the second part, split in turn when it is asked
        joiner = question[len(pieces[0]) : len(question) - len(pieces[1])]
        later = [listed[1], pieces[1]]
        pieces = [listed[0], listed[1] + joiner + pieces[1]]
    if len(pieces) != 2 or min(len(p.split()) for p in pieces) < 2:
        return [question]
    if re.match(_PROGRAMME_THING_ASKED, pieces[1], re.I) and not re.search(
        rf"\b{_ASKING}", pieces[0], re.IGNORECASE
    ):
        return [question]  # « J'arrive à 17h, et la session finit quand ? »: one question
    if asks_both_kinds(question):
        return [question]  # "which have an abstract, and which don't?": the talks, two lists
    if (
        asks_count(pieces[0]) or subject_asked(pieces[0]) or asks_abstracts(pieces[0])
    ) and _lists_them(pieces[1]):
        # "how many talks are there, and which ones?": one list, counted; « certaines
        # interventions parlent-elles de X ? Lesquelles ? »: one list of the talks on X; "are
        # there talks without an abstract, and which ones?": that list
        return [question]
    if _one_verb(pieces[0], pieces[1]) or _ELLIPSIS.match(pieces[1].strip()):
        return [question]
    if _of_the_same_life_fact(pieces[0], pieces[1], catalog):
        return [question]  # "when did X get his doctorate, and what was it about?"
    if chitchat.kind(pieces[0]) in {"greeting", "thanks"}:
        return [pieces[1][0].upper() + pieces[1][1:]]  # « Merci ! Et qui présente … ? »
    first = pieces[0].rstrip(" ?,") + " ?" if lang == "fr" else pieces[0].rstrip(" ?,") + "?"
    second = pieces[1][0].upper() + pieces[1][1:]
    if later:
        # each of the two asked of what the first names ("…, where does she work, and when
        # does the session start?": she, not the session, is the first part's speaker)
        middle, last = (_about(p, first, catalog, lang, vectors) for p in later)
        second = middle[0].upper() + middle[1:] + joiner + last
    else:
        second = _about(second, first, catalog, lang, vectors)
    if not _defines(first):
        first = _about(first, second, catalog, lang, vectors)
    return [first, second]


def _lists_them(part: str) -> bool:
    """A second part that only asks to name what the first counted: "which ones?", "could you
    name each of them?", "what are they all called?"."""
    framed = frame_text(part)
    rest = re.sub(LIST_THEM, " ", framed).split()
    return len(rest) < len(framed.split()) and not set(rest) - _ASKING_TO_LIST


# What may stand around "name them" ("could you name each of them, please?").
_ASKING_TO_LIST = set(
    "could can would you please tell me and et so all each every one of them then pourrais "
    "pourriez peux pouvez tu vous me les svp aussi also".split()
)


def asks_two(part: str, catalog: Catalog, lang: str, vectors: Any = None) -> bool:
    """Whether a second part is itself two questions, its first a question of its own ("who
    gives it, and what is his role?"), not a word or two pointing at the first part's answer
    ("Which one, and who's in it?": one question about what the first part found)."""
    pieces = _JOIN.split(part, maxsplit=1)
    return (
        len(pieces) == 2
        and len(pieces[0].split()) >= 3
        and len(split_question(part, catalog, lang, vectors)) == 2
    )


_WHICH_ONE = rf"{_WHICH}(?:one|ones)\b"


def _one_verb(first: str, second: str) -> bool:
    """« Quels montants et quels dispositifs présenteront X ? »: two things asked of one verb
    (the first part has none), not two questions. A second part that asks for "which one" of
    the first's noun has a verb of its own, and so has the first ("which talk opens and which
    one closes it?")."""
    words = first.strip().lower().split()
    own_verb = len(words) >= 3 and re.match(_WHICH_ONE, second, re.IGNORECASE)
    return bool(_SHARED_VERB.fullmatch(first.strip()) and re.match(_WHICH, second, re.IGNORECASE)
                and not own_verb and not set(words[1:]) & _VERBS)  # fmt: skip


def _about(part: str, other: str, catalog: Catalog, lang: str, vectors: Any = None) -> str:
    """The part asked about what the other part names, when it names nothing itself: "…, and
    who gives it?"; « Quel est le montant …, d'après l'exposé de X et Y ? »."""
    if catalog.find_talks(part) or catalog.find_speakers(part):
        return part
    if re.search(_THE_SESSION, part, re.IGNORECASE) and not re.search(_PERSON, part, re.I):
        return part  # "…, and when does the session start?" asks of the session, not a talk
    if vectors is not None and described(part, index_of(catalog), vectors):
        return part  # "who is the Industry Territories programme manager, and …": her own
    if fitting(part, catalog, vectors=vectors):
        return part  # "I hope to hear someone from my school. Does anyone fit, and …?"
    fit = fitting(other, catalog, vectors=vectors)
    if fit and re.search(_PERSON, part, re.IGNORECASE):
        # "…, does anyone fit, and what is her talk about?": the one who fits
        return prompts.ABOUT[lang].format(question=part, subject=fit[0])
    if re.search(rf"\b{TALK_NOUNS}\b", frame_text(part)) and content_words(part, catalog) - _ASKS:
        return part  # "who gives the distributed factory talk, and …": a talk by its subject
    if asks_what_it_is(part) and (org := _organisation_named(other, catalog)):
        # "X works at the CNRS — what does CNRS stand for, and what does it do?": "it" is the
        # organisation, not X
        return prompts.ABOUT[lang].format(question=part, subject=org)
    talks = catalog.find_talks(other)
    if about_them := pointed_back(part, talks, catalog, lang):
        return about_them
    subject = [catalog.talks[t].title for t in talks]
    subject += catalog.find_speakers(other) or described(other, index_of(catalog), vectors)
    return prompts.ABOUT[lang].format(question=part, subject=subject[0]) if subject else part


def _organisation_named(text: str, catalog: Catalog) -> str | None:
    """The longest organisation a speaker is from that `text` names (folded), or None."""
    folded = plain(text)
    found = [o for o in organisations([s.affiliation or "" for s in catalog.speakers.values()])
             if re.search(rf"\b{re.escape(o)}\b", folded)]  # fmt: skip
    return max(found, key=len, default=None)


def pointed_back(part: str, talks: list[str], catalog: Catalog, lang: str) -> str | None:
    """`part` asked of the speakers of the first of `talks`, when it names nobody and asks where
    a person it points back to works, or their job: « Qui parle des ateliers partagés, et il
    travaille où ? » asks where he works, on his card, not in the talk's texts."""
    if catalog.find_speakers(part) or not talks or talks[0] not in catalog.talks:
        return None
    asked = re.search(_PERSON, part, re.IGNORECASE) and re.search(_OF_A_PERSON, part, re.I)
    people = catalog.talks[talks[0]].speakers if asked else []
    subject = prompts.AND[lang].join(people)
    return prompts.ABOUT[lang].format(question=part, subject=subject) if people else None


# A person pointed back to, and what is asked of a person: where they work, their job.
_PERSON = r"\b(he|she|him|her|his|their|il|elle|lui|son|sa|ses|leur|leurs)\b"
_OF_A_PERSON = (
    r"\b(travaill\w*|bosse\w*|vient|viennent|from|works?|working|employ\w*|based|affiliat\w*|"
    r"poste|postes|job|role|rôle|r[oô]les?|m[ée]tier|fonction|profession|position|occupation|"
    r"structure|organisme|organi[sz]ation|institution|laboratoire|labo|university|universit[ée]|"
    r"doctorat|doctorate|phd|degree|diplôme|field|domaine|spécialité|specialty|expertise)\b"
)
_THE_SESSION = r"\b(the|this|la|cette) (session|séance|seance)\b"
# Verbs of asking a talk's speaker, not a subject of the talk's own: "who gives it?"
_ASKS = set(tokens("gives giving given presents presenting presented présente présentent donne"))


def joined(first: Draft, second: Draft) -> Draft:
    """Both answers in one, the second's citation numbers moved after the first's sources; a
    second answer that repeats the first ("what is X's job, and where does she work?" → one
    card) is given once."""
    if second.text == first.text:
        return first
    sources = list(first.sources)
    number = {s.id: n for n, s in enumerate(sources, 1)}

    def renumber(match: re.Match[str]) -> str:
        marks = []
        for raw in re.split(r"\s*,\s*", match.group(1)):
            n = int(raw)
            if not 1 <= n <= len(second.sources):
                continue
            source = second.sources[n - 1]
            if source.id not in number:
                sources.append(source)
                number[source.id] = len(sources)
            marks.append(f"[{number[source.id]}]")
        return " " + "".join(marks) if marks else ""

    text = first.text + "\n\n" + MARKER.sub(renumber, second.text)
    # "when does X speak, and how long is each talk?": a talk's session slot and a refusal
    # answer neither part
    unanswered = all(d.refused or d.hedged for d in (first, second))
    refused = unanswered and (first.refused or second.refused)
    return Draft(text, sources, "two-part", refused=refused, hedged=unanswered and not refused)


def after(shown: str, partials: Generator[Answer, None, Draft]) -> Generator[Answer, None, Draft]:
    """The second part's partial answers, shown after the first part's final text."""
    iterator: Iterator[Answer] = partials
    while True:
        try:
            partial = next(iterator)
        except StopIteration as done:
            return done.value
        partial.answer = f"{shown}\n\n{partial.answer}"
        yield partial
