""" "The rest" over one place is the report's total less its other figures (our own wording).

The ministry and its translators often close a list with the remainder instead of its figure
("..., остальные — над Курской областью", "and the rest over the Tula Region"). The place was
named without a figure; it is the total less the listed figures when the total is exact and every
other area has a figure, and otherwise stays without a figure with a doubt for a person.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 4, 5)


def rows(text: str) -> list[tuple[str, int | None, str, str | None]]:
    return [(c.area_id, c.count, c.rule, c.doubt) for r in parse(text, DAY) for c in r.claims]


def test_the_rest_after_a_total_in_the_sentence_before() -> None:
    text = (
        "Этой ночью дежурные средства ПВО сбили 30 беспилотников. Над Брянской областью "
        "уничтожены 12 БПЛА, над Курской — 7, остальные — над Белгородской областью."
    )
    (report,) = parse(text, DAY)
    assert report.total == 30
    rest = report.claims[-1]
    assert (rest.area_id, rest.count, rest.rule, rest.doubt) == (
        "RU-BEL",
        11,
        "rest_of_count",
        None,
    )
    assert text[rest.evidence[0] : rest.evidence[1]] == "остальные — над Белгородской областью"


def test_english_and_the_rest_over_a_region() -> None:
    text = (
        "Air defence forces downed 20 drones overnight, six of them over the Kaluga Region, "
        "five over the Smolensk Region and the rest over the Tula Region, the ministry said."
    )
    assert rows(text) == [
        ("RU-KLU", 6, "count_over_place", None),
        ("RU-SMO", 5, "count_over_place", None),
        ("RU-TUL", 9, "rest_of_count", None),
    ]


def test_while_the_remaining_drones_were_downed_over_a_sea() -> None:
    text = (
        "A total of 17 drones were destroyed overnight: ten over the Krasnodar Region, "
        "while the remaining drones were downed over the Black Sea."
    )
    assert rows(text) == [
        ("RU-KDA", 10, "count_over_place", None),
        ("SEA-BLACK", 7, "rest_of_count", None),
    ]


def test_the_rest_without_a_total_stays_without_a_figure_for_review() -> None:
    text = "Ночью над Курской областью сбиты 8 беспилотников, оставшиеся — над Брянской."
    assert rows(text) == [
        ("RU-KRS", 8, "count_over_place", None),
        (
            "RU-BRY",
            None,
            "rest_of_count",
            "Брянская область: 'the rest' of a total the report does not give exactly",
        ),
    ]


@pytest.mark.parametrize(
    ("whole", "rest"),
    [
        # more than 40 in all, 25 of them over Kursk: more than 15 over Belgorod
        ("более 40", ("RU-BEL", 15, "at_least")),
        ("не менее 40", ("RU-BEL", 15, "at_least")),
        # about 40 leaves the rest to a person
        ("около 40", ("RU-BEL", None, "exact")),
        ("до 40", ("RU-BEL", None, "exact")),
    ],
)
def test_the_rest_of_a_bound(whole: str, rest: tuple[str, int | None, str]) -> None:
    text = f"За ночь уничтожены {whole} беспилотников: 25 над Курской областью, остальные — над Белгородской."
    assert [(c.area_id, c.count, c.qualifier) for r in parse(text, DAY) for c in r.claims] == [
        ("RU-KRS", 25, "exact"),
        rest,
    ]


def test_the_rest_beside_an_area_without_a_figure_is_not_worked_out() -> None:
    text = (
        "Сбиты 20 БПЛА, в том числе над Брянской областью. Над Курской областью — 12, "
        "остальные — над Белгородской областью."
    )
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims][-1] == (
        "RU-BEL",
        None,
    )


def test_the_rest_over_two_regions_gives_neither_a_figure() -> None:
    text = (
        "Over the past night 25 drones were destroyed, 15 of them over the Voronezh Region; "
        "the rest were shot down over the Rostov and Belgorod regions."
    )
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims] == [
        ("RU-VOR", 15),
        ("RU-ROS", None),
        ("RU-BEL", None),
    ]


def test_nothing_left_is_no_figure() -> None:
    text = "Уничтожены 10 БПЛА: 10 над Курской областью, остальные — над Брянской областью."
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims] == [
        ("RU-KRS", 10),
        ("RU-BRY", None),
    ]
