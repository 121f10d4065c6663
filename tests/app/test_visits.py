"""When the warm-ups after the first map wait for visitors (``app_pages/visits.py``)."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from app_pages import visits
from app_pages.visits import Arrivals


@pytest.fixture(autouse=True)
def _quiet_server(monkeypatch: pytest.MonkeyPatch) -> None:
    # nobody has used this server for a long while: a step goes at once
    monkeypatch.setattr(visits, "_last_seen", 0.0)


def _step_went(quiet: float) -> tuple[threading.Event, threading.Thread]:
    """Start a warm-up step that gives way (``quiet`` seconds, at most two minutes)."""
    went = threading.Event()

    def step() -> None:
        visits.give_way(quiet=quiet, most=120.0)
        went.set()

    worker = threading.Thread(target=step)
    worker.start()
    return went, worker


def test_a_warm_up_step_after_the_first_map_waits_for_a_visitors_run_to_end() -> None:
    with visits.visiting():  # a filter change being drawn
        went, worker = _step_went(quiet=0.0)
        assert not went.wait(0.5)  # held while the visitor's run goes on
    assert went.wait(30)  # and goes once it ended
    worker.join()


def test_a_download_being_built_holds_the_warm_up_steps_as_a_visit_does() -> None:
    building, release = threading.Event(), threading.Event()

    def png() -> bytes:
        building.set()
        assert release.wait(30)
        return b"drawn"

    found: list[bytes] = []
    clicked = threading.Thread(target=lambda: found.append(visits.as_visit(png)()))
    clicked.start()
    assert building.wait(30)
    went, worker = _step_went(quiet=0.0)
    assert not went.wait(0.5)  # held while the PNG is drawn
    release.set()
    assert went.wait(30)  # and goes once it is done
    clicked.join()
    worker.join()
    assert found == [b"drawn"]


def test_a_warm_up_step_waits_for_visitors_at_most_its_bound() -> None:
    with visits.visiting():  # a run that does not end while the step waits
        began = time.monotonic()
        visits.give_way(quiet=0.0, most=0.2)
        # held its bound, then went: a run that never ends holds nothing past it
        assert 0.2 <= time.monotonic() - began < 10


class _Streamlit:
    """The app behind the middleware: notes what reached it."""

    def __init__(self) -> None:
        self.reached: list[str] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "websocket":
            while (await receive())["type"] != "websocket.disconnect":
                self.reached.append("message")
            return
        self.reached.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})


def _request(app: Arrivals, path: str) -> None:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(_message: dict[str, Any]) -> None:
        return None

    asyncio.run(app({"type": "http", "method": "GET", "path": path}, receive, send))


def test_a_page_asked_for_holds_a_warm_up_step_for_the_quiet_after_it() -> None:
    streamlit = _Streamlit()
    # a new visitor's browser loading Streamlit's frontend, before any run of its own
    _request(Arrivals(streamlit), "/claims")
    _request(Arrivals(streamlit), "/static/js/index.js")
    assert streamlit.reached == ["/claims", "/static/js/index.js"]
    went, worker = _step_went(quiet=2.0)
    assert not went.wait(0.5)  # the browser spoke less than two seconds ago
    assert went.wait(30)  # then two quiet seconds: the step goes
    worker.join()


def test_health_checks_do_not_hold_the_warm_ups() -> None:
    streamlit = _Streamlit()
    for path in ("/_stcore/health", "/_stcore/script-health-check"):
        _request(Arrivals(streamlit), path)
    assert streamlit.reached == ["/_stcore/health", "/_stcore/script-health-check"]
    went, worker = _step_went(quiet=30.0)
    assert went.wait(5)  # as quiet as before them
    worker.join()


def test_each_message_on_a_sessions_websocket_holds_the_warm_ups() -> None:
    streamlit = _Streamlit()
    messages = iter(
        [{"type": "websocket.receive", "bytes": b"rerun"}, {"type": "websocket.disconnect"}]
    )
    seen: list[float] = []

    async def receive() -> dict[str, Any]:
        seen.append(visits._last_seen)
        return next(messages)

    async def send(_message: dict[str, Any]) -> None:
        return None

    asyncio.run(
        Arrivals(streamlit)({"type": "websocket", "path": "/_stcore/stream"}, receive, send)
    )
    assert streamlit.reached == ["message"]
    # the connection noted, then the message received after it
    assert 0.0 < seen[0] <= seen[1] <= visits._last_seen
    went, worker = _step_went(quiet=2.0)
    assert not went.wait(0.5)
    assert went.wait(30)
    worker.join()
