"""The assistant: a question (and its history) in, a grounded answer with checked citations out.

Order of decisions, each enforced in code:
1. attempts to change the rules are refused;
2. follow-ups are made standalone from the history;
3. programme fields (who, when, affiliation, the talk list, a missing abstract) come from records;
4. hybrid retrieval; weak support is refused without calling any model (the gate);
5. a kind of fact no source shows (an e-mail, a budget…) is refused, with what is known;
6. the backend writes (LLM) or quotes (extractive); every generated sentence must be supported by
   the source it cites, or is re-attached to the one that supports it, or dropped; nothing left
   means the extractive answer instead;
7. citation markers are validated and renumbered; `citations` lists exactly the cited sources.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Generator, Iterator, Sequence
from dataclasses import replace
from typing import Any

from llama_index.core.base.llms.types import ChatMessage

from assistant import chitchat, prompts
from assistant.catalog import Catalog, Source, TalkInfo
from assistant.claims import ClaimChecker
from assistant.comparison import (
    asked_point,
    asks_comparison,
    asks_difference,
    asks_jointly,
    asks_matching,
    compared,
    texts_of,
)
from assistant.condense import condense, the_other, unwrapped
from assistant.deps import Deps
from assistant.extractive import (
    WORDING_WORDS,
    Evidence,
    after_premise,
    asks_instance,
    asks_wording,
    extractive_draft,
    gather,
    gives_instance,
    quotable,
)
from assistant.gate import GATE_OVERLAP, NULL_QUESTIONS, Gathered, support
from assistant.gate import dense_floor as gate_floor
from assistant.grounding import MARKER, cited, finalize
from assistant.intents import Focus, focus_talk, intent, missing_abstract, people, view_beyond
from assistant.lexicon import elide, language, plain, sentences, tokens
from assistant.llm import ModelTimeout
from assistant.names import apostrophised, mentioned_not_speaking, unknown_name, vocabulary
from assistant.parts import (
    after,
    asks_two,
    joined,
    pointed_back,
    pronoun_only,
    split_question,
)
from assistant.planner import (
    ATTRIBUTED,
    TALK_NOUNS,
    asks_for_me,
    asks_personal_life,
    content_words,
    described,
    frame_text,
    index_of,
    plan,
    title_match,
)
from assistant.policy import (
    asked_time,
    asks_my_opinion,
    asks_opinion,
    asks_private_detail,
    asks_specifics,
    asks_view,
    is_injection,
    leader_missing,
    missing_attribute,
    organisation_undescribed,
    organisations,
    personal_life_missing,
    private_detail_missing,
    unit_missing,
    unrecorded_missing,
)
from assistant.positions import (
    asked_position,
    only_the_session,
    positioned,
    session_text_named,
)
from assistant.prompting import ProgrammePrefix, excerpt_messages
from assistant.record_answers import from_records, only_frame, session_says, talk_adds, topic
from assistant.retrieval import Filters, HybridRetriever, Retrieved
from assistant.session_answers import asks_team, asks_their_people, missing_session
from assistant.subjects import listed, subject_asked, talks_on, writes
from assistant.text_checks import checked_draft, checked_speakers, their_abstracts
from assistant.titles import read_in
from assistant.translation import surface, translates, written_in
from assistant.types import Answer, Draft
from assistant.vectors import CachedVectors
from ingest import schema
from ingest.errors import BadInputError, ModelError, SessionAssistantError
from ingest.text import fold

MAX_QUESTION_CHARS = 1000
TOP_K = 5
# A programme of more talks than this is not scanned word by word for "which talks deal with X?"
SCANNED_TALKS = 40
MAX_CLAIMS = 4
MAX_PARTS = 3  # "what is «X» about, who gives it, and when?"; a fourth stays with the third


class Assistant:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._catalog: Catalog | None = None
        self._retriever: HybridRetriever | None = None
        self._prefix: ProgrammePrefix | None = None
        self._vectors = CachedVectors(deps.embed_model)  # the programme's sentences, embedded once
        self.use_prefix = True  # False: always the excerpts prompt (benchmarks compare both)
        self.keep_warm = False
        self._floor_lock = threading.Lock()

    @property
    def backend(self) -> str:
        return self.deps.settings.llm

    @property
    def parallel_answers(self) -> int:
        """How many answers to write at once: the local worker writes one at a time (and this
        process talks to its own worker); a shared model server batches requests itself."""
        return {"local": 1, "openai": 8}.get(self.backend, 4)

    def catalog(self) -> Catalog:
        """The records, reloaded when the store was re-ingested since the last question."""
        version = self.deps.store.version()
        if self._catalog is None or self._catalog.version != version:
            self.deps.store.check_model(self.deps.embed_model.model_name)
            self._catalog = Catalog.from_store(self.deps.store)
            self._catalog.version = version
            self._retriever = None
            self._vectors = CachedVectors(self.deps.embed_model)
            reloaded = self._prefix is not None
            self._prefix = ProgrammePrefix.of(self._catalog)
            if reloaded and self.keep_warm:  # a re-ingest: the new programme is a new prefix
                self.warm_up_in_background()
        return self._catalog

    def warm_up(self) -> None:
        """Read the programme and build its indexes, then start the local model and evaluate the
        fixed prompt prefix, so the first question is answered as fast as the next ones."""
        catalog = self.catalog()
        index_of(catalog).prepare()
        vocabulary(catalog)
        self._retriever_of(catalog)
        self.dense_floor(catalog)
        llm = self.deps.llm
        if llm is None or not hasattr(llm, "warm"):
            return
        chat = self._prefix.warm_up() if self._prefix and self.use_prefix else None
        llm.warm(_plain(chat or excerpt_messages("?", [], [], "fr")))

    def warm_up_in_background(self) -> threading.Thread:
        """Warm up now without waiting, and again whenever a re-ingest changes the programme."""
        self.keep_warm = True

        def run() -> None:
            # A model that cannot start is reported by the first question, with the fix.
            with contextlib.suppress(SessionAssistantError):
                self.warm_up()

        thread = threading.Thread(target=run, name="warm-up", daemon=True)
        thread.start()
        return thread

    def retriever(self) -> HybridRetriever:
        return self._retriever_of(self.catalog())

    def _retriever_of(self, catalog: Catalog) -> HybridRetriever:
        if self._retriever is None or self._retriever.catalog is not catalog:
            self._retriever = HybridRetriever(self.deps.store, self.deps.embed_model, catalog,
                                              self._vectors)  # fmt: skip
        return self._retriever

    def ask(
        self, question: str, history: Sequence[Any] = (), filters: Filters | None = None
    ) -> Answer:
        final = None
        for partial in self.stream(question, history, filters):
            final = partial
        assert final is not None
        return final

    def stream(
        self, question: str, history: Sequence[Any] = (), filters: Filters | None = None
    ) -> Iterator[Answer]:
        """Partial answers while an LLM writes; the last one is the checked, final answer."""
        question = _validate(question)
        lang = language(question)
        if is_injection(question):
            yield self._answer(question, question, lang, Draft(prompts.OUT_OF_SCOPE[lang], [],
                                                               "policy", refused=True))  # fmt: skip
            return
        unpadded = chitchat.unpadded(question)
        if asks_my_opinion(unpadded):
            yield self._answer(question, question, lang, Draft(prompts.NO_OPINION[lang], [],
                                                               "policy", refused=True))  # fmt: skip
            return
        catalog = self.catalog()
        if said := chitchat.kind(question):
            # "hello", "who are you?": what the assistant does, not a programme quote
            lang = chitchat.language_of(question, lang)
            yield self._answer(question, question, lang, chitchat.reply(said, catalog, lang))
            return
        unpadded = apostrophised(unpadded, catalog)  # "in landaus talk": Landau's
        standalone = the_other(condense(unpadded, history, catalog, lang), catalog, lang)
        standalone = _past_the_lead_in(standalone, catalog)
        if chitchat.asks_for_questions(unpadded):
            # "give me three questions to ask her": the organiser's moderation questions, for
            # the talk the conversation points to
            moderated = self._moderation(standalone, lang, catalog, filters)
            yield self._answer(question, standalone, lang, moderated)
            return
        draft = yield from self._parts(question, standalone, filters, lang, catalog)
        if draft.route in {"gate", "not-theirs"} and (last := chitchat.asked_last(unpadded)):
            # "Hi! I'm running a bit late, so long story short: what's session 3 about?": the
            # sentences before the question's own may be all the gate could not place, or all
            # that kept a speaker's own text from supporting it (a refusal about what the
            # question names, e.g. a talk with no abstract, stands)
            # what the sentences before it name is what its pronouns point to (« Je prépare
            # l'intervention de X : elle parle de quoi ? »)
            before = unpadded[: unpadded.rfind(last)].strip()
            context = [*history, {"role": "user", "content": before}] if before else history
            alone = condense(last, context, catalog, lang)
            retried = yield from self._parts(question, alone, filters, lang, catalog)
            if not retried.refused:
                standalone, draft = alone, retried
        yield self._answer(question, standalone, lang, draft)

    def _compared(self, question: str, focus: Focus, catalog: Catalog, lang: str) -> Draft | None:
        """Two texts the question names (talks, speakers' talks, the session's description),
        side by side; None when it names fewer than two."""
        talks = _talks_named(focus, catalog)
        asked = plan(question, index_of(catalog), self._vectors)
        records = ("from", "organisation", "speaker", "when", "where", "count", "partner", "first",
                   "last", "before", "after", "order")  # fmt: skip
        if asked.asked(*records) or re.search(_LASTING, frame_text(question)):
            return None  # "do X and Y share an employer?": their records, not their texts
        theme = re.search(_SESSION_THEME, frame_text(question))
        session = session_text_named(question) or theme is not None
        if not talks and theme:  # "the talk on linen and the session's theme": its title's words
            talks = [t.id for t in title_match(question, asked.links, catalog)[:1]]
        texts = texts_of(talks, session, catalog)
        matched = question if asks_matching(question) else asked_point(question)
        return compared(texts, self._vectors, lang, asks_difference(question), matched)

    def _moderation(
        self, request: str, lang: str, catalog: Catalog, filters: Filters | None = None
    ) -> Draft:
        """Questions for the talks the request names (all of them when it names none), each
        quoting and citing the text it comes from (modes.moderate)."""
        from assistant import modes  # modes builds on this module: imported when asked

        focus = self.focus(request, catalog, filters)
        talks = _talks_named(focus, catalog)
        if not talks and re.search(rf"\b{TALK_NOUNS}\b", frame_text(request)):
            # "questions on the flax talk": the talk its subject finds
            found = self.gathered(request, focus, filters, catalog)
            if found.support.enough and (top := _top_talk(found.retrieved)):
                talks = [top]
        items = modes.moderate(self, talks or None, chitchat.questions_wanted(request), lang)
        return modes.as_draft(items, catalog) or self._refusal(
            lang, focus, catalog, "nothing-to-quote"
        )

    def _parts(
        self,
        question: str,
        standalone: str,
        filters: Filters | None,
        lang: str,
        catalog: Catalog,
        depth: int = 0,
        before: tuple[str, Draft] | None = None,
    ) -> Generator[Answer, None, Draft]:
        """The draft of a question, each part's in turn when it asks two things (or three:
        the second part is split in turn, `depth` counts how far; `before`: the part before it
        and its draft, which its first part may point back to)."""
        parts = split_question(standalone, catalog, lang, self._vectors)
        if len(parts) > 1 and asks_matching(standalone):
            named = _talks_named(self.focus(standalone, catalog, filters), catalog)
            parts = [standalone] if len(named) > 1 else parts  # "X or Y: which is A, which B?"
        if before is not None:
            parts[0] = _pointed(parts[0], *before, catalog, lang)
        draft = yield from self._draft(question, parts[0], filters, lang, catalog)
        # "is there a Q&A after the talks?", "what is the IRI?": what the second part points back
        # to the programme does not hold
        refused_thing = draft.refused and (
            re.search(_EXISTS, frame_text(parts[0])) or draft.route == "organisation"
        )
        # … unless it asks for the organisation's people or a speaker's talk ("what is the IRI?
        # who is its speaker?", "is there a Q&A after X's talk? what is his talk about?")
        tail = unwrapped(parts[-1])
        ours = _ITS_PEOPLE if draft.route == "organisation" else _HIS_TALK
        people = re.search(ours, frame_text(tail))
        if len(parts) == 2 and refused_thing and not people and _points_back(tail, catalog):
            # "is there a Q&A after the talks? how long is it?": what "it" is, the programme
            # does not hold, nor how long it is
            return draft
        if (
            len(parts) == 2
            and not draft.refused
            and asks_team(parts[0])
            and asks_their_people(parts[1])
        ):
            # "which talk is a duo, and what are the speakers called?": the list holds each
            # one's name, role and organisation
            return draft
        if len(parts) == 2:
            found = _talk_records(draft)
            nested = depth + 2 < MAX_PARTS and asks_two(parts[1], catalog, lang, self._vectors)
            shown = self._answer(question, parts[0], lang, draft).answer
            if nested:
                # "…, who gives it, and what is his role?": the last two split in turn, the
                # first of them asked of what this part found
                second = yield from after(shown, self._parts(question, parts[1], filters, lang,
                                                             catalog, depth + 1,
                                                             (parts[0], draft)))  # fmt: skip
                return joined(draft, second)
            if not draft.refused and (person := pointed_back(parts[1], found, catalog, lang)):
                parts[1] = person  # "…, and what's her doctorate in?": who the first part found
            second = yield from after(shown, self._draft(question, parts[1], filters, lang,
                                                         catalog))  # fmt: skip
            pointing = _points_back(parts[1], catalog) and not (
                # "how many speakers? is one of them from INRAE?": the one its own words find
                not second.refused and _names_by_place_or_role(parts[1], catalog, self._vectors)
            )
            if (second.refused or pointing) and not draft.refused:
                # "Is one of the talks a double act? Which one, and who's in it?", "does any
                # talk cover X, and who gives it?": "it" is what the first part's answer found,
                # as in a follow-up
                turn = _found_turn(parts[0], draft, catalog)
                then = condense(parts[1], turn, catalog, lang)
                if (
                    then == parts[1]
                    and second.route == "gate"
                    and (talk := _one_abstract(draft, catalog))
                    and self._writes_its_words(parts[1], talk, catalog)
                ):
                    # "what did Chippendale offer an alternative to, and which question does the
                    # revived approach raise again?": the second step of the argument the first
                    # part quoted is asked of the same abstract, though no pronoun points to it
                    then = prompts.ABOUT[lang].format(question=parts[1], subject=talk.title)
                if then != parts[1]:
                    again = yield from after(shown, self._draft(question, then, filters, lang,
                                                                catalog))  # fmt: skip
                    # a part that only points back means what the first answer found, even
                    # when that is refused ("…, and which communes has he opened workshops
                    # in?" of a talk with no abstract), not what retrieval found for its words;
                    # but quotes found with the appended title do not replace a records answer
                    # of its own ("which talk is last, and who gives it?")
                    quoted = again.route not in _READ_FROM_RECORDS and not again.refused
                    if not (quoted and second.route in _READ_FROM_RECORDS):
                        second = again if pointing or not again.refused else second
                elif pointing and not turn[1]["content"] and intent(parts[1]) == "who":
                    # "is there anything on X? who presents it?" when the first part found no
                    # talk (only the session's text): no one presents "it"; not the talk
                    # retrieval found for "who presents"
                    second = Draft(prompts.REFUSAL[lang], [], "unresolved", refused=True)
            draft = joined(draft, second)
        return draft

    def _draft(
        self, question: str, standalone: str, filters: Filters | None, lang: str, catalog: Catalog
    ) -> Generator[Answer, None, Draft]:
        """One question's answer: from the records, else from the sources. The catalog is the
        one read at the start of the question (the store is asked for its version once)."""
        if (name := unknown_name(standalone, catalog)) and not self._translates(
            name, standalone, catalog
        ):
            # nothing the programme says is about a name it never writes
            return Draft(prompts.NOT_MENTIONED[lang].format(name=name), [], "unknown-name",
                         refused=True)  # fmt: skip
        if (unheld := missing_session(standalone, catalog, lang)) is not None:
            return unheld  # "when is session 2?" with no session 2: not the session there is
        if named := mentioned_not_speaking(standalone, catalog):
            return _not_a_speaker(*named, lang)  # "is Chippendale speaking?": a text names him
        focus = self.focus(standalone, catalog, filters)
        if _private_missing(standalone, focus, catalog) or _unrecorded(standalone, focus, catalog):
            return self._refusal(lang, focus, catalog, "attribute")
        if (members := _undescribed(standalone, catalog)) is not None:
            # what it does say: the card of whoever is from it
            focus = replace(focus, speakers=focus.speakers or members[:1])
            return self._refusal(lang, focus, catalog, "organisation")
        if (suited := _suited_by_role(standalone, focus, catalog)) is not None:
            # "I'm a geographer, which talk should I go to?": the talk of the speaker the
            # asker's own role matches, recommended (not what that speaker's text says)
            return topic([suited], catalog, lang, closest=True)
        if (corrected := self._others_subject(standalone, focus, catalog, lang)) is not None:
            return corrected  # "why did X choose <another talk's subject>?"
        if (where := asked_position(standalone)) and (
            positioned := self._positioned(where, standalone, focus, filters, catalog, lang)
        ):
            return positioned  # "how does her abstract end?": a place in a text, not its words
        if asks_comparison(standalone) and (
            side := self._compared(standalone, focus, catalog, lang)
        ):
            return side  # "what do X's and Y's talks have in common?"
        # "which talks deal with X?": every talk whose title or abstract writes it, before the
        # title that matches best
        draft = None if focus.speakers else self._on_subject(standalone, filters, lang, catalog)
        if draft is None:
            draft = self.records(standalone, focus, lang, catalog)
        if draft is None and asks_jointly(standalone):
            # "do X's abstract and the session text both deal with A?" (after the records: "do
            # both mention Chippendale?" is where the name is written, "are both designers?" cards)
            draft = self._compared(standalone, focus, catalog, lang)
        if draft is None:
            draft = yield from self._from_sources(question, standalone, focus, filters, lang,
                                                  catalog)  # fmt: skip
        return draft

    def _on_subject(
        self, standalone: str, filters: Filters | None, lang: str, catalog: Catalog
    ) -> Draft | None:
        """Every talk ("which talks deal with X?") whose title or abstract writes X or its
        translation, or None (then the texts answer). A large programme's talks are those its
        retrieval finds and those whose texts write one of X's stems."""
        if filters or (subject := subject_asked(standalone)) is None:
            return None
        talks = sorted(catalog.talks.values(), key=lambda t: (t.session_id, t.order))
        if len(talks) > SCANNED_TALKS:
            found = self._nearest(standalone, catalog, None, [])[1]
            near = {r.source.talk_id for r in found if r.source.talk_id}
            near |= index_of(catalog).talks_with({s for w in subject for s in tokens(" ".join(w))})
            talks = [t for t in talks if t.id in near]
        shown = talks_on(subject, talks, catalog, self._vectors)
        return listed(shown, subject, catalog, lang) if shown else None

    def _positioned(
        self,
        where: str,
        standalone: str,
        focus: Focus,
        filters: Filters | None,
        catalog: Catalog,
        lang: str,
    ) -> Draft | None:
        """The first or last sentence of the text asked: the focused talk's abstract, the
        session's description when named, else the abstract of the talk retrieval finds first,
        when the gate finds the question supported."""
        talk = focus_talk(focus, catalog)
        if talk is None and not (only_the_session(standalone) or session_text_named(standalone)):
            found = self.gathered(standalone, focus, filters, catalog)
            top = _top_talk(found.retrieved) if found.support.enough else None
            talk = catalog.talks.get(top or "")
        if talk and talk.abstract_missing:
            # its title is all it has; figures or findings asked of it are left to the texts'
            # path (refused there when its speakers have no bio either)
            beyond = asks_specifics(standalone, talk.title)
            # how its abstract begins or ends is not in the programme: a refusal, saying why;
            # how the talk ends (« sur quoi se termine son intervention ? ») is answered so
            named = bool(re.search(_AN_ABSTRACT, frame_text(standalone)))
            return None if beyond else replace(missing_abstract(talk, catalog, lang), refused=named)
        if talk is None and only_the_session(standalone):
            return None
        return positioned(where, standalone, talk.id if talk else None, catalog, lang)

    def _others_subject(
        self, question: str, focus: Focus, catalog: Catalog, lang: str
    ) -> Draft | None:
        """ "Why did Marc Olivier choose the linen sector?" when his talk's title and abstract
        do not write it and another talk's do (as "which talks deal with it?" finds them): the
        premise put right, his talk and the text that writes the subject, each cited."""
        if len(focus.speakers) != 1 or not re.search(_WHY_CHOSEN, plain(question)):
            return None
        name = focus.speakers[0]
        asked = content_words(question, catalog) - _CHOOSING
        subject = [w for w in surface(question) if set(tokens(w)) & asked]
        own = [catalog.talks[t] for t in catalog.speakers[name].talk_ids if t in catalog.talks]
        if not subject or len(own) != 1:
            return None
        talks = sorted(catalog.talks.values(), key=lambda t: (t.session_id, t.order))
        shown = talks_on([subject], talks, catalog, self._vectors)
        # the talk that writes most of its words, in its texts or its speakers' cards ("wood
        # industry": not every talk on industry), if only one does
        counts = [sum(self._talk_writes(w, s.talk, catalog) for w in subject) for s in shown]
        whole = [s for s, n in zip(shown, counts, strict=True) if n == max(counts, default=0)]
        theirs = any(s.talk.id == own[0].id for s in shown) or all(
            writes([w], _card(name, catalog), self._vectors) for w in subject
        )
        if len(whole) != 1 or theirs:
            # his own subject (his talk's texts or his card write it), nobody's, or the theme
            # of several talks: the texts answer or refuse
            return None
        other = whole[0]
        values = {"name": name, "own": own[0].title, "other": other.talk.title,
                  "people": people(other.talk.speakers, catalog, lang)}  # fmt: skip
        sources = [catalog.sources[schema.talk_id(own[0].id)], other.source]
        return Draft(prompts.OTHERS_SUBJECT[lang].format(**values), sources, "record")

    def _talk_writes(self, word: str, talk: TalkInfo, catalog: Catalog) -> bool:
        """The talk's title or abstract, or one of its speakers' cards, writes the word (or its
        translation)."""
        if talks_on([[word]], [talk], catalog, self._vectors):
            return True
        cards = [_card(n, catalog) for n in talk.speakers if n in catalog.speakers]
        return any(writes([word], card, self._vectors) for card in cards)

    def _writes_its_words(self, part: str, talk: TalkInfo, catalog: Catalog) -> bool:
        """The talk's abstract writes one of the part's words (or its translation) that its
        title does not: "…, and what is blockchain?" asks nothing of it."""
        text = "\n".join(s.text for s in catalog.abstracts(talk.id))
        asked = set(content_words(part, catalog)) - set(tokens(talk.title))
        return bool(written_in(part, asked, text, self._vectors))

    def _translates(self, name: str, question: str, catalog: Catalog) -> bool:
        """A capitalised phrase the programme does not write may be its words in another
        language ("Digital Networks" → « réseaux numériques »): it is, when a source retrieved
        for the question holds a translation of one of its words."""
        sources = [r.source for r in self._nearest(question, catalog, None, [])[1]][:TOP_K]
        return any(translates(name, s.text, self._vectors) for s in sources)

    def focus(self, question: str, catalog: Catalog, filters: Filters | None = None) -> Focus:
        named = catalog.find_speakers(question)
        if session_text_named(question) and not named and not asks_comparison(question):
            # "in the session's description, which actors …?": that text, not the talk whose
            # title or speaker's role shares the question's words
            focus = Focus([], [])
        else:
            named = named or described(question, index_of(catalog), self._vectors)
            focus = Focus(catalog.find_talks(question) or read_in(question, catalog), named)
        if filters and filters.talk_id and filters.talk_id in catalog.talks:
            focus.talks = [filters.talk_id]
        if filters and filters.speaker in catalog.speakers and not focus.speakers:
            focus.speakers = [filters.speaker]
        return focus

    def _from_sources(
        self,
        question: str,
        standalone: str,
        focus: Focus,
        filters: Filters | None,
        lang: str,
        catalog: Catalog,
    ) -> Generator[Answer, None, Draft]:
        if _only_titled(focus, catalog) and asks_specifics(standalone, _title_of(focus, catalog)):
            # figures, cases or results of a talk with no abstract: no other text is theirs,
            # and its missing abstract is not an answer to them
            return self._refusal(lang, focus, catalog, "no-abstract")
        if (unsaid := _their_missing_abstract(standalone, focus, catalog)) is not None:
            # what a speaker says, when their talk has no abstract and they no bio: that is the
            # answer, not a refusal
            return missing_abstract(unsaid, catalog, lang)
        found = self.gathered(standalone, focus, filters, catalog)
        if their := _their_abstract(standalone, focus, catalog):
            # "what does <speaker> talk about?": their abstract answers, however they are named
            sources = their + [s for s in found.sources if s not in their]
            found = replace(found, sources=sources, evidence=gather(
                standalone, found.embedding, sources, self._vectors, TOP_K))  # fmt: skip
        embedding, retrieved, sources, evidence = (found.embedding, found.retrieved,
                                                   found.sources, found.evidence)  # fmt: skip
        if (dated := asked_time(standalone)) is not None:
            evidence = _showing_first(evidence, dated)
        boost = _boost(focus, catalog)
        if not boost and re.search(_WHOSE_ABSTRACT, frame_text(standalone)):
            # "whose abstract raises …?": an abstract answers, not the session's description
            boost = [s.id for s in sources if s.kind == "abstract"]
        if not boost and session_text_named(standalone):
            # "in the session's description, which question …?": that text answers, not an
            # abstract sharing more of the question's words
            boost = [s.id for s in sources if s.kind == "session"]
        said = _says_their_words(standalone, focus, catalog, self._vectors)
        said = said or _their_example(standalone, focus, catalog)
        if not (found.support.enough or their or said):
            return self._refusal(lang, focus, catalog, "gate")
        if (mine := _for_me(standalone, focus, found, catalog)) is not None:
            # "I make wine in a cooperative, which talk is for me?": the talk of the text that
            # holds the asker's field, not the sentence nearest to their whole situation
            return topic([mine], catalog, lang, closest=True)
        if not (said or _theirs(standalone, found, focus, catalog, self._vectors, bool(their))):
            # "What does X think of Y?": a sentence by someone else is not X's view.
            return self._refusal(lang, focus, catalog, "not-theirs")
        about = _about_focus(sources, focus, catalog)
        # A number or a year must be in the sentence that would answer, not anywhere nearby.
        lead = next((e.sentence for e in _focused(evidence, sources, boost) if e.quotable), "")
        if missing_attribute(standalone, "\n".join(s.text for s in about), lead):
            return self._refusal(lang, focus, catalog, "attribute")
        if (
            not focus.talks
            and (talk_id := _top_talk(retrieved))
            and not (
                intent(standalone) == "who"
                and session_says(standalone, talk_id, catalog, self._vectors)
            )
        ):
            draft = from_records(standalone, Focus([talk_id], focus.speakers), catalog, lang,
                                 retrieved=True, vectors=self._vectors)  # fmt: skip
            if draft is not None:
                return draft
            if _one_talk_by_subject(standalone):
                # "what's the distributed factory talk about?": the talk its subject found, not
                # the session's sentence that shares its words
                boost = [*_boost(Focus([talk_id], []), catalog), *boost]
        if (
            not focus.talks
            and _which_talk(standalone, catalog, self._vectors)
            and (talk_id := _top_talk(retrieved, catalog, TOP_K))
            and _session_quoted(evidence, sources, boost)
            and talk_adds(standalone, talk_id, catalog, self._vectors)
        ):
            # "which talk links territories with public investment schemes?": a talk, not the
            # session's sentence that shares more of its words
            which = catalog.talks[talk_id]
            if which.abstract_missing:
                return topic([which], catalog, lang, closest=True)
            boost = [*_boost(Focus([talk_id], []), catalog), *boost]
        if (talk := _only_titled(focus, catalog)) is not None:
            # a talk whose entry is its title alone: its session's text frames it, and else its
            # title is all there is; another speaker's abstract is not theirs to quote
            session = schema.session_id(talk.session_id)
            if read_in(standalone, catalog) == [talk.id]:
                # « dans la présentation sur X, quel public est visé ? »: read in that talk, of
                # which the programme has the title only; the session's text is not the talk's
                return self._refusal(lang, focus, catalog, "no-abstract")
            if not self._supports(standalone, [session], evidence, sources, catalog, quoting=True):
                if self._supports(standalone, boost, evidence, sources, catalog):
                    return missing_abstract(talk, catalog, lang)
                return self._refusal(lang, focus, catalog, "no-abstract")
            boost = [*boost, session]
        if checked := checked_draft(standalone, evidence, sources,
                                    _checked_texts(standalone, focus, catalog), lang,
                                    self._vectors):  # fmt: skip
            # "does Landau's abstract tie Chippendale to …?": "yes" and the sentence that says so
            return checked
        if self.deps.llm is None:
            focused = after_premise(standalone, _focused(evidence, sources, boost), self._vectors)
            quoted = extractive_draft(focused, sources, lang)
            return (
                quoted
                or _titled(focus, retrieved, catalog, lang)
                or self._refusal(lang, focus, catalog, "nothing-to-quote")
            )
        return (yield from self._by_model(question, standalone, embedding, sources, evidence,
                                          focus, filters, lang, catalog))  # fmt: skip

    def _supports(
        self,
        question: str,
        ids: list[str],
        evidence: list[Evidence],
        sources: list[Source],
        catalog: Catalog,
        quoting: bool = False,
    ) -> bool:
        """Whether the sources `ids` alone (those of them retrieved) pass the gate; `quoting`:
        and hold a sentence to quote."""
        wanted = set(ids)
        own = [e for e in evidence if sources[e.source_index - 1].id in wanted]
        if quoting and not any(e.quotable for e in own):
            return False
        kept = [s for s in sources if s.id in wanted]
        measured = support(question, kept, own, catalog, self._vectors,
                           floor=self.dense_floor(catalog))  # fmt: skip
        return measured.enough

    def gathered(
        self,
        standalone: str,
        focus: Focus,
        filters: Filters | None = None,
        catalog: Catalog | None = None,
    ) -> Gathered:
        """Stage 4: retrieval, the sentences that answer best, and the gate's two measures
        (bench/gate_calibration.py calls this same stage)."""
        catalog = catalog or self.catalog()
        embedding, retrieved, evidence = self._nearest(standalone, catalog, filters,
                                                       _boost(focus, catalog))  # fmt: skip
        sources = [r.source for r in retrieved]
        measured = support(standalone, sources, evidence, catalog, self._vectors,
                           floor=self.dense_floor(catalog))  # fmt: skip
        return Gathered(embedding, retrieved, sources, evidence, measured)

    def _nearest(
        self, question: str, catalog: Catalog, filters: Filters | None, boost: list[str]
    ) -> tuple[list[float], list[Retrieved], list[Evidence]]:
        embedding = self.deps.embed_model.get_query_embedding(question)
        retrieved = self._retriever_of(catalog).retrieve(question, TOP_K, filters, boost,
                                                         embedding)  # fmt: skip
        sources = [r.source for r in retrieved]
        return embedding, retrieved, gather(question, embedding, sources, self._vectors, TOP_K)

    def dense_floor(self, catalog: Catalog) -> float:
        """The gate's dense threshold on this programme: how near its sentences come, by
        chance, to questions no programme answers (gate.NULL_QUESTIONS); once per catalog."""
        with self._floor_lock:  # two first questions compute it once, not twice
            return self._dense_floor(catalog)

    def _dense_floor(self, catalog: Catalog) -> float:
        found = catalog.derived.get("dense_floor")
        if not isinstance(found, float):
            chance = [max((e.cosine for e in self._nearest(q, catalog, None, [])[2]), default=0.0)
                      for q in NULL_QUESTIONS]  # fmt: skip
            found = catalog.derived["dense_floor"] = gate_floor(chance)
        return found

    def records(
        self, standalone: str, focus: Focus, lang: str, catalog: Catalog | None = None
    ) -> Draft | None:
        """Stage 3: the records' answer, or None when the texts must answer."""
        return from_records(standalone, focus, catalog or self.catalog(), lang,
                            vectors=self._vectors, now=self.deps.clock(),
                            zone=self.deps.settings.timezone)  # fmt: skip

    def _by_model(
        self,
        question: str,
        standalone: str,
        embedding: list[float],
        sources: list[Source],
        evidence: list[Evidence],
        focus: Focus,
        filters: Filters | None,
        lang: str,
        catalog: Catalog,
    ) -> Generator[Answer, None, Draft]:
        """The model writes from the whole programme (a cached prefix) or from excerpts of the
        retrieved sources; what holds is kept, else the programme's own words with a note."""
        # What the extractive backend would answer: the model's answer must not lose its fact.
        focused = _focused(evidence, sources, _boost(focus, catalog))
        baseline = extractive_draft(focused, sources, lang)
        # The model leans on source [1]: number the sources by how well they answer, best first.
        ranked = _by_evidence(focused, sources)
        prefix = self._prefix if self.use_prefix and not filters else None
        if prefix is not None:
            chat, given = prefix.messages(standalone, lang), prefix.sources
        else:
            evidence = _renumbered(evidence, sources, ranked)
            chat, given = excerpt_messages(standalone, ranked, evidence, lang), ranked
        checker = ClaimChecker(given, self._vectors, list(catalog.speakers), standalone,
                               lang)  # fmt: skip
        try:
            draft, shown = yield from self._written(question, standalone, chat, checker, lang)
        except ModelTimeout:
            draft, note = None, prompts.MODEL_SLOW[lang]
        except ModelError:
            draft, note = None, prompts.MODEL_DOWN[lang]
        else:
            note = prompts.SWITCHED[lang] if shown else ""
        if draft is not None:
            return _not_worse(draft, baseline, standalone, focused)
        # Nothing the model wrote holds: the programme's own words, and a note that says so.
        quoted = extractive_draft(gather(standalone, embedding, ranked, self._vectors),
                                  ranked, lang)  # fmt: skip
        if quoted is None:
            return self._refusal(lang, focus, catalog, "nothing-to-quote")
        return Draft(f"{note}\n\n{quoted.text}".strip(), quoted.sources, "fallback")

    def _written(
        self,
        question: str,
        standalone: str,
        chat: list[ChatMessage],
        checker: ClaimChecker,
        lang: str,
    ) -> Generator[Answer, None, tuple[Draft | None, bool]]:
        """The model's answer, shown as it is written; each sentence is checked as it completes
        and shown only if it holds. None when no sentence holds; and whether any text was shown.

        The model's own NOT_IN_SOURCES is not trusted either way: the gate and the attribute check
        already decided the question is answerable, and this model refuses answerable questions.
        """
        assert self.deps.llm is not None
        kept: list[str] = []
        done, removed, text, shown = 0, 0, "", False
        for response in self.deps.llm.stream_chat(chat):
            text = response.message.content or ""
            if prompts.NOT_IN_SOURCES in text:
                return None, shown
            claims = sentences(text)
            for claim in claims[done : len(claims) - 1]:  # the last one may still grow
                removed += self._keep(checker, claim, kept)
            done = max(done, len(claims) - 1)
            partial = _partial(kept, claims[-1] if claims else "", removed, checker.sources, lang)
            shown = shown or bool(partial.text)
            yield self._answer(question, standalone, lang, partial)
        for claim in sentences(text)[done:]:
            removed += self._keep(checker, claim, kept)
        if not kept:
            return None, shown
        note = " " + prompts.REMOVED[lang] if removed else ""
        return Draft(" ".join(kept) + note, checker.sources, "generated"), shown

    @staticmethod
    def _keep(checker: ClaimChecker, claim: str, kept: list[str]) -> int:
        """Check one finished sentence; 1 if it was removed."""
        if len(kept) >= MAX_CLAIMS:
            return 0
        verdict = checker.check(claim)
        if verdict is None:
            return 1 if MARKER.sub("", claim).strip() else 0
        kept.append(verdict)
        return 0

    def _refusal(self, lang: str, focus: Focus, catalog: Catalog, route: str) -> Draft:
        text = prompts.REFUSAL[lang]
        sources: list[Source] = []
        if focus.speakers:
            name = focus.speakers[0]
            info = catalog.speakers[name]
            sources = [catalog.sources[info.bio_id]]
            fact = people([name], catalog, lang) + " [1]."
            text += prompts.REFUSAL_KNOWN[lang].format(
                subject=name, of_subject=elide("de", name), fact=fact
            )
            talks = [catalog.talks[t] for t in info.talk_ids if t in catalog.talks]
            if len(talks) == 1 and talks[0].abstract_missing:  # all there is to know of it
                sources.append(catalog.sources[schema.talk_id(talks[0].id)])
                text += " " + prompts.MISSING_ABSTRACT[lang].format(
                    title=talks[0].title, people=", ".join(talks[0].speakers), cite="[2]"
                )
        elif focus.talks:
            talk = catalog.talks[focus.talks[0]]
            sources = [catalog.sources[schema.talk_id(talk.id)]]
            fact = f"« {talk.title} », {people(talk.speakers, catalog, lang)} [1]."
            subject = f"« {talk.title} »"
            text += prompts.REFUSAL_KNOWN[lang].format(
                subject=subject, fact=fact, of_subject=elide("de", subject)
            )
            if talk.abstract_missing:
                text += " " + prompts.MISSING_ABSTRACT[lang].format(
                    title=talk.title, people=", ".join(talk.speakers), cite="[1]"
                )
        return Draft(text, sources, route, refused=True)

    def _answer(self, question: str, standalone: str, lang: str, draft: Draft) -> Answer:
        text, citations = finalize(draft)
        return Answer(
            question=question,
            answer=text,
            language=lang,
            refused=draft.refused,
            backend=self.backend,
            citations=citations,
            standalone_question=standalone,
            route=draft.route,
            retrieved=[s.id for s in draft.sources],
        )


def _validate(question: str) -> str:
    question = " ".join(question.split())
    if not question:
        raise BadInputError("the question is empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise BadInputError(
            f"the question is {len(question)} characters long; the limit is {MAX_QUESTION_CHARS}"
        )
    return question


def _boost(focus: Focus, catalog: Catalog) -> list[str]:
    ids: list[str] = []
    for talk_id in focus.talks:
        ids += [s.id for s in catalog.talk_nodes(talk_id)]
    for name in focus.speakers:
        info = catalog.speakers[name]
        ids.append(info.bio_id)
        for talk_id in info.talk_ids:
            if talk_id in catalog.talks:
                ids += [s.id for s in catalog.talk_nodes(talk_id)]
    return list(dict.fromkeys(ids))


# A model's checked answer keeps at least this share of the words the best quote adds to the
# question; else the quote is added after it (the local model must never know less than
# extractive).
KEPT_FACT_SHARE = 0.5


def _not_worse(
    draft: Draft, baseline: Draft | None, question: str, evidence: list[Evidence]
) -> Draft:
    """The model's answer, with the extractive answer's best quote added when the model's
    sentences lost what that quote says (its words beyond the question's)."""
    best = next((e for e in evidence if e.quotable), None)
    if baseline is None or best is None:
        return draft
    fact = set(tokens(best.sentence)) - set(tokens(question))
    said = set(tokens(MARKER.sub("", draft.text)))
    if not fact or len(fact & said) >= KEPT_FACT_SHARE * len(fact):
        return draft
    return replace(joined(draft, baseline), route="generated+quote")


def _plain(chat: list[ChatMessage]) -> list[dict[str, str]]:
    return [{"role": m.role.value, "content": m.content or ""} for m in chat]


def _partial(kept: list[str], tail: str, removed: int, sources: list[Source], lang: str) -> Draft:
    """What the chat shows while the model writes: the checked sentences, then the one being
    written (without markers until it is checked); a removal is said, not hidden."""
    shown = list(kept)
    if removed:
        shown.append(prompts.REMOVED[lang])
    plain = MARKER.sub("", tail).strip()
    if plain and not prompts.NOT_IN_SOURCES.startswith(plain[:14]):
        shown.append(plain)
    return Draft(" ".join(shown), sources, "generating")


def _renumbered(
    evidence: list[Evidence], sources: list[Source], ranked: list[Source]
) -> list[Evidence]:
    """The same evidence, its source numbers following the new order of the sources."""
    position = {id(s): n for n, s in enumerate(ranked, 1)}
    return [replace(e, source_index=position[id(sources[e.source_index - 1])]) for e in evidence]


def _by_evidence(evidence: list[Evidence], sources: list[Source]) -> list[Source]:
    best: dict[int, float] = {}
    for e in evidence:
        if e.quotable:
            best[e.source_index] = max(best.get(e.source_index, -1.0), e.score)
    order = sorted(range(1, len(sources) + 1), key=lambda n: (-best.get(n, -1.0), n))
    return [sources[n - 1] for n in order]


_WHOSE_ABSTRACT = (
    r"\b(whose|which|what|in which|quel|quels|dans quel|dans quels|lequel des) "
    r"(abstracts?|resumes?|summary|summaries)\b"
)


def _one_talk_by_subject(question: str) -> bool:
    """What one talk, named by its subject, is about: "the distributed factory talk", « de quoi
    parle l'intervention sur le bois ? »."""
    return intent(question) == "about" and bool(re.search(_ONE_TALK, frame_text(question)))


def _which_talk(question: str, catalog: Catalog, vectors: Any) -> bool:
    """One talk asked for by what it is about ("which talk deals with …?", « quelle
    intervention … ? »), not which one says or mentions a thing (a text answers that)."""
    if not re.search(_WHICH_TALK, frame_text(question)):
        return False
    return not plan(question, index_of(catalog), vectors).asked("says", "mentions")


_WHICH_TALK = (
    r"\b((which|what) (talk|presentation)|quel(le)? (intervention|presentation|expose|"
    r"conference|communication))\b(?! s\b)"
)


def _session_quoted(evidence: list[Evidence], sources: list[Source], boost: list[str]) -> bool:
    """The quote an extractive answer would lead with is a session's description."""
    best = next((e for e in _focused(evidence, sources, boost) if e.quotable), None)
    return best is not None and sources[best.source_index - 1].kind == "session"


_ONE_TALK = (
    r"\b(the|this|that|l|la|le|cette|cet) (\w+ ){0,3}(talk|presentation|intervention|conference|"
    r"expose|keynote|session talk)\b(?! s\b)"
)


def _showing_first(evidence: list[Evidence], shown: str) -> list[Evidence]:
    """The evidence with the first sentence of the best quote's text that shows `shown` (a
    century, a year) and shares as many of the question's words put first: « et il vivait à
    quelle époque, ce Chippendale ? » after a turn on Landau is answered by « Au 18° siècle
    l'ébéniste Thomas Chippendale … », not by the sentence that ranks above it for his name (a
    dated sentence sharing fewer words does not answer: on 31C3 one sharing none let "what year
    was the Bastille stormed?" through, and « Au 18° siècle » does not date what revives his
    approach)."""
    quotes = [e for e in evidence if e.quotable]
    if not quotes:
        return evidence
    best = quotes[0]
    dated = (e for e in quotes if e.source_index == best.source_index
             and e.overlap >= best.overlap > 0 and re.search(shown, fold(e.sentence)))  # fmt: skip
    first = next(dated, None)
    if first is None or first is quotes[0]:
        return evidence
    return [first, *(e for e in evidence if e is not first)]


def _checked_texts(question: str, focus: Focus, catalog: Catalog) -> set[str] | None:
    """The texts a check of what a text says may read: the abstracts of the speakers whose text
    it names ("Landau's abstract": not those of the speakers its claim names), or else of the
    speakers or talks it names (none where their talk has only its title: the session's text is
    not theirs), the session's text where it names that, else any (None)."""
    if owners := checked_speakers(question, catalog):
        return their_abstracts(owners, catalog)
    if focus.speakers or focus.talks:
        return {i for i in _boost(focus, catalog) if catalog.sources[i].kind == "abstract"}
    if session_text_named(question):
        return {s.id for s in catalog.sources.values() if s.kind == "session"}
    return None


def _focused(
    evidence: list[Evidence], sources: list[Source], focus_ids: list[str]
) -> list[Evidence]:
    """Evidence from the sources about what the question names, when they hold any quote."""
    wanted = set(focus_ids)
    mine = [e for e in evidence if sources[e.source_index - 1].id in wanted and e.quotable]
    return mine or evidence


def _about_focus(sources: list[Source], focus: Focus, catalog: Catalog) -> list[Source]:
    """The sources that could show a fact about what the question names (else all sources)."""
    if not (focus.speakers or focus.talks):
        return sources
    return [catalog.sources[i] for i in _boost(focus, catalog)]


def _attributed(question: str, focus: Focus) -> bool:
    """Their view, or what they say ("according to X, …"), is asked of named speakers."""
    return bool(focus.speakers and (asks_view(question) or re.search(ATTRIBUTED, plain(question))))


def _their_sources(question: str, focus: Focus, catalog: Catalog) -> set[str]:
    """The ids of the sources of the speakers whose words are asked: those the question names
    by name when it names some (« que dit Dupont du FabLab de Rennes ? » asks Dupont's, not the
    FabLab's designer's)."""
    named = index_of(catalog).named(question, affiliations=False)
    whose = [n for n in focus.speakers if n in named] or focus.speakers
    return set(_boost(Focus([], whose), catalog))


def _says_their_words(question: str, focus: Focus, catalog: Catalog, vectors: Any) -> bool:
    """What named speakers say of something only their own sentences write ("what does Landau
    say Chippendale did …?", « selon Dupont, que se passe-t-il au pays de Caux ? »): their text
    answers, however far the rest of the question's words are from its own. Not their opinion
    ("does X think …?"): that needs the measures."""
    if asks_wording(question) and (texts := _texts_named(question, focus, catalog)):
        # "in her abstract, which adjectives qualify ecosystems?": that text answers when it
        # writes every word asked (or its translation), however many other texts write them;
        # "… the production of FabLabs?" of a text that does not write FabLabs is measured as
        # any other question
        text = "\n".join(s.text for s in texts)
        asked = set(content_words(question, catalog)) - WORDING_WORDS
        if asked and written_in(question, asked, text, vectors) == asked:
            return True
    if not (_attributed(question, focus) or _named_subject(question, focus, catalog)):
        return False
    if asks_opinion(question):
        return False
    own, asked = _their_sources(question, focus, catalog), content_words(question, catalog)
    index = index_of(catalog)
    if not index.written_only_by(asked, own):
        return False
    # ... but not of a place or a name nobody writes (« que faisait l'ébéniste au Japon ? »)
    unwritten = {w for w in asked if not index.holders(w)}
    return not any(unwritten & set(tokens(w)) for w in _capitalised(question))


_AN_ABSTRACT = r"\b(abstracts?|resumes?|summary|summaries|blurb)\b"


# Why someone chose a subject: "why did X pick …?", « pourquoi X a-t-elle choisi … ? », « qu'est-
# ce qui a amené X à … ? » (plain text), and the words of choosing, which name no subject.
_WHY_CHOSEN = (
    r"\b(why|pourquoi|what made|what led|how come|qu est ce qui a (amene|pousse|conduit|mene))\b"
)
_CHOOSING = set(
    tokens(
        "why pourquoi pick picked choose chose chosen choisi choisir focus focuses focused "
        "pris prendre prend took take taken "
        "concentrate study studies studied étudier étudie work works worked travailler travaille "
        "decide decided décidé topic topics subject sujet terrain field domaine theme thème "
        "interest interested intéresse intéresser amené amène poussé conduit mené made led "
        "talk talks speak speaks parle parler about comme as his her their son sa leur"
    )
)


# The words that ask for an example, and the kinds of thing an example is: not what it is of.
_AN_EXAMPLE = set(
    tokens(
        "example examples exemple exemples illustration illustrate illustrates illustrer "
        "illustre case cases cas instance instances showcase vitrine evidence preuve proof give "
        "gives given giving donne donner donnent use uses used using utilise prend prendre take "
        "takes taking build builds building built around autour draw draws drawn argument "
        "arguments propos raisonnement argumentation démonstration whole entier tout toute "
        "sector secteur region région territory territoire field domaine area kind type sort "
        "genre which quel quelle what mention mentions cite cites choose chooses choisit pick "
        "main principal central key clé her his their son sa ses leur"
    )
)


# What an example is asked of: "examples of blockchain", "an example of a Japanese company",
# « un exemple chiffré », "evidence of success" (plain text).
_EXAMPLE_OF = (
    r"\b(?:examples?|exemples?|cases?|cas|evidence|preuves?|illustrations?|instances?)"
    r"((?: (?:of|de|du|des|d|about|sur|on|a|an|un|une|la|le|les|the|any))+(?: \w+){1,3}|"
    r" chiffr\w*| (?:with |avec )?(?:numbers|figures|chiffres|donnees|data))"
)


def _their_example(question: str, focus: Focus, catalog: Catalog) -> bool:
    """The example a named speaker uses is asked ("which example does X build her argument
    around?", « elle prend quel exemple ? ») and their abstract gives one: it answers, however
    few of the question's words it writes (a talk with no abstract has none to give)."""
    if not (focus.speakers and asks_instance(question)) or asks_opinion(question):
        return False
    texts = [catalog.sources[i] for i in sorted(_their_sources(question, focus, catalog))]
    abstracts = [t for t in texts if t.kind == "abstract"]
    # an example of something ("examples of blockchain", « un exemple chiffré ») is one only
    # a text that writes it gives; what kind of thing the example is ("which historical figure
    # does he take as his example?") is the example's to say
    of = " ".join(m.group(1) for m in re.finditer(_EXAMPLE_OF, plain(question)))
    asked = set(tokens(of)) - _AN_EXAMPLE
    written = "\n".join(t.text for t in abstracts)
    if asked and written_in(question, asked, written, None) != asked:
        return False
    return any(gives_instance(sentence) for source in abstracts for sentence in quotable(source))


def _texts_named(question: str, focus: Focus, catalog: Catalog) -> list[Source]:
    """The text a question names: the focused talk's abstract ("in Filippi's abstract", « le
    résumé sur la RTE »), or the session's description; else []."""
    talk = focus_talk(focus, catalog)
    if talk and re.search(_AN_ABSTRACT, frame_text(question)):
        return catalog.abstracts(talk.id)
    if session_text_named(question):
        return [s for s in catalog.sources.values() if s.kind == "session"]
    return []


def _named_subject(question: str, focus: Focus, catalog: Catalog) -> bool:
    """The question names the speaker it asks of ("which sector does Filippi draw her
    illustration from?"), not one a role describes."""
    return bool(set(focus.speakers) & set(index_of(catalog).named(question)))


def _capitalised(question: str) -> list[str]:
    """The question's capitalised words but the first of each of its sentences: names and
    places (not acronyms: a text spells « RSE » out; not « Selon » after « J'arrive de l'autre
    salle. »)."""
    words = [
        w
        for sentence in re.split(r"[.!?:;…]+\s+", question)
        for w in re.findall(r"\b[^\W\d_][\w’'-]*", sentence)[1:]
    ]
    return [w for w in words if w[:1].isupper() and not w.isupper()]


def _theirs(
    question: str,
    found: Gathered,
    focus: Focus,
    catalog: Catalog,
    vectors: Any,
    only_their_text: bool = False,
) -> bool:
    """Whether the named speakers' own sources (bio, talk, abstract) support the answer, when
    it is theirs that is asked: their view, or what they say ("according to X, …").
    `only_their_text`: nothing but what their text says is asked (« que dit le résumé de X ? »):
    it is theirs, however few of the question's words its sentences hold."""
    if not _attributed(question, focus):
        return True
    own = _their_sources(question, focus, catalog)
    if index_of(catalog).written_by_others(content_words(question, catalog), own):
        # « Dupont considère-t-elle les ateliers partagés comme … ? »: what only others' entries
        # write (another talk, the session's text) is not in their words
        return False
    if only_their_text:
        return True
    sources = [s for s in found.sources if s.id in own]
    evidence = [e for e in found.evidence
                if found.sources[e.source_index - 1].id in own and e.quotable]  # fmt: skip
    floor = found.support.floor
    # a talk with no abstract has its title for its words: « selon X, les designers servent à
    # tester quelle filière ? » is answered by her title, which has no sentence to quote
    titled = _only_titled(focus, catalog) is not None
    return (bool(evidence) or titled) and support(
        question, sources, evidence, catalog, vectors, floor
    ).enough


# What the records say of talks compared: "which is longer?", "in different rooms?"
_LASTING = r"\b(longer|shorter|duration\w*|duree\w*|long|longue|rooms?|salles?|time|heure)\b"
# The session's own subject named: "the session's overall theme", « le thème général de la séance »
_SESSION_THEME = (
    r"\b(theme|sujet|topic|subject|focus|question)s?( general| globale?| d ensemble| overall)? "
    r"(de la|du|of the|of this) (session|seance)\b|\b(overall|general) (theme|topic) of the "
    r"(session|seance)\b"
)


def _talks_named(focus: Focus, catalog: Catalog) -> list[str]:
    """The talks the question names, then those of the speakers it names, each once."""
    named = [t for n in focus.speakers for t in catalog.speakers[n].talk_ids]
    return [t for t in dict.fromkeys([*focus.talks, *named]) if t in catalog.talks]


def _names_by_place_or_role(question: str, catalog: Catalog, vectors: Any) -> bool:
    """The question finds speakers by their affiliation or role ("is one of them from X?")."""
    links = plan(question, index_of(catalog), vectors).links
    return bool(links.from_affiliation or links.holding_role)


def _top_talk(
    retrieved: list[Retrieved], catalog: Catalog | None = None, window: int = 3
) -> str | None:
    """The talk the best-ranked source among the first `window` belongs to: a talk's record or
    abstract, or (given the catalog) the bio of a speaker who gives one talk."""
    for r in retrieved[:window]:
        if talk_id := _talk_of(r.source, catalog):
            return talk_id
    return None


def _talk_of(source: Source, catalog: Catalog | None) -> str | None:
    """The talk a source belongs to: a talk's record or abstract, or (given the catalog) the
    bio of a speaker who gives one talk."""
    if source.kind in {"talk", "abstract"} and source.talk_id:
        return source.talk_id
    if catalog is not None and source.kind == "bio" and len(source.speakers) == 1:
        info = catalog.speakers.get(source.speakers[0])
        if info is not None and len(info.talk_ids) == 1:
            return info.talk_ids[0]
    return None


# A question that sets two speakers side by side: the sentence about the other one is part of it.
_BESIDE = (
    r"\b(too|also|as well|likewise|same|similar\w*|\w*agree\w*|differ\w*|compar\w*|contrast\w*|"
    r"unlike|whereas|while|either|aussi|egalement|pareil\w*|meme|similaire\w*|accord|"
    r"contrairement|alors que|tandis|oppos\w*)\b|"
    # a word pointing back to what the sentence before says: "does Filippi cite it?", « en
    # parle-t-elle ? », « le cite-t-elle ? », "that far", "anyone"
    r"\b(it|that|this|these|those|them|so|there|anyone|anything|someone|something)\b|"
    r"\b(en|y) \w+|\b(le|la|les|l) (cite|evoque|mentionne|reprend|utilise|partage|dit)\w*"
)


def _past_the_lead_in(question: str, catalog: Catalog) -> str:
    """ "Marc Olivier works in a FabLab. Which example does Jeanne Dupont give?": the question
    asks about the speaker its last sentence names; the sentence before, about someone else, is
    context (not when the question sets them side by side: "…; does she agree?")."""
    pieces = re.split(r"(?<=[.;!])\s+", question.strip())
    if len(pieces) < 2:
        return question
    last, before = pieces[-1], " ".join(pieces[:-1])
    if "?" in before or not last.endswith("?") or re.search(_BESIDE, frame_text(last)):
        return question
    asked, said = catalog.find_speakers(last), catalog.find_speakers(before)
    return last if asked and said and not set(asked) & set(said) else question


def _suited_by_role(question: str, focus: Focus, catalog: Catalog) -> TalkInfo | None:
    """The talk asked for by the asker's situation ("which talk should I attend?") when the
    question names no talk nor speaker and its words describe one speaker (by role, field or
    organisation): that speaker's talk."""
    if focus.talks or not focus.speakers or not asks_for_me(question):
        return None
    folded = frame_text(question)
    if not re.search(rf"\b{TALK_NOUNS}\b", folded) or catalog.find_speakers(question):
        return None  # "which speaker should I meet?" asks for a person; a named one is asked of
    if re.search(_OTHER_THAN, folded) or re.search(_ON_A_SUBJECT, folded):
        return None  # "which talk after the designer's?", "I'm not a geographer, …"
    return focus_talk(focus, catalog)


# A subject asked besides the asker's job: "I'm a designer, which talk about investment …?",
# "… but I want something on agriculture"
_ON_A_SUBJECT = (
    rf"\b({TALK_NOUNS} (about|on|sur|concernant|regarding)|(something|anything|quelque chose) "
    r"(on|about|sur)|but|mais)\b"
)
# A talk asked for other than the one described: after it, besides it, not the asker's
_OTHER_THAN = (
    r"\b(after|besides|beside|apart from|other than|except|instead|next|not|n t|already|"
    r"apres|ensuite|sauf|a part|autre que|hormis|en dehors|plutot que|pas|deja)\b"
)


def _for_me(question: str, focus: Focus, found: Gathered, catalog: Catalog) -> TalkInfo | None:
    """The talk suited to the asker's situation (`asks_for_me`), when nothing is named: the
    talk of the text that carried the gate's overlap ("I make wine in a cooperative, which talk
    is for me?"), else of the best sentence a talk's text holds, else of the best-ranked text
    that is a talk's (not the session's sentence nearest to their whole situation)."""
    if focus.talks or focus.speakers or not asks_for_me(question):
        return None
    best = catalog.sources.get(found.support.best or "")
    by_overlap = _talk_of(best, catalog) if best is not None else None
    if found.support.overlap < GATE_OVERLAP:
        by_overlap = None
    quoted = (_talk_of(found.sources[e.source_index - 1], catalog) for e in
              sorted(found.evidence, key=lambda e: -e.score) if e.quotable)  # fmt: skip
    talk_id = by_overlap or next((t for t in quoted if t), None)
    talk_id = talk_id or _top_talk(found.retrieved, catalog, TOP_K)
    return catalog.talks.get(talk_id) if talk_id else None


def _titled(focus: Focus, retrieved: list[Retrieved], catalog: Catalog, lang: str) -> Draft | None:
    """The gate found support but no sentence to quote: the support is a record line. When it is
    the title of a talk with no abstract, that title is the answer (« Paul Martin travaille sur
    quelle fibre ? » of «… la filière chanvre»), said with its missing abstract."""
    talk = focus_talk(focus, catalog)
    if talk is None and (talk_id := _top_talk(retrieved)):
        talk = catalog.talks.get(talk_id)
    return missing_abstract(talk, catalog, lang) if talk and talk.abstract_missing else None


def _their_texts(focus: Focus, catalog: Catalog) -> str:
    """Everything the programme writes of the focused speakers (bios, their talks' texts), or of
    everyone when the question names nobody."""
    names = focus.speakers or list(catalog.speakers)
    talks = {t for n in names for t in catalog.speakers[n].talk_ids}
    texts = [_card(n, catalog) for n in names]
    texts += [s.text for t in sorted(talks) if t in catalog.talks for s in catalog.talk_nodes(t)]
    return "\n".join(texts)


def _card(name: str, catalog: Catalog) -> str:
    """What a speaker's card says: their name, role and affiliation."""
    return catalog.sources[catalog.speakers[name].bio_id].text


def _their_abstract(question: str, focus: Focus, catalog: Catalog) -> list[Source]:
    """The abstract of the focused speaker's talk when the question asks only what that talk is
    about ("what does <speaker> talk about?", the speaker named or described); else []."""
    talk = focus_talk(focus, catalog)
    if not (focus.speakers and talk and only_frame(question, catalog, focus.speakers)):
        return []
    return catalog.abstracts(talk.id)


def _only_titled(focus: Focus, catalog: Catalog) -> TalkInfo | None:
    """The one talk the question is about (named, or its speaker's) when its programme entry is
    its title alone: no abstract, no bio text of its speakers."""
    talk = focus_talk(focus, catalog)
    if not (talk and talk.abstract_missing):
        return None
    names = focus.speakers or talk.speakers
    if any(catalog.sources[catalog.speakers[n].bio_id].metadata.get(schema.BIO)
           for n in names if n in catalog.speakers):  # fmt: skip
        return None
    return talk


def _private_missing(question: str, focus: Focus, catalog: Catalog) -> bool:
    """A private detail, or where a named speaker studied, when they joined or what they
    research, is asked and nothing the programme writes of them says it; their texts are read
    only when such a thing is asked."""
    life = bool(focus.speakers) and asks_personal_life(question) is not None
    if not (life or asks_private_detail(question)):
        return False
    texts = _their_texts(focus, catalog)
    return private_detail_missing(question, texts) or (
        life and personal_life_missing(question, texts)
    )


# Whether something exists is asked: « y a-t-il … ? », "is there …?", "will there be …?"
_EXISTS = r"\b(is there|are there|will there be|y a t il|il y a|y a|existe\w*)\b"


def _talk_records(draft: Draft) -> list[str]:
    """The ids of the talks whose records a draft holds among its sources."""
    return [s.talk_id for s in draft.sources if s.kind == "talk" and s.talk_id]


def _pointed(part: str, asked: str, draft: Draft, catalog: Catalog, lang: str) -> str:
    """`part` asked of what the part before it (`asked`, answered by `draft`) found, when
    it points back to it ("who gives it?", "where does she work?")."""
    if draft.refused:
        return part
    found = _talk_records(draft)
    if person := pointed_back(part, found, catalog, lang):
        return person
    if _points_back(part, catalog):
        return condense(part, _found_turn(asked, draft, catalog), catalog, lang)
    return part


def _found_turn(asked: str, draft: Draft, catalog: Catalog) -> list[dict[str, str]]:
    """A part and what its answer found, as a turn a pointing-back part is read after: the
    titles and speakers of the talks its cited sources belong to, not the words of its quotes (a
    quote of the session's text shares words with some title, which "it" does not mean)."""
    talks = dict.fromkeys(s.talk_id for s in _cited_sources(draft) if s.talk_id in catalog.talks)
    found = [f"« {catalog.talks[t].title} » ({', '.join(catalog.talks[t].speakers)})"
             for t in talks]  # fmt: skip
    return [{"role": "user", "content": asked},
            {"role": "assistant", "content": "; ".join(found)}]  # fmt: skip


def _cited_sources(draft: Draft) -> list[Source]:
    """The sources a draft's text cites, in the order of its marks."""
    return [draft.sources[n - 1] for n in cited(draft.text) if 0 < n <= len(draft.sources)]


def _one_abstract(draft: Draft, catalog: Catalog) -> TalkInfo | None:
    """The talk whose abstract a draft quotes, when it quotes one abstract and nothing else."""
    shown = _cited_sources(draft)
    talks = {s.talk_id for s in shown}
    if draft.refused or not shown or {s.kind for s in shown} != {"abstract"} or len(talks) != 1:
        return None
    return catalog.talks.get(talks.pop() or "")


def _not_a_speaker(name: str, source: Source, lang: str) -> Draft:
    """Someone a text names is not a speaker: said, with the sentence that names them."""
    words = set(plain(name).split())
    said = [s for s in sentences(source.text) if words <= set(plain(s).split())]
    who = source.speakers and ", ".join(source.speakers)
    by = who or prompts.SESSION_TEXT[lang].format(title=source.metadata.get("session", ""))
    values = {"name": name, "by": by, "of_by": elide("de", by), "cite": "[1]"}
    text = prompts.NOT_A_SPEAKER[lang].format(sentence=said[0] if said else "", **values)
    return Draft(text, [source], "record")


# "who works there?", "what does its speaker present?": the organisation's people, whom the
# programme does give
_ITS_PEOPLE = (
    r"\b(speakers?|intervenant\w*|talks?|interventions?|present\w*|works?|travaill\w*|"
    r"designer|chercheu\w*|researchers?|vient|comes? from|is from|from there|qui y|who is)\b"
)


_HIS_TALK = r"\b(his|her|their|son|sa|leur)( own)? (talk|presentation|intervention|expose)s?\b"


def _points_back(part: str, catalog: Catalog) -> bool:
    """The second part names nothing and points back to what the first asked about ("…, and
    how long is it?"); "…, and what is it called, this session?" points to the session it
    names."""
    named = re.search(r"\b(session|seance)s?\b", frame_text(part))
    return pronoun_only(part, catalog) and not named


# Routes of an answer read from the programme's records (times, order, speakers), not quoted
_READ_FROM_RECORDS = {"record", "position"}


def _unrecorded(question: str, focus: Focus, catalog: Catalog) -> bool:
    """A contact, a website, a publication, an age, a part of a named speaker's organisation (its
    lab, its team: shown only by one their card or text names) or a practical matter (food,
    recording, time for questions) is asked, and nothing the programme writes of whom it asks
    about (of anyone and of the sessions, when it names nobody) shows one: refused before an
    order or time word in it makes the records answer."""
    texts = _their_texts(focus, catalog)
    if not focus.speakers:
        texts += "\n" + "\n".join(s.text for s in catalog.sources.values() if s.kind == "session")
    people = [(s.role or "", s.affiliation or "") for s in catalog.speakers.values()]
    named = index_of(catalog).named(question)  # by name: "which CNRS team …?" asks who
    affiliations = [catalog.speakers[n].affiliation or "" for n in named]
    their = _their_texts(Focus([], named), catalog) if named else ""
    return (
        unrecorded_missing(question, texts) is not None
        or leader_missing(question, people)
        or (bool(named) and unit_missing(question, their, affiliations))
    )


def _undescribed(question: str, catalog: Catalog) -> list[str] | None:
    """What an organisation a speaker is from is or does, when no text beyond the speakers'
    cards writes its name ("what does the IRI do?", « quelles sont les activités de cet
    institut ? »): the speakers from it (none for "that institute"), else None."""
    speakers = catalog.speakers.values()
    texts = "\n".join(s.text for s in catalog.sources.values() if s.kind not in {"bio", "talk"})
    org = organisation_undescribed(
        question, organisations([s.affiliation or "" for s in speakers]), texts
    )
    if org is None:
        return None
    return [
        s.name
        for s in speakers
        if org and re.search(rf"\b{re.escape(org)}\b", plain(s.affiliation or ""))
    ]


def _title_of(focus: Focus, catalog: Catalog) -> str:
    talk = focus_talk(focus, catalog)
    return talk.title if talk else ""


def _their_missing_abstract(question: str, focus: Focus, catalog: Catalog) -> TalkInfo | None:
    """The focused speaker's talk, when the question asks what they say, in general, and all the
    programme has of them is that talk's title (no abstract, no bio text)."""
    talk = focus_talk(focus, catalog)
    if not (talk and talk.abstract_missing):
        return None
    bios = [catalog.sources[catalog.speakers[n].bio_id] for n in focus.speakers]
    if any(b.metadata.get(schema.BIO) for b in bios):
        return None
    # what they say in general, or what their talk is about in other words (« il est question de
    # quel matériau ? »: its title is all there is); a talk named by its title and nothing else
    # asked (« est-ce que des aides régionales existent ? »); a view on a topic its title does not
    # name, or a fact the programme never gives (an amount, an e-mail), is refused
    if only_frame(question, catalog, focus.speakers, talk if not focus.speakers else None):
        return talk
    if not focus.speakers:
        return None
    if view_beyond(question, talk, catalog, focus.speakers) or missing_attribute(
        question, talk.title, talk.title
    ):
        return None
    asked = plan(question, index_of(catalog))
    if asked.asked("content") or asks_view(question):  # a view on what its title names
        return talk
    # "does she talk about wood?": the title says so or nothing does
    said = asked.asked("mentions", "topic") and content_words(question, catalog) & set(
        tokens(talk.title)
    )
    return talk if said else None
