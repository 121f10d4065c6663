"""Turn any way a report writes a place into one boundary id: :func:`resolve`.

``resolve("над Брянской областью")`` is Bryansk Oblast (``RU-BRY``), ``resolve("Kirovsky
district", region="RU-KLU")`` is Kaluga Oblast's Kirovsky district, ``resolve("Pogar")`` is
the district that contains the town of Pogar. The name index is built with the pack
(:mod:`geo.gazetteer_index`) and loaded lazily, once per pack folder, on the first call.

How a name is read (each step a small named function):

1. :func:`_clean` normalises Unicode, fixes Latin letters inside Cyrillic words (and the
   reverse), lower-cases, writes "ё" as "е", expands abbreviations ("обл.", "р-н", "г.") and
   splits words. Memoised.
2. :meth:`_Index.query` lemmatises Russian words through the index's table of inflected
   forms (made with pymorphy3 from every name in the pack, so "Брянской", "Брянскую" and
   "Брянская" all become "брянский"; hyphenated names are lemmatised part by part, so
   "Спас-Деменском" is "спас деменский"); pymorphy3 itself is asked only about words the
   table lacks. Latin words become a spelling key (:func:`latin_key`) that merges the usual
   romanisation variants ("Kirovskiy", "Kirovsky", "Kirovskii"). Leading context words ("над",
   "over the") are dropped and unit words ("области", "district", "моря") are taken out as a
   *marker* saying whether a region, district, town or sea is named. "<district> <region>"
   ("Ступинского района Московской области") is split and the region becomes the context.
   Memoised per input string.
3. :meth:`_Index.tiers` looks the key up, tier by tier: the name itself; a Russian name
   matched through its romanisation; a town or village (GeoNames) standing for the district
   that contains it; then the same three with unknown words corrected; then an inflected
   Russian town name by prefix; then a district named after a Russian town. The first tier
   with a candidate wins; with a ``region`` context, the first tier with a candidate inside
   it, else the first tier that matched a region, district or sea by name (never a town or a
   guess outside the context) (:func:`_match`). Two grammatical checks drop a match on the
   way: a Russian adjective in the neuter ("Покровское", a village) never names a district,
   whose unit words are masculine, unless the district's own name is neuter (Moscow's
   "район Отрадное") (:func:`_village_for_district`); and an adjective that a district word
   follows ("в Октябрьском районе") names a district of that name, never the district
   around a GeoNames town or village of that name (:func:`_adjective_of_unit`).
4. :func:`_choose` keeps candidates inside the context when any are, prefers a region to a
   sea to a district (a region beats a district of the same spelling unless a district word
   is present), prefers the unit the query names ("Altai Republic", "городской округ
   Жуковский", "Кунгурский район"), the best score, the place a name of
   :data:`geo.vocab.PLACE_NAMES` decides for ("Донецк": the occupied city, not the Rostov
   okrug), the district a town names when the town
   is also a village elsewhere ("Россошь": its Россошанский район), then the place whose
   published name is exactly what was written; if several places remain it raises
   :class:`~geo.AmbiguousPlaceError` listing them. Nothing is ever guessed across regions:
   the score, the seat and the published name decide only between places of one region
   among settlements ("Климово", a Bryansk seat and a Crimean village, is ambiguous), and a
   match of a guessing tier (a correction, a prefix, a town-named district) is returned with no
   region only when it is a region or sea written with its own unit word ("над Брянсой
   областью"): any other guess raises :class:`~geo.UnknownPlaceError` unless ``region`` is
   given (:func:`_names_itself`).

Scores (the ``score`` of a :class:`Place`) and thresholds:

- ``1.0``: a name or alias matched exactly after normalisation and lemmatisation;
- ``0.9``: a Russian name matched through its romanisation ("Bryanskaya oblast"), the
  adjective of a town-named okrug ("Шебекинский округ", "Shebekinsky district" for
  "Шебекино"), or English "<town> district" for the raion named after the town ("the
  Belgorod district" is Belgorodsky raion; "Belgorod" alone, "Belgorod city" and "Belgorod
  urban district" stay the city okrug);
- ``0.8``: a town, resolved to the district containing it (``kind="district"``; a town of
  a region without district polygons is a point place of its own with a district's id,
  "в Горловке" is ``UA-14:horlivka``), from GeoNames by its Latin name's romanisation or by
  its Russian names, or from :data:`geo.vocab.TOWNS_RU`; ``0.75`` for a village of 500 to
  999 people (so a town of the same name in its region wins). The romanisation of an
  inflected word as written counts only where it may be a nominative ("в Бердянске" is not
  "Berdyanske"). Towns are looked up only when no region, sea or district of that name
  exists; ``0.72`` for an inflected Russian town name matched by prefix ("в Погаре": the
  town key may lack at most :data:`TOWN_SUFFIX_MAX` = 2 final letters of the query and must
  be at least :data:`TOWN_PREFIX_MIN_LENGTH` = 4 letters long), and ``0.72`` for a Russian
  town missing from GeoNames that names its district ("Короча": "Корочанский район", by
  :func:`_town_adjectives`);
- fuzzy matching, word by word, never on whole phrases: a word of at least
  :data:`FUZZY_MIN_LENGTH` = 5 letters that the index does not know is replaced by the known
  words closest to it, at most one edit away (optimal string alignment: a transposition is one
  edit) for words of up to :data:`FUZZY_ONE_EDIT_MAX_LENGTH` = 8 letters and two edits for
  longer ones, and only if rapidfuzz ``ratio`` is at least :data:`FUZZY_MIN_RATIO` = 85. Equally
  close words are all tried (their places compete, so a typo can end ambiguous). The score is
  multiplied by the lowest ratio / 100. Names of more than :data:`FUZZY_MAX_WORDS` = 4 words
  are never corrected;
- nothing below :data:`MIN_SCORE` = 0.7 is returned: :class:`~geo.UnknownPlaceError` instead.
"""

from __future__ import annotations

import itertools
import os
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import settings
from geo import area_ids, names, vocab
from geo._errors import AmbiguousPlaceError, PackMissingError, UnknownPlaceError
from geo.morph import analyser

#: File name of the name index inside the pack, and of its table of inflected forms.
INDEX_FILE = "gazetteer.parquet"
FORMS_FILE = "gazetteer_forms.parquet"
#: File name of the point places (towns of the regions without district polygons), written
#: with the index.
TOWNS_FILE = "towns.parquet"
#: Bump when the index's layout or keys change; a stale index asks for a rebuild.
INDEX_VERSION = "25"

#: Score of each way of matching (see the module docstring).
SCORE_EXACT = 1.0
SCORE_TRANSLIT = 0.9
SCORE_TOWN = 0.8
#: A village of 500 to 999 people: below a town, so a name a town of its region has stays the
#: town's (between regions the score decides nothing: :func:`_settlements_of_regions`).
SCORE_VILLAGE = 0.75
#: Index sources of settlements, looked up only in the town tier: GeoNames' towns, the
#: curated Russian names of :data:`geo.vocab.TOWNS_RU`, and villages.
TOWN_SOURCES = frozenset({"town", "curated", "village"})
#: The settlement sources a town's seat or an inflected town name is found among.
_TOWN_NAMES = frozenset({"town", "curated"})
#: The settlement sources whose names are the settlement's own (GeoNames'), not a curated name
#: standing for it ("Станично-Луганский район": Станица Луганская's point).
_OWN_NAMES = frozenset({"town", "village"})
#: Sources that record a decision between places of one name (:func:`_prefer_alias`).
_DECIDED = frozenset({"alias", "curated"})
#: Score of a match by the index row's source.
_SOURCE_SCORE = {
    "name": SCORE_EXACT,
    "alias": SCORE_EXACT,
    "unit": SCORE_EXACT,
    "derived": SCORE_TRANSLIT,
    "town_raion": SCORE_TRANSLIT,
    "translit": SCORE_TRANSLIT,
    "town": SCORE_TOWN,
    "curated": SCORE_TOWN,
    "village": SCORE_VILLAGE,
}
#: Below this nothing is returned.
MIN_SCORE = 0.7
#: rapidfuzz ``ratio`` (0-100) a word needs to stand in for an unknown word.
FUZZY_MIN_RATIO = 85.0
#: Shorter words are never corrected: "Орёл" and "Орск" are one letter apart.
FUZZY_MIN_LENGTH = 5
#: Edits allowed when correcting a word: one up to this length, two beyond.
FUZZY_ONE_EDIT_MAX_LENGTH = 8
#: Names with more words than this are matched exactly or not at all.
FUZZY_MAX_WORDS = 4
#: Most corrected queries tried for one name (equally close corrections multiply).
FUZZY_MAX_VARIANTS = 4
#: Letters an inflected Russian town name may add to the town's romanised key ("pogare").
TOWN_SUFFIX_MAX = 2
#: Shortest town key matched by prefix: shorter ones ("ola", "mga") prefix too many words.
TOWN_PREFIX_MIN_LENGTH = 4

#: A query's unit word and the places' own unit words it names, where these differ: a
#: municipal okrug is a raion reformed ("Пермский муниципальный округ" is the published
#: "Пермский район", not the city's "Пермский городской округ" beside it).
_SUBTYPES_NAMED = {"municipal": frozenset({"municipal", "raion"})}
#: The places' unit words "район" names between regions (:func:`_prefer_subtype`).
_RAION_BETWEEN_REGIONS = frozenset({"raion", "urban"})

#: Sorts of match that are guesses (:attr:`Place.guess`): a corrected spelling, a town's
#: inflected form by prefix, a district named after a town the pack lacks.
_GUESSES = frozenset({"correction", "guess"})

#: The ``subtype`` of a point town: a settlement of a region without district polygons, a
#: place of its own with a district's id (:func:`geo.gazetteer_index.point_towns`).
POINT = "point"

#: Kinds in order of preference when one name matches places of several kinds.
_KIND_ORDER = ("region", "sea", "district")

# --------------------------------------------------------------------------- value object


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: a region, a district (also for a town inside it) or a sea."""

    kind: str
    id: str
    region_id: str | None
    name_ru: str
    name_en: str
    score: float
    #: matched only as a guess: after correcting the name's spelling, by a town name it
    #: begins with, or as the town a district is named after (the "guess" tiers); the
    #: parser takes such a place only inside the report's region (``parsing.lookup``)
    guess: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the place as the JSON object ``python -m geo resolve`` prints."""
        return {
            "kind": self.kind,
            "id": self.id,
            "region_id": self.region_id,
            "name_ru": self.name_ru,
            "name_en": self.name_en,
            "score": self.score,
            "guess": self.guess,
        }


# --------------------------------------------------------------------------- text cleaning

_LATIN_LOOKALIKE = "AaBCcEeHKkMOoPpTXxYy"
_CYRILLIC_LOOKALIKE = "АаВСсЕеНКкМОоРрТХхУу"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKE, _CYRILLIC_LOOKALIKE)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKE, _LATIN_LOOKALIKE)
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_APOSTROPHES_RE = re.compile(r"['’ʼʹ`]")
# one pass over the text for every abbreviation: alternatives are tried in the table's order
_ABBREVIATIONS_RE = re.compile(
    "|".join(f"(?P<a{i}>{pattern})" for i, (pattern, _) in enumerate(vocab.ABBREVIATIONS))
)
_EXPANSIONS = {f"a{i}": expansion for i, (_, expansion) in enumerate(vocab.ABBREVIATIONS)}
_POSSESSIVE_RE = re.compile(r"(?<=[a-z])['’]s(?![a-z])")
_LATIN_RE = re.compile(r"[A-Za-z]")
#: Stress marks some texts put on Russian vowels ("Примо́рск"): dropped, unlike "й"'s breve.
_STRESS = str.maketrans({"\u0301": None, "\u0300": None})
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


def _expand(match: re.Match[str]) -> str:
    return _EXPANSIONS[str(match.lastgroup)]


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _fix_homoglyphs(match: re.Match[str]) -> str:
    word = match.group(0)
    cyr = sum(1 for ch in word if _is_cyrillic(ch))
    if cyr == 0 or cyr == len(word):
        return word
    # a Latin "c" or "o" typed inside a Russian word, or the reverse: follow the majority
    return word.translate(_TO_CYRILLIC if cyr * 2 >= len(word) else _TO_LATIN)


@lru_cache(maxsize=100_000)
def _clean(text: str) -> tuple[str, ...]:
    """Return the words of ``text``: normalised, lower case, abbreviations expanded."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_STRESS)
    if not text.isascii() and _LATIN_RE.search(text):
        text = _LETTERS_RE.sub(_fix_homoglyphs, text)
    text = text.lower().replace("ё", "е")
    # "Russia's" -> "Russia", "Donetsk People's" stays a phrase of words
    text = _APOSTROPHES_RE.sub("", _POSSESSIVE_RE.sub("", text))
    text = _ABBREVIATIONS_RE.sub(_expand, text)
    return tuple(_WORD_RE.findall(text))


# --------------------------------------------------------------------------- romanisation

_ROMAN_TABLE = str.maketrans(names.LETTERS)
_KEY_STEPS = (
    ("shch", "sch"),
    ("kh", "h"),
    ("tz", "c"),
    ("ts", "c"),
    ("x", "ks"),
    ("ph", "f"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
    ("ie", "e"),
)
_DOUBLE_RE = re.compile(r"(.)\1+")


def romanize(text: str) -> str:
    """Return a plain letter-by-letter romanisation of Russian ``text`` (for matching only)."""
    return text.lower().replace("ё", "е").translate(_ROMAN_TABLE)


@lru_cache(maxsize=100_000)
def latin_key(text: str) -> str:
    """Return the spelling key of a Latin name: romanisation variants collapse to one key.

    "Kirovskiy", "Kirovsky" and "Kirovskii" all give ``"kirovski"``; "Yelabuga" and
    "Elabuga" give ``"elabuga"``. The key is lossy on purpose and only ever compared with keys.

    Examples
    --------
    >>> latin_key("Spas-Demenskiy")
    'spas demenski'
    >>> latin_key("Yelabuga") == latin_key("Elabuga")
    True
    """
    key = unicodedata.normalize("NFKD", text.lower())
    key = "".join(ch for ch in key if not unicodedata.combining(ch))
    key = _APOSTROPHES_RE.sub("", key).replace("-", " ")
    for old, new in _KEY_STEPS:
        key = key.replace(old, new)
    key = _DOUBLE_RE.sub(r"\1", key)
    return " ".join(key.split())


# --------------------------------------------------------------------------- the index


class _Entry(NamedTuple):
    kind: str
    id: str
    region_id: str | None
    name_ru: str
    name_en: str
    accepts: frozenset[str]
    source: str  # "name", "alias", "unit", "derived", "town_raion", "translit", or a TOWN_SOURCES
    subtype: str


class _Query(NamedTuple):
    script: str  # "cyr" or "lat"
    words: tuple[str, ...]  # key words: lemmas (cyr) or latin keys (lat)
    surface: tuple[str, ...]  # the same words as written (cyr), for romanisation
    marker: str  # "", "region", "district", "city" or "sea"
    subtype: str
    #: a district and its region in one phrase ("Кировский район Калужской области")
    compound: bool = False
    #: after :meth:`_Index._split`: the words naming the region ("Калужской области")
    rest: tuple[str, ...] = ()
    #: the unit word follows the name, as an adjective's noun ("Октябрьском районе")
    unit_last: bool = False


class _Candidate(NamedTuple):
    entry: _Entry
    score: float


_MARKERS_RU_1 = {k: v for k, v in vocab.MARKERS_RU.items() if " " not in k}
_MARKERS_RU_2 = {k: v for k, v in vocab.MARKERS_RU.items() if " " in k}
_MARKERS_EN_1 = {k: v for k, v in vocab.MARKERS_EN.items() if " " not in k}
_MARKERS_EN_2 = {k: v for k, v in vocab.MARKERS_EN.items() if " " in k}


class _Index:
    """The loaded name index of one pack, with the memo of analysed names."""

    def __init__(
        self,
        entries: dict[str, dict[str, tuple[_Entry, ...]]],
        forms: dict[str, str],
    ) -> None:
        self.entries = entries
        self.forms = forms
        #: every place by its id, so an id resolves to itself ("RU-KLU", "SEA-AZOV")
        self.by_id: dict[str, _Entry] = {}
        for by_key in entries.values():
            for found in by_key.values():
                for e in found:
                    kept = self.by_id.get(e.id)
                    if kept is None or (
                        kept.source in TOWN_SOURCES and e.source not in TOWN_SOURCES
                    ):
                        self.by_id[e.id] = e
        self.region_ids = frozenset(
            e.id
            for by_key in entries.values()
            for es in by_key.values()
            for e in es
            if e.kind == "region"
        )
        self._memo: dict[str, _Query | None] = {}
        # (script, key, marker, is a town) -> entries: one dict look-up per tier
        buckets: dict[tuple[str, str, str, bool], list[_Entry]] = {}
        for script, by_key in entries.items():
            for key, found in by_key.items():
                for e in found:
                    town = e.source in TOWN_SOURCES
                    for marker in e.accepts:
                        buckets.setdefault((script, key, marker, town), []).append(e)
        self._buckets = {k: tuple(v) for k, v in buckets.items()}
        self._vocab: dict[str, list[str]] = {}
        self._lat_set: frozenset[str] | None = None
        self._nearest_memo: dict[str, tuple[list[str], float]] = {}
        self._waters: dict[tuple[str, tuple[str, ...]], _Entry] | None = None

    # ----------------------------------------------------------------- analysis

    def lemma(self, word: str) -> str:
        """Return the key of one Russian word: its lemma, hyphen parts lemmatised one by one."""
        forms = self.forms
        if word in forms:
            return forms[word]
        return " ".join(forms.get(part) or _guess_lemma(part) for part in word.split("-") if part)

    def query(self, text: str) -> _Query | None:
        """Return the key words and marker of a name, or None when no name words remain."""
        memo = self._memo
        if text in memo:
            return memo[text]
        tokens = _clean(text)
        query = self._query_of(tokens)
        if query is not None and query.compound:
            query = self._split(tokens) or query
        if len(memo) < 200_000:
            memo[text] = query
        return query

    def _query_of(self, tokens: tuple[str, ...]) -> _Query | None:
        if not tokens:
            return None
        cyrillic = _CYRILLIC_RE.search(" ".join(tokens)) is not None
        if cyrillic:
            lemmas = [self.lemma(t) for t in tokens]
            context, one, two = vocab.CONTEXT_RU, _MARKERS_RU_1, _MARKERS_RU_2
        else:
            lemmas = list(tokens)
            context, one, two = vocab.CONTEXT_EN, _MARKERS_EN_1, _MARKERS_EN_2
        start = 0
        while start < len(tokens) and (tokens[start] in context or lemmas[start] in context):
            start += 1
        marker = subtype = ""
        unit_last = False
        seen: set[str] = set()
        words: list[str] = []
        surface: list[str] = []
        i = start
        while i < len(tokens):
            pair = f"{lemmas[i]} {lemmas[i + 1]}" if i + 1 < len(tokens) else ""
            found = two.get(pair)
            step = 2
            if found is None:
                found, step = one.get(lemmas[i]), 1
                if words and cyrillic and lemmas[i] in vocab.SETTLEMENT_NOUNS_RU:
                    found = None  # "Красное Село": the noun after a name is a word of it
            if found is not None:
                seen.add(found[0])
                if not marker or (found[0] == "region" and not subtype):
                    marker, subtype = found
                    unit_last = bool(words)
                i += step
                continue
            if not cyrillic and tokens[i] in vocab.STOPWORDS_EN:
                i += 1
                continue
            words.append(lemmas[i] if cyrillic else latin_key(tokens[i]))
            surface.append(tokens[i])
            i += 1
        if not words:
            return None
        compound = "region" in seen and bool(seen & {"district", "city"})
        script = "cyr" if cyrillic else "lat"
        return _Query(
            script, tuple(words), tuple(surface), marker, subtype, compound, unit_last=unit_last
        )

    def _split(self, tokens: tuple[str, ...]) -> _Query | None:
        """Split "<district> <its region>" into the district's query and the region's words."""
        for cut in range(1, len(tokens)):
            left, right = self._query_of(tokens[:cut]), self._query_of(tokens[cut:])
            if (
                left is not None
                and right is not None
                and left.marker in ("district", "city")
                and right.marker == "region"
                and not left.compound
                and not right.compound
            ):
                return left._replace(rest=tokens[cut:])
        return None

    # ----------------------------------------------------------------- lookup

    def lookup(self, script: str, key: str, marker: str, *, towns: bool) -> tuple[_Entry, ...]:
        """Return the entries under ``key`` that accept ``marker`` (towns only if asked)."""
        return self._buckets.get((script, key, marker, towns), ())

    def tiers(self, query: _Query) -> Iterator[tuple[list[_Candidate], str]]:
        """Yield the candidates of each tier in order, each with its sort of match.

        Tiers ("name", "town", "correction" or "guess"): a gulf or strait inside a sea; a region's capital
        held only as its urban okrug ("Пермь"); the name itself; a Russian name through its
        romanisation; a town-named okrug by its adjective
        ("Истринский"); a town; the same three with unknown words corrected; an inflected
        Russian town name by prefix; a district named after a Russian town ("Короча" ->
        "Корочанский район"). Later tiers are computed only when asked for.
        """
        yield self._water_in_sea(query), "name"
        for found, sort in self._exact(query, 1.0):
            if sort == "name" and found:
                # "Пермь", "Челябинск": a region's capital the pack holds only as its urban okrug
                yield self._city_okrug(query, found), "name"
            if sort == "town":
                # a town-named okrug's adjective before a town that shares its stem
                yield self._okrug_of_adjective(query), "name"
            yield found, sort
        if len(query.words) > FUZZY_MAX_WORDS:
            return  # a sentence, not a name: never guess words in it
        corrected, ratio = self._corrected(query)
        if corrected:
            # equally close corrections are all tried: each tier is the union of their finds
            tiers = zip(*(self._exact(q, ratio / 100.0) for q in corrected), strict=True)
            yield from (([c for found, _ in tier for c in found], "correction") for tier in tiers)
        yield self._town_prefix(query), "guess"
        yield self._named_after_town(query), "guess"

    def candidates(self, query: _Query) -> list[_Candidate]:
        """Return the candidates of the first tier that has any."""
        for found, _sort in self.tiers(query):
            if found:
                return found
        return []

    def _exact(self, query: _Query, factor: float) -> Iterator[tuple[list[_Candidate], str]]:
        """Yield the name tier(s) and then the town tier of a query, labelled."""
        key = " ".join(query.words)
        marker = query.marker
        if query.script == "lat":
            yield (
                [
                    _Candidate(e, _SOURCE_SCORE[e.source] * factor)
                    for e in self.lookup("lat", key, marker, towns=False)
                ],
                "name",
            )
            yield (
                [
                    _Candidate(e, _SOURCE_SCORE[e.source] * factor)
                    for e in self.lookup("lat", key, marker, towns=True)
                ],
                "town",
            )
            return
        yield (
            [
                _Candidate(e, _SOURCE_SCORE[e.source] * factor)
                for e in self.lookup("cyr", key, marker, towns=False)
            ],
            "name",
        )
        latin = list(_romanized_keys(query))
        yield (
            [
                _Candidate(e, SCORE_TRANSLIT * factor)
                for lkey in latin
                for e in self.lookup("lat", lkey, marker, towns=False)
            ],
            "name",
        )
        yield self._towns(query, key, latin, factor), "town"

    def _towns(self, query: _Query, key: str, latin: list[str], factor: float) -> list[_Candidate]:
        """Return the town tier of a Russian query: towns by their Russian names (GeoNames'
        and :data:`geo.vocab.TOWNS_RU`), then GeoNames towns by romanisation.

        The romanisation of a word as written counts only where the word may be a name in
        the nominative ("поселок Молодежное": the Petersburg town "Molodezhnoye"); an
        inflected form's is a coincidence: "в Бердянске" is Berdyansk, not the village
        "Berdyanske".
        """
        marker = query.marker
        found = [
            _Candidate(e, _SOURCE_SCORE[e.source] * factor)
            for e in self.lookup("cyr", key, marker, towns=True)
        ]
        if _adjective_of_unit(query):
            return found
        if not all(map(_may_be_nominative, query.surface)):
            latin = list(_romanized_keys(query, as_written=False))
        found += (
            _Candidate(e, _SOURCE_SCORE[e.source] * factor)
            for lkey in latin
            for e in self.lookup("lat", lkey, marker, towns=True)
        )
        return found

    def _word_vocabulary(self, script: str) -> list[str]:
        if script not in self._vocab:
            words = set(self.forms) if script == "cyr" else self._lat_words()
            self._vocab[script] = sorted(w for w in words if len(w) >= FUZZY_MIN_LENGTH - 1)
        return self._vocab[script]

    def _corrected(self, query: _Query) -> tuple[list[_Query], float]:
        """Replace each word the index does not know by its closest known words.

        A word is replaced only by words at most :func:`_max_edits` edits away, all those at
        the smallest distance ("kirovsik" is one edit from both "kirovsk" and "kirovski"),
        giving at most :data:`FUZZY_MAX_VARIANTS` corrected queries; the returned factor is
        the lowest rapidfuzz ``ratio`` (0-100) of any replacement, shared by all of them.
        """
        cyrillic = query.script == "cyr"
        sep = "-" if cyrillic else " "  # the parts of "Спас-Деменском" / "spas demenski"
        options: list[list[tuple[str, str]]] = []
        worst = 100.0
        for word, surface in zip(query.words, query.surface, strict=True):
            probe = surface if cyrillic else word
            per_part = []
            for part in probe.split(sep):
                nearest, ratio = self._nearest(part, cyrillic)
                per_part.append(nearest or [part])
                worst = min(worst, ratio)
            if all(len(p) == 1 for p in per_part) and sep.join(p[0] for p in per_part) == probe:
                options.append([(word, surface)])
                continue
            joined = [sep.join(combo) for combo in itertools.product(*per_part)]
            fixes = {(self.lemma(w) if cyrillic else w): w for w in joined}
            options.append(list(fixes.items())[:FUZZY_MAX_VARIANTS])
        if worst == 100.0:
            return [], 0.0
        variants = itertools.islice(itertools.product(*options), FUZZY_MAX_VARIANTS)
        queries = [
            query._replace(words=tuple(w for w, _ in combo), surface=tuple(s for _, s in combo))
            for combo in variants
        ]
        return queries, worst

    def _nearest(self, part: str, cyrillic: bool) -> tuple[list[str], float]:
        """Return the known words closest to an unknown word, and their lowest ratio (100 if known).

        Memoised: a search costs a few milliseconds over the index's ~40,000 words.
        """
        known: Any = self.forms if cyrillic else self._lat_words()
        if len(part) < FUZZY_MIN_LENGTH or part in known:
            return [], 100.0
        found = self._nearest_memo.get(part)
        if found is None:
            found = self._nearest_memo[part] = self._search_nearest(part, cyrillic)
        return found

    def _search_nearest(self, part: str, cyrillic: bool) -> tuple[list[str], float]:
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import OSA

        found = process.extract(
            part,
            self._word_vocabulary("cyr" if cyrillic else "lat"),
            scorer=OSA.distance,
            score_cutoff=_max_edits(part),
            limit=20,
        )
        if not found:
            return [], 100.0
        closest = min(d for _, d, _ in found)
        nearest = [
            w for w, d, _ in found if d == closest and fuzz.ratio(part, w) >= FUZZY_MIN_RATIO
        ]
        if not nearest:
            return [], 100.0
        return nearest, min(fuzz.ratio(part, w) for w in nearest)

    def _lat_words(self) -> frozenset[str]:
        if self._lat_set is None:
            self._lat_set = frozenset(w for key in self.entries["lat"] for w in key.split())
        return self._lat_set

    def _named_after_town(self, query: _Query) -> list[_Candidate]:
        """Match a Russian town name to the district named after it ("Короча": Корочанский)."""
        if query.script != "cyr" or len(query.words) != 1 or query.marker not in ("", "city"):
            return []
        for adjective in _town_adjectives(query.words[0]):
            # a district's own published name: an adjective the index derived from a town
            # is no seat's ("Сила" is not Zelenograd's Силино by a "силинский" made twice)
            hits = [
                e
                for e in self.lookup("cyr", self.lemma(adjective), "district", towns=False)
                if e.source == "name"
            ]
            if hits:
                return [_Candidate(e, SCORE_TOWN * 0.9) for e in hits]
        return []

    def _water_in_sea(self, query: _Query) -> list[_Candidate]:
        """Match a gulf or strait of :data:`geo.vocab.WATERS_IN_SEAS` to the sea holding it."""
        if query.marker != "sea":
            return []
        if self._waters is None:
            self._waters = {}
            for name, sea_id in vocab.WATERS_IN_SEAS.items():
                known = self.query(name)
                if known is not None and sea_id in self.by_id:
                    self._waters[(known.script, known.words)] = self.by_id[sea_id]
        found = self._waters.get((query.script, query.words))
        return [_Candidate(found, SCORE_TOWN)] if found is not None else []

    def _okrug_of_adjective(self, query: _Query) -> list[_Candidate]:
        """Match the adjective of a town-named okrug the index does not hold ("Истринский").

        The index derives "шебекинский" from "Шебекино" but not the adjectives of towns
        ending in a vowel that takes a suffix ("Истра" -> "истринский"): the town's nouns the
        adjective may come from are looked up among districts only, before any spelling
        correction ("Истринский" is one letter from Kamchatka's Быстринский).
        """
        if query.script != "cyr" or len(query.words) != 1 or query.marker not in ("", "district"):
            return []
        for noun in _adjective_towns(query.words[0]):
            # a federal city's unit is no town a district is named after ("Коломенский округ"
            # is Moscow Oblast's, never Petersburg's okrug Коломна)
            hits = [
                e for e in self.lookup("cyr", noun, "district", towns=False) if e.source != "unit"
            ]
            if hits:
                return [_Candidate(e, SCORE_TRANSLIT) for e in hits]
        return []

    def _city_okrug(self, query: _Query, found: list[_Candidate]) -> list[_Candidate]:
        """Match a city that is its own urban okrug, named by its adjective, where the name
        also stands for its region ("Пермь" -> "Пермский" городской округ, not Perm Krai).

        Only a one-word Russian name that found regions alone, and only an urban okrug of one of
        those regions (never a federal city's part: Moscow is the region itself).
        """
        if query.script != "cyr" or len(query.words) != 1 or query.marker not in ("", "city"):
            return []
        regions = {c.entry.id for c in found if c.entry.kind == "region"}
        if len(regions) != len(found) or regions & area_ids.FEDERAL_CITIES:
            return []
        for adjective in _town_adjectives(query.words[0]):
            hits = [
                e
                for e in self.lookup("cyr", adjective, "city", towns=False)
                if e.subtype == "urban" and e.region_id in regions
            ]
            if hits:
                return [_Candidate(e, SCORE_TRANSLIT) for e in hits]
        return []

    def _town_prefix(self, query: _Query) -> list[_Candidate]:
        """Match an inflected Russian town name ("Погаре") to a town key it starts with."""
        if (
            query.script != "cyr"
            or query.marker not in ("", "city", "district")
            or _adjective_of_unit(query)
            or _ADJECTIVE_LEMMA_RE.search(query.words[-1])
        ):
            # (an adjective is no inflected town: "поселок Курский" is not Kursk)
            return []
        towns = self.entries["lat"]
        for lkey in _romanized_keys(query):
            for cut in range(1, TOWN_SUFFIX_MAX + 1):
                stem = lkey[:-cut]
                if len(stem) < TOWN_PREFIX_MIN_LENGTH:
                    break
                hits = [e for e in towns.get(stem, ()) if e.source in _TOWN_NAMES]
                if hits:
                    return [_Candidate(e, SCORE_TOWN * 0.9) for e in hits]
        return []


#: The ending of an adjective's lemma ("курский", "красный", "городской").
_ADJECTIVE_LEMMA_RE = re.compile(r"(?:ий|ый|ой)$")


def _adjective_of_unit(query: _Query) -> bool:
    """Tell whether a Russian name is the adjective of the district word that follows it.

    "в Октябрьском районе" names a district called Октябрьский (a city's own district, when
    the pack has no raion of that name), never the district around a GeoNames village
    Октябрьский nor a town Октябрьск found by prefix; "в районе Октябрьского", the area of
    that village, still finds it, and so do the Russian names of :data:`geo.vocab.TOWNS_RU`
    ("над Адлерским районом": Sochi).
    """
    return query.script == "cyr" and query.marker == "district" and query.unit_last


def _adjective_towns(adjective: str) -> tuple[str, ...]:
    """Return the town nouns an okrug's adjective may come from ("истринский" -> "истра").

    The reverse of the index's own derivation for towns ending in a vowel: only ever compared
    with the names of real town-named districts.
    """
    out: list[str] = []
    for suffix, endings in (("инский", "аыя"), ("енский", "ая"), ("ский", "аыя")):
        stem = adjective.removesuffix(suffix)
        if stem != adjective and len(stem) >= 3:
            out += [stem + ending for ending in endings]
            if suffix == "енский":
                out.append(stem + "на")  # "коломенский" -> "коломна"
    return tuple(dict.fromkeys(out))


def _town_adjectives(town: str) -> tuple[str, ...]:
    """Return the adjectives a district named after a town may have ("короча" -> "корочанский").

    pymorphy3 does not derive adjectives from nouns; these spelling rules cover the usual
    shapes and are only ever compared with the names of real districts.
    """
    if len(town) < TOWN_PREFIX_MIN_LENGTH or " " in town or not _CYRILLIC_RE.search(town):
        return ()
    stem = town[:-1] if town[-1] in "аяоеиыь" else town
    out = [stem + "ский", stem + "анский", stem + "янский", stem + "инский", stem + "енский"]
    if stem.endswith("ск"):
        out.append(stem + "ий")  # "рыльск" -> "рыльский"
    if stem.endswith("к"):
        out.append(stem[:-1] + "ский")  # "суземка" -> "суземский", "валуйки" -> "валуйский"
    return tuple(dict.fromkeys(out))


def _max_edits(word: str) -> int:
    return 1 if len(word) <= FUZZY_ONE_EDIT_MAX_LENGTH else 2


def _romanized_keys(query: _Query, *, as_written: bool = True) -> Iterable[str]:
    """Yield Latin keys for a Russian query: as written (unless not ``as_written``),
    lemmatised, pymorphy's other lemmas."""
    options = []
    for surface, lemma in zip(query.surface, query.words, strict=True):
        written = [romanize(surface)] if as_written else []
        opts = dict.fromkeys([romanize(lemma), *written, *map(romanize, _all_lemmas(surface))])
        options.append(list(opts))
    seen = set()
    agreed = _agreed_nominatives(query.surface) if len(query.surface) == 2 else ()
    combos = itertools.islice(itertools.product(*options), 16)
    for combo in itertools.chain(agreed, combos):
        raw = " ".join(combo)
        # GeoNames writes "е" after a vowel as "ye" ("Velikiye Luki", "Sergiyev Posad")
        for spelled in (raw, _AFTER_VOWEL_E.sub("ye", raw)):
            key = latin_key(spelled)
            if key not in seen:
                seen.add(key)
                yield key


@lru_cache(maxsize=50_000)
def _may_be_nominative(word: str) -> bool:
    """Tell whether a Russian word as written may be in the nominative (or is unknown)."""
    if "-" in word or not any(_is_cyrillic(ch) for ch in word):
        return True
    return any(p.tag.case == "nomn" or not p.is_known for p in _morph().parse(word))


_AFTER_VOWEL_E = re.compile(r"(?<=[aeiouy])e")
_FEMININE_CASE_ENDINGS = ("ой", "ою", "е", "ы", "и", "у")


@lru_cache(maxsize=10_000)
def _agreed_nominatives(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Return an adjective and its noun in the nominative, romanised, the adjective agreeing
    with the noun ("Белой Калитве" -> "belaya kalitva", "Великих Луках" -> "velikie luki"):
    each word's own lemma gives "белый калитва", which no town is called. A feminine
    adjective before a noun pymorphy3 does not know ("Старой Руссе") gives the noun "-а"."""
    adjective, noun = words
    adjectives = [p for p in _morph().parse(adjective) if "ADJF" in p.tag]
    if not adjectives:
        return ()
    out: list[tuple[str, str]] = []
    parsed = next((p for p in _morph().parse(noun) if "NOUN" in p.tag), None)
    if parsed is not None:
        number = parsed.tag.number or "sing"
        nominative = parsed.inflect({"nomn", number})
        gender = parsed.tag.gender or "masc"
        adj = adjectives[0].inflect({"nomn", "plur"} if number == "plur" else {"nomn", gender})
        if nominative is not None and adj is not None:
            out.append((adj.word, nominative.word))
    feminine = next((p for p in adjectives if {"femn", "sing"} <= p.tag.grammemes), None)
    if feminine is not None:
        ending = next((e for e in _FEMININE_CASE_ENDINGS if noun.endswith(e)), None)
        adj = feminine.inflect({"nomn", "femn"})
        if ending is not None and adj is not None:
            out.append((adj.word, noun[: -len(ending)] + "а"))
    return tuple(tuple(map(romanize, pair)) for pair in dict.fromkeys(out))  # type: ignore[misc]


# --------------------------------------------------------------------------- pymorphy3


#: The analyser shared with the parser (one per process).
_morph = analyser


@lru_cache(maxsize=50_000)
def _guess_lemma(word: str) -> str:
    """Return pymorphy3's first lemma of a word the index's form table lacks."""
    if not any(_is_cyrillic(ch) for ch in word):
        return word
    return str(_morph().parse(word)[0].normal_form).replace("ё", "е")


@lru_cache(maxsize=50_000)
def _all_lemmas(word: str) -> tuple[str, ...]:
    """Return every lemma pymorphy3 offers for a word (its guesses for unknown towns)."""
    parts = word.split("-")
    if len(parts) > 1 or not any(_is_cyrillic(ch) for ch in word):
        return ()
    return tuple(dict.fromkeys(str(p.normal_form).replace("ё", "е") for p in _morph().parse(word)))


# --------------------------------------------------------------------------- loading

#: pack folder -> (index, mtime of its gazetteer.parquet, when that was last checked)
_INDEXES: dict[Path, tuple[_Index, int, float]] = {}
#: Seconds between checks that the index file on disk is still the one loaded: a rebuilt
#: pack is picked up this long after, without a file system call on every resolve.
RECHECK_SECONDS = 1.0


def _index_version(path: Path) -> str | None:
    import pyarrow.parquet as pq

    if not path.is_file():
        return None
    metadata = pq.read_schema(path).metadata or {}
    return metadata.get(b"gazetteer_index_version", b"").decode()


def load_index(pack_dir: Path) -> _Index:
    """Return the index of the pack in ``pack_dir``, read from disk on first use.

    The reader never writes: an index missing or made by an older version of this module
    raises :class:`~geo.PackMissingError` naming the command that rebuilds it
    (``python -m geo index``; ``make setup`` does it with the pack). An index file replaced
    on disk (the pack was rebuilt) is read again, noticed within :data:`RECHECK_SECONDS`.
    """
    cached = _INDEXES.get(pack_dir)
    now = time.monotonic()
    if cached is not None:
        index, mtime, checked = cached
        if now - checked < RECHECK_SECONDS:
            return index
        if _mtime(pack_dir / INDEX_FILE) == mtime:
            _INDEXES[pack_dir] = (index, mtime, now)
            return index
    index = _read_index(pack_dir)
    _INDEXES[pack_dir] = (index, _mtime(pack_dir / INDEX_FILE), now)
    return index


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def is_current(pack_dir: Path) -> bool:
    """Tell whether ``pack_dir`` holds an index written by this version of the gazetteer."""
    written = (pack_dir / FORMS_FILE).is_file() and (pack_dir / TOWNS_FILE).is_file()
    return written and _index_version(pack_dir / INDEX_FILE) == INDEX_VERSION


def _read_index(pack_dir: Path) -> _Index:
    """Read the index files of a pack; refuse one missing or made by an older version."""
    import pyarrow.parquet as pq

    path, forms_path = pack_dir / INDEX_FILE, pack_dir / FORMS_FILE
    if not is_current(pack_dir):
        if not (pack_dir / "districts.parquet").is_file():
            msg = f"no boundary pack in {str(pack_dir)!r}: run `python -m geo build`"
            raise PackMissingError(msg)
        msg = (
            f"the gazetteer index in {str(pack_dir)!r} is missing or was made by an older"
            " Atlas: run `python -m geo index` to rebuild it"
        )
        raise PackMissingError(msg)
    table = pq.read_table(path)
    entries: dict[str, dict[str, list[_Entry]]] = {"cyr": {}, "lat": {}}
    accepts_cache: dict[str, frozenset[str]] = {}
    cols = table.to_pydict()
    for script, key, kind, id_, region_id, name_ru, name_en, accepts, source, subtype in zip(
        cols["script"], cols["key"], cols["kind"], cols["id"], cols["region_id"],
        cols["name_ru"], cols["name_en"], cols["accepts"], cols["source"], cols["subtype"],
        strict=True,
    ):  # fmt: skip
        acc = accepts_cache.get(accepts)
        if acc is None:
            acc = accepts_cache[accepts] = frozenset(accepts.split(","))
        entry = _Entry(kind, id_, region_id, name_ru, name_en, acc, source, subtype)
        entries[script].setdefault(key, []).append(entry)
    forms_cols = pq.read_table(forms_path).to_pydict()
    forms = dict(zip(forms_cols["form"], forms_cols["lemma"], strict=True))
    frozen = {s: {k: tuple(v) for k, v in by_key.items()} for s, by_key in entries.items()}
    return _Index(frozen, forms)


_PACK_DIRS: dict[str | None, Path] = {}


def _pack_dir() -> Path:
    """Return ``settings.get().pack_dir``, remembered per value of its one override.

    ``settings.get()`` builds every setting (about 20 µs, as long as a whole resolve), and the
    pack folder depends only on ``ATLAS_PACK_DIR``, so a test that redirects it still works.
    """
    raw = os.environ.get("ATLAS_PACK_DIR")
    pack_dir = _PACK_DIRS.get(raw)
    if pack_dir is None:
        pack_dir = _PACK_DIRS[raw] = settings.get().pack_dir
    return pack_dir


# --------------------------------------------------------------------------- choosing


def _describe(entry: _Entry) -> str:
    where = f", {entry.region_id}" if entry.region_id and entry.region_id != entry.id else ""
    return f"{entry.id} ({entry.name_ru}{where})"


def _choose(
    name: str,
    found: list[_Candidate],
    context: frozenset[str],
    subtype: str = "",
    town: str = "",
) -> _Candidate:
    """Pick one candidate or raise when several places remain.

    In order: keep the places inside ``context`` if any are; keep the first kind present of
    region, sea, district; keep those whose unit word matches the query's (``subtype``); keep
    the best score; keep the place a curated alias names; keep the district named after the
    ``town`` written; keep the one whose published name is exactly what was written. The last
    two decide only between places of one region: between regions only the report's does.
    """
    if len(found) == 1 or all(c.entry.id == found[0].entry.id for c in found):
        return max(found, key=lambda c: c.score)
    best: dict[str, _Candidate] = {}
    for cand in found:
        kept = best.get(cand.entry.id)
        if kept is None or cand.score > kept.score:
            best[cand.entry.id] = cand
    pool = list(best.values())
    if context:
        inside = [c for c in pool if _inside(c, context)]
        if inside:
            pool = inside
    if len({c.entry.region_id for c in pool}) > 1:
        pool = _outside_inner_cities(pool)
    for kind in _KIND_ORDER:
        of_kind = [c for c in pool if c.entry.kind == kind]
        if of_kind:
            pool = of_kind
            break
    pool = _prefer_subtype(pool, subtype)
    if len(pool) > 1 and not _settlements_of_regions(pool):
        top = max(c.score for c in pool)
        pool = [c for c in pool if c.score == top]
    if len(pool) > 1:
        pool = _prefer_alias(pool)
    if len(pool) > 1 and town:
        pool = _prefer_seat(pool, town)
    if len(pool) > 1 and len({c.entry.region_id for c in pool}) == 1:
        # lemmas drop gender: "Зиминское" and "Зиминский район" share a key, not a name
        # (inside one region: between regions the spelling decides nothing, "Каменский" is
        # a raion of five regions and Sverdlovsk's okrug published bare)
        written = " ".join(_clean(name))
        # a point town's published name is the town's own: it says nothing against a town
        # of that name inside some district ("Кировск" of Luhansk Oblast and Leningrad's)
        same = [
            c
            for c in pool
            if c.entry.subtype != POINT and " ".join(_clean(c.entry.name_ru)) == written
        ]
        pool = same if len(same) == 1 else pool
    if len(pool) == 1:
        return pool[0]
    listed = "; ".join(_describe(c.entry) for c in sorted(pool, key=lambda c: c.entry.id))
    msg = (
        f"{name!r} matches {len(pool)} places: {listed}; "
        f"pass region=... (one of their region ids) to choose"
    )
    raise AmbiguousPlaceError(msg)


#: The federal cities whose districts are quarters of one city ("район Можайский" of Moscow, 125
#: of them), not raions or towns of their own. Saint Petersburg's and Sevastopol's districts
#: are their raions, which their governors name as any region's; the municipal units inside
#: them are quarters by their names (the index's source ``unit``: "муниципальный округ
#: Коломна" of Petersburg's Адмиралтейский район).
_INNER_CITIES = frozenset({"RU-MOW"})


def _quarter_of_a_city(candidate: _Candidate) -> bool:
    entry = candidate.entry
    return entry.kind == "district" and (entry.source == "unit" or entry.region_id in _INNER_CITIES)


def _outside_inner_cities(found: list[_Candidate]) -> list[_Candidate]:
    """Drop a federal city's quarter beside places of other regions.

    A name shared by a town or a district of a region and a quarter of Moscow or of a raion of
    Saint Petersburg or Sevastopol is the town's when the report's region does not say the
    city: "над Коломной", "в Коломенском округе" is Moscow Oblast's Kolomna (a city of
    140,000), not the Petersburg municipal okrug of that name; "в Можайском районе" is the
    Moscow Oblast okrug; "Ивановский район" a raion, not Petersburg's okrug Ивановский. The
    city's own quarter is still found when the city is the region in context (a Moscow mayor's
    post, a Petersburg report's "Коломна": its Адмиралтейский район). A raion of Petersburg or
    Sevastopol is no quarter: "Выборгский район" with no region is Petersburg's or Leningrad
    Oblast's, ambiguous."""
    outside = [c for c in found if not _quarter_of_a_city(c)]
    return outside or found


def _settlements_of_regions(found: list[_Candidate]) -> bool:
    """Tell whether the candidates are settlements of several regions, which their scores
    must not decide between.

    A town scores above a village so that a name a town has stays the town's, but only inside
    one region: "Климово" is a seat in Bryansk Oblast and a village in Crimea, and a report
    that names neither region has not said which (ambiguous: the report's region decides).
    """
    return len({c.entry.region_id for c in found}) > 1 and all(
        c.entry.source in TOWN_SOURCES for c in found
    )


def _prefer_alias(found: list[_Candidate]) -> list[_Candidate]:
    """Keep the one place a name of :data:`geo.vocab.PLACE_NAMES` or
    :data:`geo.vocab.TOWNS_RU` gives, if one does.

    The tables record decisions between places of one name: "Донецк" alone is the occupied
    city, not the Rostov okrug of the same published name (which its region still finds);
    "Любимовка" is Sevastopol's, not one of the villages of that name in the occupied oblasts.
    """
    aliases = [c for c in found if c.entry.source in _DECIDED]
    return aliases if len(aliases) == 1 else found


def _prefer_seat(found: list[_Candidate], town: str) -> list[_Candidate]:
    """Keep the one district a town found in several gives its name to, if one does.

    A town that names a district is its seat, and a place reports name far more often than a
    village of the same name elsewhere: "Россошь" (and "Rossosh") is the town of the
    Россошанский район, not the village in the Репьёвский район of the same region. Only
    inside one region: between regions the seat is a guess ("Красноармейск" is a seat in
    Saratov Oblast and a town of Moscow Oblast), which the report's region decides.
    """
    if len({c.entry.region_id for c in found}) > 1:
        return found
    if _CYRILLIC_RE.search(town):
        adjectives = set(_town_adjectives(town))
        seats = [
            c
            for c in found
            if c.entry.source in _TOWN_NAMES and _clean(c.entry.name_ru)[0] in adjectives
        ]
    else:
        # "Rossosh district": the district whose English name the town's begins ("Rossoshansky")
        seats = [
            c
            for c in found
            if c.entry.source in _TOWN_NAMES and latin_key(c.entry.name_en).startswith(town)
        ]
    return seats if len(seats) == 1 else found


def _prefer_subtype(found: list[_Candidate], subtype: str) -> list[_Candidate]:
    """Keep the places whose own unit word matches the query's, if any do.

    "Altai Republic" is the republic, not Altai Krai; "городской округ Жуковский" is the urban
    okrug of Moscow Oblast, not the Zhukovsky raions of Kaluga and Bryansk oblasts;
    "Пермский муниципальный округ" is the raion, not the city's urban okrug beside it.

    Between regions "район" names a town's urban okrug too: reports still call a raion
    reformed into one by its old name ("Пушкинский район" is Saint Petersburg's raion or Moscow
    Oblast's Pushkino okrug, once a raion: ambiguous until the report's region decides, never a
    guess). A municipal okrug of another region still gives way to a raion (Stavropol Krai's
    "Курский" to Kursk Oblast's Курский район: the parser does not yet read the region a text
    names later, docs/architecture.md).
    """
    if not subtype or len({c.entry.id for c in found}) < 2:
        return found
    named = _SUBTYPES_NAMED.get(subtype, frozenset({subtype}))
    if subtype == "raion" and len({c.entry.region_id for c in found}) > 1:
        named = _RAION_BETWEEN_REGIONS
    same = [c for c in found if c.entry.subtype in named]
    return same or found


# --------------------------------------------------------------------------- public


def _context(index: _Index, region: str | None) -> frozenset[str]:
    if not region:
        return frozenset()
    ids = frozenset(part.strip().upper() for part in area_ids.parts(region) if part.strip())
    unknown = sorted(ids - index.region_ids)
    if unknown:
        msg = f"region={region!r} is not a region id of the pack (unknown: {', '.join(unknown)})"
        raise UnknownPlaceError(msg)
    return ids


def _inside(candidate: _Candidate, context: frozenset[str]) -> bool:
    return candidate.entry.id in context or candidate.entry.region_id in context


def _match(index: _Index, query: _Query, context: frozenset[str]) -> tuple[list[_Candidate], str]:
    """Return the candidates of the first tier with any, or with any inside ``context``, and
    that tier's sort of match ("name", "town", "correction" or "guess").

    With a region context a later tier may still find a place inside it ("Kirovsk" with
    ``RU-LEN`` is the town in Leningrad Oblast, not the Murmansk okrug of that name); when
    none does, the first tier matching a name of a region, district or sea stands (a town or a
    guess outside the context is never taken: "Ровеньки" in Belgorod Oblast is not the town
    of Luhansk Oblast).
    """
    fallback: list[_Candidate] = []
    for found, sort in index.tiers(query):
        found = [
            c
            for c in found
            if c.score >= MIN_SCORE
            and not _town_for_raion(c, query, sort)
            and not _village_for_district(c, query, sort)
            and not _adjective_of_other_gender(c, query)
            and not _town_of_other_gender(c, query)
        ]
        if not found:
            continue
        if not context:
            return found, sort
        inside = [c for c in found if _inside(c, context)]
        if inside:
            return inside, sort
        if not fallback and sort == "name":
            fallback = found
    return fallback, "name"


def _town_for_raion(candidate: _Candidate, query: _Query, sort: str) -> bool:
    """Tell whether a name match is a town unit while the query names a raion.

    "the Pavlovsk district" is the district the town of Pavlovsk is the seat of (Voronezh
    Oblast's Павловский район), never Petersburg's "город Павловск", a town inside a federal
    city whose English name is the bare "Pavlovsk" (a name of the city's Pushkinsky raion that
    holds it): such a unit is found again among the towns (the town tier), where the report's
    region and the seat rule decide.
    """
    entry = candidate.entry
    town_unit = entry.name_ru.startswith("город ") or (
        entry.source == "unit" and entry.subtype == "urban"
    )
    return sort == "name" and query.subtype == "raion" and town_unit


#: Endings of a Russian adjective in the neuter nominative ("Покровское", "Синее").
_NEUTER_ENDINGS = ("ое", "ее")


def _village_for_district(candidate: _Candidate, query: _Query, sort: str) -> bool:
    """Tell whether a name match is a district while the query is an adjective in the neuter.

    A district's unit words are masculine ("район", "округ"), so a neuter adjective
    ("Покровское", "Никольское") is a village's name ("село"), found again among the towns,
    never the raion "Покровский" of some region: lemmas drop gender. A district published in
    the neuter itself (Moscow's "район Отрадное") keeps the match, and so does a name its own
    unit word comes with ("муниципальный округ Измайловское", a Petersburg unit).
    """
    return (
        sort == "name"
        and candidate.entry.kind == "district"
        and query.marker != "district"
        and query.script == "cyr"
        and query.surface[-1].endswith(_NEUTER_ENDINGS)
        and not any(w.endswith(_NEUTER_ENDINGS) for w in _clean(candidate.entry.name_ru))
    )


#: The grammatical gender of a region's unit noun by its ``subtype``: "Кировская область",
#: "Пермский край", "Чувашская Республика", "Ненецкий автономный округ".
_REGION_GENDERS = {"oblast": "femn", "republic": "femn", "krai": "masc", "ao": "masc"}


def _adjective_of_other_gender(candidate: _Candidate, query: _Query) -> bool:
    """Tell whether a region is named by an adjective its unit noun cannot agree with.

    "Кировского" ("на территории Кировского района", the noun cut off) is masculine or
    neuter: never "Кировская область", whose noun is feminine, but a district of that name
    (found among districts, where the report's region decides); "Пермского" may still be
    "Пермский край". Lemmas drop gender, so the word as written is asked: only a single
    Russian word with no unit word, read by pymorphy3 as an adjective in the singular alone.
    """
    gender = _REGION_GENDERS.get(candidate.entry.subtype)
    if (
        gender is None
        or candidate.entry.kind != "region"
        or query.script != "cyr"
        or query.marker
        or len(query.surface) != 1
    ):
        return False
    genders = _adjective_genders(query.surface[0])
    return bool(genders) and gender not in genders


#: The gender (or number) a nominative adjective's ending says: "Красный", "Красная",
#: "Красное", "Красные".
_NOMINATIVE_ENDINGS = (
    (("ый", "ий", "ой"), "masc"),
    (("ая", "яя"), "femn"),
    (("ое", "ее"), "neut"),
    (("ые", "ие"), "plur"),
)


def _nominative_gender(word: str) -> str:
    """Return the gender of an adjective written in the nominative, "" for any other word."""
    gender = next((g for ends, g in _NOMINATIVE_ENDINGS if word.endswith(ends)), "")
    return gender if gender and _is_nominative_adjective(word) else ""


@lru_cache(maxsize=10_000)
def _is_nominative_adjective(word: str) -> bool:
    return any("ADJF" in p.tag and p.tag.case == "nomn" for p in _morph().parse(word))


def _town_of_other_gender(candidate: _Candidate, query: _Query) -> bool:
    """Tell whether a point town's name is an adjective of another gender than the one written.

    Lemmas drop gender, so "хутор Красный" and the village "Красное" share a key; both written
    in the nominative, they are two names: a hamlet Красный is never the Donetsk Oblast village
    Красное. An inflected form ("в Красном") says no gender and keeps the match. Only a point
    town's published name is its own (a town inside a district carries the district's).
    """
    entry = candidate.entry
    if (
        entry.subtype != POINT
        or entry.source not in _OWN_NAMES  # (a raion's adjective is no name of its seat)
        or query.script != "cyr"
        or len(query.surface) != 1
    ):
        return False
    written = _nominative_gender(query.surface[0])
    if not written:
        return False
    own = _nominative_gender(_clean(entry.name_ru)[-1])
    return bool(own) and own != written


@lru_cache(maxsize=10_000)
def _adjective_genders(word: str) -> frozenset[str]:
    """Return the genders a word read as a singular adjective may have (empty when some
    reading of it is no such adjective: a noun, a plural)."""
    genders = set()
    for p in _morph().parse(word):
        if p.tag.POS != "ADJF":
            continue
        if p.tag.number != "sing" or p.tag.gender is None:
            return frozenset()
        genders.add(str(p.tag.gender))
    return frozenset(genders)


def _names_itself(candidate: _Candidate, query: _Query) -> bool:
    """Tell whether a guess is a region or sea written with its own unit word.

    "над Брянсой областью" names Bryansk Oblast misspelt: the unit word says a region is meant,
    and the region is the area itself, never a place inside another region. A district or town
    found by a guess ("в Погрском районе", "в Ивне") may lie in any region: only the report's
    region lets it stand.
    """
    kind = candidate.entry.kind
    return kind in ("region", "sea") and query.marker == kind


def _region_of(index: _Index, tokens: tuple[str, ...]) -> frozenset[str]:
    """Return the region named after a district ("... района Калужской области"), if clear."""
    query = index._query_of(tokens)
    if query is None:
        return frozenset()
    found = [c for c in index.candidates(query) if c.score >= MIN_SCORE]
    regions = {c.entry.id for c in found if c.entry.kind == "region"}
    return frozenset(regions) if len(regions) == 1 else frozenset()


def resolve(name: str, region: str | None = None) -> Place:
    """Return the region, district or sea a name refers to.

    Parameters
    ----------
    name
        A place as a report writes it, in Russian (any case) or English: "над Брянской
        областью", "Spas-Demensky district", "Кубань", "waters of the Azov Sea", "Pogar";
        or a place id of the pack ("RU-KLU", "RU-KLU:kirovsky", "SEA-AZOV"), which resolves
        to itself.
    region
        Region id giving context ("RU-KLU", or ids joined by "+"): among several districts
        of the same name, the one in this region wins.

    Raises
    ------
    UnknownPlaceError
        Nothing matches well enough (see the module docstring for the thresholds).
    AmbiguousPlaceError
        Several places match equally well and ``region`` does not decide.

    Examples
    --------
    >>> resolve("Брянской области").id  # doctest: +SKIP
    'RU-BRY'
    """
    index = load_index(_pack_dir())
    context = _context(index, region)
    by_id = index.by_id.get(name.strip())
    if by_id is not None:
        return Place(by_id.kind, by_id.id, by_id.region_id, by_id.name_ru, by_id.name_en, 1.0)
    query = index.query(name)
    if query is None:
        msg = f"no place name in {name!r}"
        raise UnknownPlaceError(msg)
    found, sort = _match(index, query, context)
    if query.rest:
        # the phrase names the district's region itself: only a district there will do
        named = _region_of(index, query.rest)
        found, sort = _match(index, query, named) if named else ([], "name")
        found = [c for c in found if _inside(c, named)]
    if not found:
        where = f" (region={region!r})" if region else ""
        msg = f"no place matches {name!r} well enough{where}"
        raise UnknownPlaceError(msg)
    if sort in _GUESSES and not context and not all(_names_itself(c, query) for c in found):
        # a guess needs the report's region: a word the pack lacks is more often a place it
        # does not hold (a cape, a beach) or no place at all (a surname) than a misspelling
        # or an inflection of one, and its nearest name may lie in any region
        msg = f"{name!r} is only a guess ({_describe(found[0].entry)}): pass region=... to allow it"
        raise UnknownPlaceError(msg)
    town = query.words[0] if len(query.words) == 1 else ""
    chosen = _choose(name, found, context, query.subtype, town)
    e = chosen.entry
    score = round(chosen.score, 3)
    return Place(e.kind, e.id, e.region_id, e.name_ru, e.name_en, score, sort in _GUESSES)
