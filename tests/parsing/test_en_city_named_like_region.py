"""Issue 10: an English bare name of a region's capital, once the text named the region by its
head noun, is the city.

English writes the region with its head noun ("the Saratov region", "Saratov Oblast", "the Kursk
region governor") and the city by the bare name: "debris damaged two homes in Saratov, the
Saratov region governor said" names the city of Saratov, a place of the region. A bare name with
no region so named stays the region ("Kursk and Belgorod each reported three drones"), and so
does the ministry's, which tells its figures by regions ("... two more were destroyed over
Kursk"). Reports written for these tests in our own words (the stand-in gazetteer of
conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


def _rows(text: str) -> set[tuple[str, str | None, int | None]]:
    return {(c.area_id, c.district_id, c.count) for r in parse(text) for c in r.claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Kursk region governor said three drones were shot down over Kursk overnight.",
            {("RU-KRS", "RU-KRS:kursk", 3), ("RU-KRS", None, 3)},
        ),
        (
            "Kursk governor Alexander Khinshtein said a drone was shot down over Kursk.",
            {("RU-KRS", "RU-KRS:kursk", 1), ("RU-KRS", None, 1)},
        ),
        (
            "Debris from a downed drone damaged two homes in Saratov, the Saratov region governor "
            "said.",
            {("RU-SAR", "RU-SAR:saratov", None), ("RU-SAR", None, None)},
        ),
        (
            "Saratov Oblast governor Roman Busargin said drones had been destroyed over the region "
            "overnight; debris of a downed drone hit a warehouse in Saratov.",
            {("RU-SAR", "RU-SAR:saratov", None), ("RU-SAR", None, None)},
        ),
        (
            "Four drones were downed over the Kursk region overnight, the governor said, and "
            "debris from one of them fell in Kursk.",
            {("RU-KRS", "RU-KRS:kursk", None), ("RU-KRS", None, 4)},
        ),
    ],
)
def test_the_bare_name_after_the_region_is_the_city(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert _rows(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kursk and Belgorod each reported three drones shot down.",
            {("RU-KRS", None, 3), ("RU-BEL", None, 3)},
        ),
        ("Three drones were shot down over Kursk overnight.", {("RU-KRS", None, 3)}),
        # the ministry's bare name is its region's
        (
            "The Defence Ministry said 11 drones were downed over the Kursk region overnight. Later "
            "the ministry said two more were destroyed over Kursk.",
            {("RU-KRS", None, 11), ("RU-KRS", None, 2)},
        ),
    ],
)
def test_a_bare_name_alone_or_the_ministrys_is_the_region(
    text: str, want: set[tuple[str, str | None, int | None]]
) -> None:
    assert _rows(text) == want
