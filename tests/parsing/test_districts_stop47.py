"""Governors' and district heads' posts across Russia: structures discovery110 showed (stop 47).

Each test is a text written for it, in our own wording; none is a sentence of the working set
or of corpus-dev.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import ReportRows, report_rows_of

DAY = date(2025, 9, 14)


#: the places as an import reads them (the stand-in knows nominatives only)
pytestmark = pytest.mark.usefixtures("real_gazetteer")


def reports(text: str, source: str | None = None) -> list[ReportRows]:
    """Each report's reporter, total and claims as (area, district, count)."""
    return report_rows_of(text, DAY, source)


# --- a sentence of rows told by nearness after the figure (rules._LIST_LINE) ------------------


@pytest.mark.parametrize(
    "rows",
    [
        "Два из них — на подлёте к Ржеву, один — в районе Торжка.",
        "Два — у Ржева, один — под Торжком.",
        "Два из них — около Ржева, один — возле Торжка.",
    ],
)
def test_rows_told_by_nearness_in_the_sentence_after_the_figure(rows: str) -> None:
    text = f"Ночью над Тверской областью уничтожены три беспилотника. {rows} Пострадавших нет."
    assert reports(text) == [
        (
            "media",
            3,
            [
                ("RU-TVE", None, 3),
                ("RU-TVE", "RU-TVE:rzhev", 2),
                ("RU-TVE", "RU-TVE:torzhok", 1),
            ],
        )
    ]


# --- a town air defence was at work over, the figures told elsewhere --------------------------
# (count_rules.rule_heading_district, Context.at_work_heading)


def test_town_air_defence_worked_over_is_named_when_the_figures_fall_elsewhere() -> None:
    text = (
        "03:20 Над Курском работает ПВО. Не подходите к окнам.\n\n"
        "04:05 Уничтожены два дрона над Курчатовским районом."
    )
    assert reports(text, "Губернатор Курской области") == [
        (
            "governor",
            2,
            [
                ("RU-KRS", "RU-KRS:kursk", None),
                ("RU-KRS", "RU-KRS:kurchatovsky", 2),
                ("RU-KRS", None, 2),
            ],
        )
    ]


def test_town_air_defence_worked_over_takes_the_figure_with_no_place() -> None:
    text = "Над Курском работает ПВО. Уничтожены два дрона."
    assert reports(text, "Губернатор Курской области") == [
        ("governor", 2, [("RU-KRS", "RU-KRS:kursk", 2), ("RU-KRS", None, 2)])
    ]


# --- an attack repelled "в X", its figure in the next sentence (vocab.REPELLED_IN_RE) ---------


@pytest.mark.parametrize(
    "attack",
    [
        "Ночью в Железногорске отражена атака беспилотников.",
        "Над Железногорском отражена атака БПЛА.",
        "В Железногорске атака дронов была отражена.",
    ],
)
def test_attack_repelled_in_a_town_heads_the_figure_after_it(attack: str) -> None:
    text = f"{attack} Силами ПВО уничтожены семь. Ещё один сбит над Фатежским районом."
    assert reports(text, "Губернатор Курской области") == [
        (
            "governor",
            None,
            [
                ("RU-KRS", "RU-KRS:zheleznogorsk", 7),
                ("RU-KRS", None, None),
                ("RU-KRS", "RU-KRS:fatezhsky", 1),
            ],
        )
    ]


# --- a clock told "по местному времени" in a region off Moscow's clock (time.in_moscow_time) ---


def window_of(text: str, source: str | None = None) -> tuple[str, str] | None:
    """The first report's window as two clock times in Moscow ("HH:MM")."""
    w = parse(text, DAY, source=source)[0].window
    return None if w is None else (f"{w.start:%H:%M}", f"{w.end:%H:%M}")


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # Chelyabinsk's clock is two hours ahead of Moscow's
        (
            "Сегодня около 06:50 по местному времени над Копейском уничтожен беспилотник.",
            ("04:50", "04:50"),
        ),
        # a window told in local time, Samara's clock an hour ahead
        (
            "С 02:00 до 04:30 по местному времени над Сызранью сбиты три дрона.",
            ("01:00", "03:30"),
        ),
        # Kaliningrad's an hour behind
        (
            "В 03:10 по местному времени над Калининградской областью уничтожен БПЛА.",
            ("04:10", "04:10"),
        ),
        # a region on Moscow's clock keeps it
        (
            "Сегодня около 05:20 по местному времени над Курском уничтожен беспилотник.",
            ("05:20", "05:20"),
        ),
        # no word of a local clock: as written, in Moscow time (docs/labels.md)
        ("Сегодня около 06:50 над Копейском уничтожен беспилотник.", ("06:50", "06:50")),
    ],
)
def test_a_local_clock_is_told_in_moscow_time(text: str, window: tuple[str, str]) -> None:
    assert window_of(text) == window


def test_a_local_clock_over_regions_of_two_clocks_is_left_as_written() -> None:
    text = (
        "Около 06:50 по местному времени беспилотники уничтожены над Челябинской и "
        "Курской областями."
    )
    assert window_of(text) == ("06:50", "06:50")


# --- a town where blasts were only heard (place_rules._HEARD) ----------------------------------


@pytest.mark.parametrize(
    "heard",
    [
        "Explosions were heard over Novocheboksarsk before dawn, residents said, as drones again "
        "targeted Chuvashia.",
        "Residents reported hearing blasts in Novocheboksarsk as drones targeted Chuvashia.",
    ],
)
def test_a_town_where_blasts_were_only_heard_is_no_place_of_the_report(heard: str) -> None:
    text = f"{heard} The republic's head said one drone was shot down over the Kanash district."
    assert [claims for _r, _t, claims in reports(text)] == [
        [("RU-CU", "RU-CU:kanashsky", 1), ("RU-CU", None, 1)]
    ]


def test_a_town_where_blasts_were_heard_and_windows_broken_is_named() -> None:
    text = (
        "Explosions were heard in Novocheboksarsk, where windows were shattered, as drones "
        "targeted Chuvashia. One drone was shot down over the Kanash district."
    )
    assert ("RU-CU", "RU-CU:novocheboksarsk", None) in reports(text)[0][2]
