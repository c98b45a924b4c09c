"""Answers built from the programme's records for the planner's kinds of questions.

Counts, order, talks without abstract, rooms, speakers from an organisation or holding a role,
who mentions a term, which talk fits a topic. Every line cites the record it comes from.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import reduce
from typing import Any

from assistant import prompts
from assistant.catalog import Catalog, Source, TalkInfo
from assistant.extractive import (
    MAX_SENTENCES,
    Evidence,
    extractive_draft,
    given_and_asked,
    quotable,
)
from assistant.gate import programme_translations
from assistant.intents import (
    PAIRING,
    Focus,
    acronym_expanded,
    affiliation_acronym,
    asks_to_confirm,
    asks_when,
    checked_cards,
    degree_holders,
    focus_talk,
    intent,
    missing_abstract,
    people,
    record_answer,
    speaker_cards,
    split_datetime,
    talk_time,
    when,
    who,
)
from assistant.lexicon import (
    ACRONYM,
    INTERROGATIVES,
    plain,
    practitioner_root,
    tokens,
    unquoted,
    words,
)
from assistant.parts import joined
from assistant.planner import (
    ATTRIBUTED,
    FITS,
    HELD_AT,
    PROGRAMME_WORDS,
    TALK_NOUNS,
    THEIR_PEOPLE,
    Links,
    Plan,
    asks_both_kinds,
    content_text,
    content_words,
    counted,
    fitting,
    frame_text,
    index_of,
    interest,
    names_a_thing,
    plan,
    points_at_their_text,
    title_match,
    unknown_organisation,
    who_in_their_words,
)
from assistant.policy import ATTRIBUTES
from assistant.session_answers import (
    numbered_sessions,
    roster_sessions,
    session_answer,
    stems_of,
    team_answer,
)
from assistant.subjects import subject_asked
from assistant.text_checks import checked_speakers, their_abstracts
from assistant.timeline import time_answer
from assistant.titles import titled_with
from assistant.translation import RANK_WORD_COSINE, WORD_COSINE, surface, translated
from assistant.types import Draft
from ingest import schema
from ingest.text import fold

MAX_LISTED = 12
TOPIC_WORDS = 4  # a topic is a few words; more is a sentence to find ("which talk says …")


def from_records(
    question: str,
    focus: Focus,
    catalog: Catalog,
    lang: str,
    retrieved: bool = False,
    vectors: Any = None,
    now: datetime | None = None,
    zone: str | None = None,
) -> Draft | None:
    """The records' answer to a programme question, or None when the texts must answer.

    `retrieved`: the focus talk was found by retrieval, not named by the question; then only
    a question that asks for a talk or for a programme field is answered from the records.
    `vectors`: embeds text (the programme's, cached), to find a role named in other words;
    `now` and `zone`: the clock and the zone setting, for "what's on now / next / at 14:35"."""
    if acronym := affiliation_acronym(question, focus, catalog):
        # "what are Paul Martin's organisation's initials short for?": his card's acronym
        spelled = f"{question} ({acronym})"
        return acronym_expanded(spelled, catalog, lang) or unexpanded(spelled, catalog, lang)
    if intent(question) == "acronym":
        return record_answer(question, focus, catalog, lang) or unexpanded(question, catalog, lang)
    if (titled := titled_with(question, catalog, lang, vectors)) is not None:
        return titled  # "which talk titles contain the word rural?": the titles that do
    if dates_a_text(question, focus, catalog, vectors):
        return None  # "in what year did Chippendale start selling abroad, per Landau?"
    if (degrees := degree_holders(question, catalog, lang)) is not None:
        return degrees
    talk = focus_talk(focus, catalog)
    asked = plan(question, index_of(catalog), vectors)
    described = focus.speakers and not (
        asked.links.speakers or asked.links.from_affiliation or retrieved
    )
    if described and asked.asked("from", "organisation"):
        # where a speaker described by role, not named, comes from ("which university is the
        # textile engineer with?"): the one the focus found (« de quoi parle l'intervenante de
        # l'Université de Lille ? » names her by where she comes from, and asks something else)
        asked.links.speakers = list(focus.speakers)
    elif (
        described
        and not focus.talks  # "who presents «Design, …»?" asks who gives that talk
        # a talk named by its subject ("who presents the talk on regional aid?") or the asker's
        # own field ("I'm interested in X, who …?"): its role words are not the one asked for
        and not (asked.asked("talk-noun") or interest(question))
        and asked.asked("who")
        and not asked.asked("mentions", "says", "content", "partner")
    ):
        # "who is the Industry Territories programme manager?", « l'experte en coops agricoles,
        # elle s'appelle comment ? »: the one the role in other words describes (« …, elle
        # intervient avec qui ? » asks who speaks with her: her talk's speakers, below)
        return speaker_cards(list(focus.speakers), catalog, lang)
    short = len(content_words(question, catalog)) <= TOPIC_WORDS
    closest = retrieved and talk and asked.asked("topic") and not asked.asked("mentions")
    if closest and talk and not asked.links.speakers and short:
        return topic([talk], catalog, lang, closest=True)
    named_talks = [] if retrieved else focus.talks
    if now is not None and not retrieved:
        timed = time_answer(question, asked, named_talks, catalog, lang, now, zone)
        if timed is not None:
            return timed
    draft = planned_answer(question, asked, talk, named_talks, catalog, lang, vectors)
    if draft is not None or (retrieved and intent(question) is None):
        return draft
    if (
        (asked.asked("topic") or subject_asked(question))
        and intent(question) == "list"
        and not re.search(PAIRING, frame_text(question))  # "who gives which talk?": all of them
    ):
        return None  # "which talks are about X?": some talks, found by the texts, not all of them
    if intent(question) in {"who", "speaker"} and (
        who_in_their_words(question, asked.asks, asked.links.speakers)
        or names_a_thing(question, catalog)
    ):
        # "according to Filippi, who drives CSR?", « le nom de la révolution dont parle le
        # chercheur de l'IRI »: their text answers
        return None
    return record_answer(question, focus, catalog, lang)


def planned_answer(
    question: str,
    plan: Plan,
    talk: TalkInfo | None,
    named_talks: list[str],
    catalog: Catalog,
    lang: str,
    vectors: Any = None,
) -> Draft | None:
    """A draft from the records for the question's kind, or None (then the texts answer).

    `talk`: the talk the question is about (named, or the one talk of a named speaker);
    `named_talks`: the talks its words name."""
    links = plan.links
    sessions = _sessions_asked(question, catalog)
    # A sentence quoted in the question may share words with its own talk's title: that talk
    # being named does not stop the answer from quoting where the sentence is.
    # ("X says that A. What follows?" asks what comes after A; "someone says A. Who is it?"
    # asks who says it)
    said = index_of(catalog).said(question) if plan.asked("says") else None
    if said and (split := given_and_asked(question)) and not re.search(_WHO, plain(split[1])):
        said = None
    if said and _within(named_talks, [catalog.sources[said[0]]]):
        return quote_of(said, catalog, lang)
    if talk and re.search(_BY_TITLE, plain(unquoted(question))):
        # "according to its title, which workshops is X's talk about?": the title answers, the
        # talk's record cites it (not a text, which a title-only talk has none of)
        return who(talk, catalog, lang)
    if (
        not links.speakers
        and not named_talks
        and (about := session_answer(question, catalog, lang, vectors))
    ):
        return about
    if not (talk or named_talks) and len(sessions) == 1 < len(catalog.sessions):
        # "when is session 2?" among several: that session's time
        session = catalog.sessions[sessions[0]]
        if (timed := talk_time(question, None, Focus([], []), catalog, lang, session)) is not None:
            return timed
    # the talk asked of: named, or a named speaker's ("does X present together with anyone?")
    of_talk = (
        catalog.talks[named_talks[0]]
        if named_talks
        else talk
        if links.speakers and not plan.asked("count")
        else None
    )
    if team := team_answer(question, of_talk, catalog, lang, counting=plan.asked("count")):
        return team
    if asks_both_kinds(question):
        # "which talks have an abstract, and which only a title?": both lists
        return joined(with_abstract(catalog, lang), no_abstract(catalog, lang))
    if plan.asked("no-abstract"):
        return no_abstract(catalog, lang)  # "how many talks have no abstract?" counts them too
    if plan.asked("with-abstract") and not (talk or named_talks or links.speakers):
        return with_abstract(catalog, lang)
    if plan.asked("count") and (what := counted(question)):
        if what in {"talks", "people"}:
            counts = count(sessions, catalog, lang)
            return _listed(counts, what, sessions, catalog, lang) if plan.asked("them") else counts
        if links.holding_role and not links.speakers:  # "how many engineers?": the ones who are
            return speaker_cards(links.holding_role, catalog, lang)
    # a named talk's place checked ("is Landau the first speaker?"): the talk at that place
    checked = bool(talk) and asks_to_confirm(question)
    places = [] if talk and not checked else _nth_talks(question, sessions, catalog, checked)
    if checked and not plan.asked("content"):
        if (side := _side_checked(question)) is not None:
            # « Landau ouvre la séance, non ? »: the first or last talk of their session
            return extreme(side, catalog, lang, [talk.session_id] if talk else sessions)
        if len(places) == 1:
            return _nth(places[0], sessions, catalog, lang)
    content = plan.asked("content") or intent(question) == "about"
    if not (talk or places) and not set(_places_asked(question)) <= {1, -1}:
        # "the fifth talk" of four, « l'avant-dernière » of a session of one: no talk is there,
        # the order shows what is
        return order(sessions, catalog, lang)
    if len(places) > 1:  # "which talks are third and last?"
        return _placed(places, sessions, catalog, lang, content)
    placed = places[0] if places else None
    if placed:
        # "what is the second talk about?", « la dernière intervention, elle parle de quoi ? »
        timed = None if content else talk_time(question, placed, Focus([placed.id], []),
                                               catalog, lang)  # fmt: skip
        if timed is not None:
            # "when does the third talk start?": which talk it is, and its time (the talk
            # cited, for a next part's "it")
            both = joined(_nth(placed, sessions, catalog, lang), timed)
            return replace(both, route="record", refused=timed.refused, hedged=not timed.refused)
        if content:
            return _talk_content(placed, sessions, catalog, lang)
        if not plan.asked("first", "last"):  # the first and last have their answers below
            return _nth(placed, sessions, catalog, lang)
    if plan.asked("order") and not (talk or placed):
        # "in what order …?"; "what's the last talk?" is the one talk (below), not the order
        return order(sessions, catalog, lang)
    if talk and _whole_order(question, plan, checked):
        # "X is who I came for: in what order are the talks?": the order (X's session's, unless
        # sessions are named), where X's place shows
        whole = len(sessions) == len(catalog.sessions) > 1
        return order([talk.session_id] if whole else sessions, catalog, lang)
    if (relative := _relative(plan, talk, sessions, catalog, lang)) is not None:
        return relative
    if plan.asked("partner") and talk:
        return who(talk, catalog, lang)  # "who is X presenting with?": everyone on the talk
    if plan.asked("where") and (place := _place_asked(question, plan, talk, catalog, vectors)):
        if not place[0] and links.rooms:
            return None
        if asks_when(question):
            # "when and where is the session?": its time, and that no room is given (or its room)
            return joined(when(place[0], catalog, lang), where(place[0], catalog, lang))
        return where(place[0], catalog, lang)
    named = links.speakers
    # "I research farmer co-ops, whom should I meet?": the speaker whose role says so
    anything_named = named or named_talks or links.title_talks or links.rooms
    field = interest(question) if not anything_named and vectors is not None else None
    if field and (holders := index_of(catalog).roles_meaning(field, vectors)):
        return speaker_cards(holders, catalog, lang)
    fit = [] if named_talks else fitting(question, catalog, plan)
    if fit:
        # "I teach at an art school in Reims and hope to hear someone from it. Does anyone
        # fit?": who the organisation (or role) the asker describes is written on
        return speaker_cards(fit, catalog, lang)
    if (
        not (named or named_talks)
        and re.search(FITS, plain(question))
        and unknown_organisation(question, catalog)
    ):
        # "I'm at the University of Strasbourg. Does anyone fit?": only the kind is shared
        return Draft(prompts.REFUSAL[lang], [], "record", refused=True)
    if not (named or named_talks or links.from_affiliation) and _everyones_affiliation(question):
        # "which organisations do the speakers come from?": every speaker's card
        return speaker_cards(_speakers_of_sessions(sessions, catalog), catalog, lang)
    if (
        links.holding_role
        and not named
        and plan.asked("among", "people-noun")
        and _given_by(named_talks, links.holding_role, catalog)
        and _only_roles(question, links.holding_role, catalog)
    ):
        # "is there a designer among the speakers?": who holds the role, even where the role's
        # word is also in the title of their talk ("designers")
        return speaker_cards(links.holding_role, catalog, lang)
    if not (named or named_talks) and (on := roster_sessions(question, catalog, sessions)):
        return order(on, catalog, lang)  # "who's speaking at session 3 tonight?"
    if (
        links.from_affiliation
        and not (named or named_talks)
        and plan.asked("from")
        and plan.asked("people-noun", "among")
        and _by_organisation(question, plan, catalog)
    ):
        # "is one of the speakers from INRAE?", « un des intervenants vient-il de l'IRI ? »
        return from_organisation(question, links.from_affiliation, catalog, lang)
    if plan.asked("who") and not named and not named_talks:
        if links.from_affiliation and _by_organisation(question, plan, catalog):
            return from_organisation(question, links.from_affiliation, catalog, lang)
        if links.holding_role:
            return speaker_cards(links.holding_role, catalog, lang)
        if plan.asked("people-noun", "among") and (
            holders := _role_in_words(question, catalog, vectors)
        ):
            return speaker_cards(holders, catalog, lang)
    # "Is there a talk about X?" with X in a title: the title answers, before any sentence that
    # happens to mention X ("talk about" also reads as "mentions"); "which speaker talks about
    # X?" asks for a person: who mentions X first, the titles after.
    # a talk found only through a speaker its words describe ("which talk is about design?",
    # the designer's) is no more named than one found by its title words
    by_title = plan.asked("topic") and not named and not (talk and named_talks)
    if (
        by_title
        and intent(question) == "when"
        and (matched := title_match(question, links, catalog))
    ):
        # « Quand a lieu l'intervention sur la filière lin ? »: that talk's time, not its title
        timed = record_answer(question, Focus([matched[0].id], []), catalog, lang)
        if timed is not None:
            return timed
    person = plan.asked("who", "people-noun")
    if by_title and not person and (titled := _titled(question, links, catalog, lang)):
        return titled
    found = mentions(question, catalog, lang) if plan.asked("mentions") else None
    if (
        found
        and person
        and not any(source.speakers for source in found.sources)
        and (titled := _titled(question, links, catalog, lang))
    ):
        # « Qui parle des ateliers partagés ? » when only the session's text writes it: no one
        # speaks the session's text, the talk titled so has a speaker
        return titled
    if found and _within(named_talks, found.sources):
        return _confirmed(question, found, catalog, lang)
    if by_title and person and (titled := _titled(question, links, catalog, lang)):
        return titled
    if (
        plan.asked("who")
        and named_talks
        and not named
        and talk
        and only_frame(question, catalog, talk=talk)
    ):
        return who(talk, catalog, lang)  # "who is the speaker for «…»?", nothing else asked
    if (
        named
        and talk
        and re.search(_TITLE_ASKED, frame_text(question))
        and not re.search(_NOT_A_TALKS_TITLE, frame_text(question))
    ):
        return who(talk, catalog, lang)  # "what's X's talk called?": its title, its record
    if (
        named
        and re.search(_WHICH_TALK, frame_text(question))
        and only_frame(question, catalog, named)
    ):
        return speaker_cards(named, catalog, lang)  # "what is X presenting?": their talk's title
    if (
        named
        and (plan.asked("from", "organisation") or plan.asked("speaker"))
        and (
            only_frame(question, catalog, named)
            or (  # "which lab is X from?" asks for X's lab even when her abstract says "lab"
                plan.asked("organisation")
                and (
                    plan.asked("from") or not _in_their_abstract(question, named, catalog, vectors)
                )
            )
        )
        # "in X's abstract, what kind of structure …?", « le nom de l'entreprise que X cite »
        # ask of her text
        and (plan.asked("from") or not points_at_their_text(question, named))
    ):
        cards = checked_cards(question, Focus([], list(named)), catalog, lang)
        unaffiliated = [n for n in named if not catalog.speakers[n].affiliation]
        if unaffiliated and plan.asked("from", "organisation"):
            note = prompts.NO_AFFILIATION[lang].format(people=", ".join(unaffiliated))
            return replace(cards, text=f"{cards.text} {note}")
        return cards
    return None


# A fact asked of a talk's title: « d'après son titre », "according to its title", "going by the
# title" (folded words).
_BY_TITLE = (
    r"(\b(d apres|selon|according to|going by|judging (by|from)|based on|a en juger par)|^from)"
    r"( (son|sa|le|l|its|the|leur|their|his|her))? (titre|title|intitule)\b"
)


def dates_a_text(question: str, focus: Focus, catalog: Catalog, vectors: Any = None) -> bool:
    """The question asks when something its texts tell of happened (a year, a century, "when
    did …"), not when a talk or the session is: it dates no talk or session, and words of its
    own (not the focus speakers' names, roles and affiliations, nor the focus talk's title) are
    words of an abstract, a bio or the session's description (`vectors`: or translations)."""
    folded = plain(unquoted(question))
    if not re.search(_DATES_ASKED, folded):
        return False
    # "when was the session on X?", « quand a eu lieu l'intervention sur Y ? »: a talk or the
    # session is what is dated (not "according to Landau's talk, in what year did …")
    said_of = re.sub(rf"\b(according to|selon|d apres|per|in|dans)( \w+){{0,3}} {_DATED_THING}",
                     " ", folded)  # fmt: skip
    if re.search(_DATED_THING, said_of):
        return False
    own = _own_words(
        question, catalog, _own_stems(catalog, focus.speakers, focus_talk(focus, catalog))
    )
    own -= PROGRAMME_WORDS | _SCHEDULED
    told = index_of(catalog).text_stems()
    if own & told or vectors is None:
        return bool(own & told)
    # in another language than the texts' ("when did the northern mills close?")
    return bool(set(programme_translations(question, own, catalog, vectors).values()) & told)


# What the programme dates: a talk, a session, a speaker's turn.
_DATED_THING = (
    rf"\b({TALK_NOUNS}|seances?|tracks?|speakers?|presenters?|intervenant\w*|orat(eur|rice)s?)\b"
)
# A past date asked: a year, a century, "when did …", « quand a-t-il … » (not « quand est … »,
# which may ask when something is held).
_DATES_ASKED = "|".join(
    [ATTRIBUTES["year"][0], ATTRIBUTES["century"][0],
     r"\b(when (did|was|were)|quand (a|ont|fut|furent) )"]
)  # fmt: skip
# Words of when a talk or the session is held, whatever a text also writes (« tiers lieux »).
_SCHEDULED = set(
    tokens("session séance talk intervention lieu place passe tient déroule commence start "
           "begin held happen take")
)  # fmt: skip


_ANYONE = set(
    tokens("quelqu'un quelqu’un someone anyone anybody somebody parmi among orateur orateurs "
           "oratrice intervenant intervenants intervenante speaker speakers presenter "
           # who speaks, and an organisation's people: "is one of their staff speaking?", « un
           # de leurs chercheurs prend-il la parole ? »
           "speaking speak speaks stage prend prendra parole intervient interviendra staff "
           "researchers researcher chercheurs chercheur chercheuse members membres people gens "
           "employees salariés town city hometown region area ville coin")
)  # fmt: skip


def _by_organisation(question: str, plan: Plan, catalog: Catalog) -> bool:
    """The question asks who comes from the organisation it names ("which speaker is from
    INRAE?", "who represents the Banque des Territoires?"), not about a subject of which one
    word is also in an affiliation ("does anyone address whether industrial players …?"): few
    words of its own besides the organisation's (one more when it says "from", "works at")."""
    own = _own_stems(catalog, plan.links.from_affiliation, None)
    # the session named by its date is no word of its own (« parmi les orateurs du 18 décembre »)
    dated = stems_of(catalog.sessions.values(), "date")
    asked = _last_clause(question)
    if asked and re.search(THEIR_PEOPLE, frame_text(asked)):
        # what the asker says first names the organisation ("I read a lot of X's notes — is one
        # of their staff speaking?"): the question is its last clause, and asks nothing else
        # ("… does one of their researchers talk about soils?" asks about soils)
        said = {w for w in _own_words(asked, catalog, own) - dated - _ANYONE if not w.isdigit()}
        return not said
    said = {w for w in _own_words(question, catalog, own) - dated - _ANYONE if not w.isdigit()}
    return len(said) <= (3 if plan.asked("from") else 2)


def _last_clause(question: str) -> str | None:
    """The question's last clause, after a dash, a colon, a semicolon, a comma or a sentence's
    end, when something comes before it."""
    pieces = [p for p in re.split(r"\s[—–-]\s|[:;.!?]\s|,\s", question.strip()) if p.strip()]
    return pieces[-1] if len(pieces) > 1 else None


# What the session itself says is asked (folded): "does the session say anything about …?",
# « la séance parle-t-elle de … ? »: its text answers, not a talk's title.
_SESSION_SAYS = (
    r"\b(session|seance)s? (\w+ )?(says?|mentions?|talks? about|discuss\w*|covers?|dit|parle\w*|"
    r"mentionne\w*|evoque\w*|aborde\w*)\b"
)


def _titled(question: str, links: Links, catalog: Catalog, lang: str) -> Draft | None:
    """The talks whose titles hold the question's topic, when it names a topic."""
    if re.search(_SESSION_SAYS, plain(question)):
        return None
    matched = title_match(question, links, catalog)
    if matched and _a_topic(question, matched[0], catalog):
        return topic(matched, catalog, lang)
    return None


def _only_roles(question: str, people: list[str], catalog: Catalog) -> bool:
    """The question's content words are those of these people's roles, or practitioners of
    their fields ("is one of the speakers an economist?"): it asks nothing else of them."""
    roles = {t for name in people for t in tokens(catalog.speakers[name].role or "")}
    practised = {t for w in words(question) if practitioner_root(w) for t in tokens(w)}
    return not content_words(question, catalog) - roles - practised - PROGRAMME_WORDS - _AMONG


_AMONG = set(tokens("parmi among lequel laquelle one there"))  # "is one of them …?"


def _given_by(named_talks: list[str], people: list[str], catalog: Catalog) -> bool:
    """Every named talk (there may be none) is given by one of these people."""
    return all(set(catalog.talks[t].speakers) & set(people) for t in named_talks)


def _within(named_talks: list[str], sources: list[Source]) -> bool:
    """No talk is named, or the sources belong to one of the named talks."""
    return not named_talks or any(s.talk_id in named_talks for s in sources)


_WHO = (
    r"\b(who|whom|qui|lequel|laquelle|which (speaker|one|person)|quel\w* (intervenant\w*|"
    r"orat\w*))\b"
)


def quote_of(found: tuple[str, str], catalog: Catalog, lang: str) -> Draft:
    """One sentence of the programme, quoted with whose it is and from which talk."""
    source = catalog.sources[found[0]]
    who = ", ".join(source.speakers) or str(source.metadata.get("session", ""))
    title = source.metadata.get("talk")
    by = f"{who}, « {title} »" if title and source.kind != "session" else who
    text = prompts.EXTRACT_ITEM_BY[lang].format(people=by, sentence=found[1], cite="[1]")
    return Draft(text, [source], "record")


# The talks or speakers asked in the plural ("in what order are the talks?", « l'ordre des
# interventions », « l'ordre de passage des intervenants ») (folded frame text)
_ALL_OF_THEM = (
    r"\b(talks|speakers|presentations|interventions|intervenants|intervenantes|exposes|"
    r"ordre de passage|running order|programme order|order of the (day|session|programme))\b"
)


# The talks passing one after the other (plain text: the frames leave these out, as "after"
# there follows no talk): « les uns après les autres », "one after the other"
_ONE_AFTER_ANOTHER = (
    r"\b(les uns|les unes|l un|l une) apres (les autres|l autre)\b|"
    r"\bone after (the other|another)\b"
)


def _whole_order(question: str, plan: Plan, checked: bool) -> bool:
    """The whole order asked beside a named speaker or talk, not their neighbour or their
    place checked ("who speaks after X?", "is X the first speaker?")."""
    if checked or plan.asked("before", "after", "first", "last"):
        return False
    if not (plan.asked("order") or re.search(_ONE_AFTER_ANOTHER, plain(question))):
        return False
    return bool(re.search(_ALL_OF_THEM, frame_text(question)))


def _relative(
    plan: Plan, talk: TalkInfo | None, sessions: list[str], catalog: Catalog, lang: str
) -> Draft | None:
    """Before / after a talk (or a speaker's talk), or the first / last talk of the `sessions`
    asked, in programme order."""
    if talk and plan.asked("before", "after") and not plan.asked("where"):
        return neighbour(talk, "after" if plan.asked("after") else "before", catalog, lang)
    if not talk and plan.asked("first", "last") and plan.asked("talk-noun", "people-noun", "who"):
        return extreme("last" if plan.asked("last") else "first", catalog, lang, sessions)
    return None


# A talk named by its place in the programme: "the second talk", « la troisième intervention »,
# "the last one" (folded frame text; -1 is the last).
_ORDINALS = {
    "first": 1, "premier": 1, "premiere": 1, "1st": 1, "1er": 1, "1re": 1,
    "second": 2, "deuxieme": 2, "seconde": 2, "2nd": 2, "2e": 2, "2eme": 2,
    "third": 3, "troisieme": 3, "3rd": 3, "3e": 3, "3eme": 3,
    "fourth": 4, "quatrieme": 4, "4th": 4, "4e": 4, "4eme": 4,
    "fifth": 5, "cinquieme": 5, "5th": 5, "5e": 5, "5eme": 5,
    "last": -1, "dernier": -1, "derniere": -1, "final": -1,
    "avant dernier": -2, "avant derniere": -2, "penultimate": -2, "second last": -2,
    "second to last": -2, "next to last": -2, "penultieme": -2,
}  # fmt: skip
# longest first: « avant-dernière » is not « dernière », "second last" is not "second"
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_NTH = re.compile(
    rf"\b({_ORDINAL}) (talk|presentation|intervention|expose|conference|one|"
    r"speaker|intervenant|intervenante|communication|session slot)s?\b"
)


# The place said after the talk or the verb: "which talk is third?", « quelle intervention est en
# deuxième position ? », « qui passe en deuxième ? », "which talk comes second?", "who's third?".
_NTH_AFTER = re.compile(
    r"\b(?:(?:talk|presentation|intervention|expose|conference|one)s? (?:is|are|comes|est|sont|"
    r"arrive|vient|passe|goes)|passe|passes|comes|goes|speaks|parle|intervient|arrive|"
    # the person at a place: "who's up second?", « qui est troisième ? »
    r"(?:who|qui)(?: is| s| est| will be| sera)?(?: up)?)"
    rf"(?: en| in)?(?: the| la| le)? ({_ORDINAL})\b"
    # not the place of something else: "the second session", « en première partie », "the first
    # to mention …", « le premier à parler de … », "last year's"
    r"(?! (?:of|de|du|des|d|session|sessions|seance|seances|partie|part|half|journee|jour|day|"
    r"days|panel|week|semaine|year|years|annee|thing|a|to|time|fois)\b)"
)


# The first or last place, checked of a named speaker: "is X the first speaker?", « X est la
# dernière, non ? », « X ouvre la séance ? », "does X close the session?" (folded frame text).
_FIRST_LAST_CHECKED = {
    "first": r"\b((is|est|s) (the|la|le) (first|premiere?)(?! (a|to|of|de|d)\b)|"
    r"(ouvre|opens?|kicks? off|commence) (la|the) (seance|session))\b",
    "last": r"\b((is|est|s) (the|la|le) (last|final|derniere?)(?! (a|to|of|de|d)\b)|"
    r"(clot|cloture|ferme|closes?|conclut|concludes?|wraps? up|termine|ends?) (la|the) "
    r"(seance|session))\b",
}


def _side_checked(question: str) -> str | None:
    folded = frame_text(question)
    return next((side for side, p in _FIRST_LAST_CHECKED.items() if re.search(p, folded)), None)


def _nth_talks(
    question: str, sessions: list[str], catalog: Catalog, checked: bool = False
) -> list[TalkInfo]:
    """The talks at the places the question names in the asked sessions' order (the programme's
    order when it names none): one, or several named together ("which talks are third and
    last?", « la première et la deuxième intervention »). The first and last of several
    sessions have their own answer (`extreme`), unless a talk's place is `checked`."""
    places = _places_asked(question)
    if len(sessions) > 1 and set(places) <= {1, -1} and not checked:
        return []
    talks = _talks_of(sessions, catalog)
    placed: list[TalkInfo] = []
    for n in places:
        at = n - 1 if n > 0 else len(talks) + n
        if 0 <= at < len(talks) and talks[at] not in placed:
            placed.append(talks[at])
    return placed


def _places_asked(question: str) -> list[int]:
    """The places in a session's order the question names (1 the first, -1 the last)."""
    folded = frame_text(question)
    found = _NTH.search(folded) or _NTH_AFTER.search(folded)
    if not found:
        return []
    run = next(r for r in _ORDINAL_RUN.finditer(folded) if r.start() <= found.start(1) < r.end())
    return [_ORDINALS[w] for w in re.findall(rf"\b(?:{_ORDINAL})\b", run.group(0))]


# Places named together: "third and last", « première et deuxième », "the first, second and
# third" (the frame text has no commas); "the first or the second" asks which of them, not both.
_ORDINAL_RUN = re.compile(
    rf"\b(?:{_ORDINAL})(?:(?: and| et)?(?: the| la| le| en)? (?:{_ORDINAL}))*\b"
)


def _placed(talks: list[TalkInfo], sessions: list[str], catalog: Catalog, lang: str,
            content: bool) -> Draft:  # fmt: skip
    """Each talk at a place asked, with its place (and, with `content`, what it is about)."""
    drafts = [(_talk_content if content else _nth)(t, sessions, catalog, lang) for t in talks]
    return replace(reduce(joined, drafts), route="record")


def _talk_content(talk: TalkInfo, sessions: list[str], catalog: Catalog, lang: str) -> Draft:
    """What the talk at a place in the programme is about: which talk that is (its record), then
    its abstract's opening sentences, or its title alone when it has no abstract."""
    abstract = next(iter(catalog.abstracts(talk.id)), None)
    found = quotable(abstract) if abstract else []
    if talk.abstract_missing or not abstract or not found:
        return missing_abstract(talk, catalog, lang)
    placed = _nth(talk, sessions, catalog, lang)
    evidence = [Evidence(s, 2, n, 1.0, 0.0) for n, s in enumerate(found[:MAX_SENTENCES])]
    quoted = extractive_draft(evidence, [*placed.sources, abstract], lang)
    if quoted is None:
        return placed
    return Draft(f"{placed.text}\n{quoted.text}", quoted.sources, "record")


def _nth(talk: TalkInfo, sessions: list[str], catalog: Catalog, lang: str) -> Draft:
    """ "Which is the third talk?": that talk, with its place in the asked sessions' order (and,
    among several sessions, its session's title)."""
    order = [t.id for t in _talks_of(sessions, catalog)]
    at = order.index(talk.id) + 1
    extremes = prompts.EXTREME[lang]
    lead = (extremes["first"] if at == 1 else extremes["last"] if at == len(order)
            else prompts.NTH_TALK[lang].format(n=at))  # fmt: skip
    item = prompts.LIST_ITEM.format(title=talk.title, people=people(talk.speakers, catalog, lang),
                                    cite="[1]")  # fmt: skip
    if len(catalog.sessions) > 1 and talk.session_id in catalog.sessions:
        item += f" ({catalog.sessions[talk.session_id].metadata.get('session', '')})"
    return Draft(f"{lead}\n{item}", [catalog.sources[schema.talk_id(talk.id)]], "record")


def neighbour(talk: TalkInfo, side: str, catalog: Catalog, lang: str) -> Draft:
    """The talk printed just before or after `talk` in its session."""
    talks = _talks_of([talk.session_id], catalog)
    at = [t.id for t in talks].index(talk.id) + (1 if side == "after" else -1)
    other = talks[at] if 0 <= at < len(talks) else None
    record = catalog.sources[schema.talk_id(talk.id)]
    if other is None:
        edge = prompts.EDGE[lang][side].format(title=talk.title, cite="[1]")
        return Draft(edge, [record, catalog.sessions[talk.session_id]], "record")
    lead = prompts.NEIGHBOUR[lang][side].format(title=talk.title, people=", ".join(talk.speakers),
                                                cite="[1]")  # fmt: skip
    item = prompts.LIST_ITEM.format(title=other.title, people=people(other.speakers, catalog, lang),
                                    cite="[2]")  # fmt: skip
    return Draft(f"{lead}\n{item}", [record, catalog.sources[schema.talk_id(other.id)]], "record")


def extreme(side: str, catalog: Catalog, lang: str, sessions: list[str] | None = None) -> Draft:
    """The first or last talk of each session (of each of `sessions`), in programme order."""
    lines, sources = [prompts.EXTREME[lang][side]], []
    for sid in (sessions or list(catalog.sessions))[:MAX_LISTED]:
        talks = _talks_of([sid], catalog)
        if not talks:
            continue
        chosen = talks[0] if side == "first" else talks[-1]
        sources.append(catalog.sources[schema.talk_id(chosen.id)])
        item = prompts.LIST_ITEM.format(title=chosen.title,
                                        people=people(chosen.speakers, catalog, lang),
                                        cite=f"[{len(sources)}]")  # fmt: skip
        session = str(catalog.sessions[sid].metadata.get("session", ""))
        lines.append(f"{item} ({session})" if len(catalog.sessions) > 1 else item)
    return Draft("\n".join(lines), sources, "record")


def _confirmed(question: str, found: Draft, catalog: Catalog, lang: str) -> Draft:
    """Who writes a term, led by "Yes." when the question checks whether one speaker's text
    names it and that text is among them ("does Filippi's abstract mention the collectivités
    territoriales?"); as it is when another's is (the list says whose)."""
    theirs = their_abstracts(checked_speakers(question, catalog), catalog)
    if not theirs & {s.id for s in found.sources}:
        return found
    return replace(found, text=f"{prompts.TEXT_CHECKED_YES[lang]} {found.text}")


def unexpanded(question: str, catalog: Catalog, lang: str) -> Draft | None:
    """An acronym the programme never spells out: said plainly, with where it does appear."""
    # (a name in capitals is no acronym: "the full name of LANDAU")
    names = {fold(w).lower() for n in catalog.speakers for w in re.findall(r"[\w’'-]+", n)}
    acronyms = [a for a in re.findall(ACRONYM, question) if a.lower() not in names]
    if not acronyms:
        return None
    acronym = acronyms[0]
    text = prompts.ACRONYM_UNKNOWN[lang].format(acronym=acronym)
    holders = [n for n, info in catalog.speakers.items()
               if re.search(rf"\b{re.escape(acronym)}\b", info.affiliation or "")]  # fmt: skip
    sources = [catalog.sources[catalog.speakers[n].bio_id] for n in holders[:3]]
    if sources:
        text += " " + prompts.ACRONYM_AFFILIATION[lang].format(
            acronym=acronym, people=", ".join(holders[:3]), cite="[1]"
        )
    return Draft(text, sources, "record", refused=True)


def _role_in_words(question: str, catalog: Catalog, vectors: Any) -> list[str]:
    """The speaker whose role a few words name in other words ("the engineer"), if one does."""
    short = content_text(question)
    if vectors is None or not short or len(short.split()) > 3:
        return []
    return index_of(catalog).roles_meaning(short, vectors)


def _a_topic(question: str, talk: TalkInfo, catalog: Catalog) -> bool:
    """The question names a topic (a few words, most of them in the title), not a sentence."""
    content = content_words(question, catalog)
    return 2 * len(content & set(tokens(talk.title))) >= len(content)


def _sessions_asked(question: str, catalog: Catalog) -> list[str]:
    """The sessions a question names by title (all of them when it names none)."""
    folded = f" {' '.join(re.findall(r'[a-z0-9]+', fold(question)))} "
    named = [sid for sid, title in _session_titles(catalog) if f" {title} " in folded]
    named += [sid for sid in numbered_sessions(question, catalog) if sid not in named]
    return named or list(catalog.sessions)


def _session_titles(catalog: Catalog) -> list[tuple[str, str]]:
    """(session id, folded title) of every titled session, folded once per catalog."""
    found = catalog.derived.get("session_titles")
    if not isinstance(found, list):
        found = catalog.derived["session_titles"] = [
            (sid, title) for sid, source in catalog.sessions.items()
            if (title := " ".join(re.findall(r"[a-z0-9]+",
                                             fold(str(source.metadata.get("session", ""))))))
        ]  # fmt: skip
    return found


# Words that frame a question about a person or their talk, and fillers ("exactly", « vraiment »):
# stems, and stems a longer word starts with ("present" → presenting, "summar" → summarise).
_GENERIC = set(
    tokens(
        "fait do job métier poste rôle vi di dis come comes guy gars mec porte donne "
        "anime give giving works working worked tells telling told parle parlent parler parles "
        "says saying thinks thinking thought names named called calls calling shows showing "
        "thèse thèses idées ideas titles titre titres intitulé "
        # what a talk argues: "her key argument", "his thesis", « ce qu'il veut démontrer »
        "argument arguments argue argues thesis takeaway takeaways démontrer démontre prove "
        # its outline: "the outline of X's talk", « les grandes lignes », "the gist"
        "outline outlines gist overview aperçu essentiel grandes lignes "
        # a pronoun for the thing asked: "her university is which one?"; where one works:
        # "where is she based?"
        "one ones based"
    )
) | {"fait", "do", "moi", "metier"}
_GENERIC_PREFIXES = (
    *"""profess fonction background tell present quoi work travail occup living gagn propos
    vient vienn boss parl sujet them resum abstract summar content cover discuss
    exact precis vrai really actual intitul titl titr call appel nom name
    speak interv deliver soutien argu defend claim expliqu explain montr show pens
    think say said thes idee idea reten key main princip point messag
    propos organiz compan employ labo affili depend belong expert special domain field
    disciplin sector secteur focus""".split(),
    # which organisation, which field: the speaker's card answers
    *tokens(
        "université universités institut institution organisation structure entreprise école "
        "school établissement rattachée rattaché relève outfit spécialiste spécialité domaine"
    ),
)
# A prefix of five letters or more stands for its word's forms ("present" → presenting); a
# shorter one only for itself ("main" is not "maintenance", « pens » not « pensions »).
_LONG_PREFIXES = tuple(p for p in _GENERIC_PREFIXES if len(p) >= 5)
_GENERIC = _GENERIC | {p for p in _GENERIC_PREFIXES if len(p) < 5}


def _in_their_abstract(
    question: str, named: list[str], catalog: Catalog, vectors: Any = None
) -> bool:
    """Most of the question's own words are in the named speakers' abstracts, or (with
    `vectors`) their translations: "according to X, which structure replaces the factory?",
    "what does X mean when her abstract says flax becomes a laboratory?" ask about the text, not
    X's organisation."""
    rest = _own_words(question, catalog)
    talks = {t for n in named for t in catalog.speakers[n].talk_ids if t in catalog.talks}
    texts = {s.id: s.text for t in talks for s in catalog.abstracts(t)}
    held = set(tokens(" ".join(texts.values())))
    found = rest & held
    if vectors is not None and rest - found:
        translated = programme_translations(question, rest - found, catalog, vectors)
        found |= {w for w, t in translated.items() if t in held}
    return bool(rest) and 2 * len(found) >= len(rest)


def _held(
    question: str, rest: set[str], text: str, vectors: Any, threshold: float = WORD_COSINE
) -> set[str]:
    """The stems of `rest` (the question's own words) that `text` holds, or (with `vectors`)
    holds a translation of, at `threshold` or more: "linen" in « la filière lin »."""
    found = rest & set(tokens(text))
    if vectors is not None and rest - found:
        asked = [w for w in surface(question) if tokens(w) and tokens(w)[0] in rest - found]
        found |= set(translated(asked, found, text, vectors, threshold))
    return found


def session_says(question: str, talk_id: str, catalog: Catalog, vectors: Any = None) -> bool:
    """The session's description holds most of the question's own words, and more of them than
    the talk's own texts (title, abstract) do, translated or not: "who talks about FabLabs?" is
    answered by that description, which no speaker gives, not by the talk ranked after it ("who
    talks about linen?" by the talk titled so)."""
    held = _held_by_both(question, talk_id, catalog, vectors)
    if held is None:
        return False
    rest, said, theirs = held
    return 2 * len(said) >= len(rest) and len(said) > len(theirs)


def talk_adds(question: str, talk_id: str, catalog: Catalog, vectors: Any = None) -> bool:
    """The talk's own texts hold a word of the question its session's description does not:
    "which talk links territories with public investment schemes?" is about the talk titled
    « … investissement … », whatever else the description shares."""
    held = _held_by_both(question, talk_id, catalog, vectors)
    return held is not None and bool(held[2] - held[1])


def _held_by_both(
    question: str, talk_id: str, catalog: Catalog, vectors: Any
) -> tuple[set[str], set[str], set[str]] | None:
    """The question's own words, those its talk's session description holds, and those the
    talk's title and abstract hold; None without a description or own words."""
    talk = catalog.talks[talk_id]
    session = catalog.sources.get(schema.session_id(talk.session_id))
    rest = _own_words(question, catalog)
    if session is None or not rest:
        return None
    # the description's words as written, or their close translations ("franchised workshops"
    # and « ateliers franchisés »): a word's nearest translation there at the lower cosine is
    # often only its field ("linen" and « textiles »)
    said = _held(question, rest, session.text, vectors, RANK_WORD_COSINE)
    theirs = " ".join([talk.title, *(s.text for s in catalog.abstracts(talk_id))])
    return rest, said, _held(question, rest, theirs, vectors)


def only_frame(
    question: str,
    catalog: Catalog,
    named: tuple[str, ...] | list[str] = (),
    talk: TalkInfo | None = None,
) -> bool:
    """True when the question says nothing besides a name and frame words ("what does X do?");
    the named speakers' own role and affiliation are not something else ("X's job at ORG"), nor
    the words of the `talk`'s title ("who gives the talk on X?")."""
    return not _own_words(question, catalog, _own_stems(catalog, named, talk))


def _own_stems(
    catalog: Catalog, named: tuple[str, ...] | list[str], talk: TalkInfo | None
) -> set[str]:
    own: set[str] = set(tokens(talk.title)) if talk else set()
    for name in named:
        info = catalog.speakers[name]
        own |= set(tokens(f"{info.role or ''} {info.affiliation or ''}"))
    return own


# The session itself named (folded): "is the session held in Reims?".
_SESSION_NOUN = r"\b(session|seance|seminaire|seminar|event|evenement|journee)s?\b"


def _place_asked(
    question: str, plan: Plan, talk: TalkInfo | None, catalog: Catalog, vectors: Any = None
) -> tuple[TalkInfo | None] | None:
    """(the talk whose room is asked, or None for the session's) when a "where" question asks
    for a room: "where is the talk on linen / Jeanne Dupont's / the session?". "Where do
    villagers buy their plates?" asks what an abstract says: it has words of its own."""
    links = plan.links
    if not (talk or links.rooms or len(catalog.sessions) == 1):
        return None
    own = _own_stems(catalog, links.speakers, talk) | _PLACE_WORDS
    for source in catalog.sessions.values():
        own |= set(tokens(str(source.metadata.get("session", ""))))
    rest = _own_words(question, catalog, own) - _PARTICLES
    folded = " ".join(re.findall(r"[a-z]+", fold(question)))
    if re.search(_TEXT_ASKED, folded) or (links.speakers and re.search(ATTRIBUTED, folded)):
        return None  # "where, according to the abstract / to X, …", "where does the talk say …"
    titled = catalog.talks[links.title_talks[0]] if links.title_talks and not talk else None
    if titled and rest and rest <= set(tokens(titled.title)):
        return (titled,)  # « où se passe l'intervention sur le lin ? »
    if re.search(HELD_AT, folded):
        # "is the session held in Reims?", "is the linen talk held at Lille?": the session's or
        # the talk's place, whatever text or affiliation names that town
        return (None,) if re.search(_SESSION_NOUN, folded) else (talk or titled,)
    if re.search(_WHERE_IS_A_TALK, frame_text(question)):
        return (talk,)  # "where is the talk about shared workshops?": a talk's place
    if re.search(_SESSION_HELD_WHERE, folded) and not talk:
        return (None,)  # « où a lieu la séance ? », « la séance se passe où ? »: nothing else
    if re.search(_ROOM_NOUN, folded) and re.search(_SESSION_NOUN, folded) and not talk:
        # "what room is the dec 18 session in?", « la séance sur les fablabs, c'est dans quelle
        # salle ? »: the session's room, whatever words (a date, its subject) pick it out
        return (None,)
    if rest and _held_share(question, rest, catalog, vectors) >= TEXT_SHARE:
        return None  # its words are a sentence's: what the text says
    return (talk,)  # "where can I park?": the programme's place, or that it gives none


# Where the session is held, and nothing else asked (folded): « où a lieu la séance ? », « la
# séance se passe où ? », "where is the session?" (not « où la séance situe-t-elle … ? »).
_SESSION_HELD_WHERE = (
    r"^((ou|where)( \w+){0,3} (la |the |cette |this )?(session|seance)|(la |the |cette |this )?"
    r"(session|seance)( \w+){0,3} (ou|where))( exactement| exactly)?$"
)
# A room asked by its name: "what room", « dans quelle salle » (not "where", which a text may
# answer, nor "is there room for artisans?")
_ROOM_NOUN = r"\b(what|which|quel\w*)( \w+){0,2} (salles?|rooms?|batiments?|buildings?|amphi\w*)\b"
# A "where" question is about the text when one sentence holds this share of its own words.
TEXT_SHARE = 0.5
# What a text says is asked: "according to the session description", « selon le résumé de
# Jeanne Dupont », "where does the talk say …" (folded words); not "according to the programme,
# where is the session?".
_TEXT_ASKED = (
    r"\b(according to|selon|d apres)( \w+){0,4}? (abstract|resume|summary|description|text|"
    r"texte|talk|intervention|expose|presentation)s?\b|\b(say|says|said|claim\w*|argue\w*|"
    r"suggest\w*|writes?|dit|disent|explique\w*|affirme\w*|ecri\w*)\b"
)
# English verb particles: "where do they show up?" asks nothing of "up".
_PARTICLES = set(tokens("up out off down back"))


def _held_share(question: str, rest: set[str], catalog: Catalog, vectors: Any) -> float:
    """The share of the question's own words one sentence holds, as written or, when that is
    not enough, in translation ("where do new local industrial singularities show up?" over
    « … de nouvelles singularités industrielles locales : FabLab … »)."""
    share = index_of(catalog).held_share(rest)
    if share >= TEXT_SHARE or vectors is None:
        return share
    translated = programme_translations(question, rest, catalog, vectors)
    return index_of(catalog).held_share({translated.get(s, s) for s in rest})


# "Where is the talk …", « où a lieu l'intervention … » (folded): the place of a talk is asked,
# whatever words then describe it.
_WHERE_IS_A_TALK = rf"\b(ou|where)( \w+){{0,3}} {TALK_NOUNS}\b"


_PLACE_WORDS = set(
    tokens(
        "salle salles room rooms lieu lieux venue location locations emplacement endroit trouve "
        "trouver passe déroule tient bâtiment building étage floor aller rendre go get find held "
        "take takes taking place hall amphi amphithéâtre auditorium exactement exactly "
        # the event by a generic name, and the kinds of place a venue is
        "séminaire seminar colloque conférence conference event événement évènement journée "
        "rencontre meeting ville city town pays country adresse address campus site quartier "
        "area"
    )
)


# What a speaker stresses, asked ("what does X put forward / highlight?", « qu'est-ce que X met en
# avant ? », « sur quoi insiste-t-elle ? »): a frame of the question, not a word their text must
# write; only as the verb of a "what" question, not its object ("what does X say about stress?").
_EMPHASIS = (
    r"(?<!\babout )(?<!\bon )(?<!\bof )(?<!\bthe )(?<!\bsur )(?<!\bde )(?<!\ble )(?<!\bla )"
    r"\b(put(s|ting)? forward|highlight(s|ed|ing)?|stress(es|ed|ing)?( on)?|"
    r"emphasi[sz](e|es|ed|ing)|underlin(e|es|ed|ing)|insist(s|ed|ing)? on|"
    r"m(et|ettent|ettre|is|ise|ises|ettra)( (t|il|elle|ils|elles))* en (avant|valeur|lumiere)|"
    r"soulign\w*|insist\w*)\b"
)
_WHAT = r"\b(what|which|que|qu|quoi|quel\w*)\b"


def _own_words(question: str, catalog: Catalog, own: set[str] = frozenset()) -> set[str]:  # type: ignore[assignment]
    """The question's content words other than frame words, fillers and `own` stems."""
    rest = content_words(question, catalog) - _GENERIC - own
    folded = " ".join(re.findall(r"\w+", fold(question)))
    if re.search(_WHAT, folded):
        rest -= set(tokens(" ".join(m.group(0) for m in re.finditer(_EMPHASIS, folded))))
    return {w for w in rest if not w.startswith(_LONG_PREFIXES)}


# Which talk a named speaker gives: "which talk is X giving?", "what is X presenting?", « quel est
# l'exposé de X ? », « que présente X ? » (not what it says: "what is X's talk about?").
# The title of a named speaker's talk asked: "what's X's presentation called?", « il présente
# quoi ? je voudrais le titre exact » (folded frame text); not a session's title, an
# organisation's name or a job title.
_TITLE_ASKED = (
    rf"\b({TALK_NOUNS} (called|titled|named)|(title|titre) (of|de) (his|her|their|son|sa|leur) "
    rf"{TALK_NOUNS}|present\w* quoi|(the|le) (exact )?(title|titre)( exact)?$)"
)
_NOT_A_TALKS_TITLE = (
    r"\b(session|seance|track|labo\w*|lab|organi[sz]\w*|job|role|poste|fonction|affiliation|"
    r"universit\w*|company|entreprise)\b"
)
# What a named speaker presents ("which talk is X giving?", « c'est quoi l'intervention de X ? »).
_WHICH_TALK = (
    r"\b((which|what) (talk|presentation|session|topic)|(quel(le)?s?|c est quoi) (est |sont )?"
    r"(l |le |la |les )?"
    r"(expose|intervention|presentation|conference|talk|communication)s?|what (is|s|will) [a-z ]+ "
    r"(presenting|giving|talking on)$|que present\w*|qu est ce que [a-z ]+ present\w*$|"
    r"present\w* quoi$)"
)
# The speakers' organisations asked of them all: "which institutions do the speakers represent?",
# « d'où viennent les intervenants ? », "where are the speakers from?" (folded frame text).
_AFFILIATIONS = (
    r"\b(affiliation\w*|institution\w*|organi[sz]ation\w*|organisme\w*|etablissement\w*|"
    r"employ\w*|universit\w*|ecoles?|schools?|labo\w*|structures?|entreprises?|compan\w*|"
    r"represent\w*|viennent|come from|are from|d ou|work for|travaillent|"
    r"where( \w+){1,4} (from|work\w*|based))\b"
)
_EVERYONE = (
    r"\b(the speakers|les intervenant\w*|les orat\w*|the presenters|each speaker|every speaker|"
    r"all (the )?speakers|chaque intervenant\w*|tous les intervenant\w*|toutes les intervenant\w*|"
    r"all (the )?presenters|everyone|everybody|each person|each one(?! of the)|chaque personne|"
    r"chacun(e)?(?! des)|chacun d entre eux|the line ?up)\b"
)


def _everyones_affiliation(question: str) -> bool:
    folded = frame_text(question)
    return bool(re.search(_AFFILIATIONS, folded) and re.search(_EVERYONE, folded))


def _speakers_of_sessions(sessions: list[str], catalog: Catalog) -> list[str]:
    """The speakers of the sessions' talks, in programme order, once each."""
    return list(dict.fromkeys(n for t in _talks_of(sessions, catalog) for n in t.speakers))


def _talks_of(sessions: list[str], catalog: Catalog) -> list[TalkInfo]:
    wanted = set(sessions)
    return [t for t in catalog.talks.values() if t.session_id in wanted]


def count(sessions: list[str], catalog: Catalog, lang: str) -> Draft:
    talks = _talks_of(sessions, catalog)
    speakers = {name for t in talks for name in t.speakers}
    sources = [catalog.sessions[s] for s in sessions if s in catalog.sessions]
    scope = prompts.COUNT_SCOPE[lang]
    if len(sessions) == 1:
        title = str(sources[0].metadata.get("session", "")) if sources else ""
        subject = scope["one"].format(session=title)
    else:
        subject = scope["all"].format(n_sessions=len(sessions))
    sources = sources[:3] + [catalog.sources[schema.talk_id(t.id)] for t in talks[:3]]
    cites = "".join(f"[{n}]" for n in range(1, len(sources) + 1))
    text = prompts.COUNT[lang].format(
        scope=subject, n_talks=len(talks), n_speakers=len(speakers), cites=cites
    )
    return Draft(text, sources, "record")


def order(sessions: list[str], catalog: Catalog, lang: str) -> Draft:
    lines: list[str] = []
    sources: list[Source] = []
    for sid in sessions[:3]:
        session = catalog.sessions[sid]
        sources.append(session)
        head = prompts.ORDER[lang].format(
            session=session.metadata.get("session", ""), cite=f"[{len(sources)}]"
        )
        lines.append(head)
        for n, talk in enumerate(_talks_of([sid], catalog)[:MAX_LISTED], 1):
            record = catalog.sources[schema.talk_id(talk.id)]
            sources.append(record)
            _, begins = split_datetime(str(record.metadata.get("talk_start") or ""))
            lines.append(
                prompts.ORDER_ITEM.format(
                    n=n,
                    when=f"{begins} " if begins else "",
                    title=talk.title,
                    people=", ".join(talk.speakers),
                    cite=f"[{len(sources)}]",
                )
            )
    return Draft("\n".join(lines), sources, "record")


def _listed(counts: Draft, what: str, sessions: list[str], catalog: Catalog, lang: str) -> Draft:
    """ "How many talks are there, and which ones?": the count, then the talks in order (or the
    speakers' cards)."""
    if what == "people":
        listing = speaker_cards(_speakers_of_sessions(sessions, catalog), catalog, lang)
    else:
        listing = order(sessions, catalog, lang)
    return replace(joined(counts, listing), route="record")


def no_abstract(catalog: Catalog, lang: str) -> Draft:
    missing = [t for t in catalog.talks.values() if t.abstract_missing]
    if not missing:
        sources = list(catalog.sessions.values())[:3]
        cites = "".join(f"[{n}]" for n in range(1, len(sources) + 1))
        text = prompts.NO_ABSTRACT_NONE[lang].format(n_talks=len(catalog.talks), cites=cites)
        return Draft(text, sources, "record")
    return _talk_lines(prompts.NO_ABSTRACT[lang], missing, "talk", catalog)


def with_abstract(catalog: Catalog, lang: str) -> Draft:
    """ "Which talks have an abstract?": each one, cited to its abstract."""
    given = [
        t for t in catalog.talks.values() if not t.abstract_missing and catalog.abstracts(t.id)
    ]
    if not given:
        return no_abstract(catalog, lang)
    return _talk_lines(prompts.WITH_ABSTRACT[lang], given, "abstract", catalog)


def _talk_lines(head: str, talks: list[TalkInfo], kind: str, catalog: Catalog) -> Draft:
    """A counted list of talks (at most MAX_LISTED shown), each cited to its record or its
    abstract."""
    lines = [head.format(n=len(talks), total=len(catalog.talks))]
    sources: list[Source] = []
    for talk in talks[:MAX_LISTED]:
        record = catalog.sources[schema.talk_id(talk.id)]
        sources.append(catalog.abstracts(talk.id)[0] if kind == "abstract" else record)
        lines.append(
            prompts.LIST_ITEM.format(
                title=talk.title, people=", ".join(talk.speakers), cite=f"[{len(sources)}]"
            )
        )
    return Draft("\n".join(lines), sources, "record")


def where(talk: TalkInfo | None, catalog: Catalog, lang: str) -> Draft:
    """The talk's room, else its session's; said plainly when the programme gives none."""
    session = (
        catalog.sessions.get(talk.session_id) if talk else next(iter(catalog.sessions.values()))
    )
    record = catalog.sources[schema.talk_id(talk.id)] if talk else session
    assert record is not None
    title = talk.title if talk else str(record.metadata.get("session", ""))
    room = record.metadata.get("talk_room") or record.metadata.get("room")
    if not room and session is not None and session.metadata.get("room"):
        record, room = session, session.metadata["room"]
    if not room:
        text = prompts.WHERE_UNKNOWN[lang].format(title=title, cite="[1]")
        return Draft(text, [record], "record", refused=True)
    return Draft(prompts.WHERE[lang].format(title=title, room=room, cite="[1]"), [record], "record")


def from_organisation(question: str, names: list[str], catalog: Catalog, lang: str) -> Draft:
    return speaker_cards(names[:MAX_LISTED], catalog, lang)


def topic(talks: list[TalkInfo], catalog: Catalog, lang: str, closest: bool = False) -> Draft:
    talks = talks[:5]
    lead = prompts.TOPIC[lang] if len(talks) == 1 else prompts.TOPIC_MANY[lang]
    if closest:
        titled = all(talk.abstract_missing for talk in talks)
        lead = (prompts.TOPIC_CLOSEST_TITLED if titled else prompts.TOPIC_CLOSEST)[lang]
    lines, sources = [lead], []
    for talk in talks:
        sources.append(catalog.sources[schema.talk_id(talk.id)])
        lines.append(
            prompts.LIST_ITEM.format(
                title=talk.title,
                people=people(talk.speakers, catalog, lang),
                cite=f"[{len(sources)}]",
            )
        )
    return Draft("\n".join(lines), sources, "record")


_QUOTED = re.compile(r"[«“\"]\s*([^«»“”\"]{2,60}?)\s*[»”\"]")
_AFTER_VERB = re.compile(
    r"\b(?:mentionne\w* |mentions? |cite\w* |évoque\w* |evoque\w* |refers? to |"
    r"parl(?:e|es|ent) (?:de |du |des |d’|d')|talks? about |speaks? about |discuss\w* )\s*"
    r"(?:l’|l'|la |le |les |the |a |an )?(.+?)\s*[?.!]*$",
    re.IGNORECASE,
)


def mentions(question: str, catalog: Catalog, lang: str) -> Draft | None:
    """The abstracts and bios whose text holds the term, each quoted with who wrote it."""
    quoted = _QUOTED.search(question)
    match = quoted or _AFTER_VERB.search(question)
    if not match:
        return None
    term = match.group(1).strip(" «»\"'")
    key = " ".join(re.findall(r"[a-z0-9]+", fold(term)))
    if not key or key in INTERROGATIVES:
        return None  # « il parle de quoi ? » asks what, it names no term
    found: list[tuple[Source, str]] = []
    for source_id in index_of(catalog).sources_with(key):
        source = catalog.sources[source_id]
        for sentence in quotable(source, min_chars=1):  # a list item names a term too
            words = f" {' '.join(re.findall(r'[a-z0-9]+', fold(sentence)))} "
            if f" {key} " in words:
                found.append((source, sentence))
                break
    if not found or len(found) > MAX_LISTED:
        return None
    lines, sources = [prompts.MENTIONS[lang].format(term=term)], []
    for source, sentence in found:
        sources.append(source)
        who = ", ".join(source.speakers) or str(source.metadata.get("session", ""))
        title = source.metadata.get("talk")
        by = f"{who}, « {title} »" if title and source.kind != "session" else who
        lines.append(
            "- "
            + prompts.EXTRACT_ITEM_BY[lang].format(
                people=by, sentence=sentence, cite=f"[{len(sources)}]"
            )
        )
    return Draft("\n".join(lines), sources, "record")
