"""English news and translated ministry statements (issue 10), written for this project in our
own words, grouped by the structure each case reads: drones jammed that "crashed in" a place
(the place of their figure, as "подавлен средствами РЭБ и упал на территории X" is)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from tests.parsing.conftest import (
    FakePlace,
    claims_by_report,
    fake_districts,
    resolving,
    with_places,
)

PUBLISHED = date(2023, 9, 20)

_MOSCOW_OBLAST = FakePlace("region", "RU-MOS", None, "Московская область", "Moscow Oblast")
_MORE = {
    # (TASS's "the Moscow Region" of an urban district is the oblast, as the real gazetteer reads)
    "moscow region": [_MOSCOW_OBLAST],
    **fake_districts("RU-MOS", "Naro-Fominsky", "Odintsovsky"),
    **fake_districts("RU-BRY", "Klintsovsky", "Starodubsky"),
    **fake_districts("RU-KLU", "Lyudinovsky"),
    "naro-fominsky urban district": fake_districts("RU-MOS", "Naro-Fominsky")["naro-fominsky"],
    "odintsovsky urban district": fake_districts("RU-MOS", "Odintsovsky")["odintsovsky"],
    "klintsovsky district": fake_districts("RU-BRY", "Klintsovsky")["klintsovsky"],
    "starodubsky district": fake_districts("RU-BRY", "Starodubsky")["starodubsky"],
    "lyudinovsky district": fake_districts("RU-KLU", "Lyudinovsky")["lyudinovsky"],
}


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    with resolving(with_places(_MORE)):
        yield


# ---------------------------------------------------------------- jammed, then came down in X


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Four drones were jammed by electronic warfare and crashed in the Odintsovsky urban"
            " district of the Moscow Region.",
            [("RU-MOS", "RU-MOS:odintsovsky", 4), ("RU-MOS", None, 4)],
        ),
        (
            "Two UAVs were suppressed by electronic warfare systems, lost control and crashed in"
            " the Naro-Fominsky urban district.",
            [("RU-MOS", "RU-MOS:naro-fominsky", 2), ("RU-MOS", None, 2)],
        ),
        (
            "One drone was neutralised by electronic warfare means and fell in the Starodubsky"
            " district.",
            [("RU-BRY", "RU-BRY:starodubsky", 1), ("RU-BRY", None, 1)],
        ),
        (
            "Six drones were suppressed by radio-electronic warfare and came down in the Kursk"
            " Region.",
            [("RU-KRS", None, 6)],
        ),
        (
            "Seven drones were jammed by electronic warfare and then crashed near the village of"
            " Tovarkovo in the Lyudinovsky district of the Kaluga Region.",
            [("RU-KLU", "RU-KLU:lyudinovsky", 7), ("RU-KLU", None, 7)],
        ),
    ],
)
def test_jammed_drones_crashed_in_a_place(
    text: str, want: list[tuple[str, str | None, int]]
) -> None:
    assert claims_by_report(text, PUBLISHED) == [want]


def test_more_jammed_after_a_region_are_their_own_place() -> None:
    text = (
        "Five UAVs were destroyed by on-duty air defence systems over the Kaluga Region. Three"
        " more were suppressed by electronic warfare means and crashed in the Naro-Fominsky urban"
        " district of the Moscow Region."
    )
    assert claims_by_report(text, PUBLISHED) == [
        [("RU-KLU", None, 5), ("RU-MOS", "RU-MOS:naro-fominsky", 3), ("RU-MOS", None, 3)]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # debris is no drone: where it fell is damage, not the figure's place
        "Three drones were shot down over the Bryansk Region and debris fell in the Klintsovsky"
        " district.",
        # a place of their own downing comes first: the place they fell is that place's part
        "Two drones were destroyed over the Lyudinovsky district and crashed in a field.",
    ],
)
def test_came_down_never_moves_a_placed_figure(text: str) -> None:
    rows = claims_by_report(text, PUBLISHED)[0]
    assert ("RU-BRY", "RU-BRY:klintsovsky", 3) not in rows
    assert all(c is None or c in (2, 3) for _a, _d, c in rows)
