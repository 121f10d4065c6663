"""News texts whose place is a city the sentence does not spell as one (issue 10): a town hit
named like its region, the speaker's own city, the regional capital. Written for this project
in our own words, grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.test_news_targets import _claims as _claims_on

THURSDAY = date(2026, 5, 14)


def _claims(text: str) -> list:
    """(reporter, total, (area, district, count) of every claim) of each Russian report."""
    return _claims_on(text, THURSDAY)


# --- a bare English name beside damage is the town there, not its region ----------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Air defences downed six drones over the Kursk region during the night, its "
            "governor said. In Kursk, windows were blown out in a block of flats.",
            [("governor", 6, [("RU-KRS", None, 6), ("RU-KRS", "RU-KRS:kursk", None)])],
        ),
        (
            "The Saratov region's governor said four drones were destroyed overnight. Falling "
            "wreckage damaged a garage in Saratov.",
            [("governor", 4, [("RU-SAR", None, 4), ("RU-SAR", "RU-SAR:saratov", None)])],
        ),
    ],
)
def test_a_bare_name_beside_damage_is_the_town(text: str, want: list) -> None:
    assert _claims(text) == want


def test_a_region_written_with_its_head_noun_beside_damage_stays_unclaimed() -> None:
    text = (
        "Six drones were shot down over the Kursk region overnight. Power lines were damaged "
        "in the Belgorod region."
    )
    assert _claims(text) == [("media", 6, [("RU-KRS", None, 6)])]
