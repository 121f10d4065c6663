"""News texts that name the places drones attacked (issue 10), written for this project in
our own words. Grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

FRIDAY = date(2025, 10, 10)

Claimed = tuple[str, str | None, int | None]


def _claims(text: str, published: date = FRIDAY) -> list[tuple[str, int | None, list[Claimed]]]:
    """(reporter, total, (area, district, count) of every claim) of each report from Russia's side."""
    return [
        (r.reporter, r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, published)
        if r.country == "RU"
    ]


# --- the place drones attacked is named like one where debris fell ---------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Drones attacked the city of Novorossiysk early on Friday, the regional governor "
            "said. Air defence units brought down eight drones over the region.",
            [("governor", 8, [("RU-KDA", "RU-KDA:novorossiysk", None), ("RU-KDA", None, 8)])],
        ),
        (
            "Ukrainian drones targeted the city of Obninsk. Governor Vladislav Shapsha said two "
            "were destroyed.",
            [("governor", 2, [("RU-KLU", "RU-KLU:obninsk", None), ("RU-KLU", None, 2)])],
        ),
        (
            "Беспилотники атаковали Новороссийск, сообщил мэр. Уничтожены три дрона.",
            [("mayor", 3, [("RU-KDA", "RU-KDA:novorossiysk", None), ("RU-KDA", None, 3)])],
        ),
    ],
)
def test_the_town_drones_attacked_gives_the_region_of_the_figure_after_it(
    text: str, want: list[tuple[str, int | None, list[Claimed]]]
) -> None:
    assert _claims(text) == want


def test_places_that_came_under_attack_are_named_without_a_figure() -> None:
    text = (
        "Ночью беспилотники ВСУ атаковали Белгородскую область. Атаке подверглись "
        "Белгородский район и Шебекинский округ, сообщил губернатор. Сбиты пять дронов."
    )
    assert _claims(text) == [
        (
            "governor",
            5,
            [
                ("RU-BEL", "RU-BEL:belgorodsky", None),
                ("RU-BEL", "RU-BEL:shebekinsky", None),
                ("RU-BEL", None, 5),
            ],
        )
    ]


def test_the_districts_an_attack_fell_on_are_named() -> None:
    text = (
        "Над Брянской областью за ночь сбиты 14 беспилотников. Основная атака пришлась на "
        "Погарский район, пострадавших нет."
    )
    assert _claims(text) == [
        ("media", 14, [("RU-BRY", None, 14), ("RU-BRY", "RU-BRY:pogarsky", None)])
    ]


def test_a_drone_attack_on_a_town_and_no_one_hurt_is_no_figure() -> None:
    # no drone downed anywhere in the text: no interception, no report (the town is where
    # drones hit, which the map does not count)
    text = "A drone attack on the town of Podolsk damaged a warehouse; no one was injured."
    assert _claims(text) == []
    text = "A drone attack on the town of Podolsk damaged a warehouse; no one was injured. Debris fell on a car park."
    assert _claims(text) == [("media", None, [("RU-MOS", "RU-MOS:podolsk", None)])]


# --- an attack on Moscow is where the drones flew, not where they fell ------------------------
def test_an_attack_on_moscow_is_a_target_not_a_place() -> None:
    text = (
        "A drone that tried to carry out an attack on Moscow was shot down over the "
        "Ramenskoye district, the mayor said."
    )
    assert _claims(text) == [("mayor", 1, [("RU-MOS", "RU-MOS:ramensky", 1), ("RU-MOS", None, 1)])]


def test_ukraines_side_attacking_its_own_towns_names_no_place_of_russia() -> None:
    text = (
        "Russian drones attacked Kharkiv and Sumy overnight, Ukraine's air force said, adding "
        "that 40 of 52 were shot down."
    )
    assert _claims(text) == []


# --- a district named in English is never one of another region than the text's ---------------
def test_an_english_district_known_only_in_another_region_is_no_place() -> None:
    text = (
        "Explosions were heard over the Kursk region. The governor said eight drones were "
        "destroyed and that debris damaged a barn in the Volga district."
    )
    # (the figure stays the report's: the region is named only in a sentence without drones)
    assert _claims(text) == [("governor", 8, [])]


def test_an_english_district_of_the_oblast_around_the_capital_is_a_place() -> None:
    text = (
        "A drone was shot down over Moscow, the mayor said. Its debris fell in the Podolsk "
        "district."
    )
    assert _claims(text) == [
        ("mayor", 1, [("RU-MOW", None, 1), ("RU-MOS", "RU-MOS:podolsk", None)])
    ]


# --- "over the city and the X district": the town named before, and the list goes on ----------
def test_the_city_named_before_and_a_district_after_it_share_the_figure() -> None:
    text = (
        "Drones attacked the city of Obninsk, the governor said. Air defences downed four drones "
        "over the city and the Tarussky district."
    )
    assert _claims(text) == [
        (
            "governor",
            4,
            [
                ("RU-KLU", "RU-KLU:obninsk", None),
                ("RU-KLU", None, 4),
                ("RU-KLU", "RU-KLU:tarussky", None),
            ],
        )
    ]


def test_an_unknown_city_before_a_district_keeps_the_figure_from_the_district_alone() -> None:
    text = (
        "Губернатор Калужской области сообщил, что над городом и Тарусским районом уничтожены "
        "три беспилотника."
    )
    assert _claims(text) == [
        ("governor", 3, [("RU-KLU", "RU-KLU:tarussky", None), ("RU-KLU", None, 3)])
    ]


# --- English figures before "were jammed", "were brought down" (no drone noun) ----------------
@pytest.mark.parametrize(
    ("text", "more"),
    [
        (
            "Eleven drones were shot down over the Belgorod region. Another one was jammed by "
            "electronic warfare.",
            1,
        ),
        (
            "Eleven drones were shot down over the Belgorod region. Another two were suppressed "
            "by electronic warfare.",
            2,
        ),
    ],
)
def test_another_figure_jammed_is_more_of_the_regions_drones(text: str, more: int) -> None:
    assert _claims(text) == [("media", None, [("RU-BEL", None, 11), ("RU-BEL", None, more)])]


def test_a_bare_figure_brought_down_counts_the_drones_named_before() -> None:
    text = (
        "The ministry said 24 drones were destroyed overnight. Governor Alexander Bogomaz said "
        "nine were brought down over the Bryansk region."
    )
    assert [c for _r, _t, c in _claims(text)] == [[], [("RU-BRY", None, 9)]]


# --- where the debris of one of the drones fell is no figure, and not the report's own -------
def test_debris_of_one_of_them_in_a_district_leaves_the_region_its_whole_figure() -> None:
    # (the district is where debris fell, named without a figure: test_local_structures)
    text = (
        "Губернатор Калужской области сообщил, что ночью уничтожены три беспилотника. Обломки "
        "одного из них упали на территории Тарусского района."
    )
    assert _claims(text) == [
        ("governor", 3, [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:tarussky", None)])
    ]


# --- who said it: "the regional governor" of the region his own sentence names ---------------
def test_the_regional_governor_of_another_region_starts_his_own_report() -> None:
    text = (
        "In the Tula region, the governor said five drones had been destroyed. In neighbouring "
        "Kaluga, the regional governor said two drones had been shot down."
    )
    assert _claims(text) == [
        ("governor", 5, [("RU-TUL", None, 5)]),
        ("governor", 2, [("RU-KLU", None, 2)]),
    ]


def test_the_regional_governor_after_a_region_is_named_speaks_for_it() -> None:
    text = (
        "Ukraine's General Staff said it struck a depot in the Bryansk region. The regional "
        "governor said four drones had been shot down."
    )
    assert _claims(text) == [("governor", 4, [("RU-BRY", None, 4)])]


# --- a night of days ago: "Earlier this week ... in a single night" ---------------------------
def test_earlier_this_week_is_a_report_of_its_own_without_this_nights_date() -> None:
    text = (
        "The defence ministry said eight drones had been destroyed overnight over the Bryansk "
        "region. Earlier this week the ministry said it had downed 300 drones in a single night, "
        "including 60 over the Kursk region."
    )
    got = [
        (r.total, r.night_of, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, FRIDAY)
    ]
    assert got == [(8, FRIDAY, [("RU-BRY", 8)]), (300, None, [("RU-KRS", 60)])]


# --- "the X district near Moscow": the city only says where the district lies ----------------
def test_a_region_named_near_a_district_is_no_place_of_the_report() -> None:
    text = (
        "Drone debris fell in the Ramenskoye district near Moscow, the governor of the Moscow "
        "Oblast said, adding that two drones had been destroyed."
    )
    assert [(r.total, [c.area_id for c in r.claims]) for r in parse(text, FRIDAY)] == [
        (2, ["RU-MOS", "RU-MOS"])
    ]


# --- "listed the X and Y regions among the areas": regions named in a total --------------------
def test_regions_the_ministry_listed_are_named_without_a_figure() -> None:
    text = (
        "Russia's defence ministry said 20 drones were destroyed overnight. It listed the "
        "Bryansk and Kursk regions among the areas where drones were brought down."
    )
    assert _claims(text) == [("mod", 20, [("RU-BRY", None, None), ("RU-KRS", None, None)])]


def test_a_place_named_before_the_debris_that_damaged_it_keeps_its_row() -> None:
    # the governor tells where the ministry's drones fell: "обломками" after the town's name
    text = (
        "Над Калужской областью ночью сбиты 4 беспилотника, сообщили в Минобороны.\n\n"
        "Губернатор сообщил, что в Обнинске обломками повреждена крыша склада."
    )
    reports = _claims(text)
    assert reports[0] == ("mod", 4, [("RU-KLU", None, 4)])
    assert ("RU-KLU", "RU-KLU:obninsk", None) in reports[1][2]


def test_a_strike_told_by_another_speaker_names_no_place_of_interception() -> None:
    # no debris in the sentence: the drones that struck the town were not downed there
    text = (
        "Над Калужской областью ночью сбиты 4 беспилотника, сообщили в Минобороны.\n\n"
        "Губернатор сообщил, что в Обнинске повреждена крыша склада."
    )
    assert [c for _, _, claims in _claims(text)[1:] for c in claims] == []


@pytest.mark.parametrize(
    "where",
    [
        "on a residential area of Obninsk",
        "on the outskirts of Obninsk",
        "on an industrial zone of Obninsk",
    ],
)
def test_debris_on_a_part_of_a_town_names_the_town(where: str) -> None:
    # the governor's lede names where debris fell; the ministry's figure is its own report
    text = (
        f"One person was hurt when drone debris fell {where}, the governor said on Friday.\n\n"
        "Russia's Defence Ministry said nine drones had been destroyed over the Kaluga region."
    )
    reports = _claims(text)
    assert ("RU-KLU", "RU-KLU:obninsk", None) in reports[0][2]
    assert reports[-1] == ("mod", 9, [("RU-KLU", None, 9)])
