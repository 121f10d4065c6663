"""Issue 10: a headline that gives a statement's whole to its main place.

A news headline compresses the statement under it: "12 drones over the Kursk region" over "12
drones ..., nine of them over the Kursk region and three over the Belgorod region". The
headline's figure is the statement's whole, which the body splits among its areas (their exact
figures add up to it), told of the one area the writer chose to name: the statement told again,
never 12 more over Kursk. A headline figure that is not the body's whole stays a figure of its
own. Texts written for these tests in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import claims_by_report

TUESDAY = date(2026, 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Air defences down 12 drones over Kursk region\n\n"
        "MOSCOW, March 3 - The Russian Defence Ministry said it destroyed 12 Ukrainian drones "
        "overnight, nine of them over the Kursk region and three over the Belgorod region.",
        "Twelve drones shot down over the Kursk region, ministry says\n\n"
        "Russia's Defence Ministry said on Tuesday that air defences had intercepted 12 drones "
        "overnight: nine over the Kursk region and three over the Belgorod region.",
        "Над Курской областью ночью сбиты 12 беспилотников\n\n"
        "Минобороны сообщило, что за ночь уничтожены 12 БПЛА: девять над Курской областью и "
        "три над Белгородской.",
        "Над Курской областью ночью сбиты 12 беспилотников\n\n"
        "Минобороны: за ночь уничтожены 12 БПЛА, из них девять над Курской областью, три над "
        "Белгородской.",
    ],
)
def test_the_headline_tells_the_whole_of_the_statement(text: str) -> None:
    (report,) = parse(text, TUESDAY)
    assert report.total == 12
    assert claims_by_report(text, TUESDAY) == [[("RU-KRS", None, 9), ("RU-BEL", None, 3)]]


def test_a_headline_figure_that_is_not_the_whole_stays() -> None:
    text = (
        "Над Курской областью ночью сбиты 12 беспилотников\n\n"
        "Минобороны сообщило, что за ночь уничтожены 14 БПЛА: девять над Курской областью и "
        "пять над Белгородской."
    )
    (claims,) = claims_by_report(text, TUESDAY)
    assert ("RU-KRS", None, 12) in claims
