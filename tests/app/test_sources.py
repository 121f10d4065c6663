"""Sources page under AppTest: the state of each source, Sync now, turning sources off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import store
from dashboard import sources as view
from dashboard.evidence import escape_markdown
from settings import MSK
from testkit.sync_site import TWO_CHANNELS, Message, Scripted, Site
from tests.app.conftest import app_at

T0 = datetime(2025, 9, 11, 22, 0, tzinfo=MSK)


@pytest.fixture
def site(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    served = Site().start()
    monkeypatch.setenv("ATLAS_TELEGRAM_BASE", served.base)
    monkeypatch.setenv("ATLAS_SYNC_DELAY", "0")
    monkeypatch.setenv("ATLAS_SYNC_RETRIES", "0")
    channel = served.channel("kaluga_gov", "Губернатор <i>Калуги</i>")
    for n in range(1, 4):
        channel.add(
            Message(
                n,
                T0 + timedelta(hours=n),
                f"Над Калужской областью уничтожено {n + 1} беспилотника.",
            )
        )
    served.channel("bryansk_gov", "Брянск")
    served.script("/s/bryansk_gov", Scripted(404))
    (tmp_path / "sources.toml").write_text(TWO_CHANNELS, encoding="utf-8")
    yield served
    served.stop()


def table(at) -> list[list[object]]:  # type: ignore[no-untyped-def]
    frame = at.dataframe[0].value
    return frame[
        ["Source", "On", "Last sync (MSK)", "Newest post (MSK)", "Posts", "Claims", "Last error"]
    ].values.tolist()


def test_the_page_lists_each_source_before_any_sync(site: Site) -> None:
    at = app_at("sources")
    assert not at.exception
    assert table(at) == [
        ["kaluga_gov", True, "", "", 0, 0, ""],
        ["bryansk_gov", True, "", "", 0, 0, ""],
    ]
    assert not at.button(key="src_sync_now").disabled


def test_sync_now_runs_a_pass_in_the_background_and_the_table_shows_it(
    site: Site, db_url: str
) -> None:
    at = app_at("sources")
    at.button(key="src_sync_now").click().run()
    assert not at.exception
    job = view.current(db_url)
    assert job is not None and job.thread is not None
    job.thread.join(timeout=120)
    at.run()
    assert not at.exception
    assert at.success[0].value == "Sync pass finished: 2 source(s)."
    db = store.open_store(db_url)
    claims = len(db.claims())
    texts = sorted(db.report(rid)["text"] for rid in db.claims()["report_id"].unique())  # type: ignore[index]
    db.close()
    assert texts == [f"Над Калужской областью уничтожено {n + 1} беспилотника." for n in (1, 2, 3)]
    rows = table(at)
    assert rows[0][:5] == ["kaluga_gov", True, rows[0][2], "2025-09-12 01:00", 3]
    assert rows[0][5:] == [claims, ""]
    assert rows[0][2] != ""
    assert rows[1] == [
        "bryansk_gov",
        True,
        "",
        "",
        0,
        0,
        f"{site.base}/s/bryansk_gov: HTTP 404 Not Found",
    ]


def test_sync_now_is_off_on_a_machine_without_sync(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATLAS_SYNC", "off")
    at = app_at("sources")
    assert at.button(key="src_sync_now").disabled
    assert at.info[0].value.startswith("Live sources are off on this machine (ATLAS_SYNC=off)")
    assert site.requests == []


def test_a_source_is_turned_off_in_the_file(site: Site, tmp_path: Path) -> None:
    at = app_at("sources")
    at.multiselect(key="src_enabled").set_value(["kaluga_gov"]).run()
    at.button(key="src_save_enabled").click().run()
    assert not at.exception
    assert at.success[0].value == "Saved: 1 of 2 sources on."
    assert (tmp_path / "sources.toml").read_text(encoding="utf-8") == TWO_CHANNELS.replace(
        "enabled = true", "enabled = false"
    )
    assert table(at)[1][:2] == ["bryansk_gov", False]


def test_a_broken_sources_file_is_refused_with_its_problems(site: Site, tmp_path: Path) -> None:
    at = app_at("sources")
    at.text_area(key="src_file").set_value('[[source]]\nkind = "fax"\n').run()
    at.button(key="src_save_file").click().run()
    assert at.error[0].value.startswith(
        escape_markdown(f"{tmp_path / 'sources.toml'}: source #1: 'kind' is 'fax'")
    )  # shown with Markdown escaped
    assert (tmp_path / "sources.toml").read_text(encoding="utf-8") == TWO_CHANNELS
