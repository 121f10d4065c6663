"""Map page under AppTest: figures follow the filters, drill-down and back, exports offered.

Under AppTest the folium component returns its placeholder, so clicks are tested in
tests/dashboard/test_drill.py; here the region picker drives the same drill state.
"""

from __future__ import annotations

from datetime import date, datetime

import store
from app_pages import loaders
from app_pages.map import K_BACK, K_CSV, K_GEOJSON, K_HTML, K_OPEN, K_PNG
from dashboard.drill import DrillState
from dashboard.filter_state import FilterState, to_store_filters
from dashboard.snapshot import SnapshotText, snapshot_png
from tests.app._tables import claims_table, map_table, map_tables
from tests.app.conftest import (
    MSK,
    _claim,
    _item,
    _report,
    app_at,
    download_data,
    filters_wait,
    seed,
)


def _figures(at) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Return area id -> figure text from the page's table of the areas shown."""
    table = map_table(at)
    return dict(zip(table["Id"], table["Drones"], strict=True))


def _only_the_page_ran(at) -> None:  # type: ignore[no-untyped-def]
    """Assert the last run was the Map page's fragment and the filters' alone (AppTest's
    tree then holds only what that run drew: the filters, one block, none of the parts
    that never follow a filter), then run the whole app again."""
    assert not at.exception
    # the filters sent again with their values (``sidebar._changed``)
    assert len(at.sidebar.children) == 1
    assert at.sidebar.caption[0].value.split("  \n")[-1].startswith("Counted by")
    assert len(at.main.children) == 1
    # the view's caption and the export buttons, not the title, picker or exports' heading
    captions = [c.value for c in at.main.get("caption")]
    assert "Drones reported shot down" in captions[0] and len(captions) == 1
    assert len(at.get("download_button")) == 5
    assert len(at.title) == len(at.subheader) == len(at.selectbox) == 0
    at.run()
    assert len(at.sidebar.children) > 0
    assert [t.value for t in at.title] == ["Map"] and at.subheader[0].value == "Export"
    assert at.selectbox(key=K_OPEN).value == ""


def test_latest_night_by_default_then_each_filter_changes_the_figures(
    seeded: store.Store,
) -> None:
    at = app_at("map")
    assert not at.exception
    assert at.title[0].value == "Map"
    assert _figures(at) == {"RU-BRY": "25", "RU-KLU": "18"}  # the governor's 18 over 16
    # a filter change reruns only the page (a fragment); the table and the URL follow
    at.date_input(key="flt_night").set_value(date(2025, 9, 12)).run()
    assert _figures(at) == {"RU-BRY": "85", "RU-SMO": "42", "RU-KLU": "3"}
    assert "night of 2025-09-12" in at.caption[0].value
    assert dict(at.query_params) == {"night": "2025-09-12"}
    _only_the_page_ran(at)
    at.multiselect(key="flt_regions").set_value(["RU-KLU"]).run()
    assert _figures(at) == {"RU-KLU": "3"}
    assert dict(at.query_params) == {"night": "2025-09-12", "regions": "RU-KLU"}
    _only_the_page_ran(at)
    at.multiselect(key="flt_regions").set_value([]).run()
    _only_the_page_ran(at)
    at.multiselect(key="flt_reporters").set_value(["governor"]).run()
    assert map_tables(at) == []  # the governors said nothing that night
    assert at.info[0].value.startswith("No figures for these filters")
    _only_the_page_ran(at)
    at.multiselect(key="flt_reporters").set_value([]).run()
    _only_the_page_ran(at)
    # a night or a range: another date field in the sidebar, so the whole app runs
    at.radio(key="flt_mode").set_value("range").run()
    assert at.date_input(key="flt_range").value == (date(2025, 8, 18), date(2025, 9, 14))
    at.date_input(key="flt_range").set_value((date(2025, 9, 10), date(2025, 9, 14))).run()
    assert _figures(at) == {"RU-BRY": "110", "RU-SMO": "42", "RU-KLU": "21", "RU-BEL": "3"}
    assert dict(at.query_params) == {"from": "2025-09-10", "to": "2025-09-14"}
    _only_the_page_ran(at)
    assert not at.exception


#: The sidebar's filter widgets (app_pages/sidebar.py), in the order they are drawn.
FILTER_KEYS = ("flt_regions", "flt_mode", "flt_night", "flt_range", "flt_reporters", "flt_ua",
               "flt_unit", "flt_disc")  # fmt: skip


def _sidebar_widgets(at) -> list[str]:  # type: ignore[no-untyped-def]
    """Return the keys of the filter widgets drawn in ``at``'s sidebar, in order."""
    found: list[str] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        if getattr(node, "key", None) in FILTER_KEYS:
            found.append(node.key)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at.sidebar)
    return found


def test_a_first_visit_draws_the_map_before_the_filters_with_the_urls_values(
    seeded: store.Store,
) -> None:
    at = app_at("map", map_reported=False, night="2025-09-12", regions="RU-KLU")
    assert not at.exception
    # the first run: the view already the shared link's, the filters not drawn yet
    assert filters_wait(at)
    assert _figures(at) == {"RU-KLU": "3"}
    assert "night of 2025-09-12" in at.caption[0].value
    assert _sidebar_widgets(at) == []
    assert [h.value for h in at.sidebar.header] == ["Filters"]
    assert dict(at.query_params) == {"night": "2025-09-12", "regions": "RU-KLU"}
    # once the map reported (in a browser: the filters' fragment alone runs), every
    # filter is drawn, holding the link's values
    at.run()
    assert not filters_wait(at)
    assert _sidebar_widgets(at) == [
        "flt_regions", "flt_mode", "flt_night", "flt_reporters", "flt_ua", "flt_unit", "flt_disc",
    ]  # fmt: skip
    assert at.multiselect(key="flt_regions").value == ["RU-KLU"]
    assert at.date_input(key="flt_night").value == date(2025, 9, 12)
    assert _figures(at) == {"RU-KLU": "3"}
    assert dict(at.query_params) == {"night": "2025-09-12", "regions": "RU-KLU"}


def test_a_first_visit_to_another_page_draws_its_filters_after_it_in_the_same_run(
    seeded: store.Store,
) -> None:
    at = app_at("claims", map_reported=False, night="2025-09-14", regions="RU-KLU")
    assert not at.exception
    # the first run draws the page for the link's filters and, after it (the browser
    # tests check the order), every filter holding the link's values: no run waits for
    # a report from the browser
    assert not filters_wait(at)
    counts = claims_table(at)["Count"].tolist()
    assert counts == ["16", "18", ""]  # Kaluga's claims of that night (its district's too)
    assert _sidebar_widgets(at) == [
        "flt_regions", "flt_mode", "flt_night", "flt_reporters", "flt_ua", "flt_unit", "flt_disc",
    ]  # fmt: skip
    assert [h.value for h in at.sidebar.header] == ["Filters"]
    assert at.multiselect(key="flt_regions").value == ["RU-KLU"]
    assert at.date_input(key="flt_night").value == date(2025, 9, 14)
    assert dict(at.query_params) == {"night": "2025-09-14", "regions": "RU-KLU"}
    # the next run (a rerun) keeps them
    at.run()
    assert _sidebar_widgets(at)[:1] == ["flt_regions"]
    assert claims_table(at)["Count"].tolist() == counts
    assert dict(at.query_params) == {"night": "2025-09-14", "regions": "RU-KLU"}
    # only the Map page's first run waits (for its map): the Map page after it draws its
    # filters at once
    at.switch_page("app_pages/map.py").run()
    assert not filters_wait(at)
    assert "flt_regions" in _sidebar_widgets(at)


def _popover_keys(at) -> list[str]:  # type: ignore[no-untyped-def]
    """Return the keys of the filter widgets inside a popover of ``at``'s sidebar."""
    found: list[str] = []

    def walk(node, inside: bool) -> None:  # type: ignore[no-untyped-def]
        inside = inside or getattr(node, "type", None) == "popover"
        if inside and getattr(node, "key", None) in FILTER_KEYS:
            found.append(node.key)
        for child in getattr(node, "children", {}).values():
            walk(child, inside)

    walk(at.sidebar, False)
    return found


def test_the_filters_are_in_a_popover_under_a_line_a_filter_saying_what_they_hold(
    seeded: store.Store,
) -> None:
    at = app_at("claims", map_reported=False, night="2025-09-14", regions="RU-KLU", ua="1")
    assert not at.exception
    # every widget inside the popover (the browser draws them when it is opened)
    assert _popover_keys(at) == [
        "flt_regions", "flt_mode", "flt_night", "flt_reporters", "flt_ua", "flt_unit", "flt_disc",
    ]  # fmt: skip
    # and above it, what they hold: the link's filters
    assert at.sidebar.caption[0].value.split("  \n") == [
        "Night of 2025-09-14",
        "Калужская область · Kaluga Oblast",
        "All reporters",
        "Counted by night",
        "With Ukrainian claims",
    ]
    # a filter changed in the popover: the page's fragment follows, and the lines with
    # the filters' own fragment, which runs with it (``sidebar._changed``)
    at.toggle(key="flt_ua").set_value(False).run()
    assert not at.exception
    assert dict(at.query_params) == {"night": "2025-09-14", "regions": "RU-KLU"}
    assert at.sidebar.caption[0].value.split("  \n")[-1] == "Counted by night"


def test_every_run_of_the_filters_sends_them_with_their_values_to_set(
    seeded: store.Store,
) -> None:
    # the browser mounts the widgets in the closed popover only when it is opened, from
    # the last message sent for each: sent without a value to set, a widget showed its
    # default (no region where the link had one) and sent it back with the next change
    at = app_at("timeline", regions="RU-KLU", night="2025-09-12")
    to_set: dict[str, bool] = {}

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        if getattr(node, "key", None) in FILTER_KEYS:
            to_set[node.key] = node.proto.set_value
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at.sidebar)
    # drawn once the page was (app_at runs the app again, as the page's report does), each
    # holding the link's value
    assert len(to_set) == 7
    assert at.multiselect(key="flt_regions").value == ["RU-KLU"]
    at.switch_page("app_pages/claims.py").run()
    to_set.clear()
    walk(at.sidebar)
    assert to_set == dict.fromkeys(_sidebar_widgets(at), True)
    assert len(to_set) == 7
    assert at.multiselect(key="flt_regions").value == ["RU-KLU"]
    assert at.date_input(key="flt_night").value == date(2025, 9, 12)


def test_a_filter_changed_on_another_page_runs_the_whole_app(seeded: store.Store) -> None:
    at = app_at("map")
    at.switch_page("app_pages/review.py").run()
    assert at.title[0].value == "Review"
    at.date_input(key="flt_night").set_value(date(2025, 9, 12)).run()
    assert not at.exception
    assert at.title[0].value == "Review"
    assert len(at.sidebar.children) > 0  # drawn again: no fragment of the Map page ran
    assert at.query_params["night"] == "2025-09-12"


def test_opening_a_region_shows_its_districts_and_back_returns(seeded: store.Store) -> None:
    at = app_at("map")
    assert not _has(at, K_BACK)
    at.selectbox(key=K_OPEN).set_value("RU-KLU").run()
    assert not at.exception
    assert at.session_state["map_drill"] == DrillState("RU-KLU", seq=1)
    # The governor named Kirovsky district without a number.
    assert _figures(at) == {"RU-KLU:kirovsky": "named without a count"}
    assert "Kaluga Oblast" in at.caption[0].value
    assert "Region figure over these nights — Kaluga Oblast: 18 (governor, mod)" in "".join(
        c.value for c in at.caption
    )
    at.button(key=K_BACK).click().run()
    assert at.session_state["map_drill"] == DrillState(None, seq=2)
    assert at.selectbox(key=K_OPEN).value == ""
    assert _figures(at) == {"RU-BRY": "25", "RU-KLU": "18"}
    assert not _has(at, K_BACK)


def test_exports_are_offered(seeded: store.Store) -> None:
    at = app_at("map")
    buttons = {b.proto.label: b.proto for b in at.get("download_button")}
    assert set(buttons) == {
        "Map snapshot (PNG)", "Interactive map (HTML)", "Claims (CSV)", "Figures (GeoJSON)",
        "Nightly figures (CSV)",
    }  # fmt: skip
    assert {b.id.rsplit("-", 1)[-1] for b in buttons.values()} >= {K_PNG, K_HTML, K_CSV, K_GEOJSON}


def test_the_png_is_the_views_drawing_under_its_title_and_filters(
    seeded: store.Store, deferred: dict[str, object]
) -> None:
    at = app_at("map", reporters="mod")
    at.selectbox(key=K_OPEN).set_value("RU-KLU").run()
    png = download_data(at, deferred, "Map snapshot (PNG)")
    filters = to_store_filters(FilterState(night=date(2025, 9, 14), reporters=("mod",)))
    view, _ = loaders.map_view(filters, loaders.data_version(), "RU-KLU")
    words = SnapshotText(
        "Drones reported shot down · Калужская область · Kaluga Oblast · night of 2025-09-14",
        filters="Areas: all · Reporters: Ministry of Defence",
        export_date=date.today(),
    )
    assert png == snapshot_png(view.areas, words, seas=view.seas)


def test_an_empty_night_says_so(seeded: store.Store) -> None:
    at = app_at("map", night="2025-08-01")
    assert not at.exception
    assert map_tables(at) == []
    assert "No figures for these filters" in at.info[-1].value


def test_seas_are_drawn_when_reports_name_them(seeded: store.Store) -> None:
    text = "Над акваториями Чёрного и Азовского морей уничтожены 7 БПЛА."
    report = _report("mod", date(2025, 9, 14), text, (
        _claim(text, "Чёрного и Азовского морей уничтожены 7 БПЛА", "SEA-AZOV+SEA-BLACK",
               "Чёрное и Азовское моря", 7),
    ))  # fmt: skip
    when = datetime(2025, 9, 14, 8, 0, tzinfo=MSK)
    seeded.add_report(_item(text, when, "Минобороны (тест, моря)"), [report])
    at = app_at("map")
    assert _figures(at) == {"RU-BRY": "25", "RU-KLU": "18", "SEA-AZOV+SEA-BLACK": "7"}
    table = map_table(at)
    areas = dict(zip(table["Id"], table["Area"], strict=True))
    assert areas["SEA-AZOV+SEA-BLACK"] == "Sea of Azov + Black Sea (combined)"


def test_sample_data_is_flagged_on_the_map(db_url: str) -> None:
    db = store.open_store(db_url)
    seed(db, kind="sample")
    db.close()
    at = app_at("map")
    assert not at.exception
    assert any(i.value.startswith("Sample data") for i in at.info)


def _has(at, key: str) -> bool:  # type: ignore[no-untyped-def]
    try:
        at.button(key=key)
    except KeyError:
        return False
    return True
