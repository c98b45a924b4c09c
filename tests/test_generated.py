"""Generated evaluation questions (issue 10) on the seed and on an invented two-session programme,
the `eval --generated` command, and the frozen test set's shape."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from assistant.answer import Assistant
from assistant.catalog import Catalog
from assistant.deps import build_deps
from assistant.evaluation import GOLD_SETS, by_type, evaluate, load_gold, type_table
from assistant.generated import NOT_PROVIDED, TYPES, GeneratedItem, generate
from assistant.settings import Settings
from conftest import BIN, ROOT
from ingest.pipeline import ingest
from ingest.text import fold

# Two invented sessions: rooms, talks with their own times, a shared affiliation, roles, a missing
# abstract, an English talk, several sessions (counts and order per session).
PROGRAMME: dict[str, Any] = {
    "event": "Journées d’étude 2027",
    "sessions": [
        {
            "id": "s1",
            "title": "Communs numériques et savoirs ouverts",
            "date": "15 janvier 2027",
            "start": "09:30",
            "end": "12:00",
            "room": "Salle Condorcet",
            "description": "Cette session interroge les communs numériques : qui les produit, "
            "qui les maintient ?",
            "talks": [
                {
                    "id": "s1-communs",
                    "title": "Les communs à l’épreuve du marché",
                    "start": "09:30",
                    "end": "10:15",
                    "abstract": "Les communs numériques reposent sur des contributions "
                    "bénévoles. Cette intervention analyse leur économie à partir de "
                    "l’exemple de Wikipédia et des cartes d’OpenStreetMap.",
                    "speakers": [{"name": "Anne Dupuis", "role": "sociologue",
                                  "affiliation": "CNRS"}],
                },
                {
                    "id": "s1-logiciels",
                    "title": "Logiciels libres : maintenance et financement",
                    "start": "10:15",
                    "end": "11:00",
                    "abstract": None,
                    "speakers": [
                        {"name": "Paul Martin", "role": "ingénieur de recherche",
                         "affiliation": "Inria"},
                        {"name": "Léa Bernard", "role": "doctorante", "affiliation": "Inria"},
                    ],
                },
                {
                    "id": "s1-bibliotheques",
                    "title": "Bibliothèques et tiers-lieux",
                    "start": "11:00",
                    "end": "12:00",
                    "room": "Amphi B",
                    "abstract": "Les bibliothèques deviennent des tiers-lieux où l’on répare des "
                    "vélos et imprime en trois dimensions. Les bibliothécaires y jouent le rôle "
                    "de médiateurs entre habitants et fabricants.",
                    "speakers": [{"name": "Jeanne Roy", "role": "conservatrice",
                                  "affiliation": "Bibliothèque municipale de Lyon"}],
                },
            ],
        },
        {
            "id": "s2",
            "title": "Industrie et territoires",
            "date": "16 janvier 2027",
            "start": "14:00",
            "end": "17:00",
            "room": "Salle Lavoisier",
            "talks": [
                {
                    "id": "s2-lin",
                    "title": "Relocaliser la filière lin",
                    "abstract": "La culture du lin en Normandie alimente des filatures en Asie. "
                    "Relocaliser le filage demande des machines que plus personne ne fabrique "
                    "en Europe depuis longtemps.",
                    "speakers": [{"name": "Jeanne Dupont", "role": "ingénieure textile",
                                  "affiliation": "Université de Lille"}],
                },
                {
                    "id": "s2-energy",
                    "title": "Energy communities in rural Europe",
                    "abstract": "Energy cooperatives let villages own their wind turbines and "
                    "share the income. This talk compares Danish and German cases over ten "
                    "years of operation.",
                    "speakers": [{"name": "Tom Baker", "role": "economist",
                                  "affiliation": "University of Leeds and CNRS"}],
                },
            ],
        },
    ],
}  # fmt: skip

# Types whose every fact can be read in the expected sources (text or metadata).
READABLE = {"who-presents", "affiliation", "role", "speakers-from", "who-is-role", "topic-talk",
            "talks-on", "which-talk-says", "who-mentions", "no-abstract", "order",
            "where"}  # fmt: skip


@pytest.fixture(scope="module")
def two_sessions(tmp_path_factory: pytest.TempPathFactory, embed_model: Any) -> Assistant:
    folder = tmp_path_factory.mktemp("generated")
    (folder / "programme.json").write_text(json.dumps(PROGRAMME, ensure_ascii=False), "utf-8")
    deps = build_deps(Settings.resolve(env={}, store=str(folder / "store"), llm="extractive"))
    deps.embed_model = embed_model
    ingest([folder / "programme.json"], embed_model=embed_model, store=deps.store)
    return Assistant(deps)


def _haystack(catalog: Catalog, ids: list[str]) -> str:
    parts = []
    for source_id in ids:
        source = catalog.sources[source_id]
        parts += [source.text, *(str(v) for v in source.metadata.values())]
    return fold(" ".join(parts)).replace("’", "'")


def _check_well_formed(items: list[GeneratedItem], catalog: Catalog) -> None:
    assert len({i.id for i in items}) == len(items)
    for item in items:
        assert item.type in TYPES and item.category == item.type
        assert item.lang in {"fr", "en"} and item.expect == "answer"
        assert item.question.strip() and "{" not in item.question, item
        assert item.facts and all(group and all(alt.strip() for alt in group)
                                  for group in item.facts), item  # fmt: skip
        assert item.sources and all(s in catalog.sources for s in item.sources), item
        if item.type in READABLE:
            text = _haystack(catalog, item.sources)
            for group in item.facts:
                assert any(fold(alt).replace("’", "'") in text for alt in group), (item, group)


def test_seed_generates_every_type_it_has_records_for(extractive: Assistant) -> None:
    catalog = extractive.catalog()
    items = generate(catalog)
    _check_well_formed(items, catalog)
    assert {i.type for i in items} == set(TYPES) - {"where"}  # the seed gives no room
    assert {i.lang for i in items} == {"fr", "en"}
    for kind in TYPES:
        fr = [i.facts for i in items if i.type == kind and i.lang == "fr"]
        assert fr == [i.facts for i in items if i.type == kind and i.lang == "en"] or kind in {
            "count-talks", "count-speakers", "when"}  # fmt: skip
    assert generate(catalog) == items  # deterministic for a seed
    by_id = {i.id: i for i in items}
    assert by_id["no-abstract-01-fr"].sources == [
        "talk:s3-design-industrie-et-territoire-integration-des",
        "talk:s3-les-programmes-d-investissement-industriels",
    ]
    assert by_id["count-talks-01-en"].facts == [["4", "four"]]
    assert by_id["count-speakers-01-fr"].facts == [["5", "cinq"]]
    mentions = [i for i in items if i.type == "who-mentions"]
    for item in mentions:  # the word is in its abstract and in no other source
        word = fold(item.params["word"])
        holders = [s.id for s in catalog.sources.values() if word in fold(s.text)]
        assert holders == item.sources and holders[0].startswith("abstract:"), item


def test_sampling_and_languages(extractive: Assistant) -> None:
    catalog = extractive.catalog()
    one = generate(catalog, lang="en", per_type=1, seed=3)
    assert {i.lang for i in one} == {"en"}
    counts: dict[str, int] = {}
    for item in one:
        counts[item.type] = counts.get(item.type, 0) + 1
    assert max(counts.values()) == 1
    assert generate(catalog, lang="fr", per_type=1, seed=3) != generate(catalog, lang="fr")


def test_two_sessions_generate_every_type(two_sessions: Assistant) -> None:
    catalog = two_sessions.catalog()
    items = generate(catalog)
    _check_well_formed(items, catalog)
    # no noun is written by two of its titles: no "which talks deal with …?" (the seed's is in
    # tests/test_subjects.py)
    assert {i.type for i in items} == set(TYPES) - {"talks-on"}
    by_key = {(i.type, i.params.get("title") or i.params.get("org") or i.params.get("session")
               or i.params.get("name", ""), i.lang): i for i in items}  # fmt: skip
    when = by_key["when", "Les communs à l’épreuve du marché", "fr"]
    assert when.facts[0][:2] == ["15 janvier 2027", "15 janvier"] and "09:30" in when.facts[1]
    assert "9:30 am" in by_key["when", "Les communs à l’épreuve du marché", "en"].facts[1]
    assert by_key["where", "Bibliothèques et tiers-lieux", "fr"].facts == [["Amphi B"]]
    assert by_key["where", "Relocaliser la filière lin", "en"].facts == [["Salle Lavoisier"]]
    cnrs = by_key["speakers-from", "CNRS", "fr"]
    assert cnrs.facts == [["Anne Dupuis", "Dupuis"], ["Tom Baker", "Baker"]]
    assert "CNRS" in cnrs.question
    per_session = {i.params.get("session"): i.facts for i in items if i.type == "count-talks"
                   and i.lang == "fr"}  # fmt: skip
    assert per_session == {None: [["5", "cinq"]],
                           "Communs numériques et savoirs ouverts": [["3", "trois"]],
                           "Industrie et territoires": [["2", "deux"]]}  # fmt: skip
    orders = [i for i in items if i.type == "order" and i.lang == "en"]
    assert len(orders) == 2 and all("session" in i.question for i in orders)
    no_abstract = [i for i in items if i.type == "no-abstract"]
    assert no_abstract[0].facts == [["Logiciels libres"]]
    two_part = by_key["two-part", "Logiciels libres", "fr"]
    assert two_part.facts[0] == NOT_PROVIDED
    assert two_part.facts[1:] == [["Paul Martin", "Martin"], ["Léa Bernard", "Bernard"]]
    # "What is it about": any sentence of the abstract answers; each gives its rarest word.
    about = by_key["two-part", "Relocaliser la filière lin", "fr"].facts[0]
    first, second = (
        "La culture du lin en Normandie alimente des filatures en Asie.",
        "Relocaliser le filage demande des machines … en Europe depuis longtemps.",
    )
    assert len(about) == 2 and about[0] in first and about[1] in second  # fmt: skip


def test_generated_report_per_type(two_sessions: Assistant) -> None:
    items = generate(two_sessions.catalog(), per_type=2)
    report = evaluate(two_sessions, items)
    rows = by_type(report)
    asked = set(TYPES) - {"talks-on"}  # none on this programme (above)
    assert set(rows) == {f"{t} ({lang})" for t in asked for lang in ("fr", "en")} | {
        "all (fr)", "all (en)", "all"}  # fmt: skip
    assert rows["all"]["questions"] == len(items)
    assert all(r.lang and r.facts and r.sources for r in report.items)
    table = type_table(report)
    assert table.count("\n") == len(rows) + 1 and "| who-presents (fr) |" in table


def test_cli_eval_generated_on_the_seed(seed_store: Path) -> None:
    base = [str(BIN / "session-assistant"), "eval", "--generated", "--store", str(seed_store),
            "--llm", "extractive", "--per-type", "3"]  # fmt: skip
    result = subprocess.run(base, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    for kind in set(TYPES) - {"where"}:
        assert f"| {kind} (fr) | " in result.stdout and f"| {kind} (en) | " in result.stdout
    assert "| **all** | " in result.stdout
    english = subprocess.run([*base, "--lang", "en", "--json"], capture_output=True, text=True,
                             timeout=300, cwd=ROOT)  # fmt: skip
    assert english.returncode == 0, english.stderr
    data = json.loads(english.stdout)
    assert {i["lang"] for i in data["items"]} == {"en"}
    assert data["by_type"]["all"]["questions"] == len(data["items"])
    bad = subprocess.run([*base, "--per-type", "0"], capture_output=True, text=True, timeout=300,
                         cwd=ROOT)  # fmt: skip
    assert bad.returncode == 2 and "--per-type" in bad.stderr


def test_gold_sets_are_well_formed(extractive: Assistant) -> None:
    catalog = extractive.catalog()
    dev, test = (ROOT / GOLD_SETS[name] for name in ("dev", "test"))
    # the hand-written set the rules were tuned on: 47, then 6 written from the classes of the
    # frozen test set's failures (q48–q53), then 15 from the first blind set's (q54–q68), then 34
    # from the second blind set's classes and the classes found by probing (q69–q102), then 13
    # from the third blind set's classes (q111–q123), then 2 "where" questions about a text
    # (q124–q125), then 12 from the fourth blind set's classes (q126–q137), then 10 from the
    # fifth's (q138–q147, by a reader who saw only the class descriptions), then 14 from the
    # sixth's (q148–q161, the same way), then 16 from the seventh's (q162–q177, the same way),
    # then 18 from the eighth's (q178–q195, the same way), then 18 from the ninth's (q196–q213),
    # …, then 40 from the fourteenth's (q314–q353), 40 from the fifteenth's (q354–q393) and
    # 40 from the sixteenth's (q394–q433), then 18 from the classes its review left open
    # (q434–q451), then 40 from the seventeenth's (q452–q491) and 40 from the eighteenth's
    # (q492–q531), then 40 from the nineteenth's (q532–q571) and 10 for the list sentence a
    # model's answer is checked against (q572–q581), then 30 from the twentieth's (q582–q611)
    # and 32 from the twenty-first's (q612–q643), then 30 from the twenty-second's (q644–q673)
    # and 36 from the twenty-third's (q674–q709), then 36 from the twenty-fourth's (q710–q745)
    # and 48 from the twenty-fifth's (q746–q793), then 44 from the twenty-sixth's (q794–q837)
    # and 46 from the twenty-seventh's (q838–q883), then 45 from the twenty-eighth's (q884–q928)
    # and 42 from the twenty-ninth's (q929–q970), then 40 from the thirtieth's
    # (q971–q1010), then 40 from the thirty-first's (q1011–q1050), then 8 for a class found
    # after blind31's (q1051–q1058), then 48 from the thirty-second's three classes and two the
    # team found (q1059–q1106)
    assert len(load_gold(dev)) == 1098
    items = load_gold(test)
    assert 40 <= len(items) <= 50
    assert len({i.id for i in items}) == len(items)
    assert {i.lang for i in items} == {"fr", "en"}
    assert not {i.question for i in items} & {i.question for i in load_gold(dev)}
    refused = [i for i in items if i.expect == "refuse"]
    assert 6 <= len(refused) <= 10 and all(not i.facts and not i.sources for i in refused)
    assert {"title-speaker", "two-part", "who-mentions", "list-order", "crosslingual",
            "attribution", "unanswerable"} <= {i.category for i in items}  # fmt: skip
    for item in items:
        if item.expect == "answer":
            assert item.facts and all(item.facts) and item.sources, item
        assert all(s in catalog.sources for s in item.sources), item


def test_cli_eval_takes_a_named_set(seed_store: Path) -> None:
    result = subprocess.run(
        [str(BIN / "session-assistant"), "eval", "--set", "test", "--store", str(seed_store),
         "--llm", "extractive", "--json"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["metrics"]["questions"] == len(
        load_gold(ROOT / GOLD_SETS["test"])
    )


# Held-out sets: no code may change because of one of their questions, and none of them may be
# edited (docs/eval.md). blind: written 2026-11-29 by a reader who saw the programme and the format
# only (no code, no other set); blind2: the same way by another reader, the next day, before the
# fixes of its day; blind3: the same way by a third reader, after the fixes of blind2's classes;
# blind4: by a fourth reader on 2026-12-03, after blind3's classes (one fact's wording widened
# after its first run, where a reader found the gold too narrow for a right answer); blind5: by a
# fifth reader on 2026-12-04, frozen before its first run (three too-loose fact alternatives such as
# "simplement" removed before freezing), kept unrun until the end of that day's work; after its
# first run a reader found two no-abstract facts too narrow for the right French answer (« n'a
# pas été fourni »: the removed « n'a pas » had covered it), and they were widened; blind6: by a
# sixth reader on 2026-12-04 (second session), frozen before its first run (two bare counts, "4" and
# "5", which a citation marker holds, made "4 " / "5 " before freezing); after its first run a
# reader found the three no-abstract facts too narrow for the right French answer (« n'a pas été
# fourni », « seul son titre »), and they were widened; blind8: by an eighth reader on 2026-12-04
# (fifth session), frozen before its first run (one question identical to blind5's was replaced by
# the team with a question of the same kind, a practical matter the programme does not say);
# blind9: by a ninth reader on 2026-12-04 (sixth session), frozen unread before any change of
# that session was measured on it; blind10: by a tenth reader the same session, frozen unread
# while blind9's classes were being fixed, to measure that session's end; blind11: by an eleventh
# reader on 2026-12-05 (seventh session), frozen unread before any change of that session;
# blind15: by a fifteenth reader on 2026-12-06, frozen unread (two questions word for word those
# of another set were rewritten by helpers who read only the programme, one of them b15-07 by
# the team's mistake in naming it), its first run on the code before that session's changes;
# blind16: by a sixteenth reader on 2026-12-06 (thirteenth session), frozen unread, its first run
# on dc33196's code (before that session's changes).
# blind17: by a seventeenth reader on 2026-12-06 (fourteenth session), frozen unread, its first
# run on 02aad08's code (before any change made after it was written).
# blind18: by an eighteenth reader on 2026-12-06 (fifteenth session), frozen unread (two of its
# questions, word for word those of another set, were reworded by that reader, who compared
# them by code without reading the other sets); its first run on 40b208a's code and on this
# session's first change (the talks on a subject, a place asked of a text).
# blind19: by a nineteenth reader on 2026-12-06 (sixteenth session), frozen unread, its first
# run on 024cbbf's code and on that session's first change (the order of lifted quotes).
# blind20: by a twentieth reader on 2026-12-06 (seventeenth session), frozen unread, its first
# run on 095bad1's code (before any change made after it was written).
# blind21: by a twenty-first reader on 2026-12-06 (eighteenth session), frozen unread, its
# first run on ad975b1's code (before any change made after it was written).
# blind22: by a twenty-second reader on 2026-12-06 (nineteenth session), frozen unread, its
# first run on 0144bb6's code (before any change made after it was written).
# blind23: by a twenty-third reader on 2026-12-06 (nineteenth session), frozen unread, its
# first run on bf461ff's code (before any change made after it was written).
# blind24: by a twenty-fourth reader on 2026-12-07 (twentieth session), frozen unread, its
# first run on d4d35d9's code (before any change made after it was written).
# blind25: by a twenty-fifth reader on 2026-12-07 (twenty-first session), frozen unread, its
# first run on 1da28f8's code (before any change made after it was written).
# blind26: by a twenty-sixth reader on 2026-12-07 (twenty-second session), frozen unread, its
# first run on 6084325's code (before any change made after it was written).
# blind27: by a twenty-seventh reader on 2026-12-07 (twenty-third session), frozen unread (four
# of its questions, word for word another set's, were reworded by that reader by code), its
# first run on edf9266's code (before any change made after it was written).
# blind28: by a twenty-eighth reader on 2026-12-07 (twenty-fourth session), frozen unread (eight
# of its questions, word for word another set's, were reworded by that reader by code), its
# first run on 3c44cf3's code (before any change made after it was written).
# blind29: by a twenty-ninth reader on 2026-12-07 (twenty-fifth session), frozen unread (three
# of its questions, word for word another set's, were reworded by that reader by code), its
# first run on 94a78ab's code (before any change made after it was written).
# blind30: by a thirtieth reader on 2026-12-07 (twenty-sixth session), frozen unread (seven of
# its questions, word for word another set's, were reworded by that reader by code), its first
# run on 75b8df5's code (before any change made after it was written).
# blind31: by a thirty-first reader on 2026-12-07 (twenty-seventh session), frozen unread (six
# of its questions, word for word another set's, were reworded by that reader by code), its
# first run on 17fb739's code (before any change made after it was written).
# blind32: by a thirty-second reader on 2026-12-08 (twenty-eighth session), frozen unread (its
# questions checked by code against every other set's, none word for word), its first run on
# 1942681's code (before any change made after it was written).
FROZEN = {
    "test.jsonl": "88e9bdc5919c03c0f8052ef688853a65f1043d3f1732cc7a98725f9729a378f5",
    "blind.jsonl": "fabd923cca2a5562168e9e188240da2c300149f5f51c7f7d3f56404c30d9a036",
    "blind2.jsonl": "83af71b35d6a3e6fcf0fd0b6ae411457d2ef3158012e8ae63150b99af6a23f6b",
    "blind3.jsonl": "c0fbfb0d22edaef4c27355df30cf5f2a247104c70ff58e82c35fab9efb73bcc7",
    "blind4.jsonl": "61bd360d9ed894828d3af60ad93d76a9f52fd35e043483177418a9829bf90e9b",
    "blind5.jsonl": "f606ea865290347c5dd2cec2943b8f2b64a59acda84e20b57e10d0f511b5699a",
    "blind6.jsonl": "542e61b369c803a25c0accf238dbb4facb65cca0c97416cf24c7d1673f5f12d8",
    "blind7.jsonl": "094f6d088a6235338c9145c1803d78b16ef1f7452973d832c255e18195b79763",
    "blind8.jsonl": "368f625fbd50e6c1de2eb1cf21835550e60782ab4ff7d8e4d22a42256201a0c9",
    "blind9.jsonl": "fc7be72b5444d237c4e302ac0efe23869bde4dee82a4ebe89d9419528db6e8a5",
    "blind10.jsonl": "d805f2b07197fe4387dcbb79789fbdc705cef3435d0d3b4683900fcb0d18c9ea",
    "blind11.jsonl": "f37aeb6bceda9ca1dd2ef55e0ed434e1b74b1b289c0f9767254f6903e0388e93",
    "blind12.jsonl": "508776bda012c6c9cc2f1d7e300a8832791b248ed2e149fee684e83132f55460",
    "blind13.jsonl": "0f217c029dfe272038729af2e52d3ecadb21068f36ceca463f5825eb96a4bf2c",
    "blind14.jsonl": "fd08c7f39cc4c1e985defc56dac214e99a6a79a6cd20abb7f45803c64d29fcbb",
    "blind15.jsonl": "463678b358737b674c1ef6b3818634dafb26901d023096b0af78e0a4cca3a727",
    "blind16.jsonl": "18157ee48d04cf3cab5b6ea584e2fe4c415e9691fcd2fc2b1c223f348b3f6987",
    "blind17.jsonl": "e47a6c5697a8387e5eafa928e544fc923b2d03d90df1437f4ee7de2df398b06a",
    "blind18.jsonl": "4bafbac9b6c063efbbf0c16cd6f66d6446028fad8a8673625447345bf79cc90a",
    "blind19.jsonl": "175e5da212fb35b6b9c09576ad82ca7b696249d272e64663003e241d16d75f3d",
    "blind20.jsonl": "1b553e1a9b9b6b8fde4607293d1505641efd749f249f15380419bcce5f121fa5",
    "blind21.jsonl": "b59da33800b66e48fa3c7f9e63fc0cdea767a4e4711fac1715929fefcf0dde72",
    "blind22.jsonl": "32fd3a39c0410c8b9c0be4e12e798518e7436f92e63e58889422ce72ce33da05",
    "blind23.jsonl": "019ecac14fd1b47036f7346e1c18fb59f0e1bd697b6f33d5315d8426e1a5d6e2",
    "blind24.jsonl": "b4aa3dbb42c48e0c268236cfe1d1f2ff245af6b0d566eced1a6e1273732c0a5b",
    "blind25.jsonl": "63a4cf7f1f84deb7b927c8ede7026ec125d90aa2abf71b62e3b7f373c91bd8f7",
    "blind26.jsonl": "8174a4f98c030f39e80f6bf2ad058a4ce9474689a87cb82bfb2397ec6ee292ef",
    "blind27.jsonl": "9d73c8d630c3f2a1a8c70e476cbed4a606801c5e1ebc205982a87cdc143fdbbf",
    "blind28.jsonl": "3290387772047ccbe338f12a7e7d137f37803319d3d46044bad3c7c42783eddd",
    "blind29.jsonl": "df1c1f4090dc1a22b6b1b5e8a6960f026ec0f295a23ac0b80bd35043219d1e0c",
    "blind30.jsonl": "12ad56bba7839790b28afa72c1a140df007c4bc03ad7ddd0090116826fe57ddc",
    "blind31.jsonl": "3241bad4f85bfc1a5d41201a267e87560723600d264d4eec1cb947d8a048f799",
    "blind32.jsonl": "23e8bfe223213fc81b722693441a3fbb12f56bdc5cad6c7e10652e1240c7a341",
}


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_held_out_sets_are_frozen(name: str) -> None:
    digest = hashlib.sha256((ROOT / "data/eval" / name).read_bytes()).hexdigest()
    assert digest == FROZEN[name], f"data/eval/{name} changed: held-out sets are frozen"


@pytest.mark.parametrize("name", sorted(set(FROZEN) - {"test.jsonl"}))
def test_the_blind_sets_are_well_formed_and_new(extractive: Assistant, name: str) -> None:
    catalog = extractive.catalog()
    items = load_gold(ROOT / "data/eval" / name)
    assert len(items) == 40 and len({i.id for i in items}) == 40
    # not copied from another set: two readers may write the same short question once by
    # chance (blind shares one with blind3 and one with blind13, blind2 one with blind4, blind7
    # one with blind9, blind10 and blind11 one each with dev, blind14 one each with blind3,
    # blind4 and blind12, blind15 one each with blind, blind7 and blind9, blind20 one each with
    # blind5, blind8, blind10 and dev, blind21 one each with blind10, blind11, blind12, blind19
    # and blind20, blind22 one each with blind, blind12, blind14 and blind21, blind23 one each
    # with blind9, blind11 and blind20, blind24 one with blind12, blind25 one with blind17), no
    # more with any one set
    asked = {i.question for i in items}
    for path in [*GOLD_SETS.values(), *(Path("data/eval") / blind for blind in FROZEN)]:
        if path.name != name:
            shared = asked & {i.question for i in load_gold(ROOT / path)}
            assert len(shared) <= 1, (path.name, sorted(shared))
    for item in items:
        if item.expect == "answer":
            assert item.facts and all(item.facts) and item.sources, item
        else:
            assert not item.facts and not item.sources, item
        assert all(s in catalog.sources for s in item.sources), item


def test_a_wrong_extra_citation_is_off_target(extractive: Assistant) -> None:
    """`citation_ok` asks that one cited source is expected; `on_target`, that none is of
    another talk (a speaker's card counts for each of their talks)."""
    from assistant.evaluation import GoldItem, _on_target
    from assistant.types import Answer, Citation

    catalog = extractive.catalog()
    item = GoldItem(id="x", question="Who presents «L’usine distribuée»?", expect="answer",
                    sources=["talk:s3-l-usine-distribuee"], facts=[["Landau"]])  # fmt: skip

    def answer(*ids: str) -> Answer:
        cites = [Citation.of(n, catalog.sources[i]) for n, i in enumerate(ids, 1)]
        return Answer(item.question, "…", "en", False, "extractive", cites)

    assert _on_target(answer("talk:s3-l-usine-distribuee", "bio:olivier-landau"), item, catalog)
    assert _on_target(answer("abstract:s3-l-usine-distribuee"), item, catalog)
    wrong = answer("talk:s3-l-usine-distribuee", "abstract:s3-bifurquer-en-responsabilite-"
                   "territoriale-des-entreprises")  # fmt: skip
    assert not _on_target(wrong, item, catalog)
    assert not _on_target(answer("bio:veronique-maire"), item, catalog)
    assert not _on_target(answer(), item, catalog)
    report = evaluate(extractive, [item])
    assert report.items[0].cited and report.items[0].on_target is True
    assert report.metrics()["citations_on_target"] == 1.0
