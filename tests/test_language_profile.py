"""Language facts are data: a codebook names its language profile, and a second profile
changes what the coder does without any change to its Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from coder.code import code_document
from coder.codebook import load_codebook
from coder.errors import CodebookError
from coder.lang import BUILTIN_DIR, load_profile
from conftest import build_document, small_codebook_variant

ENGLISH = (BUILTIN_DIR / "en.yaml").read_text(encoding="utf-8")

# A made-up language, English but for three words: "nae" negates, "agin" introduces a
# target, and "yon" is a pronoun for an earlier country.
MADE_UP = (ENGLISH.replace("language: en", "language: xx").replace("name: English", "name: Made-up")
           .replace('negators: [not,', 'negators: [nae, not,')
           .replace('target: [against,', 'target: [agin, against,')
           .replace("they: any,", "they: any, yon: thing,"))


def made_up_codebook(tmp_path: Path):
    book = small_codebook_variant(tmp_path, files={"xx.yaml": MADE_UP})
    manifest = Path(book.root) / "codebook.yaml"
    manifest.write_text(manifest.read_text() + "language: xx.yaml\n")
    return load_codebook(book.root, use_cache=False)


NEGATED = """
    Arnor PROPN 3 nsubj
    nae PART 3 advmod
    attacked VERB 0 root attack
    Gondor PROPN 3 obj"""

TARGET = """
    Arnor PROPN 2 nsubj
    appealed VERB 0 root appeal
    agin ADP 4 case
    Gondor PROPN 2 obl"""


def test_the_shipped_codebooks_code_english_with_the_builtin_profile(small_codebook):
    assert small_codebook.language == "en" and small_codebook.profile.code == "en"
    assert "not" in small_codebook.profile.negators


def test_a_second_profile_changes_negation_targets_and_pronouns_without_python(small_codebook, tmp_path):
    made_up = made_up_codebook(tmp_path)
    assert made_up.profile.code == "xx" and made_up.profile.source.endswith("xx.yaml")
    negated = build_document(NEGATED)
    assert [e.code for e in code_document(negated, small_codebook)] == ["190"]  # "nae" means nothing in English
    assert code_document(negated, made_up) == []  # a negated attack is no event
    target = build_document(TARGET)
    assert [e.triple[:2] for e in code_document(target, small_codebook)] == [("ARN", "")]
    assert [e.triple[:2] for e in code_document(target, made_up)] == [("ARN", "GON")]
    pronoun = build_document("""
        Gondor PROPN 2 nsubj
        met VERB 0 root meet
        Rohan PROPN 2 obj
        yon PRON 5 nsubj yon
        attacked VERB 2 parataxis attack
        Arnor PROPN 5 obj""")
    sources = {e.source.code for e in code_document(pronoun, made_up) if e.verb_text == "attacked"}
    assert sources == {"GON"}
    assert not {e.source.code for e in code_document(pronoun, small_codebook)
                if e.verb_text == "attacked" and e.source}


def test_a_bad_profile_is_reported_at_its_file_and_line(tmp_path):
    broken = MADE_UP.replace("  infinitive_marker: to", "  infinitive_marker: to\n  negatorz: [nae]")
    with pytest.raises(CodebookError) as err:
        small_codebook_variant(tmp_path, files={"xx.yaml": broken})
        manifest = tmp_path / "book" / "codebook.yaml"
        manifest.write_text(manifest.read_text() + "language: xx.yaml\n")
        load_codebook(tmp_path / "book", use_cache=False)
    problem = next(p for p in err.value.problems if p.file.endswith("xx.yaml"))
    line = broken.splitlines().index("  negatorz: [nae]")
    assert problem.line in (line, line + 1) and "negatorz" in problem.message


def test_an_unknown_language_names_the_builtin_profiles():
    profile, problems = load_profile("zz")
    assert profile is None and "built-in: en" in problems[0].message and problems[0].code == "E250"


def test_curated_names_match_without_accents_where_the_profile_folds_them(tmp_path):
    from coder.code import code_document
    from conftest import SMALL_CODEBOOK, build_document, small_codebook_variant

    actors = (SMALL_CODEBOOK / "actors.yaml").read_text() + \
        "  - {names: [Unión Gondoriana], code: GONUNI, type: organization, country: GON}\n"
    manifest = (SMALL_CODEBOOK / "codebook.yaml").read_text().replace("name: test-small", "name: test-small\nlanguage: es")
    book = small_codebook_variant(tmp_path, files={"actors.yaml": actors, "codebook.yaml": manifest})
    doc = build_document("""
        Union PROPN 3 nsubj
        Gondoriana PROPN 1 flat
        attacked VERB 0 root attack
        Mordor PROPN 3 obj""")
    assert [e.triple for e in code_document(doc, book)] == [("GONUNI", "MOR", "190")]
