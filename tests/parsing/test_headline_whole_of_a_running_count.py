"""Issue 10: a headline whose figure the body under it tells again in parts.

"Four drones downed near Moscow overnight, mayor says" over the mayor's one, then two more,
then one more: the headline gives the whole of the body's running count for the same place,
not a fourth figure beside it, so the place gets the body's 1 + 2 + 1 = 4, never 8
(``retellings.headline_wholes``). A headline figure the parts do not add up to, a region's figure
over its districts' rows, or a first line that is a sentence of the body stays as it is. Texts
written for these tests in our own words.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 5, 6)


def _figures(text: str) -> Counter[str]:
    """Drones per region of Russia's side, summed over the text's reports (as the map sums)."""
    out: Counter[str] = Counter()
    for r in parse(text, DAY):
        if r.country == "RU":
            for c in r.claims:
                if c.district_id is None and c.count is not None:
                    out[c.area_id] += c.count
    return out


@pytest.mark.parametrize(
    ("text", "area", "whole"),
    [
        (
            "Four drones downed near Moscow overnight, mayor says\n\nAt 12:50 a.m. Sergei "
            "Sobyanin said air defences had destroyed a drone approaching Moscow. At 2:20 a.m. he "
            "wrote that two more had been downed, and at 3:55 a.m. he reported one more.",
            "RU-MOW",
            4,
        ),
        (
            "Ночью на подлёте к Москве сбиты четыре беспилотника\n\nВ 00:50 Собянин написал, что "
            "сбит один БПЛА, летевший на Москву. В 02:20 он сообщил ещё о двух, в 03:55 — ещё об "
            "одном.",
            "RU-MOW",
            4,
        ),
        (
            "Собянин: за ночь сбито 3 беспилотника, летевших на Москву\n\nОколо полуночи силы ПВО "
            "уничтожили один беспилотник, летевший на Москву, сообщил мэр. Позже сбиты ещё два "
            "беспилотника, летевших на Москву.",
            "RU-MOW",
            3,
        ),
    ],
)
def test_the_headline_is_the_whole_of_the_body_s_parts(text: str, area: str, whole: int) -> None:
    assert _figures(text)[area] == whole


def test_a_headline_figure_the_parts_do_not_add_up_to_stays() -> None:
    text = (
        "Six drones downed near Moscow overnight, mayor says\n\nAt 12:50 a.m. Sergei Sobyanin "
        "said air defences had destroyed a drone approaching Moscow. At 2:20 a.m. he wrote that "
        "two more had been downed."
    )
    reports = parse(text, DAY)
    assert any(c.area_id == "RU-MOW" and c.count == 6 for r in reports for c in r.claims)


def test_a_first_line_that_is_a_sentence_is_no_headline() -> None:
    text = (
        "Над Москвой ночью сбиты три беспилотника.\nСначала силы ПВО уничтожили один БПЛА, "
        "летевший на Москву. Позже сбиты ещё два беспилотника, летевших на Москву."
    )
    reports = parse(text, DAY)
    assert any(c.area_id == "RU-MOW" and c.count == 3 for r in reports for c in r.claims)
