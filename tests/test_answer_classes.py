"""Classes of questions from issue 10, on an invented programme (not the seed, not the test set):
a quote names whose it is (d), the lead says "in the original French" only for French quotes
(h), times come from the talk's own record, or the answer says none is given; and the planner's
kinds (a, e, rooms, counts): titles, roles and affiliations answer questions."""

from __future__ import annotations

import pytest
from programmes import assistant_over

from assistant.answer import Assistant
from assistant.lexicon import language
from assistant.planner import index_of, plan
from assistant.policy import missing_attribute

PROGRAMME = {
    "event": "Journées textiles",
    "sessions": [
        {
            "id": "fil",
            "title": "Filières locales",
            "talks": [
                {
                    "id": "lin",
                    "title": "Relocaliser la filière lin",
                    "start": "2027-03-04T14:30:00",
                    "end": "2027-03-04T15:15:00",
                    "room": "Amphi Pasteur",
                    "abstract": "Le rouissage du lin se fait au champ, en Normandie. Les "
                    "filatures ont quitté la France dans les années 1990.",
                    "speakers": [
                        {
                            "name": "Jeanne Dupont",
                            "role": "ingénieure textile",
                            "affiliation": "Université de Lille",
                        }
                    ],
                },
                {
                    "id": "wool",
                    "title": "Wool mills in Britain",
                    "abstract": "Small wool mills restart spinning with second-hand machines. "
                    "Shepherds sell fleeces directly to the mills.",
                    "speakers": [{"name": "Tom Hardy", "affiliation": "Leeds University"}],
                },
            ],
        },
        {
            "id": "atelier",
            "title": "Atelier sans horaire",
            "talks": [
                {
                    "id": "teinture",
                    "title": "Teintures végétales",
                    "abstract": None,
                    "speakers": [{"name": "Ana Lopes"}],
                }
            ],
        },
    ],
}


@pytest.fixture(scope="module")
def textiles(tmp_path_factory: pytest.TempPathFactory, embed_model) -> Assistant:
    return assistant_over(PROGRAMME, tmp_path_factory.mktemp("textiles"), embed_model)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Qui parle du rouissage ?", "Jeanne Dupont"),
        ("Who mentions retting in Normandy?", "Jeanne Dupont"),
        ("Who talks about second-hand spinning machines?", "Tom Hardy"),
        ("Which speaker talks about shepherds selling fleeces?", "Tom Hardy"),
    ],
)
def test_a_quote_names_its_speaker(textiles: Assistant, question: str, speaker: str) -> None:
    answer = textiles.ask(question)
    assert not answer.refused and speaker in answer.answer, answer.answer
    assert speaker in answer.citations[0].speakers


def test_french_is_said_only_of_french_quotes(textiles: Assistant) -> None:
    english = textiles.ask("What do shepherds do with fleeces?")
    assert "Shepherds sell fleeces" in english.answer
    assert "original French" not in english.answer
    french = textiles.ask("What happened to the filatures in France?")
    assert "rouissage" in french.answer and "original French" in french.answer


def test_a_talk_with_its_own_time_is_answered_with_it(textiles: Assistant) -> None:
    for question, expected in (
        ("Quand a lieu « Relocaliser la filière lin » ?", ["14:30", "15:15", "4 mars 2027"]),
        ("When is the talk “Relocaliser la filière lin”?", ["14:30", "15:15", "4 March 2027"]),
    ):
        answer = textiles.ask(question)
        assert all(e in answer.answer for e in expected), answer.answer
        assert answer.citations[0].source_id == "talk:lin"


def test_no_time_in_the_records_is_said_never_shown_as_question_marks(
    textiles: Assistant,
) -> None:
    for question in ("Quand a lieu « Teintures végétales » ?", "When is the dyeing workshop?"):
        answer = textiles.ask(question)
        assert "?," not in answer.answer and "le ?" not in answer.answer, answer.answer
        assert answer.route == "record" and answer.refused and answer.citations
        assert "Teintures végétales" in answer.answer


@pytest.mark.parametrize(
    ("question", "speaker", "content"),
    [
        ("What is “Wool mills in Britain” about, and who gives it?", "Tom Hardy", "spinning"),
        (
            "Qui présente « Relocaliser la filière lin », et de quoi parle-t-elle ?",
            "Jeanne Dupont",
            "rouissage",
        ),
        ("De quoi parle « Wool mills in Britain » ? Qui la donne ?", "Tom Hardy", "wool mills"),
    ],
)
def test_a_two_part_question_gets_both_parts(
    textiles: Assistant, question: str, speaker: str, content: str
) -> None:
    """Class c: each part answered; the citations of both, numbered once."""
    answer = textiles.ask(question)
    assert speaker in answer.answer and content in answer.answer.lower(), answer.answer
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(f"[{n}]" in answer.answer for n in numbers)
    assert len({c.source_id for c in answer.citations}) == len(numbers)


def test_one_question_is_not_split(textiles: Assistant) -> None:
    from assistant.parts import split_question

    catalog = textiles.catalog()
    for question in ("Qui présente « Relocaliser la filière lin » ?",
                     "Who works on flax and wool?", "Quand et où a lieu l’atelier ?"):  # fmt: skip
        assert split_question(question, catalog, "fr") == [question]


def _cards(answer: str) -> str:
    return " ".join(answer.split())


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        # a. the answer is in a speaker line
        ("Which speaker is from the Université de Lille?", "Jeanne Dupont", "Tom Hardy"),
        ("Quelqu’un vient-il de Leeds University ?", "Tom Hardy", "Jeanne Dupont"),
        ("Who is the engineer among the speakers?", "Jeanne Dupont", "Tom Hardy"),
        ("Lequel des intervenants est ingénieur ?", "Jeanne Dupont", "Tom Hardy"),
        ("Quelle université représente Jeanne Dupont ?", "Université de Lille", "ne contient pas"),
        ("What does Jeanne Dupont do for a living?", "ingénieure textile", "does not contain"),
        # a. the answer is in a title
        ("Y a-t-il une présentation sur les teintures ?", "Teintures végétales", "Hardy"),
        ("Is there a talk about wool?", "Wool mills in Britain", "Dupont"),
        ("I'm into wool mills: which talk should I attend?", "Wool mills in Britain", "Dupont"),
    ],
)
def test_titles_roles_and_affiliations_answer(
    textiles: Assistant, question: str, expected: str, absent: str
) -> None:
    answer = textiles.ask(question)
    assert not answer.refused, answer.answer
    assert expected in _cards(answer.answer)
    assert absent not in answer.answer
    assert answer.citations


def test_a_role_nobody_holds_is_not_given_to_someone(textiles: Assistant) -> None:
    answer = textiles.ask("Which of the speakers is a linguist?")
    assert not any(n in answer.answer for n in ("Jeanne Dupont", "Tom Hardy", "Ana Lopes"))


@pytest.mark.parametrize(
    "question",
    ["Quelles interventions n’ont pas de résumé ?", "Which talks are missing an abstract?"],
)
def test_talks_without_abstract_are_listed(textiles: Assistant, question: str) -> None:
    answer = textiles.ask(question)
    assert "Teintures végétales" in answer.answer
    assert "Wool mills" not in answer.answer
    assert answer.citations[0].source_id == "talk:teinture"


@pytest.mark.parametrize(
    "question",
    ["Dans quel ordre passent les interventions de « Filières locales » ?",
     "What is the running order of Filières locales?"],
)  # fmt: skip
def test_order_follows_the_programme(textiles: Assistant, question: str) -> None:
    answer = textiles.ask(question)
    text = answer.answer
    assert text.index("Relocaliser la filière lin") < text.index("Wool mills in Britain")
    assert "Teintures" not in text  # another session
    assert "14:30" in text


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("Combien y a-t-il d’interventions au programme ?", ("3 interventions", "3 intervenant")),
        ("How many speakers are there in Filières locales?", ("2 talks", "2 speakers")),
    ],
)
def test_counts_come_from_the_records(
    textiles: Assistant, question: str, figures: tuple[str, ...]
) -> None:
    answer = textiles.ask(question)
    assert all(f in answer.answer for f in figures), answer.answer


def test_a_count_of_the_audience_is_not_a_count_of_speakers(textiles: Assistant) -> None:
    answer = textiles.ask("How many people attended the linen talk?")
    assert "3 talks" not in answer.answer and "speakers" not in answer.answer.split("[")[0]


@pytest.mark.parametrize(
    ("question", "expected", "refused"),
    [
        ("Dans quelle salle a lieu « Relocaliser la filière lin » ?", "Amphi Pasteur", False),
        ("Which room is Relocaliser la filière lin in?", "Amphi Pasteur", False),
        ("Où se tient « Teintures végétales » ?", "n’indique pas de salle", True),
    ],
)
def test_rooms_come_from_the_records(
    textiles: Assistant, question: str, expected: str, refused: bool
) -> None:
    answer = textiles.ask(question)
    assert expected in answer.answer
    assert answer.refused is refused
    assert answer.citations  # a missing room is said of the cited record


def test_where_someone_works_is_not_a_room(textiles: Assistant) -> None:
    answer = textiles.ask("Where does Jeanne Dupont work?")
    assert "Université de Lille" in answer.answer
    assert "room" not in answer.answer


@pytest.mark.parametrize(
    ("question", "speaker", "source"),
    [
        ("Quel intervenant cite la Normandie ?", "Jeanne Dupont", "abstract:lin"),
        ("Who mentions «fleeces»?", "Tom Hardy", "abstract:wool"),
    ],
)
def test_who_mentions_a_word_names_the_speaker_and_quotes(
    textiles: Assistant, question: str, speaker: str, source: str
) -> None:
    answer = textiles.ask(question)
    assert speaker in answer.answer
    assert answer.citations[0].source_id == source


# Classes found in the frozen test set's failures, described by someone else without its
# wording (docs/eval.md); these cases are written from the class, on the invented programme.


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("Qui prend la parole juste avant Tom Hardy ?", "Relocaliser la filière lin", "Teintures"),
        ("What comes after Jeanne Dupont's talk?", "Wool mills in Britain", "Teintures"),
        ("Who speaks first?", "Relocaliser la filière lin", "Wool mills"),
    ],
)
def test_relative_order_comes_from_the_programme_order(
    textiles: Assistant, question: str, expected: str, absent: str
) -> None:
    answer = textiles.ask(question)
    assert expected in answer.answer and absent not in answer.answer.split("\n", 2)[-1]


def test_a_title_word_is_not_an_order_word(textiles: Assistant) -> None:
    """'before' inside a quoted title does not make a question about order."""
    answer = textiles.ask("When is «Wool mills in Britain»?")
    assert "Before" not in answer.answer and "Avant" not in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Tom Hardy, il dépend de quelle structure ?", "Leeds University"),
        ("Which outfit does Jeanne Dupont belong to?", "Université de Lille"),
        ("Ana Lopes, elle est chez qui ?", "ne donne pas d’affiliation pour Ana Lopes"),
    ],
)
def test_affiliation_asked_in_other_words(
    textiles: Assistant, question: str, expected: str
) -> None:
    assert expected in textiles.ask(question).answer


def test_a_second_part_opening_with_an_elision_is_answered(textiles: Assistant) -> None:
    answer = textiles.ask("Sur quoi porte l’exposé de Tom Hardy et qu’est-ce qu’il fait ?")
    assert answer.route == "two-part"
    assert "Small wool mills" in answer.answer or "Shepherds" in answer.answer
    assert "Leeds University" in answer.answer


def test_an_acronym_the_programme_never_expands_is_refused(textiles: Assistant) -> None:
    answer = textiles.ask("What does CTTN stand for?")
    assert answer.refused
    assert "does not say what CTTN stands for" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Quelle intervention dit que les filatures ont quitté la France ?",
        "In which talk is it said that shepherds sell their fleeces to the mills?",
    ],
)
def test_which_talk_says_finds_the_sentence(textiles: Assistant, question: str) -> None:
    answer = textiles.ask(question)
    assert answer.citations[0].source_id in {"abstract:lin", "abstract:wool"}
    speaker = "Jeanne Dupont" if "filatures" in question else "Tom Hardy"
    assert speaker in answer.answer


def test_which_talk_says_something_nobody_says_is_not_pinned_on_a_talk(
    textiles: Assistant,
) -> None:
    answer = textiles.ask("Which talk says that quantum computers will replace looms by 2030?")
    assert answer.route != "record"


NAMESAKES = {
    "sessions": [
        {
            "title": "Ateliers",
            "talks": [
                {"title": "Tisser le chanvre", "abstract": "Le chanvre se tisse à Lyon. Il a fallu "
                 "reconstruire des métiers à tisser anciens avec des pièces imprimées.",
                 "speakers": [{"name": "Marie Durand", "affiliation": "Atelier Soie"}]},
                {"title": "Filer la laine", "abstract": "La laine se file dans le Tarn. Filer la "
                 "laine à la main demande des rouets anciens et de la patience.",
                 "speakers": [{"name": "Paul Durand", "affiliation": "Filature du Tarn",
                               "bio": "Paul Durand teint aussi la laine au pastel."}]},
                {"title": "Teindre au pastel", "abstract": "Le pastel donne un bleu durable.\n"
                 "Au programme :\n- Isatis\n- cuves",
                 "speakers": [{"name": "Lou Bernard"}]},
                {"title": "Quand le lin revient", "abstract": "Les coopératives relancent le "
                 "teillage dans les Hauts-de-France.", "speakers": [{"name": "Zoé Martin"}]},
            ],
        }
    ]
}  # fmt: skip


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory: pytest.TempPathFactory, embed_model) -> Assistant:
    return assistant_over(NAMESAKES, tmp_path_factory.mktemp("namesakes"), embed_model)


@pytest.mark.parametrize(
    ("question", "named", "other"),
    [
        ("Qui est Marie Durand ?", "Marie Durand", "Paul Durand"),
        ("Where does Paul Durand work?", "Filature du Tarn", "Atelier Soie"),
        ("What is Marie Durand's affiliation?", "Atelier Soie", "Filature du Tarn"),
    ],
)
def test_a_full_name_names_one_speaker_not_every_namesake(
    namesakes: Assistant, question: str, named: str, other: str
) -> None:
    # Two speakers share a surname: the longer name in the question wins over the surname alone.
    answer = namesakes.ask(question)
    assert named in answer.answer and other not in answer.answer
    # one card (and that speaker's talk), not both namesakes'
    assert len([c for c in answer.citations if c.kind == "bio"]) == 1, answer.answer


def test_a_surname_alone_still_names_both_namesakes(namesakes: Assistant) -> None:
    answer = namesakes.ask("Qui sont les Durand ?")
    assert "Marie Durand" in answer.answer and "Paul Durand" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["Which talks are about dyeing?", "Quelles présentations sont sur la teinture ?",
     "Which presentations are about the colour blue?"],
)  # fmt: skip
def test_talks_on_a_topic_are_not_the_whole_programme(namesakes: Assistant, question: str) -> None:
    # No title holds the topic's word: the texts answer (or the gate refuses: "dyeing" against
    # French text is the known cross-lingual gap, docs/eval.md), never a list of every talk.
    answer = namesakes.ask(question)
    assert "Tisser le chanvre" not in answer.answer and "Filer la laine" not in answer.answer
    if "dyeing" not in question:
        assert "pastel" in answer.answer.lower()


@pytest.mark.parametrize(
    "question",
    ["De quoi parle « Quand le lin revient » et qui la présente ?",
     "Who gives “Quand le lin revient” and what is it about?",
     "Qui présente « Quand le lin revient », et de quoi ça parle ?"],
)  # fmt: skip
def test_a_frame_word_inside_a_title_is_not_asked(namesakes: Assistant, question: str) -> None:
    # "Quand" (when) belongs to the quoted title: the question asks what and who, not when.
    answer = namesakes.ask(question)
    assert "coopératives" in answer.answer and "Zoé Martin" in answer.answer
    assert "horaire" not in answer.answer and " time " not in answer.answer


@pytest.mark.parametrize("question", ["Who mentions Isatis?", "Quel intervenant cite « Isatis » ?"])
def test_a_term_only_in_a_short_list_item_is_found(namesakes: Assistant, question: str) -> None:
    # "- Isatis" is too short to quote as a sentence, but it is where the term is mentioned.
    answer = namesakes.ask(question)
    assert "Lou Bernard" in answer.answer and "Isatis" in answer.answer
    assert answer.citations[0].source_id.startswith("abstract:")


@pytest.mark.parametrize(
    "question", ["Is there a talk about pastel?", "Y a-t-il une présentation sur le pastel ?"]
)
def test_a_word_of_a_title_and_of_a_sentence_answers_with_the_title(
    namesakes: Assistant, question: str
) -> None:
    # "pastel" is in a title and in Paul Durand's bio sentence: the talk is what is asked.
    answer = namesakes.ask(question)
    assert "Teindre au pastel" in answer.answer and "Lou Bernard" in answer.answer
    assert "Paul Durand" not in answer.answer


@pytest.mark.parametrize(
    "question",
    ["Quel atelier s’adresse à ceux qui teignent au pastel ?",
     "Which talk says that it s'adresse aux teinturiers du pastel?"],
)  # fmt: skip
def test_s_adresse_is_a_verb_not_a_postal_address(namesakes: Assistant, question: str) -> None:
    # "s'adresse à" (is meant for) must not be read as a request for an address and refused.
    answer = namesakes.ask(question)
    assert answer.route != "attribute"
    assert "Teindre au pastel" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["Quelle intervention dit qu’il a fallu reconstruire des métiers anciens avec des pièces "
     "imprimées ?",
     "Dans quel exposé affirme-t-on qu'on a reconstruit des métiers à tisser anciens ?"],
)  # fmt: skip
def test_which_talk_says_with_an_elided_que(namesakes: Assistant, question: str) -> None:
    # "dit qu'il", "affirme qu'on": the elided "que" still asks where a sentence is said.
    answer = namesakes.ask(question)
    assert "Marie Durand" in answer.answer and "Tisser le chanvre" in answer.answer
    assert answer.citations[0].source_id.startswith("abstract:")


@pytest.mark.parametrize(
    "question",
    ["Quelle intervention dit qu’il faut filer la laine ?", "Qui affirme qu'on file la laine ?",
     "Quel exposé explique qu’elle se file dans le Tarn ?", "Où est-il écrit qu'on file ?"],
)  # fmt: skip
def test_an_elided_que_still_asks_where_something_is_said(
    namesakes: Assistant, question: str
) -> None:
    assert plan(question, index_of(namesakes.catalog())).asked("says")


@pytest.mark.parametrize(
    "question",
    ["Quelle intervention dit que filer la laine à la main demande des rouets anciens ?",
     "Which talk says that filer la laine à la main demande de la patience?",
     "Qui mentionne « filer la laine à la main » ?"],
)  # fmt: skip
def test_a_quoted_sentence_or_term_sharing_its_titles_words_is_quoted_from_the_abstract(
    namesakes: Assistant, question: str
) -> None:
    # The sentence begins with the title «Filer la laine», so the question names that talk; it
    # still asks where it is said: the abstract's sentence is quoted and cited, not the talk line.
    answer = namesakes.ask(question)
    assert "Paul Durand" in answer.answer and "rouets anciens" in answer.answer
    assert "abstract:" in answer.citations[0].source_id


@pytest.mark.parametrize(
    ("question", "speaker"),
    [("Which speaker talks about pastel?", "Paul Durand"),
     ("Is there a talk about pastel?", "Lou Bernard")],
)  # fmt: skip
def test_a_speaker_who_talks_about_x_is_not_a_talk_about_x(
    namesakes: Assistant, question: str, speaker: str
) -> None:
    # "pastel" is in Lou Bernard's title and in Paul Durand's bio: asking for a speaker who talks
    # about it is a "who mentions"; asking for a talk about it is a topic.
    answer = namesakes.ask(question)
    assert speaker in answer.answer


# Classes read from the first blind set's failures, described without its questions (docs/eval.md):
# the session asked by its number or as "the session", and how many people give a talk.
@pytest.mark.parametrize(
    ("question", "title", "session"),
    [
        ("hey what's session 2 called?", "Energy cooperatives", "session:s2"),
        ("Quel est le titre de la séance 1 ?", "Ateliers de réparation", "session:s1"),
        ("name of session no. 1 please", "Ateliers de réparation", "session:s1"),
    ],
)
def test_a_session_asked_by_its_number_is_answered_with_its_title(
    numbered: Assistant, question: str, title: str, session: str
) -> None:
    answer = numbered.ask(question)
    assert title in answer.answer and not answer.refused
    assert [c.source_id for c in answer.citations] == [session]


@pytest.mark.parametrize(
    ("question", "begins"),
    [
        ("c'est quoi le thème de la session 1 en gros ?", "Cette session réunit des ateliers"),
        ("What is session 2 about?", "This session looks at citizen-owned wind farms"),
    ],
)
def test_what_a_session_is_about_quotes_its_description(
    numbered: Assistant, question: str, begins: str
) -> None:
    answer = numbered.ask(question)
    assert begins in answer.answer and not answer.refused
    assert all(c.source_id.startswith("session:") for c in answer.citations)


def test_a_session_that_does_not_exist_is_said_so(numbered: Assistant) -> None:
    answer = numbered.ask("What's the title of session 7?")
    assert answer.refused and "session 7" in answer.answer
    assert "Energy cooperatives" in answer.answer  # what the programme has instead


def test_a_question_within_a_session_is_not_its_title(numbered: Assistant) -> None:
    answer = numbered.ask("What does session 1 say about sewing machines and the economy?")
    assert "s’intitule" not in answer.answer and "is titled" not in answer.answer


@pytest.mark.parametrize(
    ("question", "talks", "not_talks"),
    [
        ("Which talk is given by two people?", ["Machines à coudre"], ["Wind farms", "vélos"]),
        ("quelles interventions sont co-présentées ?", ["Machines à coudre", "Wind farms"],
         ["vélos"]),
        ("which talks have a single speaker?", ["Réparer les vélos"], ["Machines", "Wind"]),
        ("Y a-t-il une intervention à trois intervenants ?", ["Wind farms"], ["Machines", "vélos"]),
    ],
)  # fmt: skip
def test_talks_are_chosen_by_how_many_people_give_them(
    numbered: Assistant, question: str, talks: list[str], not_talks: list[str]
) -> None:
    answer = numbered.ask(question)
    assert all(t in answer.answer for t in talks), answer.answer
    assert not any(t in answer.answer for t in not_talks), answer.answer
    assert len(answer.citations) == len(talks)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("combien de personnes présentent « Wind farms owned by villages » ?", "3"),
        ("How many speakers does «Réparer les vélos du quartier» have?", "one speaker"),
    ],
)
def test_how_many_people_give_a_named_talk(numbered: Assistant, question: str, number: str) -> None:
    answer = numbered.ask(question)
    assert number in answer.answer and answer.route == "record", answer.answer


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("How many speakers are in session 2?", "3 speakers"),
        ("Liste les intervenants de la session 2", "Ada Klein"),
        ("Who presents the 3 talks?", ""),
    ],
)
def test_a_number_that_counts_no_people_is_not_a_team_size(
    numbered: Assistant, question: str, wanted: str
) -> None:
    """ "session 2" or "the 3 talks" holds a number, said of something else than people."""
    answer = numbered.ask(question).answer
    assert wanted in answer, answer
    assert not any(w in answer for w in ("Talks given by", "No talk", "Interventions présentées"))


def test_no_talk_of_that_size_is_said_so(numbered: Assistant) -> None:
    answer = numbered.ask("Is any talk given by five speakers?")
    assert "No talk" in answer.answer and "3 talks" in answer.answer


def test_a_quoted_title_does_not_set_the_answer_language() -> None:
    assert language("How many speakers does «Réparer les vélos du quartier» have?") == "en"
    assert language("C’est quand « Wind farms owned by villages » ?") == "fr"
    assert language("« Réparer les vélos du quartier »") == "fr"  # nothing else tells


# A kind of fact the texts never hold is refused, not answered with whatever sentence is nearest
# (class read from the first blind set: unanswerable questions made of the programme's words).
@pytest.mark.parametrize(
    "question",
    [
        "How many wind farms do the villages own?",
        "combien de villages financent des éoliennes ?",
        "In what year were the village wind farms built?",
        "En quelle année les éoliennes des villages ont-elles été construites ?",
        "Qui modère la session 1 ?",
        "Who is the moderator of the energy session?",
        "Combien y a-t-il d’éoliennes citoyennes en Europe ?",
    ],
)
def test_a_number_year_or_event_role_the_texts_lack_is_refused(
    numbered: Assistant, question: str
) -> None:
    answer = numbered.ask(question)
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Combien de vélos l’atelier associatif répare-t-il par an ?", "deux cents"),
        ("In what year did the sewing workshop open?", "2019"),
    ],
)
def test_a_number_or_year_the_texts_hold_is_quoted(
    numbered: Assistant, question: str, fact: str
) -> None:
    answer = numbered.ask(question)
    assert not answer.refused and fact in answer.answer, answer.answer


def test_an_event_role_shown_in_a_text_is_not_refused() -> None:
    asked = "Qui modère la session ?"
    assert missing_attribute(asked, "Modération : Zoé Blanc (Université de Lyon)") is None
    assert missing_attribute(asked, "Cette session réunit des ateliers.") == "event-role"
    assert missing_attribute("De quoi parle « Comment j’organise ma veille » ?", "") is None


# A named person's view comes from that person's own texts (class g, read from the first blind
# set: a session description's words credited to a speaker).
def test_a_view_nobody_wrote_for_that_speaker_is_refused(numbered: Assistant) -> None:
    answer = numbered.ask("What does Paul Martin think about sewing machines?")
    assert answer.refused and "Paul Martin" in answer.answer
    assert "pièces imprimées" not in answer.answer  # Lina Roche's and Marc Petit's abstract


def test_a_view_in_the_speakers_own_abstract_is_quoted(numbered: Assistant) -> None:
    answer = numbered.ask("What does Lina Roche say about old sewing machines?")
    assert not answer.refused and answer.citations[0].source_id == "abstract:coudre"


def test_a_refusal_about_a_speaker_says_their_abstract_is_missing(numbered: Assistant) -> None:
    answer = numbered.ask("Qu’est-ce que Ada Klein pense des banques ?")
    assert answer.refused
    assert "n’a pas été fourni" in answer.answer and "Wind farms owned by villages" in answer.answer
