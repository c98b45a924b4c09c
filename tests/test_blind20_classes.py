"""The classes of the twentieth blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seminar) in other words; no blind20 question is
here. A: the asker says who they are and asks which talk suits them; the words of their
situation that no text of the programme writes or translates ("in Gironde", « viticole ») are
not asked of it, so the talk their field is written in passes the gate. B: the session's aim,
problem, common thread or the questions it raises is its whole description, not its first
sentence; its title's words (in either language), its date (a month shortened) and the asker's
purpose said first still name the session itself. C: one named thing asked ("the name of the
cooperative she studies", « quelle entreprise … ? ») is refused when the answering sentence
names none; and what a speaker is in charge of is their role."""

from __future__ import annotations

from typing import Any

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.gate import GATE_OVERLAP
from assistant.intents import intent
from assistant.policy import missing_attribute
from assistant.session_answers import session_answer

WHOLE = ["retour des filières textiles", "recomposent-ils la production", "savoir-faire"]


@pytest.mark.parametrize(
    "question",
    [
        "Broadly speaking, what is session 7 trying to explore?",
        "Quelle est la problématique de la séance 7 ?",
        "Résume-moi en deux mots l'enjeu de la séance du 12 mars.",
        "What's the common thread running through the textile session?",
        "I'm writing a memo for my team: what questions does session 7 raise?",
        "Je dois présenter la séance 7 à ma classe : quel est son fil conducteur ?",
        "Could you give me the overall purpose of the Mar 12 session?",
        "What is the session on shared fabrication about, broadly?",
        "La séance 7 cherche à répondre à quelle question, en gros ?",
    ],
)
def test_b_the_sessions_aim_is_its_whole_description(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ["session:s7"], answer.answer
    for part in WHOLE:
        assert part in answer.answer, (part, answer.answer)


@pytest.mark.parametrize(
    "question",
    [
        "What does session 7 say about blockchain?",
        "Qu'est-ce que la séance 7 dit des coopératives de teillage ?",
        "What questions does Dupont's talk raise?",
        "What does the session on shared fabrication explore about flax?",
    ],
)
def test_b_more_than_the_session_is_not_its_description(
    textiles7: Assistant, question: str
) -> None:
    catalog = textiles7.catalog()
    lang = "fr" if "séance" in question else "en"
    assert session_answer(question, catalog, lang, textiles7._vectors) is None


def test_b_a_long_description_is_cut_after_a_few_sentences(
    tmp_path_factory: pytest.TempPathFactory, embed_model
) -> None:
    import copy

    from programmes import TEXTILES, assistant_over

    from assistant.session_answers import WHOLE_SENTENCES

    programme: dict[str, Any] = copy.deepcopy(TEXTILES)
    sentences = [f"La phrase numéro {n} parle du lin et des ateliers." for n in range(1, 9)]
    sessions: list[dict[str, Any]] = programme["sessions"]
    sessions[0]["description"] = " ".join(sentences)
    assistant = assistant_over(programme, tmp_path_factory.mktemp("long"), embed_model)
    answer = assistant.ask("Quel est l'objectif de la séance 7 ?")
    assert sentences[WHOLE_SENTENCES - 1] in answer.answer, answer.answer
    assert sentences[WHOLE_SENTENCES] not in answer.answer and "…" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quelle coopérative de teillage Jeanne Dupont étudie-t-elle ?",
        "What's the name of the teillage cooperative Dupont describes?",
        "Which spinning mill does Dupont's talk focus on?",
        "Quel est le nom de la filature dont parle Jeanne Dupont ?",
    ],
)
def test_c_one_named_thing_the_sentence_does_not_name_is_refused(question: str) -> None:
    # (a name of another kind in the sentence, « les filatures du Nord », lets it through: the
    # kind of a name is not read)
    sentence = (
        "Aujourd’hui, les coopératives de teillage relancent la transformation du lin à "
        "proximité des champs."
    )
    assert missing_attribute(question, sentence, sentence) == "named"


@pytest.mark.parametrize(
    "question",
    [
        "What's the name of the area in Dupont's example?",  # le pays de Caux
        "Which region does Dupont take as her example?",
    ],
)
def test_c_a_named_thing_the_sentence_names_is_answered(question: str) -> None:
    sentence = "L’exemple du pays de Caux montre comment les agriculteurs reprennent la main."
    assert missing_attribute(question, sentence, sentence) is None


@pytest.mark.parametrize(
    "question",
    [
        "Quelles entreprises Jeanne Dupont évoque-t-elle ?",  # the plural asks for kinds
        "What is the name of the speaker from Lille?",  # a record
        "Quel est le nom de l'intervenante de Lille ?",
    ],
)
def test_c_kinds_and_records_are_not_one_named_thing(question: str) -> None:
    sentence = "Aujourd’hui, les coopératives de teillage relancent la transformation du lin."
    assert missing_attribute(question, sentence, sentence) != "named"


def test_c_the_named_thing_asked_of_the_texts_is_refused(textiles7: Assistant) -> None:
    answer = textiles7.ask("What's the name of the teillage cooperative Dupont describes?")
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which programme is Camille Etévé in charge of?",
        "Quel programme Camille Etévé pilote-t-elle ?",
        "De quel programme Camille Etévé est-elle responsable ?",
        "Which programme does Camille Etévé lead?",
    ],
)
def test_c_what_a_speaker_is_in_charge_of_is_their_role(
    extractive: Assistant, question: str
) -> None:
    assert intent(question) == "speaker"
    answer = extractive.ask(question)
    assert "Territoire d’industrie" in answer.answer and not answer.refused, answer.answer
    assert "bio:camille-eteve" in cited(answer) or "talk:" in " ".join(cited(answer))


@pytest.mark.parametrize(
    "question",
    [
        "What does Landau's talk lead to?",
        "Where does the road lead?",
        # the person named by what she is in charge of, and asked what she speaks about
        "De quoi va parler la responsable du programme Territoire d'industrie ?",
        "What will the person in charge of the Territoire d'industrie programme talk about?",
    ],
)
def test_c_lead_of_a_thing_is_not_a_role(question: str) -> None:
    assert intent(question) != "speaker"


@pytest.mark.parametrize(
    ("question", "talk"),
    [
        ("Je teille du lin dans une coopérative en Normandie, quelle intervention me concerne ?",
         "lin"),
        ("I run a fablab in a village near Rennes, which talk is for me?", "ateliers"),
    ],
)  # fmt: skip
def test_a_the_askers_situation_is_not_asked_of_the_programme(
    textiles7: Assistant, question: str, talk: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused, answer.answer
    assert any(c.endswith(f":{talk}") for c in cited(answer)), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "I'm a baker in Lyon, which talk is for me?",
        "I coach a football team in Brest, which talk suits me?",
        "Je suis boulanger à Quimper, quelle intervention me conseillez-vous ?",
        # one word of the programme left is not support
        "I sell bread at the market in Rennes, which talk would help me?",
    ],
)
def test_a_a_situation_the_programme_never_writes_is_no_overlap(
    textiles7: Assistant, question: str
) -> None:
    """The situation's words dropped, what is left must still be found, two words in one
    text. (The dense measure may still let such a question through on a programme this small:
    then the closest talk is said to be the closest, as before.)"""
    catalog = textiles7.catalog()
    found = textiles7.gathered(question, textiles7.focus(question, catalog), None, catalog)
    assert found.support.overlap < GATE_OVERLAP, found.support


@pytest.mark.parametrize(
    "question",
    [
        "I run a makerspace. Is this session relevant for me?",  # the session, not a talk
        "Which talk is about flax?",  # no situation
    ],
)
def test_a_not_a_talk_for_the_askers_situation(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.answer.find("closest") == -1, answer.answer


# From the review of this change: what over-matched, each kept as it was.


@pytest.mark.parametrize(
    "question",
    [
        "Pouvez-vous me parler de l'intervention sur le lin ?",
        "Can you summarise the talks for me?",
        "Can you help me find the talk on robots?",
        "I am a baker. Should I attend the session?",
        "Is this conference relevant for me?",
        "Pour moi, quelle est la différence entre les deux interventions ?",
    ],
)
def test_a_not_asking_which_talk_suits_the_asker(question: str) -> None:
    from assistant.planner import asks_for_me

    assert not asks_for_me(question)


@pytest.mark.parametrize(
    "question",
    [
        "I coach a local football team for the inhabitants of my town, which talk would help me?",
        "I'm a pharmacist, I care about the local production of medicines, which talk should I "
        "attend?",
    ],
)
def test_a_a_situation_sharing_only_common_words_is_refused(
    extractive: Assistant, question: str
) -> None:
    """The words many of the programme's sentences write (local, production, inhabitants) do
    not say which talk suits the asker."""
    assert extractive.ask(question).refused


def test_a_a_subject_question_said_for_me_keeps_its_support(textiles7: Assistant) -> None:
    answer = textiles7.ask("Could you tell me which talks discuss teillage cooperatives, for me?")
    assert not answer.refused and any(c.endswith(":lin") for c in cited(answer)), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Is quantum computing one of the themes of session 7?",
        "La blockchain, c'est un sujet de la séance 7 ?",
        "L'intelligence artificielle est-elle un des thèmes de la séance 7 ?",
    ],
)
def test_b_a_subject_said_before_the_ask_is_not_a_purpose(
    textiles7: Assistant, question: str
) -> None:
    catalog = textiles7.catalog()
    lang = "en" if question.startswith("Is ") else "fr"
    assert session_answer(question, catalog, lang, textiles7._vectors) is None


@pytest.mark.parametrize(
    "question",
    [
        "Does relocation lead to more jobs?",
        "How do farmers manage water in the valley?",
        "Do companies coordinate with local authorities?",
        "How does Filippi manage to link cooperatives and territories?",
        "L'État est-il responsable de la désindustrialisation ?",
        "Which agency was historically in charge of the mills?",
        "According to Filippi, which actor is now in charge of the transition?",
    ],
)
def test_c_leading_or_being_responsible_said_of_a_thing_is_not_a_role(question: str) -> None:
    assert intent(question) != "speaker"


@pytest.mark.parametrize(
    "question",
    [
        "What business model does she propose?",
        "What factory closures does she mention?",
        "Which plant fibres are used?",
        "Quelle société post-industrielle décrit-elle ?",
        "What company size benefits most?",
        "What is the name of the approach Filippi proposes?",
        "What's the name of the presentation Filippi gives?",
        "Quel est le nom du concept qu'elle propose ?",
    ],
)
def test_c_a_noun_that_qualifies_another_or_a_concept_asks_for_no_name(question: str) -> None:
    sentence = "Aujourd’hui, les coopératives de teillage relancent la transformation du lin."
    assert missing_attribute(question, sentence, sentence) != "named"


@pytest.mark.parametrize(
    "question",
    [
        "I work on flax. Which talk is for me?",
        "Je suis designer : une intervention pour moi ?",
        "Je suis ingénieure textile. Laquelle me recommandez-vous ?",
        "I run a dye shop. Is there a talk for me?",
        "Which speaker should I make sure to meet? I fund rural workshops.",
    ],
)
def test_a_asking_which_talk_suits_the_asker(question: str) -> None:
    from assistant.planner import asks_for_me

    assert asks_for_me(question)


@pytest.mark.parametrize(
    "question",
    [
        "whats session 7's big idea, broadly",
        "Bonsoir, pourriez-vous me dire en quelques mots le thème de la séance 7 ?",
    ],
)
def test_b_greetings_and_politeness_ask_nothing_more(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ["session:s7"] and WHOLE[-1] in answer.answer, answer.answer
