"""A day's tally told before the reports it is made of (issue 10), written for this project in
our own words: a clause after a semicolon that adds drones of a time of its own is that time's
report ("...; another 12 were shot down over Y during the day"); a lede's figure over the past
24 hours that the windows after it add up to is told after them, also when the windows name
their regions without figures; the day's figure that names the night's part after it ("46 over
the past 24 hours, 31 of them overnight") is told after that part (docs/labels.md: a tally of
the text's own reports is an extra report, the first report the text tells the main one)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2025, 6, 8)

Rows = list[tuple[str, int | None]]
Read = list[tuple[int | None, tuple[int, int] | None, date | None, Rows]]


def _read(text: str) -> Read:
    """(total, window's hours, night, region-level rows) of each report of Russia's side."""
    return [
        (
            r.total,
            (r.window.start.hour, r.window.end.hour) if r.window else None,
            r.night_of,
            [(c.area_id, c.count) for c in r.claims if c.district_id is None],
        )
        for r in parse(text, SUNDAY)
        if r.country == "RU"
    ]


# --- a semicolon's clause of more drones at a time of its own ---------------------------------
_NIGHT_EN = "From 11 p.m. to 7 a.m., 30 drones were destroyed over the Bryansk and Kursk regions"
_NIGHT_ROWS: Rows = [("RU-BRY", None), ("RU-KRS", None)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (_NIGHT_EN + "; another 12 were shot down over the Smolensk region during the day.", None),
        (_NIGHT_EN + "; a further 12 were downed in the daytime over the Smolensk region.", None),
        (_NIGHT_EN + "; 12 more were intercepted over the Smolensk region during the daytime, "
         "the ministry said.", None),
        (_NIGHT_EN + "; another 12 were shot down in the daytime between 9 a.m. and 5 p.m. over "
         "the Smolensk region.", (9, 17)),
        (_NIGHT_EN + "; another twelve were destroyed over the Smolensk region, close to the "
         "border, between 9 a.m. and 5 p.m.", (9, 17)),
    ],
)  # fmt: skip
def test_more_drones_after_a_semicolon_at_their_own_time_are_their_report(
    text: str, day: tuple[int, int] | None
) -> None:
    assert _read(text) == [
        (30, (23, 7), SUNDAY, _NIGHT_ROWS),
        (12, day, None, [("RU-SMO", 12)]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "С 23:00 до 7:00 над Брянской и Курской областями уничтожены 30 БПЛА; ещё 12 сбиты днём "
        "над Смоленской областью.",
        "С 23:00 до 7:00 над Брянской и Курской областями уничтожены 30 БПЛА; ещё 12 "
        "перехвачены над Смоленской областью в дневное время.",
    ],
)
def test_more_drones_after_a_semicolon_in_the_daytime_ru(text: str) -> None:
    assert _read(text) == [(30, (23, 7), SUNDAY, _NIGHT_ROWS), (12, None, None, [("RU-SMO", 12)])]


def test_more_drones_of_the_same_night_after_a_semicolon_stay_its_own() -> None:
    # no time of their own: the night's drones, one report
    text = _NIGHT_EN + "; another 12 were shot down over the Smolensk region."
    assert [(w, night, rows) for _t, w, night, rows in _read(text)] == [
        ((23, 7), SUNDAY, [*_NIGHT_ROWS, ("RU-SMO", 12)])
    ]


# --- a lede's day over windows that name their regions without figures -----------------------
_WINDOWS_EN = (
    " Between 11 p.m. on June 7 and 7 a.m. on June 8, 30 drones were destroyed over the Bryansk "
    "and Kursk regions. Between 8 a.m. and 6 p.m., another 12 were shot down over the Belgorod "
    "and Voronezh regions."
)


@pytest.mark.parametrize(
    "lede",
    [
        "Over the past 24 hours, air defences destroyed 42 drones over Russian regions, the "
        "Defence Ministry said.",
        "The Defence Ministry said on Sunday that 42 Ukrainian drones had been downed in the "
        "past 24 hours.",
        "Russian air defences intercepted forty-two drones over the last 24 hours, the ministry "
        "reported.",
    ],
)
def test_a_ledes_day_over_windows_without_figures_is_told_after_them(lede: str) -> None:
    assert _read(lede + _WINDOWS_EN) == [
        (30, (23, 7), SUNDAY, _NIGHT_ROWS),
        (12, (8, 18), None, [("RU-BEL", None), ("RU-VOR", None)]),
        (42, None, None, []),
    ]


def test_a_ledes_day_that_the_windows_do_not_add_up_to_stays_first() -> None:
    # 50 is no sum of 30 and 12: the day may hold drones the statement does not tell
    lede = "Over the past 24 hours, air defences destroyed 50 drones, the Defence Ministry said."
    assert [total for total, *_ in _read(lede + _WINDOWS_EN)] == [50, 30, 12]


# --- the day's figure before the night's part it names ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Sunday that 46 drones had been destroyed over the past 24 hours, 31 "
        "of them overnight. Overnight, drones were downed over the Bryansk and Kursk regions.",
        "Over the past 24 hours, 46 drones were destroyed, including 31 overnight. Overnight, "
        "drones were downed over the Bryansk and Kursk regions.",
        "За сутки уничтожены 46 беспилотников, из них 31 — ночью. Ночью беспилотники сбиты над "
        "Брянской и Курской областями.",
        "За сутки уничтожены 46 беспилотников, 31 из них — ночью. Ночью беспилотники сбиты над "
        "Брянской и Курской областями.",
    ],
)
def test_the_nights_part_named_after_the_days_figure_comes_first(text: str) -> None:
    assert _read(text) == [(31, None, SUNDAY, _NIGHT_ROWS), (46, None, None, [])]


def test_an_earlier_statement_after_a_days_figure_is_no_part_of_it() -> None:
    # the night told as another statement of the ministry's, not as the day's part
    text = (
        "За сутки средства ПВО уничтожили 200 беспилотников. Утром 8 июня министерство "
        "сообщило, что за прошедшую ночь над Брянской областью сбиты 27 беспилотников."
    )
    assert [total for total, *_ in _read(text)] == [200, 27]


# --- more drones told at a window of their own with no place: that window's whole -----------
_EVENING_EN = "The ministry said 18 drones were downed between 8 p.m. and 11 p.m. on June 7. "
_EVENING_RU = "7 июня с 20:00 до 23:00 сбиты 18 беспилотников, сообщили в Минобороны. "


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (_EVENING_EN + "A further 27 were downed between 11 p.m. and 7 a.m., it said.", (23, 7)),
        (_EVENING_EN + "Another twenty-seven drones were destroyed overnight, the ministry added.",
         None),
        (_EVENING_RU + "С 23:00 до 07:00 уничтожены ещё 27.", (23, 7)),
        (_EVENING_RU + "Кроме того, с 23:00 7 июня до 07:00 8 июня перехвачены ещё 27 дронов.",
         (23, 7)),
        (_EVENING_RU + "В ночь на 8 июня ПВО сбили ещё двадцать семь БПЛА.", None),
    ],
)  # fmt: skip
def test_more_drones_at_a_window_of_their_own_are_its_whole(
    text: str, hours: tuple[int, int] | None
) -> None:
    assert _read(text) == [(18, (20, 23), None, []), (27, hours, SUNDAY, [])]


def test_more_drones_of_the_same_night_with_no_place_add_no_report() -> None:
    text = "Ночью сбиты 5 беспилотников. Ещё 3 подавлены средствами РЭБ."
    assert _read(text) == [(5, None, SUNDAY, [])]
