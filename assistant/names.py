"""Names a question gives that the programme never mentions ("Is Bernard Stiegler speaking?").

A name is two to four capitalised words in a row (particles such as « de » or "van" may join
them), outside quoted titles, frame words and calendar words. It is unknown to the programme
when none of its words, nor their stems, is written anywhere in the programme (texts, titles,
names, affiliations, rooms): then nothing the programme says is about it, and the answer says so
instead of quoting the nearest sentence about something else.
"""

from __future__ import annotations

import re

from assistant.catalog import Catalog, Source
from assistant.lexicon import (
    STOP_DE,
    STOP_EN,
    STOP_FR,
    tokens,
    unelide,
    unpossessed,
    unquoted,
    words,
)
from ingest.text import fold

_CAPITALISED = re.compile(r"^[A-ZÀ-Þ][\w’'-]*$")
_PARTICLES = {"de", "du", "des", "d", "van", "von", "der", "den", "da", "di", "del", "la", "le"}
# Words capitalised for another reason than being a name.
_NOT_NAMES = set(
    "hey hi hello bonjour salut merci please thanks ok okay dear cher chere madame monsieur "
    "mr mrs ms dr pr prof professeur professor "
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi "
    "vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "january february march april may june july august september october november december "
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "januar februar marz juni juli oktober dezember morning afternoon evening matin soir "
    "session sessions talk talks room salle "
    # apologies and the speaker's own "I": "Sorry I'm late.", « Désolée, j'arrive »
    "sorry desole desolee pardon excuse excusez oops i i'm i’m im i've i’ve i'd i’d i'll "
    "i’ll".split()
)
_SKIP = {fold(w) for w in STOP_FR | STOP_EN | STOP_DE} | _NOT_NAMES
MIN_WORDS = 2
MAX_WORDS = 4


def name_spans(question: str) -> list[str]:
    """The question's runs of capitalised words that read as a name, as written."""
    spans: list[str] = []
    current: list[str] = []

    def close() -> None:
        while current and current[-1].lower() in _PARTICLES:
            current.pop()
        capitals = [w for w in current if w.lower() not in _PARTICLES]
        if MIN_WORDS <= len(capitals) <= MAX_WORDS:
            spans.append(" ".join(current))
        current.clear()

    for raw in unquoted(question).split():
        ends = bool(re.search(r"[^\w’'-]$", raw))
        word = unpossessed(unelide(raw.strip(',;:!?.()[]"«»“”')))
        capital = bool(_CAPITALISED.match(word)) and fold(word.lower()) not in _SKIP
        if capital or (current and word.lower() in _PARTICLES):
            current.append(word)
        else:
            close()
        if ends:
            close()
    close()
    return spans


def vocabulary(catalog: Catalog) -> set[str]:
    """Every word the programme writes anywhere, folded, and its stem (a plural or a feminine
    form of a programme's word is that word); built once per catalog."""
    found = catalog.derived.get("vocabulary")
    if not isinstance(found, set):
        found = set()
        for source in catalog.sources.values():
            fields = (v for v in source.metadata.values() if isinstance(v, str) and len(v) < 300)
            texts = [source.text, *fields]  # names, titles, rooms, affiliations
            for text in texts:
                found.update(_folded_words(text))
        found |= set(tokens(" ".join(sorted(found))))  # each distinct word stemmed once
        catalog.derived["vocabulary"] = found
    return found


def unknown_name(question: str, catalog: Catalog) -> str | None:
    """The first name in the question none of whose words the programme writes, if any."""
    known = vocabulary(catalog)
    for span in name_spans(question):
        words = [w for w in _folded_words(span) if w not in _PARTICLES]
        if words and not any(w in known or known.intersection(tokens(w)) for w in words):
            return span
    return None


def _folded_words(text: str) -> list[str]:
    plain = " ".join(unelide(w) for w in words(text))
    return re.findall(r"[^\W_]+", fold(plain))


# A speaker's English possessive typed without its apostrophe or its capital, before what a
# speaker has: "in landaus talk", "filippi's abstract" (not a French plural: « les maires des
# communes »); the encoder reads "landau" and "Landau" apart.
_HELD = (
    r"talks?|abstracts?|presentations?|papers?|slides|bio|work|research|arguments?|points?|"
    r"examples?|sections?|parts?|lectures?|keynotes?|ideas?"
)


def apostrophised(question: str, catalog: Catalog) -> str:
    """The question with "landaus talk" or "landau's talk" written "Landau's talk" when Landau
    is a speaker's last name (as the programme spells it)."""
    last = {fold(name.split()[-1]): name.split()[-1] for name in catalog.speakers if name.split()}

    def mend(found: re.Match[str]) -> str:
        name = last.get(fold(found.group(1)))
        if name is None or (found.group(1) == name and found.group(0)[len(name)] in "'’"):
            return found.group(0)  # not a speaker, or written so already
        return f"{name}'s "

    return re.sub(rf"\b([^\W\d_]{{3,}})(?:s|['’]s) (?=(?:{_HELD})\b)", mend, question)


# Whether someone is a speaker, the name its subject: "is X one of the speakers?", "is X
# speaking?", "does X give a talk?", « X intervient-il ? », « est-ce que X fait partie des
# intervenants ? »
_SPEAKING = (
    r"(speak(s|ing)?|present(s|ing)?|giv(e|es|ing) a talk|one of the (speakers|presenters)|"
    r"among the (speakers|presenters)|an? (speaker|presenter)|on the (programme|program|line ?up)"
    r"|intervien\w*|present\w*|fait partie des (intervenant\w*|orat\w*)|"
    r"(est|sera) (il |elle )?(un |une |l un |l une |parmi les )?(des )?(intervenant\w*|orat\w*))\b"
)


def mentioned_not_speaking(question: str, catalog: Catalog) -> tuple[str, Source] | None:
    """A name the question asks about as a speaker that no speaker has, nor a title, but a
    text writes (a person an abstract cites): the name and the first text that writes it."""
    asked = " ".join(_folded_words(unquoted(question)))
    speakers = {fold(w) for name in catalog.speakers for w in name.split()}
    titled = {w for t in catalog.talks.values() for w in _folded_words(t.title)}
    for span in name_spans(question):
        words = [w for w in _folded_words(span) if w not in _PARTICLES]
        if not words or set(words) & speakers or set(words) <= titled:
            continue
        name = " ".join(_folded_words(span))
        subject = (
            rf"(\b(is|does|will|est ce que|est ce qu) {name} |^{name} (il |elle )?){_SPEAKING}"
        )
        if not re.search(subject, asked):
            continue
        for source in catalog.sources.values():
            if source.kind in {"abstract", "session"} and set(words) <= set(
                _folded_words(source.text)
            ):
                return span, source
    return None
