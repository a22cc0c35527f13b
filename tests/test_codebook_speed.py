"""The fast codebook reader is exact or silent: where it reads a file, it gives PyYAML's data
and line index; where it is not certain, PyYAML reads the file (and reports its errors)."""

from __future__ import annotations

import io
import math
import random
import string
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from coder.codebook import CodebookError, fastyaml, load_codebook
from coder.codebook.yamlfile import SafeLineLoader, line_index, load_yaml, load_yaml_indexed


def _same(a, b) -> bool:
    """Equal, with the same types throughout (True is not 1, 1 is not 1.0) and key order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return [(type(k), k) for k in a] == [(type(k), k) for k in b] and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return a == b


def _same_lines(fast: dict, slow: dict) -> bool:
    """Every path gets the same line from either index as ``LoadedFile.line_of`` reads them
    (a path not in an index is at its nearest indexed parent): the fast index is part of
    PyYAML's, and what it leaves out is on the line of its nearest indexed parent."""
    def line_of(index: dict, path: tuple) -> int:
        while path not in index and path:
            path = path[:-1]
        return index.get(path, 1)

    return all(slow.get(path) == line for path, line in fast.items()) \
        and all(line_of(fast, path) == line for path, line in slow.items())


def _pyyaml(text: str):
    """(data, line index) as PyYAML gives them, or None when PyYAML refuses the text."""
    loader = SafeLineLoader(text)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), line_index(node)
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def _exact_or_silent(text: str) -> bool:
    """Asserts the fast reader's promise on one text; True when it read the text itself."""
    fast = fastyaml.parse(text, SafeLineLoader)
    if fast is None:
        return False
    slow = _pyyaml(text)
    assert slow is not None, f"the fast reader read what PyYAML refuses:\n{text}"
    assert _same(fast[0], slow[0]), f"data differ:\n{text}\n{fast[0]!r}\n{slow[0]!r}"
    assert _same_lines(fast[1], slow[1]), f"line index differs:\n{text}\n{fast[1]}\n{slow[1]}"
    return True


SHIPPED = sorted({*ROOT.glob("codebooks/**/*.yaml"), *ROOT.glob("coder/lang/*.yaml"),
                  *ROOT.glob("tests/fixtures/**/*.yaml")})


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_shipped_yaml_file_reads_as_pyyaml_reads_it(path):
    _exact_or_silent(path.read_text("utf-8"))


def test_the_generated_dictionaries_take_the_fast_reader():
    imported = sorted(ROOT.glob("codebooks/imported/*/*.yaml"))
    assert imported
    for path in imported:  # the 4 MB that made a cold compile slow (compared with PyYAML above)
        assert fastyaml.parse(path.read_text("utf-8"), SafeLineLoader) is not None, path


TRICKY = [
    "a: 1\nb: 010\nc: 0o17\nd: 1_000\ne: 1.5\nf: 1e5\ng: .inf\nh: -.NaN\ni: 12:30\nj: 0x1F\n",
    "yes: no\non: off\n~: null\nTrue: [true, FALSE, Yes, n, y]\n",
    "a: 2001-01-01\nb: '2001-01-01'\nc: [2001-01-01 10:00:00]\n",
    "a: 'it''s'\nb: \"quoted\"\nc: 'x\n  y'\nd: \"tab\\tand\\x1A\"\n",
    "names: [a, b c,\n    d  e, 'f, g', \"h\"]\ncode: X\n",
    "names: [a, b]  # comment\n# a comment line\ncode: X # trailing\n",
    "entries:\n- names: [x]\n  roles:\n  - {code: A, from: '2001-01-01', to: '2002-02-02'}\n  - {code: B}\n- names: [y]\n",
    "m: {a: [1, 2], b: {c: d}}\ns: [[1, 2], [], {}, {a: b}]\n",
    "key:\n  nested:\n    deeper: value\n  list:\n  - 1\n  -\n    - 2\n",
    "source: a long line\n  that goes on\n  and on\nnext: x\n",
    "a: &x [1, 2]\nb: *x\nc: &y\n- k: v\nd: *y\n",
    "a: &x 1\nb: &x 2\n",  # an anchor defined twice: PyYAML refuses it
    "a: *undefined\n",
    "a: 1\na: 2\n",
    "a: [1, 2,]\n", "a: [1, , 2]\n", "a: {b}\n", "a: [b: c]\n", "a: {b: }\n",
    "a: b: c\n", "a: - b\n", "- a\nb: c\n", "a:\n  b: 1\n c: 2\n", "a: 1\n  b: 2\n",
    "a: [1, 2\n", "a: 'open\n", "a: \"open\n", "a: [x # not a comment]\n",
    "a: |\n  block\n", "a: >-\n  folded\n", "a: !!str 1\n", "--- \na: 1\n", "a: 1\n...\n",
    "a:\tb\n", "a: b\r\nc: d\r\n", "\ufeffa: 1\n", "a: \x07\n",
    "a: 'x'y\n", "a: [x]y\n", "a: x\n\n  y\n", "a: [x,\n\n  y]\n", "a: 'x\n\n  y'\n",
    "? a\n: b\n", "a: ? b\n", "a: @x\n", "a: `x\n", "a: %x\n", "[a, b]\n", "plain scalar\n", "",
    "# only a comment\n", "- - a\n", "a: [b, [c, {d: e, f: [g]}]]\n", "a: {x: 1,\n    y: [2,\n      3]}\n",
    "a: [x: y]\n", "a: [x:y]\n", "a: [why?]\n", "a: [-x, -, - y]\n", "a: ['', \"\"]\n", "{a: 1}\n",
    "a: <<\n", "<<: {a: 1}\nb: 2\n", "a: =\n", "'a': 1\n\"b\": 2\n'c' : 3\n",
    "a: [x, # c\n  y]\n", "a: [x,# c\n  y]\n", "a: [x #c\n  , y]\n", "a: {b: 1, # c\n  d: [2]}\n",
    "a: [ # c\n  x]\n", "a: [x\n  # c\n  , y]\n", "a: [x, y # c]\n", "a: ['x', # c\n# d\n  y]\n",
    # one-line flow mappings of plain words and simple quoted values (read by their own fast path)
    "- {code: A, from: '2001-01-01', to: 2002-02-02}\n- {on: yes, null: 010, x: 0x1F, y: 1.5, z: ''}\n",
    "a: {b: 1, b: 2}\n", "a: {b: 1, c: 2}x\n", "a: {b: 1, c: 2} # c\n", "a: {b: 1, c: 2}  \n",
    "a: {b: 1,c: 2}\n", "a: {b: 'x''y', c: 2}\n", "a: {b: x y, c: -1}\n", "a: {1: a, 01: b}\n",
    "a: {true: a, True: b}\n", "a: {b: 'x', c: \"y\"}\n", "a: {b: c.d-e_f, g: _h}\n",
    # flow mappings split at ', ' (flat_split), and what splitting must leave to the regular expressions
    "r:\n- {a: 'x, y: z'}\n- {a: ', '}\n- {a: '', b: c}\n", "- {a: b, a: c}\n", "- {a: 'x'y', b: c}\n",
    "- {a: b c, d: e}\n", "- {a: b}}\n", "- {a: 'b}', c: d}\n", "- {on: 1, 'x': 2}\n", "- {a: x, b: 'y' }\n",
    "- {a: 'x', b: ''''}\n", "- {a: x,, b: y}\n", "- {a:x, b: y}\n", "- {a: x, b: y, }\n", "- {, a: x}\n",
    "- {a: 'x'', b: y'}\n", "- {a: 'x', b: 'y', a: 'z'}\n", "- {a: 1.5, b: 0x1F, c: null, d: Yes}\n",
    # entries read whole (_SIMPLE_ENTRY), and the lines that end such a reading
    "entries:\n- names: [a, b]\n  code: 010\n  roles:\n  - {code: A}\n  - {code: B, from: '2001-01-01'}\n"
    "- names: [c]\n  code: yes\n",
    "a: yes\nb: 'no'\nc: [yes, no, ~, 1_0]\nd: x.y-z\n", "a: b\n  c\nd: e\n", "a: b\n # c\nd: e\n",
    "a: b\n\nd: e\n", "a: [b, c]  \n", "a: 'x' # c\n", "a: 'x'\n  b: 1\n", "a: b\na: c\n", "a: []\nb: [ ]\n",
    "a: [b,, c]\n", "a: [-b, - c]\n", "a: [b\n  , c]\n", "- a: b\n  c: d\n- e: f\n  e: g\n",
    "roles:\n- a\n  - b\n", "roles:\n- {a: b}\nc: d\n", "roles:\n  - {a: b}\nc: d\n", "roles:\n-\nc: d\n",
    "x:\n  roles:\n  - {a: b}\n  - c\n  d: e\n", "x:\n  roles:\n  - {a: b}\n   - c\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_yaml_is_read_exactly_or_left_to_pyyaml(text):
    _exact_or_silent(text)


def _random_scalar(rng: random.Random):
    pick = rng.random()
    if pick < 0.15:
        return rng.choice([0, 1, -7, 10**20, 1.5, -0.0, True, False, None, float("inf")])
    if pick < 0.3:
        return rng.choice(["yes", "No", "on", "~", "null", "010", "0x1F", "1e5", "1.5e+3", "12:30", "2001-01-01",
                           "-", "- a", "? x", ":", "a: b", "a #b", "#x", "&a", "*a", "!t", "|", ">", "'", '"',
                           "a'b", "é ü", "x" * 90, " lead", "trail ", "<<", "=", "", "[x]", "{y}", "a,b"])
    alphabet = string.ascii_letters + string.digits + " -_.,:;'\"#&*!?[]{}()/@%`|>éß中"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))


def _random_value(rng: random.Random, depth: int = 0):
    pick = rng.random()
    if depth > 3 or pick < 0.5:
        return _random_scalar(rng)
    if pick < 0.75:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
    return {str(_random_scalar(rng)) if rng.random() < 0.8 else _random_scalar(rng): _random_value(rng, depth + 1)
            for _ in range(rng.randint(0, 5))}


def test_random_documents_in_every_dump_style_read_exactly_or_left_to_pyyaml():
    rng = random.Random(12)
    read = 0
    for n in range(600):
        data = {"kind": "x", "entries": [_random_value(rng) for _ in range(rng.randint(1, 6))]}
        shared = [rng.randint(0, 9)]
        if n % 5 == 0:
            data["a"], data["b"] = shared, shared  # anchors and aliases
        text = yaml.safe_dump(data, default_flow_style=rng.choice([None, False, True]),
                              width=rng.choice([20, 40, 80, 120]), allow_unicode=rng.random() < 0.5,
                              sort_keys=rng.random() < 0.5, indent=rng.choice([2, 4]))
        read += _exact_or_silent(text)
    assert read > 150  # a good part of the dumps take the fast reader (the others have odd scalars)


def test_a_broken_generated_file_is_reported_at_its_line(tmp_path):
    manifest = "name: t\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\ncountries: false\n"
    (tmp_path / "codebook.yaml").write_text(manifest)
    lines = ["kind: actors", "entries:"]
    for i in range(2000):
        lines += [f"- names: [name {i}, other name {i}]", "  code: ABC"]
    lines[1501] = "  code: ABC: DEF"  # a second ':' on line 1502
    (tmp_path / "actors.yaml").write_text("\n".join(lines) + "\n")
    with pytest.raises(CodebookError) as err:
        load_codebook(tmp_path, use_cache=False)
    assert [(Path(p.file).name, p.line) for p in err.value.problems] == [("actors.yaml", 1502)]


def _generated_actors(n: int) -> list[str]:
    """The lines of a generated actors file of ``n`` entries (names, a code or dated roles)."""
    lines = ["kind: actors", "entries:"]
    for i in range(n):
        lines.append(f"- names: [name {i}, other name {i}]")
        if i % 3:
            lines.append("  code: ABC")
        else:
            lines += ["  roles:", "  - {code: ABC, from: '2001-01-01', to: '2002-02-02'}", "  - {code: ABD}"]
    return lines


@pytest.mark.parametrize("shape, broken, code", [
    ("  code:", "  code: ABC: DEF", "E204"),  # a YAML syntax error (PyYAML reads the file and reports it)
    ("  code:", "  code: [ABC]", "E207"),  # read by the fast reader, refused by the schema
    ("  code:", "  cod: ABC", "E207"),  # an unknown key (at its entry's line, above, as jsonschema says)
    ("  - {code: ABC, from", "  - {code: ABC, from: '2001-13-01'}", "E224"),  # no such date (a role)
    ("  - {code: ABC, from", "  - {code: ABC, from: '2003-01-01', to: '2002-02-02'}", "E225"),  # ends before
])
def test_a_problem_deep_in_a_generated_file_is_reported_at_its_line(tmp_path, monkeypatch, shape, broken, code):
    """The fast reader's paths (word keys, mappings in sequence items, roles' flow mappings)
    keep every problem at its file and line, whether the reader reads the file or PyYAML does."""
    manifest = "name: t\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\ncountries: false\n"
    (tmp_path / "codebook.yaml").write_text(manifest)
    lines = _generated_actors(1200)
    at = next(k for k in range(1500, len(lines)) if lines[k].startswith(shape))
    lines[at] = broken
    (tmp_path / "actors.yaml").write_text("\n".join(lines) + "\n")
    if code != "E204":
        assert fastyaml.parse("\n".join(lines) + "\n", SafeLineLoader) is not None  # the fast path
    with pytest.raises(CodebookError) as err:
        load_codebook(tmp_path, use_cache=False)
    found = [(p.code, Path(p.file).name, p.line) for p in err.value.problems if p.severity == "error"]
    line = at if broken == "  cod: ABC" else at + 1
    assert found and set(found) == {(code, "actors.yaml", line)}
    monkeypatch.setattr(fastyaml, "parse", lambda text, loader: None)  # PyYAML reads every file
    with pytest.raises(CodebookError) as slow:
        load_codebook(tmp_path, use_cache=False)
    assert [(p.code, p.file, p.line, p.message) for p in slow.value.problems] \
        == [(p.code, p.file, p.line, p.message) for p in err.value.problems]


def test_load_yaml_indexed_gives_the_line_of_each_entry_either_way(tmp_path):
    fast = tmp_path / "fast.yaml"
    fast.write_text("kind: actors\nentries:\n- names: [a]\n\n- names: [b]\n  code: X\n")
    slow = tmp_path / "slow.yaml"
    slow.write_text("kind: actors\nentries:\n- names: [a]\n\n- names: [b]\n  code: !!str X\n")  # a tag
    for path in (fast, slow):
        lf, problems = load_yaml_indexed(path)
        assert problems == [] and lf.node is None
        assert [lf.line_of(["entries", i]) for i in range(2)] == [3, 5]
        assert lf.line_of(["entries", 1, "code"]) == 6
        assert lf.data == load_yaml(path)[0].data


GENERATED = """# generated
kind: actors
source: a long source line that the
  generator folded
entries:
- names: [arnor, arnorian, the kingdom of
    arnor in the north]
  code: ARN
- names: [aragorn, King Aragorn, "strider"]
  roles:
  - {code: ARNGOV, from: '2000-01-01', to: '2010-12-31'}
  - {code: ARNELI, from: '2011-01-01'}
- names: ['orc: legion', OL]
  code: MORREB
  inter: 2
"""


def _generated_codebook(root: Path) -> Path:
    """A codebook folder: the small fixture's agents, verbs and discards, GENERATED's actors."""
    root.mkdir()
    for name in ("agents.yaml", "verbs.yaml", "discards.yaml"):
        (root / name).write_text((ROOT / "tests/fixtures/codebook_small" / name).read_text())
    (root / "actors.yaml").write_text(GENERATED)
    (root / "codebook.yaml").write_text("name: t\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\n"
                                        "agents: [agents.yaml]\nverbs: [verbs.yaml]\ndiscards: [discards.yaml]\n"
                                        "countries: false\n")
    return root


def _compiled(root: Path) -> dict:
    book = load_codebook(root, use_cache=False)
    return {name: value for name, value in vars(book).items() if name not in ("fingerprint", "root", "files")}


def test_the_fast_reader_changes_nothing_the_codebook_compiles_to(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    root = _generated_codebook(tmp_path / "book")
    assert fastyaml.parse(GENERATED, SafeLineLoader) is not None
    fast = _compiled(root)
    monkeypatch.setattr(fastyaml, "parse", lambda text, loader: None)  # PyYAML reads every file
    slow = _compiled(root)
    assert fast == slow
    assert [entry.ref for _, entry in fast["actors"].exact["aragorn"]] == ["actors.yaml:9"]


def test_only_files_pyyaml_reads_get_a_per_file_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "book"
    root.mkdir()
    (root / "actors.yaml").write_text(GENERATED)
    (root / "agents.yaml").write_text("kind: agents\nentries:\n- names: [rebel]\n  code: !!str REB\n")  # a tag
    (root / "codebook.yaml").write_text("name: t\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\n"
                                        "agents: [agents.yaml]\ncountries: false\n")
    load_codebook(root, use_cache=False)
    cached = list((tmp_path / "cache" / "files").glob("*.signed"))
    assert len(cached) == 1  # the agents file; the actors file and the CAMEO table are read again, as fast


def test_a_failed_compile_leaves_the_garbage_collector_on(tmp_path, monkeypatch):
    import gc

    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "codebook.yaml").write_text("name: t\ncameo: shipped:cameo.yaml\nactors: [actors.yaml]\n"
                                            "countries: false\n")
    (tmp_path / "actors.yaml").write_text("kind: actors\nentries:\n- names: [x]\n  code: lower\n")  # bad code
    assert gc.isenabled()
    with pytest.raises(CodebookError):
        load_codebook(tmp_path)
    assert gc.isenabled()


def test_the_quick_check_of_acled_rules_is_never_more_lenient_than_json_schema():
    import copy

    from coder.codebook.yamlfile import quick_check, schema_validator

    quick, full = quick_check("codebook-acled"), schema_validator("codebook-acled")
    assert quick is not None  # unevaluatedProperties no longer sends every compile to jsonschema
    data = load_yaml(ROOT / "codebooks" / "acled.yaml")[0].data
    assert quick(data) and full.is_valid(data)
    rng = random.Random(3)
    for _ in range(200):
        variant = copy.deepcopy(data)
        rule = rng.choice(variant["event_rules"])
        change = rng.choice(["unknown", "cue type", "id", "all", "drop id"])
        if change == "unknown":
            rule[rng.choice(["colour", "cue", "cameos"])] = ["x"]
        elif change == "cue type":
            rule["cues"] = [1]
        elif change == "id":
            rule["id"] = "Not An Id"
        elif change == "all":
            rule["all"] = [["a"], "b"]
        else:
            rule.pop("id")
        assert not quick(variant) or full.is_valid(variant), change
        assert not full.is_valid(variant) or change == "all"


def test_the_quick_check_of_language_profiles_is_never_more_lenient_than_json_schema():
    import copy
    import json

    import jsonschema

    from coder.codebook.quickcheck import compile_schema, inline_refs

    schema = json.loads((ROOT / "coder" / "lang" / "schema.json").read_text())
    quick = compile_schema(inline_refs(schema, schema.get("$defs", {})))
    full = jsonschema.Draft202012Validator(schema)
    assert quick is not None  # a valid profile is read without importing jsonschema
    profile = yaml.safe_load((ROOT / "coder" / "lang" / "en.yaml").read_text())
    assert quick(profile) and full.is_valid(profile)
    rng = random.Random(5)
    lists = [(section, key) for section, part in profile.items() if isinstance(part, dict)
             for key, value in part.items() if isinstance(value, list) and value and isinstance(value[0], str)]
    for _ in range(200):
        variant = copy.deepcopy(profile)
        section, key = rng.choice(lists)
        change = rng.choice(["duplicate", "unknown", "number", "empty word", "pair"])
        if change == "duplicate":
            variant[section][key].append(variant[section][key][0])
        elif change == "unknown":
            variant[section]["no_such_list"] = ["x"]
        elif change == "number":
            variant[section][key] = [1]
        elif change == "empty word":
            variant[section][key] = [""]
        else:
            variant["morphology"]["deverbal_pairs"] = [["a", "b", "c"]]
        assert not quick(variant) or full.is_valid(variant), (change, section, key)


def test_loading_a_codebook_does_not_make_earlier_garbage_immortal(tmp_path, monkeypatch):
    """A loaded codebook is frozen out of the collector's generations (gc.freeze); garbage
    cycles that existed before must not be frozen with it (a test run or a workbench loads
    codebooks again and again, and kept every dropped cycle)."""
    import gc
    import weakref

    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CODER_KEY_FILE", str(tmp_path / "key"))

    class Node:
        pass

    def drop_a_cycle() -> weakref.ref:
        a, b = Node(), Node()
        a.other, b.other = b, a
        return weakref.ref(a)

    try:
        for _ in range(2):  # compiled, then read from its cache
            dropped = drop_a_cycle()
            load_codebook(ROOT / "tests/fixtures/codebook_small")
            gc.collect()
            assert dropped() is None
    finally:
        gc.unfreeze()


def _codebook_values(book) -> list:
    """Every actor, role, phrase, agent, verb form, pattern and word spec of a compiled codebook."""
    out = []
    for index in (book.actors, book.agents):
        for entries in index.exact.values():
            for phrase, entry in entries:
                out += [phrase, entry, *entry.roles] if hasattr(entry, "roles") else [phrase, entry]
    for forms in book.verb_forms.values():
        out += forms
    for block in book.blocks.values():
        for pattern in block.patterns:
            out += [pattern, *pattern.match, *(w for slot in pattern.match for w in slot.words)]
    return out


def test_patterns_and_word_specs_carry_the_specificity_their_fields_give(tmp_path, monkeypatch):
    """Patterns and word specs are records whose specificity the compiler computes once
    (``Pattern.of``, ``WordSpec.of``); the cached codebook is the compiled one."""
    import pickle

    from coder.codebook.model import Pattern, WordSpec

    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    root = _generated_codebook(tmp_path / "book")
    book = load_codebook(root)
    values = _codebook_values(book)
    specs = [v for v in values if isinstance(v, WordSpec)]
    patterns = [v for v in values if isinstance(v, Pattern)]
    assert specs and patterns and any(p.match for p in patterns) and any(not p.match for p in patterns)
    for spec in specs:
        assert spec.specificity == (0 if spec.head == "*" else 2) + len(spec.modifiers)
    for pattern in patterns:  # more constraints and more specific words: higher; a bare verb 0
        assert pattern.specificity == sum(10 + max(w.specificity for w in slot.words) + (3 if slot.prep else 0)
                                          for slot in pattern.match)
    assert pickle.loads(pickle.dumps(book)) == book
    assert load_codebook(root) == book  # from the cache


def test_codebook_records_come_back_from_the_cache_as_built(tmp_path, monkeypatch):
    """Roles, actors, agents, phrases, verb forms and pattern slots are records (NamedTuples)
    that the cache rebuilds with ``tuple.__new__``: the same class, fields, hash and repr as
    the compiler built."""
    import pickle

    from coder.codebook.cache import _RestrictedUnpickler
    from coder.codebook.model import ActorEntry, AgentEntry, Pattern, Phrase, Role, SlotSpec, VerbForm, WordSpec

    monkeypatch.setenv("CODER_CACHE_DIR", str(tmp_path / "cache"))
    book = load_codebook(_generated_codebook(tmp_path / "book"))
    records = [v for v in _codebook_values(book) if isinstance(v, tuple)]
    assert {type(r) for r in records} == {ActorEntry, AgentEntry, Pattern, Phrase, Role, SlotSpec, VerbForm, WordSpec}
    for restored, record in zip(_RestrictedUnpickler(io.BytesIO(pickle.dumps(records))).load(), records):
        assert type(restored) is type(record) and restored == record and hash(restored) == hash(record)
        assert repr(restored) == repr(record) == repr(type(record)(*record))
    assert pickle.loads(pickle.dumps(records)) == records  # (an unrestricted unpickler calls new_record)


def test_loading_a_cached_codebook_reads_no_yaml(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "CODER_CACHE_DIR": str(tmp_path / "cache"),
           "CODER_KEY_FILE": str(tmp_path / "config" / "cache.key")}
    script = ("import sys; from coder.codebook import load_codebook; book = load_codebook(sys.argv[1]); "
              "print(book.name, sorted(m for m in sys.modules if m == 'yaml' or m.startswith("
              "('coder.codebook.yamlfile', 'coder.codebook.fastyaml', 'coder.codebook.verbs', 'jsonschema'))))")
    small = str(ROOT / "tests/fixtures/codebook_small")
    cold = subprocess.run([sys.executable, "-c", script, small], env=env, capture_output=True, text=True, check=True)
    assert "yaml" in cold.stdout  # compiled: the files were read
    warm = subprocess.run([sys.executable, "-c", script, small], env=env, capture_output=True, text=True, check=True)
    assert warm.stdout.split(" ", 1)[1].strip() == "[]"  # from the cache: no YAML reader, no compiler
