"""Honest data frames for the pages: flags in words, the ledger side by side, gaps kept as
gaps, coverage and the review queue (hand-made frames)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pandas as pd
import pytest

import store.export
from dashboard import labels, tables
from settings import MSK
from store import columns as C

D12, D13, D14 = date(2025, 9, 12), date(2025, 9, 13), date(2025, 9, 14)


def test_flags_read_as_short_labels() -> None:
    assert labels.flag_labels(()) == ""
    assert labels.flag_labels((C.FLAG_GOVERNOR_ABOVE_MOD, C.FLAG_RETELLING_DIFFERS)) == (
        "governor above ministry; retelling differs"
    )
    assert labels.flag_labels(("new_kind_of_flag",)) == "new kind of flag"


def test_claims_columns_say_discrepancy_precision_rule_and_source_kind() -> None:
    claims = pd.DataFrame(
        {
            C.CLAIM_ID: ["a:0:0", "b:0:0", "c:0:0"],
            C.FLAGS: [(C.FLAG_GOVERNOR_ABOVE_MOD,), (), ()],
            C.RETELLS: [None, "a:0", None],
            C.PRECISION: [C.PRECISION_REGION, C.PRECISION_REGION, C.PRECISION_MULTI],
            C.RULE: ["ministry_list", "en_list", None],
            C.SOURCE_KIND: ["telegram", "rss", "telegram"],
        }
    )
    table = tables.claims_columns(claims)
    assert list(table.index) == ["a:0:0", "b:0:0", "c:0:0"]
    assert table.to_dict("records") == [
        {"Discrepancy": "governor above ministry", "Precision": "region",
         "Rule": "ministry_list", "Source kind": "telegram"},
        {"Discrepancy": "retelling, not counted", "Precision": "region", "Rule": "en_list",
         "Source kind": "rss"},
        {"Discrepancy": "", "Precision": "several areas", "Rule": "", "Source kind": "telegram"},
    ]  # fmt: skip


def _ledger() -> pd.DataFrame:
    base = {
        C.DATE: D12, C.AREA_ID: "RU-KRS", C.AREA: "Курская область", C.FIGURE: 11,
        C.CHOSEN_BY: C.RULE_LARGER, C.STATUS: C.STATUS_REPORTED, C.DISTRICT: None,
        C.QUALIFIER: "exact", C.WINDOW_START: pd.Timestamp("2025-09-11 20:00", tz=MSK),
        C.WINDOW_END: pd.Timestamp("2025-09-12 07:00", tz=MSK), C.REPORT_TOTAL: None,
        C.PRECISION: C.PRECISION_REGION, C.RULE: "r",
    }  # fmt: skip
    rows = [
        {**base, C.REPORTER: "governor", C.CHANNEL: "gov", C.SOURCE_KIND: "telegram",
         C.PUBLISHED_AT: pd.Timestamp("2025-09-12 08:05", tz=MSK), C.COUNT: 11, C.COUNTED: True,
         C.RETELLS: None, C.FLAGS: (C.FLAG_GOVERNOR_ABOVE_MOD,)},
        {**base, C.REPORTER: "mod", C.CHANNEL: "mod", C.SOURCE_KIND: "telegram",
         C.PUBLISHED_AT: pd.Timestamp("2025-09-12 07:20", tz=MSK), C.COUNT: 8, C.COUNTED: False,
         C.RETELLS: None, C.FLAGS: (C.FLAG_GOVERNOR_ABOVE_MOD,)},
        {**base, C.REPORTER: "mod", C.CHANNEL: "wire", C.SOURCE_KIND: "rss",
         C.PUBLISHED_AT: pd.Timestamp("2025-09-12 09:40", tz=MSK), C.COUNT: 8, C.COUNTED: False,
         C.RETELLS: "m1:0", C.FLAGS: ()},
        {**base, C.DATE: D14, C.AREA_ID: "RU-BEL", C.AREA: "Белгородская область",
         C.FIGURE: None, C.CHOSEN_BY: C.RULE_NAMED, C.STATUS: C.STATUS_NAMED_IN_TOTAL,
         C.REPORTER: "mod", C.CHANNEL: "mod", C.SOURCE_KIND: "telegram",
         C.PUBLISHED_AT: pd.Timestamp("2025-09-14 07:10", tz=MSK), C.COUNT: None,
         C.COUNTED: False, C.RETELLS: None, C.FLAGS: (), C.REPORT_TOTAL: 40,
         C.PRECISION: C.PRECISION_MULTI},
    ]  # fmt: skip
    return pd.DataFrame(rows)


def test_ledger_keys_put_discrepancies_first() -> None:
    keys = tables.ledger_keys(_ledger(), {"RU-KRS": "Курская область · Kursk Oblast"})
    assert keys == {
        "2025-09-12|RU-KRS": "⚠ 2025-09-12 · Курская область · Kursk Oblast · 3 claims",
        "2025-09-14|RU-BEL": "2025-09-14 · Белгородская область · 1 claims",
    }


def test_ledger_view_sets_every_claim_side_by_side() -> None:
    rows = tables.ledger_rows(_ledger(), "2025-09-12|RU-KRS")
    view = tables.ledger_view(rows)
    assert view[["Reporter", "Source", "Figure given", "Counted", "Retells", "Discrepancy"]].values.tolist() == [
        ["Governors", "gov", "11", "yes", "", "governor above ministry"],
        ["Ministry of Defence", "mod", "8", "no", "", "governor above ministry"],
        ["Ministry of Defence", "wire", "8", "no", "retells m1:0 (linked, not a confirmation)", ""],
    ]  # fmt: skip
    assert view["Window"].tolist() == ["11 Sep 20:00–12 Sep 07:00"] * 3
    assert tables.ledger_summary(rows) == (
        "Figure shown: 11 — chosen as the larger of the reporters' figures."
    )
    total = tables.ledger_rows(_ledger(), "2025-09-14|RU-BEL")
    assert tables.ledger_view(total)["Figure given"].tolist() == [
        "named; 40 in total over several areas"
    ]
    assert tables.ledger_summary(total).startswith("Figure shown: no figure of its own")


def test_gap_series_keeps_missing_nights_missing_never_zero() -> None:
    series = pd.DataFrame(
        {
            C.DATE: [D12, D13, D14, D12, D13, D14],
            C.REPORTER: ["mod", "mod", "mod", "governor", "governor", "governor"],
            C.FIGURE: pd.array([20, None, 0, 11, None, None], dtype="Int64"),
            C.STATUS: [C.STATUS_REPORTED, C.STATUS_NO_REPORT, C.STATUS_REPORTED,
                       C.STATUS_REPORTED, C.STATUS_NO_REPORT, C.STATUS_NAMED],
        }
    )  # fmt: skip
    frame = tables.gap_series(series)
    assert frame[tables.GROUP].tolist() == ["Governors"] * 3 + ["Ministry of Defence"] * 3
    values = frame[tables.VALUE].tolist()
    assert values[0] == 11 and values[3] == 20 and values[5] == 0  # a zero a source said
    assert [pd.isna(v) for v in values] == [False, True, True, False, True, False]
    assert tables.missing_dates(frame) == {"Governors": [D13], "Ministry of Defence": [D13]}
    spec = json.loads(tables.gap_chart(frame).to_json())
    # the chart data carries null (not 0) for the gaps, so the line breaks there
    data = max(spec["datasets"].values(), key=len)
    assert [row[tables.VALUE] for row in data] == [11.0, None, None, 20.0, None, 0.0]
    assert tables.silent_dates(frame) == [D13]  # nobody said anything that night
    assert spec["layer"][1]["mark"]["type"] == "rule"
    rules = min(spec["datasets"].values(), key=len)
    assert [row[C.DATE][:10] for row in rules] == ["2025-09-13"]


def test_coverage_table_and_freshness() -> None:
    frame = pd.DataFrame(
        {
            "day": [D12, D13], "source_kind": ["telegram", "rss"], "channel": ["mod", ""],
            "messages": [3, 1], "reports": [2, 1], "parsed": [2, 0], "in_review": [0, 1],
            "dismissed": [0, 0], "failed": [0, 0], "newest": [None, None],
        }
    )  # fmt: skip
    table = tables.coverage_table(frame)
    assert table.values.tolist() == [
        ["2025-09-13", "rss", 1, 1, 0, 1, 0, 0],
        ["2025-09-12", "mod (telegram)", 3, 2, 2, 0, 0, 0],
    ]
    now = datetime(2025, 9, 15, 10, 0, tzinfo=MSK)
    assert tables.freshness_text(datetime(2025, 9, 15, 7, 10, tzinfo=MSK), now=now) == (
        "Newest report: 2025-09-15 07:10 MSK (today)"
    )
    assert tables.freshness_text(None) == "No report with a published figure yet."


def _long_coverage(days: int) -> pd.DataFrame:
    """Coverage over ``days`` days from 1 January 2024: the ministry every day, a feed
    every third day (days 0, 3, 6...)."""
    rows = [
        (date(2024, 1, 1) + timedelta(days=i), kind, channel)
        for i in range(days)
        for kind, channel, every in (("telegram", "mod", 1), ("rss", "", 3))
        if i % every == 0
    ]
    return pd.DataFrame(
        {
            "day": [r[0] for r in rows], "source_kind": [r[1] for r in rows],
            "channel": [r[2] for r in rows], "messages": 1, "reports": 1, "parsed": 1,
            "in_review": 0, "dismissed": 0, "failed": 0, "newest": None,
        }
    )  # fmt: skip


def test_a_long_period_shows_the_latest_92_days_and_says_how_many_rows_it_has() -> None:
    table = tables.coverage_table(_long_coverage(400))  # 400 + 134 rows
    shown, caption = tables.latest_rows(table, "Day", noun="day")
    # days 308-399: 92 of the ministry, 31 of the feed (309, 312 ... 399)
    assert len(shown) == 123
    assert caption == (
        "Showing the 123 rows of the latest 92 days of the 534 rows in these dates; "
        "the CSV below has them all."
    )
    assert (shown["Day"].iloc[0], shown["Day"].iloc[-1]) == ("2025-02-03", "2024-11-04")
    assert shown.values.tolist() == table.head(123).values.tolist()  # newest first, kept
    text = store.export.table_csv(table).decode("utf-8").splitlines()
    assert len(text) == len(store.export.CSV_HEADER_LINES) + 1 + 534  # the whole table
    assert text[len(store.export.CSV_HEADER_LINES) + 1] == "2025-02-03,rss,1,1,1,0,0,0"


def test_a_period_of_92_days_or_fewer_rows_is_shown_whole() -> None:
    table = tables.coverage_table(_long_coverage(92))
    shown, caption = tables.latest_rows(table, "Day", noun="day")
    assert shown is table and caption is None
    one = table[table["Day"] == "2024-01-01"]
    assert tables.latest_rows(one, "Day", dates=1) == (one, None)


def test_the_latest_nights_of_a_gap_series_keep_their_gaps() -> None:
    nights = [date(2024, 1, 1) + timedelta(days=i) for i in range(200)]
    series = pd.DataFrame(
        {
            C.DATE: nights,
            C.REPORTER: "mod",
            # every tenth night without a report; the last one too
            C.FIGURE: pd.array([None if i % 10 == 9 else i for i in range(200)], dtype="Int64"),
            C.STATUS: [C.STATUS_NO_REPORT if i % 10 == 9 else C.STATUS_REPORTED
                       for i in range(200)],
        }
    )  # fmt: skip
    frame = tables.gap_series(series)
    shown, caption = tables.latest_rows(frame, C.DATE)
    assert len(shown) == 92 and shown[C.DATE].min() == pd.Timestamp(nights[108])
    assert caption == (
        "Showing the 92 rows of the latest 92 nights of the 200 rows in these dates; "
        "the CSV below has them all."
    )
    assert int(shown[tables.VALUE].isna().sum()) == 10  # nights 109, 119 ... 199: gaps
    assert (shown[tables.VALUE] == 0).sum() == 0  # never a zero for them
    assert tables.silent_dates(shown)[-1] == nights[199]


@pytest.mark.parametrize(
    ("reason", "label"),
    [("unknown_place", "a place the gazetteer does not know"), ("other", "other")],
)
def test_review_labels(reason: str, label: str) -> None:
    item = {"review_id": 4, "published_at": pd.Timestamp("2025-09-15 09:00", tz=MSK),
            "channel": "gov", "reason": reason}  # fmt: skip
    assert tables.review_label(item) == f"#4 · 2025-09-15 09:00 · gov · {label}"
