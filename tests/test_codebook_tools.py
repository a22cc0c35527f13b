"""codebook lint, stats, coverage and the import-petrarch command, on small codebooks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coder.cli_codebook import app, coverage_command
from coder.codebook import load_codebook
from coder.coverage import coverage
from coder.lint import lint_codebook, summarize
from coder.parse import parse_conllu_text


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def book(tmp_path) -> Path:
    root = tmp_path / "cb"
    root.mkdir()
    (root / "cameo.yaml").write_bytes((Path(__file__).resolve().parents[1] / "codebooks" / "cameo.yaml").read_bytes())
    write(root / "codebook.yaml", """
        name: tiny
        cameo: cameo.yaml
        actors: [actors.yaml, more.yaml]
        agents: [agents.yaml]
        verbs: [verbs.yaml]
        countries: false
    """)
    write(root / "actors.yaml", """
        kind: actors
        entries:
          - {names: [Gondor, the], code: GON}
          - {names: [x], code: XXX}
          - {names: [Arnor], code: ARN}
    """)
    write(root / "more.yaml", """
        kind: actors
        entries:
          - {names: [arnor], code: ARNGOV}
    """)
    write(root / "agents.yaml", """
        kind: agents
        entries:
          - {code: COP, names: [police]}
    """)
    write(root / "verbs.yaml", """
        kind: verbs
        synsets:
          - {name: "&USED", members: [troop]}
          - {name: "&UNUSED", members: [money]}
        entries:
          - id: t.attack
            code: "190"
            verbs: [attack]
            patterns:
              - {id: t.attack.troops, code: "193", match: [{slot: obj, words: ["&USED"]}]}
              - {id: t.attack.towns, code: "190", match: [{slot: obj, words: [towns]}]}
          - id: t.assault
            code: "180"
            verbs: [attack, assault]
    """)
    return root


def test_lint_finds_each_kind_of_problem(book):
    messages = [p.message for p in lint_codebook(book)]
    assert any("'the' is a stopword" in m for m in messages)
    assert any("'x' has only 1 letter" in m for m in messages)
    assert any("'arnor' (ARNGOV) is shadowed by the same name at actors.yaml" in m for m in messages)
    assert any("verb 'attack' is in 2 blocks" in m for m in messages)
    assert any("'towns' looks plural" in m for m in messages)
    assert any("synset &UNUSED is not used" in m for m in messages)
    assert not any("&USED" in m for m in messages)
    problems = lint_codebook(book)
    assert all(p.line > 0 and p.file.endswith(".yaml") for p in problems)
    assert sum(summarize(problems).values()) == len(problems)


def test_stats_and_cli(book):
    stats = load_codebook(book, use_cache=False).stats()
    assert stats["patterns"] == 4 and stats["verb_blocks"] == 2 and stats["patterns_by_root"]["19"] == 3
    runner = CliRunner()
    result = runner.invoke(app, ["stats", str(book), "--json"])
    assert result.exit_code == 0 and '"patterns": 4' in result.output
    result = runner.invoke(app, ["lint", str(book), "--summary"])
    assert result.exit_code == 0 and "warning(s)" in result.output


CONLLU = """
# newdoc id = d1
# sent_id = d1-0
# text = Gondor police attacked Rohan and the Orcs of Mordor.
1	Gondor	Gondor	PROPN	NNP	_	2	compound	_	_
2	police	police	NOUN	NN	_	3	nsubj	_	_
3	attacked	attack	VERB	VBD	_	0	root	_	_
4	Rohan	Rohan	PROPN	NNP	_	3	obj	_	_
5	and	and	CCONJ	CC	_	7	cc	_	_
6	the	the	DET	DT	_	7	det	_	_
7	Orcs	orc	NOUN	NNS	_	4	conj	_	_
8	of	of	ADP	IN	_	9	case	_	_
9	Mordor	Mordor	PROPN	NNP	_	7	nmod	_	_
10	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = d1-1
# text = Rohan sheriffs besieged Rohan.
1	Rohan	Rohan	PROPN	NNP	_	2	compound	_	_
2	sheriffs	sheriff	NOUN	NNS	_	3	nsubj	_	_
3	besieged	besiege	VERB	VBD	_	0	root	_	_
4	Rohan	Rohan	PROPN	NNP	_	3	obj	_	_
5	.	.	PUNCT	.	_	3	punct	_	_
"""


def test_coverage_lists_uncovered_verbs_names_and_nouns(book, tmp_path):
    docs = parse_conllu_text(textwrap.dedent(CONLLU).lstrip("\n"), doc_id="d1")
    frame = coverage(docs, load_codebook(book, use_cache=False))
    rows = {(r.kind, r.text): r for r in frame.itertuples()}
    assert rows[("name", "Rohan")].count == 3
    assert ("name", "Gondor") not in rows and ("verb", "attack") not in rows
    assert rows[("verb", "besiege")].example == "Rohan sheriffs besieged Rohan."
    assert ("noun", "sheriff") in rows and ("noun", "police") not in rows
    assert list(frame.columns) == ["kind", "text", "count", "example", "sentence_id"]
    assert frame["count"].is_monotonic_decreasing
    corpus = write(tmp_path / "c.conllu", CONLLU)
    csv = tmp_path / "out.csv"
    coverage_command(corpus, book, top=5, min_count=1, csv=csv)
    assert csv.read_text().splitlines()[0] == "kind,text,count,example,sentence_id"


def test_import_petrarch_command_writes_a_codebook(tmp_path):
    verbs = write(tmp_path / "T.verbs.txt", """
        ---  ATTACK   [190]  ---
        ATTACK
        - * TOWN [193]
        - * TOWN [193]
    """)
    actors = write(tmp_path / "T.actors.txt", "GONDOR [GON]\n+GONDORIAN\n")
    result = CliRunner().invoke(app, ["import-petrarch", "--out", str(tmp_path / "out"),
                                      "--verbs", str(verbs), "--actors", str(actors)])
    assert result.exit_code == 0, result.output
    assert "T.verbs.txt (verbs): 1/2 converted" in result.output
    assert "T.actors.txt (actors): 1/1 converted" in result.output
    assert "T.verbs.txt:3: duplicate" in result.output
    book = load_codebook(tmp_path / "out", use_cache=False)
    assert book.stats()["patterns"] == 2
