"""Figures with no drone noun (``parsing.bare_figures``, issue 14, item 5): in a text that gave
no claim, held as ``no_claim_read`` with what was named; beside claims, for an area none of them
is for, named as ``area_without_figure`` (the claims stay published). Never stored with no
word."""

from __future__ import annotations

import pytest

from parsing import parse
from parsing.diagnostics import NO_CLAIM_READ, diagnose
from parsing.misses import AREA_WITHOUT_FIGURE

#: the places as an import reads them (the stand-in knows nominatives only)
pytestmark = pytest.mark.usefixtures("real_gazetteer")


def _held(text: str) -> list[tuple[str, str, str]]:
    reports = parse(text)
    assert [c for r in reports for c in r.claims] == []  # what the check is for: no claim read
    return [(p.reason, p.detail, text[p.span[0] : p.span[1]]) for p in diagnose(text, reports)]


def _named(what: str, figure: str) -> list[tuple[str, str, str]]:
    return [(NO_CLAIM_READ, f"{what}, but no claim was read", figure)]


@pytest.mark.parametrize(
    ("text", "what", "figure"),
    [
        ("Ночью над Крымом дежурные средства ПВО сбили 3 воздушные цели.",
         "3 targets and 'Крымом' are named", "3"),
        ("ПВО сбила 5 целей над Белгородской областью.", "5 targets and 'Белгородской' are named", "5"),
        ("Над Тульской областью противовоздушной обороной поражены две цели.",
         "2 targets and 'Тульской' are named", "две"),
        ("Air defence units downed 4 aerial targets over the Kursk region on Sunday.",
         "4 targets and 'Kursk region' are named", "4"),
        ("Russia’s air defences hit seven “air targets” over Bryansk overnight.",
         "7 targets and 'Bryansk' are named", "seven"),
    ],
    ids=["air targets over a republic", "targets and a region", "a figure in words",
         "English", "English, in quotes"],
)  # fmt: skip
def test_a_number_of_targets_over_a_known_place_is_held(text: str, what: str, figure: str) -> None:
    # no drone noun: a target may be a drone or a missile, and no rule reads it
    assert _held(text) == _named(what, figure)


@pytest.mark.parametrize(
    ("text", "what", "figure"),
    [
        ("ПВО Курской области: минус 4.", "a row of 4 for 'Курской' is named", "4"),
        ("Курская область — 6.", "a row of 6 for 'Курская' is named", "6"),
        ("Воронежская обл.: 2; Белгородская обл.: 5.", "a row of 2 for 'Воронежская' is named", "2"),
        ("Kursk region - 3.", "a row of 3 for 'Kursk' is named", "3"),
        ("Силы ПВО сбили 6 над Брянском.", "a figure of 6 and 'Брянском' are named", "6"),
        ("Air defences over Belgorod: 8 shot down.", "a figure of 8 and 'Belgorod' are named", "8"),
    ],
    ids=["air defence of a region, minus", "a region and a dash", "two rows of a list",
         "English row", "air defence's figure over a town", "English figure"],
)  # fmt: skip
def test_a_regions_figure_with_no_noun_is_held(text: str, what: str, figure: str) -> None:
    assert _held(text) == _named(what, figure)


@pytest.mark.parametrize(
    "text",
    [
        "Над Белгородской областью сбиты 4 ракеты.",  # missiles
        "Над Курской областью объявлена ракетная опасность, ПВО сбила 2.",  # a warning
        "Курская область — 12 июня.",  # a date
        "Курская область — 2025.",  # a year
        "Украинская ПВО сбила 5 целей над Харьковом.",  # Ukraine's side, a place of Ukraine's
        "Над территорией России за ночь сбиты 40 воздушных целей.",  # the country's
        "В Курской области 3 человека пострадали при атаке, сработала ПВО.",  # people counted
        "Над Брянском ПВО сбила самолёт, 2 пилота катапультировались.",  # a noun of its own
        "Курская область, 5 сентября. ПВО работала всю ночь.",  # a dateline
    ],
)
def test_figures_that_count_no_drone_are_not_held(text: str) -> None:
    assert _held(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью уничтожены 2 БПЛА. Над Крымом сбиты 3 воздушные цели.",
        "Над Курской областью сбиты два беспилотника, над Брянской — 4 воздушные цели.",
    ],
)
def test_targets_beside_drones_read_are_not_held(text: str) -> None:
    # a text that gave claims counts its drones apart, by their noun: its targets (of no kind
    # told: missiles as well) are something else, and no lost figure of drones
    reports = parse(text)
    assert [(c.area_id, c.count) for r in reports for c in r.claims] == [("RU-KRS", 2)]
    assert diagnose(text, reports) == []


# ---------------------------------------------------------------- beside a claim of another area


def _beside(text: str) -> tuple[list[tuple[str, int | None]], list[tuple[str, str, str]]]:
    """The claims a text gave and the problems named in it."""
    reports = parse(text)
    claims = [(c.area_id, c.count) for r in reports for c in r.claims]
    return claims, [
        (p.reason, p.detail, text[p.span[0] : p.span[1]]) for p in diagnose(text, reports)
    ]


@pytest.mark.parametrize(
    ("text", "claim", "what", "figure"),
    [
        ("Ночью над Орловской областью уничтожены 3 беспилотника. ПВО Липецкой области: минус 2.",
         ("RU-ORL", 3), "a row of 2 for 'Липецкой' is named", "2"),
        ("Над Пензенской областью сбит один беспилотник. ПВО Саратовской области: минус три.",
         ("RU-PNZ", 1), "a row of 3 for 'Саратовской' is named", "три"),
        ("Над Тамбовской областью уничтожены 3 БПЛА. Силы ПВО Воронежской области сбили ещё 2.",
         ("RU-TAM", 3), "a figure of 2 and 'Воронежской' are named", "2"),
        ("Над Липецкой областью сбиты 2 беспилотника. Над Курском ПВО: минус 5.",
         ("RU-LIP", 2), "a figure of 5 and 'Курском' are named", "5"),
        ("Over the Bryansk region air defences destroyed 4 drones. Kursk air defence: minus 2.",
         ("RU-BRY", 4), "a figure of 2 and 'Kursk' are named", "2"),
    ],
    ids=["air defence's minus", "its figure in words", "air defence downed more",
         "a town's air defence", "English"],
)  # fmt: skip
def test_a_figure_with_no_noun_for_an_area_no_claim_is_for_is_named(
    text: str, claim: tuple[str, int], what: str, figure: str
) -> None:
    # the claim read stays (published); the second region's figure, which no rule reads, had
    # been lost without a word
    assert _beside(text) == (
        [claim],
        [(AREA_WITHOUT_FIGURE, f"{what}, but no claim is for that area", figure)],
    )


@pytest.mark.parametrize(
    "text",
    [
        # the same region's figure told again: no area lost
        "Над Курской областью сбиты 3 БПЛА. ПВО Курской области: минус 3.",
        # a town of the region a claim is for
        "Над Белгородской областью уничтожены 4 беспилотника. Над Белгородом ПВО: минус 4.",
        # a dateline, a date, people
        "Над Смоленской областью сбиты 2 БПЛА. Курская область, 5 сентября: ПВО работала.",
        "Над Смоленской областью сбиты 2 БПЛА. Курская область — 14 мая.",
        "Над Смоленской областью сбиты 2 БПЛА. В Курской области ПВО работала, 3 человека ранены.",
    ],
    ids=["its own region again", "a town of its region", "a dateline", "a date", "people"],
)
def test_figures_beside_claims_that_lose_no_area_are_not_named(text: str) -> None:
    claims, problems = _beside(text)
    assert claims[0][1] is not None  # a text that gave claims: the check beside them ran
    assert problems == []
