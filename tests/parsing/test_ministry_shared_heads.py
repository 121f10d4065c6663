"""How a ministry statement (and a retelling of it) shares one head over its list (our own
wording; docs/parser.md, "How a ministry list shares its head: stop 38").

A statement names its speaker once, gives a figure for several areas together, then splits it:
by "respectively", by "the rest", or by a verb of sharing ("split between", "распределились
между"). Each group below is one such fact of the language, in several wordings."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

from .conftest import fake_districts, resolving, with_places

DAY = date(2025, 6, 3)


def _main(text: str) -> tuple[str, int | None, list[tuple[str, int | None]]]:
    r = parse(text, DAY)[0]
    return r.reporter, r.total, sorted((c.area_id, c.count) for c in r.claims)


# -- the ministry named by its abbreviation or by a headline's bare noun ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed six drones over the Kaluga region overnight, the Russian MoD said.",
        "Six drones downed over the Kaluga region overnight - MoD",
        "Russian MoD: six drones destroyed over the Kaluga region overnight",
        "Six drones downed over the Kaluga region overnight, ministry says.",
        "Air defence shot down six drones over the Kaluga region, ministry said.",
    ],
)
def test_the_ministry_named_short_is_the_reporter(text: str) -> None:
    assert _main(text) == ("mod", 6, [("RU-KLU", 6)])


def test_a_model_or_a_mode_is_no_ministry() -> None:
    text = "A new drone model was downed over the Kaluga region overnight, the governor said."
    assert parse(text, DAY)[0].reporter == "governor"


# -- a wire story's version number is no figure ------------------------------------------------


@pytest.mark.parametrize(
    "head",
    ["UPDATE 2 - ", "UPDATE 3-", "Update 1: ", "UPD 2 — "],
)
def test_the_version_of_a_wire_story_is_no_count(head: str) -> None:
    text = (
        f"{head}Russia downs 15 drones over Kaluga, Kursk - ministry\n\n"
        "The ministry said nine drones were downed over the Kaluga region and six over the Kursk "
        "region overnight."
    )
    assert _main(text) == ("mod", 15, [("RU-KLU", 9), ("RU-KRS", 6)])


# -- the speaker lists the places of the figure before -----------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "It lists the Kaluga, Tula and Smolensk regions, but gives no breakdown.",
        "The ministry listed the Kaluga, Tula and Smolensk regions without a figure for each.",
        "The statement also lists the Kaluga, Tula and Smolensk regions.",
    ],
)
def test_the_regions_a_statement_lists_after_its_figure_are_its_places(second: str) -> None:
    text = f"The defence ministry says 30 drones were destroyed overnight. {second}"
    assert _main(text) == ("mod", 30, [("RU-KLU", None), ("RU-SMO", None), ("RU-TUL", None)])


# -- "Moscow Region" in a national list that names no speaker ---------------------------------


@pytest.mark.parametrize(
    ("text", "moscow"),
    [
        # only the ministry tells figures across the country: its Moscow Region is city and oblast
        (
            "Overnight, 30 drones were shot down: 12 over the Moscow Region, 10 over the Kaluga "
            "Region and 8 over the Tula Region.",
            "RU-MOW+RU-MOS",
        ),
        (
            "Air defences downed 9 drones over the Bryansk Region, 7 over the Moscow Region and 4 "
            "over the Smolensk Region overnight.",
            "RU-MOW+RU-MOS",
        ),
        ("Three drones were shot down over the Moscow Region overnight.", "RU-MOS"),
        (
            "Three drones were shot down over the Moscow Region and two over the Kaluga Region.",
            "RU-MOS",
        ),
    ],
)
def test_moscow_region_of_an_unattributed_text(text: str, moscow: str) -> None:
    areas = {c.area_id for c in parse(text, DAY)[0].claims}
    assert areas & {"RU-MOS", "RU-MOW+RU-MOS"} == {moscow}


# -- a verb of sharing spreads a figure over the places after "between" / "между" --------------


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed 14 drones overnight, split between the Kursk and Belgorod regions.",
        "Fourteen drones were downed overnight and divided among the Kursk and Belgorod regions.",
        "Ночью уничтожены 14 беспилотников, которые распределились между Курской и "
        "Белгородской областями.",
        "За ночь сбиты 14 БПЛА, они были поделены между Курской и Белгородской областями.",
    ],
)
def test_a_figure_shared_between_places_names_each_without_a_figure(text: str) -> None:
    assert _main(text)[1:] == (14, [("RU-BEL", None), ("RU-KRS", None)])


@pytest.mark.parametrize(
    "text",
    [
        "Ночью уничтожены 14 беспилотников, которые поровну распределились между Курской и "
        "Белгородской областями.",
        "Air defences destroyed 14 drones overnight, split evenly between the Kursk and Belgorod "
        "regions.",
    ],
)
def test_a_figure_shared_evenly_gives_each_its_half(text: str) -> None:
    assert _main(text)[1:] == (14, [("RU-BEL", 7), ("RU-KRS", 7)])


@pytest.mark.parametrize(
    "text",
    [
        "Переговоры между Москвой и Калугой ничем не кончились. Над Брянской областью сбиты 3 БПЛА.",
        "Talks between Moscow and Kaluga went nowhere. Three drones were downed over the Bryansk "
        "region.",
    ],
)
def test_a_bare_between_names_no_place(text: str) -> None:
    assert [c.area_id for r in parse(text, DAY) for c in r.claims] == ["RU-BRY"]


# -- "respectively" after a colon, or before the figures ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Над Курской и Белгородской областями уничтожены 12 БПЛА: 7 и 5 соответственно.",
        "Над Курской и Белгородской областями уничтожены соответственно 7 и 5 беспилотников.",
        "Над Курской и Белгородской областями сбиты 12 дронов: соответственно семь и пять.",
        "The ministry said 12 drones were downed over the Kursk and Belgorod regions: 7 and 5 "
        "respectively.",
    ],
)
def test_respectively_pairs_figures_with_places_in_order(text: str) -> None:
    assert _main(text)[2] == [("RU-BEL", 5), ("RU-KRS", 7)]


# -- the rest of a figure told for several areas together --------------------------------------


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Над Краснодарским краем и Черным морем уничтожены 40 беспилотников: 23 — над морем, "
            "остальные — над Краснодарским краем.",
            40,
        ),
        (
            "The ministry said 40 drones were destroyed over the Krasnodar region and the Black "
            "Sea, 23 of them over the sea and the rest over the Krasnodar region.",
            40,
        ),
    ],
)
def test_the_rest_of_a_combined_figure_is_its_remainder(text: str, total: int) -> None:
    assert _main(text)[1:] == (total, [("RU-KDA", 17), ("SEA-BLACK", 23)])


def test_the_rest_of_a_combined_lower_bound_is_a_lower_bound() -> None:
    text = (
        "Over the Krasnodar region and the Black Sea more than 40 drones were destroyed: 23 over "
        "the sea and the rest over the Krasnodar region."
    )
    (report,) = parse(text, DAY)
    assert (report.total, report.total_qualifier) == (40, "at_least")
    assert sorted((c.area_id, c.count, c.qualifier) for c in report.claims) == [
        ("RU-KDA", 17, "at_least"),
        ("SEA-BLACK", 23, "exact"),
    ]


# -- the rest after a figure several areas share -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ночью уничтожены 60 беспилотников: 30 — над Брянской и Курской областями, 12 — над "
        "Черным морем, остальные — над Крымом.",
        "Ночью уничтожены 60 беспилотников. Над Брянской и Курской областями вместе сбиты 30, "
        "над Черным морем — 12, остальные — над Крымом.",
        "Air defences destroyed 60 drones overnight: 30 over the Bryansk and Kursk regions "
        "together, 12 over the Black Sea and the rest over Crimea.",
    ],
)
def test_the_rest_after_a_joint_figure_leaves_that_figure_out(text: str) -> None:
    assert _main(text)[1:] == (
        60,
        [("RU-BRY", None), ("RU-KRS", None), ("SEA-BLACK", 12), ("UA-43", 18)],
    )


def test_the_rest_after_a_joint_figure_told_as_a_bound_is_not_worked_out() -> None:
    text = (
        "Ночью уничтожены 60 беспилотников: более 30 — над Брянской и Курской областями, "
        "12 — над Черным морем, остальные — над Крымом."
    )
    assert ("UA-43", None) in _main(text)[2]


# -- the place attacked, the subject of the clause, is where the drones were downed ------------


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "Crimea was subjected to a massive drone attack overnight, with the ministry saying 42 "
            "drones were destroyed.",
            "UA-43",
        ),
        (
            "Overnight the Kursk region came under drone attack, and air defences destroyed 42 "
            "drones, the ministry said.",
            "RU-KRS",
        ),
        (
            "Крым подвергся массированной атаке беспилотников: Минобороны сообщило об уничтожении "
            "42 БПЛА.",
            "UA-43",
        ),
        (
            "Ночью Брянская область подверглась атаке, дежурными средствами ПВО уничтожены 42 "
            "беспилотника.",
            "RU-BRY",
        ),
    ],
)
def test_the_place_attacked_holds_the_figure_of_its_sentence(text: str, area: str) -> None:
    assert _main(text)[1:] == (42, [(area, 42)])


@pytest.mark.parametrize(
    "opening",
    [
        "Ночью Курск и Рыльский район подверглись атаке беспилотников.",
        "Курск и Рыльский район снова подверглись атаке украинских беспилотников.",
    ],
)
def test_the_towns_and_districts_attacked_are_named_without_a_figure(opening: str) -> None:
    text = f"{opening} Силами ПВО сбиты 5 БПЛА."
    with resolving(with_places(fake_districts("RU-KRS", "Рыльский"))):
        (report,) = parse(text, DAY, source="Губернатор Курской области")
    assert sorted((c.district_id or "", c.count or 0) for c in report.claims) == [
        ("", 5),
        ("RU-KRS:kursk", 0),
        ("RU-KRS:рыльский", 0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said air defences over the Kursk region repelled one of the biggest drone "
        "attacks yet.",
        "Air defences over the Bryansk region repelled one of the largest drone raids of the "
        "month, the governor said.",
    ],
)
def test_one_of_the_largest_attacks_is_no_drone(text: str) -> None:
    assert [c.count for r in parse(text, DAY) for c in r.claims if c.count is not None] == []


# -- a row of another weapon in the list under a bare head leaves the list going on ------------


_DRONE_ROW = "▪️ 25 беспилотников – 15 над Брянской областью и 10 над Курской областью."
_READ = [(25, [("RU-BRY", 15), ("RU-KRS", 10)])]


@pytest.mark.parametrize(
    ("rows", "reports"),
    [
        (f"▪️ 3 крылатые ракеты;\n{_DRONE_ROW}", _READ),
        (f"— 2 управляемые авиабомбы;\n{_DRONE_ROW}", _READ),
        (f"• 4 ракеты Х-59,\n• 2 авиабомбы;\n{_DRONE_ROW}", _READ),
        # a head of missiles: the rows under it are no drones
        ("▪️ 4 ракеты:\n▪️ 2 — над Брянской областью;\n▪️ 2 — над Курской областью.", []),
    ],
)
def test_rows_of_other_weapons_under_a_head_that_names_none(
    rows: str, reports: list[tuple[int, list[tuple[str, int]]]]
) -> None:
    text = f"За сутки дежурными средствами ПВО уничтожены:\n{rows}"
    got = [(r.total, sorted((c.area_id, c.count) for c in r.claims)) for r in parse(text, DAY)]
    assert got == reports


# -- the wires' "as of" after a start ends the window, as "по состоянию на" does ---------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "From 14:00 Moscow time and as of 20:00 Moscow time, air defences destroyed 15 drones "
            "over the Kursk region, the ministry said.",
            (14, 20),
        ),
        (
            "Between 2 p.m. and as of 8 p.m. Moscow time, 15 drones were downed over the Kursk "
            "region, the defence ministry said.",
            (14, 20),
        ),
        (
            "С 14.00 мск и по состоянию на 20.00 мск над Курской областью уничтожены 15 БПЛА.",
            (14, 20),
        ),
        # "as of" alone is a point in time
        ("As of 20:00 Moscow time, 15 drones were downed over the Kursk region.", (20, 20)),
    ],
)
def test_as_of_after_a_start_ends_the_window(text: str, hours: tuple[int, int]) -> None:
    (report,) = parse(text, DAY)
    assert report.window is not None
    assert (report.window.start.hour, report.window.end.hour) == hours
