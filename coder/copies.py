"""``replace`` for the coder's dataclasses (tokens changed by parse repairs, events given
their confidence): what :func:`dataclasses.replace` gives, field for field, without its
per-call introspection and the generated ``__init__``'s one ``object.__setattr__`` per field
(a frozen token or event is copied in a fifth of the time; thousands are per corpus pass).

The copy takes every init field from the object (or from ``changes``), sets the fields
``__init__`` does not take to their defaults, as ``__init__`` does, and runs
``__post_init__``, which derives the computed fields (``Token.base_rel``). Cached values in
the object's ``__dict__`` (``Sentence.memo``) are not copied, as ``dataclasses.replace``
does not copy them. A class this does not cover (slots, InitVars, its own ``__init__``) is
left to :func:`dataclasses.replace`, and so is an object whose ``__dict__`` lacks a field
(one built without its ``__init__``, reading fields at their default from the class).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, TypeVar

T = TypeVar("T")
_MISSING = dataclasses.MISSING


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of the dataclass ``obj`` with ``changes``, as :func:`dataclasses.replace` makes it;
    of a codebook record (a ``NamedTuple``: a verb pattern), its own ``_replace``."""
    if isinstance(obj, tuple):
        return obj._replace(**changes)  # type: ignore[attr-defined]
    cls = type(obj)
    plan = _plan(cls)
    if plan is None:
        return dataclasses.replace(obj, **changes)
    init_names, name_set, defaults, post_init = plan
    if not name_set.issuperset(changes):
        return dataclasses.replace(obj, **changes)  # (its error for a field it cannot set)
    new = object.__new__(cls)
    state = new.__dict__
    old = obj.__dict__
    try:
        for name in init_names:
            state[name] = old[name]
    except KeyError:  # a field at its default read from the class (an object built without __init__)
        return dataclasses.replace(obj, **changes)
    state.update(changes)
    for name, default in defaults:
        state[name] = default() if callable(default) else default
    if post_init is not None:
        post_init(new)
    return new


@functools.cache  # once per class
def _plan(cls: type) -> tuple | None:
    """(init field names in order, the same as a set, (name, default) of the other fields
    with a default, ``__post_init__``) of a dataclass this module copies; None for others."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.init or "__slots__" in cls.__dict__:
        return None
    code = getattr(cls.__init__, "__code__", None)
    if code is None or code.co_filename != "<string>":  # (the decorator's code is compiled from a string)
        return None  # an __init__ of the class's own, not the one the decorator wrote
    pseudo = [f for f in cls.__dataclass_fields__.values() if f._field_type is not dataclasses._FIELD]  # type: ignore[attr-defined]
    if pseudo:
        return None  # InitVars and ClassVars: dataclasses.replace
    fields = dataclasses.fields(cls)
    init_names = tuple(f.name for f in fields if f.init)
    defaults = []
    for f in fields:
        if f.init:
            continue
        if f.default is not _MISSING:
            if callable(f.default):
                return None  # (a callable default would be called above)
            defaults.append((f.name, f.default))
        elif f.default_factory is not _MISSING:
            defaults.append((f.name, f.default_factory))
    return init_names, frozenset(init_names), tuple(defaults), getattr(cls, "__post_init__", None)
