"""The quick schema check never passes what JSON Schema refuses, and codebook problems keep
their messages (jsonschema still reports them)."""

from __future__ import annotations

import copy
import random

import pytest

from coder.codebook.quickcheck import compile_schema
from coder.codebook.yamlfile import quick_check, schema_validator

VALID = {
    "codebook-actors": {"kind": "actors", "source": "made up", "entries": [
        {"names": ["republic of zembla", "zembla"], "code": "ZMB", "type": "country", "country": "ZMB", "inter": 1},
        {"names": ["king vok"], "roles": [{"code": "ZMBGOV", "from": "2001-02-03", "to": "2005-06-07"}]}]},
    "codebook-agents": {"kind": "agents", "entries": [{"names": ["police", "policeman"], "code": "COP"}],
                        "exclude": [{"names": ["policy"], "note": "no agent"}]},
    "codebook-issues": {"kind": "issues", "entries": [{"issue": "WATER", "phrases": ["dam", "river water"]}]},
}
ODD_VALUES = [None, True, False, 0, 1, -3, 1.0, 2.5, "", "x", "ZMB", "zmb", "2001-02-03", "AB", [], [1], ["a"], {},
              {"code": "ZMB"}, {1: "x"}]


def _mutations(data, rng: random.Random, count: int):
    """Copies of ``data`` with one value replaced, one key added or one key dropped."""
    def places(node, path=()):
        yield path
        if isinstance(node, dict):
            for k, v in node.items():
                yield from places(v, path + (k,))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from places(v, path + (i,))
    paths = list(places(data))
    for _ in range(count):
        copy_ = copy.deepcopy(data)
        path = rng.choice(paths[1:])
        parent = copy_
        for key in path[:-1]:
            parent = parent[key]
        action = rng.random()
        if action < 0.6:
            parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
        elif action < 0.8 and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[rng.choice(["extra", "note", "code", "names", "roles", 7])] = copy.deepcopy(rng.choice(ODD_VALUES))
        yield copy_


@pytest.mark.parametrize("schema", sorted(VALID))
def test_the_quick_check_never_passes_what_json_schema_refuses(schema):
    quick, exact = quick_check(schema), schema_validator(schema)
    assert quick is not None and quick(VALID[schema]) and exact.is_valid(VALID[schema])
    rng = random.Random(12)
    refused = 0
    for data in _mutations(VALID[schema], rng, 400):
        valid = exact.is_valid(data)
        refused += not valid
        if quick(data):
            assert valid, data
    assert refused > 50  # the mutations did reach invalid files


def test_keywords_the_quick_check_does_not_know_leave_the_file_to_json_schema():
    assert compile_schema({"type": "object", "dependentRequired": {"a": ["b"]}}) is None
    assert compile_schema({"type": "object", "unevaluatedProperties": {"type": "string"}}) is None
    assert compile_schema({"type": "array", "prefixItems": [{"type": "string"}], "items": False}) is None
    assert compile_schema({"$ref": "#/elsewhere"}) is None


def test_the_quick_check_leaves_integer_lookalikes_and_typed_constants_to_json_schema():
    check = compile_schema({"type": "object", "properties": {"n": {"type": "integer"}, "k": {"const": 1},
                                                             "e": {"enum": ["a", 2]}}})
    assert check({"n": 3, "k": 1, "e": "a"}) and check({"e": 2})
    assert not check({"n": 3.0})  # an integer to JSON Schema, but judged by jsonschema
    assert not check({"k": True}) and not check({"e": False}) and not check({"n": True})


def test_schema_problems_keep_their_messages(tmp_path):
    from coder.codebook import load_checked

    bad = tmp_path / "actors.yaml"
    bad.write_text("kind: actors\nentries:\n- names: [zembla]\n  code: zmb\n- names: []\n  code: ZMB\n",
                   encoding="utf-8")
    _, problems = load_checked(bad, "actors")
    assert [(p.line, p.code) for p in problems] == [(4, "E207"), (5, "E207")]
    assert "does not match" in problems[0].message and "should be non-empty" in problems[1].message


def _output_records():
    """A real event record, its ACLED row and its Phoenix row, from a hand-built sentence."""
    from coder.code import code_document
    from coder.codebook import load_codebook
    from coder.output import convert_records
    from coder.records import event_records
    from conftest import build_document

    book = load_codebook()
    doc = build_document("""
        Police NOUN 2 nsubj police
        attacked VERB 0 root attack
        protesters NOUN 2 obj protester""")
    [record, *_] = event_records(code_document(doc, book), doc, book)
    rows = {}
    for fmt in ("acled", "phoenix"):
        converted, _, _, _ = convert_records([record], fmt, None, book)
        rows[fmt] = converted[0]
    return {"event": record, **rows}


@pytest.mark.parametrize("schema", ["event", "acled", "phoenix"])
def test_output_records_are_judged_by_the_quick_check_and_never_more_leniently(schema):
    record = _output_records()[schema]
    quick, exact = quick_check(schema), schema_validator(schema)
    assert quick is not None and exact.is_valid(record) and quick(record)
    rng = random.Random(7)
    refused = 0
    for data in _mutations(record, rng, 600):
        valid = exact.is_valid(data)
        refused += not valid
        if quick(data):
            assert valid, data
    assert refused > 50


def test_if_then_else_is_judged_by_an_exact_condition():
    check = compile_schema({"type": "object", "allOf": [{
        "if": {"properties": {"source_code": {"const": ""}}},
        "then": {"properties": {"source_text": {"const": ""}}},
        "else": {"required": ["source_text"]}}]})
    assert check({"source_code": "", "source_text": ""})
    assert not check({"source_code": "", "source_text": "Zembla"})
    assert check({"source_code": "ZMB", "source_text": "Zembla"})
    assert not check({"source_code": "ZMB"})
    assert check({"source_text": ""}) and not check({"source_text": "Zembla"})  # no key: the 'if' holds
    # conditions the exact answer does not cover leave the record to jsonschema
    assert compile_schema({"if": {"properties": {"n": {"const": 1}}}, "then": {"required": ["m"]}}) is None
    assert compile_schema({"if": {"minLength": 2}, "then": {"required": ["m"]}}) is None
    assert compile_schema({"if": {"properties": {"n": {"type": "integer"}}}, "then": {}}) is None


@pytest.mark.parametrize("item", [{"type": "string"}, {"type": "string", "minLength": 1},
                                  {"type": "string", "pattern": "^[A-Z]{3}$"},
                                  {"type": "string", "minLength": 2, "pattern": "a", "description": "d"}])
def test_a_list_of_strings_is_judged_whole_as_item_by_item(item):
    """The one-pass check of a list of strings (names) answers as the check of each item."""
    from coder.codebook.quickcheck import _string, _strings

    whole, each = _strings(item), _string(item)
    values = ["", "a", "ab", "ABC", "abc", "ZMBa", 1, None, True, ["a"], "é", "aa"]
    rng = random.Random(3)
    lists = [[], *([v] for v in values), *(rng.sample(values, rng.randint(2, 5)) for _ in range(300))]
    for x in lists:
        assert whole(x) == all(each(v) for v in x), (item, x)
    assert whole("not a list") and whole(None)  # (the type keyword judges those)


def test_a_type_alone_is_judged_exactly_as_json_schema_judges_it():
    """A property of ``type`` alone (one or a list; read as a set of Python types) and a
    list of types beside other keywords answer exactly as JSON Schema, odd values included
    (True is no integer, 1 is a number; 1.0 as an integer is left to jsonschema)."""
    import jsonschema

    types = ["string", "integer", "number", "boolean", "null", "array", "object"]
    rng = random.Random(3)
    for _ in range(200):
        names = rng.sample(types, rng.randint(1, 3))
        declared = names[0] if len(names) == 1 and rng.random() < 0.5 else names
        for sub in ({"type": declared}, {"type": declared, "minimum": 0}):
            schema = {"type": "object", "properties": {"a": sub}}
            quick, exact = compile_schema(schema), jsonschema.Draft202012Validator(schema)
            for value in ODD_VALUES:
                if type(value) is float and value == int(value) and "integer" in names:
                    continue  # 1.0 is an integer to JSON Schema: the quick check says "look closer"
                assert quick({"a": value}) == exact.is_valid({"a": value}), (sub, value)
