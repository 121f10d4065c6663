"""The sources file and ``python -m store sync``: passes, exit codes, stopping, kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

import settings
from settings import MSK
from store import Store, schema
from store.__main__ import main
from store.db import make_engine
from store.sync import RegistryError, registry
from testkit.sync_site import TWO_CHANNELS, Message, Scripted, Site
from tests.store.conftest import fake_parse

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2025, 9, 11, 22, 0, tzinfo=MSK)


# --- the sources file ------------------------------------------------------------------------


def test_the_shipped_sources_file_lists_the_ministry_and_the_regions_that_report_most() -> None:
    sources = registry.load(registry.DEFAULT)
    assert sources[0] == registry.Source(
        name="mod_russia", kind="telegram", reporter="mod", channel="mod_russia", language="ru"
    )
    regions = {source.region for source in sources if source.enabled}
    assert regions == {
        "RU-BEL",
        "RU-BRY",
        "RU-KRS",
        "RU-VOR",
        "RU-ROS",
        "RU-KDA",
        "RU-MOW",
        "RU-MOS",
        "RU-LEN",
        "RU-TUL",
        "RU-KLU",
        "RU-ORL",
        "RU-SMO",
        "UA-43",
        "UA-40",
        None,
    }
    assert [s.name for s in sources if not s.enabled] == ["AVBogomaz"]


def test_the_data_folders_file_is_created_from_the_default_on_first_use(db_url: str) -> None:
    target = settings.get().data_dir / "sources.toml"
    assert not target.exists()
    assert len(registry.load()) == len(registry.load(registry.DEFAULT))
    assert target.read_text(encoding="utf-8") == registry.DEFAULT.read_text(encoding="utf-8")


def test_a_bad_sources_file_names_every_problem_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "sources.toml"
    bad.write_text(
        '[[source]]\nkind = "telegram"\nchannel = "x y"\nreporter = "mod"\n\n'
        '[[source]]\nkind = "rss"\nreporter = "press"\nurl = "ftp://a"\ncolour = 1\n',
        encoding="utf-8",
    )
    with pytest.raises(RegistryError) as caught:
        registry.load(bad)
    assert str(caught.value) == (
        f"{bad}: source #1: a telegram source needs 'channel', a username (got 'x y'); "
        "source #2: unknown key(s) colour; source #2: 'reporter' is 'press', expected one of "
        "mod, governor, mayor, media; source #2: an rss source needs 'url', an http(s) "
        "address (got 'ftp://a')"
    )
    bad.write_text("[[source]\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="not valid TOML"):
        registry.load(bad)


def test_turning_a_source_off_edits_its_line_and_keeps_the_comments(tmp_path: Path) -> None:
    file = tmp_path / "sources.toml"
    file.write_text(TWO_CHANNELS, encoding="utf-8")
    registry.set_enabled(file, "bryansk_gov", False)
    registry.set_enabled(file, "kaluga_gov", False)
    assert file.read_text(encoding="utf-8") == TWO_CHANNELS.replace(
        "enabled = true", "enabled = false"
    ).replace(
        '[[source]]\nkind = "telegram"\nchannel = "kaluga_gov"',
        '[[source]]\nenabled = false\nkind = "telegram"\nchannel = "kaluga_gov"',
    )
    assert [s.enabled for s in registry.load(file)] == [False, False]
    with pytest.raises(RegistryError, match="no source named 'nope'"):
        registry.set_enabled(file, "nope", True)


# --- the command line ------------------------------------------------------------------------


def two_channels(site: Site, tmp_path: Path) -> Path:
    for name, area in (("kaluga_gov", "RU-KLU"), ("bryansk_gov", "RU-BRY")):
        channel = site.channel(name, name.title())
        for n in range(1, 4):
            channel.add(
                Message(n, T0 + timedelta(hours=n), f"@governor night=2025-09-12\n{area} {n}")
            )
    file = tmp_path / "sources.toml"
    file.write_text(TWO_CHANNELS, encoding="utf-8")
    return file


@pytest.fixture
def fake_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line opens its own store: give it the stand-in parser."""
    import store.store as store_module

    monkeypatch.setattr(store_module, "default_parser", lambda: fake_parse)


def test_sync_once_prints_one_line_per_source_and_imports_both(
    site: Site, tmp_path: Path, db_url: str, fake_parser: None, capsys: pytest.CaptureFixture[str]
) -> None:
    file = two_channels(site, tmp_path)
    assert main(["sync", "--once", "--sources", str(file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" in ")[0] for line in lines] == [
        "kaluga_gov: 2 page(s), 3 posts read, 3 added (0 edited), 3 claims, 0 deleted noted",
        "bryansk_gov: 2 page(s), 3 posts read, 3 added (0 edited), 3 claims, 0 deleted noted",
    ]
    assert main(["sync", "--sources", str(file), "bryansk_gov"]) == 0
    assert capsys.readouterr().out.startswith(
        "bryansk_gov: 2 page(s), 3 posts read, 0 added (0 edited), 0 claims, 0 deleted noted"
    )


def test_sync_fails_only_when_every_source_failed(
    site: Site, tmp_path: Path, db_url: str, fake_parser: None, capsys: pytest.CaptureFixture[str]
) -> None:
    file = two_channels(site, tmp_path)
    site.script("/s/kaluga_gov", Scripted(500), Scripted(500))
    assert main(["sync", "--once", "--sources", str(file)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        f"kaluga_gov: failed: {site.base}/s/kaluga_gov: HTTP 500 (gave up after 2 tries)"
    )
    site.script("/s/kaluga_gov", Scripted(500), Scripted(500))
    site.script("/s/bryansk_gov", Scripted(404))
    assert main(["sync", "--once", "--sources", str(file)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"kaluga_gov: failed: {site.base}/s/kaluga_gov: HTTP 500 (gave up after 2 tries)",
        f"bryansk_gov: failed: {site.base}/s/bryansk_gov: HTTP 404 Not Found",
    ]


def test_sync_refuses_an_unknown_source_and_a_machine_with_sync_off(
    site: Site,
    tmp_path: Path,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = two_channels(site, tmp_path)
    assert main(["sync", "--sources", str(file), "tula"]) == 2
    assert capsys.readouterr().err == "error: no source named 'tula' in the sources file\n"
    monkeypatch.setenv("ATLAS_SYNC", "off")
    assert main(["sync", "--sources", str(file)]) == 2
    assert capsys.readouterr().err == "error: sync is turned off (ATLAS_SYNC=off)\n"
    assert site.requests == []


def test_every_interval_keeps_syncing_and_stops_cleanly_on_sigterm(
    site: Site, tmp_path: Path, db_url: str
) -> None:
    file = two_channels(site, tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "store", "sync", "--every", "0.2s", "--sources", str(file)],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while (
        sum(path == "/s/kaluga_gov" for path, _ in site.requests) < 2
        and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "stopping after the current source (SIGTERM)" in err
    assert sum(line.startswith("kaluga_gov: ") for line in out.splitlines()) >= 2


def test_kill_9_in_a_pass_keeps_what_was_committed_and_no_half_source(
    site: Site, tmp_path: Path, db_url: str
) -> None:
    file = two_channels(site, tmp_path)
    file.write_text(
        TWO_CHANNELS
        + '\n[[source]]\nkind = "telegram"\nchannel = "tula_gov"\nreporter = "governor"\n',
        encoding="utf-8",
    )
    tula = site.channel("tula_gov", "Тула")
    for n in range(1, 30):
        tula.add(
            Message(
                n, T0 - timedelta(hours=30 - n), f"Над Тульской областью уничтожен {n} беспилотник"
            )
        )
    # tula's first page (ids 10-29, 19 hours) is served, the second (for the 48 hours)
    # never answers in time: the pass is killed there
    site.script("/s/tula_gov?before=10", Scripted(stall=30))
    env = {**os.environ, "ATLAS_SYNC_TIMEOUT": "60"}
    process = subprocess.Popen(
        [sys.executable, "-m", "store", "sync", "--once", "--sources", str(file)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while (
        "/s/tula_gov?before=10",
        registry_agent(),
    ) not in site.requests and time.monotonic() < deadline:
        time.sleep(0.05)
    process.kill()  # SIGKILL: no handler, no cleanup
    out, _ = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert [line.split(b":")[0] for line in out.splitlines()] == [b"kaluga_gov", b"bryansk_gov"]
    store = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-1")
    r, t = schema.reports, schema.sources
    with store.engine.connect() as conn:
        stored = conn.execute(select(r.c.channel_id, r.c.message_id)).all()
        state = {row.name: (row.posts, row.newest_id) for row in conn.execute(select(t))}
    store.close()
    assert sorted(stored) == [("bryansk_gov", str(n)) for n in (1, 2, 3)] + [
        ("kaluga_gov", str(n)) for n in (1, 2, 3)
    ]
    assert state == {"kaluga_gov": (3, "3"), "bryansk_gov": (3, "3")}


def registry_agent() -> str:
    from store.sync.http import USER_AGENT

    return USER_AGENT
