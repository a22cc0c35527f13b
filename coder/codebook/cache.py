"""Caches that cannot run code: signed, restricted pickles under ``$CODER_CACHE_DIR``.

Whoever can write the cache folder (default ``~/.cache/coder``) must not be able to run
code in the next ``coder`` process. Every cache file therefore carries an HMAC-SHA256 of its
bytes under a per-user key kept *outside* the cache folder (``$CODER_KEY_FILE``, default
``~/.config/coder/cache.key``, created with mode 0600). A file whose signature does not
check is ignored with a :class:`CacheWarning` (the caller recompiles) and never unpickled.
A verified file is unpickled by an unpickler that only builds the codebook's own types
(and a few standard ones), so even a leaked key gives no code execution by globals.

When the key cannot be kept safely (not a regular file owned by this user, readable or
writable by others, or inside the cache folder) nothing is read from or written to the
cache: loading is slower, never unsafe.
"""

from __future__ import annotations

import copyreg
import gc
import hashlib
import hmac
import io
import os
import pickle
import stat
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

MAGIC = b"coder-cache/1\n"
KEY_ENV = "CODER_KEY_FILE"
_MAC_SIZE = 32

# module -> names the cache unpickler may build (the codebook's types and plain values)
ALLOWED_GLOBALS: dict[str, frozenset[str]] = {
    "coder.codebook.model": frozenset({
        "CameoCode", "Role", "ActorEntry", "AgentEntry", "WordSpec", "SlotSpec", "Pattern", "VerbForm",
        "VerbBlock", "Phrase", "PhraseIndex", "Cue", "SubEventType", "Rule", "AcledRules", "Codebook",
        "new_record"}),
    "coder.lang.profile": frozenset({"LanguageProfile", "Deinflection"}),
    "coder.errors": frozenset({"Problem"}),
    "datetime": frozenset({"date"}),
    **{module: frozenset({"Path", "PosixPath", "WindowsPath", "PurePosixPath", "PureWindowsPath"})
       for module in ("pathlib", "pathlib._local")},  # pathlib._local: Python 3.13
    "builtins": frozenset({"set", "frozenset", "dict", "list", "tuple", "str", "int", "float", "bool"}),
    "collections": frozenset({"defaultdict"}),
}


class CacheWarning(UserWarning):
    """A cache file was refused (bad signature, unexpected content) or the key is unsafe."""


def cache_root() -> Path:
    """``$CODER_CACHE_DIR``, else ``~/.cache/coder``: the root of every cache of the coder."""
    return Path(os.environ.get("CODER_CACHE_DIR", Path.home() / ".cache" / "coder"))


def key_path() -> Path:
    return Path(os.environ.get(KEY_ENV) or Path.home() / ".config" / "coder" / "cache.key")


def _unsafe_key_reason(path: Path, st: os.stat_result) -> str | None:
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return "owned by another user"
    if st.st_mode & 0o077:
        return f"mode {stat.S_IMODE(st.st_mode):o} lets others read or write it (want 600)"
    root = cache_root().resolve()
    if path.resolve().is_relative_to(root):
        return f"inside the cache folder {root}"
    return None


def cache_key(create: bool = True) -> bytes | None:
    """The per-user signing key (created on first use), or None when it is not safe to use."""
    path = key_path()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return _create_key(path) if create else None
    except OSError as exc:
        warnings.warn(CacheWarning(f"cache key {path} cannot be read ({exc}); caches are not used"), stacklevel=3)
        return None
    with os.fdopen(fd, "rb") as fh:
        reason = _unsafe_key_reason(path, os.fstat(fh.fileno()))
        key = fh.read()
    if reason or len(key) < 32:
        warnings.warn(CacheWarning(f"cache key {path} is not safe ({reason or 'too short'}); caches are not "
                                   "used until it is removed or fixed"), stacklevel=3)
        return None
    return key


def _create_key(path: Path) -> bytes | None:
    """A new key, written whole to a private temporary file first and then linked into place,
    so that a process killed while writing never leaves an empty or short key behind."""
    key = os.urandom(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails when another process made the key first: theirs stands
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    except OSError:
        return None  # e.g. a read-only home: no caching
    return cache_key(create=False)


def _mac(key: bytes, payload: bytes | memoryview) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()


# globals the unpickler replaces with what they do, called in C (see model.new_record)
_FAST_GLOBALS: dict[tuple[str, str], Any] = {("coder.codebook.model", "new_record"): tuple.__new__}


class _RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if name in ALLOWED_GLOBALS.get(module, ()):
            return _FAST_GLOBALS.get((module, name)) or super().find_class(module, name)
        raise pickle.UnpicklingError(f"global {module}.{name} is not allowed in a coder cache")


@contextmanager
def gc_paused(keep: bool = False) -> Iterator[None]:
    """No garbage collection inside (reading and compiling a codebook makes millions of
    objects, and each collection would walk all those made so far: a cold compile spent a
    third of its time there); ``keep``: what exists at the end lives as long as the process
    (a codebook) and is moved out of the collector's generations (``gc.freeze``)."""
    collecting = gc.isenabled()
    if keep:  # garbage that exists now would never be collected once frozen: collect it first
        gc.collect()  # (cheap in a new process; a long one, a test run, keeps its memory)
    gc.disable()
    try:
        yield
        if keep:
            gc.freeze()
    finally:
        if collecting:  # as the caller had it
            gc.enable()


def read_signed(path: Path, *, keep: bool = False) -> Any | None:
    """The value stored at ``path`` by :func:`write_signed`, or None (missing, stale,
    unsigned or tampered with: a warning says which when it is not simply missing).

    ``keep``: the value lives as long as the process (a codebook); its objects are moved out
    of the garbage collector's generations (``gc.freeze``), so that later collections do not
    walk its million objects again and again."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    key = cache_key()
    if key is None:
        return None
    head = len(MAGIC)
    payload = memoryview(blob)[head + _MAC_SIZE:]
    if not blob.startswith(MAGIC) or not hmac.compare_digest(blob[head:head + _MAC_SIZE], _mac(key, payload)):
        warnings.warn(CacheWarning(f"ignored cache file {path}: its signature does not check "
                                   "(tampered with, or written under another key); rebuilding it"), stacklevel=2)
        return None
    try:
        stream = io.BytesIO(blob)  # shares the bytes (a memoryview would be copied)
        stream.seek(head + _MAC_SIZE)
        with gc_paused(keep):  # unpickling many small objects is several times faster without GC passes
            return _RestrictedUnpickler(stream).load()
    except Exception as exc:  # signed but unreadable (e.g. a type renamed since): rebuild
        warnings.warn(CacheWarning(f"ignored cache file {path}: {exc}"), stacklevel=2)
        return None


def _reduce_plain(obj: Any) -> tuple:
    """What ``object.__reduce_ex__`` gives a plain instance (no slots, no ``__getstate__``):
    rebuilt with ``cls.__new__`` and its ``__dict__``, written as NEWOBJ and BUILD."""
    return copyreg.__newobj__, (type(obj),), obj.__dict__ or None


def _plain_class(cls: Any) -> bool:
    """Whether the default reduction of ``cls``'s instances is :func:`_reduce_plain`'s."""
    if not isinstance(cls, type) or any("__slots__" in vars(c) for c in cls.__mro__[:-1]):
        return False
    return (cls.__reduce_ex__ is object.__reduce_ex__ and cls.__reduce__ is object.__reduce__
            and getattr(cls, "__getstate__", None) is getattr(object, "__getstate__", None)
            and not hasattr(cls, "__getnewargs_ex__") and not hasattr(cls, "__getnewargs__"))


def _dumps(value: Any) -> bytes:
    """``pickle.dumps(value, HIGHEST_PROTOCOL)``, the same bytes, faster: the codebook's
    hundred thousand entries are reduced by one small function instead of the generic
    ``object.__reduce_ex__`` (which looks up half a dozen special methods per object), and
    its records (``NamedTuple``) by their own ``__reduce__`` straight from the table."""
    table = dict(copyreg.dispatch_table)
    for module, names in ALLOWED_GLOBALS.items():
        loaded = sys.modules.get(module) if module.startswith("coder.") else None
        for name in names if loaded is not None else ():  # (a type never imported has no instances)
            cls = getattr(loaded, name, None)
            if _plain_class(cls):
                table[cls] = _reduce_plain
            elif isinstance(cls, type) and "__reduce__" in vars(cls) and getattr(cls, "_fields", None) is not None:
                table[cls] = cls.__reduce__  # a record's own reduction (model._reduce_record), looked up once
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = table
    pickler.dump(value)
    return stream.getvalue()


def write_signed(path: Path, value: Any) -> bool:
    """Store ``value`` at ``path`` (atomically, signed); False when it cannot be cached."""
    key = cache_key()
    if key is None:
        return False
    payload = _dumps(value)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(MAGIC + _mac(key, payload) + payload)
        tmp.replace(path)
    except OSError:
        return False  # a read-only cache only costs speed
    return True
