"""Fixtures for the app tests: a database of hand-made reports per test, and the app.

The reports are written with ``Store.add_report`` from ``parsing.model`` objects, so the
app tests do not depend on the parser. Their figures are chosen so every filter changes
a total you can work out by hand (see :data:`EXPECTED`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import store
from app_pages.map_slot import K_FILTERS_WAIT
from parsing.model import Claim, Report, Window
from settings import MSK
from testkit.browser import OfflineGuard, launch

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
XSS = "<script>alert(1)</script> <img src=x onerror=alert(1)>"

#: Figures the sidebar's filters should produce on the Timeline page (4 weeks to 14 Sep).
EXPECTED = {
    "all": 176,  # 3 (Belgorod, 10 Sep) + 85 + 42 + 3 (12 Sep) + 25 + 18 (14 Sep)
    "kaluga": 21,  # 3 (12 Sep) + 18 (the governor's 18 over the ministry's 16, 14 Sep)
    "mod": 171,  # 85 + 42 + 3 + 25 + 16
    "with_ua": 245,  # all + 69 claimed by Ukraine's air force
}


def _claim(
    text: str, phrase: str, area_id: str, area: str, count: int | None, **extra: str
) -> Claim:
    start = text.index(phrase)
    return Claim(
        area_id=area_id,
        area=area,
        count=count,
        qualifier="exact",
        evidence=(start, start + len(phrase)),
        rule="hand_made",
        **extra,
    )


def _report(
    reporter: str,
    night: date,
    text: str,
    claims: tuple[Claim, ...],
    *,
    country: str = "RU",
    window: Window | None = None,
) -> Report:
    total = sum(c.count or 0 for c in claims)
    if window is None:  # the night before the morning of ``night``, 20:00-07:00 MSK
        evening = datetime.combine(night - timedelta(days=1), datetime.min.time(), tzinfo=MSK)
        window = Window(evening + timedelta(hours=20), evening + timedelta(hours=31))
    return Report(
        reporter=reporter,
        country=country,
        window=window,
        night_of=night,  # type: ignore[arg-type]
        total=total,
        total_qualifier="exact",
        claims=claims,
        evidence=(0, len(text)),
    )


def _item(
    text: str, when: datetime, channel: str, *, kind: str = "telegram", url: str | None = None
) -> store.Item:
    return store.Item(
        where=f"{channel} {when:%Y-%m-%d}",
        text=text,
        source_kind=kind,
        channel=channel,
        channel_id=channel,
        url=url,
        published=when,
    )


def seed(db: store.Store, *, kind: str = "telegram") -> None:
    """Write the hand-made reports (``kind="sample"`` marks them as samples)."""
    mod = "Минобороны (тест)"
    t1 = (
        "В течение прошедшей ночи перехвачены и уничтожены 130 БПЛА: 85 – над территорией "
        "Брянской области, 42 – над территорией Смоленской области и 3 – над территорией "
        "Калужской области."
    )
    r1 = _report(
        "mod",
        date(2025, 9, 12),
        t1,
        (
            _claim(t1, "85 – над территорией Брянской области", "RU-BRY", "Брянская область", 85),
            _claim(
                t1, "42 – над территорией Смоленской области", "RU-SMO", "Смоленская область", 42
            ),
            _claim(t1, "3 – над территорией Калужской области", "RU-KLU", "Калужская область", 3),
        ),
    )
    t2 = (
        "В течение прошедшей ночи перехвачены и уничтожены 41 БПЛА: 25 – над территорией "
        "Брянской области и 16 – над территорией Калужской области."
    )
    r2 = _report(
        "mod",
        date(2025, 9, 14),
        t2,
        (
            _claim(t2, "25 – над территорией Брянской области", "RU-BRY", "Брянская область", 25),
            _claim(t2, "16 – над территорией Калужской области", "RU-KLU", "Калужская область", 16),
        ),
    )
    t3 = (
        "Минувшей ночью над Калужской областью сбито 18 беспилотников. Обломки упали в "
        "Кировском районе. Возле пруда повреждены три автомобиля."
    )
    r3 = _report(
        "governor",
        date(2025, 9, 14),
        t3,
        (
            _claim(
                t3,
                "над Калужской областью сбито 18 беспилотников",
                "RU-KLU",
                "Калужская область",
                18,
            ),
            _claim(
                t3,
                "в Кировском районе",
                "RU-KLU",
                "Калужская область",
                None,
                district_id="RU-KLU:kirovsky",
                district="Кировский район",
            ),
        ),
    )
    t4 = f"Над Белгородской областью сбиты 3 БПЛА. {XSS} Пострадавших нет."
    r4 = _report(
        "governor",
        date(2025, 9, 10),
        t4,
        (
            _claim(
                t4,
                f"Над Белгородской областью сбиты 3 БПЛА. {XSS}",
                "RU-BEL",
                "Белгородская область",
                3,
            ),
        ),
    )
    t5 = "У ніч на 12 вересня силами ППО збито 69 ворожих БпЛА."
    r5 = _report(
        "other",
        date(2025, 9, 12),
        t5,
        (_claim(t5, "збито 69 ворожих БпЛА", "UA-32", "Україна", 69),),
        country="UA",
    )
    db.add_report(_item(t1, datetime(2025, 9, 12, 7, 20, tzinfo=MSK), mod, kind=kind), [r1])
    db.add_report(_item(t2, datetime(2025, 9, 14, 7, 15, tzinfo=MSK), mod, kind=kind), [r2])
    db.add_report(
        _item(
            t3,
            datetime(2025, 9, 14, 7, 50, tzinfo=MSK),
            "Губернатор (тест)",
            kind=kind,
            url="javascript:alert(1)",
        ),
        [r3],
    )
    db.add_report(
        _item(
            t4,
            datetime(2025, 9, 10, 9, 0, tzinfo=MSK),
            "Губернатор 2 (тест)",
            kind=kind,
            url="https://t.me/example/4",
        ),
        [r4],
    )
    db.add_report(
        _item(t5, datetime(2025, 9, 12, 9, 0, tzinfo=MSK), "Повітряні сили (тест)", kind=kind), [r5]
    )


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point the app at a database of its own (and a data folder without samples)."""
    url = f"sqlite:///{tmp_path / 'atlas.sqlite'}"
    monkeypatch.setenv("ATLAS_DATABASE_URL", url)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    return url


@pytest.fixture
def seeded(db_url: str) -> Iterator[store.Store]:
    """A database holding the hand-made reports (imported by the user, not samples)."""
    db = store.open_store(db_url)
    seed(db)
    yield db
    db.close()


@pytest.fixture
def honest(db_url: str) -> Iterator[store.Store]:
    """A database of the honest-data reports (``tests/app/_honest.py``, real parser)."""
    from tests.app._honest import seed_honest

    db = store.open_store(db_url)
    seed_honest(db)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    # Cached query results are keyed on the database URL, but a test's tmp_path can be
    # reused by name across sessions; clearing keeps each test on its own data.
    st.cache_data.clear()
    yield
    st.cache_data.clear()


def app_at(
    page: str | None = None, *, map_reported: bool = True, **query: str | list[str]
) -> AppTest:
    """Return the app opened on ``page`` (``"timeline"``...) with URL query ``query``.

    On the Map page the first run's sidebar waits for the map to report it is drawn
    (``map_slot.K_FILTERS_WAIT``), which AppTest's placeholder component never does:
    ``map_reported`` runs the app again, which draws the filters as that report does
    in a browser (tested there: ``tests/app/test_e2e.py``). On the other pages the first
    run draws the filters after the page, in the same run.
    """
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params.update(query)
    if page is not None:
        at.switch_page(f"app_pages/{page}.py")
    at.run()
    if map_reported and filters_wait(at):
        at.run()
    return at


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Record the data callable of each download button built when clicked, by its
    placeholder file id (the button's ``deferred_file_id``): AppTest never clicks one."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    found: dict[str, object] = {}
    add = MediaFileManager.add_deferred

    def record(self, data, *args, **kwargs):  # type: ignore[no-untyped-def]
        file_id = add(self, data, *args, **kwargs)
        found[file_id] = data
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return found


def download_data(at: AppTest, deferred: dict[str, object], label: str) -> object:
    """Return the data the download button labelled ``label`` gives when clicked."""
    (button,) = (b.proto for b in at.get("download_button") if b.proto.label == label)
    make = deferred[button.deferred_file_id]
    assert callable(make)
    return make()


def opened(at: AppTest, *keys: str) -> AppTest:
    """Open the closed sections (expanders) keyed ``keys`` of ``at``'s page and run it."""
    for key in keys:
        at.session_state[key] = True
    return at.run()


def filters_wait(at: AppTest) -> bool:
    """Return whether the sidebar's filters wait for the map in ``at``'s last run."""
    return K_FILTERS_WAIT in at.session_state and bool(at.session_state[K_FILTERS_WAIT])


# --- the browser suite (test_e2e*.py): one chromium per module, one offline tab per test ---


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def guard() -> OfflineGuard:
    return OfflineGuard()


@pytest.fixture
def page(browser, guard: OfflineGuard) -> Iterator[object]:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    context.route("**/*", guard)
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.dialogs = dialogs  # an alert() from report text would land here
    yield tab
    context.close()
