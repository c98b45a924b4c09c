"""The classes of the thirty-first blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seed) in other words; no blind31 question is here.
A: a remark on the asker's own task (moderating, hosting, preparing the Q&A) beside the
question read as asking who moderates or whether there is a Q&A: refused. B: the words or the
list a named text gives asked as such ("what's the complete list?"): refused by the gate. C: a
speaker named as the reason for asking narrows the whole running order to that speaker. D: what
a speaker's organisation is, does, makes, or how big it is, pointed back to ("X works at the
CNRS — what does it do?"): answered with the speaker's card or talk. E: the particular ones
behind a general mention asked ("which specific mills", « quelles coopératives précises »):
the nearest sentences quoted, never that the text names none."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.policy import asks_what_it_is, missing_attribute

# --- A: the asker's own task is not asked -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which region does Dupont give as an example? I host the session and need it for my intro.",
        "Which region does Dupont give as an example? Asking for my moderation notes.",
        "Quel exemple de région Dupont donne-t-elle ? C'est pour préparer le Q&A.",
        "As the moderator, I want to check: which region does Dupont give as an example?",
        "Pour mes notes de modération : quel exemple de région Dupont donne-t-elle ?",
        "dupont elle prend quel exemple de région ? jfais la modération",
    ],
)
def test_a_the_askers_task_is_not_the_question(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused, answer.answer
    assert "pays de Caux" in answer.answer and "abstract:lin" in cited(answer), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Who moderates the session?",
        "Is there a Q&A after the talks?",
        "I moderate the session: is there a Q&A after the talks?",
        "Who is the moderator? I need to know.",
        "I'm preparing my notes. Who moderates the session?",
    ],
)
def test_a_who_moderates_is_still_refused(textiles7: Assistant, question: str) -> None:
    assert textiles7.ask(question).refused


def test_a_a_remark_names_its_role_only_beside_a_question() -> None:
    # the kinds read the question without the remark; a remark alone is the question
    for question in ["I'm the moderator.", "Is there a Q&A? I'm the moderator."]:
        assert missing_attribute(question, "Un texte sans rien.") in {"event-role", "discussion"}


# --- B: the list a named text gives, asked as such --------------------------------------------


@pytest.mark.parametrize(
    ("question", "source", "fact"),
    [
        (
            "The session description lists kinds of territories. What's the complete list?",
            "session:s7",
            "territoires ruraux",
        ),
    ],
)
def test_b_the_list_a_text_gives(
    textiles7: Assistant, question: str, source: str, fact: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and source in cited(answer), answer.answer
    assert fact in answer.answer


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Which items does the RTE summary list for territories? Full list please.", "apprenants"),
        ("Landau's abstract lists what the question of locality is raised for: every item?",
         "singularité"),
    ],
)  # fmt: skip
def test_b_the_list_a_text_gives_on_the_seed(
    extractive: Assistant, question: str, fact: str
) -> None:
    answer = extractive.ask(question)
    assert not answer.refused and fact in answer.answer, answer.answer


def test_b_a_list_of_what_the_text_does_not_write_is_refused(textiles7: Assistant) -> None:
    answer = textiles7.ask("Dupont's abstract lists kinds of blockchain. What's the complete list?")
    assert answer.refused, answer.answer


# --- C: the whole running order, a speaker named beside it ------------------------------------

ORDER = ["session:s7", "talk:lin", "talk:ateliers", "talk:aides"]


@pytest.mark.parametrize(
    "question",
    [
        "Paul Martin is who I came for. What order are the talks in?",
        "I don't want to miss Marc Olivier's talk; in what order do the speakers go?",
        "Marc Olivier m'intéresse surtout : c'est quoi l'ordre de passage des intervenants ?",
        "Pour Jeanne Dupont je serai là à l'heure ; quel est l'ordre des interventions ?",
        "Je viens pour Sophie Renard : tu me donnes l'ordre complet des interventions ?",
        "Where is Marc Olivier in the running order?",
    ],
)
def test_c_the_whole_order_beside_a_speaker(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ORDER, answer.answer


@pytest.mark.parametrize(
    ("question", "talks"),
    [
        ("Qui parle après Marc Olivier ?", ["talk:ateliers", "talk:aides"]),
        ("Is Jeanne Dupont the first speaker?", ["talk:lin"]),
    ],
)
def test_c_a_speakers_neighbour_or_place_is_still_theirs(
    textiles7: Assistant, question: str, talks: list[str]
) -> None:
    assert cited(textiles7.ask(question)) == talks


def test_c_a_session_number_is_no_team_size(extractive: Assistant) -> None:
    answer = extractive.ask("In what sequence do the session 3 speakers come?")
    assert answer.answer.startswith("The talks of the session"), answer.answer


# --- D: what a speaker's organisation is or does ----------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Paul Martin works at the CNRS — what does CNRS stand for and what does it do?",
        "Marc Olivier is from the FabLab de Rennes — how big is it and what does it make?",
        "How many people work at the FabLab de Rennes?",
        "Combien de salariés compte la Région Bretagne ?",
        "Sophie Renard (Région Bretagne) : c'est quel genre d'organisme, et qui la finance ?",
        "Paul Martin is at the CNRS. What does that organisation actually do, and who funds it?",
        "Jeanne Dupont est de l'Université de Lille, qu'est-ce qu'on y enseigne ?",
    ],
)
def test_d_what_an_organisation_is_is_not_given(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer
    assert "not provided" not in answer.answer.split("[1]")[0], answer.answer


@pytest.mark.parametrize(
    "part",
    ["what does it do?", "how big is that institute?", "et qui le finance ?",
     "what sort of projects does it run?", "qu'est-ce qu'on y enseigne ?"],
)  # fmt: skip
def test_d_a_part_asks_what_it_is(part: str) -> None:
    assert asks_what_it_is(part)


@pytest.mark.parametrize(
    "part", ["what is it about?", "who gives it?", "what does she do?", "when is it?"]
)
def test_d_a_part_about_a_talk_or_a_person_is_not(part: str) -> None:
    assert not asks_what_it_is(part)


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("Where does Paul Martin work?", "bio:paul-martin"),
        ("What does Marc Olivier do at the FabLab de Rennes?", "bio:marc-olivier"),
        ("How many talks are there?", "session:s7"),
    ],
)
def test_d_the_cards_still_answer(textiles7: Assistant, question: str, card: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and card in cited(answer), answer.answer


# --- E: the particular ones behind a general mention ------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What specific spinning mills or towns does Dupont take as examples of closures?",
        "Which specific spinning mills does Dupont use as case studies?",
        "Quelles coopératives de teillage précises Dupont cite-t-elle ?",
        "Quelles filatures précises ont fermé selon Dupont ?",
        "What particular named territories does Dupont study?",
    ],
)
def test_e_the_particular_ones_are_not_named(textiles7: Assistant, question: str) -> None:
    assert textiles7.ask(question).refused


def test_e_a_concept_capitalised_is_no_name(extractive: Assistant) -> None:
    # « la Responsabilité Sociale de l'entreprise » names no company
    answer = extractive.ask("Which specific companies does Filippi cite as RTE examples?")
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Which region does Dupont give as an example?", "pays de Caux"),
        ("Which craftsman does Landau name?", "Chippendale"),
    ],
)
def test_e_a_name_given_still_answers(
    textiles7: Assistant, extractive: Assistant, question: str, fact: str
) -> None:
    answer = (extractive if "Landau" in question else textiles7).ask(question)
    assert not answer.refused and fact in answer.answer, answer.answer


# --- the review's: what the first version of these changes got wrong -------------------------


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # « qui le finance ? », « quel type d'entreprise » with no speaker's organisation named
        # (the first version raised an IndexError)
        ("Quel type d'entreprise relance le lin ?", "coopératives de teillage"),
        ("La filière lin, qui la finance ?", ""),
        # "direction" and "section" of a text, not of an organisation
        ("Which direction does Jeanne Dupont of the Université de Lille say flax takes?", ""),
        # "it" is the talk, or a region the abstract names
        ("Jeanne Dupont (Université de Lille) presents on flax relocalisation. What is it exactly?",
         ""),
        ("Dupont, de l'Université de Lille, parle du pays de Caux. Qu'est-ce qu'on y produit ?",
         ""),
    ],
)  # fmt: skip
def test_review_no_organisation_asked(textiles7: Assistant, question: str, fact: str) -> None:
    answer = textiles7.ask(question)
    assert answer.route not in {"organisation", "attribute"}, answer.answer
    assert fact in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "In what direction does Landau at the IRI want to take the question of locality?",
        "Which section of Landau's IRI abstract talks about Chippendale?",
        "Landau from the IRI gives L'usine distribuée. Tell me more about it.",
        "Combien de personnes y interviennent ?",
    ],
)
def test_review_no_organisation_asked_on_the_seed(extractive: Assistant, question: str) -> None:
    answer = extractive.ask(question)
    assert not answer.refused, answer.answer


@pytest.mark.parametrize(
    "question", ["Que fait Landau, même ?", "Quel est le job de Camille Etévé, très précisément ?"]
)
def test_review_fillers_are_still_fillers(extractive: Assistant, question: str) -> None:
    # « même », « très » are no words the speaker's text must write: the card answers
    answer = extractive.ask(question)
    assert any(c.startswith("bio:") for c in cited(answer)), answer.answer


@pytest.mark.parametrize(
    "question",
    ["Which section of the Région Bretagne is Sophie Renard in?",
     "Sophie Renard works for the Région Bretagne. What does this region do?"],
)  # fmt: skip
def test_review_a_branch_or_this_region_is_still_asked(textiles7: Assistant, question: str) -> None:
    assert textiles7.ask(question).refused


# --- a class found after blind31's: the talks' succession, a speaker named beside it ----------


@pytest.mark.parametrize(
    "question",
    [
        "Marc Olivier m'intéresse : comment se succèdent les interventions ?",
        "I'm here for Dupont. How do the talks follow one another?",
        "Je viens pour Paul Martin : les exposés s'enchaînent comment ?",
        "Les intervenants passent les uns après les autres dans quel ordre ? Je viens pour Dupont.",
    ],
)
def test_g_the_succession_of_the_talks_is_the_order(textiles7: Assistant, question: str) -> None:
    assert cited(textiles7.ask(question)) == ORDER


@pytest.mark.parametrize(
    "question", ["Qui succède à Marc Olivier ?", "What comes after Marc Olivier's talk?"]
)
def test_g_who_succeeds_a_speaker_is_still_the_next(textiles7: Assistant, question: str) -> None:
    assert cited(textiles7.ask(question)) == ["talk:ateliers", "talk:aides"]
