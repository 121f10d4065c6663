"""Fixtures of the store tests: a fresh SQLite file per test and a stand-in parser.

The stand-in (:func:`fake_parse`) reads a tiny line language so the store can be tested
on exact claims without depending on the real parser's rules::

    @mod night=2025-09-12 total=8          a statement (reporter, time, total)
    @governor window=2025-09-11T20:00/2025-09-11T23:00
    @media country=UA                       no time: the publication date places it
    @governor adds=1                        an update telling more drones (adds_to_previous)
    @mod period=week total=150              a recap over a week (Report.period): no night
    RU-BRY 5                                a claim: area id and count
    RU-BRY 5+                               "at least" (~ for approx)
    RU-KLU/RU-KLU:kirovsky 2                a district claim
    RU-KLU/RU-KLU:tarussky -                a district named without a count
    RU-BRY 3 missile                        another kind

A text containing ``BOOM`` makes it raise, like a parser bug.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from parsing.model import Claim, Report, Window
from settings import MSK
from store import Store
from store.db import make_engine
from testkit.pg import Cluster, open_connections
from testkit.sync_site import Site

_LINE = re.compile(r"^[^\n]*$", re.MULTILINE)
_CLAIM = re.compile(
    r"^(?P<area>[A-Z]{2,3}-[A-Z0-9+\-]+?)(?:/(?P<district>\S+))? (?P<count>\d+|-)(?P<q>[+~]?)(?: (?P<kind>\w+))?$"
)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=MSK)


def fake_parse(
    text: str, published: datetime | None = None, source: str | None = None
) -> list[Report]:
    """Parse the test line language (see the module docstring)."""
    if "BOOM" in text:
        msg = "the stand-in parser was told to fail"
        raise RuntimeError(msg)
    reports: list[Report] = []
    head: dict[str, object] | None = None
    claims: list[Claim] = []

    def flush() -> None:
        if head is not None:
            reports.append(Report(claims=tuple(claims), **head))  # type: ignore[arg-type]

    for match in _LINE.finditer(text):
        line = match.group(0).strip()
        if line.startswith("@"):
            flush()
            words = line[1:].split()
            options = dict(word.split("=", 1) for word in words[1:])
            window = None
            if "window" in options:
                start, end = options["window"].split("/")
                window = Window(_moment(start), _moment(end))
            total = options.get("total")
            head = {
                "reporter": words[0],
                "country": options.get("country", "RU"),
                "window": window,
                "night_of": date.fromisoformat(options["night"]) if "night" in options else None,
                "total": int(total) if total else None,
                "total_qualifier": "exact" if total else None,
                "evidence": (match.start(), match.end()),
                "adds_to_previous": options.get("adds") == "1",
                "period": options.get("period"),
            }
            claims = []
            continue
        found = _CLAIM.match(line)
        if head is None or found is None:
            continue
        district = found["district"]
        qualifier = {"+": "at_least", "~": "approx"}.get(found["q"], "exact")
        claims.append(
            Claim(
                area_id=found["area"],
                area=found["area"],
                count=None if found["count"] == "-" else int(found["count"]),
                qualifier=qualifier,
                evidence=(match.start(), match.end()),
                district_id=district,
                district=district.split(":")[1] if district else None,
                kind=found["kind"] or "drone",
                rule="fake",
            )
        )
    flush()
    return reports


def channel_export(
    folder: Path, title: str, posts: list[tuple[datetime, str]], chat_id: int = 7
) -> Path:
    """Write a Telegram Desktop export of a channel's ``posts`` (aware times, texts) as
    ``result.json`` in ``folder``; return its path."""
    export = {
        "name": title,
        "type": "public_channel",
        "id": chat_id,
        "messages": [
            {
                "id": n,
                "type": "message",
                "date": when.astimezone(MSK).replace(tzinfo=None).isoformat(),
                "text": text,
            }
            for n, (when, text) in enumerate(posts, start=1)
        ],
    }
    path = folder / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def no_connection_outlives_its_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a PostgreSQL test that leaves a connection to its own databases open, and close it.

    Left open (a store not closed, or one a failing assertion skipped), it would be collected
    later inside another test, a different one each run, as psycopg's ResourceWarning
    (``BaseConnection.__del__``): here it is told in the test that opened it. Databases of
    module-scoped fixtures, created before the test, are left to their fixtures.
    """
    if "postgres" not in request.fixturenames:
        yield
        return
    cluster: Cluster = request.getfixturevalue("postgres")
    before = len(cluster.databases)
    yield
    left = open_connections(cluster.databases[before:])
    for conn in left:
        conn.close()
    if left:
        msg = f"{len(left)} connection(s) to this test's database left open after it (closed now)"
        pytest.fail(msg, pytrace=False)


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'atlas.sqlite'}"
    monkeypatch.setenv("ATLAS_DATABASE_URL", url)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path / "data"))
    return url


@pytest.fixture
def repository_samples(tmp_path: Path) -> Path:
    """A copy of the repository's ``data/samples`` where ``load_samples`` looks for it."""
    repository = Path(__file__).resolve().parents[2] / "data" / "samples"
    if not repository.is_dir():
        pytest.skip("no data/samples in this checkout")
    target = tmp_path / "data" / "samples"
    target.mkdir(parents=True)
    for file in repository.iterdir():
        (target / file.name).write_bytes(file.read_bytes())
    return target


@pytest.fixture
def store(db_url: str):
    opened = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-1")
    yield opened
    opened.close()


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """A local stand-in of the Telegram preview (the sync's base address), no waits."""
    served = Site().start()
    monkeypatch.setenv("ATLAS_TELEGRAM_BASE", served.base)
    monkeypatch.setenv("ATLAS_SYNC_DELAY", "0")
    monkeypatch.setenv("ATLAS_SYNC_TIMEOUT", "0.4")
    monkeypatch.setenv("ATLAS_SYNC_RETRIES", "1")
    yield served
    served.stop()
