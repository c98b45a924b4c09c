"""Messages to the assistant itself rather than questions about the programme: a greeting,
thanks, "who are you? / what can you do?", a joke or a poem asked for. They get what the
assistant does and questions it can answer (made from the records), never a programme quote: on
a large programme some sentence always shares a word with "hello" or "how does it work?".

A message is one of these only as a whole ("hello", "are you a bot?", a request at its start):
"Hi, who presents the flax talk?" and "How do you work out the RTE?" are questions.
"""

from __future__ import annotations

import re

from assistant import prompts
from assistant.catalog import Catalog
from assistant.lexicon import language, plain
from assistant.types import Draft

_HELLO = (
    r"(bonjour|bonsoir|salut|coucou|hello|hi|hey|hallo|moin|servus|guten (tag|morgen|abend)|"
    r"good (morning|afternoon|evening))( (a tous|tout le monde|there|everyone|all|zusammen))?"
)
_GREETING = re.compile(_HELLO)
_THANKS = re.compile(
    r"((ok|super|parfait|great|perfect|many) )?(merci( beaucoup| bien| bcp| infiniment)?|"
    r"thanks?( you)?( (a lot|so much|very much))?|thx|danke( schon| sehr)?|vielen dank)"
    r"( (for (your|the) (help|answers?)|pour (votre|ton|ta|vos|tes) (aide|reponses?)))?"
)
# The whole message asks about the assistant (after a greeting, perhaps): "How do you work out
# the RTE?" is a question.
_YOU = (
    r"who are you|what are you|what can you do|what do you do|how do you work|what can i ask"
    r"( you)?|are you (an? )?(ai|bot|robot|human|person|chatgpt|gpt|llm|language model)"
    r"( or [\w ]{1,30})?|"
    r"(which|what) (ai|model|language model|llm) are you|"
    r"qui es tu|t es qui|tu es qui|qui etes vous|vous etes qui|"
    r"qu est ce que (tu|vous) (sais|savez|peux|pouvez) faire|"
    r"que (sais tu|peux tu|savez vous|pouvez vous) faire|"
    r"tu sers a quoi|a quoi (tu sers|sers tu|servez vous)|"
    r"comment (tu fonctionnes|fonctionnes tu|fonctionnez vous)|"
    r"(es tu|tu es|t es|etes vous|vous etes) (un |une )?(ia|bot|robot|humain|humaine|chatgpt|gpt|"
    r"llm|quel modele( de langage)?|modele de langage)( (et|ou) [\w ]{1,40})?|"
    r"quel modele (es tu|tu es|etes vous)|"
    r"wer bist du|was kannst du|bist du (ein |eine )?(ki|bot|roboter|mensch|chatgpt|gpt)"
    r"( oder [\w ]{1,30})?"
)
_ABOUT_YOU = re.compile(rf"({_HELLO} )?({_YOU})( (exactly|then|toi|alors|au juste|vraiment))?")
# Asked for at the start of the message: "tell me a joke", not "did Landau write a story?"
_REQUEST = re.compile(
    r"((please|s il (te|vous) plait) )?(tell me a joke|(raconte|dis)( moi)? une blague|"
    r"(tu peux|peux tu|pourrais tu|vous pouvez|pouvez vous) (me )?raconter une blague|"
    r"erzahl( mir)? einen witz|write (me )?an? (poem|story|song)|"
    r"ecris( moi)? (un poeme|une histoire|une chanson))\b"
)
_GERMAN = re.compile(r"\b(wer|was|bist|kannst|hallo|guten|danke|vielen|moin|servus|erzahl)\b")
MAX_EXAMPLES = 5


def kind(message: str) -> str | None:
    """ "greeting", "thanks", "about-me" or "request" (a joke, a poem), or None for a question."""
    words = plain(_spelled(message))  # « slt ! », « bjr »: too short to tell a language by
    if _GREETING.fullmatch(words):
        return "greeting"
    if _THANKS.fullmatch(words):
        return "thanks"
    if _ABOUT_YOU.fullmatch(words):
        return "about-me"
    if _REQUEST.match(words):
        return "request"
    return None


# What a chat message says around its question, to the assistant rather than about the
# programme: a greeting or an apology at its start (« Bonjour, », "Hi there, quick one:",
# « J'arrive en retard, »), the answer's length asked for (« en deux phrases max », "in a
# nutshell", « rapidement, »), a please or a thanks. Whole phrases, closed by punctuation where
# they open the message, so that a question's own words stay ("Hi-Tech textiles?").
_MARKER = r"(?:ok(?:ay)?|alright|all right|right|so|well|bon|ben|ah|oh|d[’']accord|très bien)"
_OPENING = re.compile(
    rf"^(?:\s*(?:{_HELLO}(?: (?:à tous|again))?"
    r"|(?:petite |une |quick |one |short |simple )?(?:question(?: rapide| simple)?|one)"
    r"|(?:désolée?|desolee?|pardon|sorry|excuse me|excusez-moi)"
    r"|(?:j[’']arrive|je suis arriv[ée]e?|je suis|i[’']m|i am|i came in|i got here|i just got "
    r"here|i arrived)(?: (?:un peu |juste |just |a bit |a little )?(?:en retard|late|here|now))?"
    r"|(?:rapidement|quickly|briefly|brièvement|en bref|in short)"  # more in _LENGTH, anywhere
    # a word that only takes the turn: "ok, and …", "right, …", « bon, … », "alright — …"
    rf"|{_MARKER}(?: (?:then|so|alors|donc))?"
    r")\s*(?:[,:;!.?—–]+|\s-)(?=\s)"
    rf"|\s*{_MARKER} (?:so|alors|donc)\s)+\s*",  # "okay so which lab …?"
    re.IGNORECASE,
)
_LENGTH = re.compile(
    # thanks for something, a sentence of its own: « Merci pour la réponse précédente. »
    r"\b(?:merci(?: beaucoup| bien)?|thanks(?: a lot)?|thank you) (?:pour|for) [^.!?]*[.!]|"
    r",?\s*\b(?:en|in) (?:deux|trois|quelques|une|un|two|three|a few|one|2|3) "
    r"(?:phrases?|mots?|lignes?|sentences?|words?|lines?)(?: max(?:imum)?| maxi| tops| or less| "
    r"ou moins)?\b|,?\s*\b(?:in a nutshell|vite fait|s[’']il (?:te|vous) pla[iî]t|svp|stp|please"
    r"|merci(?: d[’']avance)?|thanks(?: in advance)?)\b"
    # the answer's form, said as such: "Bullet points only.", « en liste à puces » (not "what
    # do bullet points do?")
    r"|,\s*(?:in|as|en|sous forme de) (?:bullet(?:ed)? points|a bulleted list|liste à puces)\b"
    r"|(?<=[.?!,])\s*(?:bullet(?:ed)? points?|bullets|liste à puces)(?: only| please| seulement|"
    r" uniquement| s[’']il (?:te|vous) pla[iî]t)?[.!]?\s*$",
    re.IGNORECASE,
)


def unpadded(question: str) -> str:
    """The question without what is said around it to the assistant (a greeting, an apology,
    the answer's length, a please), its chat shorthand written out: « Bonjour, rapidement, la
    session parle de quoi ? » asks what « la session parle de quoi ? » asks, « slt, ça parle de
    koi ? » what « ça parle de quoi ? » asks. The question itself when nothing is left."""
    question = written_out(question)
    kept = _LENGTH.sub("", _OPENING.sub("", question)).strip(" ,;:")
    return kept if len(kept.split()) >= 2 else question


# French chat shorthand, written out (whole words, any case): « koi », « qd », « qqn », « pk ».
_SHORTHAND = {
    "koi": "quoi", "kwa": "quoi", "qd": "quand", "pk": "pourquoi", "pq": "pourquoi",
    "pkoi": "pourquoi", "ki": "qui", "slt": "salut", "bjr": "bonjour", "stp": "s'il te plaît",
    "svp": "s'il vous plaît", "ds": "dans", "pr": "pour", "qqn": "quelqu'un", "qqun": "quelqu'un",
    "qqch": "quelque chose", "bcp": "beaucoup", "cb": "combien", "cmb": "combien",
    "auj": "aujourd'hui", "mtn": "maintenant", "tjrs": "toujours", "jsp": "je ne sais pas",
    # a talk, clipped: « quelle interv / prez / conf est pour moi ? »
    "interv": "intervention", "intervs": "interventions", "prez": "présentation",
    "conf": "conférence", "confs": "conférences",
}  # fmt: skip
# Lower case and alone (not an acronym, "PR", "CB", « DS », nor part of a name, "Ki-moon").
_SHORT_WORD = re.compile(rf"(?<![\w’'-])({'|'.join(_SHORTHAND)})(?![\w’'-])", re.IGNORECASE)
# « c koi », « c ki », « c qd »: "c'est" before a question word, opening a clause (not « salle C
# ou B », « plan C quand … »).
_C_EST = re.compile(r"(?:^|(?<=[,;:.!?] ))c (?=(quoi|qui|quand|combien|où)\b)")


# English chat shorthand, written out (whole words in lower case: not "Pres." before a name).
_EN_SHORTHAND = {
    "pres": "presentation", "prez": "presentation", "preso": "presentation",
    "presos": "presentations", "sesh": "session", "spkr": "speaker", "spkrs": "speakers",
    "abt": "about", "ppl": "people", "pls": "please", "plz": "please",
}  # fmt: skip
_EN_SHORT_WORD = re.compile(rf"(?<![\w’'-])({'|'.join(_EN_SHORTHAND)})(?![\w’'-])")


def written_out(question: str) -> str:
    """A question with its chat shorthand written out (« c koi le thème ? » → « c'est quoi le
    thème ? », "which pres is for me?" → "which presentation is for me?")."""
    if language(question) == "fr":
        return _spelled(question)
    return _EN_SHORT_WORD.sub(lambda m: _EN_SHORTHAND[m.group(1)], question)


def _written(match: re.Match[str]) -> str:
    word = match.group(1)
    return word if word.isupper() else _SHORTHAND[word.lower()]  # "PR", « DS »: acronyms


def _spelled(text: str) -> str:
    spelled = _SHORT_WORD.sub(_written, text)
    return _C_EST.sub("c'est ", spelled)


_SENTENCE_END = re.compile(r"(?<=[.!?:…]),?\s+")


def asked_last(question: str) -> str | None:
    """The message's last question, when other sentences come before or after it (« Je découvre
    le programme : la séance 3, elle porte sur quoi ? »); None for a message of one sentence."""
    pieces = [p.strip(" ,;:") for p in _SENTENCE_END.split(question.strip())]
    pieces = [p for p in pieces if p]
    asked = [p for p in pieces if p.endswith("?") and len(p.split()) >= 2]
    # the last question, whatever follows it ("What's X's talk about? I'll catch her after.")
    return asked[-1] if len(pieces) >= 2 and asked else None


_FRENCH_WORDS = re.compile(r"\b(bonjour|bonsoir|salut|coucou|merci|tout le monde|a tous)\b")


def language_of(message: str, lang: str) -> str:
    """A bare greeting or thanks has no sentence to tell its language by: its word does. A
    message in German (or another language the answers are not written in) gets English."""
    words = plain(message)
    if _GERMAN.search(words) or not words:
        return "en"
    if not (_GREETING.fullmatch(words) or _THANKS.fullmatch(words)):
        return lang
    return "fr" if _FRENCH_WORDS.search(words) else "en"


def reply(which: str, catalog: Catalog, lang: str) -> Draft:
    """What the assistant says to such a message: nothing from the programme is claimed."""
    if which == "thanks":
        text = prompts.THANKS[lang]
    elif which == "request":
        text = prompts.OUT_OF_SCOPE[lang] + " " + _about_me(catalog, lang)
    else:
        hello = prompts.HELLO[lang] if which == "greeting" else ""
        text = hello + _about_me(catalog, lang)
    return Draft(text, [], "about-me", refused=True)


def _about_me(catalog: Catalog, lang: str) -> str:
    examples = example_questions(catalog, None, lang)[:2]
    shown = " ; ".join(examples) if lang == "fr" else "; ".join(examples)
    return prompts.ABOUT_ME[lang] + (prompts.FOR_EXAMPLE[lang].format(examples=shown)
                                     if examples else "")  # fmt: skip


def example_questions(catalog: Catalog, session_id: str | None, lang: str) -> list[str]:
    """Up to five questions an attendee may ask, made from the session's records (or the whole
    programme's): who gives a talk, what another is about, who a speaker is, what an acronym
    stands for, when it takes place."""
    talks = [t for t in catalog.talks.values() if t.session_id == session_id]
    talks = talks or list(catalog.talks.values())
    short = sorted(talks, key=lambda t: (len(t.title), t.order))
    found: list[str] = []
    if short:
        found.append(prompts.EXAMPLES["who"][lang].format(title=short[0].title))
    with_abstract = [t for t in short[1:] if not t.abstract_missing] or short[1:]
    if with_abstract:
        found.append(prompts.EXAMPLES["about"][lang].format(title=with_abstract[0].title))
    speakers = [n for t in talks for n in t.speakers if n in catalog.speakers]
    if speakers:
        found.append(prompts.EXAMPLES["speaker"][lang].format(name=speakers[-1]))
    for talk in talks:
        if acronym := re.search(r"\(([A-Z]{2,})\)", talk.title):
            found.append(prompts.EXAMPLES["acronym"][lang].format(acronym=acronym.group(1)))
            break
    session = catalog.sessions.get(session_id or "")
    if session is not None and session.metadata.get("date"):
        found.append(prompts.EXAMPLES["when"][lang])
    return found[:MAX_EXAMPLES]


# A request, in the chat, for questions to put to the speakers: « prépare-moi des questions
# pour lancer la discussion avec X », "give me three Q&A questions for the flax talk": a request
# verb, then "questions" a few words on, asked to be put to someone (not "which questions does
# the session's description ask?", what a text says; not "is there time for audience
# questions?").
_QUESTIONS_REQUEST = (
    r"\b(prepare\w*|donne\w*|propose\w*|suggere\w*|suggest|give|draft|write|redige\w*|"
    r"ecri(s|vez|re)|trouve\w*|help me (find|write|draft|prepare)|aide moi a (trouver|preparer)|"
    r"come up with|brainstorm|(what|which) (would|could|might) be (good|useful)|"
    r"quelles? (bonnes )?)( \w+){0,4}? questions?\b"
)
_PUT_TO = (
    r"\bquestions?\b.*\b(a poser|to ask|to put to|pour (lancer|animer|relancer)|discussion|"
    r"debat|moderat\w*|q ?a|q and a|questions? reponses|for (the )?(speakers?|panel|presenters?)|"
    r"for (him|her|them)|pour (les |l )?intervenant\w*|pour (lui|elle|eux))\b|"
    r"\b(discussion|debate|moderation|q ?a|q and a|panel) questions?\b"
)
_TEXT_ASKS = r"\b(description|abstract|resume|texte|blurb|presentation de la (session|seance))\b"
_HOW_MANY = {"deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4, "cinq": 5,
             "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}  # fmt: skip


def asks_for_questions(message: str) -> bool:
    """Questions to ask the speakers are requested (the organiser's moderation mode)."""
    text = plain(message)
    return bool(
        re.search(_QUESTIONS_REQUEST, text)
        and re.search(_PUT_TO, text)
        and not re.search(_TEXT_ASKS, text)
    )


def questions_wanted(message: str, default: int = 3) -> int:
    """How many questions the request asks for: « trois questions » → 3."""
    found = re.search(rf"\b({'|'.join(_HOW_MANY)})\b(?: \w+){{0,2}} questions?\b", plain(message))
    return _HOW_MANY[found.group(1)] if found else default
