"""Officials' words in English (wire stories quoting governors, translated posts): structures
discovery109 showed (stop 47, english).

Each test is a text written for it, in our own wording; none is a sentence of the working set
or of corpus-dev.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import ReportRows, report_rows_of

DAY = date(2025, 6, 9)


#: the places as an import reads them (the stand-in knows nominatives only)
pytestmark = pytest.mark.usefixtures("real_gazetteer")


def reports(text: str, source: str | None = None) -> list[ReportRows]:
    """Each report's reporter, total and claims as (area, district, count)."""
    return report_rows_of(text, DAY, source)


# --- a place attacked as the subject, a time before it (places._ATTACKED_SUBJECT_EN) ----------


def test_town_attacked_after_this_morning_is_what_the_city_means() -> None:
    text = (
        "Governor of Samara Region (translated from Telegram):\n\n"
        "This morning Novokuybyshevsk came under attack by drones. Two UAVs were destroyed "
        "over the city, nobody was hurt."
    )
    assert reports(text) == [
        (
            "governor",
            2,
            [("RU-SAM", "RU-SAM:novokuybyshevsk", 2), ("RU-SAM", None, 2)],
        )
    ]


def test_district_attacked_after_tonight_in_a_quoted_post() -> None:
    text = (
        'The Bryansk region governor wrote: "Tonight the Pogar district was targeted by '
        'Ukrainian drones. Four UAVs were shot down, there is no damage."'
    )
    assert reports(text) == [
        ("governor", 4, [("RU-BRY", "RU-BRY:pogarsky", None), ("RU-BRY", None, 4)])
    ]


# --- a name before a verb of telling is who speaks, no place of the list (places._SAYS_AFTER) -


def test_surname_after_a_list_of_districts_is_the_speaker() -> None:
    text = (
        "Six drones were downed over the Kursk region overnight, its governor said. They came "
        "down over the Glushkovo and Rylsk districts, Gusev wrote later on Telegram."
    )
    (report,) = reports(text)
    assert ("RU-KGD", "RU-KGD:gusevsky", None) not in report[2]
    assert report[2] == [
        ("RU-KRS", None, 6),
        ("RU-KRS", "RU-KRS:glushkovsky", None),
        ("RU-KRS", "RU-KRS:rylsky", None),
    ]


# --- a translated post's own clock, and the clock of a correction (time._about_then_downed,
# time._SAID_AT) --------------------------------------------------------------------------------


def windows(text: str) -> list[tuple[str, str] | None]:
    """Each report's window as its start and end clocks."""
    return [
        (f"{r.window.start:%H:%M}", f"{r.window.end:%H:%M}") if r.window else None
        for r in parse(text, DAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At about 04:25 a drone was destroyed over the Kstovo district, the governor wrote.",
        "At around 04:25, two UAVs were shot down over the Kstovo district.",
    ],
)
def test_a_clock_told_as_about_then_is_when_the_drones_were_downed(text: str) -> None:
    assert windows(text) == [("04:25", "04:25")]


def test_a_clock_told_about_then_in_a_line_that_downs_nothing_is_no_window() -> None:
    text = (
        "At about 04:25 sirens were heard in Kstovo. Later three drones were shot down over "
        "the Nizhny Novgorod region, the governor said."
    )
    assert windows(text) == [None]


def test_the_clock_a_figure_was_corrected_at_is_no_window_and_keeps_the_night() -> None:
    text = (
        "The governor of the Kursk region first wrote that five drones had been destroyed over "
        "the region overnight. At 8:40 a.m. he corrected the figure: seven UAVs had been downed "
        "over the Kursk region."
    )
    (report,) = parse(text, DAY)
    assert (report.window, report.night_of, report.total) == (None, DAY, 7)


# --- "the regional capital" before an official's title (places._EN_TRIGGER_TAIL) ---------------


def test_regional_capital_before_the_governors_title_is_the_capital() -> None:
    text = (
        "Five drones were destroyed over the Kursk region before dawn, three of them near the "
        "regional capital, Gov. Alexander Khinshtein said."
    )
    assert reports(text) == [("governor", 5, [("RU-KRS", None, 5), ("RU-KRS", "RU-KRS:kursk", 3)])]
