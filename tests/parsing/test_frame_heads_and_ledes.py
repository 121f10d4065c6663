"""What a text's head says of the reports under it (our own wording).

- A lede under the headline that adds up the windows the body tells one by one ("destroyed 11
  drones over the Kursk and Belgorod regions late on Monday and early on Tuesday" over the
  ministry's four in its evening window and seven in its night's) is no total of the first
  window's report it joins: that report's whole is its rows' (``retellings.headline_sums``,
  the lede's paragraph read as the headline's).
- An opening line that names a recap's days ("Итоги недели (с 3 по 9 марта).") dates the
  recap the post then tells with no dates ("За неделю ... сбиты 120"): its window is those
  days (``time_clauses.heading_period``).
- The day a sentence's figures were told on, after its verb of saying ("..., the headquarters
  said on Tuesday morning"), is no time of the figures when it is the morning the night the
  lede names ended: the figures are that night's (``time_clauses.lede_night``).
"""

from __future__ import annotations

from datetime import date, datetime

from parsing import parse
from settings import MSK

TUESDAY = date(2025, 6, 17)

WINDOWS = (
    "Air defences down 11 drones over Kursk, Belgorod regions\n\n"
    "MOSCOW, June 17. Russian air defence forces destroyed 11 Ukrainian drones over the Kursk "
    "and Belgorod regions late on Monday and early on Tuesday, the Defence Ministry said.\n\n"
    '"On June 16, between 8:00 p.m. and 10:30 p.m. Moscow time, air defence systems destroyed '
    'four UAVs over the Kursk Region," the ministry said.\n\n'
    '"From 11:00 p.m. on June 16 to 6:00 a.m. on June 17, air defence systems destroyed seven '
    'UAVs: five over the Belgorod Region and two over the Kursk Region," the ministry added.'
)


def test_a_lede_that_adds_up_the_windows_is_no_total_of_the_first() -> None:
    totals = [(r.total, r.night_of) for r in parse(WINDOWS, TUESDAY, source="TASS")]
    assert totals == [(4, None), (7, TUESDAY)]


def test_a_lede_with_the_first_windows_figure_keeps_it() -> None:
    text = WINDOWS.replace("destroyed 11 Ukrainian drones", "destroyed four Ukrainian drones")
    text = text.replace("down 11 drones", "down four drones")
    assert [r.total for r in parse(text, TUESDAY, source="TASS")][:2] == [4, 7]


WEEK = (
    "Итоги недели (с 9 по 15 июня).\n\n"
    "За неделю над Курской областью силами ПВО сбиты 120 беспилотников.\n\n"
    "Только минувшей ночью над Курским районом уничтожены 9 беспилотников."
)


def test_a_headings_days_date_the_recap_told_under_it() -> None:
    week, night = parse(WEEK, date(2025, 6, 16), source="Губернатор Курской области")
    assert week.window is not None
    assert (week.window.start, week.window.end, week.period, week.total) == (
        datetime(2025, 6, 9, 0, 0, tzinfo=MSK),
        datetime(2025, 6, 16, 0, 0, tzinfo=MSK),
        "week",
        120,
    )
    assert (night.window, night.night_of, night.total) == (None, date(2025, 6, 16), 9)


def test_a_recap_with_no_heading_keeps_no_window() -> None:
    (week, _night) = parse(
        WEEK.split("\n\n", 1)[1], date(2025, 6, 16), source="Губернатор Курской области"
    )
    assert (week.window, week.period) == (None, "week")


LEDE_NIGHT = (
    "Refinery fire after drone raid on the coast\n\n"
    "June 17, 2025\n\n"
    "A fire broke out at an oil depot on the coast overnight after a drone raid.\n\n"
    "Seven drones were destroyed over the Krasnodar region, the regional headquarters said on "
    "Tuesday morning."
)


def test_the_day_a_figure_was_told_is_no_time_of_it() -> None:
    (report,) = parse(LEDE_NIGHT, TUESDAY)
    assert (report.night_of, report.window, report.total) == (TUESDAY, None, 7)


def test_a_figure_told_of_another_day_keeps_its_day() -> None:
    text = LEDE_NIGHT.replace("said on Tuesday morning", "said on Sunday")
    (report,) = parse(text, TUESDAY)
    assert report.night_of is None
