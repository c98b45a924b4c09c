"""Classes of blind11's failures (docs/eval.md), described by a helper without its questions and
met here on the invented textiles programme («Relocaliser la filière lin» by Jeanne Dupont,
ingénieure textile, with an abstract; «Ateliers partagés en milieu rural» by Marc Olivier,
designer, and «Les aides régionales à la relocalisation» by Sophie Renard and Paul Martin,
docteur en géographie, without one): talks with no abstract asked with a negation in other
words, "when" opening a clause inside a question another word asks, the session's aim asked in
other words, the field a speaker is presented in, names asked that the answering sentence does
not give (« nommément », "which ones exactly?"), and a stance on what should be done that no
sentence of theirs takes."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.condense import is_followup
from assistant.intents import intent
from assistant.planner import frame_text
from assistant.policy import missing_attribute

MISSING = ["Ateliers partagés en milieu rural", "Les aides régionales à la relocalisation"]


@pytest.mark.parametrize(
    "question",
    [
        "Which talks don't include a summary?",
        "Which of the talks aren't given an abstract?",
        "Quelles interventions ne comportent aucun texte de présentation ?",
        "Quelles interventions ne sont pas accompagnées d'un résumé ?",
        "How many talks do not come with an abstract?",
    ],
)
def test_talks_without_abstract_asked_with_another_negation(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.route == "record", (answer.route, answer.answer)
    assert all(title in answer.answer for title in MISSING), answer.answer
    assert "Relocaliser la filière lin" not in answer.answer


def test_talks_with_an_abstract_are_still_those_with_one(textiles7: Assistant) -> None:
    answer = textiles7.ask("Which talks have an abstract?")
    assert "Relocaliser la filière lin" in answer.answer
    assert not any(title in answer.answer for title in MISSING), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What does Dupont say flax needs when it is relocated?",
        "Selon Dupont, que crée-t-on de neuf quand on relocalise ?",
        "What becomes of the flax sector when farmers regain the added value, per Dupont?",
        "Que se passe-t-il lorsque les coopératives relancent la transformation ?",
    ],
)
def test_when_inside_a_question_is_no_time_asked(textiles7: Assistant, question: str) -> None:
    assert intent(question) != "when", frame_text(question)
    answer = textiles7.ask(question)
    assert "09:30" not in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When does Dupont speak?",
        "Quand commence la session ?",
        "Qui parle en premier et quand ?",
        "What's on, and when does it start?",
        "Jeanne Dupont passe quand ?",
    ],
)
def test_a_time_asked_is_still_answered(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert "09:30" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which themes does session 7 set out to link?",
        "À quoi sert la session 7, elle cherche à relier quoi ?",
        "What's the purpose of the session?",
        "Quel est l'objectif de la session ?",
        "What's the session's aim?",
    ],
)
def test_the_sessions_aim_is_its_description(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.route == "record" and not answer.refused, (answer.route, answer.answer)
    assert "retour des filières textiles" in answer.answer and cited(answer) == ["session:s7"]


def test_the_session_asked_about_a_thing_in_it_is_not_its_aim(textiles7: Assistant) -> None:
    answer = textiles7.ask("What does the session say about shared workshops?")
    assert answer.route != "record", answer.answer


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Dupont is presented as an expert in which area?", "ingénieure textile"),
        ("Jeanne Dupont, c'est une ingénieure de quelle branche ?", "ingénieure textile"),
        ("Paul Martin a un doctorat dans quelle discipline ?", "docteur en géographie"),
        ("Marc Olivier est spécialisé en quoi ?", "designer"),
        ("In what field does Sophie Renard work?", "économie circulaire"),
    ],
)
def test_the_field_a_speaker_is_presented_in_is_their_role(
    textiles7: Assistant, question: str, role: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and role in answer.answer, (answer.route, answer.answer)


@pytest.mark.parametrize(
    "question",
    [
        "Pour Jeanne Dupont, relocaliser le lin relève de quel type de dynamique ?",
        "Dans quel domaine Jeanne Dupont voit-elle naître de nouveaux métiers ?",
    ],
)
def test_a_field_asked_of_the_texts_is_not_the_speakers_card(question: str) -> None:
    assert intent(question) != "speaker"


@pytest.mark.parametrize(
    "question",
    [
        "Does Dupont name the cooperatives behind the revival? Which ones exactly?",
        "Quelles coopératives de teillage Dupont cite-t-elle nommément ?",
    ],
)
def test_names_the_text_does_not_give_are_refused(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and answer.route == "attribute", (answer.route, answer.answer)


def test_a_name_the_text_gives_is_quoted(textiles7: Assistant) -> None:
    answer = textiles7.ask("Quel territoire Dupont cite-t-elle nommément en exemple ?")
    assert not answer.refused and "pays de Caux" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Faut-il, selon Dupont, rouvrir les filatures du Nord ? Elle y est favorable ?",
        "Should regions subsidise the spinning mills of the North, according to Dupont?",
    ],
)
def test_a_stance_no_sentence_takes_is_refused(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, (answer.route, answer.answer)


def test_a_stance_a_sentence_states_is_quoted(textiles7: Assistant) -> None:
    answer = textiles7.ask("According to Dupont, should the flax sector create new jobs?")
    assert not answer.refused and "nouveaux métiers" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which talk should I attend if I work on flax?", None),
        ("Landau cite quels clients de Chippendale, nommément ?", "named"),
        ("Faut-il rouvrir les filatures ?", "stance"),
        ("Is she in favour of regional aid?", "stance"),
        ("Should we register in advance?", "practical"),
    ],
)
def test_the_kind_asked(question: str, kind: str | None) -> None:
    sentence = "Au 18° siècle l’ébéniste Thomas Chippendale a proposé une alternative."
    assert missing_attribute(question, "", sentence) == kind


@pytest.mark.parametrize(
    "question",
    [
        "Which university did Paul Martin get his doctorate from?",
        "Dans quelle université Paul Martin a-t-il obtenu son doctorat ?",
        "Où Paul Martin a-t-il fait sa thèse ?",
    ],
)
def test_where_a_degree_was_earned_is_not_the_affiliation(
    textiles7: Assistant, question: str
) -> None:
    """His card gives where he works, not where he studied: refused, with the card as what
    the programme does say."""
    answer = textiles7.ask(question)
    assert answer.refused and answer.route == "attribute", (answer.route, answer.answer)


def test_which_university_someone_is_from_is_still_their_affiliation(
    textiles7: Assistant,
) -> None:
    answer = textiles7.ask("Which university is Jeanne Dupont from?")
    assert not answer.refused and "Université de Lille" in answer.answer


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Does any talk cover regional aid, and who gives it?", "Paul Martin"),
        ("Y a-t-il une intervention sur les aides régionales, et qui la présente ?", "Paul Martin"),
        ("Est-ce qu'une intervention parle du lin, et qui la donne ?", "Jeanne Dupont"),
    ],
)
def test_it_in_the_second_part_is_what_the_first_found(
    textiles7: Assistant, question: str, speaker: str
) -> None:
    """The second part names nothing and points back: it asks of the talk the first part's
    answer found, not of whatever retrieval finds for "who gives it?" alone."""
    answer = textiles7.ask(question)
    second = answer.answer.split("\n\n")[-1]
    assert answer.route == "two-part" and speaker in second, answer.answer


@pytest.mark.parametrize(
    ("question", "followup"),
    [
        ("Qui la présente ?", True),
        ("Et on le trouve où ?", True),
        ("Qu'est-ce que la session aborde ?", False),
        ("Qui présente la session ?", False),
    ],
)
def test_a_french_object_pronoun_makes_a_followup(question: str, followup: bool) -> None:
    assert is_followup(question) is followup


@pytest.mark.parametrize(
    "question",
    [
        "What's the shared workshops talk called?",
        "What is the title of the talk about shared workshops?",
        "What's the name of the talk on shared workshops?",
    ],
)
def test_a_talks_title_asked_by_its_subject_is_the_talk(
    textiles7: Assistant, question: str
) -> None:
    """The title asked of a talk the question describes in other words than its title's: the
    talk found for that subject, named, not a sentence of the session about it."""
    answer = textiles7.ask(question)
    assert answer.route == "record" and "Ateliers partagés en milieu rural" in answer.answer


def test_a_named_speakers_title_is_still_theirs(textiles7: Assistant) -> None:
    answer = textiles7.ask("What is the title of Jeanne Dupont's talk?")
    assert answer.route == "record" and "Relocaliser la filière lin" in answer.answer
