"""A quick yes/no schema check for the common case: a codebook file that is valid.

``jsonschema`` walks a large codebook (tens of thousands of actors) in seconds. A schema of
the shipped kind (type, properties, required, items, pattern, enum …) is compiled here once
into plain Python checks that answer only "certainly valid" or "look closer"; the caller then
runs ``jsonschema`` for the exact problems and messages. The check is never more lenient
than JSON Schema: whatever it cannot judge exactly (a keyword it does not know, a float
where an integer is expected, a ``const`` of another type) counts as "look closer", so a
file it passes is one ``jsonschema`` passes too.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Check = Callable[[Any], bool]

ANNOTATIONS = frozenset({"description", "title", "$schema", "$id", "$comment", "default", "examples", "deprecated",
                         "readOnly", "writeOnly"})
TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda x: type(x) is dict,
    "array": lambda x: type(x) is list,
    "string": lambda x: type(x) is str,
    "integer": lambda x: type(x) is int,  # 1.0 also counts in JSON Schema: left to jsonschema
    "number": lambda x: type(x) in (int, float),
    "boolean": lambda x: type(x) is bool,
    "null": lambda x: x is None,
}


class Unsupported(Exception):
    """The schema uses something the quick check does not judge: use jsonschema alone."""


def compile_schema(schema: Any) -> Check | None:
    """A function telling whether a value is certainly valid, or None when the schema uses
    keywords this module does not know."""
    try:
        return _compile(schema)
    except Unsupported:
        return None


def _compile(schema: Any) -> Check:
    if schema is True or schema == {}:
        return lambda x: True
    if schema is False or not isinstance(schema, dict):
        if schema is False:
            return lambda x: False
        raise Unsupported(schema)
    fused = _string(schema)
    if fused is not None:
        return fused
    checks: list[Check] = []
    for keyword, value in schema.items():
        if keyword in ANNOTATIONS or keyword in ("additionalProperties", "patternProperties", "then", "else") \
                or keyword.startswith("x-"):
            continue  # extensions ("x-columns") are annotations; the others are judged with their keyword
        maker = _KEYWORDS.get(keyword)
        if maker is None:
            raise Unsupported(keyword)
        checks.append(maker(value, schema))
    if any(k in schema for k in ("additionalProperties", "patternProperties")) and "properties" not in schema:
        checks.append(_properties({}, schema))
    return _all(checks)


def _string(schema: dict) -> Check | None:
    """The commonest leaf, a string with a pattern or a least length (names, codes, dates),
    as one check instead of one per keyword; None for any other schema."""
    if schema.get("type") != "string" or not schema.keys() <= {"type", "pattern", "minLength", *ANNOTATIONS}:
        return None
    least = schema.get("minLength", 0)
    if type(least) is not int:
        return None
    if "pattern" not in schema:
        return lambda x: type(x) is str and len(x) >= least
    search = re.compile(schema["pattern"]).search
    seen: dict[str, bool] = {}  # each string's answer once: codes and dates recur by the thousand

    def check(x: Any) -> bool:
        if type(x) is not str:
            return False
        ok = seen.get(x)
        if ok is None:
            if len(seen) >= _SEEN_LIMIT:
                seen.clear()
            ok = seen[x] = len(x) >= least and search(x) is not None
        return ok
    return check


_SEEN_LIMIT = 1 << 16  # strings whose answer a pattern check keeps


def _all(checks: list[Check]) -> Check:
    """All of the checks (without a generator per value: the checks run on every entry)."""
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        a, b = checks
        return lambda x: a(x) and b(x)
    if len(checks) == 3:
        a, b, c = checks
        return lambda x: a(x) and b(x) and c(x)

    def check(x: Any) -> bool:
        for one in checks:
            if not one(x):
                return False
        return True
    return check


def _type(value: Any, _: dict) -> Check:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or any(n not in TYPES for n in names):
        raise Unsupported(value)
    tests = [TYPES[n] for n in names]
    if len(tests) == 1:
        return tests[0]
    kinds = frozenset(t for n in names for t in _TYPE_OF[n])  # (TYPES test exact types: one set test)
    return lambda x: type(x) in kinds


def _properties(value: dict, schema: dict) -> Check:
    props = {name: _compile(sub) for name, sub in value.items()}
    patterns = [(re.compile(p), _compile(sub)) for p, sub in schema.get("patternProperties", {}).items()]
    extra = schema.get("additionalProperties", True)
    extra_check = None if extra is True else _compile(extra)

    if not patterns:  # the common case: known properties, others checked by additionalProperties
        get = props.get
        # a property whose schema is a type alone (most columns of a record): its value's
        # Python type looked up in a set, no check called (TYPES tests exact types, so a
        # set of them answers the same: bool is no integer, int is a number)
        typed = {name: kinds for name, sub in value.items() if (kinds := _type_set(sub)) is not None}
        kinds_of = typed.get

        def known(x: Any) -> bool:
            if type(x) is not dict:
                return True
            for key, item in x.items():
                kinds = kinds_of(key)
                if kinds is not None:
                    if type(item) not in kinds:
                        return False
                    continue
                sub = get(key)
                if sub is None:
                    if type(key) is not str or (extra_check is not None and not extra_check(item)):
                        return False
                elif not sub(item):  # a key found among the properties is a string
                    return False
            return True
        return known

    def check(x: Any) -> bool:
        if type(x) is not dict:
            return True
        for key, item in x.items():
            if type(key) is not str:
                return False
            sub = props.get(key)
            matched = sub is not None
            if matched and not sub(item):
                return False
            for pattern, pattern_check in patterns:
                if pattern.search(key):
                    matched = True
                    if not pattern_check(item):
                        return False
            if not matched and extra_check is not None and not extra_check(item):
                return False
        return True
    return check


_TYPE_OF = {"object": (dict,), "array": (list,), "string": (str,), "integer": (int,), "number": (int, float),
            "boolean": (bool,), "null": (type(None),)}  # the exact types each of TYPES accepts


def _type_set(schema: Any) -> frozenset[type] | None:
    """The Python types a schema of ``type`` alone (annotations aside) accepts, or None."""
    if not isinstance(schema, dict) or "type" not in schema or not schema.keys() <= {"type", *ANNOTATIONS}:
        return None
    names = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
    if not isinstance(names, list) or any(n not in _TYPE_OF for n in names):
        return None
    return frozenset(t for n in names for t in _TYPE_OF[n])


def _required(value: list, _: dict) -> Check:
    names = frozenset(value)
    return lambda x: type(x) is not dict or names <= x.keys()


def _items(value: Any, schema: dict) -> Check:
    if "prefixItems" in schema:
        raise Unsupported("prefixItems")
    strings = _strings(value)
    if strings is not None:
        return strings
    sub = _compile(value)
    return lambda x: type(x) is not list or all(map(sub, x))


def _strings(schema: Any) -> Check | None:
    """The commonest list, of strings with a least length or a pattern (names, members), as
    one check over the whole list with no call per item (the codebook has 150,000 names);
    None for lists of anything else. The same answer as :func:`_string` on each item."""
    if not isinstance(schema, dict) or _string(schema) is None:
        return None
    least = schema.get("minLength", 0)
    str_only = {str}
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search
        return lambda x: type(x) is not list or not x or (
            set(map(type, x)) == str_only and min(map(len, x)) >= least and all(map(search, x)))
    return lambda x: type(x) is not list or not x or (set(map(type, x)) == str_only and min(map(len, x)) >= least)


def _pattern(value: str, _: dict) -> Check:
    search = re.compile(value).search
    return lambda x: type(x) is not str or search(x) is not None


def _bound(name: str) -> Callable[[Any, dict], Check]:
    def make(value: Any, _: dict) -> Check:
        if type(value) not in (int, float):
            raise Unsupported(name)
        number = TYPES["number"]
        if name == "minLength":
            return lambda x: type(x) is not str or len(x) >= value
        if name == "minItems":
            return lambda x: type(x) is not list or len(x) >= value
        if name == "maxItems":
            return lambda x: type(x) is not list or len(x) <= value
        if name == "maxLength":  # code points, as JSON Schema counts them
            return lambda x: type(x) is not str or len(x) <= value
        if name == "minimum":
            return lambda x: not number(x) or x >= value
        return lambda x: not number(x) or x <= value  # maximum
    return make


def _same(a: Any, b: Any) -> bool:
    """Equal in JSON Schema's sense for plain scalars (True is not 1); lists and maps are
    left to jsonschema (counted unequal)."""
    return type(a) is type(b) and type(a) in (str, int, float, bool, type(None)) and a == b


def _const(value: Any, _: dict) -> Check:
    return lambda x: _same(x, value)


def _enum(value: list, _: dict) -> Check:
    plain = frozenset(v for v in value if type(v) is str)
    others = [v for v in value if type(v) is not str]
    return lambda x: (type(x) is str and x in plain) or any(_same(x, v) for v in others)


def _any_of(value: list, _: dict) -> Check:
    subs = [_compile(s) for s in value]

    def check(x: Any) -> bool:
        for sub in subs:
            if sub(x):
                return True
        return False
    return check


def _if(value: Any, schema: dict) -> Check:
    """``if``/``then``/``else``: the branch is chosen by an exact answer of ``if`` (see
    :func:`_exact`), and that branch's quick check judges the value."""
    condition = _exact(value)
    then = _compile(schema.get("then", True))
    otherwise = _compile(schema.get("else", True))
    return lambda x: then(x) if condition(x) else otherwise(x)


def _exact(schema: Any) -> Check:
    """An exact yes/no answer (as JSON Schema's) for the small schemas an ``if`` uses:
    ``properties`` whose values are a ``const`` or ``enum`` of strings or null, or a
    ``type``; anything else is :class:`Unsupported`."""
    if schema is True or schema == {}:
        return lambda x: True
    if not isinstance(schema, dict):
        raise Unsupported(schema)
    checks: list[Check] = []
    for keyword, value in schema.items():
        if keyword in ANNOTATIONS:
            continue
        if keyword == "properties" and isinstance(value, dict):
            subs = [(name, _exact(sub)) for name, sub in value.items()]
            checks.append(lambda x, subs=subs: type(x) is not dict
                          or all(sub(x[name]) for name, sub in subs if name in x))
        elif keyword in ("const", "enum"):
            values = [value] if keyword == "const" else value
            if not isinstance(values, list) or any(v is not None and type(v) is not str for v in values):
                raise Unsupported(keyword)  # numbers (1 == 1.0 == True?) and collections: not here
            strings = frozenset(v for v in values if v is not None)
            null = None in values
            checks.append(lambda x, strings=strings, null=null: (type(x) is str and x in strings)
                          or (null and x is None))
        elif keyword == "type" and "integer" not in ([value] if isinstance(value, str) else value):
            checks.append(_type(value, schema))  # (not "integer": 1.0 is one)
        else:
            raise Unsupported(keyword)
    return _all(checks) if checks else (lambda x: True)


def _all_of(value: list, _: dict) -> Check:
    return _all([_compile(s) for s in value])


def _property_names(value: Any, _: dict) -> Check:
    sub = _compile(value)
    return lambda x: type(x) is not dict or all(map(sub, x))


def _unique(value: Any, _: dict) -> Check:
    """``uniqueItems``: items that Python counts as distinct (lists and maps, and True beside
    1, are left to jsonschema)."""
    if value is False:
        return lambda x: True
    if value is not True:
        raise Unsupported("uniqueItems")

    def check(x: Any) -> bool:
        if type(x) is not list:
            return True
        try:
            return len(set(x)) == len(x)
        except TypeError:  # unhashable items
            return False
    return check


def inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    """Replace local ``#/$defs/...`` references by their definitions (the shipped schemas
    are not recursive): validation of large codebooks runs about twice as fast."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/$defs/"):
            siblings = {k: v for k, v in node.items() if k != "$ref"}  # annotations only
            return {**inline_refs(defs[ref.rsplit("/", 1)[1]], defs), **siblings}
        return {k: inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [inline_refs(item, defs) for item in node]
    return node


def _unevaluated(value: Any, schema: dict) -> Check:
    """``unevaluatedProperties: false`` judged strictly: every key must be one of the
    schema's own ``properties`` or of those of its ``allOf`` parts (which the whole check
    also requires to pass, so they did evaluate them). Keys that other keywords might have
    evaluated (``anyOf`` branches, patterns) count as unevaluated: "look closer"."""
    if value is True:
        return lambda x: True
    if value is not False:
        raise Unsupported("unevaluatedProperties")
    names: set[str] = set()
    parts = [schema]
    while parts:
        part = parts.pop()
        if isinstance(part, dict):
            names.update(part.get("properties") or {})
            parts.extend(part.get("allOf") or [])
    allowed = frozenset(names)
    return lambda x: type(x) is not dict or x.keys() <= allowed


_KEYWORDS: dict[str, Callable[[Any, dict], Check]] = {
    "type": _type, "properties": _properties, "required": _required, "items": _items, "pattern": _pattern,
    "minLength": _bound("minLength"), "minItems": _bound("minItems"), "maxItems": _bound("maxItems"),
    "maxLength": _bound("maxLength"), "minimum": _bound("minimum"),
    "maximum": _bound("maximum"), "const": _const, "enum": _enum, "anyOf": _any_of, "allOf": _all_of,
    "propertyNames": _property_names, "unevaluatedProperties": _unevaluated, "uniqueItems": _unique,
    "if": _if,
}
