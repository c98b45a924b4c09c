"""`session-assistant ask` and `eval` as users run them (extractive backend, real store)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from test_cli import _offline_prefix

from conftest import BIN, ROOT


def ask(store: Path, *args: str, stdin: str | None = None, prefix: list[str] | None = None):
    return subprocess.run(
        [*(prefix or []), str(BIN / "session-assistant"), "ask", "--store", str(store),
         "--llm", "extractive", *args],
        input=stdin, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


def test_ask_json(seed_store: Path) -> None:
    result = ask(seed_store, "--json", "Qui présente « L’usine distribuée » ?")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answer"] == "« L’usine distribuée » est présentée par Olivier Landau (IRI) [1]."
    assert data["language"] == "fr" and data["refused"] is False and data["backend"] == "extractive"
    assert data["citations"][0]["source_id"] == "talk:s3-l-usine-distribuee"
    assert data["citations"][0]["kind"] == "talk"


def test_stdin_batch_gives_one_json_line_per_question(seed_store: Path) -> None:
    questions = "Who presents L’usine distribuée?\n\nQuelle est la capitale de l’Australie ?\n"
    result = ask(seed_store, "--json", stdin=questions)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["refused"] for d in lines] == [False, True]
    assert [d["language"] for d in lines] == ["en", "fr"]


def test_plain_output_lists_the_cited_sources(seed_store: Path) -> None:
    result = ask(seed_store, "What does RTE stand for?")
    assert result.returncode == 0, result.stderr
    assert "Responsabilité Territoriale des Entreprises" in result.stdout
    assert (
        "[1] talk of «Bifurquer en Responsabilité Territoriale des Entreprises (RTE)»"
        in result.stdout
    )


def test_filters_and_their_errors(seed_store: Path) -> None:
    result = ask(seed_store, "--json", "--talk", "s3-l-usine-distribuee", "territoire")
    assert result.returncode == 0, result.stderr
    assert {c["talk"] for c in json.loads(result.stdout)["citations"]} == {"L’usine distribuée"}
    bad = ask(seed_store, "--talk", "nope", "territoire")
    assert bad.returncode == 2 and bad.stderr.startswith(
        "session-assistant: error: no talk with id 'nope'"
    )
    empty = ask(seed_store, " ")
    assert empty.returncode == 2 and "the question is empty" in empty.stderr
    long = ask(seed_store, "x" * 1200)
    assert long.returncode == 2 and "the limit is 1000" in long.stderr


def test_ask_before_ingest_says_what_to_do(tmp_path: Path) -> None:
    result = ask(tmp_path / "empty", "Qui parle ?")
    assert result.returncode == 1
    assert "run `session-assistant ingest` first" in result.stderr


def test_ask_works_with_no_network(seed_store: Path) -> None:
    prefix = _offline_prefix()
    if prefix is None:
        guard = ROOT / "tests" / "offline_guard.py"
        import sys

        result = subprocess.run(
            [sys.executable, str(guard), "ask", "--store", str(seed_store), "--llm", "extractive",
             "--json", "Who presents L’usine distribuée?"],
            capture_output=True, text=True, timeout=300, cwd=ROOT,
        )  # fmt: skip
    else:
        result = ask(seed_store, "--json", "Who presents L’usine distribuée?", prefix=prefix)
    assert result.returncode == 0, result.stderr
    assert "Olivier Landau" in json.loads(result.stdout)["answer"]


def test_eval_meets_the_extractive_targets(seed_store: Path) -> None:
    result = subprocess.run(
        [str(BIN / "session-assistant"), "eval", "--store", str(seed_store), "--llm", "extractive",
         "--json"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    metrics = report["metrics"]
    assert metrics["questions"] >= 40
    # 16 of the 205 are blind7's classes, 18 blind8's and 18 blind9's, some of them still open
    assert metrics["facts"] >= 0.88 and metrics["citations"] >= 0.92
    # answers nothing it must refuse but the open ones; the answerable questions it misses are
    # those of the classes still open (docs/eval.md), and no other: a new miss is a regression
    answered = {
        i["id"] for i in report["items"] if i["expect"] == "refuse" and i["refusal_ok"] is False
    }
    assert answered <= OPEN_REFUSALS_IN_DEV, sorted(answered - OPEN_REFUSALS_IN_DEV)
    missed = {
        i["id"] for i in report["items"]
        if i["expect"] == "answer" and not (i["facts_ok"] and i["citation_ok"] and i["refusal_ok"])
    }  # fmt: skip
    assert missed <= OPEN_IN_DEV, sorted(missed - OPEN_IN_DEV)
    assert metrics["recall@5"] >= 0.9


# Dev questions of classes still open (docs/eval.md): general words for the text's specific
# nouns, a sentence found by synonyms, money in other words. Answered since: q90 (question words
# counted in translation when sentences are ranked), q126 and q127 (a text's first or last sentence
# asked by its place, assistant/positions.py), q125 (English "where" over French text). From
# blind5's classes: q139 (the answering sentence of a long abstract not among the two quoted),
# q144 (a speaker asked by an example of their abstract, in French words the gate does not
# hold); q145 is answered since. From blind6's: q160 (the actors an abstract lists, asked in
# other words: the listing sentence is not among the two quoted). From blind7's: q166 (a term the
# following sentences explain: quoted, but not the sentence that explains it). Answered since:
# q164, q169, q176 (the sector a talk illustrates its point with: a cognate written otherwise now
# ranks its sentence).
# From blind8's: q179 and q180 (what the session or an abstract says, asked in slang: refused by
# the gate), q187 (the sector an abstract illustrates with, asked with other words than the
# text's: the wrong sentences). Answered since: q186; q162 (what a named speaker says of a word
# only their own sentences write, tests/test_attributed_words.py). From blind9's: q200 (the
# century of a text's historical example: the neighbouring sentence's century is quoted).
# q179 (what the session links, in slang) is answered since blind11's class 3. From blind11's:
# q254 (a loose paraphrase of a speaker's abstract framed as their view, with a guess: refused
# by the gate), q258 and q259 (a question framed by the talk's concept: the right abstract, not
# the sentence that answers). From blind13's: q276, q277 (the answering sentence shares
# only the asked relation with the question, in another inflection or language, and the
# sentences that restate the talk's title are quoted), q281 and q282 (how the abstract begins is
# given as known and what follows is asked: the restated sentence is quoted first); q275 is
# answered since blind19's class D (a verb of listing asks for the enumeration). Answered
# since blind14's classes: q258 (« se recomposer » asked of « se recomposent »: one stem), q187
# (the sentence that gives the example asked for rises within its text). Answered since the
# probes of 2026-12-06: q340 (a case whose sentence says « illustration », quoted second though
# it ranks third, extractive._with_instance), q277 and q281 (the same). From blind15's: q354
# and q356 (what the session's blurb lists, in words of another language or none of its own:
# refused by the gate), q379 ("is there something on short supply chains?": « circuit court »
# in the title, beyond the encoder's reach across languages). From blind16's: q400 (what a talk
# is about, the asker's "after it" no longer read as the next talk, but the abstract's first
# sentences are quoted, not those the gold names), q402 and q405 (who gives the part about a
# subject described in other words: an 18th-century cabinetmaker as "a furniture maker from the
# 1700s" is refused by the gate; production suited to local needs finds the other abstract). From
# the classes blind16's review left open: q435 and q444 (a subject of the session's description
# in English words of their own, "third places … coworking-makerspace type venues", and the
# description called its "blurb": refused by the gate), q438 (the description's « nouvelles
# dépendances » paraphrased in French: a talk's speaker is named), q442 (the description named
# as "the way the session itself is framed" is not seen as named: one text is quoted), q445
# (« ne vont pas dans le même sens » asks how two texts differ in words that are not compared).
# From blind17's classes: q472 (a count of talks of a kind, then who gives them: the count of all
# talks; q473, « accompagnées d'un vrai résumé », is answered since blind27's class 1), q474,
# q476 and q478 (the talk for the asker's own work, told in other words than the talks': refused
# or another talk), q483 (which talks deal with « écologie »: Landau's «
# écologique » is found, Maire's « éco-conception » is not a word the encoder puts near it).
# From blind18's classes: q493, q495, q496 and q497 (a talk or the session asked in other words
# than the programme's — timber networks, a makerspace, public schemes for factories, fine
# furniture — refused by the gate or quoting another talk), q507 (two talks compared on one
# point, and who gives the one that stresses it).
# From blind19's classes: q532–q534 and q537–q539 (A: the talk for the asker's situation told in
# other words, as q474), q558 (everyone on the programme pointed at by a time range, "between
# 4:30 and 7 pm"), q559 (a purpose clause whose « compte » an abstract writes: read as a
# subject), q567 (two inversions asked as a list, written in two sentences), and q574 ("tie
# together" for the description's « faire le lien »: another sentence quoted).
# From blind20's classes: q582, q588 and q589 (A: the asker's situation shares one word with the
# right talk's texts, or none: refused, or the closest talk is another). q478 is answered since
# (the talk of the text that holds the asker's field).
# From blind21's classes: q616 (English "short supply chains" for a title's « circuit court »,
# which the encoder does not translate: refused) and q632 ("what do territories become": the
# sentence that says « deviennent » ranks after one that shares more words). Answered since
# blind23's classes: q122 (the historical figure a speaker takes as his example).
# From blind24's classes: q714 and q716 (two steps of one abstract's argument asked in English:
# the second's sentence, « se recomposent » / « à partir des besoins concrets », is not quoted).
# From blind25's classes: q775, q776 and q777 (an English topic the programme writes only in
# French words that are no cognates, "short supply chains", "factories", "cabinetmaker": refused
# or answered from the session's text), q781, q784 and q785 (how two texts differ: each one's
# opening and its sentence closest to the whole text are quoted since blind26's work, which
# answers q782 and q783; Landau's core sentence is not the one on digital networks, and q785
# names the description as « le texte de présentation de la session »: refused by the gate).
# From blind26's classes: q794 and its control q799 ("which historical craftsman": the encoder
# does not put it near « ébéniste »), q801 and q803 (an English topic, "local government",
# "consumer habits", asked of an abstract that writes it in French: refused by the gate), q804
# and q805 (whether an abstract mentions a topic: a refusal, or the abstract quoted, but never
# "it does not mention it" / "yes"), q809 and q810 (the talk for the asker's field told in other
# words, « historien du mobilier », "public funding for manufacturing sites", and "pres").
# From blind28's classes: q898 (two texts asked of one by one, "does A mention X, and does B
# mention it too?", where X is written in French words the encoder does not put near "creativity":
# refused by the gate), q899 (a talk's title and the session's description asked together: the
# records answer the title first, with the speaker's card, and the description is not quoted).
# From blind29's classes: q934 and q936 (a detail asked of a speaker's own abstract in English
# words its French sentence does not share, word by word: refused as not theirs, or another
# sentence quoted), q940 (a subject in English whose French is a set phrase of a title only,
# "short supply chains" for « circuit court »: refused by the gate), q950, q951, q954 and q956 (a
# yes / no check of what a named text says: the right sentence quoted, but no "yes", as a word of
# the check is not written in it nor translated within 0.7 — "mass", "take up", "CSR", "habits";
# q952, q953 and q955 say "yes" since text_checks).
# From blind30's classes: q971–q976 (an abstract named by its subject in other words, asked
# whether it ties two things: the session's text or another talk's sentence quoted, no "yes"),
# q979 (the « secteur » a talk named by its subject puts forward: its abstract is read since
# read_in, but « systèmes agricoles » is not the sentence quoted), q988 and q991 (the answer in
# the sentence next to the one that restates the question's setup); from blind31's: q1013 (who
# drives CSR, for a named speaker, asked in English: « Responsabilité Sociale » is not read as
# "CSR"); from blind32's: q1060 (a name asked of an English paraphrase of a French sentence,
# "whose approach X says digital networks are bringing back": not X's own by its words), q1101
# and q1102 ("which ones exactly?" of kinds of territories and of "things" a dynamic changes:
# refused by the gate, or the kind named too generally to find in the text).
OPEN_IN_DEV = {
    "q112", "q113", "q114", "q131", "q135", "q139", "q144", "q160", "q166",
    "q180", "q200", "q254", "q259", "q276", "q282", "q354", "q356", "q379",
    "q400", "q402", "q405", "q435", "q438", "q442", "q444", "q445", "q472",
    "q474", "q476", "q483", "q493", "q495", "q496", "q497", "q507",
    "q532", "q533", "q534", "q537", "q538", "q539", "q558", "q559", "q567", "q574",
    "q582", "q588", "q589", "q616", "q632", "q714", "q716", "q775", "q776", "q777",
    "q781", "q784", "q785", "q794", "q799", "q801", "q803", "q804", "q805", "q809", "q810",
    "q898", "q899", "q934", "q936", "q940", "q950", "q951", "q954", "q956",
    "q971", "q972", "q973", "q974", "q975", "q976", "q979", "q988", "q991", "q1013",
    "q1060", "q1101", "q1102",
}  # fmt: skip
# Unanswerable dev questions still answered: q210 (a speaker's judgement on another talk's term
# asked in English, "short supply chains" for « circuit court »: her own sentences are quoted); from
# blind11's classes: q252 (what a speaker teaches: her talk's missing abstract is said), q265 (named
# workshops asked in a two-part question: each part quotes), q266 (concrete examples asked: the
# nearest sentences are quoted); from blind14's: q346 (a present-day company asked as the example of
# a speaker whose text gives an 18th-century one: since 2026-12-06 that 18th-century sentence is
# quoted, no longer his card); from blind20's: q602 (one company asked of a speaker whose talk has
# no abstract: her talk's record answers, which names none); from blind24's: q739 (which pieces of
# furniture a speaker analyses, when his abstract names none: the sentence naming the cabinet-maker
# is quoted); from blind25's: q757 and q758 (two-part questions on things the programme only names —
# the first factory of the industrial revolution, a school's students and workshops — whose parts
# each quote a sentence sharing a word); from blind26's: q823 (what a talk with no abstract argues,
# the talk named by its title's subject in English: another talk's abstract is quoted); from
# blind29's: q957 and q958 (a yes / no check of a link a named text does not make: its nearest
# sentences are quoted, no "no"); from blind31's: q1048 (« quelles innovations … précises » :
# innovations are no organisation or place, and the sentence naming them in general is
# quoted), q1106 (« quels systèmes agricoles exactement », the same); from blind32's: q1104
# ("which ones exactly?" of technologies a sentence names in general: a name elsewhere in that
# sentence counts as given). (blind29's q963, one company asked of an abstract the question
# names, is refused since that abstract is read, not the speaker's card; blind17's q491 and
# blind29's q966 are refused since a capitalised concept, « Responsabilité Sociale », is no name
# and « précise » asks for one; blind30's q1008, « dans quelle direction de … », since a
# « direction » or a « service » is a part of an organisation.)
OPEN_REFUSALS_IN_DEV = {
    "q210", "q252", "q265", "q266", "q346", "q602", "q739", "q757", "q758", "q823",
    "q957", "q958", "q1048", "q1104", "q1106",
}  # fmt: skip


def test_serve_works_with_no_network(seed_store: Path, tmp_path: Path) -> None:
    """The web app starts and answers inside a network namespace that has only loopback."""
    import shutil

    import pytest

    if _offline_prefix() is None or not shutil.which("ip"):
        pytest.skip("needs `unshare -n` and `ip` (root)")
    client = tmp_path / "client.py"
    client.write_text(
        "import sys, json\nfrom gradio_client import Client\n"
        "c = Client(sys.argv[1], verbose=False)\n"
        "print(json.dumps(c.predict(question='Que signifie RTE ?', api_name='/ask')))\n",
        encoding="utf-8",
    )
    script = f"""
ip link set lo up
{BIN}/session-assistant serve --store {seed_store} --llm extractive --port 7912 \\
  > {tmp_path}/log 2>&1 &
app=$!
for i in $(seq 120); do curl -sf http://127.0.0.1:7912/ >/dev/null && break; sleep 0.5; done
{BIN}/python {client} http://127.0.0.1:7912/
status=$?
kill $app; wait $app
exit $status
"""
    result = subprocess.run(["unshare", "-n", "sh", "-c", script], capture_output=True, text=True,
                            timeout=300, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stderr + (tmp_path / "log").read_text()
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert "Responsabilité Territoriale des Entreprises" in answer["answer"]
