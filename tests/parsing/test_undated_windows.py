"""A window's hours with no date anywhere (no date in the text, no publication date): no
calendar window can be made, but the hours still keep the window's figures apart from the
night's recap after them (our own wording)."""

from __future__ import annotations

from parsing import parse
from parsing.time import find_time

T_WINDOW_THEN_RECAP = (
    "Ночью средства ПВО сбили 30 беспилотников. «С 23:00 мск до 07:00 мск дежурными средствами "
    "ПВО уничтожены 24 беспилотника над территориями Брянской и Курской областей. Всего в ночное "
    "время уничтожено 30 беспилотников», — сообщили в Минобороны."
)


def test_hours_without_a_date_are_a_window_without_a_calendar() -> None:
    tm = find_time("с 23:00 мск до 07:00 мск перехвачены", 0, None)
    assert tm is not None
    assert (tm.kind, tm.key, tm.window, tm.night_of) == (
        "window",
        ("clock", (23, 0), (7, 0)),
        None,
        None,
    )


def test_the_nights_recap_after_undated_hours_is_its_own_report() -> None:
    reports = parse(T_WINDOW_THEN_RECAP)
    assert [(r.reporter, r.total, r.window, r.night_of) for r in reports] == [
        ("mod", 30, None, None),  # the lede and "Всего в ночное время": the whole night
        ("mod", 24, None, None),  # the statement's hours
    ]
    # the whole night holds the hours: it names their areas too, without figures
    assert [[(c.area_id, c.count) for c in r.claims] for r in reports] == [
        [("RU-BRY", None), ("RU-KRS", None)],
        [("RU-BRY", None), ("RU-KRS", None)],
    ]


def test_undated_hours_alone_change_nothing_else() -> None:
    text = (
        "Минобороны: с 23:00 до 07:00 мск над территорией Брянской области уничтожены пять "
        "беспилотников, над территорией Курской области — три."
    )
    (report,) = parse(text)
    assert (report.total, report.window, report.night_of) == (None, None, None)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-BRY", 5), ("RU-KRS", 3)]
