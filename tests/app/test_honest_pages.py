"""Honest data on the pages under AppTest (reports read by the real parser, see
``tests/app/_honest.py``): the "only discrepancies" filter, the ledger, totals over lists
of areas on the map, gaps and coverage on the timeline."""

from __future__ import annotations

import store
from dashboard.filter_state import FilterState, parse_query, to_query
from tests.app._honest import FIRST, LAST
from tests.app._tables import claims_table, ledger_table, map_table
from tests.app.conftest import app_at, opened

RANGE = {"from": FIRST.isoformat(), "to": LAST.isoformat()}


def test_the_discrepancy_filter_lives_in_the_url() -> None:
    state = parse_query({"night": "2025-09-12", "disc": "1"}, latest=None)
    assert state.discrepancies_only is True
    assert to_query(state) == {"night": "2025-09-12", "disc": "1"}
    assert parse_query({"disc": "0"}, latest=None).discrepancies_only is False
    assert "disc" not in to_query(FilterState())


def test_only_discrepancies_keeps_the_flagged_claims(honest: store.Store) -> None:
    at = app_at("claims", **RANGE)
    assert not at.exception
    table = claims_table(at)
    assert len(table) == 10
    at.toggle(key="flt_disc").set_value(True).run()
    assert at.query_params["disc"] == "1"
    table = claims_table(at)
    assert table[["Night", "Reporter", "Count", "Discrepancy", "Precision"]].values.tolist() == [
        ["2025-09-12", "mod", "8", "governor above ministry", "region"],
        ["2025-09-12", "governor", "11", "governor above ministry", "region"],
    ]
    # a shared link opens the same filtered view
    again = app_at("claims", disc="1", **RANGE)
    assert len(claims_table(again)) == 2


def test_the_ledger_sets_the_claims_of_a_night_and_area_side_by_side(honest: store.Store) -> None:
    at = app_at("claims", **RANGE)
    # the ledger comes with a claim picked (the first row's here)
    at.selectbox(key="claims_pick").set_value(at.selectbox(key="claims_pick").options[0]).run()
    picker = at.selectbox(key="claims_ledger_pick")
    assert picker.value == "2025-09-12|RU-KRS"  # discrepancies first
    assert picker.options[0] == "⚠ 2025-09-12 · Курская область · Kursk Oblast · 3 claims"
    assert "Figure shown: 11 — chosen as the larger of the reporters' figures." in [
        m.value for m in at.markdown
    ][-1].replace("\\", "")
    ledger = ledger_table(at)
    assert ledger[["Reporter", "Source", "Figure given", "Counted", "Discrepancy"]].values.tolist() == [
        ["Governors", "Губернатор Курской области (тест)", "11", "yes", "governor above ministry"],
        ["Ministry of Defence", "Минобороны (тест)", "8", "no", "governor above ministry"],
        ["Ministry of Defence", "Wire (test)", "8", "no", ""],
    ]  # fmt: skip
    assert ledger["Retells"].iloc[2].endswith(":0 (linked, not a confirmation)")
    # the table marks the wire text as a retelling too
    table = claims_table(at)
    assert (table["Source"] == "Wire (test)").sum() == 2
    assert set(table.loc[table["Source"] == "Wire (test)", "Discrepancy"]) == {
        "retelling, not counted"
    }


def test_the_map_names_areas_of_a_total_without_splitting_it(honest: store.Store) -> None:
    at = app_at("map", **RANGE)
    assert not at.exception
    table = map_table(at).set_index("Id")
    for area_id in ("RU-BEL", "RU-ORL", "RU-VOR"):
        assert table.loc[area_id, "Drones"] == "named in a report with 40 in total over 3 areas"
    assert table.loc["RU-KRS", "Drones"] == "13"  # 11 (the governor's) + 2
    assert table.loc["RU-KRS", "Discrepancy"] == "governor above ministry"
    assert table.loc["RU-BRY", "Drones"] == "16"  # the wire retelling adds nothing
    assert any("claims by a party to the conflict" in c.value for c in at.caption)


def test_the_timeline_shows_gaps_coverage_and_freshness(honest: store.Store) -> None:
    at = app_at("timeline", **RANGE)
    assert not at.exception
    status = at.caption[1].value
    assert status.startswith("Newest report: 2025-09-15 07:15 MSK. Nights run 20:00–07:00")
    assert "0 report windows cross the night boundary" in status
    assert "add 40 drones that reports gave as one total over several areas" in status
    opened(at, "tl_open_gaps", "tl_open_coverage")
    gaps = next(c.value for c in at.caption if "a gap, never a zero" in c.value)
    assert gaps.endswith(
        "Governors: no report on 3 nights; Ministry of Defence: no report on 1 night"
    )
    coverage = at.dataframe[-1].value
    held = coverage[coverage["Source"] == "Губернатор (тест) (telegram)"]
    assert held.values.tolist() == [
        ["2025-09-15", "Губернатор (тест) (telegram)", 1, 1, 0, 1, 0, 0]
    ]
    assert coverage["Day"].tolist()[0] == "2025-09-15"  # newest day first
    assert coverage["Messages seen"].sum() == 6
    at.radio(key="flt_unit").set_value("day").run()
    assert "Calendar days, Moscow time" in at.caption[1].value
