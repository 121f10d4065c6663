"""Issue 10: the drones a partition leaves, told in a sentence of their own.

After a statement splits its figure among places ("18 drones ..., seven over X and five over
Y"), a sentence that opens on what is left ("The remaining six ...", "Остальные шесть ...",
"Оставшиеся шесть ...") counts the same drones with their noun elided, whatever its verb: a
verb of shooting down, a dash for it, or a verb of sharing out ("were split evenly between X
and Y", "поровну над X и Y": each place its share, docs/labels.md). Read only after figures of
drones: alone, "the remaining six" counts nothing. Statements written for these tests in our
own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import by_place, claims_by_report

SUNDAY = date(2025, 6, 15)
EN_LEAD = (
    "The Defence Ministry said 18 drones were intercepted overnight, including seven over the "
    "Bryansk Region and five over the Kaluga Region. "
)
RU_LEAD = "Минобороны: за ночь уничтожены 18 БПЛА, из них семь над Брянской областью, пять над Калужской. "
PARTS = [("RU-BRY", None, 7), ("RU-KLU", None, 5)]


SHARES = [("RU-SMO", None, 3), ("RU-TUL", None, 3)]


@pytest.mark.parametrize(
    ("rest", "left"),
    [
        ("The remaining six were split evenly between the Smolensk and Tula regions.", SHARES),
        ("The remaining six were divided equally between the Smolensk and Tula regions.", SHARES),
        ("Остальные шесть поровну над Смоленской и Тульской областями.", SHARES),
        ("Оставшиеся шесть — поровну над Смоленской и Тульской областями.", SHARES),
        # over one place: its figure
        ("The remaining six were shot down over the Smolensk region.", [("RU-SMO", None, 6)]),
        ("Остальные шесть сбиты над Смоленской областью.", [("RU-SMO", None, 6)]),
        ("Оставшиеся шесть — над Смоленской областью.", [("RU-SMO", None, 6)]),
    ],
)
def test_the_rest_goes_to_the_places_it_names(rest: str, left: list[tuple]) -> None:
    lead = EN_LEAD if rest.startswith("The") else RU_LEAD
    (claims,) = claims_by_report(lead + rest, SUNDAY)
    assert by_place(claims) == by_place([*PARTS, *left])


def test_the_remaining_alone_counts_nothing() -> None:
    text = "The remaining six were split evenly between the Smolensk and Tula regions."
    assert claims_by_report(text, SUNDAY) == []
