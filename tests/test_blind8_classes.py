"""Classes of the eighth blind set's first run (docs/eval.md), on the invented textiles programme
(«Relocaliser la filière lin» by Jeanne Dupont with an abstract; «Ateliers partagés en milieu
rural» by Marc Olivier and «Les aides régionales à la relocalisation» by Sophie Renard and Paul
Martin without one; the session on 12 March, 09:30–12:00)."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "Which region does the talk on the filière lin use as its starting point?",
        "What does Jeanne Dupont's abstract take as its starting example?",
    ],
)
def test_a_starting_point_is_not_a_start_time(textiles7: Assistant, question: str) -> None:
    """ "its starting point / example" is what a text starts from, not when a talk starts."""
    answer = textiles7.ask(question)
    assert answer.route != "record" and "09:30" not in answer.answer, answer.answer


def test_when_the_session_starts_is_still_its_time(textiles7: Assistant) -> None:
    answer = textiles7.ask("When does the textile session start?")
    assert answer.route == "record" and "09:30" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Combien d'intervenants, et quelle intervention est faite à deux ?",
        "Quelle intervention est présentée à deux voix ?",
    ],
)
def test_a_talk_given_together_in_french_words(textiles7: Assistant, question: str) -> None:
    """« faite à deux », « à deux voix »: the talk given by two people, from the records."""
    answer = textiles7.ask(question)
    assert "Les aides régionales à la relocalisation" in answer.answer, answer.answer
    assert "ne contient pas" not in answer.answer and "talk:aides" in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Quels livres Jeanne Dupont a-t-elle publiés sur les filatures du Nord ?",
        "Which books about the closed mills of the North has Jeanne Dupont published?",
    ],
)
def test_publications_are_refused_unless_a_source_shows_them(
    textiles7: Assistant, question: str
) -> None:
    """Her abstract is about the mills, not about her books: quoting it is no answer."""
    answer = textiles7.ask(question)
    assert answer.refused and "20° siècle" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quelles sont les conclusions chiffrées de l'étude de Paul Martin ?",
        "Quelle est la conclusion de Marc Olivier ?",
    ],
)
def test_findings_of_a_talk_with_only_a_title_are_refused(
    textiles7: Assistant, question: str
) -> None:
    """ "Its conclusion" also reads as its text's last sentence; with no text, the findings are
    refused, with the missing abstract said, not given as the answer."""
    answer = textiles7.ask(question)
    assert answer.refused and answer.route == "no-abstract", answer.answer
    assert "pas été fourni" in answer.answer


def test_how_a_talk_with_only_a_title_ends_is_its_missing_abstract(textiles7: Assistant) -> None:
    answer = textiles7.ask("Sur quoi se termine l'intervention de Marc Olivier ?")
    assert not answer.refused and "pas été fourni" in answer.answer, answer.answer


def test_and_which_one_is_a_second_part(textiles7: Assistant) -> None:
    """« …, et lequel vient de … ? » asks a second question: the count, then who."""
    answer = textiles7.ask(
        "Combien d'intervenants en tout, et lequel vient de l'Université de Lille ?"
    )
    assert "4 intervenant" in answer.answer and "Jeanne Dupont" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which FabLabs did Marc Olivier's workshops team up with, and what came out of it?",
        "Avec quels partenaires Paul Martin a-t-il collaboré pour son étude des aides régionales ?",
        "Quels partenariats Paul Martin a-t-il noués ?",
    ],
)
def test_partners_and_outcomes_of_a_talk_with_only_a_title_are_refused(
    textiles7: Assistant, question: str
) -> None:
    """Who they worked with and what came of it are specifics only their own text could give:
    neither the session's description nor another talk's abstract is theirs."""
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer
    assert "Cette session interroge" not in answer.answer and "abstract:lin" not in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "When do farmers take back the value, according to Jeanne Dupont's abstract?",
        "When do the farmers get the added value back, according to the flax summary?",
        "Quand les agriculteurs reprennent-ils la main sur la valeur ajoutée, d'après le résumé "
        "de Jeanne Dupont ?",
    ],
)
def test_when_asked_of_an_abstract_is_the_text(textiles7: Assistant, question: str) -> None:
    """A "when" the question looks for in a text (« d'après le résumé », "according to the
    abstract") is that text's to answer, in any language, not the session's time."""
    answer = textiles7.ask(question)
    assert answer.route != "record" and "09:30" not in answer.answer, answer.answer
    assert "abstract:lin" in cited(answer)


def test_a_cognate_written_otherwise_ranks_as_its_translation(embed_model) -> None:
    """illustrate / « illustration » (cosine 0.71, stems illustrat / illustr): a translation for
    ranking sentences, as the same first letters and the encoder agree; a word of another sense
    near the same cosine (according / suppose) is not."""
    from assistant.translation import RANK_WORD_COSINE, translated_among

    written = ["illustration", "systèmes", "agricoles", "suppose", "dynamiques"]
    asked = ["illustrate", "according"]
    found = translated_among(asked, set(), written, embed_model, RANK_WORD_COSINE, cognates=True)
    assert found == {"illustrat": "illustr"}
    # finding sentences (retrieval) keeps the stricter cosine
    assert translated_among(asked, set(), written, embed_model, RANK_WORD_COSINE) == {}


def test_the_sector_an_abstract_illustrates_with(textiles7: Assistant) -> None:
    """In English over the French abstract: the sentence that illustrates, not the one that
    repeats the talk's words."""
    answer = textiles7.ask(
        "Which region does Jeanne Dupont use to illustrate how farmers regain value?"
    )
    assert "pays de Caux" in answer.answer, answer.answer


def test_twice_is_not_a_talk_given_by_two(textiles7: Assistant) -> None:
    """« à deux reprises » (twice) is no team of two."""
    answer = textiles7.ask("Quel intervenant intervient à deux reprises ?")
    assert "présentées par deux" not in answer.answer, answer.answer


def test_articles_of_a_trade_are_not_publications(textiles7: Assistant) -> None:
    """ "articles" and "papers" ask for publications only with a verb of writing."""
    answer = textiles7.ask("Quels articles textiles sont fabriqués en Normandie ?")
    assert answer.route != "attribute", answer.answer
    written = textiles7.ask("Has Jeanne Dupont written articles on linen?")
    assert written.refused, written.answer


def test_a_relative_clause_is_not_a_second_part(textiles7: Assistant) -> None:
    from assistant.parts import split_question

    question = (
        "Quelle est la région que Jeanne Dupont étudie et dans laquelle les filatures ont fermé ?"
    )
    assert split_question(question, textiles7.catalog(), "fr") == [question]


def test_a_title_s_own_words_ask_for_no_specifics() -> None:
    """Of a talk titled « Partenariats et coopératives », "what is the talk on partnerships
    about?" asks what it is about; "which partners did she name?" still asks for specifics."""
    from assistant.policy import asks_specifics

    title = "Partenariats et coopératives"
    assert asks_specifics("De quoi parle l'intervention sur les partenariats ?")
    assert not asks_specifics("De quoi parle l'intervention sur les partenariats ?", title)
    assert asks_specifics("Quels résultats présente-t-elle ?", title)
