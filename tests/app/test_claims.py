"""Claims page under AppTest: the table follows the filters; report text renders as text."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

import dashboard.evidence
import dashboard.html_table
import dashboard.tables
import store
from app_pages import loaders
from app_pages.claims import LEDGER_CLASS, NOTHING_PICKED
from dashboard import claim_pages
from store import ledger
from tests.app._tables import claims_html, claims_table
from tests.app.conftest import XSS, app_at

WEEK = store.Filters(date_from=date(2025, 9, 8), date_to=date(2025, 9, 14))


def test_the_table_lists_the_latest_nights_claims(seeded: store.Store) -> None:
    at = app_at("claims")
    assert not at.exception
    table = claims_table(at)
    assert list(table.columns) == [
        "Night",
        "Window",
        "Reporter",
        "Area",
        "District",
        "Count",
        "Qualifier",
        "Evidence",
        "Source",
        "Discrepancy",
        "Precision",
        "Rule",
        "Source kind",
    ]
    # one night: its claims in the order they were stated, each with its evidence
    assert table[["Reporter", "District", "Count", "Evidence"]].values.tolist() == [
        ["mod", "", "25", "25 – над территорией Брянской области"],
        ["mod", "", "16", "16 – над территорией Калужской области"],
        ["governor", "", "18", "над Калужской областью сбито 18 беспилотников"],
        ["governor", "Кировский район", "", "в Кировском районе"],
    ]  # fmt: skip
    assert at.caption[0].value.startswith("4 claims match the filters.")
    assert [box.key for box in at.selectbox] == ["claims_pick"]


def _pick(at: AppTest, row: int = 0) -> None:
    """Pick the claim of the table's ``row`` (of the rows shown) and run the page."""
    picker = at.selectbox(key="claims_pick")
    picker.set_value(picker.options[row]).run()


def test_the_report_and_the_ledger_come_with_a_picked_claim(seeded: store.Store) -> None:
    # a new visit: the table and its pickers, a line in place of the report and the
    # ledger, which are read only once a claim is picked
    at = app_at("claims", night="2025-09-14")
    assert not at.exception
    picker = at.selectbox(key="claims_pick")
    assert (picker.value, picker.options[0]) == (
        None,
        "2025-09-14 · mod · Брянская область · 25",
    )
    assert NOTHING_PICKED in [c.value for c in at.caption]
    assert [h.value for h in at.subheader] == []
    assert not [h for h in at.html if dashboard.evidence.EVIDENCE_CLASS in h.value]
    assert not [h for h in at.html if LEDGER_CLASS in h.value]
    assert [p.proto.popover.label for p in at.main.get("popover")] == ["Pick a claim"]
    # the first row picked: its report with the claim's span marked, and the ledger
    _pick(at)
    assert "<mark>25 – над территорией Брянской области</mark>" in _evidence(at)
    assert [h.value for h in at.subheader] == [
        "Evidence",
        "Ledger: every claim of one night and area",
    ]
    assert [box.key for box in at.selectbox] == ["claims_pick", "claims_ledger_pick"]
    assert "Claim shown: 2025\\-09\\-14 · mod · Брянская область · 25" in [
        c.value for c in at.caption
    ]
    assert NOTHING_PICKED not in [c.value for c in at.caption]
    assert [p.proto.popover.label for p in at.main.get("popover")] == [
        "Pick another claim",
        "Pick another night and area",
    ]
    assert at.selectbox(key="claims_ledger_pick").value == "2025-09-14|RU-KLU"


def test_a_long_period_is_shown_a_page_of_nights_at_a_time(seeded: store.Store) -> None:
    at = app_at("claims", **{"from": "2025-07-01", "to": "2025-09-14"})
    nights = at.selectbox(key="claims_nights")
    # 76 nights: ten weeks, newest first, and the six nights left
    assert len(nights.options) == 11
    assert nights.options[:2] == ["2025-09-08 – 2025-09-14", "2025-09-01 – 2025-09-07"]
    assert nights.options[-1] == "2025-07-01 – 2025-07-06"
    table = claims_table(at)
    assert len(table) > 4 and table["Night"].min() >= "2025-09-08"
    # the whole period's claims counted, as many as its pages of nights hold
    period = store.Filters(date_from=date(2025, 7, 1), date_to=date(2025, 9, 14))
    total = len(ledger.claims(seeded, period))
    pages = [
        store.Filters(date_from=a, date_to=b)
        for a, b in claim_pages.pages(date(2025, 7, 1), date(2025, 9, 14))
    ]
    # (the samples' claims are all in the last week: the other pages are empty)
    assert total == sum(len(ledger.claims(seeded, page)) for page in pages) == len(table) == 8
    assert at.caption[0].value.startswith(
        f"{total} claims match the filters from 2025-07-01 to 2025-09-14; "
        f"{len(table)} of them in these nights."
    )
    nights.set_value((date(2025, 7, 1), date(2025, 7, 6))).run()
    assert at.info[-1].value == "No claims match these filters."


def test_a_long_table_is_drawn_a_page_of_rows_at_a_time_newest_first(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard.html_table, "PAGE_ROWS", 3)
    at = app_at("claims", **{"from": "2025-09-08", "to": "2025-09-14"})
    rows = at.selectbox(key="claims_rows")
    assert rows.options == ["rows 1–3 of 8", "rows 4–6 of 8", "rows 7–8 of 8"]
    table = claims_table(at)
    assert table[["Night", "Count"]].values.tolist() == [
        ["2025-09-14", "25"],
        ["2025-09-14", "16"],
        ["2025-09-14", "18"],
    ]
    # the claim picker offers the rows shown
    assert at.selectbox(key="claims_pick").options == [
        "2025-09-14 · mod · Брянская область · 25",
        "2025-09-14 · mod · Калужская область · 16",
        "2025-09-14 · governor · Калужская область · 18",
    ]
    _pick(at)
    rows.set_value((6, 8)).run()
    table = claims_table(at)
    assert table[["Night", "Count"]].values.tolist() == [["2025-09-12", "3"], ["2025-09-10", "3"]]
    assert at.selectbox(key="claims_pick").options == [
        "2025-09-12 · mod · Калужская область · 3",
        "2025-09-10 · governor · Белгородская область · 3",
    ]
    # the claim picked is not among these rows: the first row's is shown, its span
    # marked in its report
    assert f"<mark>{table['Evidence'].iloc[0]}</mark>" in _evidence(at)
    assert at.caption[0].value.startswith("8 claims match the filters.")
    # a bigger page: the week's 8 claims at once, newest first
    size = at.selectbox(key="claims_page_size")
    assert size.options == ["3", "25", "50", "100", "200"]
    size.set_value(25).run()
    assert [box.key for box in at.selectbox if box.key == "claims_rows"] == []
    assert claims_table(at)["Night"].tolist() == sorted(claims_table(at)["Night"], reverse=True)
    assert len(claims_table(at)) == 8


def test_filters_narrow_the_table(seeded: store.Store) -> None:
    at = app_at("claims")
    at.multiselect(key="flt_reporters").set_value(["mod"]).run()
    assert claims_table(at)["Count"].tolist() == ["25", "16"]
    # only the page's fragment and the filters' ran (AppTest's tree holds that run alone:
    # no part of the page outside its fragment)
    assert at.title[0].value == "Claims" and len(at.main.children) == 1
    assert at.query_params["reporters"] == "mod"
    at.run()  # the whole app, so the sidebar's widgets can be set again
    at.toggle(key="flt_ua").set_value(True)
    at.date_input(key="flt_night").set_value(date(2025, 9, 12))
    at.multiselect(key="flt_reporters").set_value([])
    at.run()
    table = claims_table(at)
    assert sorted(table["Count"].tolist(), key=int) == ["3", "42", "69", "85"]


def test_the_evidence_is_highlighted_and_the_source_linked(seeded: store.Store) -> None:
    at = app_at("claims", night="2025-09-14", reporters="governor")
    picker = at.selectbox(key="claims_pick")
    assert picker.options == [
        "2025-09-14 · governor · Калужская область · 18",
        "2025-09-14 · governor · Калужская область / Кировский район · named",
    ]
    picker.set_value(picker.options[0]).run()
    html = _evidence(at)
    assert "<mark>над Калужской областью сбито 18 беспилотников</mark>" in html
    # The report's own link is javascript: — it must not become a link.
    assert not at.get("link_button")


def test_markup_in_a_report_renders_as_text(seeded: store.Store) -> None:
    at = app_at("claims", night="2025-09-10")
    assert not at.exception
    _pick(at)
    html = _evidence(at)
    assert "<script" not in html and "<img" not in html
    assert (
        "<mark>Над Белгородской областью сбиты 3 БПЛА. &lt;script&gt;alert(1)&lt;/script&gt; "
        "&lt;img src=x onerror=alert(1)&gt;</mark> Пострадавших нет."
    ) in html
    assert XSS not in html
    # The channel's name reaches a caption only as escaped Markdown.
    (source,) = (c.value for c in at.caption if c.value.startswith("Source: "))
    assert "Губернатор 2 \\(тест\\)" in source
    assert "published 2025-09-10 09:00 MSK" in source
    link = at.get("link_button")[0]
    assert link.proto.url == "https://t.me/example/4"
    # the table shows the same evidence as text: escaped, never markup
    table = claims_html(at)
    assert "<script" not in table and "<img" not in table and XSS not in table
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;" in table
    assert claims_table(at)["Evidence"].tolist() == [
        "Над Белгородской областью сбиты 3 БПЛА. <script>alert(1)</script> "
        "<img src=x onerror=alert(1)>"
    ]


def _evidence(at: AppTest) -> str:
    (html,) = (h.value for h in at.html if dashboard.evidence.EVIDENCE_CLASS in h.value)
    return html


def test_no_claims_says_so(seeded: store.Store) -> None:
    at = app_at("claims", night="2025-01-01")
    assert not at.exception
    assert at.info[0].value == "No claims match these filters."


def _refuse(*_args: object, **_kwargs: object) -> None:
    msg = "computed again on a rerun"
    raise AssertionError(msg)


def test_a_pages_table_picker_and_ledger_are_built_once_from_the_stored_claims(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    version = loaders.data_version()
    table, names = loaders.claims_view(WEEK, version)
    # the same table as built from the store's claims of the week, uncached, newest
    # night first (a night's claims in the order they were stated)
    claims = ledger.claims(seeded, WEEK).iloc[[4, 5, 6, 7, 1, 2, 3, 0]]
    built = dashboard.evidence.claims_table(claims).join(dashboard.tables.claims_columns(claims))
    pd.testing.assert_frame_equal(table, built.reset_index(drop=True))
    assert list(names) == list(built.index)  # each row's claim id, in the table's order
    assert table[["Night", "Reporter", "District", "Count", "Discrepancy"]].values.tolist() == [
        ["2025-09-14", "mod", "", "25", ""],
        ["2025-09-14", "mod", "", "16", "governor above ministry"],
        ["2025-09-14", "governor", "", "18", "governor above ministry"],
        ["2025-09-14", "governor", "Кировский район", "", "governor above ministry"],
        ["2025-09-12", "mod", "", "85", ""],
        ["2025-09-12", "mod", "", "42", ""],
        ["2025-09-12", "mod", "", "3", ""],
        ["2025-09-10", "governor", "", "3", ""],
    ]
    assert list(names.values()) == [
        "2025-09-14 · mod · Брянская область · 25",
        "2025-09-14 · mod · Калужская область · 16",
        "2025-09-14 · governor · Калужская область · 18",
        "2025-09-14 · governor · Калужская область / Кировский район · named",
        "2025-09-12 · mod · Брянская область · 85",
        "2025-09-12 · mod · Смоленская область · 42",
        "2025-09-12 · mod · Калужская область · 3",
        "2025-09-10 · governor · Белгородская область · 3",
    ]
    keys = loaders.ledger_choices(WEEK, version)
    assert keys == {
        "2025-09-14|RU-KLU": "⚠ 2025-09-14 · Калужская область · Kaluga Oblast · 3 claims",
        "2025-09-14|RU-BRY": "2025-09-14 · Брянская область · Bryansk Oblast · 1 claims",
        "2025-09-12|RU-BRY": "2025-09-12 · Брянская область · Bryansk Oblast · 1 claims",
        "2025-09-12|RU-KLU": "2025-09-12 · Калужская область · Kaluga Oblast · 1 claims",
        "2025-09-12|RU-SMO": "2025-09-12 · Смоленская область · Smolensk Oblast · 1 claims",
        "2025-09-10|RU-BEL": "2025-09-10 · Белгородская область · Belgorod Oblast · 1 claims",
    }
    summary, view = loaders.ledger_detail(WEEK, version, "2025-09-14|RU-KLU")
    assert summary == "Figure shown: 18 — chosen as the larger of the reporters' figures."
    assert view[["Reporter", "Figure given", "Counted"]].values.tolist() == [
        ["Governors", "18", "yes"],
        ["Ministry of Defence", "16", "no"],
        ["Governors", "named, no count (Кировский район)", "no"],
    ]
    # a rerun of the page reads them: nothing is built again
    for module, name in (
        (dashboard.evidence, "claims_table"),
        (dashboard.evidence, "claim_labels"),
        (dashboard.tables, "ledger_keys"),
        (dashboard.tables, "ledger_view"),
    ):
        monkeypatch.setattr(module, name, _refuse)
    again, again_names = loaders.claims_view(WEEK, version)
    pd.testing.assert_frame_equal(again, table)
    assert again_names == names
    assert loaders.ledger_choices(WEEK, version) == keys
    assert loaders.ledger_detail(WEEK, version, "2025-09-14|RU-KLU")[0] == summary


def test_with_only_discrepancies_a_long_period_counts_its_page_only(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a claim's flags come from its night's reconciliation: the stored counts cannot say
    # how many are flagged over years, so the page counts the nights it shows
    monkeypatch.setattr(store.Store, "claim_count", _refuse_count)
    at = app_at("claims", **{"from": "2025-07-01", "to": "2025-09-14", "disc": "1"})
    assert not at.exception
    shown = at.selectbox(key="claims_nights").value
    week = store.Filters(date_from=shown[0], date_to=shown[1], discrepancies_only=True)
    rows = len(ledger.claims(seeded, week))
    claims = "claim matches" if rows == 1 else "claims match"
    assert at.caption[0].value.startswith(f"{rows} {claims} the filters in these nights.")


def _refuse_count(*args: object, **kwargs: object) -> int:
    msg = "the whole period is not counted with only discrepancies"
    raise AssertionError(msg)


PICKERS = ["claims_nights", "claims_page_size", "claims_rows", "claims_pick", "claims_ledger_pick"]


def _pickers(at: AppTest) -> dict[str, tuple[bool, bool]]:
    """Return each page picker's key -> (inside a popover, sent with a value to set)."""
    found: dict[str, tuple[bool, bool]] = {}

    def walk(node, inside: bool) -> None:  # type: ignore[no-untyped-def]
        inside = inside or getattr(node, "type", None) == "popover"
        if getattr(node, "key", None) in PICKERS:
            found[node.key] = (inside, node.proto.set_value)
        for child in getattr(node, "children", {}).values():
            walk(child, inside)

    walk(at.main, False)
    return found


def test_the_pages_pickers_are_in_popovers_under_lines_saying_what_they_hold(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the browser draws a popover's widgets only when it is opened: the page's first
    # screen has none of its five pickers, and a line above each popover says its value
    monkeypatch.setattr(dashboard.html_table, "PAGE_ROWS", 3)
    at = app_at("claims", **{"from": "2025-07-01", "to": "2025-09-14"})
    assert not at.exception
    # no claim picked yet: no ledger, nor its picker
    assert list(_pickers(at)) == PICKERS[:-1]
    assert [p.proto.popover.label for p in at.main.get("popover")] == [
        "Other nights or rows",
        "Pick a claim",
    ]
    _pick(at)
    assert list(_pickers(at)) == PICKERS
    assert all(inside for inside, _ in _pickers(at).values())
    assert [p.proto.popover.label for p in at.main.get("popover")] == [
        "Other nights or rows",
        "Pick another claim",
        "Pick another night and area",
    ]
    lines = [c.value for c in at.caption]
    assert "Nights 2025-09-08 – 2025-09-14, the newest of 11 pages · rows 1–3 of 8" in lines
    assert "Claim shown: 2025\\-09\\-14 · mod · Брянская область · 25" in lines
    (ledger_line,) = (line for line in lines if line.startswith("Night and area: "))
    box = at.selectbox(key="claims_ledger_pick")
    label = dashboard.evidence.escape_markdown(box.options[box.index])
    assert ledger_line == f"Night and area: {label}" and "Калужская область" in label
    # a pick in a popover: the lines follow it
    at.selectbox(key="claims_rows").set_value((3, 6)).run()
    at.selectbox(key="claims_pick").set_value(at.selectbox(key="claims_pick").options[1]).run()
    lines = [c.value for c in at.caption]
    assert "Nights 2025-09-08 – 2025-09-14, the newest of 11 pages · rows 4–6 of 8" in lines
    box = at.selectbox(key="claims_pick")
    assert box.index == 1
    assert f"Claim shown: {dashboard.evidence.escape_markdown(box.options[1])}" in lines
    at.selectbox(key="claims_nights").set_value((date(2025, 9, 1), date(2025, 9, 7))).run()
    # a page of nights with no claims still says which it is and offers the others
    assert at.caption[1].value == "Nights 2025-09-01 – 2025-09-07, page 2 of 11 (newest first)"
    assert at.info[-1].value == "No claims match these filters."
    assert _pickers(at) == {"claims_nights": (True, True)}


def test_every_run_sends_the_pages_pickers_with_their_values_to_set(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a picker in a closed popover is mounted when it is opened, from the last message
    # sent for it: sent without a value to set, it showed its first option, not the one
    # the page shows (the claim picked, the page of rows)
    monkeypatch.setattr(dashboard.html_table, "PAGE_ROWS", 3)
    at = app_at("claims", **{"from": "2025-07-01", "to": "2025-09-14"})
    at.selectbox(key="claims_rows").set_value((3, 6)).run()
    at.selectbox(key="claims_pick").set_value(at.selectbox(key="claims_pick").options[1]).run()
    at.run()  # a run where nothing was picked (a filter changed back, a page switch)
    assert _pickers(at) == dict.fromkeys(PICKERS, (True, True))
    assert at.selectbox(key="claims_rows").value == (3, 6)
    assert at.selectbox(key="claims_pick").index == 1
