"""A small stand-in gazetteer so the parser's tests do not depend on the built boundary pack.

It follows ``geo.resolve``'s contract (nominative name in, Place out, UnknownPlaceError
otherwise) for the few places the golden texts name; the real gazetteer is tested in tests/geo.
Its every answer is the real gazetteer's (``tests/parsing/test_stand_in_gazetteer.py`` asks the
built pack each name it knows, in each region it knows it in), so a parser test never passes on
a place the Atlas would not find; some of its ids are shorter than the pack's for the same
place (:data:`PACK_IDS`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

import pytest

import geo
from parsing import lookup, parse
from settings import MSK


@dataclass(frozen=True)
class FakePlace:
    kind: str
    id: str
    region_id: str | None
    name_ru: str
    name_en: str
    score: float = 1.0
    guess: bool = False


_REGIONS = {
    "RU-BRY": ("Брянская область", "Bryansk Oblast", ["Брянщина", "Bryansk Region", "Bryansk"]),
    "RU-KRS": ("Курская область", "Kursk Oblast", ["Kursk Region", "Kursk"]),
    "RU-BEL": ("Белгородская область", "Belgorod Oblast", ["Belgorod Region", "Belgorod"]),
    "RU-KLU": ("Калужская область", "Kaluga Oblast", ["Kaluga Region", "Kaluga"]),
    "RU-ROS": ("Ростовская область", "Rostov Oblast", ["Rostov Region", "Rostov"]),
    "RU-VOR": ("Воронежская область", "Voronezh Oblast", ["Voronezh Region", "Voronezh"]),
    "RU-TUL": ("Тульская область", "Tula Oblast", ["Tula Region"]),
    "RU-MOS": ("Московская область", "Moscow Oblast", ["Подмосковье", "Moscow Oblast"]),
    "RU-MOW": ("Москва", "Moscow", ["Moscow", "Moscow city"]),
    "RU-KDA": ("Краснодарский край", "Krasnodar Krai", ["Krasnodar Region", "Krasnodar Krai"]),
    "UA-43": ("Республика Крым", "Crimea", ["Крым", "Crimea", "Republic of Crimea"]),
    "UA-40": ("Севастополь", "Sevastopol", ["Sevastopol"]),
    "RU-VLA": ("Владимирская область", "Vladimir Oblast", ["Vladimir Region"]),
    "RU-SMO": ("Смоленская область", "Smolensk Oblast", ["Smolensk Region"]),
    "RU-KIR": ("Кировская область", "Kirov Oblast", ["Kirov Region"]),
    "RU-NIZ": ("Нижегородская область", "Nizhny Novgorod Oblast", ["Nizhny Novgorod Region"]),
    "UA-23": (
        "Запорожская область",
        "Zaporizhzhia Oblast",
        ["Zaporizhzhia Region", "Zaporizhzhia"],
    ),
    "RU-CU": ("Чувашская Республика", "Chuvashia", ["Чувашия"]),
    "RU-TA": ("Республика Татарстан", "Tatarstan", ["Татарстан"]),
    "RU-BA": ("Республика Башкортостан", "Bashkortostan", ["Башкирия"]),
    "RU-SPE": ("Санкт-Петербург", "Saint Petersburg", ["Петербург"]),
    "UA-14": (
        "Донецкая Народная Республика",
        "Donetsk Oblast",
        ["Donetsk People's Republic", "ДНР", "DPR"],
    ),
    "UA-09": ("Луганская Народная Республика", "Luhansk Oblast", ["ЛНР", "LPR"]),
    "RU-SAR": ("Саратовская область", "Saratov Oblast", ["Saratov Region", "Saratov"]),
    "RU-MO": ("Республика Мордовия", "Mordovia", ["Republic of Mordovia"]),
    "RU-RYA": ("Рязанская область", "Ryazan Oblast", ["Ryazan Region"]),
    "RU-SAM": ("Самарская область", "Samara Oblast", ["Samara Region"]),
    "RU-LEN": ("Ленинградская область", "Leningrad Oblast", ["Ленобласть", "Leningrad Region"]),
    "SEA-BLACK": ("Черное море", "Black Sea", ["Black Sea"]),
    "SEA-AZOV": ("Азовское море", "Sea of Azov", ["Azov Sea", "Sea of Azov"]),
}
_DISTRICTS = {
    "RU-KLU:kirovsky": ("RU-KLU", "Кировский район", "Kirovsky District", ["Kirovsky district"]),
    "RU-KLU:tarussky": ("RU-KLU", "Тарусский район", "Tarussky District", []),
    "RU-KLU:obninsk": ("RU-KLU", "Обнинск", "Obninsk", ["Obninsk"]),
    "RU-BRY:pogarsky": ("RU-BRY", "Погарский район", "Pogarsky District", []),
    "RU-BEL:shebekinsky": (
        "RU-BEL",
        "Шебекинский городской округ",
        "Shebekinsky District",
        ["Shebekino district", "Шебекинский округ"],
    ),
    "RU-BEL:belgorodsky": (
        "RU-BEL",
        "Белгородский район",
        "Belgorodsky District",
        ["Belgorod district"],
    ),
    "RU-BEL:grayvoronsky": (
        "RU-BEL",
        "Грайворонский городской округ",
        "Grayvoronsky District",
        ["Грайворонский округ"],
    ),
    "RU-BEL:valuysky": ("RU-BEL", "Валуйский муниципальный округ", "Valuysky District", []),
    "RU-MOS:stupinsky": ("RU-MOS", "Ступинский район", "Stupinsky", ["Ступинский городской округ"]),
    "RU-NIZ:nizhny-novgorod": ("RU-NIZ", "Нижний Новгород", "Nizhny Novgorod city", []),
    "RU-MOS:ramensky": ("RU-MOS", "Раменский городской округ", "Ramensky", []),
    "RU-KDA:slavyansky": (
        "RU-KDA",
        "Славянский район",
        "Slavyansky District",
        ["Slavyansky District"],
    ),
    "RU-KDA:novorossiysk": (
        "RU-KDA",
        "Новороссийск",
        "Novorossiysk",
        ["Novorossiysk", "Novorossiysk city"],
    ),
    "RU-MOS:podolsk": ("RU-MOS", "Подольск", "Podolsk", ["городской округ Подольск"]),
    "RU-MOS:bogorodsky": ("RU-MOS", "Богородский городской округ", "Bogorodsky", []),
    "RU-KDA:gelendzhik": ("RU-KDA", "Геленджик", "Gelendzhik", []),
    "RU-RYA:shilovsky": ("RU-RYA", "Шиловский район", "Shilovsky District", []),
    "RU-SAM:syzran": ("RU-SAM", "Сызрань", "Syzran", ["Syzran"]),
    "RU-SAM:syzransky": ("RU-SAM", "Сызранский район", "Syzransky District", []),
    "RU-SAR:saratov": ("RU-SAR", "Саратов", "Saratov city", []),
    "RU-CU:cheboksary": ("RU-CU", "Чебоксары", "Cheboksary", ["Cheboksary", "Cheboksary city"]),
}

#: Towns the gazetteer knows by their own names inside a district named otherwise (its score
#: for them is ``lookup.TOWN_SCORE``, ``geo.gazetteer.SCORE_TOWN``).
_TOWNS = {
    "Энгельс": ("RU-SAR", "RU-SAR:engelssky", "Энгельсский район", "Engelssky"),
    "Балаково": ("RU-SAR", "RU-SAR:balakovsky", "Балаковский район", "Balakovsky"),
    "Кириши": ("RU-LEN", "RU-LEN:kirishsky", "Киришский район", "Kirishsky"),
    # the seat Tarussky district is named after
    "Таруса": ("RU-KLU", "RU-KLU:tarussky", "Тарусский район", "Tarussky District"),
    "Tarusa": ("RU-KLU", "RU-KLU:tarussky", "Тарусский район", "Tarussky District"),
    # a town called Volga, in Yaroslavl Oblast: "the Volga region" is no place
    "Волга": ("RU-YAR", "RU-YAR:nekouzsky", "Некоузский район", "Nekouzsky"),
    "Volga": ("RU-YAR", "RU-YAR:nekouzsky", "Некоузский район", "Nekouzsky"),
    # Gelendzhik's quarter on its bay (geo.vocab.TOWNS_RU): a part of a town named by an
    # adjective and a word for a coast's feature
    "Голубая бухта": ("RU-KDA", "RU-KDA:gelendzhik", "Геленджик", "Gelendzhik"),
    "Погар": ("RU-BRY", "RU-BRY:pogarsky", "Погарский район", "Pogarsky District"),
    # a village the gazetteer places in its okrug
    "Головчино": ("RU-BEL", "RU-BEL:grayvoronsky", "Грайворонский городской округ", "Grayvoronsky"),
    "Slavyansk-na-Kubani": (
        "RU-KDA",
        "RU-KDA:slavyansky",
        "Славянский район",
        "Slavyansky District",
    ),
    "Ramenskoye": ("RU-MOS", "RU-MOS:ramensky", "Раменский городской округ", "Ramensky"),
}


def _index() -> dict[str, list[FakePlace]]:
    idx: dict[str, list[FakePlace]] = {}
    for pid, (ru, en, more) in _REGIONS.items():
        p = FakePlace("sea" if pid.startswith("SEA") else "region", pid, None, ru, en)
        for name in {n.lower() for n in (ru, en, *more)}:
            idx.setdefault(name, []).append(p)
    for pid, (reg, ru, en, more) in _DISTRICTS.items():
        p = FakePlace("district", pid, reg, ru, en)
        for name in {n.lower() for n in (ru, en, *more)}:
            idx.setdefault(name, []).append(p)
    for town, (reg, pid, ru, en) in _TOWNS.items():
        idx.setdefault(town.lower(), []).append(
            FakePlace("district", pid, reg, ru, en, lookup.TOWN_SCORE)
        )
    # a raion of Petersburg and an okrug of Moscow Oblast by one name (:data:`_ANSWERS`)
    idx["пушкинский район"] = [
        FakePlace("district", "RU-SPE:pushkinsky", "RU-SPE", "Пушкинский район", "Pushkinsky"),
        FakePlace("district", "RU-MOS:pushkinsky", "RU-MOS", "Пушкинский округ", "Pushkinsky"),
    ]
    # "Кировский район" exists in several regions: ambiguous without a region
    kirovsky_len = FakePlace("district", "RU-LEN:kirovsky", "RU-LEN", "Кировский район", "Kirovsky")
    for name in ("кировский район", "kirovsky district"):
        idx[name].append(kirovsky_len)
    # an okrug of Moscow Oblast, a raion of Moscow and raions of two oblasts by one adjective
    # ("район Богородское" of Moscow, "Богородский район" of Kirov and Nizhny Novgorod oblasts)
    idx["богородский округ"] = [
        idx["богородский городской округ"][0],
        FakePlace("district", "RU-MOW:bogorodskoye", "RU-MOW", "Богородское", "Bogorodskoye"),
        FakePlace("district", "RU-NIZ:bogorodsky", "RU-NIZ", "Богородский район", "Bogorodsky"),
    ]
    idx["bogorodsky"].append(idx["богородский округ"][2])
    # a district name in several regions whose bare adjective is the name of places in
    # several more (ambiguous too)
    idx["каменский район"] = [
        FakePlace("district", f"{r}:kamensky", r, "Каменский район", "Kamensky")
        for r in ("RU-ROS", "RU-VOR")
    ]
    idx["каменский"] = [
        FakePlace("district", "RU-SVE:kamensky", "RU-SVE", "Каменский", "Kamensky"),
        idx["каменский район"][0],
    ]
    # a city named like its region: "Kursk" alone is the region, "Kursk city" the city
    kursk = FakePlace("district", "RU-KRS:kursk", "RU-KRS", "Курск", "Kursk")
    idx["kursk city"] = [kursk]
    idx["курск"] = [kursk]
    # a town's name that is also the adjective of districts in several regions: ambiguous
    # with or without a region (thirteen places, none of them in Voronezh or Kaluga oblasts)
    idx["октябрьский"] = [
        FakePlace("district", "RU-BA:oktyabrsky", "RU-BA", "Октябрьский", "Oktyabrsky"),
        FakePlace("district", "RU-AMU:oktyabrsky", "RU-AMU", "Октябрьский район", "Oktyabrsky"),
    ]
    idx["октябрьский район"] = [
        FakePlace("district", f"{r}:oktyabrsky", r, "Октябрьский район", "Oktyabrsky")
        for r in ("RU-AMU", "RU-CHE")
    ]
    return idx


_IDX = _index()


#: What the real gazetteer answers where the stand-in's plain rule (the one place of the name in
#: the region asked, else ambiguous) would not: a district named like the word, guessed inside
#: a region context ("Крым" inside Krasnodar Krai is its Krymsky district, score 0.72).
_ANSWERS = {
    ("крым", "RU-KDA"): FakePlace(
        "district", "RU-KDA:krymsky", "RU-KDA", "Крымский район", "Krymsky", 0.72, guess=True
    ),
}

#: The kind nouns the parser writes before a settlement's name ("поселок Энский"): the name is
#: a settlement's, found among the districts and towns, never a region.
_SETTLEMENT_NOUNS = ("город ", "поселок ", "пгт ", "село ", "деревня ", "хутор ", "станица ")


def bare_settlement(name: str) -> str | None:
    """The name after a settlement's kind noun, None for a name without one."""
    low = name.lower().replace("ё", "е")
    noun = next((n for n in _SETTLEMENT_NOUNS if low.startswith(n)), None)
    if noun is None and low.startswith("населенный пункт "):
        noun = "населенный пункт "
    return name[len(noun) :] if noun is not None else None


def fake_resolve(name: str, region: str | None = None) -> FakePlace:
    answer = _ANSWERS.get((name.lower(), region or ""))
    if answer is not None:
        return answer
    bare = bare_settlement(name)
    if bare is not None:
        place = fake_resolve(bare, region)
        if place.kind == "region" and place.id not in ("RU-MOW", "RU-SPE", "UA-40"):
            raise geo.UnknownPlaceError(name)  # "поселок Курский" is no Kursk Oblast
        return place
    if name in _REGIONS:
        ru, en, _ = _REGIONS[name]
        return FakePlace("region", name, None, ru, en)
    found = _IDX.get(name.lower().replace("ё", "е"), [])
    if region:
        found = [p for p in found if p.region_id in (None, region)]
    if len(found) > 1:
        raise geo.AmbiguousPlaceError(name)
    if not found:
        raise geo.UnknownPlaceError(name)
    return found[0]


def fake_districts(region: str, *adjectives: str) -> dict[str, list[FakePlace]]:
    """Stand-in districts of ``region`` by their adjectives ("Россошанский"), for
    :func:`with_places`: found by the adjective, with "район", "округ" and "городской округ"."""
    out: dict[str, list[FakePlace]] = {}
    for adj in adjectives:
        place = FakePlace("district", f"{region}:{adj.lower()}", region, f"{adj} район", adj)
        for name in (adj, f"{adj} район", f"{adj} округ", f"{adj} городской округ"):
            out.setdefault(name.lower(), []).append(place)
    return out


def fake_towns(region: str, *names: str) -> dict[str, list[FakePlace]]:
    """Stand-in towns of ``region`` (each its own urban district), for :func:`with_places`."""
    return {
        n.lower(): [FakePlace("district", f"{region}:{n.lower()}", region, n, n)] for n in names
    }


def with_places(more: dict[str, list[FakePlace]]) -> Callable[..., FakePlace]:
    """A resolver that answers the names of ``more`` (lower case) first, inside the region
    asked for (two places of one name: ambiguous), and the shared stand-in gazetteer after."""

    def resolve(name: str, region: str | None = None) -> FakePlace:
        key = (bare_settlement(name) or name).lower()
        found = [p for p in more.get(key, []) if region in (None, p.region_id)]
        found = found or [p for p in more.get(key, []) if p.region_id is None]
        if len(found) > 1:
            raise geo.AmbiguousPlaceError(name)
        return found[0] if found else fake_resolve(name, region)

    return resolve


@contextmanager
def resolving(resolve: Callable[..., FakePlace]) -> Iterator[None]:
    """Answer the parser's place look-ups with ``resolve`` inside the block (a test file's own
    stand-in places), the real gazetteer after it."""
    lookup.use_resolver(resolve)
    yield
    lookup.use_resolver(None)


@pytest.fixture(autouse=True)
def fake_gazetteer() -> Iterator[None]:
    lookup.use_resolver(fake_resolve)
    yield
    lookup.use_resolver(None)


@pytest.fixture
def real_gazetteer(fake_gazetteer: None) -> Iterator[None]:
    """The real gazetteer in place of the stand-in (which knows nominatives only): the places
    in every case, as an import reads them (``pytestmark = pytest.mark.usefixtures(...)``)."""
    lookup.use_resolver(None)
    yield


#: A claim as the tests compare it: area, district, count.
Row = tuple[str, str | None, int | None]
#: The claims of each report, report by report (``claims_by_report``).
Claims = list[list[Row]]


#: A report as the tests compare it: reporter, total and claims (``report_rows_of``).
ReportRows = tuple[str | None, int | None, list[Row]]


def report_rows_of(text: str, published: date, source: str | None = None) -> list[ReportRows]:
    """Each report's reporter, total and claims as (area, district, count)."""
    return [
        (r.reporter, r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, published, source=source)
    ]


def claim_rows(text: str) -> list[Row]:
    """(area, district, count) of every claim of every report of ``text``, in the parser's order."""
    return [(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims]


def channel_rows(text: str, source: str, published: date) -> list[Row]:
    """(area, district, count) of every claim of ``text`` published in channel ``source``."""
    return [
        (c.area_id, c.district_id, c.count)
        for r in parse(text, published, source=source)
        for c in r.claims
    ]


def claims_by_report(text: str, published: date | None = None) -> Claims:
    """(area, district, count) of each report's claims, report by report, in the parser's order."""
    return [[(c.area_id, c.district_id, c.count) for c in r.claims] for r in parse(text, published)]


def russian_claims_by_report(text: str, published: date | None = None) -> Claims:
    """(area, district, count) of each report's claims, of the reports from Russia's side."""
    return [
        [(c.area_id, c.district_id, c.count) for c in r.claims]
        for r in parse(text, published)
        if r.country == "RU"
    ]


def report_rows(text: str) -> list[Row]:
    """(area, district, count) of the claims of the one report of ``text``, sorted by place."""
    (report,) = parse(text)
    return by_place((c.area_id, c.district_id, c.count) for c in report.claims)


def by_place(rows: Iterable[Row]) -> list[Row]:
    """``rows`` sorted by area, district (a region's own first) and count, as ``report_rows``
    gives them."""
    return sorted(rows, key=lambda r: (r[0], r[1] or "", r[2] or 0))


#: A report as the news tests of one side compare it: total, region-level rows.
Totals = tuple[int | None, list[tuple[str, int | None]]]


def report_totals(text: str, published: date) -> list[Totals]:
    """(total, region-level rows) of each report of ``text`` from Russia's side."""
    return [
        (r.total, [(c.area_id, c.count) for c in r.claims if c.district_id is None])
        for r in parse(text, published)
        if r.country == "RU"
    ]


def report_times(text: str, published: date) -> list[tuple[int | None, object, date | None]]:
    """(total, the hours it is placed in as (start, end), night) of each report of ``text``
    from Russia's side: its window, or the day or evening it names with no clock
    (``Report.day_span``: ``tests/parsing/test_frame_day_spans.py`` tells the two apart)."""
    return [
        (r.total, (placed := r.window or r.day_span) and (placed.start, placed.end), r.night_of)
        for r in parse(text, published)
        if r.country == "RU"
    ]


#: A report as the news tests compare it: reporter, country, total, region-level rows, night.
Summary = tuple[str, str, int | None, list[tuple[str, int | None]], date | None]


def report_summaries(text: str, published: date) -> list[Summary]:
    """(reporter, country, total, region-level rows, night) of each report of ``text``."""
    return [
        (
            r.reporter,
            r.country,
            r.total,
            [(c.area_id, c.count) for c in r.claims if c.district_id is None],
            r.night_of,
        )
        for r in parse(text, published)
    ]


def report_windows(text: str, published: date) -> list[tuple[datetime, datetime] | None]:
    """(start, end) of the hours each report of ``text`` is placed in (its window, or the span
    of the day it names with no clock, ``Report.day_span``), None for a report with neither."""
    return [
        (placed.start, placed.end) if (placed := r.window or r.day_span) else None
        for r in parse(text, published)
    ]


def msk_at(d: date, hour: int) -> datetime:
    """``hour`` o'clock of day ``d`` in Moscow time."""
    return datetime(d.year, d.month, d.day, hour, tzinfo=MSK)
