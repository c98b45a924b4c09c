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

import re
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from llama_index.core.base.llms.types import ChatMessage, MessageRole

from assistant import prompts
from assistant.catalog import Catalog, Source
from assistant.condense import condense
from assistant.deps import Deps
from assistant.extractive import Evidence, extractive_draft, gather
from assistant.grounding import (
    MARKER,
    cited,
    entities_agree,
    finalize,
    names_agree,
    split_claims,
)
from assistant.intents import Focus, intent, people, record_answer
from assistant.lexicon import language, sentences, tokens
from assistant.policy import is_injection, missing_attribute
from assistant.retrieval import Filters, HybridRetriever, Retrieved
from assistant.types import Answer, Draft
from ingest.errors import BadInputError

MAX_QUESTION_CHARS = 1000
TOP_K = 5
# Refusal gate, calibrated on data/eval/gold.jsonl (docs/eval.md): a question is supported when a
# sentence of the retrieved sources is close enough in meaning (multilingual embedding cosine), or
# a source holds enough of the question's content words other than the names it mentions.
GATE_DENSE = 0.22
GATE_OVERLAP = 0.5
# A generated sentence is supported by a source when one of its sentences is this close in meaning,
# or holds this share of the sentence's content words.
CLAIM_DENSE = 0.50
CLAIM_OVERLAP = 0.5
MAX_CLAIMS = 4
# What the model sees: the first sources, each cut to its sentences closest to the question.
# Every prompt token after the cached instructions costs ~8 ms here (docs/benchmarks.md).
PROMPT_SOURCES = 5
EXCERPT_SENTENCES = 2
EXCERPT_CHARS = 280
ATTRIBUTION_MARGIN = 0.15
# A French sentence (the material's language) whose content words are more than this share new
# to the sources and question is taken for an invention and dropped.
NOVELTY_MAX = 0.25


@dataclass
class Support:
    dense: float  # best sentence cosine
    overlap: float  # best share of the question's non-name content words in one source

    @property
    def enough(self) -> bool:
        return self.dense >= GATE_DENSE or self.overlap >= GATE_OVERLAP


class Assistant:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._catalog: Catalog | None = None
        self._retriever: HybridRetriever | None = None

    @property
    def backend(self) -> str:
        return self.deps.settings.llm

    def catalog(self) -> Catalog:
        """The records, reloaded when the store was re-ingested since the last question."""
        version = str(self.deps.store.info().get("ingest_version", ""))
        if self._catalog is None or self._catalog.version != version:
            self.deps.store.check_model(self.deps.embed_model.model_name)
            self._catalog = Catalog.from_store(self.deps.store)
            self._catalog.version = version
            self._retriever = None
        return self._catalog

    def retriever(self) -> HybridRetriever:
        catalog = self.catalog()
        if self._retriever is None:
            self._retriever = HybridRetriever(self.deps.store, self.deps.embed_model, catalog)
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
        catalog = self.catalog()
        standalone = condense(question, history, catalog, lang)
        focus = self._focus(standalone, catalog, filters)
        draft = record_answer(standalone, focus, catalog, lang)
        if draft is None:
            draft = yield from self._from_sources(question, standalone, focus, filters, lang)
        yield self._answer(question, standalone, lang, draft)

    def _focus(self, question: str, catalog: Catalog, filters: Filters | None) -> Focus:
        focus = Focus(catalog.find_talks(question), catalog.find_speakers(question))
        if filters and filters.talk_id and filters.talk_id in catalog.talks:
            focus.talks = [filters.talk_id]
        if filters and filters.speaker and not focus.speakers:
            focus.speakers = [filters.speaker]
        return focus

    def _from_sources(
        self,
        question: str,
        standalone: str,
        focus: Focus,
        filters: Filters | None,
        lang: str,
    ) -> Generator[Answer, None, Draft]:
        catalog = self.catalog()
        embedding = self.deps.embed_model.get_query_embedding(standalone)
        boost = _boost(focus, catalog)
        retrieved = self.retriever().retrieve(standalone, TOP_K, filters, boost, embedding)
        sources = [r.source for r in retrieved]
        evidence = gather(standalone, embedding, sources, self.deps.embed_model, limit=TOP_K)
        if not support(standalone, sources, evidence, catalog).enough:
            return self._refusal(lang, focus, catalog, "gate")
        if missing_attribute(standalone, _about_focus(sources, focus, catalog)):
            return self._refusal(lang, focus, catalog, "attribute")
        if not focus.talks and (talk_id := _top_talk(retrieved)):
            draft = record_answer(standalone, Focus([talk_id], focus.speakers), catalog, lang)
            if draft is not None and intent(standalone) is not None:
                return draft
        if self.deps.llm is None:
            quoted = extractive_draft(_focused(evidence, sources, boost), sources, lang)
            return quoted or self._refusal(lang, focus, catalog, "nothing-to-quote")
        # The model leans on source [1]: number the sources by how well they answer, best first.
        sources = _by_evidence(_focused(evidence, sources, boost), sources)
        evidence = gather(standalone, embedding, sources, self.deps.embed_model, limit=TOP_K)
        text = ""
        for text in self._generate(standalone, sources, evidence, lang):
            partial = Draft(MARKER.sub("", text), [], "generating")
            yield self._answer(question, standalone, lang, partial)
        return self._checked(text, standalone, embedding, sources, focus, lang)

    def _generate(
        self, question: str, sources: list[Source], evidence: list[Evidence], lang: str
    ) -> Iterator[str]:
        assert self.deps.llm is not None
        for response in self.deps.llm.stream_chat(messages(question, sources, evidence, lang)):
            yield response.message.content or ""

    def _checked(
        self,
        text: str,
        question: str,
        embedding: list[float],
        sources: list[Source],
        focus: Focus,
        lang: str,
    ) -> Draft:
        """Keep the supported sentences; otherwise quote the programme instead.

        The model's own NOT_IN_SOURCES is not trusted either way: the gate and the attribute check
        already decided the question is answerable, and this model refuses answerable questions.
        """
        catalog = self.catalog()
        kept = []
        if prompts.NOT_IN_SOURCES not in text:
            kept = _supported_claims(
                text, sources, self.deps.embed_model, list(catalog.speakers), question
            )
            if lang == "fr":  # same language as the material: new words are new claims
                known = set(tokens(question + " " + " ".join(s.text for s in sources)))
                kept = [c for c in kept if novelty(c, known) <= NOVELTY_MAX]
        if not kept:
            evidence = gather(question, embedding, sources, self.deps.embed_model)
            draft = extractive_draft(evidence, sources, lang)
            if draft is None:
                return self._refusal(lang, focus, catalog, "nothing-to-quote")
            draft.route = "fallback"
            return draft
        return Draft(" ".join(kept[:MAX_CLAIMS]), sources, "generated")

    def _refusal(self, lang: str, focus: Focus, catalog: Catalog, route: str) -> Draft:
        text = prompts.REFUSAL[lang]
        sources: list[Source] = []
        if focus.speakers:
            name = focus.speakers[0]
            info = catalog.speakers[name]
            sources = [catalog.sources[info.bio_id]]
            fact = people([name], catalog, lang) + " [1]."
            text += prompts.REFUSAL_KNOWN[lang].format(subject=name, fact=fact)
        elif focus.talks:
            talk = catalog.talks[focus.talks[0]]
            sources = [catalog.sources[f"talk:{talk.id}"]]
            fact = f"« {talk.title} », {people(talk.speakers, catalog, lang)} [1]."
            text += prompts.REFUSAL_KNOWN[lang].format(subject=f"« {talk.title} »", fact=fact)
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


def support(
    question: str, sources: list[Source], evidence: list[Evidence], catalog: Catalog
) -> Support:
    names = set(tokens(" ".join(catalog.find_speakers(question))))
    content = " ".join(t for t in tokens(question) if t not in names)
    return Support(
        dense=max((e.cosine for e in evidence), default=0.0),
        overlap=max((overlap_tokens(content, s.text) for s in sources), default=0.0),
    )


def overlap_tokens(stemmed: str, evidence: str) -> float:
    wanted = set(stemmed.split())
    return len(wanted & set(tokens(evidence))) / len(wanted) if wanted else 0.0


def _by_evidence(evidence: list[Evidence], sources: list[Source]) -> list[Source]:
    best: dict[int, float] = {}
    for e in evidence:
        if e.quotable:
            best[e.source_index] = max(best.get(e.source_index, -1.0), e.score)
    order = sorted(range(1, len(sources) + 1), key=lambda n: (-best.get(n, -1.0), n))
    return [sources[n - 1] for n in order]


def _focused(
    evidence: list[Evidence], sources: list[Source], focus_ids: list[str]
) -> list[Evidence]:
    """Evidence from the sources about what the question names, when they hold any quote."""
    wanted = set(focus_ids)
    mine = [e for e in evidence if sources[e.source_index - 1].id in wanted and e.quotable]
    return mine or evidence


def _about_focus(sources: list[Source], focus: Focus, catalog: Catalog) -> str:
    """The text that could show a fact about what the question names (else all sources)."""
    if not (focus.speakers or focus.talks):
        return "\n".join(s.text for s in sources)
    related = [catalog.sources[i] for i in _boost(focus, catalog)]
    return "\n".join(s.text for s in related)


def _top_talk(retrieved: list[Retrieved]) -> str | None:
    """The talk the best-ranked talk or abstract source belongs to."""
    for r in retrieved[:3]:
        if r.source.kind in {"talk", "abstract"} and r.source.talk_id:
            return r.source.talk_id
    return None


def messages(
    question: str, sources: list[Source], evidence: list[Evidence], lang: str
) -> list[ChatMessage]:
    """The chat sent to the model: fixed instructions first, then the fenced excerpts."""
    fenced = "\n".join(
        prompts.SOURCE.format(n=n, label=s.short_label(), text=excerpt(s, n, evidence))
        for n, s in enumerate(sources[:PROMPT_SOURCES], 1)
    )
    user = (
        fenced
        + "\n\n"
        + prompts.QUESTION.format(question=question, hint=prompts.LANGUAGE_HINT[lang])
    )
    return [
        ChatMessage(role=MessageRole.SYSTEM, content=prompts.SYSTEM),
        ChatMessage(role=MessageRole.USER, content=user),
    ]


def excerpt(source: Source, n: int, evidence: list[Evidence]) -> str:
    """A short excerpt of source n for the prompt: its sentences closest to the question.

    Short sources keep the prompt short; the fixed instructions come first and are the same for
    every question, so llama.cpp reuses them and only the excerpts are processed each time.
    """
    budget = EXCERPT_CHARS * (2 if n == 1 else 1)  # the best source gets more room
    ranked = [e for e in evidence if e.source_index == n and e.quotable]
    if not ranked:
        return _clip(_source_text(source), budget)
    chosen = [ranked[0]]
    for extra in ranked[1 : EXCERPT_SENTENCES + (1 if n == 1 else 0)]:
        if sum(len(e.sentence) for e in chosen) + len(extra.sentence) <= budget:
            chosen.append(extra)
    chosen.sort(key=lambda e: e.position)
    return _clip(" … ".join(e.sentence for e in chosen), budget)


def _clip(text: str, limit: int = 0) -> str:
    limit = limit or EXCERPT_CHARS
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _source_text(source: Source) -> str:
    """A source's text as claims are checked against it (a session's text leads with its title)."""
    if source.kind == "session":
        return f"{source.metadata.get('session', '')}\n{source.text}"
    return source.text


def _supported_claims(
    text: str, sources: list[Source], embed_model: Any, speakers: list[str], question: str = ""
) -> list[str]:
    """Each claim with the marker of the source that supports it; unsupported claims are dropped.

    A claim keeps the source it cites when that source supports it nearly as well as the best
    one; otherwise it is re-attached to the best (a fact credited to the wrong source or speaker).
    """
    claims = split_claims(text)
    if not claims:
        return []
    names = set(tokens(" ".join(speakers)))
    units = [(i, s) for i, src in enumerate(sources, 1) for s in sentences(_source_text(src))]
    # Names are compared by names_agree; left in, they make any two sentences about one speaker
    # look alike to the embedding model.
    texts = [MARKER.sub("", c) for c in claims] + [u[1] for u in units]
    vectors = np.array(embed_model.get_text_embedding_batch(
        [_without_names(t, speakers) for t in texts]))  # fmt: skip
    claim_vecs, unit_vecs = vectors[: len(claims)], vectors[len(claims) :]
    kept = []
    for claim, vec in zip(claims, claim_vecs, strict=True):
        plain = MARKER.sub("", claim).strip()
        scores = _scores_by_source(plain, vec, units, unit_vecs, len(sources), names)
        eligible = [
            n
            for n in scores
            if _supports(scores[n])
            and names_agree(plain, sources[n - 1], speakers)
            and entities_agree(plain, sources[n - 1], question)
        ]
        if not eligible:
            continue
        best = max(eligible, key=lambda n: _strength(scores[n]))
        wanted = [n for n in cited(claim) if n in eligible and
                  _strength(scores[n]) >= _strength(scores[best]) - ATTRIBUTION_MARGIN]  # fmt: skip
        kept.append(_with_markers(plain, wanted or [best]))
    return kept


def _scores_by_source(
    claim: str,
    vec: Any,
    units: list[tuple[int, str]],
    unit_vecs: Any,
    n_sources: int,
    names: set[str],
) -> dict[int, tuple[float, float]]:
    """Per source: best sentence cosine, best share of the claim's non-name words."""
    content = " ".join(t for t in tokens(claim) if t not in names)
    scores = {n: (0.0, 0.0) for n in range(1, n_sources + 1)}
    cosines = unit_vecs @ vec if len(units) else []
    for (n, unit), cos in zip(units, cosines, strict=True):
        dense, lexical = scores[n]
        scores[n] = (max(dense, float(cos)), max(lexical, overlap_tokens(content, unit)))
    return scores


def novelty(claim: str, known: set[str]) -> float:
    """Share of a claim's content words found neither in the question nor in any source."""
    words = set(tokens(MARKER.sub("", claim)))
    return len(words - known) / len(words) if words else 0.0


def _without_names(text: str, speakers: list[str]) -> str:
    for name in speakers:
        for part in (name, name.split()[-1]):
            text = re.sub(re.escape(part), " ", text, flags=re.IGNORECASE)
    return text


def _strength(score: tuple[float, float]) -> float:
    return score[0] + score[1]


def _supports(score: tuple[float, float]) -> bool:
    return score[0] >= CLAIM_DENSE or score[1] >= CLAIM_OVERLAP


def _with_markers(claim: str, numbers: list[int]) -> str:
    body = claim.rstrip()
    end = ""
    if body and body[-1] in ".!?":
        body, end = body[:-1].rstrip(), body[-1]
    body = re.sub(r"\s+$", "", body)
    return body + " " + "".join(f"[{n}]" for n in numbers) + end
