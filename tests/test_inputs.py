"""Reading inputs as users have them: folders, gzip, standard input, other encodings, broken
records and documents over a limit. Every bad record is rejected alone, with file, line and
reason; everything else is read."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from coder.doc import Document
from coder.errors import InputError
from coder.inputs import Limits, decode_text, read_inputs
from coder.parse import RawDocument, write_conllu
from coder.schema import Rejected
from conftest import build_document

ATTACK = """
    Arnor PROPN 2 nsubj
    attacked VERB 0 root attack
    Gondor PROPN 2 obj"""


def by_kind(items):
    docs = [i for i in items if not isinstance(i, Rejected)]
    rejects = [i for i in items if isinstance(i, Rejected)]
    return docs, rejects


def jsonl(*records) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def conllu_text(*doc_ids: str) -> str:
    buf = io.StringIO()
    write_conllu([build_document(ATTACK, doc_id=d) for d in doc_ids], buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- folders

def test_a_folder_is_read_recursively_with_sidecars_and_every_file_type(tmp_path):
    root = tmp_path / "archive"
    (root / "2019" / "08").mkdir(parents=True)
    (root / "a_story.txt").write_text("Rohirrim riders crossed the Fords of Isen.", encoding="utf-8")
    (root / "a_story.meta.json").write_text(json.dumps({"id": "isen-1", "date": "2019-08-06"}))
    (root / "2019" / "08" / "wire.jsonl").write_text(jsonl({"id": "w1", "text": "Gondor protested."}))
    (root / "2019" / "notes.csv").write_text("id,text\nc1,Arnor talks resumed.\n", encoding="utf-8")
    (root / "2019" / "parsed.conllu").write_text(conllu_text("p1"), encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x01")  # hidden files are not documents
    (root / "scan.pdf").write_bytes(b"%PDF-1.4")
    items = list(read_inputs([root]))
    docs, rejects = by_kind(items)
    assert [d.id for d in docs] == ["isen-1", "c1", "p1", "w1"]  # a folder's files, then its sub-folders
    story = docs[0]
    assert isinstance(story, RawDocument) and story.date == "2019-08-06"
    assert isinstance(docs[2], Document)
    [pdf] = rejects
    assert pdf.doc_id == "scan" and "scan.pdf" in pdf.reason and "unsupported file type '.pdf'" in pdf.reason


def test_too_many_files_is_an_error_before_anything_is_read(tmp_path):
    for i in range(4):
        (tmp_path / f"s{i}.txt").write_text("text")
    with pytest.raises(InputError, match="more than 3 files.*--max-files"):
        read_inputs([tmp_path], limits=Limits(max_files=3))


def test_a_missing_path_names_itself(tmp_path):
    with pytest.raises(InputError, match="nowhere: no such file or folder"):
        read_inputs([tmp_path / "nowhere"])


# --------------------------------------------------------------------------- gzip and stdin

def test_gzip_inputs_are_read_like_their_plain_files(tmp_path):
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(jsonl({"id": "g1", "text": "Arnor wept."}).encode()))
    (tmp_path / "s.txt.gz").write_bytes(gzip.compress("Gondor rejoiced.".encode()))
    (tmp_path / "t.tsv.gz").write_bytes(gzip.compress(b"id\ttext\nt1\tRohan rode.\n"))
    (tmp_path / "p.conllu.gz").write_bytes(gzip.compress(conllu_text("p9").encode()))
    docs, rejects = by_kind(list(read_inputs([tmp_path / "c.jsonl.gz", tmp_path / "s.txt.gz",
                                              tmp_path / "t.tsv.gz", tmp_path / "p.conllu.gz"])))
    assert rejects == []
    assert [d.id for d in docs] == ["g1", "s", "t1", "p9"]
    assert docs[1].text == "Gondor rejoiced." and docs[2].text == "Rohan rode."


def test_a_truncated_gzip_keeps_what_was_read_and_rejects_the_rest(tmp_path):
    lines = jsonl(*({"id": f"d{i}", "text": f"Arnor met Gondor {i} times. " * 20} for i in range(400)))
    packed = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    docs, rejects = by_kind(list(read_inputs([path])))
    assert 0 < len(docs) < 400
    [rest] = rejects
    assert "cut.jsonl.gz" in rest.reason and "the rest of the file is not read" in rest.reason


def test_standard_input_is_sniffed_as_jsonl_conllu_or_text():
    got = list(read_inputs(["-"], stdin=io.BytesIO(jsonl({"id": "s1", "text": "Arnor wept."}).encode())))
    assert [d.id for d in got] == ["s1"]
    got = list(read_inputs(["-"], stdin=io.BytesIO(conllu_text("c1").encode())))
    assert isinstance(got[0], Document) and got[0].id == "c1"
    got = list(read_inputs(["-"], stdin=io.BytesIO("Rohan rode to war.".encode())))
    assert got[0].text == "Rohan rode to war." and got[0].id == "stdin"


def test_standard_input_is_read_once():
    with pytest.raises(InputError, match="standard input"):
        read_inputs(["-", "-"], stdin=io.BytesIO(b""))


# --------------------------------------------------------------------------- encodings

def test_a_cp1252_story_is_decoded_with_the_detected_encoding(tmp_path):
    text = ("L'armée du Gondor a attaqué les forces de l'Arnor près de la rivière, déclarèrent "
            "les autorités mercredi. Les négociations reprendront après la trêve. ") * 3
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    [doc] = read_inputs([path])
    assert isinstance(doc, RawDocument) and doc.text == text
    assert dict(doc.metadata)["encoding"] == "cp1252"


def test_a_declared_encoding_in_the_sidecar_wins(tmp_path):
    path = tmp_path / "koi.txt"
    path.write_bytes("Армия Гондора".encode("koi8_r"))
    (tmp_path / "koi.meta.json").write_text(json.dumps({"encoding": "koi8_r"}))
    [doc] = read_inputs([path])
    assert doc.text == "Армия Гондора"


def test_binary_files_are_rejected_not_decoded(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    [item] = read_inputs([path])
    assert isinstance(item, Rejected) and "image.txt" in item.reason and "no other encoding" in item.reason


def test_decode_text_refuses_nul_bytes_even_when_a_codec_accepts_them():
    with pytest.raises(ValueError):
        decode_text(b"\xff\xfeA\x00\x00\x00B", declared="latin-1")


def test_a_jsonl_line_in_another_encoding_is_rejected_unless_declared(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(jsonl({"id": "ok", "text": "Arnor wept."}).encode()
                     + '{"id": "latin", "text": "Gondor été"}\n'.encode("latin-1"))
    docs, [bad] = by_kind(list(read_inputs([path])))
    assert [d.id for d in docs] == ["ok"]
    assert "mixed.jsonl:2" in bad.reason and "not UTF-8" in bad.reason
    docs, rejects = by_kind(list(read_inputs([path], encoding="latin-1")))
    assert rejects == [] and docs[1].text == "Gondor été"


def test_a_csv_in_cp1252_is_read_whole(tmp_path):
    path = tmp_path / "news.csv"
    path.write_bytes("id,text\nn1,\"Les forces de l'Arnor ont été repoussées près de la frontière.\"\n"
                     "n2,\"Le Gondor a signé l'accord à Minas Tirith.\"\n".encode("cp1252"))
    docs, rejects = by_kind(list(read_inputs([path])))
    assert rejects == [] and docs[1].text == "Le Gondor a signé l'accord à Minas Tirith."


def test_a_csv_row_in_another_encoding_is_rejected_alone(tmp_path, monkeypatch):
    import coder.inputs as inputs

    monkeypatch.setattr(inputs, "_SAMPLE", 64)  # the encoding is chosen from the first bytes
    path = tmp_path / "news.csv"
    rows = "".join(f"r{i},Arnor and Gondor talked on day {i}.\n" for i in range(10))
    path.write_bytes(b"id,text\n" + rows.encode() + "r10,Rohan a été\n".encode("latin-1") + b"r11,Fine again.\n")
    docs, [bad] = by_kind(list(read_inputs([path])))
    assert [d.id for d in docs] == [f"r{i}" for i in range(10)] + ["r11"]
    assert bad.doc_id == "r10" and "news.csv:12" in bad.reason and "not UTF-8 text" in bad.reason
    docs, rejects = by_kind(list(read_inputs([path], encoding="latin-1")))  # declared: read
    assert rejects == [] and docs[10].text == "Rohan a été"


def test_a_csv_mixing_utf8_and_cp1252_rows_is_read_without_mojibake(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("id,text\nu1,Les négociations à Minas Tirith.\n".encode("utf-8")
                     + "w1,L'armée a été repoussée près de la rivière.\n".encode("cp1252"))
    docs, rejects = by_kind(list(read_inputs([path])))
    assert rejects == []
    assert [d.text for d in docs] == ["Les négociations à Minas Tirith.", "L'armée a été repoussée près de la rivière."]


# --------------------------------------------------------------------------- bad records

def test_bad_jsonl_records_are_rejected_alone_with_line_and_reason(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "good", "text": "Arnor wept."}),
        '{"id": "cut", "text": "Gondor',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "notext", "text": 5}),
        json.dumps({"id": "baddate", "text": "x", "date": "last Tuesday"}),
        json.dumps({"id": "numdate", "text": "x", "date": 20190806}),
        "[" * 100_000,
        "",
        json.dumps({"id": 7, "text": "Rohan rode."}),
    ]) + "\n")
    docs, rejects = by_kind(list(read_inputs([path])))
    assert [d.id for d in docs] == ["good", "7"]
    reasons = {r.doc_id: r.reason for r in rejects}
    assert reasons["c-2"].startswith(f"{path}:2: invalid JSON")
    assert "c.jsonl:3" in reasons["c-3"] and "JSON object" in reasons["c-3"]
    assert "c.jsonl:4" in reasons["notext"] and "no 'text' string" in reasons["notext"]
    assert "c.jsonl:5" in reasons["baddate"] and "not a date" in reasons["baddate"]
    assert "c.jsonl:6" in reasons["numdate"]
    assert "c.jsonl:7" in reasons["c-7"]


def test_csv_rows_with_too_few_or_too_many_fields_are_rejected(tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("id,text,date\nok,Arnor wept.,2019-08-06\nshort\nlong,Gondor, sadly, wept.,2019-08-06\n"
                    "bad,Rohan rode.,someday\n")
    docs, rejects = by_kind(list(read_inputs([path])))
    assert [d.id for d in docs] == ["ok"]
    reasons = {r.doc_id: r.reason for r in rejects}
    assert "n.csv:3" in reasons["short"] and "fields" in reasons["short"]
    assert "n.csv:4" in reasons["long"] and "fields" in reasons["long"]
    assert "n.csv:5" in reasons["bad"] and "not a date" in reasons["bad"]


def test_a_csv_without_the_text_column_is_one_reject_and_other_files_are_read(tmp_path):
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("id,body\n1,Arnor wept.\n")
    right = tmp_path / "right.jsonl"
    right.write_text(jsonl({"id": "r", "text": "Gondor wept."}))
    docs, [bad] = by_kind(list(read_inputs([wrong, right])))
    assert [d.id for d in docs] == ["r"]
    assert "no 'text' column" in bad.reason and "--text-column" in bad.reason


def test_a_broken_conllu_document_is_rejected_and_the_next_one_read(tmp_path):
    good = conllu_text("first", "third")
    broken = "# newdoc id = second\n1\tArnor\tArnor\tPROPN\t_\t_\t9\tnsubj\t_\t_\n\n"
    first, third = good.split("# newdoc id = third")
    path = tmp_path / "c.conllu"
    path.write_text(first + broken + "# newdoc id = third" + third)
    items = list(read_inputs([path]))
    assert [type(i).__name__ for i in items] == ["Document", "Rejected", "Document"]
    assert items[1].doc_id == "second" and "c.conllu:" in items[1].reason and "HEAD 9" in items[1].reason


def test_a_conllu_line_that_is_not_utf8_rejects_only_its_document(tmp_path):
    text = conllu_text("a", "b").encode()
    path = tmp_path / "c.conllu"
    path.write_bytes(text.replace(b"Gondor\tGondor", b"G\xf6ndor\tGondor", 1))
    docs, [bad] = by_kind(list(read_inputs([path])))
    assert [d.id for d in docs] == ["b"] and bad.doc_id == "a" and "not UTF-8" in bad.reason


# --------------------------------------------------------------------------- limits

def test_documents_over_the_size_or_word_limit_are_rejected_with_the_option_to_raise_it(tmp_path):
    limits = Limits(max_document_bytes=1_000, max_tokens=50)
    (tmp_path / "big.txt").write_text("x" * 5_000)
    (tmp_path / "wordy.txt").write_text("word " * 60)
    (tmp_path / "ok.txt").write_text("word " * 40)
    (tmp_path / "lines.jsonl").write_text(jsonl({"id": "huge", "text": "y" * 5_000}, {"id": "fine", "text": "z"}))
    (tmp_path / "rows.csv").write_text("id,text\nwide," + "w " * 100 + "\nnarrow,v\n")
    docs, rejects = by_kind(list(read_inputs([tmp_path], limits=limits)))
    assert sorted(d.id for d in docs) == ["fine", "narrow", "ok"]
    reasons = {r.doc_id: r.reason for r in rejects}
    assert "5,000 bytes" in reasons["big"] and "--max-document-bytes" in reasons["big"]
    assert "more than 50 words" in reasons["wordy"] and "--max-tokens" in reasons["wordy"]
    assert "lines.jsonl:1" in reasons["lines-1"] and "--max-document-bytes" in reasons["lines-1"]
    assert "rows.csv:2" in reasons["wide"] and "--max-tokens" in reasons["wide"]


def test_a_conllu_document_over_the_word_limit_is_rejected(tmp_path):
    path = tmp_path / "c.conllu"
    path.write_text(conllu_text("small") + "".join(
        conllu_text("big").split("# newdoc id = big\n", 1)[1] for _ in range(1)))
    items = list(read_inputs([path], limits=Limits(max_tokens=4)))
    docs, [bad] = by_kind(items)
    assert bad.doc_id == "small" and "more than 4 words" in bad.reason


def test_every_document_is_accounted_for(tmp_path):
    """Read items map one to one onto documents: a broken record is one reject, never lost
    and never two."""
    path = tmp_path / "c.jsonl"
    path.write_text(jsonl({"id": "a", "text": "x"}) + "{oops\n" + jsonl({"id": "b", "text": "y"}) + "\n\n")
    items = list(read_inputs([path]))
    assert [getattr(i, "id", getattr(i, "doc_id", None)) for i in items] == ["a", "c-2", "b"]


def test_the_document_size_limit_counts_the_decoded_text_in_utf8(tmp_path):
    """A latin-1 file under the limit in its own bytes is over it once decoded (é takes 2 bytes)."""
    (tmp_path / "story.txt").write_bytes(("Arnor a été " * 10).encode("latin-1"))  # 120 bytes, 140 in UTF-8
    [bad] = list(read_inputs([tmp_path], encoding="latin-1", limits=Limits(max_document_bytes=130)))
    assert isinstance(bad, Rejected) and "140 bytes" in bad.reason and "story.txt" in bad.reason
    [doc] = list(read_inputs([tmp_path], encoding="latin-1", limits=Limits(max_document_bytes=140)))
    assert doc.text.startswith("Arnor a été")
