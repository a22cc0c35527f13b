"""Language profiles: the words and construction cues of one language, as data.

``coder/lang/<code>.yaml`` holds a built-in profile; a codebook names its language in its
manifest (``language: en``) or gives the path of a profile file of its own. The coder's
Python holds no word of any language: adding one is a profile, a codebook and parses.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from coder.errors import CodebookError, Problem
from coder.lang.profile import Deinflection, LanguageProfile

__all__ = ["Deinflection", "LanguageProfile", "builtin_profile", "load_profile", "profile_path"]

BUILTIN_DIR = Path(__file__).parent

# (section, key in the file) → (field of LanguageProfile, how the value is read)
_FIELDS: dict[tuple[str, str], tuple[str, str]] = {
    **{("assertion", k): (k, "set") for k in (
        "negators", "negative_pronouns", "pending_markers", "future_auxiliaries", "hypothetical_auxiliaries", "possibility_auxiliaries",
        "obligation_auxiliaries", "perfect_auxiliaries", "obligation_verbs", "passive_auxiliaries", "copular_passive_auxiliaries",
        "adjectival_passive_auxiliaries", "participle_endings", "state_participles",
        "intent_verbs", "attempt_verbs", "failure_verbs", "refusal_verbs", "request_nouns", "wrongdoing_verbs", "conditional_markers",
        "ultimatum_markers", "negated_ultimatum_markers", "threat_condition_markers", "purpose_markers", "circumstance_markers", "sequence_markers", "unrealising_verbs",
        "bare_infinitive_verbs")},
    ("assertion", "infinitive_marker"): ("infinitive_marker", "str"),
    ("assertion", "sequence_any_act"): ("sequence_any_act", "bool"),
    ("prepositions", "target"): ("target_prepositions", "tuple"),
    ("prepositions", "topic"): ("topic_prepositions", "set"),
    ("prepositions", "non_target"): ("non_target_prepositions", "set"),
    ("prepositions", "argument"): ("argument_prepositions", "set"),
    ("prepositions", "locative"): ("locative_prepositions", "set"),
    ("prepositions", "oppositional"): ("oppositional_prepositions", "set"),
    ("prepositions", "agent"): ("agent_preposition", "str"),
    ("prepositions", "theme"): ("theme_preposition", "str"),
    ("prepositions", "reason"): ("reason_preposition", "str"),
    ("prepositions", "deverbal"): ("deverbal_prepositions", "set"),
    ("prepositions", "object_markers"): ("object_markers", "set"),
    ("prepositions", "unambiguous"): ("unambiguous_prepositions", "set"),
    ("prepositions", "mutual"): ("mutual_prepositions", "set"),
    ("prepositions", "means"): ("means_prepositions", "set"),
    ("prepositions", "passive_source"): ("passive_source_prepositions", "set"),
    ("prepositions", "passive_target"): ("passive_target_prepositions", "set"),
    ("prepositions", "opponent"): ("opponent_prepositions", "set"),
    ("prepositions", "partner"): ("partner_prepositions", "set"),
    ("prepositions", "subordinators"): ("subordinating_prepositions", "set"),
    ("prepositions", "complement_markers"): ("complement_markers", "set"),
    ("prepositions", "deverbal_pairs"): ("deverbal_preposition_pairs", "pairs"),
    ("references", "pronouns"): ("pronouns", "dict"),
    **{("references", k): (k, "set") for k in (
        "relative_pronouns", "relative_subjects", "definite_determiners", "definite_countries",
        "definite_groups", "possessive_markers", "relative_adverbs", "document_nouns")},
    ("references", "possessive_suffixes"): ("possessive_suffixes", "tuple"),
    ("references", "plural_possessive_suffixes"): ("plural_possessive_suffixes", "tuple"),
    ("references", "pro_drop"): ("pro_drop", "bool"),
    ("references", "person_noun"): ("person_noun", "str"),
    ("references", "reflexive_passive_markers"): ("reflexive_passive_markers", "set"),
    ("references", "pronoun_number_agreement"): ("pronoun_number_agreement", "bool"),
    ("references", "object_phrase_antecedents"): ("object_phrase_antecedents", "bool"),
    ("phrases", "quantifiers"): ("quantifiers", "set"),
    ("phrases", "amount_heads"): ("amount_heads", "set"),
    ("phrases", "amount_prepositions"): ("amount_prepositions", "set"),
    ("phrases", "motion_verbs"): ("motion_verbs", "set"),
    ("phrases", "coordinators"): ("coordinators", "set"),
    ("phrases", "sending_verbs"): ("sending_verbs", "set"),
    ("phrases", "object_control_verbs"): ("object_control_verbs", "set"),
    ("phrases", "command_verbs"): ("command_verbs", "set"),
    ("phrases", "wish_verbs"): ("wish_verbs", "set"),
    ("phrases", "objects_follow_verb"): ("objects_follow_verb", "bool"),
    ("phrases", "resultative_verbs"): ("resultative_verbs", "dict"),
    ("assertion", "irregular_participles"): ("irregular_participles", "dict"),
    ("phrases", "object_verbs"): ("object_verbs", "set"),
    ("phrases", "patient_subject_verbs"): ("patient_subject_verbs", "set"),
    ("phrases", "count_noun"): ("count_noun", "str"),
    ("phrases", "count_phrases"): ("count_phrases", "phrases"),
    ("phrases", "approximators"): ("approximators", "set"),
    ("phrases", "complementizers"): ("complementizers", "set"),
    ("phrases", "result_obliques"): ("result_obliques", "set"),
    ("phrases", "purpose_prepositions"): ("purpose_prepositions", "set"),
    ("phrases", "attitude_prefixes"): ("attitude_prefixes", "set"),
    ("places", "prepositions"): ("place_prepositions", "set"),
    ("places", "near"): ("near_prepositions", "set"),
    ("places", "nouns"): ("place_nouns", "set"),
    ("places", "admin_nouns"): ("admin_place_nouns", "set"),
    ("places", "near_nouns"): ("near_place_nouns", "set"),
    ("places", "of"): ("place_of", "str"),
    ("places", "not_places"): ("not_places", "set"),
    ("time", "words"): ("time_words", "set"),
    ("time", "days"): ("named_days", "set"),
    ("time", "months"): ("months", "ints"),
    ("time", "date_connectors"): ("date_connectors", "set"),
    ("time", "month_before_day"): ("month_before_day", "bool"),
    ("time", "day_suffixes"): ("day_suffixes", "set"),
    ("time", "lower_case_words"): ("lower_case_month_words", "set"),
    ("time", "year_parts"): ("year_parts", "ints"),
    ("time", "weekdays"): ("weekdays", "ints"),
    **{("time", k): (k, "set") for k in (
        "month_prepositions", "year_prepositions", "month_parts", "weekday_before", "weekday_after",
        "past_markers")},
    **{("time", k): (k, "ints") for k in ("days_ago", "weeks_ago", "months_ago")},
    ("numbers", "words"): ("number_words", "ints"),
    ("numbers", "scales"): ("number_scales", "ints"),
    ("numbers", "connectors"): ("number_connectors", "set"),
    **{("numbers", k): (k, "set") for k in (
        "not_count_units", "not_count_markers", "clock_markers", "clock_units")},
    ("numbers", "conjunctions"): ("count_conjunctions", "set"),
    ("numbers", "alternatives"): ("count_alternatives", "set"),
    ("numbers", "ranges"): ("count_ranges", "set"),
    ("numbers", "separators"): ("count_separators", "set"),
    ("morphology", "deinflections"): ("deinflections", "rules"),
    ("morphology", "no_undouble"): ("no_undouble", "str"),
    ("morphology", "undouble_min_stem"): ("undouble_min_stem", "int"),
    ("morphology", "plurals"): ("plural_rules", "rules"),
    ("morphology", "plural_keep_endings"): ("plural_keep_endings", "tuple"),
    ("morphology", "gerund_noun_endings"): ("gerund_noun_endings", "tuple"),
    ("morphology", "contractions"): ("contractions", "contractions"),
    ("morphology", "fold_accents"): ("fold_accents", "bool"),
    ("sentences", "final"): ("sentence_final", "tuple"),
    ("sentences", "openers"): ("sentence_openers", "set"),
    ("sentences", "abbreviations"): ("sentence_abbreviations", "set"),
}

_READERS = {
    "set": lambda v: frozenset(str(w).lower() for w in v),
    "tuple": lambda v: tuple(str(w).lower() for w in v),
    "str": lambda v: str(v).lower(),
    "int": int,
    "dict": lambda v: {str(k).lower(): str(x) for k, x in v.items()},
    "pairs": lambda v: tuple((str(a).lower(), str(b).lower()) for a, b in v),
    "phrases": lambda v: tuple(tuple(str(w).lower() for w in words) for words in v),
    "rules": lambda v: tuple(Deinflection(**rule) for rule in v),
    "contractions": lambda v: {str(k).lower(): tuple(str(w).lower() for w in x) for k, x in v.items()},
    "bool": bool,
    "ints": lambda v: {str(k).lower(): int(x) for k, x in v.items()},
}


def profile_path(language: str, base: Path | None = None) -> Path:
    """The file of a profile: a path (relative to ``base``, the codebook folder) when
    ``language`` names a YAML file, else the built-in ``coder/lang/<language>.yaml``."""
    if language.endswith((".yaml", ".yml")):
        return (base or Path.cwd()) / language
    return BUILTIN_DIR / f"{language}.yaml"


def load_profile(language: str = "en", base: Path | None = None
                 ) -> tuple[LanguageProfile | None, list[Problem]]:
    """Read and check a profile; every problem is located at file:line."""
    path = profile_path(language, base)
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in BUILTIN_DIR.glob("*.yaml")))
        return None, [Problem("error", str(path), 0, f"no language profile '{language}' "
                              f"(built-in: {known}; or a .yaml path in the codebook folder)", code="E250")]
    import yaml  # here: loading a cached codebook (which holds its profile) needs no YAML

    text = path.read_text(encoding="utf-8")
    try:  # one parse with libyaml; the pure-Python loader only to word an error as it does
        node, data = _compose_and_construct(text, getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        try:
            node, data = _compose_and_construct(text, yaml.SafeLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            return None, [Problem("error", str(path), mark.line + 1 if mark else 0, f"invalid YAML: {exc}",
                                  code="E251")]
    problems = [] if _quick_check()(data) else _schema_problems(path, node, data)
    if problems:
        return None, problems
    values: dict[str, Any] = {"code": data["language"], "name": data["name"], "source": str(path)}
    for (section, key), (name, kind) in _FIELDS.items():
        if key in data.get(section, {}):
            values[name] = _READERS[kind](data[section][key])
    return LanguageProfile(**values), []


def _compose_and_construct(text: str, loader_class: type) -> tuple[Any, Any]:
    """(node tree, data) of a one-document YAML text, parsed once (``yaml.compose`` and
    ``yaml.safe_load`` would parse it twice)."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


@lru_cache(maxsize=4)
def builtin_profile(language: str = "en") -> LanguageProfile:
    """A built-in profile, read once: the words of a caller that names no profile."""
    profile, problems = load_profile(language)
    if profile is None:
        raise CodebookError(problems)
    return profile


@lru_cache(maxsize=1)
def _quick_check() -> Any:
    """The schema's compiled yes/no check (:mod:`coder.codebook.quickcheck`): jsonschema is
    imported and run only for a profile it does not pass (to say what is wrong)."""
    import json

    from coder.codebook.quickcheck import compile_schema, inline_refs

    schema = json.loads((BUILTIN_DIR / "schema.json").read_text())
    return compile_schema(inline_refs(schema, schema.get("$defs", {}))) or (lambda data: False)


def _schema_problems(path: Path, node: Any, data: Any) -> list[Problem]:
    import json

    import jsonschema  # only here: every process start would pay for it

    validator = jsonschema.Draft202012Validator(json.loads((BUILTIN_DIR / "schema.json").read_text()))
    return [Problem("error", str(path), _line_of(node, _where(err)), err.message,
                    "/".join(map(str, _where(err))), code="E251")
            for err in validator.iter_errors(data)]


def _where(err: Any) -> list:
    """The path of a schema error, down to the unexpected key when there is one."""
    path = list(err.absolute_path)
    if err.validator == "additionalProperties" and isinstance(err.instance, dict):
        extra = [k for k in err.instance if k not in err.schema.get("properties", {})]
        path += extra[:1]
    return path


def _line_of(node: Any, path: list) -> int:
    """The 1-based line of the YAML node at ``path`` (the nearest existing parent)."""
    import yaml

    line = node.start_mark.line + 1 if node is not None else 0
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line
