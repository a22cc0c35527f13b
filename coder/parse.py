"""Parsing: stanza behind one function, plus CoNLL-U reading and writing.

``parse_documents`` turns raw documents into the project's frozen :mod:`coder.doc` types.
``read_conllu`` / ``write_conllu`` (from :mod:`coder.conllu`, exported here too) store those
parses so that a corpus is parsed once and re-coded after every codebook edit.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from coder.conllu import ConlluError, iter_conllu, parse_conllu_text, parse_feats, read_conllu, write_conllu
from coder.doc import Document, Sentence, Token, parse_date, verb_nmods_as_obliques
from coder.errors import CoderError

__all__ = (
    "MAX_SENTENCE_WORDS", "MODEL_ENV_VAR", "PROCESSORS", "ConlluError", "ModelNotFoundError", "Parser",
    "RawDocument", "batched", "configured_model_dir", "default_model_dir", "download_models",
    "has_official_models", "iter_conllu", "parse_conllu_text", "parse_documents", "read_conllu",
    "resolve_model_dir", "write_conllu",
)

MODEL_ENV_VAR = "CODER_STANZA_DIR"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
# Sentences longer than this are cut into chunks before tagging and parsing: the biaffine
# parser's memory grows with the square of the sentence length.
MAX_SENTENCE_WORDS = 200
# Punctuation preferred as a chunk boundary when a long sentence is cut.
_SOFT_BREAKS = frozenset({",", ";", ":", "-", "--", "—"})
# The parse procedure (what stanza is given, besides its models): bump when it changes, so
# that parse caches keyed by :func:`procedure_key` stop reusing older parses.
# 2: sentences the tokenizer split mid-phrase are joined again (:func:`join_broken_sentences`).
PARSE_VERSION = 2


class ModelNotFoundError(CoderError):
    code = "E101"


@dataclass(frozen=True)
class RawDocument:
    """Text and metadata of a document before parsing."""

    id: str
    text: str
    date: str | None = None
    source: str = ""
    language: str = "en"
    metadata: tuple[tuple[str, str], ...] = ()


def default_model_dir() -> Path:
    """stanza's own resources folder (``$STANZA_RESOURCES_DIR``, else the user's cache,
    ``~/.cache/stanza/<version>/resources``): where ``coder models download`` and the first
    run on a fresh machine put the official models."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR).expanduser()


def configured_model_dir(models: str | os.PathLike | None = None, lang: str = "en", *,
                         main_language: bool = True) -> Path | None:
    """The folder the user chose for ``lang``: ``models``, else ``$CODER_STANZA_DIR_<LANG>``
    (e.g. ``CODER_STANZA_DIR_ES``), else — for the run's main language only —
    ``$CODER_STANZA_DIR``; None when nothing is set."""
    chosen = models or os.environ.get(f"{MODEL_ENV_VAR}_{lang.upper()}") or (
        os.environ.get(MODEL_ENV_VAR) if main_language else None)
    return Path(chosen).expanduser() if chosen else None


def resolve_model_dir(models: str | os.PathLike | None = None, lang: str = "en", *,
                      download: bool = True, main_language: bool = True) -> Path:
    """The stanza model folder for ``lang``: ``models`` if given, else
    ``$CODER_STANZA_DIR_<LANG>`` / ``$CODER_STANZA_DIR``, else stanza's own resources folder
    (:func:`default_model_dir`). When nothing is configured and that folder lacks the
    language's models, they are downloaded there once (``download``; needs network access,
    off with ``$CODER_NO_DOWNLOAD=1``); without network the error says what to do.
    """
    path = configured_model_dir(models, lang, main_language=main_language)
    if path is not None:
        if not path.is_dir():
            raise ModelNotFoundError(
                f"stanza model folder not found: {path} (set --models DIR or ${MODEL_ENV_VAR}; "
                "with network access, `coder models download` fetches the official models)"
            )
        return path
    path = default_model_dir()
    if has_official_models(path, lang):
        return path
    if not download or os.environ.get("CODER_NO_DOWNLOAD", "").strip() not in ("", "0"):
        where = f"--models DIR / ${MODEL_ENV_VAR}" if main_language else f"${MODEL_ENV_VAR}_{lang.upper()}"
        raise ModelNotFoundError(
            f"no stanza model folder configured and no {lang!r} models in {path}: run "
            f"`coder models download --lang {lang}` (network access), or point {where} at a model folder")
    with _download_lock(path, lang):  # --workers N: one process downloads, the others wait for it
        if not has_official_models(path, lang):
            download_models(lang, path)
    return path


@contextlib.contextmanager
def _download_lock(path: Path, lang: str):
    """An exclusive lock in the model folder while ``lang``'s models are fetched (POSIX;
    elsewhere no lock)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    path.mkdir(parents=True, exist_ok=True)
    with open(path / f".coder-download-{lang}.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def has_official_models(path: Path, lang: str = "en") -> bool:
    """Whether ``path`` is a stanza resources folder holding ``lang``'s models."""
    return (path / "resources.json").is_file() and (path / lang).is_dir()


def download_models(lang: str = "en", directory: str | os.PathLike | None = None) -> Path:
    """Fetch stanza's official models for ``lang`` (tokenize, mwt, pos, lemma, depparse)
    into ``directory`` (default: :func:`default_model_dir`), with stanza's progress bars.
    No network: :class:`ModelNotFoundError` saying what to do instead."""
    import sys

    import stanza

    target = Path(directory).expanduser() if directory else default_model_dir()
    print(f"coder: downloading stanza's official {lang!r} models into {target} (once; "
          "later runs use them)", file=sys.stderr)
    try:
        stanza.download(lang, model_dir=str(target), processors=",".join(PROCESSORS), logging_level="INFO")
    except Exception as exc:
        raise ModelNotFoundError(
            f"downloading stanza's {lang!r} models into {target} failed ({type(exc).__name__}: {exc}). "
            "This needs network access. Offline: copy a stanza model folder to this machine and "
            f"point --models DIR or ${MODEL_ENV_VAR} at it (the tests use "
            "../shared/models/stanza-en-compact); with network later, run `coder models download`."
        ) from exc
    return target


def _model_paths(model_dir: Path, lang: str = "en") -> dict[str, str]:
    """Per-processor model paths for a flat folder (``tokenize.pt``…), or {} for stanza's
    standard ``<dir>/<lang>/...`` layout, which stanza resolves from its resources.json."""
    flat = {p: model_dir / f"{p}.pt" for p in PROCESSORS}
    if all(path.is_file() for path in flat.values()):
        return {p: str(path) for p, path in flat.items()}
    if (model_dir / lang).is_dir():
        return {}
    missing = ", ".join(f"{p}.pt" for p, path in flat.items() if not path.is_file())
    raise ModelNotFoundError(f"{model_dir}: not a stanza model folder for {lang!r} (missing {missing}; no {lang}/)")


class Parser:
    """Loaded stanza pipelines. Build once per process; call :meth:`parse` on batches.

    ``lang`` is the language of documents that name none; a document's own ``language``
    picks its pipeline, loaded on first use from that language's model folder (see
    :func:`resolve_model_dir`; ``models`` is the folder of ``lang``, or a folder per
    language: ``{"en": ..., "es": ...}``)."""

    def __init__(self, models: str | os.PathLike | dict[str, str | os.PathLike] | None = None, threads: int = 1,
                 lang: str = "en"):
        import torch

        torch.set_num_threads(max(1, threads))
        # and one inter-op thread: stanza runs no parallel operators, so more threads only idle
        # (settable once per process, before any inter-op work: a later Parser keeps the first's)
        if torch.get_num_interop_threads() != 1:
            with contextlib.suppress(RuntimeError):
                torch.set_num_interop_threads(1)
        self.lang = language_code(lang) or "en"
        self._models = models
        self._pipelines: dict[str, tuple] = {}
        self.model_dir = self._load(self.lang)[2]

    def _load(self, lang: str) -> tuple:
        """(tokenizer, tagger, model folder) of ``lang``, loaded once."""
        if isinstance(self._pipelines.get(lang), Exception):  # failed once: no second download
            raise self._pipelines[lang]
        if lang not in self._pipelines:
            import stanza

            main = lang == self.lang
            if isinstance(self._models, dict):  # a folder per language
                chosen = self._models.get(lang)
            else:
                chosen = self._models if main else None
            try:
                model_dir = resolve_model_dir(chosen, lang, main_language=main)
            except ModelNotFoundError as exc:
                self._pipelines[lang] = exc
                raise
            paths = _model_paths(model_dir, lang)
            common = dict(lang=lang, dir=str(model_dir), download_method=None, use_gpu=False,
                          logging_level="ERROR")
            # Two stages so that over-long sentences can be cut between tokenizing and parsing.
            tok_paths = {f"{p}_model_path": paths[p] for p in ("tokenize", "mwt") if paths}
            rest_paths = {f"{p}_model_path": paths[p] for p in ("tokenize", "pos", "lemma", "depparse")
                          if paths}
            with _no_training_optimizer():
                tokenizer = stanza.Pipeline(processors="tokenize,mwt", **tok_paths, **common)
                tagger = stanza.Pipeline(processors="tokenize,pos,lemma,depparse",
                                         tokenize_pretokenized=True, **rest_paths, **common)
            self._pipelines[lang] = (tokenizer, tagger, model_dir)
        return self._pipelines[lang]

    def parse(self, docs: Sequence[RawDocument]) -> list[Document]:
        """Parse a batch of documents (one stanza call per stage and language for the batch)."""
        import stanza

        if not docs:
            return []
        by_id: dict[int, object] = {}
        language_of = {id(d): language_code(d.language) or self.lang for d in docs}
        languages = dict.fromkeys(language_of[id(d)] for d in docs if d.text.strip())
        for lang in languages:
            non_empty = [d for d in docs if d.text.strip() and language_of[id(d)] == lang]
            tokenizer, tagger, _ = self._load(lang)
            tokenized = tokenizer([stanza.Document([], text=d.text) for d in non_empty])
            tokenized = [_cut_long_sentences(_join_broken(t, lang)) for t in tokenized]
            tagged = tagger(tokenized) if tokenized else []
            by_id.update({id(d): t for d, t in zip(non_empty, tagged)})
        return [_convert(d, by_id.get(id(d))) for d in docs]


@contextlib.contextmanager
def _no_training_optimizer() -> Iterator[None]:
    """Stanza's trainers build their training optimizers while a model loads (never used to
    parse), and torch's ``Optimizer.add_param_group`` imports ``torch._dynamo`` on its first
    call only to mark itself "not traced": about 1 CPU second of every process that parses.
    While the pipelines load, and only when nothing imported ``torch._dynamo`` before (so
    nothing can be tracing), that first call runs the function itself; the mark is made as
    usual on the first call after loading. The models and their parses are the same."""
    import sys

    import torch

    inner = getattr(torch.optim.Optimizer, "add_param_group", None)
    fn = getattr(inner, "__wrapped__", None)
    if "torch._dynamo" in sys.modules or fn is None or hasattr(fn, "__dynamo_disable"):
        yield  # another torch, or dynamo already here: nothing to save
        return
    fn.__dynamo_disable = fn
    try:
        yield
    finally:
        if getattr(fn, "__dynamo_disable", None) is fn:
            del fn.__dynamo_disable


def language_code(value: str | None) -> str | None:
    """A document's language as stanza names it: "EN", "en-US", "en_GB" and "English" are all
    "en" (the primary subtag, or the ISO 639-1 code of a language name); None when empty."""
    text = (value or "").strip()
    if not text:
        return None
    primary = text.replace("_", "-").split("-")[0].lower()
    if len(primary) == 2 and primary.isalpha():
        return primary
    import pycountry

    try:  # "spa", "Spanish"
        found = pycountry.languages.lookup(primary if len(primary) == 3 else text)
    except LookupError:
        return primary
    return getattr(found, "alpha_2", None) or found.alpha_3


def procedure_key() -> str:
    """What, besides the model files, decides a parse: the procedure's version, the cutting
    of long sentences and every built-in profile's sentence boundary words."""
    from coder.lang import BUILTIN_DIR

    key = f"parse v{PARSE_VERSION}|cut {MAX_SENTENCE_WORDS}"
    for path in sorted(BUILTIN_DIR.glob("*.yaml")):
        final, openers = _sentence_words(path.stem)
        key += f"|{path.stem}: final {' '.join(final)} openers {' '.join(sorted(openers))}"
        abbreviations, possessives = _non_final_words(path.stem)
        if abbreviations or possessives:
            key += f" abbreviations {' '.join(sorted(abbreviations))} possessives {' '.join(possessives)}"
    return key


def _boundary_profile(lang: str):
    """The built-in profile of ``lang`` that decides its sentence boundaries; None for a
    language without one (its sentences are kept as the tokenizer splits them)."""
    from coder.errors import CodebookError
    from coder.lang import builtin_profile, profile_path

    if not profile_path(lang).is_file():
        return None
    try:
        return builtin_profile(lang)
    except CodebookError:
        return None


def _sentence_words(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The profile's sentence-final endings and sentence openers (none without a profile)."""
    profile = _boundary_profile(lang)
    return ((), frozenset()) if profile is None else (profile.sentence_final, profile.sentence_openers)


def _non_final_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The profile's abbreviations (lower-cased) and plural possessive endings ("s'"): words
    that end with sentence-final punctuation without ending the sentence."""
    profile = _boundary_profile(lang)
    if profile is None:
        return frozenset(), ()
    return frozenset(a.lower() for a in profile.sentence_abbreviations), profile.plural_possessive_suffixes


def _join_broken(document, lang: str):
    """``document`` (tokenized by stanza) with its mid-phrase splits joined again."""
    import stanza

    final, openers = _sentence_words(lang)
    if not final:
        return document
    sentences = document.to_dict()
    joined = join_broken_sentences(sentences, document.text, final, openers, *_non_final_words(lang))
    if len(joined) == len(sentences):
        return document
    return stanza.Document(joined, text=document.text)


def _span(entries: list[dict], last: bool) -> dict | None:
    """The first (last) surface token of a tokenized sentence: the entry with offsets."""
    for entry in (reversed(entries) if last else entries):
        if entry.get("start_char") is not None and entry.get("end_char") is not None:
            return entry
    return None


def join_broken_sentences(sentences: list[list[dict]], text: str, final: Sequence[str],
                          openers: frozenset[str] | set[str], abbreviations: frozenset[str] = frozenset(),
                          possessives: Sequence[str] = ()) -> list[list[dict]]:
    """Join a sentence to the one before it when the tokenizer split a phrase ("The Latvian
    Constitutional | Court cancelled ..."): the earlier part ends in a word (its last token
    ends with none of ``final``, the profile's sentence-final punctuation), no line break
    lies between the two (a headline or dateline line stands alone), and the later part
    opens with a letter or digit that is no sentence opener (an article or pronoun: "... on
    Friday | The army said" stays two sentences). A final ending does not end a sentence in
    one of ``abbreviations`` (lower-cased: "Myanmar's Feb. | 1 military coup") nor in a
    plural possessive (``possessives``: "Kurdistan Workers' | Party") outside quotes. Token
    dicts are stanza's, numbered anew."""
    finals = tuple(final)
    out: list[list[dict]] = []
    for sent in sentences:
        if out and sent and _continues(out[-1], sent, text, finals, openers, abbreviations, tuple(possessives)):
            out[-1] = _concatenate(out[-1], sent)
        else:
            out.append(sent)
    return out


def _concatenate(before: list[dict], after: list[dict]) -> list[dict]:
    """Two tokenized sentences as one, the later one's word ids following the earlier's."""
    words = sum(1 for entry in before if not isinstance(entry["id"], tuple))
    shifted = []
    for entry in _renumber(after):
        entry = dict(entry)
        ident = entry["id"]
        entry["id"] = tuple(i + words for i in ident) if isinstance(ident, tuple) else ident + words
        shifted.append(entry)
    return [dict(entry) for entry in before] + shifted


def _continues(before: list[dict], after: list[dict], text: str, final: tuple[str, ...],
               openers: frozenset[str] | set[str], abbreviations: frozenset[str] = frozenset(),
               possessives: tuple[str, ...] = ()) -> bool:
    last, first = _span(before, last=True), _span(after, last=False)
    if last is None or first is None:
        return False
    end_word, next_word = str(last.get("text") or ""), str(first.get("text") or "")
    if not end_word or not next_word or not next_word[0].isalnum():
        return False
    if end_word.endswith(final) and not (end_word.lower() in abbreviations
                                         or _plural_possessive(before, text, possessives)):
        return False
    if "\n" in text[int(last["end_char"]):int(first["start_char"])]:
        return False
    return next_word.lower() not in openers


def _plural_possessive(before: list[dict], text: str, possessives: tuple[str, ...]) -> bool:
    """Whether the sentence ends in a plural possessive ("Workers'"): the word and its
    apostrophe, written together, end with one of ``possessives``, and no quote opens in
    the sentence (where the apostrophe could close it)."""
    spans = [e for e in before if e.get("start_char") is not None and e.get("end_char") is not None]
    if not possessives or not spans:
        return False
    start, end = int(spans[0]["start_char"]), int(spans[-1]["end_char"])
    word_start = int(spans[-1]["start_char"])  # "Workers'" as one token, or "Workers" "'"
    if end - word_start <= max(map(len, possessives)) and len(spans) > 1:
        word_start = int(spans[-2]["start_char"])
    word = text[word_start:end]
    if not word.endswith(possessives) or len(word) <= max(map(len, possessives)) or " " in word:
        return False
    apostrophes = {p[-1] for p in possessives}
    inside = text[start:word_start]
    return not any(inside.startswith(q) or f" {q}" in inside for q in apostrophes | {"‘"})


def _cut_long_sentences(document):
    """Split sentences over MAX_SENTENCE_WORDS tokens into chunks, preferably after commas."""
    import stanza

    sentences = document.to_dict()
    if all(len(s) <= MAX_SENTENCE_WORDS for s in sentences):
        return document
    out = []
    for sent in sentences:
        while len(sent) > MAX_SENTENCE_WORDS:
            cut = MAX_SENTENCE_WORDS
            for i in range(MAX_SENTENCE_WORDS - 1, MAX_SENTENCE_WORDS // 2, -1):
                if sent[i].get("text") in _SOFT_BREAKS:
                    cut = i + 1
                    break
            if isinstance(sent[cut - 1]["id"], tuple):  # never cut inside a multi-word token
                cut -= 1
            out.append(_renumber(sent[:cut]))
            sent = sent[cut:]
        out.append(_renumber(sent))
    return stanza.Document(out, text=document.text)


def _renumber(entries: list[dict]) -> list[dict]:
    first = entries[0]["id"]
    offset = (first[0] if isinstance(first, tuple) else first) - 1
    renumbered = []
    for entry in entries:
        entry = dict(entry)
        ident = entry["id"]
        entry["id"] = tuple(i - offset for i in ident) if isinstance(ident, tuple) else ident - offset
        renumbered.append(entry)
    return renumbered


def _convert(raw: RawDocument, parsed) -> Document:
    sentences: list[Sentence] = []
    if parsed is not None:
        for index, sent in enumerate(parsed.sentences):
            tokens = []
            for word in sent.words:
                start = word.start_char if word.start_char is not None else word.parent.start_char
                end = word.end_char if word.end_char is not None else word.parent.end_char
                tokens.append(Token(
                    id=int(word.id), text=word.text, lemma=word.lemma or word.text,
                    upos=word.upos or "X", xpos=word.xpos or "_",
                    feats=parse_feats(word.feats), head=int(word.head or 0),
                    deprel=word.deprel or "dep",
                    start_char=-1 if start is None else int(start),
                    end_char=-1 if end is None else int(end)))
            tokens = verb_nmods_as_obliques(tokens)
            start = tokens[0].start_char if tokens else -1
            end = tokens[-1].end_char if tokens else -1
            text = raw.text[start:end] if start >= 0 and end >= 0 else sent.text
            sentences.append(Sentence(raw.id, index, text, tuple(tokens), start, end))
    return Document(id=raw.id, text=raw.text, sentences=tuple(sentences),
                    date=parse_date(raw.date), source=raw.source, language=raw.language,
                    metadata=raw.metadata)


def _worker_init(models: str | None, threads: int) -> None:
    global _WORKER_PARSER  # per-process cache in worker processes only
    _WORKER_PARSER = Parser(models, threads)


def _worker_parse(batch: list[RawDocument]) -> list[Document]:
    return _WORKER_PARSER.parse(batch)


def parse_documents(
    docs: Iterable[RawDocument],
    models: str | os.PathLike | None = None,
    *,
    workers: int = 1,
    threads: int = 1,
    batch_size: int = 32,
    parser: Parser | None = None,
) -> Iterator[Document]:
    """Parse documents with stanza, yielding :class:`Document` in input order.

    ``workers`` processes × ``threads`` torch threads each: keep the product at or below the
    free cores (more threads than cores makes stanza many times slower).
    """
    batches = batched(docs, batch_size)
    if workers <= 1:
        parser = parser or Parser(models, threads)
        for batch in batches:
            yield from parser.parse(batch)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_worker_init,
                  initargs=(str(models) if models else None, threads)) as pool:
        for parsed in pool.imap(_worker_parse, batches):
            yield from parsed


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    batch: list[RawDocument] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
