"""Timeline page under AppTest: the sidebar's filters change the figures shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import store
from dashboard import html_blocks
from settings import MSK
from tests.app._tables import figures, svg_images
from tests.app.conftest import APP, EXPECTED, _claim, _item, _report, app_at, opened
from tests.dashboard.test_bars_image import bar_paths

DRONES = "Drones in the figures shown"


def _drones(at) -> str:  # type: ignore[no-untyped-def]
    return figures(at)[DRONES]


#: The headers of the Timeline's sections drawn closed over four weeks.
CLOSED_SECTIONS = [
    "The ministry against the governors — a chart and a table of the nights both gave a "
    "figure for an area",
    "Each reporter's totals, with the gaps — a line per reporter, broken on the nights it "
    "gave no figure; its CSV",
    "Coverage per source and day — a table of the texts read, the reports found and those "
    "held for review",
]


def test_defaults_to_the_latest_night_and_four_weeks_before_it(seeded: store.Store) -> None:
    at = app_at("timeline")
    assert not at.exception
    assert at.date_input(key="flt_night").value == date(2025, 9, 14)
    assert figures(at) == {
        DRONES: str(EXPECTED["all"]),
        "Nights with reports": "3",
        "Areas with a figure": "4",
    }
    assert at.query_params["night"] == "2025-09-14"
    # the totals and the first section drawn; the other sections closed, each header
    # saying what it holds, drawn when opened (each drawn one is built again by the
    # browser on every page switch)
    assert [h.value for h in at.subheader] == ["Totals", "Trends: top five areas"]
    assert [e.label for e in at.expander] == CLOSED_SECTIONS
    assert len(at.get("vega_lite_chart")) == 2 and not at.dataframe  # totals, trends
    opened(at, "tl_open_mod_gov", "tl_open_gaps", "tl_open_coverage")
    assert not at.exception
    # totals, trends, ministry, gaps; the ministry's pairs and the coverage
    assert len(at.get("vega_lite_chart")) == 4 and len(at.dataframe) == 2


def test_each_filter_changes_the_total(seeded: store.Store) -> None:
    at = app_at("timeline")
    at.multiselect(key="flt_regions").set_value(["RU-KLU"]).run()
    assert _drones(at) == str(EXPECTED["kaluga"])
    assert at.query_params["regions"] == "RU-KLU"
    at.multiselect(key="flt_regions").set_value([]).run()
    at.multiselect(key="flt_reporters").set_value(["mod"]).run()
    assert _drones(at) == str(EXPECTED["mod"])
    at.multiselect(key="flt_reporters").set_value([]).run()
    at.toggle(key="flt_ua").set_value(True).run()
    assert _drones(at) == str(EXPECTED["with_ua"])
    assert at.query_params["ua"] == "1"


def test_an_earlier_night_shows_the_weeks_up_to_it(seeded: store.Store) -> None:
    at = app_at("timeline")
    at.date_input(key="flt_night").set_value(date(2025, 9, 11)).run()
    assert _drones(at) == "3"  # only Belgorod's 3 of 10 September
    at.radio(key="flt_mode").set_value("range").run()
    at.date_input(key="flt_range").set_value((date(2025, 9, 12), date(2025, 9, 12))).run()
    assert _drones(at) == str(85 + 42 + 3)
    assert (at.query_params["from"], at.query_params["to"]) == ("2025-09-12", "2025-09-12")


def test_a_shared_link_opens_the_same_view(seeded: store.Store) -> None:
    at = app_at("timeline", regions=["RU-KLU", "RU-NOPE"], night="2025-09-12", reporters="mod")
    assert at.multiselect(key="flt_regions").value == ["RU-KLU"]
    assert at.multiselect(key="flt_reporters").value == ["mod"]
    assert at.date_input(key="flt_night").value == date(2025, 9, 12)
    assert _drones(at) == "3"
    assert at.query_params["regions"] == "RU-KLU"  # the unknown id is dropped from the URL


def test_stacking_by_reporter_and_the_ministry_against_governors(seeded: store.Store) -> None:
    at = opened(app_at("timeline"), "tl_open_mod_gov")
    at.radio(key="tl_stack").set_value("reporter").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert table.to_dict("records") == [
        {
            "Date": date(2025, 9, 14),
            "Area": "Калужская область · Kaluga Oblast",
            "Ministry": 16,
            "Governor": 18,
            "Governor − ministry": 2,
        },
    ]


def test_no_data_says_so(db_url: str) -> None:
    store.open_store(db_url).clear_samples()  # a database that is not fresh, and empty
    at = app_at("timeline")
    assert not at.exception
    assert list(figures(at).values()) == ["0", "0", "0"]
    assert "No figures for these filters" in at.info[0].value


#: A long period: the ministry and Kaluga's governor each report every night for 120 nights.
LONG_FIRST, LONG_NIGHTS = date(2025, 3, 1), 120


@pytest.fixture
def long_period(db_url: str) -> Iterator[store.Store]:
    db = store.open_store(db_url)
    mod, gov = "Минобороны (тест)", "Губернатор (тест)"
    for i in range(LONG_NIGHTS):
        night = LONG_FIRST + timedelta(days=i)
        morning = datetime.combine(night, datetime.min.time(), tzinfo=MSK)
        for reporter, channel, count, minute in (
            ("mod", mod, 10 + i, 20),
            ("governor", gov, 12 + i, 50),
        ):
            text = f"За ночь над Калужской областью сбито {count} беспилотников."
            phrase = f"над Калужской областью сбито {count} беспилотников"
            claim = _claim(text, phrase, "RU-KLU", "Калужская область", count)
            db.add_report(
                _item(text, morning + timedelta(hours=7, minutes=minute), channel),
                [_report(reporter, night, text, (claim,))],
            )
    yield db
    db.close()


def test_a_long_period_shows_the_latest_92_nights_of_each_table(long_period: store.Store) -> None:
    last = LONG_FIRST + timedelta(days=LONG_NIGHTS - 1)  # 28 June 2025
    at = app_at("timeline", **{"from": str(LONG_FIRST), "to": str(last)})
    assert not at.exception
    assert figures(at)["Nights with reports"] == "120"
    # the headline figures and the totals first; each section below when it is opened
    assert [e.label for e in at.expander] == [
        "Trends: top five areas — a line of drones per night for each area",
        *CLOSED_SECTIONS,
    ]
    # the totals as an image: one bar per week (18 weeks from Monday 24 February), no gap
    assert not at.get("vega_lite_chart") and not at.dataframe and not at.get("image")
    (svg,) = svg_images(at)
    bars = bar_paths(svg)
    assert list(bars) == ["Калужская область · Kaluga Oblast"]
    assert bars["Калужская область · Kaluga Oblast"].count("M") == 18
    assert "SAMPLE DATA" not in svg and "the Atlas does not verify them" in svg
    assert at.toggle(key="tl_interactive").value is False
    assert (
        "Over 120 nights the charts show a bar or point per week (Monday to Sunday; weeks "
        "up to 731 nights, months beyond), the nights' figures added up. The tables and the "
        "gaps stay per night, over the latest 92 nights at most (each table's CSV has the "
        "whole period): narrow the dates to 92 nights or fewer to see each night. Each "
        "section below is read and drawn when you open it (years of rows take seconds to "
        "draw); the figures and totals above cover the whole period. The totals are drawn "
        "as an image; turn on “Interactive chart” to hover a bar for its figures."
    ) in [c.value for c in at.caption]
    for key in ("tl_open_trends", "tl_open_mod_gov", "tl_open_gaps", "tl_open_coverage"):
        at.session_state[key] = True
    at.run()
    assert not at.exception
    assert len(at.get("vega_lite_chart")) == 3  # trends, ministry, gaps
    assert len(svg_images(at)) == 1  # the totals
    paired, coverage = (d.value for d in at.dataframe)
    assert len(paired) == 92  # of 120 nights with both figures
    assert paired["Date"].tolist()[0] == last - timedelta(days=91)
    assert paired["Governor − ministry"].tolist() == [2] * 92
    assert len(coverage) == 184  # two sources a day over the latest 92 days (of 240 rows)
    assert coverage["Day"].tolist()[0] == str(last)
    captions = [c.value for c in at.caption]
    assert (
        "Showing the 92 rows of the latest 92 nights of the 120 rows in these dates; "
        "the CSV below has them all."
    ) in captions
    assert (
        "Showing the 184 rows of the latest 92 days of the 240 rows in these dates; "
        "the CSV below has them all."
    ) in captions
    gaps = next(c for c in captions if c.startswith("A line breaks"))
    assert gaps.endswith(
        "said none. The chart shows the latest 92 nights of the 120 in these dates (the gaps "
        "counted above are over all of them; the CSV below has every night)."
    )
    assert [b.proto.label for b in at.get("download_button")] == [
        "The ministry against the governors (CSV)",
        "Nightly figures with gaps and flags (CSV)",
        "Coverage per source and day (CSV)",
    ]


def test_a_long_periods_totals_turn_interactive_when_asked(long_period: store.Store) -> None:
    last = LONG_FIRST + timedelta(days=LONG_NIGHTS - 1)
    at = app_at("timeline", **{"from": str(LONG_FIRST), "to": str(last)})
    at.toggle(key="tl_interactive").set_value(True).run()
    assert not at.exception
    assert not svg_images(at)
    (chart,) = at.get("vega_lite_chart")
    spec = json.loads(chart.proto.spec)
    assert spec["encoding"]["x"]["title"] == "Week from Monday (its figures summed)"
    assert [t["title"] for t in spec["encoding"]["tooltip"]] == ["Week from", "Area", "Drones"]
    assert "The totals are drawn as an image" not in " ".join(c.value for c in at.caption)
    # back to the image, stacked by reporter: each figure is the governor's (12 + i > 10 + i)
    at.toggle(key="tl_interactive").set_value(False).run()
    at.radio(key="tl_stack").set_value("reporter").run()
    (svg,) = svg_images(at)
    assert list(bar_paths(svg)) == ["Governors"]
    assert "Figure taken from" in svg


def test_a_short_period_keeps_the_interactive_chart(seeded: store.Store) -> None:
    at = app_at("timeline")
    assert not svg_images(at)
    assert len(at.get("vega_lite_chart")) == 2  # totals with tooltips, trends
    assert "tl_interactive" not in [t.key for t in at.toggle]
    opened(at, "tl_open_mod_gov", "tl_open_gaps")
    assert len(at.get("vega_lite_chart")) == 4  # and the ministry's, the gaps'
    assert not svg_images(at)


_LONG_PAGE = """
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({app!r}, default_timeout=60)
at.query_params.update({query!r})
at.switch_page("app_pages/timeline.py")
at.run()
assert not at.exception, at.exception
print(len([h for h in at.html if {image!r} in h.value]), len(at.get("vega_lite_chart")), "altair" in sys.modules)
at.toggle(key="tl_interactive").set_value(True).run()
print(len([h for h in at.html if {image!r} in h.value]), len(at.get("vega_lite_chart")), "altair" in sys.modules)
"""


def test_a_long_periods_first_screen_imports_no_altair(
    long_period: store.Store, db_url: str, tmp_path: Path
) -> None:
    last = LONG_FIRST + timedelta(days=LONG_NIGHTS - 1)
    query = {"from": str(LONG_FIRST), "to": str(last)}
    code = _LONG_PAGE.format(app=str(APP), query=query, image=html_blocks.IMAGE_CLASS)
    env = {**os.environ, "ATLAS_DATABASE_URL": db_url, "ATLAS_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=APP.parent,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    # the image needs no altair (a second of a cold server's start); the chart imports it
    assert done.stdout.splitlines() == ["1 0 False", "0 1 True"]
