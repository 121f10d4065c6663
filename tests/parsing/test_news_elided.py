"""English news whose sentence leaves out the verb that downs drones, the sentence before having
said it (issue 10). Written for this project in our own words; grouped by the rule about the
language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import Totals, report_totals

THURSDAY = date(2025, 11, 13)


def _rows(text: str) -> list[Totals]:
    """(total, region-level rows) of each report from Russia's side."""
    return report_totals(text, THURSDAY)


# --- regions that "reported" a figure apiece, after a sentence that downed drones ------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Air defences shot down 14 drones over southern Russia overnight, the ministry said. "
            "The Rostov and Voronezh regions reported three drones apiece.",
            [(14, [("RU-ROS", 3), ("RU-VOR", 3)])],
        ),
        (
            "Russian air defence intercepted 16 drones overnight. The Tula and Kaluga regions "
            "saw five apiece.",
            [(16, [("RU-TUL", 5), ("RU-KLU", 5)])],
        ),
        (
            "The ministry said 20 drones were downed overnight. Belgorod, Kursk and Bryansk "
            "each reported two.",
            [(20, [("RU-BEL", 2), ("RU-KRS", 2), ("RU-BRY", 2)])],
        ),
        (
            # the sentence before downs drones without a figure
            "Drones were destroyed over several regions overnight. The Kursk and Bryansk "
            "regions reported four drones each, officials said.",
            [(None, [("RU-KRS", 4), ("RU-BRY", 4)])],
        ),
    ],
)
def test_regions_reporting_a_figure_apiece_after_drones_downed_have_it(
    text: str, rows: list[Totals]
) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        # the sentence before told drones launched, not downed: "reported" may be attacks
        (
            "Ukraine launched 40 drones at southern Russia overnight. The Rostov and Voronezh "
            "regions reported three drones apiece.",
            [],
        ),
        # attacks reported, not drones: the night's 14 stay, with no region's figure
        (
            "Air defences shot down 14 drones over southern Russia overnight. The Rostov and "
            "Voronezh regions reported three drone attacks apiece.",
            [(14, [])],
        ),
    ],
)
def test_regions_reporting_a_figure_apiece_otherwise_have_none(
    text: str, reports: list[Totals]
) -> None:
    assert _rows(text) == reports


# --- a closing line that gives the total in a number word, as in digits ----------------------
@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Two drones were shot down over the Voronezh region, the governor said. Another was "
            "downed an hour later. The total for the night was three.",
            3,
        ),
        (
            "Four drones were destroyed over the Kursk region overnight, the governor said. "
            "The total was five.",
            5,
        ),
        (
            "Air defences downed six drones over the Belgorod region. The night's total stood at "
            "eight.",
            8,
        ),
        (
            "Air defences downed six drones over the Belgorod region. In total, twelve.",
            12,
        ),
    ],
)
def test_a_closing_total_in_a_number_word_is_the_total(text: str, total: int) -> None:
    assert [t for t, _rows in _rows(text)] == [total]


def test_a_closing_line_ending_in_another_word_is_no_total() -> None:
    text = "Four drones were destroyed over the Kursk region. The total was not given."
    assert _rows(text) == [(4, [("RU-KRS", 4)])]
