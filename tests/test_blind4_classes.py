"""Classes read from the fourth blind set's failures (docs/eval.md), tested on an invented
programme: "last", "start" and "end" in their everyday sense are not the schedule; how long each
talk lasts is not the session's slot; a person's private details are refused even when the
person has a talk to describe; an asker's field ("I research the circular economy, whom should I
meet?") finds the speaker whose role says it in other words."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.catalog import Catalog
from assistant.intents import intent
from assistant.planner import index_of, interest, plan
from assistant.policy import private_detail_missing


@pytest.fixture(scope="module")
def catalog(textiles7: Assistant) -> Catalog:
    return textiles7.catalog()


@pytest.mark.parametrize(
    ("question", "last"),
    [
        ("Will the flax revival last?", False),
        ("How long does the linen talk last?", False),
        ("Does Jeanne Dupont think the cooperatives will last long?", False),
        ("Who speaks last?", True),
        ("What is the last talk?", True),
        ("Is the aid talk last?", True),
        ("How long is the last talk?", True),
    ],
)
def test_last_as_a_verb_is_not_the_last_talk(catalog: Catalog, question: str, last: bool) -> None:
    assert plan(question, index_of(catalog)).asked("last") is last


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("What did the teillage cooperatives start doing?", False),
        ("What does the linen talk end up recommending?", False),
        ("Where does the story of the northern spinning mills begin?", False),
        ("When does the session start?", True),
        ("À quelle heure commence la session ?", True),
        ("The linen talk starts at what time?", True),
        ("La session se termine à quelle heure ?", True),
        ("What's the end time of the session?", True),
        ("How long is the session?", True),
        ("How long will Marc Olivier's presentation last?", True),
        ("What does Jeanne Dupont's talk begin with?", False),
        ("Jeanne Dupont's talk starts with which example?", False),
        ("How long does a weaver work each day?", False),
    ],
)
def test_start_and_end_ask_when_only_of_the_programme(question: str, when: bool) -> None:
    assert (intent(question) == "when") is when


def test_what_something_started_doing_is_answered_by_the_text(textiles7: Assistant) -> None:
    answer = textiles7.ask("What did the teillage cooperatives start doing?")
    assert "abstract:lin" in cited(answer) and "09:30" not in answer.answer


def test_how_long_each_talk_lasts_is_not_the_sessions_slot(textiles7: Assistant) -> None:
    answer = textiles7.ask("How long does each talk last?")
    assert answer.refused and "how long each talk lasts" in answer.answer
    assert "09:30" in answer.answer and cited(answer) == ["session:s7"]  # what is known
    for asked in ("Combien de temps dure la session ?",
                  "How long is the session where Jeanne Dupont speaks?"):  # fmt: skip
        session = textiles7.ask(asked)
        assert not session.refused and "09:30" in session.answer and "12:00" in session.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What nationality is Jeanne Dupont?", "Jeanne Dupont"),
        ("Quelles langues parle Marc Olivier ?", "Marc Olivier"),  # a title-only talk
        ("Is Paul Martin married?", "Paul Martin"),
        ("What are Sophie Renard's hobbies?", "Sophie Renard"),
        ("What was Paul Martin's PhD thesis about?", "Paul Martin"),
    ],
)
def test_private_details_are_refused_with_what_is_known(
    textiles7: Assistant, question: str, name: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and name in answer.answer  # "what it does say about …"
    lead = answer.answer.split(".")[0].lower()
    assert "résumé" not in lead and "abstract" not in lead


# Each detail is shown only by words that speak of it: a speaker named Marie, an English "These",
# « conjointement » or a language of study show no marriage, thesis, spouse or spoken language.
@pytest.mark.parametrize(
    ("question", "evidence"),
    [
        ("Is Marie Lambert married?", "Marie Lambert, potière. These kilns are shared."),
        ("What was her PhD thesis about?", "Marie Lambert, potière. These kilns are shared."),
        ("Qui est son conjoint ?", "Elles travaillent conjointement avec la mairie."),
        ("What nationality is Marie Lambert?", "Marie Lambert a épousé la cause des potiers."),
    ],
)
def test_a_private_detail_is_shown_only_by_its_own_words(question: str, evidence: str) -> None:
    assert private_detail_missing(question, evidence)


@pytest.mark.parametrize(
    ("question", "evidence", "missing"),
    [
        ("Is Marie Lambert married?", "Marie Lambert est mariée à un potier.", False),
        ("What was her PhD thesis about?", "Sa thèse portait sur les fours.", False),
        # the asker's own thesis is not a speaker's private detail
        ("I'm writing a thesis on the circular economy, who should I meet?", "Marie.", False),
        ("My dissertation is on kilns: which speaker should I talk to?", "Marie.", False),
        ("Sur quoi portait sa thèse de doctorat ?", "Marie Lambert, potière.", True),
    ],
)
def test_a_private_detail_the_text_speaks_of(question: str, evidence: str, missing: bool) -> None:
    assert private_detail_missing(question, evidence) is missing


def test_a_doctor_is_still_found_by_role(textiles7: Assistant) -> None:
    answer = textiles7.ask("Qui est docteur ?")
    assert not answer.refused and "Paul Martin" in answer.answer


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("I'm doing research on the circular economy, who should I meet?", "circular economy"),
        ("Je travaille sur le textile, qui devrais-je rencontrer ?", "textile"),
        ("My thesis is on design, is there a speaker I should talk to?", "design"),
        ("I work in textiles: which talk is for me?", None),  # a talk, not a person
    ],
)
def test_the_askers_field(question: str, field: str | None) -> None:
    assert interest(question) == field


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("I'm doing research on the circular economy, who should I meet?", "Sophie Renard"),
        ("Je travaille sur le textile, qui devrais-je rencontrer ?", "Jeanne Dupont"),
    ],
)
def test_the_askers_field_finds_the_speaker_by_role(
    textiles7: Assistant, question: str, speaker: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and speaker in answer.answer


def test_a_field_no_role_holds_finds_nobody(textiles7: Assistant) -> None:
    answer = textiles7.ask("I work on football tactics, who should I meet?")
    assert answer.refused


# A talk with only its title: asked what it is about in other words, the title is the answer
# (with the abstract said missing), not a refusal that prints the title anyway.
@pytest.mark.parametrize(
    "question",
    [
        "Dans l'intervention de Marc Olivier, il est question de quel type de lieu ?",
        "What kind of place is Marc Olivier's talk about?",
    ],
)
def test_a_title_only_talk_is_answered_by_its_title(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and "Ateliers partagés en milieu rural" in answer.answer
    assert cited(answer) == ["talk:ateliers"]


def test_a_view_of_a_title_only_speaker_is_still_refused(textiles7: Assistant) -> None:
    assert textiles7.ask("Que pense Marc Olivier de l'énergie nucléaire ?").refused


# "According to X" asks what X says: a sentence of the session's description is not X's, and a
# speaker with only a title and a card says nothing more (class g: wrong attribution).
@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Selon Marc Olivier, que recomposent les ateliers partagés ?", "Marc Olivier"),
        ("Which region funds relocation, according to Sophie Renard?", "Sophie Renard"),
    ],
)
def test_according_to_a_speaker_quotes_only_their_texts(
    textiles7: Assistant, question: str, name: str
) -> None:
    answer = textiles7.ask(question)
    assert "session:s7" not in cited(answer) and name in answer.answer


def test_according_to_a_speaker_with_an_abstract_still_quotes_it(textiles7: Assistant) -> None:
    answer = textiles7.ask("D'après Jeanne Dupont, que relancent les coopératives de teillage ?")
    assert not answer.refused and cited(answer) == ["abstract:lin"]


# A title-only talk named by its title, nothing else asked: its title is the answer, not another
# talk's abstract that shares a word.
def test_a_title_only_talk_named_by_its_title_is_the_answer(textiles7: Assistant) -> None:
    answer = textiles7.ask("Est-ce que des aides régionales existent pour relocaliser ?")
    assert cited(answer) == ["talk:aides"] and "abstract:lin" not in cited(answer)


@pytest.mark.parametrize(
    "question",
    ["How long does it take to bake bread?", "Combien de temps faut-il pour cuire un gâteau ?"],
)
def test_how_long_of_something_else_is_not_the_schedule(question: str) -> None:
    assert intent(question) != "when"


@pytest.mark.parametrize(
    "question",
    [
        "I'm interested in the circular economy, who presents the talk on regional aid?",
        # the asker's field names another speaker's role: still the talk's speakers
        "I work in textiles, who presents the talk on regional aid?",
        "Je travaille dans le textile, qui présente l'intervention sur les aides régionales ?",
    ],
)
def test_the_askers_field_does_not_hide_the_talk_they_name(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert "Sophie Renard" in answer.answer and "Paul Martin" in answer.answer, answer.answer
