"""A caller may give ``parse`` the moment a text was published (a datetime) instead of its
day: the reports are the same as for that day in Moscow time, and their nights are dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from parsing import parse

TEXT = "Этой ночью над Курской областью силами ПВО сбиты четыре беспилотника."


def test_a_moment_reads_as_its_moscow_day() -> None:
    # 22:30 UTC on 11 September is 01:30 on 12 September in Moscow
    late = datetime(2025, 9, 11, 22, 30, tzinfo=UTC)
    assert parse(TEXT, late) == parse(TEXT, date(2025, 9, 12))


def test_the_night_of_a_moment_is_a_date() -> None:
    (report,) = parse(TEXT, datetime(2025, 9, 12, 6, 15))
    assert type(report.night_of) is date
    assert report.night_of == date(2025, 9, 12)
