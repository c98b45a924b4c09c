"""The classes of the twenty-first blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seminar) in other words; no blind21 question is
here. B: a question the programme cannot answer is refused whole, not padded with quotes that
share a word: the place asked after its verb (« ça a lieu où ? »), the way there, who runs an
organisation a speaker is only from. C: the second step of the argument of the abstract the
first part quoted is asked of that abstract; "according to X, who …?" asks who in X's text. D:
the words a text attaches to a thing ("which adjectives qualify …?"), a time asked of a text
(the sentence that dates it), the start of an abstract the programme does not hold."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.extractive import asks_wording
from assistant.lexicon import tokens
from assistant.planner import index_of, plan
from assistant.policy import leader_missing, unrecorded_missing


@pytest.mark.parametrize(
    "question",
    [
        "ça se passe où, la séance 7 ?",
        "Session 7 is held where?",
        "Comment s'y rendre depuis la gare ?",
        "How do I get there from the station?",
        "Who runs the FabLab de Rennes?",
        "Qui dirige l'Université de Lille ?",
        "Qui préside la Région Bretagne ?",
        "Who is the director of the CNRS?",
        "Qui dirige le FabLab de Rennes, et depuis quand existe-t-il ?",
        "Comment commence le résumé de Marc Olivier ?",
        "What is the first sentence of the abstract of the regional aid talk?",
    ],
)
def test_b_what_the_programme_does_not_hold_is_refused_whole(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("La séance 7, ça a lieu quand ?", "12 mars"),
        ("Où travaille Jeanne Dupont ?", "Université de Lille"),
        ("Who presents the linen talk?", "Jeanne Dupont"),
    ],
)
def test_b_what_it_holds_is_still_answered(
    textiles7: Assistant, question: str, expected: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and expected in answer.answer, answer.answer


def test_b_who_runs_a_programme_a_speakers_role_says(extractive: Assistant) -> None:
    for question in ("Qui pilote le programme Territoire d'industrie ?",
                     "Who manages the Territoire d'industrie programme?"):  # fmt: skip
        answer = extractive.ask(question)
        assert not answer.refused and "Camille Etévé" in answer.answer, answer.answer
    answer = extractive.ask("Who runs the IRI?")
    assert answer.refused and "Olivier Landau" in answer.answer, answer.answer


PEOPLE = [
    ("", "IRI"),
    ("responsable du programme Territoire d’industrie", "La Banque des Territoires"),
    ("docteure en sciences économiques, chargée de projet", "La fabrique de l’industrie"),
    ("designer", "FabLab de Rennes"),
]


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Who runs the IRI?", True),
        ("La fabrique de l'industrie, qui la préside ?", True),
        ("Who is the founder of the FabLab de Rennes?", True),
        # she runs a programme, not the bank she works for
        ("Who heads La Banque des Territoires?", True),
        ("Qui pilote le programme Territoire d'industrie ?", False),
        ("Who manages the Territoire d'industrie programme?", False),
        ("Who leads the session?", False),
        ("Who leads the second talk?", False),
        ("Who runs the talk on linen?", False),
        ("Qui dirige la séance ?", False),
        ("What does Landau say about the IRI?", False),
        ("According to Filippi, who leads CSR?", False),
        ("Who founded the approach that Landau revives?", False),
        ("…, and who runs it?", True),
    ],
)
def test_b_the_head_of_an_organisation(question: str, missing: bool) -> None:
    assert leader_missing(question, PEOPLE) is missing


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Comment s'y rendre depuis la gare ?", "practical"),
        ("How do I get there from the station?", "practical"),
        ("Any public transport to the venue?", "practical"),
        ("Comment rendre la production plus locale ?", None),
        ("How to reach carbon neutrality, per the abstract?", None),
        ("What does the session say about getting there first?", None),
        ("How did Chippendale get there?", None),
        ("How do we get there, to a distributed factory?", None),
        ("What new directions does Landau propose?", None),
        ("Comment accéder aux ressources de la filière bois ?", None),
    ],
)
def test_b_the_way_there_is_a_practical_matter(question: str, kind: str | None) -> None:
    assert unrecorded_missing(question, "") == kind


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("La session a lieu où exactement ?", True),
        ("ça se passe où la session ?", True),
        ("c'est où ?", True),
        ("The session is held where?", True),
        ("C'est le 18 ou le 19 décembre ?", False),
        ("La session a lieu ou pas ?", False),
        ("Ça se passe en ligne ou en présentiel ?", False),
        ("Dans le résumé de Landau, la production a lieu où ?", False),
        ("Is the factory located where its customers are?", False),
    ],
)
def test_b_the_place_asked_after_its_verb(
    extractive: Assistant, question: str, where: bool
) -> None:
    asked = plan(question, index_of(extractive.catalog()))
    assert asked.asked("where") is where, asked.asks


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Why was Chippendale's alternative not retained, and what brings it back today?",
         ["révolution industrielle", "réactualisent"]),
        ("What did Chippendale propose an alternative to, and which question does the revived "
         "approach let us raise again?", ["production en série", "se reposer la question"]),
    ],
)  # fmt: skip
def test_c_the_second_step_is_asked_of_the_same_abstract(
    extractive: Assistant, question: str, parts: list[str]
) -> None:
    answer = extractive.ask(question)
    assert not answer.refused and cited(answer) == ["abstract:s3-l-usine-distribuee"]
    for part in parts:
        assert part in answer.answer, (part, answer.answer)


@pytest.mark.parametrize(
    "question",
    [
        "D'après Maryline Filippi, la RSE est impulsée par qui ?",
        "According to Filippi, who is involved in the RTE dynamic?",
    ],
)
def test_c_who_in_a_named_speakers_words(extractive: Assistant, question: str) -> None:
    answer = extractive.ask(question)
    assert answer.route != "record" and not answer.refused, answer.answer
    assert "abstract:s3-bifurquer-en-responsabilite-territoriale-des-entreprises" in cited(answer)


def test_b_when_and_where_gives_the_time_and_says_no_room(extractive: Assistant) -> None:
    for question in ("When and where is the session?", "C'est quand et c'est où ?"):
        answer = extractive.ask(question)
        assert "16:30" in answer.answer and ("room" in answer.answer or "salle" in answer.answer)


def test_c_an_unrelated_second_part_is_not_asked_of_the_abstract(extractive: Assistant) -> None:
    answer = extractive.ask("What did Chippendale propose, and what is blockchain?")
    assert "production en série" in answer.answer
    assert "does not contain this information" in answer.answer, answer.answer


def test_c_who_presents_with_a_named_speaker_is_the_records(extractive: Assistant) -> None:
    answer = extractive.ask("Selon Etévé, qui présente avec elle ?")
    assert not answer.refused and "Caroline Granier" in answer.answer, answer.answer


def test_c_who_presents_is_still_the_records(textiles7: Assistant) -> None:
    for question in ("Selon le programme, qui présente la filière lin ?",
                     "Qui présente « Relocaliser la filière lin » ?"):  # fmt: skip
        answer = textiles7.ask(question)
        assert answer.route == "record" and "Jeanne Dupont" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("In Filippi's abstract, which labels are given to territories?", "apprenants"),
        ("In Filippi's abstract, what words describe territories?", "apprenants"),
        ("Dans le résumé de Filippi, quels adjectifs accompagnent les écosystèmes ?", "durables"),
    ],
)
def test_d_the_words_a_text_attaches_to_a_thing(
    extractive: Assistant, question: str, word: str
) -> None:
    answer = extractive.ask(question)
    assert not answer.refused and word in answer.answer.split("[1]")[0], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Dans le résumé de Landau, quels adjectifs qualifient la blockchain ?",
        "In Dupont's abstract, what adjectives describe the designers?",
        "What adjectives does Landau's abstract use to describe the production of FabLabs?",
        "In Filippi's abstract, what words describe the territories' blockchain strategy?",
    ],
)
def test_d_words_attached_to_what_the_text_does_not_write_are_refused(
    extractive: Assistant, textiles7: Assistant, question: str
) -> None:
    assistant = textiles7 if "Dupont" in question else extractive
    assert assistant.ask(question).refused


@pytest.mark.parametrize(
    ("question", "wording"),
    [
        ("quels qualificatifs sont accolés aux territoires ?", True),
        ("What adjectives does the abstract use?", True),
        ("Which words does she use for the cooperatives?", True),
        ("In other words, what is the talk about?", False),
        ("What does her abstract say about territories?", False),
        ("Qui est qualifié pour parler de design ?", False),
        ("What does the term RTE mean?", False),
    ],
)
def test_d_asks_wording(question: str, wording: bool) -> None:
    assert asks_wording(question) is wording


def test_d_a_time_asked_of_a_text_is_the_sentence_that_dates_it(extractive: Assistant) -> None:
    history = [
        {"role": "user", "content": "de quoi parle olivier landau ?"},
        {
            "role": "assistant",
            "content": "Olivier Landau (IRI) présente « L’usine distribuée » [1].",
        },
    ]
    answer = extractive.ask("et à quelle époque vivait-il, ce Chippendale ?", history)
    assert not answer.refused and "18°" in answer.answer, answer.answer


def test_a_words_apostrophe_is_one_however_typed() -> None:
    assert tokens("aujourd'hui") == tokens("aujourd’hui") == ["aujourd'hui"]


def test_the_about_wrapper_of_a_part_asks_nothing(extractive: Assistant) -> None:
    """« (à propos de « … ») » around a second part: its "propos" is not « proposé »."""
    answer = extractive.ask(
        "Pourquoi l'alternative de Chippendale n'a pas été retenue ? "
        "Et qu'est-ce qui la remet au goût du jour aujourd'hui ?"
    )
    assert "réactualisent" in answer.answer, answer.answer


def test_a_dated_sentence_goes_first_only_when_it_shares_a_word() -> None:
    from assistant.answer import _showing_first
    from assistant.extractive import Evidence
    from assistant.policy import asked_time

    shown = asked_time("À quelle époque vivait Chippendale ?")
    assert shown is not None
    named = Evidence("Aujourd’hui, on relit Chippendale.", 1, 1, 0.3, 0.3)
    dated = Evidence("Au 18° siècle, Chippendale exportait.", 1, 0, 0.2, 0.3)
    unrelated = Evidence("En 1984, le chaos a commencé.", 1, 2, 0.2, 0.0)
    assert _showing_first([named, dated], shown)[0] is dated
    assert _showing_first([named, unrelated], shown)[0] is named
    assert asked_time("Who presents the linen talk?") is None
