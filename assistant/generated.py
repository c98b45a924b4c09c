"""Evaluation questions generated from the records of any ingested programme (issue 10).

Hand-written gold questions can be fitted by hand; these cannot: they are built from whatever is
in the store (its sessions, talks, speakers and abstracts), each with the facts the answer must
hold (a list of groups of accepted spellings, as in data/eval/dev.jsonl) and the sources any of
which it should cite. No language model is involved: the questions are templates filled from the
records, chosen with a seeded random generator, so the same store and seed give the same set.

Question types (each sampled to at most `per_type` subjects, then asked in French and/or English):

- who-presents: who presents «title»?
- affiliation / role: what is X's affiliation / role? (when the records give it)
- speakers-from: which speakers are from <a part of an affiliation>?
- who-is-role: who is the <role> among the speakers? (a role only one speaker has)
- topic-talk: is there a talk about <a content word of one title>? (the title and its speakers)
- talks-on: which talks deal with <a word that two to five titles write>? (every one of them;
  a talk whose abstract writes it may be listed too)
- which-talk-says: which talk says that <a sentence of an abstract, with a few words dropped and
  its clauses reordered>? (the abstract is the source)
- who-mentions: who mentions <a word found in one abstract and nowhere else>? (the speaker)
- no-abstract: which talks have no abstract? (when some are missing)
- count-talks / count-speakers: how many talks / speakers (in the programme, in each session)?
- when / where: when is «title» (the talk's own start, else its session's date and time)? where
  is it (the talk's or session's room)?
- order: in what order are the talks of a session (sessions of 2 to 8 talks)?
- two-part: what is «title» about, and who gives it? (the rarest word of any one sentence of its
  abstract, or "not provided"; and its speakers)

The templates below are evaluation data, not assistant prompts. The English questions ask about
the material as it is (French titles, words and sentences stay French): what an English-speaking
attendee of a French programme would type.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from assistant.catalog import Catalog, Source, TalkInfo
from assistant.evaluation import GoldItem
from assistant.lexicon import STOP_DE, STOP_EN, STOP_FR, elide, sentences
from ingest import schema
from ingest.text import fold

LANGS = ("fr", "en")
PER_TYPE = 20
MAX_LISTED = 10  # list questions whose answer would list more items than this are not asked
MAX_ON_A_WORD = 5  # "which talks deal with X?" asks of a word at most this many titles write

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "who-presents": {
        "fr": ["Qui présente « {title} » ?", "Qui donne l’intervention « {title} » ?",
               "« {title} », c’est présenté par qui ?"],
        "en": ["Who presents “{title}”?", "Who is giving the talk “{title}”?",
               "Who is the speaker for “{title}”?"],
    },
    "affiliation": {
        "fr": ["Quelle est l’affiliation {of_name} ?", "{name} vient de quelle institution ?",
               "Pour quel organisme travaille {name} ?"],
        "en": ["What is {name}'s affiliation?", "Which organisation is {name} from?",
               "Where does {name} work?"],
    },
    "role": {
        "fr": ["Quel est le rôle {of_name} ?", "Que fait {name} ?",
               "Quelle est la fonction {of_name} ?"],
        "en": ["What is {name}'s role?", "What does {name} do?", "What is {name}'s job?"],
    },
    "speakers-from": {
        "fr": ["Quels intervenants viennent {of_org} ?", "Qui représente {org} ?",
               "Y a-t-il quelqu’un {of_org} parmi les intervenants ?"],
        "en": ["Which speakers are from {org}?", "Who represents {org}?",
               "Is anyone from {org} speaking?"],
    },
    "who-is-role": {
        "fr": ["Qui est {role} parmi les intervenants ?", "Lequel des intervenants est {role} ?"],
        "en": ["Who among the speakers is {role}?", "Which speaker is {role}?"],
    },
    "topic-talk": {
        "fr": ["Y a-t-il une intervention sur {word} ?",
               "Est-ce qu’une présentation parle {of_word} ? Par qui ?",
               "Je m’intéresse à {word} : quelle présentation aller voir ?"],
        "en": ["Is there a talk about {word}?", "Does any talk cover {word}, and who gives it?",
               "I'm interested in {word}: which talk should I see?"],
    },
    "talks-on": {
        "fr": ["Quelles interventions parlent {of_word} ?",
               "Est-ce que certaines présentations abordent {the_word} ? Lesquelles ?"],
        "en": ["Which talks deal with {word}?", "Do any of the talks touch on {word}? Which ones?"],
    },
    "which-talk-says": {
        "fr": ["Quelle intervention dit {que_text} ?",
               "Dans quelle présentation lit-on {que_text} ?"],
        "en": ["Which talk says that {text}?", "In which talk is it said that {text}?"],
    },
    "who-mentions": {
        "fr": ["Qui parle {of_word} ?", "Quel intervenant mentionne « {word} » ?"],
        "en": ["Who mentions {word}?", "Which speaker talks about {word}?"],
    },
    "no-abstract": {
        "fr": ["Quelles interventions n’ont pas de résumé ?",
               "Pour quelles présentations le résumé manque-t-il ?"],
        "en": ["Which talks have no abstract?", "Which talks are missing an abstract?"],
    },
    "count-talks": {
        "fr": ["Combien y a-t-il d’interventions au programme ?",
               "Combien d’interventions compte la session « {session} » ?"],
        "en": ["How many talks are there in the programme?",
               "How many talks are in the session “{session}”?"],
    },
    "count-speakers": {
        "fr": ["Combien y a-t-il d’intervenants au programme ?",
               "Combien d’intervenants dans la session « {session} » ?"],
        "en": ["How many speakers are there in the programme?",
               "How many speakers does the session “{session}” have?"],
    },
    "when": {
        "fr": ["Quand a lieu « {title} » ?", "À quelle heure est « {title} » ?"],
        "en": ["When is “{title}”?", "What time is “{title}”?"],
    },
    "where": {
        "fr": ["Où a lieu « {title} » ?", "Dans quelle salle est « {title} » ?"],
        "en": ["Where is “{title}”?", "Which room is “{title}” in?"],
    },
    "order": {
        "fr": ["Dans quel ordre passent les interventions ?",
               "Quel est l’ordre des présentations de la session « {session} » ?"],
        "en": ["In what order are the talks?",
               "What is the running order of the session “{session}”?"],
    },
    "two-part": {
        "fr": ["De quoi parle « {title} » et qui la présente ?",
               "Qui présente « {title} », et de quoi ça parle ?"],
        "en": ["What is “{title}” about, and who gives it?",
               "Who gives “{title}” and what is it about?"],
    },
}  # fmt: skip
TYPES = tuple(TEMPLATES)

NOT_PROVIDED = ["pas été fourni", "non fourni", "pas de résumé", "not provided",
                "not been provided", "no abstract"]  # fmt: skip
_NUMBERS = {
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize dix-sept dix-huit dix-neuf vingt".split(),
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(),
}
_MONTHS = ("janvier février mars avril mai juin juillet août septembre octobre novembre "
           "décembre").split()  # fmt: skip
_MONTHS_EN = ("January February March April May June July August September October November "
              "December").split()  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu)[’']", re.IGNORECASE)
_ELIDED_END = re.compile(r"(?:[ldjmnstc]|qu)[’']$", re.IGNORECASE)
# Words a paraphrase may drop without changing what the sentence says.
_DROPPABLE = set("le la les un une the a an très also very really ainsi donc également aussi "
                 "particulier".split())  # fmt: skip
_STOP = {fold(w) for w in STOP_FR | STOP_EN}
_STOP_DE = {fold(w) for w in STOP_DE}
# What programmes call their own parts: nothing an attendee asks "who mentions …?" about.
_GENERIC = {fold(w) for w in "intervention interventions présentation présentations conférence "
            "exposé session sessions résumé speaker speakers abstract".split()}  # fmt: skip
_DETERMINERS = set("le la les un une des du de en au aux sur pour par avec the a an of for on with "
                   "about".split())  # fmt: skip


@dataclass
class GeneratedItem(GoldItem):
    """A generated question: a gold item whose `category` is its type."""

    type: str = ""
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class _Subject:
    """What one question is about, before it is worded in a language."""

    key: str  # sorts subjects before sampling, so the sample does not depend on dict order
    params: dict[str, str]
    facts: dict[str, list[list[str]]]  # per language
    sources: list[str]
    template: int | None = None  # a fixed template (e.g. programme-wide vs one session)


def generate(
    catalog: Catalog, lang: str = "both", per_type: int = PER_TYPE, seed: int = 0
) -> list[GeneratedItem]:
    """At most `per_type` subjects per question type, each asked in `lang` ('fr', 'en', 'both')."""
    langs = LANGS if lang == "both" else (lang,)
    facts = _Facts(catalog)
    items: list[GeneratedItem] = []
    for kind, build in _BUILDERS.items():
        rng = random.Random(f"{seed}:{kind}")
        subjects = sorted(build(facts, rng), key=lambda s: s.key)
        chosen = sorted(rng.sample(subjects, min(per_type, len(subjects))), key=lambda s: s.key)
        for n, subject in enumerate(chosen, 1):
            for language in langs:
                templates = TEMPLATES[kind][language]
                which = subject.template
                template = templates[which] if which is not None else rng.choice(templates)
                items.append(
                    GeneratedItem(
                        id=f"{kind}-{n:02d}-{language}",
                        question=template.format(**subject.params),
                        expect="answer",
                        category=kind,
                        lang=language,
                        sources=subject.sources,
                        facts=subject.facts[language],
                        type=kind,
                        params=subject.params,
                    )
                )
    return items


class _Facts:
    """The catalog read once for question building: titles, names, word counts."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.talks = list(catalog.talks.values())
        self.titles = _short_titles(self.talks)
        self.abstracts: dict[str, list[Source]] = {
            t.id: catalog.abstracts(t.id) for t in self.talks
        }
        # In how many units (a talk's whole abstract, or any other node) each folded word occurs.
        units = [" ".join(s.text for s in chunks) for chunks in self.abstracts.values() if chunks]
        units += [s.text for s in catalog.sources.values() if s.kind != "abstract"]
        self.df: dict[str, int] = {}
        for text in units:
            for word in {fold(w) for w in _words(text)}:
                self.df[word] = self.df.get(word, 0) + 1
        self.name_words = {fold(w) for name in catalog.speakers for w in _words(name)}
        for talk in self.talks:
            self.name_words |= {fold(w) for name in talk.speakers for w in _words(name)}

    def talk_source(self, talk: TalkInfo) -> Source:
        return self.catalog.sources[schema.talk_id(talk.id)]

    def bios(self, talk: TalkInfo) -> list[str]:
        known = self.catalog.speakers
        return [known[n].bio_id for n in talk.speakers if n in known]

    def speaker_sources(self, name: str) -> list[str]:
        info = self.catalog.speakers[name]
        return [info.bio_id, *(schema.talk_id(t) for t in info.talk_ids)]

    def abstract_text(self, talk: TalkInfo) -> str:
        return "\n".join(s.text for s in self.abstracts[talk.id])

    def content_words(self, text: str) -> list[str]:
        return [
            w for w in _words(text)
            if len(w) >= 5 and fold(w) not in _STOP and fold(w) not in self.name_words
        ]  # fmt: skip


# ---- one builder per type: the subjects a question can be asked about ------------------------


def _who_presents(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for talk in f.talks:
        if talk.speakers:
            facts = _people(talk.speakers)
            yield _Subject(talk.id, {"title": f.titles[talk.id]}, _both(facts),
                           [schema.talk_id(talk.id), *f.bios(talk)])  # fmt: skip


def _affiliation(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for name, info in f.catalog.speakers.items():
        if info.affiliation:
            facts = [[part] for part in _affiliation_parts(info.affiliation)]
            yield _Subject(name, _name(name), _both(facts), f.speaker_sources(name))


def _role(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for name, info in f.catalog.speakers.items():
        if info.role:
            yield _Subject(name, _name(name), _both([[_role_phrase(info.role)]]),
                           f.speaker_sources(name))  # fmt: skip


def _speakers_from(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    members: dict[str, tuple[str, list[str]]] = {}
    for name, info in f.catalog.speakers.items():
        for part in _affiliation_parts(info.affiliation or ""):
            members.setdefault(fold(part), (part, []))[1].append(name)
    for key, (org, names) in members.items():
        if len(names) <= MAX_LISTED:
            sources = [s for n in names for s in f.speaker_sources(n)]
            params = {"org": org, "of_org": elide("de", org)}
            yield _Subject(key, params, _both(_people(names)), sources)


def _who_is_role(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    roles = {n: fold(i.role) for n, i in f.catalog.speakers.items() if i.role}
    for name, info in f.catalog.speakers.items():
        if not info.role:
            continue
        phrase = _role_phrase(info.role)
        if any(fold(phrase) in other for n, other in roles.items() if n != name):
            continue
        yield _Subject(name, {"role": phrase}, _both(_people([name])), f.speaker_sources(name))


def _topic_talk(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for talk in f.talks:
        others = {_stem(w) for t in f.talks if t.id != talk.id for w in _words(t.title)}
        words = [w for w in f.content_words(talk.title) if _stem(w) not in others]
        # a word after a determiner or preposition is most likely a noun: what people ask about
        nouns = [w for w in words if w in _after_determiner(talk.title)]
        words = list(dict.fromkeys(_display(w, talk.title) for w in nouns or words))
        if words and talk.speakers:
            facts = [[f.titles[talk.id]], *_people(talk.speakers)]
            word = rng.choice(words)
            sources = [schema.talk_id(talk.id), *(s.id for s in f.abstracts[talk.id])]
            yield _Subject(talk.id, {"word": word, "of_word": elide("de", word)}, _both(facts),
                           sources)  # fmt: skip


def _talks_on(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    words: dict[str, str] = {}  # stem → the word as first written in a title
    for talk in f.talks:
        # a word after a determiner or a preposition, or in a list ("Design, industrie et
        # territoire"): a noun, what people ask about; not an infinitive ("pour créer")
        nouns = _after_determiner(talk.title) | _listed_nouns(talk.title)
        for word in f.content_words(talk.title):
            noun = word in nouns and not _verb(word, talk.title)
            if noun and fold(word) not in _GENERIC | _STOP_DE:
                words.setdefault(_stem(word), _display(word, talk.title))
    asked: set[frozenset[str]] = set()
    for key, word in sorted(words.items()):
        talks = [t for t in f.talks if t.speakers and _in_title(key, t)]
        ids = frozenset(t.id for t in talks)
        if 2 <= len(talks) <= MAX_ON_A_WORD and ids not in asked:
            asked.add(ids)
            facts = [[f.titles[t.id], *t.speakers, *(_last(n) for n in t.speakers)] for t in talks]
            sources = [i for t in talks for i in _talk_and_abstract(f, t)]
            params = {"word": word, "of_word": elide("de", word), "the_word": _the(word)}
            yield _Subject(key, params, _both(facts), sources)


def _in_title(stem: str, talk: TalkInfo) -> bool:
    return any(_same_word(stem, _stem(w)) for w in _words(talk.title))


def _talk_and_abstract(f: _Facts, talk: TalkInfo) -> list[str]:
    return [schema.talk_id(talk.id), *(s.id for s in f.abstracts[talk.id])]


def _listed_nouns(title: str) -> set[str]:
    """Words of a title after a comma or « et » / "and": items of a list of nouns."""
    return {m.group(1) for m in re.finditer(r"(?:,|\bet|\band|&)\s+([^\W\d_][\w’'-]*)", title)}


def _verb(word: str, title: str) -> bool:
    """An infinitive after « pour », « à », "to" or « comment » (« pour créer », "how to build")."""
    before = re.search(rf"\b(\w+)\s+{re.escape(word)}\b", title)
    if before is None:
        return False
    return fold(before.group(1)).lower() in _BEFORE_A_VERB and bool(
        re.search(r"(er|ir|re)$", fold(word))
    )


_BEFORE_A_VERB = {"pour", "a", "to", "comment", "sans"}


def _same_word(a: str, b: str) -> bool:
    """« industrie » and « industriels »: one is the other (six letters at least) with an ending
    of a few letters (not « commun » and « communication »)."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 6 and long.startswith(short) and len(long) - len(short) <= 3)


def _the(word: str) -> str:
    """The word after a French definite article: « l’industrie », « la filière »; a plural or an
    unknown gender reads « les … » only when it ends in s or x, else « le / la » is guessed by
    its ending (a question wording, not a grammar)."""
    if word[:1].lower() in "aeéèêiouyh":
        return f"l’{word}"
    if word.endswith(("s", "x")):
        return f"les {word}"
    return f"la {word}" if word.endswith(("e", "é", "ion", "té")) else f"le {word}"


def _which_talk_says(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for talk in f.talks:
        found = [(c.id, s) for c in f.abstracts[talk.id] for s in sentences(c.text)]
        found = [(i, s) for i, s in found if len(s.split()) >= 8 and _prose(s)]
        if not found:
            continue
        source_id, sentence = rng.choice(found)
        names = [*talk.speakers, *(_last(n) for n in talk.speakers)]
        facts = [[f.titles[talk.id], *names]]
        text = _paraphrase(sentence, rng)
        params = {"text": text, "que_text": elide("que", text)}
        yield _Subject(talk.id, params, _both(facts), [source_id])


def _who_mentions(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for talk in f.talks:
        text = f.abstract_text(talk)
        rare = [w for w in f.content_words(text) if len(w) >= 6 and f.df.get(fold(w)) == 1]
        shown = sorted({_display(w, text) for w in rare if fold(w) not in _GENERIC},
                       key=lambda w: (-len(w), w))  # fmt: skip
        ranked = [w for w in shown if w[:1].isupper()][:5] or shown[:5]  # names first
        if not ranked or not talk.speakers:
            continue
        word = rng.choice(ranked)
        sources = [s.id for s in f.abstracts[talk.id] if fold(word) in fold(s.text)]
        params = {"word": word, "of_word": elide("de", word)}
        yield _Subject(talk.id, params, _both(_people(talk.speakers)), sources)


def _no_abstract(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    missing = [t for t in f.talks if t.abstract_missing]
    if 0 < len(missing) <= MAX_LISTED:
        facts = [[f.titles[t.id]] for t in missing]
        yield _Subject("all", {}, _both(facts), [schema.talk_id(t.id) for t in missing])


def _count_talks(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    yield from _counts(f, lambda talks: len(talks), "talk")


def _count_speakers(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    yield from _counts(f, lambda talks: len({n for t in talks for n in t.speakers}), "bio")


def _counts(f: _Facts, count: Callable[[list[TalkInfo]], int], kind: str) -> Iterable[_Subject]:
    def sources(talks: list[TalkInfo], sessions: list[str]) -> list[str]:
        ids = [schema.session_id(s) for s in sessions] + [schema.talk_id(t.id) for t in talks]
        return ids + [b for t in talks for b in f.bios(t)] if kind == "bio" else ids

    everything = sorted(f.catalog.sessions)
    yield _Subject("", {}, _number_facts(count(f.talks)), sources(f.talks, everything), 0)
    if len(f.catalog.sessions) > 1:
        for sid, session in f.catalog.sessions.items():
            talks = [t for t in f.talks if t.session_id == sid]
            params = {"session": str(session.metadata.get("session", sid))}
            yield _Subject(sid, params, _number_facts(count(talks)), sources(talks, [sid]), 1)


def _when(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for talk in f.talks:
        meta = f.talk_source(talk).metadata
        date, start = _split_when(str(meta.get("talk_start") or ""))
        if not start:  # the talk's own time, else its session's
            date, start = "", str(meta.get("start") or "")
        date = date or str(meta.get("date") or "")
        facts = {
            lang: ([_date_alternatives(date)] if date else [])
            + ([_time_alternatives(start, lang)] if start else [])
            for lang in LANGS
        }
        where = [schema.talk_id(talk.id), schema.session_id(talk.session_id)]
        if facts["fr"]:
            yield _Subject(talk.id, {"title": f.titles[talk.id]}, facts, where)


def _where(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for talk in f.talks:
        meta = f.talk_source(talk).metadata
        room = str(meta.get("talk_room") or meta.get("room") or "")
        if room:
            where = [schema.talk_id(talk.id), schema.session_id(talk.session_id)]
            yield _Subject(talk.id, {"title": f.titles[talk.id]}, _both([[room]]), where)


def _order(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    single = len(f.catalog.sessions) == 1
    for sid, session in f.catalog.sessions.items():
        talks = [t for t in f.talks if t.session_id == sid]  # the catalog keeps programme order
        if 2 <= len(talks) <= 8:
            params = {"session": str(session.metadata.get("session", sid))}
            facts = [[f.titles[t.id]] for t in talks]
            sources = [schema.session_id(sid), *(schema.talk_id(t.id) for t in talks)]
            yield _Subject(sid, params, _both(facts), sources, 0 if single else 1)


def _two_part(f: _Facts, rng: random.Random) -> Iterable[_Subject]:
    for talk in f.talks:
        if not talk.speakers:
            continue
        if talk.abstract_missing:
            about = NOT_PROVIDED
        else:
            # "What is it about" has no one right sentence: any sentence of the abstract
            # answers it, so each sentence gives its rarest word (the answer must quote one).
            title = {fold(w) for w in _words(talk.title)}
            about = []
            for sentence in sentences(f.abstract_text(talk)):
                words = [w for w in f.content_words(sentence) if fold(w) not in title]
                ranked = sorted(set(words), key=lambda w: (f.df.get(fold(w), 0), -len(w), w))
                about += [ranked[0]] if ranked and ranked[0] not in about else []
        if about:
            facts = [about, *_people(talk.speakers)]
            sources = [schema.talk_id(talk.id), *(s.id for s in f.abstracts[talk.id])]
            yield _Subject(talk.id, {"title": f.titles[talk.id]}, _both(facts), sources)


_BUILDERS: dict[str, Callable[[_Facts, random.Random], Iterable[_Subject]]] = {
    "who-presents": _who_presents,
    "affiliation": _affiliation,
    "role": _role,
    "speakers-from": _speakers_from,
    "who-is-role": _who_is_role,
    "topic-talk": _topic_talk,
    "talks-on": _talks_on,
    "which-talk-says": _which_talk_says,
    "who-mentions": _who_mentions,
    "no-abstract": _no_abstract,
    "count-talks": _count_talks,
    "count-speakers": _count_speakers,
    "when": _when,
    "where": _where,
    "order": _order,
    "two-part": _two_part,
}
assert tuple(_BUILDERS) == TYPES


# ---- wording helpers --------------------------------------------------------------------------


def _name(name: str) -> dict[str, str]:
    return {"name": name, "of_name": elide("de", name)}


def _both(facts: list[list[str]]) -> dict[str, list[list[str]]]:
    return {lang: facts for lang in LANGS}


def _words(text: str) -> list[str]:
    """Words as written, elisions split off (l’ébéniste → ébéniste)."""
    return [_ELISION.sub("", w) for w in _WORD.findall(text) if _ELISION.sub("", w)]


def _stem(word: str) -> str:
    folded = fold(word)
    return folded[:-1] if folded.endswith(("s", "x")) and len(folded) > 4 else folded


def _display(word: str, text: str) -> str:
    """A word as an attendee would type it: lower case unless it is an acronym or a name (a word
    the text always capitalises where no sentence or title part begins)."""
    if word.isupper() and len(word) > 1:
        return word
    inner = []
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.IGNORECASE):
        before = _ELIDED_END.sub("", text[: match.start()]).rstrip()
        if before and before[-1] not in '.!?…:–—«“"(':
            inner.append(match.group())
    return word if inner and all(w[:1].isupper() for w in inner) else word.lower()


def _after_determiner(title: str) -> set[str]:
    """Words of a title that follow an article, a preposition or an elided one (l’usine)."""
    found: set[str] = set()
    previous = ""
    for match in _WORD.finditer(title):
        raw = match.group()
        word = _ELISION.sub("", raw)
        if word != raw or fold(previous) in _DETERMINERS:
            found.add(word)
        previous = raw
    return found


def _last(name: str) -> str:
    parts = name.split()
    return " ".join(parts[1:]) if len(parts) > 1 else name


def _people(names: list[str]) -> list[list[str]]:
    """One fact per person: the full name or the last name."""
    return [list(dict.fromkeys([n, _last(n)])) for n in names]


def _short_titles(talks: list[TalkInfo]) -> dict[str, str]:
    """How an attendee names a talk: its main title, before a subtitle or a long tail, unless
    that is also part of another talk's title."""
    folded = {t.id: _plain(t.title) for t in talks}
    found = {}
    for talk in talks:
        short = _short_title(talk.title)
        clash = any(_plain(short) in title for i, title in folded.items() if i != talk.id)
        found[talk.id] = talk.title if clash else short
    return found


def _plain(text: str) -> str:
    return fold(text).replace("’", "'")


def _short_title(title: str) -> str:
    head = re.split(r"\s+[-–—]\s+|\s*:\s+|\s*\?\s*", title, maxsplit=1)[0].strip()
    if len(head.split()) >= 2 and len(head) < len(title):
        title = head
    words = title.split()
    if len(words) <= 12:
        return title
    words = words[:12]
    while fold(words[-1]) in _STOP:
        words.pop()
    return " ".join(words)


def _affiliation_parts(affiliation: str) -> list[str]:
    parts = re.split(r"\s+(?:et|and)\s+|\s*[;,&/]\s*", affiliation)
    return [p.strip() for p in parts if len(p.strip()) >= 2]


def _role_phrase(role: str) -> str:
    """The first clause of a role, at most five words, not ending on a function word."""
    words = role.split(",")[0].split()[:5]
    while len(words) > 1 and fold(words[-1]) in _STOP:
        words.pop()
    return " ".join(words)


def _paraphrase(sentence: str, rng: random.Random) -> str:
    """The sentence as an attendee half-remembers it: a long one cut to its longest clause, an
    article or adverb or two dropped, a short leading clause moved to the end; the final
    punctuation and the capital removed."""
    text = sentence.strip().rstrip(".!?… ").strip()
    if len(text.split()) > 30:
        clauses = [c.strip() for c in re.split(r"\s*[;:]\s+|,\s+", text) if c.strip()]
        longest = max(clauses, key=lambda c: len(c.split()))
        text = longest if len(longest.split()) >= 8 else text
    words = text.split()
    if len(words) > 30:
        words = words[:25]
        while fold(words[-1]) in _STOP or words[-1].lower() in _DROPPABLE | {"mais", "non"}:
            words.pop()
    droppable = [i for i, w in enumerate(words)
                 if w.lower() in _DROPPABLE and 0 < i < len(words) - 1]  # fmt: skip
    for i in sorted(rng.sample(droppable, min(2, len(droppable))), reverse=True):
        del words[i]
    text = " ".join(words)
    head, comma, tail = text.partition(", ")
    clause = tail.split(",")[0]  # not a list: "Territoires apprenants, créatifs, laboratoires"
    if comma and 1 <= len(head.split()) <= 6 and len(clause.split()) >= 4:
        text = f"{tail}, {head[:1].lower() + head[1:] if _lowerable(head) else head}"
    return text[:1].lower() + text[1:] if _lowerable(text) else text


def _prose(sentence: str) -> bool:
    """A sentence a person could quote: no markup, code, address or list bullet."""
    return not re.search(r"[*#`|<>{}\[\]_=@/\\]|https?:|^\W", sentence) and bool(_words(sentence))


def _lowerable(text: str) -> bool:
    first = text.split()[0] if text.split() else ""
    return len(first) > 1 and first[:1].isupper() and first[1:].islower()


def _number_facts(n: int) -> dict[str, list[list[str]]]:
    return {lang: [[str(n)] + ([_NUMBERS[lang][n]] if n < len(_NUMBERS[lang]) else [])]
            for lang in LANGS}  # fmt: skip


def _split_when(value: str) -> tuple[str, str]:
    """'2026-06-24T10:00:00+02:00' → ('2026-06-24', '10:00'); '10:00' → ('', '10:00')."""
    match = re.fullmatch(
        r"(\d{4}-\d{2}-\d{2})?[T ]?(\d{1,2}[:hH]\d{2})?(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?",
        value.strip(),
    )
    if not match:
        return "", value.strip()
    return match.group(1) or "", match.group(2) or ""


def _time_alternatives(value: str, lang: str) -> list[str]:
    match = re.fullmatch(r"(\d{1,2})\s*[:hH]\s*(\d{2})?", value.strip())
    if not match:
        return [value]
    hour, minutes = int(match.group(1)), match.group(2) or "00"
    found = [
        f"{hour:02d}:{minutes}",
        f"{hour}:{minutes}",
        f"{hour}h{minutes}",
        f"{hour} h {minutes}",
    ]
    if minutes == "00":
        found += [f"{hour}h", f"{hour} h"]
    if lang == "en":
        twelve, suffix = hour % 12 or 12, "pm" if hour >= 12 else "am"
        found += [f"{twelve}:{minutes} {suffix}", f"{twelve}:{minutes}{suffix}"]
        if minutes == "00":
            found += [f"{twelve} {suffix}", f"{twelve}{suffix}"]
    return list(dict.fromkeys(found))


def _date_alternatives(value: str) -> list[str]:
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        day, month = int(iso.group(3)), int(iso.group(2))
    else:
        words = fold(value).split()
        months = [fold(m) for m in _MONTHS]
        month = next((months.index(w) + 1 for w in words if w in months), 0)
        day = next((int(w) for w in words if w.isdigit() and int(w) <= 31), 0)
        if not (day and month):
            return [value]
    fr, en = _MONTHS[month - 1], _MONTHS_EN[month - 1]
    return list(dict.fromkeys([value, f"{day} {fr}", f"{en} {day}", f"{day} {en}",
                               f"{day:02d}/{month:02d}"]))  # fmt: skip
