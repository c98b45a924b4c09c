"""Words: tokens for BM25 (stemmed, accents folded, stop words out), language, sentences."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ingest.text import fold

STOP_FR = set(
    "a à au aux avec ce ces cet cette dans de des du elle elles en est et être eux il ils je la le "
    "les leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que "
    "qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous y c d j l m n s t "
    "quel quelle quels quelles quoi comment pourquoi quand combien est-ce ceci cela ça été sont "
    "fait faire parle parler parlent dit dire aussi plus très tout tous toute toutes".split()
)
STOP_EN = set(
    "a an and are as at be by for from has have he her his i in is it its me my of on or our she "
    "that the their them they this to was we were what when where which who whom why will with "
    "you your how does do did about talk talks tell say says there into than then so can could "
    "would should any some all".split()
)
# German function words: programmes and questions in German (a frab schedule) are read too.
STOP_DE = set(
    "der die das den dem des ein eine einer eines einem einen und oder aber ist sind war wird "
    "werden wurde wie was wer wo wann warum welche welcher welches mit von zu zum zur im in am an "
    "auf für nicht auch es sie er ich du wir ihr man noch nur so über unter bei aus nach vor dass "
    "kann können soll sollte gibt gerade heute morgen hier dort mein meine dein deine".split()
)
# The words a question asks with, folded; "quel" also stands for its forms
INTERROGATIVES = frozenset(
    "quoi what qui who quel quelle quels quelles lequel laquelle which whom".split()
)
# An acronym as a programme writes it: "RTE", "CNRS", "UMR5193"
ACRONYM = r"\b[A-Z][A-Z0-9]{1,9}\b"
_WORD = re.compile(r"[\w’'°-]+", re.UNICODE)
_FR_MARKERS = set(
    "le la les des du est une un qui que quoi quel quelle quels quelles pour dans avec sur qu où "
    "et en au aux ce cette ces son sa ses leur il elle ils elles vient présente parle résume "
    "comment combien pourquoi quand".split()
)
_EN_MARKERS = set(
    "the is are was were what who which when where why does do did how about of and with "
    "in on to for from at by an this that it its his her their he she they not can could "
    "talk talks give gives speaker speakers session summarise summarize tell me presents "
    "present speaks say says mention mentions explain explains next now".split()
)


_FR_FOLDED = {fold(m) for m in _FR_MARKERS}


@cache
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("french")


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def unpossessed(text: str) -> str:
    """Maire's → Maire."""
    return _POSSESSIVE.sub("", text)


def words(text: str) -> list[str]:
    text = unpossessed(text.lower())
    return [w.strip("-’'") for w in _WORD.findall(text) if w.strip("-’'")]


_ELISION = re.compile(r"^(?:[ldjmnstc]|qu)['’]", re.IGNORECASE)


def unelide(word: str) -> str:
    """l’usine → usine, d’investissement → investissement, L’Usine → Usine."""
    return _ELISION.sub("", word)


_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th|e|er|ème|eme|°)?$")


def _number(word: str) -> str:
    """'18th', '18e', '18°' → '18', so numbers match across languages."""
    match = _ORDINAL.match(word)
    return match.group(1) if match else word


def tokens(text: str) -> list[str]:
    """Stemmed, folded content words: the same function for documents and questions."""
    # an apostrophe is one, however typed: « aujourd’hui » and "aujourd'hui"
    text = text.replace("’", "'").replace("°", "° ").replace("-", " ")
    found = [_number(unelide(w)) for w in words(text)]
    kept = [w for w in found if w and w not in STOP_FR and w not in STOP_EN]
    stems = _stemmer().stemWords([_accented(w) for w in kept])
    return [fold(_unconjugated(stem, word)) for stem, word in zip(stems, kept, strict=True)]


# French typed without accents (« la chargee de mission », « la filiere »): the stemmer strips
# -ité, -ière, -ée only as written with their accent, so an unaccented ending gets it back first
# (both spellings then give one stem; an English word so ended keeps one stem too).
_REACCENT = (
    (re.compile(r"ites?$"), "ité"),
    (re.compile(r"ieres?$"), "ière"),
    (re.compile(r"ees?$"), "ée"),
)


def _accented(word: str) -> str:
    if len(word) < 6 or not word.isascii():
        return word
    for ending, accented in _REACCENT:
        if ending.search(word):
            return ending.sub(accented, word)
    return word


def _unconjugated(stem: str, word: str) -> str:
    """A third-person plural the stemmer leaves whole (« recomposent », « relancent ») stems as
    its infinitive does (« recomposer » → recompos); short ones are left, where an English word
    ("present", "content", "current") would meet another word's stem."""
    if stem == word and stem.endswith("ent") and len(stem) >= 8:
        return stem[:-3]
    return stem


def language(text: str) -> str:
    """'fr' or 'en', from function words; French when nothing tells (the material is French).
    A quoted title is the programme's language, not the asker's: it counts only when the rest
    of the text tells nothing."""
    own = _language_votes(unquoted(text))
    fr, en = own if sum(own) else _language_votes(text)
    return "en" if en > fr else "fr"


def _language_votes(text: str) -> tuple[int, int]:
    raw = _WORD.findall(_POSSESSIVE.sub("", text))  # what's → what
    found = [fold(w.lower()) for w in raw]
    fr = sum(w in _FR_FOLDED for w in found)
    en = sum(w in _EN_MARKERS for w in found)
    # accents in ordinary (lower-case) words are French; in names they say nothing
    fr += sum(1 for w in raw if w[:1].islower() and re.search(r"[éèêàùçâîôû]", w))
    fr += len(re.findall(r"\b(?:[ldjmnstc]|qu)['’]", text))  # lower-case elisions: not in titles
    return fr, en


QUOTED = re.compile(r"[«“\"]\s*([^«»“”\"]{2,200}?)\s*[»”\"]")


def plain(text: str) -> str:
    """The text's words folded (lower case, no accents) and joined by one space: what the
    question patterns are written against."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def unquoted(text: str) -> str:
    """The text without what it quotes: a quoted title's "Quand", "next" or "order" is not the
    question's own word."""
    return QUOTED.sub(" ", text)


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-Þ0-9])")


def sentences(text: str) -> list[str]:
    parts: list[str] = []
    for paragraph in text.split("\n"):
        parts.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
    return parts


def elide(word: str, text: str) -> str:
    """French 'de'/'que' before a word: d’INRAE, qu’au 18° siècle, de La Banque des Territoires."""
    return f"{word[:-1]}’{text}" if fold(text[:1]) in "aeiouyh" else f"{word} {text}"


# A practitioner and the field they practise share a root once their endings are cut:
# economist / sciences économiques, le géographe / docteur en géographie, historian / histoire.
_PRACTITIONER = re.compile(
    r"(?:ici(?:en|enne|an)|i(?:en|enne|an)|iste?|ologue|ographe|ographer|onome)s?$"
)
_PRACTITIONER_KEEPS = {"ologue": "olog", "ographe": "ograph", "ographer": "ograph", "onome": "onom"}
_FIELD = re.compile(r"(?:istiques?|istics|iques?|ics|istry|ismes?|isms?|ies?|ia|y|oire|ie)$")
_ROOT_MIN = 5  # "chem" from chemist is too short to tell one field from another


def practitioner_root(word: str) -> str | None:
    """The field's root of a word for a practitioner (folded): "economist" → "econom",
    « géographes » → "geograph"; None for any other word."""
    word = fold(word.lower())
    found = _PRACTITIONER.search(word)
    if not found:
        return None
    ending = found.group(0).removesuffix("s") if found.group(0) != "s" else ""
    root = word[: found.start()] + _PRACTITIONER_KEEPS.get(ending, "")
    return root if len(root) >= _ROOT_MIN else None


def field_roots(word: str) -> set[str]:
    """The roots a word shares with the practitioners of its field: « économiques » → econom,
    "geography" → geograph, « histoire » → histor; a practitioner's own root too."""
    word = fold(word.lower())
    roots = {word}
    if found := _FIELD.search(word):
        roots.add(word[: found.start()] + ("or" if found.group(0) == "oire" else ""))
    if (own := practitioner_root(word)) is not None:
        roots.add(own)
    return {root for root in roots if len(root) >= _ROOT_MIN}
