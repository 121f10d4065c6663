"""The ministry's list rows run on in one quoted sentence (issue 10), written for this project in
our own words (the stand-in gazetteer of conftest.py). Grouped by the rule each one decides.

- ``name_dash_count`` (``count_rules.ROW_END``): the closing quotation mark of a statement
  quoted whole ends its last row as a comma or a point does.
- ``name_dash_count`` (``count_rules.LIST_DASH_RU``): a row of two places under one figure may
  follow a comma in a list run on in one sentence, the rows' genitive kept from the first row's
  "над территорией ... области": "Калужской и Тульской – по три" gives each three.
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import FakePlace, resolving, with_places

#: A region's adjective alone, as the real gazetteer answers it ("Курская", "Курской": Kursk
#: Oblast): the elliptic rows name it so.
_ALONE = {
    name: [FakePlace("region", rid, None, f"{adj} область", en)]
    for adj, rid, en in [
        ("Брянская", "RU-BRY", "Bryansk Oblast"),
        ("Курская", "RU-KRS", "Kursk Oblast"),
        ("Калужская", "RU-KLU", "Kaluga Oblast"),
        ("Тульская", "RU-TUL", "Tula Oblast"),
        ("Воронежская", "RU-VOR", "Voronezh Oblast"),
        ("Белгородская", "RU-BEL", "Belgorod Oblast"),
    ]
    for name in (adj.lower(), adj.lower()[:-2] + "ой")
}


def _rows(text: str) -> tuple[list[tuple[str, int | None]], int | None]:
    with resolving(with_places(_ALONE)):
        (report,) = parse(text)
    return sorted((c.area_id, c.count) for c in report.claims), report.total


# --- name_dash_count: a closing quotation mark ends the last row -----------------------------
@pytest.mark.parametrize("close", ["»", '"', "”"])
def test_the_last_row_before_the_closing_quote_is_read(close: str) -> None:
    text = (
        "В ведомстве сообщили: «Дежурными средствами ПВО уничтожены 9 украинских БПЛА: над "
        f"территорией Брянской области – 5, Курской – четыре{close}, — говорится в сообщении."
    )
    assert _rows(text) == ([("RU-BRY", 5), ("RU-KRS", 4)], 9)


def test_a_dash_list_one_row_a_line_keeps_its_last_row_before_the_quote() -> None:
    text = (
        "«За ночь перехвачены и уничтожены 10 украинских беспилотников над территориями "
        "областей:\n— Брянской — 6,\n— Воронежской — 3,\n— Белгородской — 1», — сообщили в "
        "Минобороны."
    )
    assert _rows(text) == ([("RU-BEL", 1), ("RU-BRY", 6), ("RU-VOR", 3)], 10)


# --- name_dash_count: a shared row after a comma ---------------------------------------------
@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("Калужской и Тульской – по три", [("RU-KLU", 3), ("RU-TUL", 3)]),
        ("Калужской и Тульской – по 3", [("RU-KLU", 3), ("RU-TUL", 3)]),
        ("Калужской, Тульской – по три", [("RU-KLU", 3), ("RU-TUL", 3)]),
    ],
)
def test_a_row_of_two_places_after_a_comma_gives_each_its_figure(
    row: str, want: list[tuple[str, int]]
) -> None:
    text = (
        "Дежурными средствами ПВО уничтожены 18 украинских БПЛА: над территорией Брянской "
        f"области – 10, Курской – 2, {row}, Воронежской – два."
    )
    assert _rows(text) == (sorted([("RU-BRY", 10), ("RU-KRS", 2), *want, ("RU-VOR", 2)]), 18)


def test_a_row_of_two_places_after_a_comma_without_po_shares_its_figure() -> None:
    # "Калужской и Тульской – 6": the two share six, none of them has a figure of its own
    text = (
        "Дежурными средствами ПВО уничтожены 16 украинских БПЛА: над территорией Брянской "
        "области – 10, Калужской и Тульской – 6."
    )
    assert _rows(text) == ([("RU-BRY", 10), ("RU-KLU", None), ("RU-TUL", None)], 16)
