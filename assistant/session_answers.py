"""Two kinds of programme question answered from the records that no phrasing list caught:

- the session itself, asked by its number or as "the session" ("what's session 3 called?",
  « c'est quoi le thème de la séance ? »): its title and its description;
- how many people give a talk ("which talk is co-presented?", "how many people present «…»?",
  "which talks have a single speaker?"): read from each talk's speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from assistant import prompts
from assistant.catalog import Catalog, Source, TalkInfo
from assistant.condense import is_followup
from assistant.extractive import quotable
from assistant.intents import MONTHS_EN, people
from assistant.lexicon import plain, tokens, unquoted
from assistant.planner import content_words, index_of
from assistant.translation import are_cognates, surface, translated
from assistant.types import Draft
from ingest import schema

# The sentences of a session's description an answer about the session quotes, at most.
WHOLE_SENTENCES = 5
_SESSION = r"\b(session|seance|track)\b"
_SESSION_NUMBER = r"\b(?:session|seance|track)(?: n(?:o|umero|umber)?)? (\d{1,3})\b"
_TALKS_OR_PEOPLE = (r"\b(talks?|presentations?|interventions?|conferences?|exposes?|speakers?|"
                    r"intervenant\w*|orat\w*|presenters?|panel\w*)\b")  # fmt: skip
_SESSION_ASKS = {
    "when": r"\b(quand|date|heure|horaire|jour|when|time|day|hours?|start\w*|end\w*|commence\w*|"
    r"fini\w*|termine\w*|ou|where|salle|room)\b",
    "title": r"\b(titre|title|titled|nom|name|named|intitule\w*|called|appelle\w*)\b",
    "about": r"\b(themes?|thematiques?|sujets?|topics?|subjects?|about|de quoi|porte sur|traite\w*|"
    r"objet|en gros|overview|apercu|resume|summary|summari[sz]e|quoi|what is|what s|whats|"
    r"topo|rundown|"
    r"recap\w*|synthese|tour d horizon|briefing|"
    # what it is for, what it brings together: "what's the session's aim?", « à quoi sert la
    # session ? », "which themes does it set out to link?"
    r"aims?|purpose|goals?|objecti\w*|(le|son|quel|leur) but|a quoi sert|sert a quoi|"
    r"set out to|intend\w*|vise\w*|relie\w*|link\w*|connect\w*|rassembl\w*|"
    r"brings? together|fait le lien|faire le lien|"
    # what it explores and the questions it raises: "what does session 3 set out to explore?",
    # « sa problématique », « l'enjeu central », "the common thread", « quelles questions
    # pose-t-elle ? », « elle cherche à répondre à quelle question ? »
    r"explor\w*|examin\w*|tackl\w*|problemati\w*|enjeux?|fil (conducteur|rouge)|common thread|"
    r"(what|which|quelles?) (big |main |grande? |key )?questions?|pos(e|ent) t (elle|il)|"
    r"rais(e|es|ing) questions?|repondre a|"
    # « ça cause de quoi ? »: colloquial « parler de »
    r"(ca|elle|il|on|ils|elles) caus(e|ent) (de|d)|"
    # what its own text says, sums up or stresses: "what does the session description say?",
    # "sum up the session blurb", « sur quoi insiste le descriptif de la séance ? »
    r"what (does|do|did)( \w+){1,6} say|(que|qu est ce que)( \w+){0,6} (dit|disent|racont\w*)|"
    r"racont\w*|sum(s)? up|emphas\w*|stress\w*|highlight\w*|insist\w*|"
    r"(met|mettent|mettre) (en avant|l accent)|puts? forward|focus\w* on)\b",
}


def _folded(question: str) -> str:
    """The question's plain words, a session's number in words written as digits ("session
    three", « la séance trois »)."""
    folded = plain(unquoted(question))
    return re.sub(
        rf"\b(session|seance|track) ({'|'.join(_NUMBER_WORDS)})\b(?! {_UNITS})",
        lambda m: f"{m.group(1)} {_NUMBER_WORDS[m.group(2)]}",
        folded,
    )


# "the session three hours long", « la séance deux fois par an »: not its number
_UNITS = r"(hours?|minutes?|days?|weeks?|years?|times|heures?|jours?|semaines?|ans|fois|h)\b"
_NUMBER_WORDS = {
    word: n
    for n, words in enumerate(
        "- one two,deux three,trois four,quatre five,cinq six seven,sept eight,huit nine,neuf "
        "ten,dix".split()
    )
    for word in words.split(",")
    if word != "-"
}


def session_answer(question: str, catalog: Catalog, lang: str, vectors: Any = None) -> Draft | None:
    """The session's title, or its title and its description, when the
    question asks about the session itself (not a talk, not a time: those have their answers)."""
    folded = _folded(question)
    # « je dois présenter la séance » is the verb, not the English "presenter"
    people_asked = re.sub(r"\bpresenter\b", " ", folded) if lang == "fr" else folded
    # « le texte de présentation de la séance » is its description, not a talk
    people_asked = re.sub(r"\btextes? de presentation\b", " ", people_asked)
    if not re.search(_SESSION, folded) or re.search(_TALKS_OR_PEOPLE, people_asked):
        return None
    if re.search(_SESSION_ASKS["when"], folded):
        return None
    asked = next((k for k in ("title", "about") if re.search(_SESSION_ASKS[k], folded)), None)
    # the words that ask about it (« porte sur », "all about") are not more asked of it
    framed = re.sub(_SESSION_ASKS["about"], " ", folded)
    number = re.search(_SESSION_NUMBER, folded)
    session = _session(catalog, int(number.group(1)) if number else None)
    if asked is None or (
        asked == "about" and _asks_more(question, framed, catalog, session, vectors)
    ):
        return None
    if session is None:
        return _no_such_session(number.group(1), catalog, lang) if number else None
    title = str(session.metadata.get("session", ""))
    shown = session.metadata.get(schema.SESSION_NUMBER)
    labels = prompts.SESSION_LABEL[lang]
    label = labels["number"].format(number=shown) if shown else labels["plain"]
    described = quotable(session)
    if asked == "about" and described:
        # the whole description: what it sets out to do and every question it asks, not its
        # first sentence alone (a long one is cut after a few sentences)
        whole = " ".join(described[:WHOLE_SENTENCES]) + (
            " …" if len(described) > WHOLE_SENTENCES else ""
        )
        text = prompts.SESSION_ABOUT[lang].format(label=label, title=title, text=whole,
                                                  cite="[1]")  # fmt: skip
    else:
        text = prompts.SESSION_TITLE[lang].format(label=label, title=title, cite="[1]")
    return Draft(text, [session], "record")


# Words that ask for the session as a whole ("the main topic", "in short", "an overview").
_WHOLE = set(
    tokens(
        "seance session sessions track main principal principale general generale gros "
        "bref short overview apercu give donne donner tell moi me idea idee topo rapide quick "
        "brief rundown recap synthèse peux pouvez can could faire make tourne tourner autour "
        "parle parler agit aim aims purpose goal goals objectif objectifs but sert servir "
        "vise set out intend intends link links linking relier relie cherche chercher connect "
        "lien rassemble brings bring together fond veut want wants really vraiment "
        # what qualifies the whole ("the overall theme", "the big picture", « le fil rouge »)
        "overall global globale broad big picture central centrale core key gist essence "
        "essentiel essentielle ensemble fil rouge underlying grand grande"
        # fillers around "what is it about?" ("in a nutshell", « en gros, ça parle de quoi ? »)
        " behind derriere nutshell overarching umbrella basically essentially globalement mean "
        "grosso modo ca cela actually really all tout"
        # what it explores, the questions it raises, said in few words ("broadly speaking",
        # « résume-moi en deux mots », « la problématique », « l'enjeu central »)
        " explore explores exploring examine examines tackle tackles problematique problematic "
        "enjeu enjeux conducteur common thread running question questions pose posent raise "
        "raises raising repondre answer broadly speaking resume resumer summarise summarize "
        "summary mot mots word words few quelques deux two through try trying tries tente tenter "
        "essaie essayer "
        # greetings and politeness ("Bonjour, pourriez-vous …", "whats …")
        "whats bonjour bonsoir salut hello hi hey merci thanks please stp svp pourriez pourrais "
        "pourrait voudrais would"
        # its own text named ("the session description", « le texte de présentation », "its
        # blurb"), and what is asked of it as a whole (what it says, sums up, stresses)
        " description descriptif blurb texte text pitch intro introduction say says dit disent "
        "raconte sum sums emphasis emphasise emphasize emphasises emphasizes stress stresses "
        "highlight highlights insist insiste met mettent mettre avant accent put puts forward "
        "focus focuses"
    )
)
# Who is on the session's programme, asked without "speakers": "who's speaking at session 3
# tonight?", "the lineup for this session?", « c'est qui qui cause ce soir ? ».
_ROSTER = (
    r"\b(line ?up|who s on|on stage|sur scene|au programme|on the (programme|program|bill|panel)|"
    r"(who|which \w+|qui)( \w+){0,3} (speak\w*|present\w*|talk\w*|giv\w*|interv\w*|parl\w*|"
    r"cause\w*|pass\w*|up|expos\w*|(tak\w*|took) the (mic|floor|stage)|"
    r"(prend\w*|pris) la parole))\b"
)
_ROSTER_WORDS = set(
    tokens(
        "line lineup stage scene programme program bill who qui which quel quels quelles folks "
        "people gens personnes speak speaking speaks present presenting presents talk talking "
        "give giving intervene intervient interviennent parle parlent cause causent passe "
        "passent up hey so alors bon donc actually vraiment today tonight aujourd hui ce cette "
        "this tell telling mind dis dites there y il est c s u like me can could session "
        "seance track panel mic floor "
        # everyone, asked insistently: "all of them, please", « tout le monde, sans oublier
        # personne »; and what is needed: "I need the names", « j'ai besoin de savoir »
        "everyone everybody all tout tous toutes ttes monde personne personnes oublier "
        "forgetting missing anyone please plait need besoin know savoir names noms list liste "
        "donner lors sans pendant during prend prennent parole take takes taking took pris "
        "prendre prendra va"
    )
)
# A part of the day a session in scope must start in: "this morning", « ce soir ».
_DAY_PARTS = {
    r"\b(morning|matin|matinee)\b": (0, 12),
    r"\b(afternoon|apres midi|aprem)\b": (12, 18),
    r"\b(evening|tonight|soir|soiree)\b": (16, 24),
}


_QUOTED = re.compile(r"[«“\"][^»”\"]+[»”\"]")


def roster_sessions(question: str, catalog: Catalog, sessions: list[str]) -> list[str]:
    """The sessions (among `sessions`, those the question names) whose programme the question
    asks for, "who is on it?", and nothing else; [] when it asks something else. It must point
    at a session (a session word, "the lineup", a part of the day): "who can I talk to?" does
    not; no subject after about / sur (« qui parle de ça ? »); the session's own title and date
    words may name it, in either language ("the industrial localities session")."""
    if _QUOTED.search(question) or is_followup(question):
        return []  # "who presents "The Distributed Factory"?", « qui le présente ? »
    folded = _folded(question)
    if not re.search(_ROSTER, folded) or re.search(_ON_A_SUBJECT, folded):
        return []
    if re.search(_SOMEONE, folded):
        return []  # "is someone from a bank on the panel?": who is, not the whole programme
    number = re.search(_SESSION_NUMBER, folded)
    if number and not numbered_sessions(question, catalog):
        return []  # "who's speaking at session 9?": the programme has none (said elsewhere)
    rest = re.sub(_SESSION_NUMBER, " ", folded)
    pointed = bool(re.search(_POINTS_AT_A_SESSION, folded))
    for part, (start, end) in _DAY_PARTS.items():
        if re.search(part, rest):
            sessions = [s for s in sessions if start <= _hour(catalog.sessions[s]) < end]
            rest, pointed = re.sub(part, " ", rest), True
    if not (pointed and sessions):
        return []  # "who's speaking this afternoon?" of a morning session
    named = {s: catalog.sessions[s] for s in sessions}
    titles, dated = stems_of(named.values(), "session"), stems_of(named.values(), "date")
    # a number other than the session's ("who's speaking at 10:30?") asks for a time
    own = content_words(rest, catalog) - _ROSTER_WORDS - _context(question, catalog, _ROSTER)
    return [] if _beyond(own, titles | dated) else sessions


def _context(question: str, catalog: Catalog, asks: str, same_clause: bool = True) -> set[str]:
    """What is said before the words that ask (`asks`: "who's presenting?", "what's the
    session's aim?") as the asker's purpose, not a subject: the words no text of the programme
    writes (« pour faire les badges, … », "I'm printing table cards —", "I'm writing a report
    for my manager: …"). A word a title, an abstract or a speaker line writes ("my sister works
    at INRAE, …", « les coopératives de teillage, … ») still asks for it, and so does a time or
    a day ("at 10:30, …", « le 14 mars, … »); a subject after about / sur was caught by
    _ON_A_SUBJECT. Without `same_clause`, only the clauses before the asking one that speak of
    the asker are the purpose ("is quantum computing one of the session's themes?", « la
    blockchain, c'est un sujet de la séance ? » ask about it)."""
    clauses = re.split(_CLAUSE_BREAK, unquoted(question))
    for i, clause in enumerate(clauses):
        folded = _folded(clause)
        if found := re.search(asks, folded):
            written = index_of(catalog).written_stems
            before = clauses[:i] if same_clause else [
                c for c in clauses[:i] if re.search(_THE_ASKER, _folded(c))]  # fmt: skip
            said = " ".join([*before, folded[: found.start()] if same_clause else ""])
            return {w for w in content_words(said, catalog) - written if not _a_time(w)}
    return set()


# Words by which the asker speaks of themself ("I'm writing a report", « pour mon exposé »).
_THE_ASKER = r"\b(i|i m|i ve|my|me|we|our|je|j|mon|ma|mes|moi|nous|notre|nos|pour|for)\b"


def _a_time(stem: str) -> bool:
    """A number, a month, a day: what asks for a time, never the asker's purpose."""
    return stem.isdigit() or stem in _DAYS or stem in _MONTHS or stem in _MONTHS.values()


_DAYS = set(
    tokens(
        "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday "
        "friday saturday sunday today tomorrow yesterday demain hier aujourd tonight weekend"
    )
)


# Where a clause ends: a comma, a dash, a sentence's end (not the colon or point of "4:30").
_CLAUSE_BREAK = r"[,;—–?!]|(?<!\d)[:.](?!\d)"


# One of them asked for, not all: "is anyone from INRAE on stage?", « quelqu'un de chez nous ? ».
_SOMEONE = r"\b(someone|somebody|anyone|anybody|quelqu un|one of|l un|un des|une des)\b"
# What points at a session: its noun, its lineup, the stage (folded, its number taken out).
_POINTS_AT_A_SESSION = (
    r"\b(session|seance|track|line ?up|on stage|sur scene|au programme|on the (programme|"
    r"program|bill|panel)|today|tonight|aujourd hui|ce soir|(the|la) (mic|floor|parole))\b"
)
# A subject asked: "who talks about …", « qui parle de ça ? », « qui intervient sur … ».
_ON_A_SUBJECT = (
    r"\b(about|regarding|concerning|sur(?! scene)|(parl|talk|speak|cause)\w* (de|d|des|du|on))\b"
)


def stems_of(sessions: Iterable[Source], key: str) -> set[str]:
    """The stems of the sessions' `key` field: their titles ("session") or dates ("date")."""
    return {t for s in sessions for t in tokens(str(s.metadata.get(key, "")))}


def _beyond(own: set[str], naming: set[str]) -> set[str]:
    """The words of `own` that are not words naming the session (its title, its date), as
    written or as a cognate in another language ("industrial localities", "18 December")."""
    months = {m for m in naming if m in _MONTHS} | {_MONTHS[m] for m in naming if m in _MONTHS}
    naming = naming | months
    # a month shortened ("Dec 18", « 18 déc. »)
    return {w for w in own if w not in naming and not any(_alike(w, n) for n in naming)
            and not (len(w) >= 3 and w not in _NUMBER_WORDS
                     and any(m.startswith(w) for m in months))}  # fmt: skip


# A date's month in the other language ("12 March" of « 12 mars »), as stems.
_MONTHS = dict(
    zip(
        tokens("janvier février mars avril mai juin juillet août septembre octobre novembre "
               "décembre"),
        tokens("january february march april may june july august september october november "
               "december"),
        strict=True,
    )
)  # fmt: skip


def _alike(a: str, b: str) -> bool:
    """Two stems of one word in two languages: the same first letters ("industrial" /
    « industriel »), or one the other's start ("localit" / « local »)."""
    short, long = sorted((a, b), key=len)
    return are_cognates(a, b) or (len(short) >= 5 and long.startswith(short))


def _hour(session: Source) -> int:
    found = re.match(r"\s*(\d{1,2})", str(session.metadata.get("start") or ""))
    return int(found.group(1)) if found else -1


def _asks_more(
    question: str, framed: str, catalog: Catalog, session: Source | None, vectors: Any = None
) -> bool:
    """The question asks about something within the session ("what does the session say about
    FabLabs?"): its texts answer that, not the session's title. The session's own title and
    date name it (« la séance du 18 décembre », "the industrial localities session"), and what
    the asker says of themselves before asking is their purpose (« je dois la présenter à mes
    camarades : … »). Given the encoder, a title word in the other language names it too
    ("the session on new industrial localities")."""
    named = [session] if session is not None else list(catalog.sessions.values())
    naming = stems_of(named, "date") | stems_of(named, "session")
    # a day or a number other than the session's is more ("about on December 19?")
    own = content_words(re.sub(_SESSION_NUMBER, " ", framed), catalog) - _WHOLE
    purpose = _context(question, catalog, _SESSION_ASKS["about"], same_clause=False)
    beyond = _beyond(own - purpose, naming)
    if beyond and vectors is not None:
        title = " ".join(str(s.metadata.get("session", "")) for s in named)
        asked = [w for w in surface(framed) if tokens(w) and tokens(w)[0] in beyond]
        beyond -= set(translated(asked, set(), title, vectors))
    return bool(beyond)


def numbered_sessions(question: str, catalog: Catalog) -> list[str]:
    """The ids of the sessions a question names by number ("session 2", « la séance 3 »)."""
    numbers = {int(n) for n in re.findall(_SESSION_NUMBER, _folded(question))}
    found = (_session(catalog, n) for n in sorted(numbers))
    return [str(s.metadata.get("session_id") or "") for s in found if s is not None]


def _session(catalog: Catalog, number: int | None) -> Source | None:
    """The session of that number, or the only session when no number is given."""
    if number is None:
        return next(iter(catalog.sessions.values())) if len(catalog.sessions) == 1 else None
    for sid, source in catalog.sessions.items():
        if source.metadata.get(schema.SESSION_NUMBER) == number or sid == f"s{number}":
            return source
    return None


def missing_session(question: str, catalog: Catalog, lang: str) -> Draft | None:
    """ "When is session 2?", "how many talks in session 6?" where the programme numbers its
    sessions and has no such one: that it has none, whatever is asked of it (not the one
    session it has). None when every number named is a session's, or sessions are unnumbered
    (a room or a day is no session number)."""
    sessions = catalog.sessions.values()
    if not sessions or not all(s.metadata.get(schema.SESSION_NUMBER) for s in sessions):
        return None
    numbers = [
        m.group(1) for m in re.finditer(rf"{_A_SESSION_NUMBER}{_NOT_A_NUMBER}", _folded(question))
    ]
    if not numbers or any(_session(catalog, int(n)) is not None for n in numbers):
        return None  # "session 3 or session 4, which has Landau?": the one there is answers
    return _no_such_session(numbers[0], catalog, lang)


# A session's number ("session 2", « la séance 4 »; a track's is not a session's)
_A_SESSION_NUMBER = r"\b(?:session|seance)(?: n(?:o|umero|umber)?)? (\d{1,3})\b"
_MONTH_WORDS = [
    *MONTHS_EN,
    *(month.lower() for month in MONTHS_EN.values()),
    *"jan feb mar apr jun jul aug sep sept oct nov dec".split(),
]
# After "session 18": a date, a time, a length or a range, not a session's number ("the session
# 18 December", "session 16:30", "2.5 hours", "2 or 3 hours", "90 min").
_NOT_A_NUMBER = rf"(?! ({_UNITS}|\d|(or|ou|to|a|et|and) \d|min\b|mn\b|{'|'.join(_MONTH_WORDS)}))"


def _no_such_session(number: str, catalog: Catalog, lang: str) -> Draft:
    sessions = list(catalog.sessions.values())[:5]
    known = ", ".join(
        f"{s.metadata.get(schema.SESSION_NUMBER) or ''} « {s.metadata.get('session', '')} » "
        f"[{n}]".strip()
        for n, s in enumerate(sessions, 1)
    )
    text = prompts.NO_SUCH_SESSION[lang].format(number=number, known=known)
    return Draft(text, sessions, "record", refused=True)


# How many people give a talk: co-presented (two or more), a number of people, or one alone.
# A number counts people only when it is said of them: "session 3" or "the 4 talks" is not.
_SIZES = {"deux": 2, "two": 2, "2": 2, "trois": 3, "three": 3, "3": 3, "quatre": 4, "four": 4,
          "4": 4, "cinq": 5, "five": 5, "5": 5}  # fmt: skip
_PERSONS = r"(speakers?|presenters?|people|persons?|intervenant\w*|personnes?|orat\w*)"
# Words for a talk given by more than one person: « en duo », "a double act", "co-authored".
_SEVERAL = (r"co ?present\w*|co ?anim\w*|co ?auteur\w*|co ?author\w*|co ?speakers?|duo|"
            r"binome|tandem|double act|two ?hander|a pair")  # fmt: skip
_MANY = rf"\b(en duo|{_SEVERAL}|joint|(more than one|several|multiple|plusieurs) {_PERSONS})\b"
# (not a session's number: "the session 3 speakers", « les intervenants de la séance 3 »)
_SIZED = rf"(?<!\bsession )(?<!\bseance )(?<!\bsessions )\b({'|'.join(_SIZES)}) {_PERSONS}\b"
_SOLO = (
    rf"\b((un seul|une seule|seule?|single|only one|just one|(?<!\bthan )one) {_PERSONS}|solo|"
    r"alone|en solitaire)\b"
)
_PEOPLE = rf"\b({_PERSONS[1:-1]}|{_SEVERAL}|solo|alone)\b"
# « faite à deux », « présentée à plusieurs voix »: given by that many people, said by a verb
# (not « il y a deux … », nor « intervient à deux reprises »).
_TOGETHER = (
    r"\b(fait\w*|present\w*|donne\w*|anime\w*|assure\w*|porte\w*|intervien\w*|parl\w*|"
    r"expose|exposes|interventions?|conferences?|communications?|talks?|sessions? de travail) "
    r"(?:a|by|for) (deux|trois|quatre|cinq|plusieurs|two|three|several)( voix| voices| people)?"
    r"\b(?! (reprises|fois|times))"
)


# "who presents together?", « y en a qui présentent ensemble ? »: given by several people
_JOINTLY = (
    r"\b(font|presente\w*|presents?|presenting|donnent|animent|intervien\w*|parlent|speak|"
    r"speaking|giv(e|ing)|co ?present\w*) (ensemble|together|jointly|conjointement)\b"
)


def asks_team(question: str) -> bool:
    """Which talks are given by several people, or by one alone, is asked ("which talk is a
    duo?", « quelle intervention se fait à deux ? ») — the list `team_answer` gives, each talk
    with its speakers' names, roles and organisations."""
    folded = _folded(question)
    return _team_asked(folded) and _team_size(folded) is not None


# Who the people of the talks just listed are, asked back: "…, and what are the speakers
# called?", "… and who are the two people?", « … et d'où viennent-ils ? » (folded words): their
# names, roles and organisations, which the list holds.
_THEIR_PEOPLE_ASKED = (
    r"\b(called|names?|noms?|s appell\w*|who (are|is)|qui sont|qui est|from|d ou|viennent|"
    r"work\w*|travaill\w*|boss\w*|roles?|jobs?|metiers?|affiliations?|institutions?|"
    r"organi[sz]ations?)\b"
)
_THEM = (
    r"\b(speakers?|presenters?|people|persons?|intervenant\w*|personnes|they|them|ils|elles|"
    r"les deux|the two|both)\b"
)


def asks_their_people(part: str) -> bool:
    folded = _folded(part)
    return bool(re.search(_THEIR_PEOPLE_ASKED, folded) and re.search(_THEM, folded))


def team_answer(
    question: str, talk: TalkInfo | None, catalog: Catalog, lang: str, counting: bool
) -> Draft | None:
    """How many people give the named talk (`counting`: "how many …"), or which talks are
    given by several people / by one person alone."""
    folded = _folded(question)
    if not _team_asked(folded):
        return None
    if talk is not None and counting:
        return _speakers_of(talk, catalog, lang)
    if talk is not None:
        return None
    size = _team_size(folded)
    return None if size is None else _talks_by_size(size, catalog, lang)


def _team_asked(folded: str) -> bool:
    """People giving talks are asked of: "speakers", "a duo", « à deux », "together"."""
    return bool(
        re.search(_PEOPLE, folded) or re.search(_TOGETHER, folded) or re.search(_JOINTLY, folded)
    )


def _team_size(folded: str) -> int | str | None:
    """How many people give the talks asked for: 1, a number, "many", or None when not said."""
    sized = re.search(_SIZED, folded)
    together = re.search(_TOGETHER, folded)
    if re.search(_SOLO, folded):
        return 1
    if sized:
        return _SIZES[sized.group(1)]
    if together:
        return _SIZES.get(together.group(2), "many")
    if re.search(_JOINTLY, folded) or re.search(_MANY, folded):
        return "many"
    return None


def _speakers_of(talk: TalkInfo, catalog: Catalog, lang: str) -> Draft:
    forms = prompts.TALK_SPEAKERS[lang]
    form = forms[1] if len(talk.speakers) == 1 else forms["n"]
    text = form.format(
        title=talk.title,
        n=len(talk.speakers),
        people=people(talk.speakers, catalog, lang),
        cite="[1]",
    )
    return Draft(text, [catalog.sources[schema.talk_id(talk.id)]], "record")


def _talks_by_size(size: int | str, catalog: Catalog, lang: str, most: int = 12) -> Draft:
    talks = list(catalog.talks.values())
    if size == "many":
        chosen = [t for t in talks if len(t.speakers) >= 2]
    else:
        chosen = [t for t in talks if len(t.speakers) == size]
    sizes = prompts.TEAM_SIZE[lang]
    words = sizes[size] if size in sizes else sizes["n"].format(n=size)
    if not chosen:
        sessions = list(catalog.sessions.values())[:1]
        text = prompts.TEAM_NONE[lang].format(
            size=words, n_talks=len(talks), cite="[1]" if sessions else ""
        )
        return Draft(text, sessions, "record")
    lines = [prompts.TEAM_TALKS[lang].format(size=words)]
    sources: list[Source] = []
    for talk in chosen[:most]:
        sources.append(catalog.sources[schema.talk_id(talk.id)])
        lines.append(
            prompts.LIST_ITEM.format(
                title=talk.title,
                cite=f"[{len(sources)}]",
                people=people(talk.speakers, catalog, lang),
            )
        )
    return Draft("\n".join(lines), sources, "record")
