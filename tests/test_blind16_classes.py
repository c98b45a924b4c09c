"""The classes of the sixteenth blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seminar) in other words; no blind16 question is
here. A1: the session's time asked with a verb of opening or ending is its time, not the first or
last talk. A2: the asker's own "before / after" ("I want to read up before I go") is not the talk
before or after. B: "who handles the part about X?" asks who speaks of X. C: a count, then a yes /
no question on what it counted (« y en a qui … ? », "is one of them …?"), is two questions; "more
than one speaker" is not one speaker. D: a word that only takes the turn ("ok,", "right,",
« bon, ») does not hide what is asked. E: "in the session's description, …" quotes that text
only. F: when something happened to a thing a text mentions, and the text dates something else
of it, is refused. G1: questions to ask a speaker, requested in the chat, are the organiser's
moderation questions. G2: the assistant's own opinion is not given. H: two texts compared are
set side by side, each quoted and cited."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant
from assistant.chitchat import asks_for_questions, questions_wanted, unpadded
from assistant.policy import asks_my_opinion, event_asked

FIRST, LAST = "The first talk", "The last talk"
FIRST_FR, LAST_FR = "Première intervention", "Dernière intervention"
_ORDER = (FIRST, LAST, FIRST_FR, LAST_FR)


@pytest.mark.parametrize(
    ("question", "time"),
    [
        ("À quelle heure la session 7 se termine-t-elle ?", "12:00"),
        ("What time does the session close?", "12:00"),
        ("la session ouvre à quelle heure ?", "09:30"),
        ("À quelle heure ouvre la séance ?", "09:30"),
    ],
)
def test_a1_the_session_time_asked_with_an_opening_verb(
    textiles7: Assistant, question: str, time: str
) -> None:
    answer = textiles7.ask(question)
    assert time in answer.answer and not any(o in answer.answer for o in _ORDER)
    assert cited(answer) == ["session:s7"]


def test_a1_close_to_is_not_closing(textiles7: Assistant) -> None:
    answer = textiles7.ask(
        "what question does the session's description ask about relocating production close "
        "to the fields?"
    )
    assert LAST not in answer.answer and cited(answer) == ["session:s7"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Je voudrais préparer l'intervention de Jeanne Dupont avant : elle parle de quoi ?",
         "abstract:lin"),
        ("What's Marc Olivier's talk about? I want to read up before I go.", "talk:ateliers"),
        ("I'll only catch the end of the session: what is Sophie Renard's talk about? I'll read "
         "the rest after.", "talk:aides"),
        ("What's Jeanne Dupont's talk about? I'm hoping to grab her for a chat after it.",
         "abstract:lin"),
    ],
)  # fmt: skip
def test_a2_the_askers_own_before_and_after(textiles7: Assistant, question: str, said: str) -> None:
    answer = textiles7.ask(question)
    assert said in cited(answer) and not answer.refused, answer.answer
    assert "Before" not in answer.answer and "After" not in answer.answer


@pytest.mark.parametrize(
    "question",
    ["Who speaks before Marc Olivier?", "Qui passe après Jeanne Dupont ?",
     "I want to know who speaks after Jeanne Dupont."],
)  # fmt: skip
def test_a2_the_talk_before_or_after_is_still_asked(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert "talk:ateliers" in cited(answer) and "talk:lin" in cited(answer)


@pytest.mark.parametrize(
    "question",
    [
        "which speaker handles the part about the scutching co-ops?",
        "c'est qui qui fait le passage sur les vieilles filatures du Nord qui ont fermé ?",
        "who's the one covering the closed northern mills?",
    ],
)
def test_b_who_handles_the_part_about_x(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.answer.count("Jeanne Dupont") and answer.route == "record", answer.answer


def test_b_then_where_she_works(textiles7: Assistant) -> None:
    answer = textiles7.ask("who's taking the section on the Caux farmers, and where does she work?")
    assert "Université de Lille" in answer.answer and "Marc Olivier" not in answer.answer


@pytest.mark.parametrize(
    ("question", "count", "then"),
    [
        ("Combien d'intervenants en tout ? y en a qui présentent ensemble ?", "4 intervenant",
         "Paul Martin"),
        ("How many talks in all? Does any have more than one speaker?", "3 talks", "Paul Martin"),
        ("il y a combien d'intervenants ? et y en a un qui vient du CNRS ?", "4 intervenant",
         "CNRS"),
    ],
)  # fmt: skip
def test_c_a_count_then_a_yes_no_question(
    textiles7: Assistant, question: str, count: str, then: str
) -> None:
    answer = textiles7.ask(question)
    assert count in answer.answer and then in answer.answer, answer.answer


def test_c_more_than_one_speaker_is_not_one(textiles7: Assistant) -> None:
    answer = textiles7.ask("Does any talk have more than one speaker?")
    assert cited(answer) == ["talk:aides"] and "single" not in answer.answer


def test_c_one_of_them_from_a_place_on_the_seminar(extractive: Assistant) -> None:
    answer = extractive.ask("How many speakers are there overall? Is one of them from INRAE?")
    assert "5 speakers" in answer.answer and "Maryline Filippi" in answer.answer
    assert "Olivier Landau" not in answer.answer


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("ok, et il fait quoi dans la vie ?", "et il fait quoi dans la vie ?"),
        ("alright — where is she based?", "where is she based?"),
        ("Bon, et Sophie Renard, son métier ?", "et Sophie Renard, son métier ?"),
        ("okay so which lab is Paul Martin with?", "which lab is Paul Martin with?"),
        ("Right to repair, who talks about it?", "Right to repair, who talks about it?"),
    ],
)  # fmt: skip
def test_d_a_word_that_takes_the_turn_is_dropped(message: str, kept: str) -> None:
    assert unpadded(message) == kept


@pytest.mark.parametrize(
    ("question", "history", "card"),
    [
        ("okay so which lab is Paul Martin with?", [], "bio:paul-martin"),
        ("right, and Jeanne Dupont's job?", [], "bio:jeanne-dupont"),
        ("Bon, et Sophie Renard, c'est quoi son métier ?", [], "bio:sophie-renard"),
        ("alright — where is she based?",
         [{"role": "user", "content": "who gives the flax talk?"},
          {"role": "assistant", "content": "The talk « Relocaliser la filière lin » is given by "
           "Jeanne Dupont [1]."}], "bio:jeanne-dupont"),
    ],
)  # fmt: skip
def test_d_the_card_is_given(
    textiles7: Assistant, question: str, history: list[dict[str, str]], card: str
) -> None:
    answer = textiles7.ask(question, history)
    assert cards(answer) == [card] and answer.route == "record", answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "In the session description, which question is about know-how and the new trades of "
        "relocation?",
        "Dans la présentation de la session, quelle question est posée à propos de la filière et "
        "des nouveaux métiers ?",
        "Dans la description de la session, quelle question porte sur les savoir-faire et les "
        "nouveaux métiers ?",
    ],
)
def test_e_the_session_description_named_is_the_text_quoted(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == ["session:s7"] and not answer.refused, answer.answer


def test_e_on_the_seminar_a_talk_sharing_its_words_is_not_quoted(extractive: Assistant) -> None:
    answer = extractive.ask(
        "Dans la description de la session, à quels acteurs d'un territoire ces processus de "
        "production pourraient-ils apporter de nouvelles dépendances ?"
    )
    assert cited(answer) == ["session:s3"] and "habitants" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Les filatures du Nord, elles ont été créées quand ?",
        "When were the northern spinning mills built?",
        "elles ont ouvert quand, les filatures du Nord ?",
        "quand est née la filière lin dans le Nord ?",
    ],
)
def test_f_an_undated_event_is_refused(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and "09:30" not in answer.answer, answer.answer


def test_f_the_dated_event_is_answered(textiles7: Assistant) -> None:
    answer = textiles7.ask("Les filatures du Nord ont fermé quand ?")
    assert "20° siècle" in answer.answer and not answer.refused


@pytest.mark.parametrize(
    ("question", "events"),
    [
        ("Chippendale est né quand ?", ["birth"]),
        ("When did he die?", ["death"]),
        ("D'après elle, quand l'agriculture se renouvelle, on ne mobilise pas seulement des "
         "innovations techniques : lesquelles ?", []),
        ("When does the session start?", []),
        ("When is the talk on the creation of FabLabs?", []),
        ("Quand passe l'intervention sur la co-construction de réponses ?", []),
        ("Quand est lancée la session ?", []),
    ],
)  # fmt: skip
def test_f_the_events_asked(question: str, events: list[str]) -> None:
    assert event_asked(question) == events


@pytest.mark.parametrize(
    ("message", "n"),
    [
        ("Prépare-moi quelques questions pour lancer la discussion avec Jeanne Dupont.", 3),
        ("Give me two questions to ask Jeanne Dupont.", 2),
        ("Donne-moi quatre questions à poser à Marc Olivier après son intervention.", 4),
        ("Give me five discussion questions on the flax talk.", 5),
        ("What would be good questions to ask Sophie Renard and Paul Martin in the Q&A?", 3),
    ],
)
def test_g1_a_request_for_questions_to_ask(message: str, n: int) -> None:
    assert asks_for_questions(message) and questions_wanted(message) == n


@pytest.mark.parametrize(
    "message",
    [
        "Which questions does the session description ask?",
        "Quelles questions la session pose-t-elle ?",
        "Quelles questions propose la présentation de la session au débat ?",
        "Give me the questions the session description asks the speakers.",
        "Is there time for audience questions? I need to know.",
        "Write me the names of the speakers taking audience questions.",
        "Can you suggest which talk to attend? I have questions about flax for the speakers.",
    ],
)
def test_g1_questions_not_requested(message: str) -> None:
    assert not asks_for_questions(message)


def test_g1_the_speaker_pointed_to_gets_the_questions(textiles7: Assistant) -> None:
    history = [
        {"role": "user", "content": "who presents Ateliers partagés en milieu rural?"},
        {"role": "assistant", "content": "« Ateliers partagés en milieu rural » is given by "
         "Marc Olivier [1]."},
    ]  # fmt: skip
    answer = textiles7.ask("Give me two questions to ask him.", history)
    assert answer.route == "moderate" and "abstract:lin" not in cited(answer)
    assert "talk:ateliers" in cited(answer)


def test_g1_moderation_questions_in_the_chat(textiles7: Assistant) -> None:
    answer = textiles7.ask("Give me two questions to ask Jeanne Dupont.")
    assert answer.route == "moderate" and not answer.refused
    assert answer.answer.startswith("1. ") and "\n2. " in answer.answer
    assert "\n3. " not in answer.answer and set(cited(answer)) == {"abstract:lin"}


def test_g1_without_an_abstract_the_questions_say_so(textiles7: Assistant) -> None:
    answer = textiles7.ask("What would be good questions to ask Sophie Renard and Paul Martin?")
    assert answer.route == "moderate" and "no abstract was provided" in answer.answer
    assert "talk:aides" in cited(answer)


@pytest.mark.parametrize(
    ("question", "mine"),
    [
        ("À ton avis, les ateliers partagés en milieu rural, c'est une bonne idée ?", True),
        ("Selon toi, la relocalisation du lin peut-elle réussir ?", True),
        ("Would you personally back the flax co-ops over the old mills?", True),
        ("Which of the three talks do you find the most convincing?", True),
        ("whats your take, do shared workshops help artisans?", True),
        ("Do you think Jeanne Dupont talks about flax?", False),
        ("Selon vous, qui parle du lin ?", False),
        ("What does Dupont think is the best way to relocate?", False),
        ("Right, do you think Jeanne Dupont also covers the northern mills?", False),
        ("D'accord. Tu crois que Jeanne Dupont parle aussi des filatures ?", False),
        ("Tu penses qu'elle parle de la révolution industrielle ? Ça serait bien.", False),
        ("Do you think there's a talk on support for artisans?", False),
    ],
)
def test_g2_the_assistants_own_opinion(question: str, mine: bool) -> None:
    assert asks_my_opinion(question) == mine


def test_g2_is_refused(textiles7: Assistant) -> None:
    answer = textiles7.ask("Selon toi, la relocalisation du lin peut-elle réussir ?")
    assert answer.refused and answer.route == "policy" and not cited(answer)


@pytest.mark.parametrize(
    ("question", "texts"),
    [
        ("Qu'est-ce que l'intervention de Jeanne Dupont et celle de Marc Olivier ont en commun ?",
         ["abstract:lin", "talk:ateliers"]),
        ("What do Dupont's abstract and the session description have in common?",
         ["abstract:lin", "session:s7"]),
        ("How does Jeanne Dupont's talk differ from the one by Sophie Renard and Paul Martin?",
         ["abstract:lin", "talk:aides"]),
        ("En quoi l'exposé sur le lin rejoint-il le thème général de la séance ?",
         ["abstract:lin", "session:s7"]),
    ],
)  # fmt: skip
def test_h_two_texts_side_by_side(textiles7: Assistant, question: str, texts: list[str]) -> None:
    answer = textiles7.ask(question)
    assert cited(answer) == texts and answer.route == "compared", answer.answer
    if any(t.startswith("talk:") for t in texts):
        assert "abstract was provided" in answer.answer or "résumé n’a pas" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Jeanne Dupont versus Marc Olivier: who speaks first?",
        "Marc Olivier vs Jeanne Dupont, which talk is longer?",
        "Are Jeanne Dupont and Marc Olivier in different rooms?",
    ],
)
def test_h_records_asked_of_two_talks_are_not_compared(textiles7: Assistant, question: str) -> None:
    assert textiles7.ask(question).route != "compared"


def test_c_no_split_without_a_pointer_back(textiles7: Assistant) -> None:
    # « il y a une pause ? » is no pointer to what was counted: a question of its own, refused
    # on its own since the break is a practical matter (blind22's classes)
    answer = textiles7.ask("Combien d'intervenants ? Il y a une pause ?")
    assert not answer.refused and "4 intervenant" in answer.answer, answer.answer
    assert (
        "ne contient pas" in answer.answer and "intervenant" not in answer.answer.split("\n\n")[-1]
    )


def test_c_together_after_a_noun_is_not_a_team(textiles7: Assistant) -> None:
    answer = textiles7.ask("Do the talks together cover agriculture?")
    assert "more than one speaker" not in answer.answer


def test_h_a_shared_employer_is_their_records(textiles7: Assistant) -> None:
    answer = textiles7.ask("Do Jeanne Dupont and Paul Martin share an employer?")
    assert "Université de Lille" in answer.answer and "CNRS" in answer.answer


def test_h_on_the_seminar(extractive: Assistant) -> None:
    answer = extractive.ask(
        "Quel est le point commun entre l'intervention d'Olivier Landau et celle de Maryline "
        "Filippi ?"
    )
    assert cited(answer) == [
        "abstract:s3-l-usine-distribuee",
        "abstract:s3-bifurquer-en-responsabilite-territoriale-des-entreprises",
    ]
    assert answer.answer.count("«") >= 2
