"""The classes of the twenty-second blind set's failures, described by a reader who saw them and
written here on the TEXTILES fixture (and the seminar) in other words; no blind22 question is
here. E: a reply that gives only what is near the fact asked (a talk's session slot) beside a
refused part answers nothing, and is a refusal; which particular things a title-only talk will
show is asked of a text it does not have; a talk named by its place is asked its time; the break
is a practical matter. F: a speaker's organisation or job said, then checked by a tag
(« …, non ? », "right?"), is checked on the cards, saying whose it is when it is someone else's;
where a degree was earned, checked by name, is not in them. G: "towards / at the end of her
abstract" places the answer in the text's last sentences."""

from __future__ import annotations

import pytest
from programmes import cards, cited

from assistant.answer import Assistant
from assistant.catalog import Source
from assistant.intents import checked_by_tag, intent
from assistant.parts import joined, split_question
from assistant.planner import asks_personal_place
from assistant.policy import asks_specifics, unrecorded_missing
from assistant.positions import asked_position
from assistant.types import Draft

# --- E: a refusal in substance is a refusal ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "When exactly is Jeanne Dupont on, and how many minutes does each speaker get?",
        "Marc Olivier passe à quelle heure, et combien de temps dure chaque intervention ?",
        "Jeanne Dupont, elle commence quand, et chaque exposé dure combien ?",
        "Which particular regional aid for relocation will Renard and Martin rank first?",
        "Which regional relocation aid schemes exactly will Sophie Renard and Paul Martin set "
        "side by side, and how much money do they get?",
        "Which rural shared workshops precisely will Marc Olivier showcase?",
        "Le deuxième exposé commence à quelle heure exactement, et la pause est à quelle heure ?",
        "When is the coffee break?",
        "La pause, c'est à quelle heure ?",
    ],
)
def test_e_nothing_asked_is_given(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused, answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # asked alone, a talk's slot is its answer (the gold sets' convention)
        ("À quelle heure passe Jeanne Dupont ?", "09:30"),
        ("What is the talk on regional aid about?", "only its title"),
        ("What exactly is Marc Olivier's talk about?", "only its title"),
        ("What is the focus of Marc Olivier's talk?", "only its title"),
        # a part that is answered makes the whole an answer
        ("When does Jeanne Dupont present, and in what order do the talks come?", "2."),
        ("Quand passe Marc Olivier, et de quoi parle Jeanne Dupont ?", "teillage"),
        # its place named, its time asked: the slot, not the talk's card
        ("When does the second talk start?", "no separate time"),
        ("À quelle heure commence la troisième intervention ?", "pas d’horaire propre"),
        ("What does the break with mass production mean for the linen sector?", "«"),
        # a talk by its place, then "it": the talk found, its time and the next part
        ("When is the first talk, and what is it about?", "laboratoire"),
        ("Quand a lieu le deuxième exposé, et qui le donne ?", "Marc Olivier"),
        ("Who gives the second talk and when?", "Marc Olivier"),
        # which one of the programme's own things is a record's to say
        ("Which specific speaker talks about linen?", "Jeanne Dupont"),
        ("Which particular talk is about linen?", "Jeanne Dupont"),
    ],
)
def test_e_what_is_answered_stays_answered(
    textiles7: Assistant, question: str, expected: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and expected in answer.answer, answer.answer


def _draft(refused: bool = False, hedged: bool = False, text: str = "x") -> Draft:
    source = Source("session:s7", "session", "text", {})
    return Draft(f"{text} [1]", [source], "record", refused=refused, hedged=hedged)


@pytest.mark.parametrize(
    ("first", "second", "refused", "hedged"),
    [
        ((False, True), (True, False), True, False),  # slot + refusal: nothing answered
        ((True, False), (False, True), True, False),
        ((False, True), (False, True), False, True),  # two slots: each alone an answer
        ((False, True), (False, False), False, False),  # slot + an answer: an answer
        ((True, False), (False, False), False, False),  # a refusal + an answer: partial
        ((True, False), (True, False), True, False),
    ],
)
def test_e_joined_parts_answer_what_either_does(
    first: tuple[bool, bool], second: tuple[bool, bool], refused: bool, hedged: bool
) -> None:
    both = joined(_draft(*first, text="a"), _draft(*second, text="b"))
    assert (both.refused, both.hedged) == (refused, hedged)
    # a third part joins the same way: two hedges and a refusal answer nothing
    assert joined(both, _draft(refused=True, text="c")).refused is (refused or hedged)


@pytest.mark.parametrize(
    ("question", "specifics"),
    [
        ("Which particular aid will they rank first?", True),
        ("Which wood sector players exactly will she network?", True),
        ("Which short circuit products will she showcase?", True),
        ("What is the focus of the talk?", False),
        ("What exactly is the talk about?", False),
        ("What is it about exactly?", False),
        ("Which specific speaker talks about design?", False),
        ("At what precise time is she on?", False),
        ("What are the topics exactly of her talk?", False),
        ("Which regional relocation aid schemes exactly will they compare?", True),
        ("Which of the talks is on linen?", False),
        ("What are the three talks?", False),
    ],
)
def test_e_which_ones_of_a_kind(question: str, specifics: bool) -> None:
    assert asks_specifics(question) is specifics


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("La pause est à quelle heure ?", "practical"),
        ("Is there a break between the talks?", "practical"),
        ("What does the break with mass production mean?", None),
        ("Landau parle-t-il d'une pause dans l'industrialisation ?", None),
        ("Was the closure of the mills a break for the region?", None),
        ("Is there a break in the logic of action according to Filippi?", None),
        ("La fermeture des filatures est-elle une pause ?", None),
        ("Y a-t-il une pause pendant la séance ?", "practical"),
    ],
)
def test_e_the_break_is_a_practical_matter(question: str, kind: str | None) -> None:
    assert unrecorded_missing(question, "") == kind


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Marc Olivier passe à quelle heure, et chaque intervention dure combien ?", 2),
        ("When is Jeanne Dupont on, and the break is when?", 2),
        ("Quand passe Jeanne Dupont, et la session dure combien de temps ?", 2),
        # the first part asks nothing, or the subject is not the programme's
        ("J'arrive à 9h, et la session finit quand ?", 1),
        ("Who is Jeanne Dupont, and the CNRS is where?", 1),
        # a comma-less « et » joins nouns; a subject with no asking word last is not a part
        ("Qui parle du lin et la filière dure combien ?", 1),
        ("Who speaks on linen, and the sector in general?", 1),
    ],
)
def test_e_a_subject_then_its_asking_word_is_a_second_part(
    textiles7: Assistant, question: str, parts: int
) -> None:
    found = split_question(question, textiles7.catalog(), "fr")
    assert len(found) == parts, found


# --- F: a statement checked by a tag ------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "first", "also"),
    [
        ("Jeanne Dupont, elle est du CNRS, non ?", "bio:jeanne-dupont", "bio:paul-martin"),
        ("Paul Martin il bosse à la Région Bretagne non ?", "bio:paul-martin",
         "bio:sophie-renard"),
        ("Jeanne Dupont is a designer, right?", "bio:jeanne-dupont", "bio:marc-olivier"),
        ("Is Jeanne Dupont a designer?", "bio:jeanne-dupont", "bio:marc-olivier"),
        ("Marc Olivier il vient du FabLab de Rennes non ?", "bio:marc-olivier", None),
        ("Paul Martin est géographe, non ?", "bio:paul-martin", None),
        ("Sophie Renard, elle est à la Région Bretagne, c'est bien ça ?", "bio:sophie-renard",
         None),
        ("Paul Martin's with the CNRS, isn't he?", "bio:paul-martin", None),
    ],
)  # fmt: skip
def test_f_a_tagged_statement_is_checked_on_the_cards(
    textiles7: Assistant, question: str, first: str, also: str | None
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer)[0] == first, answer.answer
    assert also is None or also in cited(answer), answer.answer
    assert not any(c.startswith("abstract:") for c in cited(answer)), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Jeanne Dupont a fait sa thèse au CNRS, non ?",
        "Jeanne Dupont a-t-elle fait sa thèse au CNRS ?",
        "Did Paul Martin get his PhD at Lille?",
    ],
)
def test_f_where_a_degree_was_earned_checked_by_name(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and not any(c.startswith("abstract:") for c in cited(answer))


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Did she get her PhD at Lille?", True),
        ("Elle a fait sa thèse à l'INRAE ?", True),
        ("Was he trained at the CNRS?", True),
        ("Is his doctorate in geography?", False),  # his card's field, not a place
        ("Paul Martin a-t-il un doctorat en géographie ?", False),
        ("Étudie-t-il l'histoire ou l'avenir ?", False),
        # the asker's own degree
        ("I did my master's in Bordeaux. Is any speaker tied to a school there?", False),
        ("J'ai fait ma thèse à Lille, quelqu'un de là-bas ?", False),
        # a field, capitalised, and a place in someone else's story
        ("Did Paul Martin get his doctorate in Geography?", False),
        ("Do the farmers who live in Caux take back control, according to Dupont?", False),
    ],
)
def test_f_a_place_of_study_named(question: str, place: bool) -> None:
    assert asks_personal_place(question) is place


@pytest.mark.parametrize(
    ("question", "checked"),
    [
        ("Jeanne Dupont, elle est du CNRS, non ?", True),
        ("Jeanne Dupont is a designer, right?", True),
        ("Paul Martin est géographe, non ?", True),
        ("Marc Olivier il vient du FabLab de Rennes non ?", True),
        # what they say or think, when or where they speak: no card checks it
        ("Jeanne Dupont parle du pays de Caux, non ?", False),
        ("Jeanne Dupont is talking about flax, right?", False),
        ("Jeanne Dupont est d'accord avec Paul Martin, non ?", False),
        ("Jeanne Dupont est à 9h30, non ?", False),
        ("Marc Olivier est le dernier, non ?", False),
        ("Paul Martin est plutôt optimiste, non ?", False),
        # a statement with no tag is not checked
        ("Jeanne Dupont is a designer.", False),
    ],
)
def test_f_the_tag_makes_a_check(textiles7: Assistant, question: str, checked: bool) -> None:
    assert checked_by_tag(question, textiles7.catalog()) is checked
    assert intent(question) != "speaker"  # a yes/no question's frame is not there


@pytest.mark.parametrize(
    "question",
    [
        "Jeanne Dupont est d'accord avec Paul Martin, non ?",
        "Jeanne Dupont est à 9h30, non ?",
        "Le lin, c'est une idée de Jeanne Dupont, non ?",
    ],
)
def test_f_other_tagged_statements_are_not_answered_by_cards(
    textiles7: Assistant, question: str
) -> None:
    answer = textiles7.ask(question)
    assert answer.refused or not all(c.startswith("bio:") for c in cited(answer)), answer.answer


def test_f_a_tagged_content_question_keeps_its_abstract(textiles7: Assistant) -> None:
    answer = textiles7.ask("Jeanne Dupont parle du pays de Caux, non ?")
    assert not answer.refused and "abstract:lin" in cited(answer), answer.answer


def test_f_on_the_seminar_a_wrong_guess_is_put_right(extractive: Assistant) -> None:
    answer = extractive.ask("Olivier Landau, il est de l'INRAE, non ?")
    assert cards(answer)[:2] == ["bio:olivier-landau", "bio:maryline-filippi"], answer.answer
    assert "IRI" in answer.answer


# --- G: a place near a text's end, named as a noun ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("Towards the end of Dupont's abstract, what does the linen chain become?", "last"),
        ("By the end of her abstract, what does she say the sector turns into?", "last"),
        ("At the very end of the abstract, what is the chain described as?", "last"),
        ("Near the end of the textile engineer's abstract, what is required?", "last"),
        ("In the end of the IRI speaker's abstract, what is production tied to?", "last"),
        ("At the start of Dupont's abstract, which century is it?", "first"),
        ("Going by the end of Dupont's abstract, what does the chain become?", "last"),
        ("From the beginning of the session description, what is questioned?", "first"),
        ("Vers la fin du résumé de Jeanne Dupont, la filière devient quoi ?", "last"),
        ("Vers le début de son résumé, de quoi parle-t-elle ?", "first"),
        ("What happens at the end of the session?", None),
        ("When does the session end?", None),
        ("Who speaks at the end of the afternoon?", None),
        ("According to Dupont's abstract, what does the linen chain become?", None),
        # the talk's end, not a text's
        ("Towards the end of the presentation, will Marc Olivier take questions?", None),
    ],
)
def test_g_a_place_named_as_a_noun(question: str, where: str | None) -> None:
    assert asked_position(question) == where


@pytest.mark.parametrize(
    ("question", "quoted", "not_quoted"),
    [
        ("Towards the end of Dupont's abstract, what does the linen chain become?",
         ["laboratoire", "nouveaux métiers"], ["coopératives"]),
        ("What does relocating the linen sector demand, towards the end of Jeanne Dupont's "
         "abstract?", ["nouveaux métiers"], ["coopératives"]),
        ("At the very end of Dupont's abstract, what is the linen chain described as?",
         ["laboratoire"], ["nouveaux métiers"]),
        ("By the end of her abstract, what does Jeanne Dupont say the linen sector turns into?",
         ["laboratoire"], ["coopératives"]),
        ("Vers la fin du résumé de Jeanne Dupont, qu'est-ce que la relocalisation suppose ?",
         ["nouveaux métiers", "laboratoire"], ["teillage"]),
        ("At the start of Dupont's abstract, what happened to the northern mills?",
         ["filatures"], ["laboratoire"]),
    ],
)  # fmt: skip
def test_g_the_sentences_there_are_quoted(
    textiles7: Assistant, question: str, quoted: list[str], not_quoted: list[str]
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and cited(answer) == ["abstract:lin"], answer.answer
    assert all(w in answer.answer for w in quoted), answer.answer
    assert not any(w in answer.answer for w in not_quoted), answer.answer


def test_g_the_description_alone_is_the_sessions(textiles7: Assistant) -> None:
    answer = textiles7.ask("At the end of the description, what is asked about artisans?")
    assert cited(answer) == ["session:s7"] and "savoir-faire" in answer.answer, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is the last sentence of Marc Olivier's abstract?",
        "Towards the end of Marc Olivier's abstract, what does he propose?",
    ],
)
def test_g_no_abstract_no_end(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and "abstract:lin" not in cited(answer), answer.answer
