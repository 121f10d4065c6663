"""Honest data frames for the pages: flags in words, the ledger side by side, gaps kept as
gaps, coverage and the review queue (hand-made frames)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pandas as pd
import pytest

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


@pytest.mark.parametrize(
    ("reason", "label"),
    [("unknown_place", "a place the gazetteer does not know"), ("other", "other")],
)
def test_review_labels(reason: str, label: str) -> None:
    item = {"review_id": 4, "published_at": pd.Timestamp("2025-09-15 09:00", tz=MSK),
            "channel": "gov", "reason": reason}  # fmt: skip
    assert tables.review_label(item) == f"#4 · 2025-09-15 09:00 · gov · {label}"
