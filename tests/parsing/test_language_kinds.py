"""Kinds of report the lead's holdouts found still wrong (issue 10), each a rule about the
language, in reports written for these tests in our own words. Grouped by the rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from geo.names import on_forms_ru
from parsing import parse
from settings import MSK
from tests.parsing.conftest import Claims, FakePlace, claims_by_report, fake_resolve, resolving

FRIDAY = date(2025, 11, 14)


def _region(rid: str, ru: str, en: str) -> FakePlace:
    return FakePlace("region", rid, None, ru, en)


#: Places the shared stand-in gazetteer lacks, answered as the real one answers them.
_MORE = {
    "дон": _region("RU-ROS", "Ростовская область", "Rostov Oblast"),
    "кубань": _region("RU-KDA", "Краснодарский край", "Krasnodar Krai"),
    "ставрополье": _region("RU-STA", "Ставропольский край", "Stavropol Krai"),
    "белгородчина": _region("RU-BEL", "Белгородская область", "Belgorod Oblast"),
    "смоленщина": _region("RU-SMO", "Смоленская область", "Smolensk Oblast"),
    "камчатка": _region("RU-KAM", "Камчатский край", "Kamchatka Krai"),
    "липецк": FakePlace("district", "RU-LIP:lipetsk", "RU-LIP", "Липецк", "Lipetsk"),
    "орел": FakePlace("district", "RU-ORL:oryol", "RU-ORL", "Орёл", "Oryol"),
    "брянск": FakePlace("district", "RU-BRY:bryansk", "RU-BRY", "Брянск", "Bryansk"),
    "севастополь": _region("UA-40", "Севастополь", "Sevastopol"),
    "sevastopol": _region("UA-40", "Севастополь", "Sevastopol"),
    # what the real gazetteer guesses for a part of Russia larger than a region
    "урал": _region("RU-KYA", "Красноярский край", "Krasnoyarsk Krai"),
    "сибирь": FakePlace("district", "RU-ALT:sibirsky", "RU-ALT", "Сибирский", "Sibirsky"),
}


#: Kirov as the real gazetteer answers it: Kirov Oblast's capital (a city that is its own okrug)
#: by name, and inside Kaluga Oblast the oblast's town Kirov, the seat of its Кировский район
#: (the town tier's 0.8).
_KIROV_CITY = FakePlace("district", "RU-KIR:kirov", "RU-KIR", "Киров", "Kirov")
_KIROV_TOWN = FakePlace("district", "RU-KLU:kirovsky", "RU-KLU", "Кировский район", "Kirovsky", 0.8)


def _resolve(name: str, region: str | None = None) -> FakePlace:
    if name.lower() == "киров":
        return _KIROV_TOWN if region == "RU-KLU" else _KIROV_CITY
    place = _MORE.get(name.lower())
    if place is not None:
        return place
    return fake_resolve(name, region)


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    with resolving(_resolve):
        yield


def _claims(text: str) -> Claims:
    return claims_by_report(text, FRIDAY)


# --- "на" before a region's nickname that takes it (the gazetteer lists them) ----------------
def test_the_gazetteer_gives_the_forms_after_na() -> None:
    forms = on_forms_ru()
    # every "-щина"/"-чина" nickname by the suffix rule, the others as listed
    assert {"Брянщине", "Белгородчине", "Смоленщине", "Кубани", "Ставрополье", "Дону"} <= set(forms)
    # a name that is no region's nickname, and a target's accusative, are not among them
    assert "Москву" not in forms
    assert "Урале" not in forms


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("На Дону этой ночью уничтожены четыре беспилотника.", [[("RU-ROS", None, 4)]]),
        ("Силами ПВО на Дону сбит один БПЛА, пострадавших нет.", [[("RU-ROS", None, 1)]]),
        ("На Кубани перехвачены семь дронов.", [[("RU-KDA", None, 7)]]),
        ("Вечером на Ставрополье ликвидированы два беспилотника.", [[("RU-STA", None, 2)]]),
        ("На Белгородчине сбиты три беспилотника.", [[("RU-BEL", None, 3)]]),
        ("Два БПЛА уничтожены на Смоленщине.", [[("RU-SMO", None, 2)]]),
        ("На Камчатке нейтрализован беспилотник.", [[("RU-KAM", None, 1)]]),
        # "на" before a name no region takes it with: a target, never the place of the figure
        ("Беспилотники летели на Москву: над Подмосковьем сбиты пять.", [[("RU-MOS", None, 5)]]),
        # a "-на-" inside a town's name is no preposition
        ("Над Ростовской областью сбиты два БПЛА.", [[("RU-ROS", None, 2)]]),
    ],
)
def test_a_nickname_that_takes_na_is_its_region(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a town of the report's region named like a city elsewhere is the region's own -----------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Губернатор Калужской области: ночью под Кировом уничтожены три беспилотника.",
            [[("RU-KLU", "RU-KLU:kirovsky", 3), ("RU-KLU", None, 3)]],
        ),
        (
            "Над Калужской областью сбиты два БПЛА, обломки нашли у Кирова.",
            [[("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:kirovsky", None)]],
        ),
        # no region in the text, or the city's own: the region's capital
        ("Над Кировом сбит беспилотник.", [[("RU-KIR", "RU-KIR:kirov", 1), ("RU-KIR", None, 1)]]),
    ],
)
def test_a_town_of_the_reports_region_is_its_own(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- the target of an attack, as a noun phrase, is the attempt's place -----------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the drones all downed, no other place named: the target is where (no figure)
        (
            "Атака беспилотников была направлена на Липецк. Все они уничтожены.",
            [[("RU-LIP", "RU-LIP:lipetsk", None)]],
        ),
        ("Удар был нацелен на Орёл, беспилотники сбиты.", [[("RU-ORL", "RU-ORL:oryol", None)]]),
        (
            "Целью атаки стал Брянск: все дроны уничтожены силами ПВО.",
            [[("RU-BRY", "RU-BRY:bryansk", None)]],
        ),
        (
            "Ukrainian forces tried to attack Belgorod with drones, all of them were shot down.",
            [[("RU-BEL", None, None)]],
        ),
        # a place the figure is given for keeps it; a target of Moscow is no place of the figure
        (
            "Атака была направлена на Калужскую область: над ней сбиты три беспилотника.",
            [[("RU-KLU", None, 3)]],
        ),
        (
            "A drone that tried to attack Moscow was shot down, Moscow mayor Sergei Sobyanin said.",
            [[("RU-MOW", None, 1)]],
        ),
    ],
)
def test_the_target_of_an_attack_is_its_place(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- "the city" in the words of the governor of a city that is a region is his city ---------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a sea and the city share one figure: each is named, neither has it alone
        (
            "Over the Black Sea and above the city, air defences downed six drones, the governor "
            "of Sevastopol said.",
            [[("SEA-BLACK", None, None), ("UA-40", None, None)]],
        ),
        (
            "Над морем и над городом сбиты четыре беспилотника, сообщил губернатор Севастополя.",
            [[("UA-40", None, 4)]],
        ),
        (
            "Над Черным морем и над городом уничтожены семь БПЛА, сообщил губернатор Севастополя.",
            [[("SEA-BLACK+UA-40", None, 7)]],
        ),
        # the city alone: his city's figure, as before
        (
            "Two drones were shot down above the city, the Sevastopol governor said.",
            [[("UA-40", None, 2)]],
        ),
    ],
)
def test_the_city_of_a_city_governor_is_his(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a night and "утром/днём ещё N": the morning is the night's, the daytime its own report ---
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the morning's drones are more of the night's (the verb said once, a dash or not)
        (
            "За ночь над Брянской областью сбиты 11 беспилотников, утром ещё 3.",
            [[("RU-BRY", None, 14)]],
        ),
        (
            "Ночью над Брянской областью сбиты 11 беспилотников, утром — ещё 3.",
            [[("RU-BRY", None, 14)]],
        ),
        # the daytime is another time: a report of its own, never added to the night's
        (
            "В ночь на 14 ноября над Курской областью уничтожены 8 БПЛА, а днём — ещё два.",
            [[("RU-KRS", None, 8)], [("RU-KRS", None, 2)]],
        ),
        (
            "Ночью над Курской областью перехвачены 8 дронов, днём ещё один.",
            [[("RU-KRS", None, 8)], [("RU-KRS", None, 1)]],
        ),
        (
            "Ночью над Курской областью сбиты 8 беспилотников. Днём уничтожены ещё три.",
            [[("RU-KRS", None, 8)], [("RU-KRS", None, 3)]],
        ),
        # a night and its morning in one phrase: one night
        ("Ночью и утром над Курской областью сбиты 12 беспилотников.", [[("RU-KRS", None, 12)]]),
    ],
)
def test_the_daytime_after_a_night_is_its_own_report(text: str, want: Claims) -> None:
    assert _claims(text) == want


def test_the_daytime_report_has_no_night() -> None:
    text = "Ночью над Курской областью сбиты 8 беспилотников, а днём — ещё два."
    got = [(r.total, r.night_of, r.window) for r in parse(text, FRIDAY)]
    assert got == [(8, FRIDAY, None), (2, None, None)]


# --- the night's part of a day's recap is the night's own report, never added ---------------
@pytest.mark.parametrize(
    "text",
    [
        "За сутки над регионами России сбиты 90 беспилотников, в том числе 60 — ночью.",
        "За последние сутки уничтожены 90 БПЛА, из них 60 — в ночное время.",
        "Over the past 24 hours, air defences destroyed 90 drones, including 60 overnight.",
        # the night named before its figure, after a dash
        "За сутки над регионами России сбиты 90 беспилотников, из них ночью — 60.",
        "За минувшие сутки уничтожены 90 БПЛА, в том числе в ночное время — 60.",
        # the night's part in a sentence of its own, in either order
        "За сутки над регионами России сбиты 90 беспилотников. Из них ночью — 60.",
        "За сутки над регионами России сбиты 90 беспилотников. Из них 60 — ночью.",
        # the night's figure before the words of the part
        "За сутки над регионами России сбиты 90 беспилотников, 60 из них — ночью.",
        "Over the past 24 hours, air defences destroyed 90 drones, 60 of them overnight.",
        "Air defences destroyed ninety drones in the past 24 hours, sixty of which overnight.",
        # the day the figures were told on beside the day's span: the span is theirs
        "The ministry said on Friday that 90 drones were downed over the past 24 hours, 60 of "
        "them overnight.",
    ],
)
def test_the_nights_part_of_a_days_recap_is_the_nights_report(text: str) -> None:
    # the night is the first report, the day's recap one more after it (docs/labels.md: a tally
    # of the text's own reports is an extra report)
    got = [(r.total, r.night_of) for r in parse(text, FRIDAY)]
    assert got == [(60, FRIDAY), (90, None)]


def test_a_recap_without_a_nights_part_stays_one_report() -> None:
    text = "За сутки над регионами России сбиты 90 беспилотников, в том числе 60 — над Курской областью."
    got = [
        (r.total, r.night_of, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, FRIDAY)
    ]
    assert got == [(90, None, [("RU-KRS", 60)])]


# --- a window given by its end alone is a point in time, like "по состоянию на" -------------
@pytest.mark.parametrize(
    "text",
    [
        "До 8.00 мск над территорией Курской области уничтожены 5 БПЛА.",
        "До 08:00 над Курской областью перехвачены пять беспилотников.",
        "По состоянию на 8:00 мск над Курской областью сбиты 5 беспилотников.",
    ],
)
def test_a_window_given_by_its_end_is_a_point(text: str) -> None:
    (report,) = parse(text, FRIDAY)
    at = datetime(2025, 11, 14, 8, 0, tzinfo=MSK)
    assert (report.total, report.window and (report.window.start, report.window.end)) == (
        5,
        (at, at),
    )


def test_a_window_with_both_ends_stays_a_window() -> None:
    (report,) = parse("С 23.00 до 8.00 мск над Курской областью уничтожены 5 БПЛА.", FRIDAY)
    assert report.window is not None
    assert (report.window.start, report.window.end) == (
        datetime(2025, 11, 13, 23, 0, tzinfo=MSK),
        datetime(2025, 11, 14, 8, 0, tzinfo=MSK),
    )


# --- a part of Russia larger than a region is no place of the map ----------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("На Урале ночью сбит беспилотник.", [[]]),
        ("Над Уралом уничтожены два БПЛА.", [[]]),
        ("В Сибири сбит беспилотник.", [[]]),
        ("Над Северным Кавказом сбиты три беспилотника.", [[]]),
        # the region named beside it keeps the figure
        ("Над Смоленской областью на Урале сбит беспилотник.", [[("RU-SMO", None, 1)]]),
    ],
)
def test_a_part_of_russia_larger_than_a_region_is_no_place(text: str, want: Claims) -> None:
    assert _claims(text) == want
