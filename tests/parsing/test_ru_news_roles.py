"""A figure's role in Russian news and the ministry's statements (issue 10, the structures of
the last unseen sets): a figure over places and regions not named, a lede that retells the
quote below it in coarser time words, a lede's figure over two windows, a speaker correcting
himself. Reports written for these tests in our own words, grouped by the rule."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import Row

SUNDAY = date(2026, 3, 8)

Read = list[tuple[list[Row], int | None]]


def _read(text: str, published: date = SUNDAY) -> Read:
    """Each report's (area, district, count) claims and its total, in the parser's order."""
    return [
        ([(c.area_id, c.district_id, c.count) for c in r.claims], r.total)
        for r in parse(text, published)
    ]


# --- a wider area after "и": regions not named share the figure -------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Подмосковьем и соседними регионами утром сбиты 26 беспилотников.",
            [([("RU-MOS", None, None)], 26)],
        ),
        (
            "Ночью над Курской областью и другими регионами уничтожены 41 БПЛА.",
            [([("RU-KRS", None, None)], 41)],
        ),
        # the figure first, the places after it
        (
            "Перехвачены 18 дронов над Белгородской областью и ещё тремя регионами.",
            [([("RU-BEL", None, None)], 18)],
        ),
        (
            "Air defences downed 19 drones over the Bryansk region and two neighbouring regions.",
            [([("RU-BRY", None, None)], 19)],
        ),
        # regions named after "и" are a list that shares the figure, as before
        (
            "Над Курской и Белгородской областями сбиты 12 беспилотников.",
            [([("RU-KRS", None, None), ("RU-BEL", None, None)], 12)],
        ),
    ],
)
def test_a_figure_over_places_and_regions_not_named_is_no_place_s(text: str, want: Read) -> None:
    assert _read(text) == want


# --- a headline retold by the statement under it, a dateline between ---------------------------
_STATEMENT_BEL = (
    '"3 марта в период с 17.00 до 20.00 мск над территорией Белгородской области дежурными '
    'средствами ПВО уничтожены {n} украинских беспилотных летательных аппаратов", - говорится '
    "в сообщении."
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Белгородской областью вечером сбиты шесть беспилотников — Минобороны\n\n"
            "Москва. 3 марта. ИНТЕРФАКС - Средства ПВО во вторник вечером сбили беспилотники над "
            "Белгородской областью, сообщило Минобороны.\n\n" + _STATEMENT_BEL.format(n="шесть"),
            [([("RU-BEL", None, 6)], 6)],
        ),
        # the figure split by two verbs in the statement, the headline's whole
        (
            "Над Белгородской областью днём уничтожены семь дронов\n\nМосква. 3 марта.\n\n"
            + _STATEMENT_BEL.format(n="четыре и перехвачены три"),
            [([("RU-BEL", None, 7)], 7)],
        ),
        (
            "ПВО сбила 6 беспилотников над Белгородской областью\nБелгород, 3 марта.\n"
            + _STATEMENT_BEL.format(n="6"),
            [([("RU-BEL", None, 6)], 6)],
        ),
        # a headline whose figure is not the statement's tells a report of its own
        (
            "Над Белгородской областью вечером сбиты шесть беспилотников — Минобороны\n\n"
            "Москва. 3 марта. ИНТЕРФАКС - Средства ПВО во вторник вечером сбили беспилотники над "
            "Белгородской областью, сообщило Минобороны.\n\n" + _STATEMENT_BEL.format(n="два"),
            [([("RU-BEL", None, 6)], 6), ([("RU-BEL", None, 2)], 2)],
        ),
    ],
)
def test_a_headline_over_a_dateline_retells_the_statement(text: str, want: Read) -> None:
    assert _read(text) == want
