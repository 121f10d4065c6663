"""A tally since the week, the month or the year began (our own wording): a sentence it leads
is a recap of its own (docs/labels.md), with its period and no night, never part of the
night's figure; a tally since the war began stays no report, and a clause of such a tally after
the night's own words is cut from them."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 10, 24)


def reports(text: str) -> list[tuple[int | None, list[tuple[str, int | None]], object, object]]:
    return [
        (r.total, [(c.area_id, c.count) for c in r.claims], r.night_of, r.period)
        for r in parse(text, DAY)
    ]


@pytest.mark.parametrize(
    ("tally", "want"),
    [
        ("Всего с начала недели над областью уничтожены 54 беспилотника.", (54, "week")),
        ("С начала текущей недели над регионом сбито уже 31 БПЛА.", (31, "week")),
        (
            "Напомним, с начала года над Курской областью было уничтожено более 900 дронов.",
            (900, "year"),
        ),
        (
            "А всего с начала 2025 года силы ПВО сбили над регионом 1 240 беспилотников.",
            (1240, "year"),
        ),
        ("С начала октября над областью перехвачены шестьдесят два беспилотника.", (62, "month")),
        ("С начала осени над регионом сбиты 140 дронов.", (140, "month")),
        # "с момента начала" is "с начала"
        ("А с момента начала года над регионом перехвачены 640 беспилотников.", (640, "year")),
    ],
)
def test_a_tally_since_the_week_month_or_year_began_is_a_recap_of_its_own(
    tally: str, want: tuple[int, str]
) -> None:
    text = f"Этой ночью над Курской областью сбиты три беспилотника. {tally}"
    total, period = want
    assert reports(text) == [
        (3, [("RU-KRS", 3)], DAY, None),
        (total, [("RU-KRS", total)], None, period),
    ]


def test_a_tally_since_the_war_began_is_still_no_report() -> None:
    text = (
        "Этой ночью над Курской областью сбиты три беспилотника. С начала войны над регионом "
        "сбито более двух тысяч дронов."
    )
    assert reports(text) == [(3, [("RU-KRS", 3)], DAY, None)]


def test_a_tally_s_clause_after_the_night_s_figure_is_cut() -> None:
    text = "Этой ночью над Курской областью сбиты три беспилотника, а с начала года — более 900."
    assert reports(text) == [(3, [("RU-KRS", 3)], DAY, None)]


def test_the_day_s_own_running_count_is_no_recap() -> None:
    text = "С начала суток над Курской областью уничтожены семь беспилотников."
    assert [(r.total, r.period) for r in parse(text, DAY)] == [(7, None)]


@pytest.mark.parametrize(
    "text",
    [
        "С начала года над областью сбито 900 беспилотников, в том числе три этой ночью.",
        "С начала недели над Белгородской областью сбиты 40 дронов, пять из них — минувшей ночью.",
        "С начала года над Курской областью сбито более 900 беспилотников, ночью — ещё 12.",
    ],
)
def test_a_tally_that_goes_on_to_tell_the_night_is_never_the_night_s(text: str) -> None:
    # the tally's figure would be the night's (900 on one night); the sentence stays unread,
    # as a tally since the war began is
    assert [(r.total, r.night_of, r.period) for r in parse(text, DAY)] == []
