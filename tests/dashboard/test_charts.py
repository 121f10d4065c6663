"""Timeline frames on hand-made nightly figures, and the charts built from them."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from dashboard import charts
from store import columns as C

D1, D2, D3 = date(2025, 9, 12), date(2025, 9, 13), date(2025, 9, 14)


def _nightly(rows: list[tuple]) -> pd.DataFrame:
    """Rows of (date, area_id, area, figure, status, chosen claim ids)."""
    frame = pd.DataFrame(
        rows, columns=[C.DATE, C.AREA_ID, C.AREA, C.FIGURE, C.STATUS, C.CHOSEN_CLAIM_IDS]
    )
    frame[C.FIGURE] = frame[C.FIGURE].astype("Int64")
    return frame


NIGHTLY = _nightly(
    [
        (D1, "RU-BRY", "Брянская область", 85, "reported", ("m1",)),
        (D1, "RU-SMO", "Смоленская область", 42, "reported", ("m2",)),
        (D1, "RU-KLU", "Калужская область", None, "named_without_count", ("g0",)),
        (D3, "RU-BRY", "Брянская область", 25, "reported", ("m3",)),
        (D3, "RU-KLU", "Калужская область", 18, "reported", ("g1", "m4")),
    ]
)
CLAIMS = pd.DataFrame(
    {
        C.CLAIM_ID: ["m1", "m2", "m3", "m4", "g0", "g1"],
        C.REPORTER: ["mod", "mod", "mod", "mod", "governor", "governor"],
    }
)
LABELS = {"RU-BRY": "Брянская область · Bryansk Oblast"}


def test_totals_by_area_sum_figures_and_skip_named_only_areas() -> None:
    expected = pd.DataFrame(
        {
            C.DATE: [D1, D1, D3, D3],
            charts.GROUP: [
                "Брянская область · Bryansk Oblast",
                "Смоленская область",
                "Брянская область · Bryansk Oblast",
                "Калужская область",
            ],
            charts.VALUE: [85, 42, 25, 18],
        }
    )
    pd.testing.assert_frame_equal(charts.totals_frame(NIGHTLY, by="area", labels=LABELS), expected)


def test_totals_by_reporter_credit_the_best_ranked_source() -> None:
    expected = pd.DataFrame(
        {
            C.DATE: [D1, D3],
            charts.GROUP: ["Ministry of Defence", "Ministry of Defence"],
            charts.VALUE: [127, 43],
        }
    )
    pd.testing.assert_frame_equal(
        charts.totals_frame(NIGHTLY, by="reporter", claims=CLAIMS), expected
    )
    governor_only = NIGHTLY.assign(**{C.CHOSEN_CLAIM_IDS: [("g1",)] * len(NIGHTLY)})
    frame = charts.totals_frame(governor_only, by="reporter", claims=CLAIMS)
    assert frame[charts.GROUP].unique().tolist() == ["Governors"]
    assert frame[charts.VALUE].tolist() == [127, 43]


def test_trends_of_chosen_areas_or_of_the_top_ones() -> None:
    chosen = charts.trend_frame(NIGHTLY, areas=("RU-KLU", "RU-XXX"))
    assert chosen[[C.DATE, C.AREA_ID, charts.VALUE]].values.tolist() == [[D3, "RU-KLU", 18]]
    top = charts.trend_frame(NIGHTLY, top=1)
    assert top[[C.DATE, C.AREA_ID, charts.VALUE]].values.tolist() == [
        [D1, "RU-BRY", 85],
        [D3, "RU-BRY", 25],
    ]


def test_mod_against_governors_pairs_the_same_night_and_area() -> None:
    mod = _nightly(
        [
            (D1, "RU-BRY", "Брянская область", 85, "reported", ("m1",)),
            (D3, "RU-KLU", "Калужская область", 16, "reported", ("m4",)),
            (D3, "RU-BRY", "Брянская область", 25, "reported", ("m3",)),
        ]
    )
    governors = _nightly(
        [
            (D1, "RU-BRY", "Брянская область", 85, "reported", ("g2",)),
            (D2, "RU-BEL", "Белгородская область", 4, "reported", ("g3",)),
            (D3, "RU-KLU", "Калужская область", 18, "reported", ("g1",)),
        ]
    )
    expected = pd.DataFrame(
        {
            C.DATE: [D1, D3],
            C.AREA_ID: ["RU-BRY", "RU-KLU"],
            charts.GROUP: ["Брянская область", "Калужская область"],
            "mod": [85, 16],
            "governor": [85, 18],
            "difference": [0, 2],
        }
    )
    pd.testing.assert_frame_equal(charts.mod_vs_governors_frame(mod, governors), expected)
    assert charts.mod_vs_governors_frame(mod, governors.iloc[0:0]).empty


def test_a_night_and_a_daytime_row_of_one_date_add_up() -> None:
    # The store gives a claim outside the night its own "day" row on the same date.
    day_and_night = _nightly(
        [
            (D3, "RU-BRY", "Брянская область", 25, "reported", ("m3",)),
            (D3, "RU-BRY", "Брянская область", 85, "reported", ("x1",)),
        ]
    )
    trend = charts.trend_frame(day_and_night)
    assert trend[[C.DATE, C.AREA_ID, charts.VALUE]].values.tolist() == [[D3, "RU-BRY", 110]]
    governors = _nightly([(D3, "RU-BRY", "Брянская область", 100, "reported", ("g9",))])
    paired = charts.mod_vs_governors_frame(day_and_night, governors)
    assert paired[["mod", "governor", "difference"]].values.tolist() == [[110, 100, -10]]


def test_summary_counts_drones_dates_and_areas_with_a_figure() -> None:
    assert charts.summary(NIGHTLY) == {"drones": 170, "dates": 2, "areas": 3}
    assert charts.summary(NIGHTLY.iloc[0:0]) == {"drones": 0, "dates": 0, "areas": 0}


def test_charts_carry_tooltips_and_stack_by_group() -> None:
    totals = charts.totals_chart(charts.totals_frame(NIGHTLY, by="area"), by="area").to_dict()
    assert totals["mark"]["type"] == "bar"
    assert totals["encoding"]["color"]["field"] == charts.GROUP
    assert [t["title"] for t in totals["encoding"]["tooltip"]] == ["Date", "Area", "Drones"]
    trend = charts.trend_chart(charts.trend_frame(NIGHTLY), unit=C.UNIT_DAY).to_dict()
    assert trend["encoding"]["x"] == {
        "field": C.DATE,
        "timeUnit": "yearmonthdate",
        "type": "temporal",
        "title": "Day",
        "axis": {"format": "%d %b", "labelAngle": -45},
    }
    paired = charts.mod_vs_governors_chart(
        pd.DataFrame(
            {C.DATE: [D1], charts.GROUP: ["Брянская область"], "mod": [85], "governor": [80]}
        )
    ).to_dict()
    values = next(iter(paired["datasets"].values()))
    assert sorted((v["reporter"], v[charts.VALUE]) for v in values) == [
        ("Governors", 80),
        ("Ministry of Defence", 85),
    ]


def test_a_trend_breaks_on_the_dates_an_area_has_no_figure() -> None:
    period = charts.period_dates(D1, D3)
    assert period == [D1, D2, D3] == [D1 + timedelta(days=n) for n in range(3)]
    trend = charts.trend_frame(NIGHTLY, areas=("RU-KLU",), dates=period)
    values = trend[[C.DATE, C.AREA_ID, charts.VALUE]].values.tolist()
    assert values[-1] == [D3, "RU-KLU", 18]
    assert [v[:2] for v in values[:-1]] == [[D1, "RU-KLU"], [D2, "RU-KLU"]]
    assert trend[charts.VALUE].iloc[:-1].isna().all()  # gaps, never zeros
    assert charts.period_dates(None, D3) == []


def test_years_are_drawn_per_week_with_gaps_kept_missing() -> None:
    assert charts.chart_unit(C.UNIT_NIGHT, 92) == C.UNIT_NIGHT
    assert charts.chart_unit(C.UNIT_NIGHT, 93) == charts.WEEK
    assert charts.chart_unit(C.UNIT_DAY, 731) == charts.WEEK
    assert charts.chart_unit(C.UNIT_DAY, 732) == charts.MONTH
    # Monday 5 January 2026: Wednesday and the next Sunday fall in its week
    frame = pd.DataFrame(
        {
            C.DATE: [date(2026, 1, 5), date(2026, 1, 7), date(2026, 1, 11), date(2026, 1, 12)],
            C.AREA_ID: ["RU-BRY", "RU-BRY", "RU-KLU", "RU-BRY"],
            charts.GROUP: ["Bryansk", "Bryansk", "Kaluga", "Bryansk"],
            charts.VALUE: [3, 4, 2, None],
        }
    )
    weekly = charts.by_period(frame, charts.WEEK, [C.AREA_ID, charts.GROUP], [charts.VALUE])
    rows = [[d, a, None if pd.isna(v) else v] for d, a, _, v in weekly.values.tolist()]
    assert rows == [
        [date(2026, 1, 5), "RU-BRY", 7],
        [date(2026, 1, 5), "RU-KLU", 2],
        [date(2026, 1, 12), "RU-BRY", None],  # a week without a figure: a gap, not a zero
    ]
    spec = charts.totals_chart(weekly, by="area", unit=charts.WEEK).to_dict()
    assert spec["encoding"]["x"]["title"] == "Week from Monday (its figures summed)"
    assert spec["encoding"]["x2"] == {"field": charts.PERIOD_END, "timeUnit": "yearmonthdate"}
    assert spec["encoding"]["tooltip"][0]["title"] == "Week from"
    values = next(iter(spec["datasets"].values()))
    assert (values[0][C.DATE], values[0][charts.PERIOD_END]) == (
        date(2026, 1, 5),
        date(2026, 1, 12),
    )


def test_more_than_two_years_are_drawn_per_month_with_the_same_sums() -> None:
    # nights across three months and a year's end; each month's bar adds up its nights
    nights = [
        (date(2025, 11, 30), "RU-BRY", "Bryansk", 5),
        (date(2025, 12, 1), "RU-BRY", "Bryansk", 3),
        (date(2025, 12, 31), "RU-BRY", "Bryansk", 4),
        (date(2025, 12, 31), "RU-KLU", "Kaluga", 2),
        (date(2026, 1, 1), "RU-KLU", "Kaluga", 6),
        (date(2026, 1, 31), "RU-KLU", "Kaluga", None),
        (date(2026, 2, 1), "RU-KLU", "Kaluga", None),
    ]
    frame = pd.DataFrame(nights, columns=[C.DATE, C.AREA_ID, charts.GROUP, charts.VALUE])
    monthly = charts.by_period(frame, charts.MONTH, [C.AREA_ID, charts.GROUP], [charts.VALUE])
    rows = [[d, a, None if pd.isna(v) else v] for d, a, _, v in monthly.values.tolist()]
    assert rows == [
        [date(2025, 11, 1), "RU-BRY", 5],
        [date(2025, 12, 1), "RU-BRY", 7],
        [date(2025, 12, 1), "RU-KLU", 2],
        [date(2026, 1, 1), "RU-KLU", 6],  # the 31st's missing figure adds nothing
        [date(2026, 2, 1), "RU-KLU", None],  # a month without a figure: a gap, not a zero
    ]
    assert monthly[charts.VALUE].sum() == frame[charts.VALUE].sum() == 20
    spec = charts.totals_chart(monthly.dropna(), by="area", unit=charts.MONTH).to_dict()
    assert spec["encoding"]["x"]["title"] == "Month (its figures summed)"
    assert spec["encoding"]["x"]["axis"]["format"] == "%b %Y"
    assert spec["encoding"]["tooltip"][0] == {
        "field": C.DATE, "type": "temporal", "title": "Month", "format": "%B %Y"
    }  # fmt: skip
    values = next(iter(spec["datasets"].values()))
    # each month's bar spans the month (to the next one's first day), its areas stacked
    assert [
        (
            v[C.DATE],
            v[charts.PERIOD_END],
            v[charts.GROUP],
            v[charts.STACK_BOTTOM],
            v[charts.STACK_TOP],
        )
        for v in values
    ] == [
        (date(2025, 11, 1), date(2025, 12, 1), "Bryansk", 0.0, 5.0),
        (date(2025, 12, 1), date(2026, 1, 1), "Bryansk", 0.0, 7.0),
        (date(2025, 12, 1), date(2026, 1, 1), "Kaluga", 7.0, 9.0),
        (date(2026, 1, 1), date(2026, 2, 1), "Kaluga", 0.0, 6.0),
    ]
    # a few marks stay SVG with a description each; a chart of many goes on a canvas
    assert "usermeta" not in spec and spec["mark"] == {"type": "bar"}
    many = pd.DataFrame(
        {
            C.DATE: [date(2020, 1, 1)] * (charts.MOST_SVG_MARKS + 1),
            charts.GROUP: [f"area {n}" for n in range(charts.MOST_SVG_MARKS + 1)],
            charts.VALUE: [1.0] * (charts.MOST_SVG_MARKS + 1),
        }
    )
    drawn = charts.totals_chart(many, by="area", unit=charts.MONTH).to_dict()
    assert drawn["usermeta"] == {"embedOptions": {"renderer": "canvas"}}
    assert drawn["mark"] == {"type": "bar", "aria": False}


def test_a_period_starts_on_its_monday_or_first_day_and_ends_before_the_next() -> None:
    sunday = date(2024, 3, 3)
    assert charts.period_start(sunday, charts.WEEK) == date(2024, 2, 26)
    assert charts.period_start(sunday, charts.MONTH) == date(2024, 3, 1)
    assert charts.period_end(date(2024, 2, 26), charts.WEEK) == date(2024, 3, 4)
    # February of a leap year, a 31-day month and December roll over correctly
    assert charts.period_end(date(2024, 2, 1), charts.MONTH) == date(2024, 3, 1)
    assert charts.period_end(date(2024, 1, 1), charts.MONTH) == date(2024, 2, 1)
    assert charts.period_end(date(2024, 12, 1), charts.MONTH) == date(2025, 1, 1)


def test_a_weeks_bar_stacks_its_areas_in_label_order() -> None:
    weekly = pd.DataFrame(
        {
            C.DATE: [date(2026, 1, 5), date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 12)],
            charts.GROUP: ["Kaluga", "Bryansk", "Bryansk", "Kursk"],
            charts.VALUE: [2.0, 7.0, None, 4.0],
        }
    )
    spec = charts.totals_chart(weekly, by="area", unit=charts.WEEK).to_dict()
    assert spec["encoding"]["y"]["field"] == charts.STACK_BOTTOM
    assert spec["encoding"]["y2"] == {"field": charts.STACK_TOP}
    values = next(iter(spec["datasets"].values()))
    assert [
        (v[C.DATE], v[charts.GROUP], v[charts.STACK_BOTTOM], v[charts.STACK_TOP]) for v in values
    ] == [
        (date(2026, 1, 5), "Bryansk", 0.0, 7.0),
        (date(2026, 1, 5), "Kaluga", 7.0, 9.0),
        (date(2026, 1, 12), "Bryansk", None, None),  # no figure that week: no bar
        (date(2026, 1, 12), "Kursk", 0.0, 4.0),
    ]
    # only the columns drawn travel to the browser
    assert set(values[0]) == {
        C.DATE, charts.GROUP, charts.VALUE, charts.PERIOD_END, charts.STACK_BOTTOM, charts.STACK_TOP
    }  # fmt: skip
    nightly = charts.totals_chart(weekly.dropna(), by="area").to_dict()
    assert "usermeta" not in nightly and nightly["mark"] == {"type": "bar"}
