"""Where in a text the question looks: "how does Landau's abstract begin?", "what does the RTE
abstract end up saying?", « par quoi commence la présentation de la session ? ». The element asked
is named by its place, not its words, so no ranking by meaning finds it: the text's first or last
sentence is the answer."""

from __future__ import annotations

import re

from assistant.catalog import Catalog, Source
from assistant.extractive import Evidence, extractive_draft, quotable
from assistant.planner import TALK_NOUNS, frame_text
from assistant.types import Draft

# Folded text throughout.
_TEXT_NOUNS = (
    r"(abstract|resume|summary|texte?|description|presentation|paragraph\w*|paragraphe|"
    # the session's intro, not "the introduction of new machines"
    r"intro|introduction(?! (of|de|des|du|d) (?!(the |la |cette |this )?(session|seance|"
    r"seminaire|seminar)\b)))"
)
_OF_TEXT = rf"\b({_TEXT_NOUNS}|{TALK_NOUNS})\b"
_VERBS_OPEN = r"(begin|start|open|kick off|commenc|debut|s ouvr|ouvr)\w*"
_VERBS_CLOSE = r"(end|finish|conclud|wrap up|close|termin|fini|conclu)\w*"
# "How does her abstract begin?", « comment se termine le résumé ? », « par quoi commence … ? »
_HOW = r"\b(how (does|did)|comment|par quoi|sur quoi|avec quoi|with what|on what)\b( \w+)*? (se )?"
# A text's first or last sentence named as such: asked whatever else the question says.
# "towards the end of Dupont's abstract", "at the very start of the description": the place as
# a noun, after any preposition, before a content question ("…, what does the chain become?")
_AT_THE = r"\bthe (very )?"
# a text, not a talk ("towards the end of her presentation" is the talk's end)
_WRITTEN = r"(abstract|resume|summary|texte?|description|blurb)"
_OF_A_TEXT = rf" of( \w+){{0,5}}? {_WRITTEN}\b"
_NAMED_OPEN = (
    rf"\b(first|opening) (sentence|line|words?|paragraph)\b|\bpremiere (phrase|ligne)\b|"
    rf"\b(au|en) debut (du|de l|de son|de sa|de la) {_TEXT_NOUNS}\b|"
    rf"\bvers le debut (du|de l|de son|de sa|de la) {_WRITTEN}\b|"
    rf"{_AT_THE}(beginning|start|opening){_OF_A_TEXT}"
)
_NAMED_CLOSE = (
    r"\b(last|final|closing|concluding) (sentence|line|words?|paragraph|point)\b|"
    rf"\bderniere (phrase|ligne)\b|\bconclusions?\b|\ba la fin (du|de l|de son|de sa|de la) "
    rf"{_TEXT_NOUNS}\b|\ben fin de {_TEXT_NOUNS}\b|{_AT_THE}end{_OF_A_TEXT}|"
    rf"\bvers la fin (du|de l|de son|de sa|de la) {_WRITTEN}\b"
)
# Near the place rather than at it ("towards the end of her abstract", « vers la fin du
# résumé »): the two sentences there, in the text's order.
_NEAR_PLACE = (
    r"\b(near|towards?|around|close to) the (end|beginning|start)\b|"
    r"\bvers (la fin|le debut)\b"
)
# A verb of opening or closing followed by what it opens or closes with (not "when does it
# start", not "the talk starts at"), or "ends up", "in the end": a text's place only when the
# question names a text or a talk ("what does her abstract end up saying?"); otherwise the
# outcome of a story ("did the farmers end up taking back the added value?").
_SAYING = (
    r"(say\w*|said|argu\w*|conclud\w*|claim\w*|suggest\w*|state\w*|dit|disent|affirm\w*|conclu\w*)"
)
_OPENS = (
    r"\b(begins?|began|beginning|starts?|started|starting|opens?|opened|opening|kicks? off|"
    r"commencen?t?|debuten?t?|s ouvren?t?|ouvren?t?)( \w+){0,3}? (with|by|on|par|avec|sur)\b|"
    r"\b(begins?|starts?|opens?) (its|his|her|their) (story|account|argument|narrative|text)\b|"
    rf"{_HOW}{_VERBS_OPEN}"
)
_CLOSES = (
    r"\b(ends?|ended|ending|finish\w*|wraps? up|closes?|closed|closing)( \w+){0,3}? "
    r"(with|by|on|up)\b|\bconclu\w*|"
    # "ends up", "finally", "in the end" before what the text says ("what does her abstract end
    # up saying?"), not before what happened in its story ("what finally happened to …?")
    rf"\b(end(s|ed)? up|finally|in the end|au final|finalement)( \w+){{0,6}}? {_SAYING}\b|"
    rf"\b{_SAYING}( \w+){{0,3}}? (in the end|finally|au final|finalement)\b|"
    r"\b(se )?terminen?t? (par|sur|avec)\b|\bfinissen?t? (par|sur)\b|\bpour finir\b|"
    rf"{_HOW}{_VERBS_CLOSE}"
)
# A time is asked ("when does it start?"), or a person ("who closes the session?"): not a text.
_NOT_TEXT = r"\b(when|quand|what time|a quelle heure|heure|who|qui (ouvre|clot|conclut|termine))\b"
# The session's own text named: "the session description", « la présentation de la session ».
_SESSION_TEXT = (
    rf"\b{_TEXT_NOUNS} (of |de |du |de la )?(the |la |cette )?(session|seance|seminaire|"
    rf"seminar)\b|\b(session|seminar)( s)? {_TEXT_NOUNS}\b|"
    # "the description" alone: talks have abstracts, the session a description
    r"\b(the|la) description\b(?! (of|de|du|d|des)\b)"
)


# Words that ask what follows "begins with" / « se termine par »; any other word there says it.
_ASKING_OBJECT = r"(what|which|quoi|quel\w*|lequel|laquelle)\b"
# How far, in words, the text's noun may be from the verb that opens or closes it: « le résumé
# de Dupont se termine », "her abstract end up", not "in her abstract, what do the farmers end
# up …" (the farmers end up, not the text).
_NEAR = 3


def asked_position(question: str) -> str | None:
    """'first' or 'last' when the question asks how a text begins or ends, else None."""
    text = frame_text(question)
    if re.search(_NOT_TEXT, text):
        return None
    if re.search(_NAMED_CLOSE, text) or _text_verb(_CLOSES, text):
        return "last"
    if re.search(_NAMED_OPEN, text) or _text_verb(_OPENS, text):
        return "first"
    return None


def _text_verb(verbs: str, text: str) -> bool:
    """A verb of opening or closing whose subject or object is a text or talk, near it, and
    whose "with …" is asked, not said: « le résumé commence par les filatures : qui … ? » gives
    how it begins as known, and asks something else."""
    nouns = [m.span() for m in re.finditer(_OF_TEXT, text)]
    for verb in re.finditer(verbs, text):
        said = re.match(rf" (?!{_ASKING_OBJECT})\w", text[verb.end() :])
        if said and re.search(r"\b(with|by|on|par|avec|sur)$", verb.group()):
            continue
        if any(_words_between(verb.span(), noun, text) <= _NEAR for noun in nouns):
            return True
    return False


def _words_between(a: tuple[int, int], b: tuple[int, int], text: str) -> int:
    start, end = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    return len(text[start:end].split()) if start < end else 0


def session_text_named(question: str) -> bool:
    return bool(re.search(_SESSION_TEXT, frame_text(question)))


def only_the_session(question: str) -> bool:
    """ "How does the session end?" names no talk nor text: a time or the last talk, not a quote."""
    text = frame_text(question)
    return bool(re.search(r"\b(session|seminaire|seminar)s?\b", text)) and not re.search(
        rf"\b({_TEXT_NOUNS}|talks?|presentations?|interventions?|conferences?|exposes?)\b", text
    )


def positioned(
    where: str, question: str, talk_id: str | None, catalog: Catalog, lang: str
) -> Draft | None:
    """The `where` ('first' or 'last') sentence of the talk's abstract (or of the session's
    description, when the question names it), quoted and cited; None when there is no such text."""
    source = _text_of(question, talk_id, catalog)
    if source is None:
        return None
    found = quotable(source)
    if not found:
        return None
    n = 0 if where == "first" else len(found) - 1
    near = [n, n + 1] if where == "first" else [n - 1, n]
    places = near if re.search(_NEAR_PLACE, frame_text(question)) and len(found) > 1 else [n]
    evidence = [Evidence(found[i], 1, i, 1.0, 0.0) for i in places]
    draft = extractive_draft(evidence, [source], lang)
    return Draft(draft.text, draft.sources, "position") if draft else None


def _text_of(question: str, talk_id: str | None, catalog: Catalog) -> Source | None:
    if session_text_named(question) and not talk_id:
        texts = [s for s in catalog.sources.values() if s.kind == "session" and quotable(s)]
        return texts[0] if len(texts) == 1 else None
    if talk_id is None or talk_id not in catalog.talks:
        return None
    return next(iter(catalog.abstracts(talk_id)), None)
