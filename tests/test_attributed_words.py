"""What a named speaker says of something only their own sentences write (dev q162: "What does
Olivier Landau say Chippendale did …?"), on the invented textiles programme: the word makes the
question theirs, so neither the gate nor the "someone else's text" check refuses it for the
rest of its words. Their opinion ("does X think …?") and words nobody's text, or only someone
else's, writes are refused as before; a speaker named by name is the one whose words are asked,
not one the question names by an affiliation."""

from __future__ import annotations

import pytest
from programmes import cited

from assistant.answer import Assistant
from assistant.lexicon import tokens
from assistant.planner import index_of


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Selon Jeanne Dupont, qu'est-ce qui se passe du côté du pays de Caux, concrètement ?",
         "pays de Caux"),
        ("What does Jeanne Dupont say the teillage outfits are doing differently now?",
         "coopératives de teillage"),
        ("D'après Jeanne Dupont, le teillage, ça change quoi pour les gens du coin ?",
         "coopératives de teillage"),
        ("What does Dupont say Caux shows us?", "pays de Caux"),
    ],
)  # fmt: skip
def test_a_word_only_their_text_writes_makes_it_theirs(
    textiles7: Assistant, question: str, quoted: str
) -> None:
    answer = textiles7.ask(question)
    assert not answer.refused and quoted in answer.answer, answer.answer
    assert cited(answer) == ["abstract:lin"]


@pytest.mark.parametrize(
    "question",
    [
        "What does Jeanne Dupont say about 3D knitting?",
        "What does Marc Olivier say about teillage?",
        "What does Sophie Renard say about the pays de Caux?",
        "Does Jeanne Dupont believe the Caux model will spread to other regions?",
        "Does Jeanne Dupont think 3D knitting will replace the mills?",
        # a place nobody writes: her « teillage » does not make it hers (a review's finding)
        "Selon Jeanne Dupont, que faisait la coopérative de teillage au Japon ?",
        # the FabLab de Rennes is Marc Olivier's: named, it must not make her text the answer
        "Que dit Jeanne Dupont du FabLab de Rennes ?",
        "What does Jeanne Dupont say about the FabLab de Rennes?",
    ],
)
def test_other_words_and_opinions_are_still_refused(textiles7: Assistant, question: str) -> None:
    answer = textiles7.ask(question)
    assert answer.refused and "abstract:lin" not in cited(answer), answer.answer


def test_words_written_only_by_own_sentences(textiles7: Assistant) -> None:
    catalog = textiles7.catalog()
    index = index_of(catalog)
    own = {"abstract:lin", "talk:lin", "bio:jeanne-dupont"}
    # « teillage », « caux » only in her abstract; « lille » only in her record line (no
    # sentence); « ateliers » in another talk's title and the session's text; « rennes » is
    # someone else's affiliation.
    stems = set(tokens("teillage Caux Lille ateliers Rennes"))
    assert all(index.holders(stem) for stem in stems)
    assert index.written_only_by(stems, own) == set(tokens("teillage Caux"))


def test_a_word_another_entry_writes_in_another_form_is_still_theirs(extractive: Assistant) -> None:
    """« industrie » is in the titles only; Landau's abstract writes « industrielle »: his."""
    answer = extractive.ask("Que dit Landau de l'industrie ?")
    assert not answer.refused and "abstract:s3-l-usine-distribuee" in cited(answer), answer.answer
