"""The question sets of issue 9: questions as people ask them, with the exact answers.

``tests/questions/*.json`` hold questions written from the policy text and the synthetic
data, not from what ``ask`` handles (see ``tests/questions/README.md``). Each question is
asked with ``govgraph.ask(question, graph)`` and graded on ``answer.to_json()``:

- an expected answer set must be given exactly (the IRIs, literal values and stated-blank
  fields, compared as sets), each item with a source whose quote occurs, white space
  folded, on the page it names of its document's text, at least one of them on one of the
  expected ``pages``, each item ``scope``d where the entry asks for it;
- ``unanswerable``: answered false, no answers ("does not say");
- ``clarify``: answered false and the candidates to choose from (exactly ``candidates``
  where the entry lists them).

A question is RIGHT when all of that holds, WRONG when the tool gives answers and they are
not the expected set (or answers where none is expected), and neither when it does not say
where an answer was expected. ``test_no_wrong_answers`` prints ``right N / wrong M / total T``
per set and language, and fails while any answer is wrong; ``test_right_answers`` fails when
the share right falls below the level reached.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import govgraph
from govgraph.sources import SourceText, normalise
from govgraph.store import GovGraph
from govgraph.synth import write_synth

QUESTIONS = Path(__file__).parent / "questions"
SETS = ("boras", "scoped", "boras-blind", "scoped-blind")

#: The prefixes the sets write CURIEs with: data/boras.ttl's and ontology/govgraph.ttl's.
PREFIXES = {
    "gg": "https://w3id.org/govgraph/ontology#",
    "task": "https://w3id.org/govgraph/task/",
    "boras": "https://w3id.org/govgraph/id/boras/",
    "ex": "https://w3id.org/govgraph/id/boras/excerpt/",
    "se": "https://w3id.org/govgraph/id/se/",
    "syn": "https://w3id.org/govgraph/id/synth/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
}


def expand(term: str) -> str:
    """A CURIE with one of :data:`PREFIXES` as a full IRI; a full IRI as it is."""
    prefix, _, local = term.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return term


def _load_set(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((QUESTIONS / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _entries() -> list[tuple[str, dict[str, Any]]]:
    return [(name, entry) for name in SETS for entry in _load_set(name)["questions"]]


ENTRIES = _entries()


# -- the graphs the sets are asked on ---------------------------------------------------------


@cache
def graph_for(set_name: str, graph_name: str, folder: str) -> GovGraph:
    """The graph ``graph_name`` of a set: the shipped Borås graph, a synthetic one made with
    :func:`govgraph.synth.write_synth` (deterministic by its seed), or both loaded together."""
    spec = _load_set(set_name)["graphs"][graph_name]
    files: list[Path] = []
    if spec.get("shipped"):
        if "synth" not in spec:
            return govgraph.load()
        files.append(Path(str(resources.files("govgraph.data").joinpath("boras.ttl"))))
    if "synth" in spec:
        synth = spec["synth"]
        target = Path(folder) / f"{graph_name}.ttl"
        if not target.exists():
            write_synth(synth["municipalities"], synth["seed"], synth["policies"], target)
        files.append(target)
    return govgraph.load(files)


@pytest.fixture(scope="session")
def synth_folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("question-sets"))


# -- grading ----------------------------------------------------------------------------------


def _key(item: dict[str, Any]) -> tuple[str, str]:
    """What an answer item is, for comparing sets: a stated-blank field, an IRI or a value."""
    if item.get("kind") == "left_blank":
        return ("left_blank", str(item.get("iri")))
    if item.get("iri"):
        return ("iri", str(item["iri"]))
    value = item.get("value")
    return ("value", str(value if value is not None else item.get("label")))


def expected_keys(expect: dict[str, Any]) -> set[tuple[str, str]]:
    keys = set()
    for item in expect["answers"]:
        if "left_blank" in item:
            keys.add(("left_blank", expand(item["left_blank"])))
        elif "iri" in item:
            keys.add(("iri", expand(item["iri"])))
        else:
            keys.add(("value", str(item["value"])))
    return keys


def _text_of(graph: GovGraph, document: str | None) -> list[SourceText]:
    if document is None:  # an answer without the document named: any of the graph's texts
        return list(graph.texts.values())
    if document in graph.texts:
        return [graph.texts[document]]
    return [t for t in graph.texts.values() if document in (t.name, normalise(t.name))]


def source_problems(graph: GovGraph, items: list[dict[str, Any]]) -> list[str]:
    """Every item has a source; every quote is on the page it names of its document."""
    problems = []
    for item in items:
        sources = item.get("sources") or []
        if not sources:
            problems.append(f"{item.get('label')!r} has no source")
        for source in sources:
            texts = _text_of(graph, source.get("document"))
            if not texts:
                problems.append(f"no text for document {source.get('document')!r}")
            elif not any(
                source.get("page") in t.pages_with(source.get("quote", "")) for t in texts
            ):
                problems.append(f"quote not on page {source.get('page')}: {source.get('quote')!r}")
    return problems


def grade(entry: dict[str, Any], answer: dict[str, Any], graph: GovGraph) -> tuple[str, str]:
    """``("right" | "wrong" | "not-right", why)`` for one question's ``answer.to_json()``."""
    expect = entry["expect"]
    items = answer.get("answers") or []
    answered = bool(answer.get("answered", bool(items)))
    got = {_key(i) for i in items}
    clarify = answer.get("clarify")
    shown = sorted("/".join(k) for k in got)
    if "answers" not in expect:
        if answered or items:
            wanted_kind = "clarify" if expect.get("clarify") else "does not say"
            return "wrong", f"expected {wanted_kind}, answered {shown}"
        if expect.get("clarify"):
            candidates = {c.get("iri") for c in (clarify or {}).get("candidates") or []}
            if not candidates:
                return "not-right", "expected clarify with candidates, got does not say"
            named = {expand(c) for c in expect.get("candidates", [])}
            if named and candidates != named:
                return "not-right", f"clarify candidates {sorted(map(str, candidates))}"
            return "right", ""
        if clarify:
            return "not-right", "expected does not say, asked to clarify"
        return "right", ""
    wanted = expected_keys(expect)
    if not answered or not items:
        return "not-right", "does not say" + (" (asked to clarify)" if clarify else "")
    if got != wanted:
        missing = sorted("/".join(k) for k in wanted - got)
        extra = sorted("/".join(k) for k in got - wanted)
        return "wrong", f"missing {missing}, extra {extra}"
    problems = source_problems(graph, items)
    pages = set(expect.get("pages") or [])
    on = {s.get("page") for i in items for s in i.get("sources") or []}
    if pages and not pages & on:
        problems.append(f"no source on pages {sorted(pages)} (sources on {sorted(on)})")
    problems += _scope_problems(expect, items)
    if answer.get("language") != entry["lang"]:
        problems.append(f"language {answer.get('language')!r}, not {entry['lang']!r}")
    return ("not-right", "; ".join(problems)) if problems else ("right", "")


def _scope_problems(expect: dict[str, Any], items: list[dict[str, Any]]) -> list[str]:
    """Each item scoped to the municipality its expected answer names (or the entry's); an
    answer expected in several municipalities (the EU office Torsby and Köping are both in)
    is right scoped to any of them, and every one of them must be given."""
    wanted: dict[tuple[str, str], set[str]] = {}
    for item in expect["answers"]:
        scope = item.get("scope", expect.get("scope"))
        for key in expected_keys({"answers": [item]}):
            if scope is not None:
                wanted.setdefault(key, set()).add(expand(scope))
    problems = []
    given: dict[tuple[str, str], set[str]] = {}
    for item in items:
        scopes = wanted.get(_key(item))
        got = (item.get("scope") or {}).get("iri")
        given.setdefault(_key(item), set()).add(str(got))
        if scopes is not None and got not in scopes:
            problems.append(f"{item.get('label')!r} scoped {got!r}, not {sorted(scopes)}")
    for key, scopes in wanted.items():
        if len(scopes) > 1 and not scopes <= given.get(key, set()):
            problems.append(f"{key[1]!r} not given in {sorted(scopes - given.get(key, set()))}")
    return problems


# -- the tests --------------------------------------------------------------------------------

_GRADES: dict[str, tuple[str, str]] = {}


def graded(set_name: str, entry: dict[str, Any], folder: str) -> tuple[str, str]:
    """The verdict on one question of a set, asked and graded once per test session."""
    key = f"{set_name}/{entry['id']}"
    if key not in _GRADES:
        graph = graph_for(set_name, entry.get("graph", "boras"), folder)
        _GRADES[key] = grade(entry, govgraph.ask(entry["question"], graph).to_json(), graph)
    return _GRADES[key]


@pytest.mark.parametrize(("set_name", "entry"), ENTRIES, ids=[f"{s}/{e['id']}" for s, e in ENTRIES])
def test_question(set_name: str, entry: dict[str, Any], synth_folder: str) -> None:
    """A wrong answer fails; a "does not say" where an answer was expected is reported as an
    expected failure with the reason (``-rx``), and counted by :func:`test_right_answers`."""
    verdict, why = graded(set_name, entry, synth_folder)
    key = f"{set_name}/{entry['id']}"
    if key in KNOWN_WRONG:
        assert verdict == "wrong", f"{key} is no longer wrong: take it out of KNOWN_WRONG"
        pytest.xfail(f"known wrong ({KNOWN_WRONG[key]}): {why}")
    assert verdict != "wrong", f"WRONG: {entry['question']!r}: {why}"
    if verdict == "not-right":
        pytest.xfail(f"not right: {entry['question']!r}: {why}")


#: Wrong answers the code still gives, each with what goes wrong; issue 9 stays open while
#: this is not empty. A new wrong answer fails, and so does one of these once it is not wrong.
KNOWN_WRONG = {
    "scoped/koping-adopt-sv-3": (
        "'bär ansvaret för Köpings policy för det internationella arbetet' is read as the"
        " generic 'responsible for' the international work, and the reading whose quote says"
        " 'ansvarar' wins: the executive board (revision), not the council that adopts it;"
        " 'policy' + 'det internationella arbetet' is not read as the document"
    ),
    "boras-blind/h63-en-13": (
        "'Was West Sweden set up in 1993?': 'set up' is a word both of founding (1992) and of"
        " establishing itself in Brussels (1993); the reading of the office's year is checked"
        " and confirmed, and its office answered, where the writer meant the founding. 'Set up'"
        " with no place named is not yet read as founding alone: removing it from the"
        " establishing cues broke 'what year did west sweden set up in brussels'"
    ),
}


#: The share of each set answered right that the code has reached, as a ratchet: a change
#: that answers fewer questions right fails. Issue 9's target is 0.95 with no wrong answer.
RIGHT_AT_LEAST = {"boras": 0.99, "scoped": 0.98, "boras-blind": 0.967, "scoped-blind": 0.98}


def test_right_answers(synth_folder: str) -> None:
    """The share of right answers per set has not fallen below :data:`RIGHT_AT_LEAST`."""
    for set_name in SETS:
        entries = [e for s, e in ENTRIES if s == set_name]
        right = sum(graded(set_name, e, synth_folder)[0] == "right" for e in entries)
        share = right / len(entries)
        assert share >= RIGHT_AT_LEAST[set_name], f"{set_name}: right {right}/{len(entries)}"


def test_no_wrong_answers(synth_folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Right and wrong per set and language, printed; a wrong answer not in
    :data:`KNOWN_WRONG` fails."""
    tally: Counter[tuple[str, str]] = Counter()
    wrong = []
    for set_name, entry in ENTRIES:
        verdict, why = graded(set_name, entry, synth_folder)
        for group in (set_name, f"{set_name}/{entry['lang']}", "all"):
            tally[(group, verdict)] += 1
        if verdict == "wrong" and f"{set_name}/{entry['id']}" not in KNOWN_WRONG:
            wrong.append(f"{set_name}/{entry['id']} {entry['question']!r}: {why}")
    lines = [summary_line(group, tally) for group in _groups()]
    with capsys.disabled():
        print("\nquestion sets:\n  " + "\n  ".join(lines))
    assert not wrong, "wrong answers:\n" + "\n".join(wrong)


def _groups() -> list[str]:
    return [g for s in SETS for g in (s, f"{s}/sv", f"{s}/en")] + ["all"]


def summary_line(group: str, tally: Counter[tuple[str, str]]) -> str:
    right, wrong = tally[(group, "right")], tally[(group, "wrong")]
    total = right + wrong + tally[(group, "not-right")]
    return f"{group:10} right {right} / wrong {wrong} / total {total}"


def test_the_sets_are_well_formed() -> None:
    """Ids unique, both languages, the three registers, a quarter unanswerable on Borås."""
    for name in SETS:
        data = _load_set(name)
        questions = data["questions"]
        ids = [q["id"] for q in questions]
        assert len(ids) == len(set(ids)), name
        for q in questions:
            assert set(q) >= {"id", "lang", "register", "question", "expect", "why"}, q
            assert q["lang"] in ("sv", "en"), q
            assert q["register"] in ("official", "citizen", "journalist"), q
            assert q.get("graph", "boras") in data["graphs"], q
            expect = q["expect"]
            assert ("answers" in expect) + bool(expect.get("unanswerable")) + bool(
                expect.get("clarify")
            ) == 1, q
    boras = _load_set("boras")["questions"]
    langs = Counter(q["lang"] for q in boras)
    assert len(boras) >= 200 and abs(langs["sv"] - langs["en"]) <= len(boras) // 10, langs
    assert sum(1 for q in boras if "answers" not in q["expect"]) >= len(boras) // 4
    assert {q["register"] for q in boras} == {"official", "citizen", "journalist"}
    assert len(_load_set("scoped")["questions"]) >= 60
