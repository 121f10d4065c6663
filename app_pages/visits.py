"""Know when a visitor is using the server, so the warm-ups after the first map wait.

The warm-ups after the first map (``app_pages/warm.py``) hold the interpreter for up to
a second a step (a PNG drawn, the Claims page's and the Timeline's first views); a
visitor's run made meanwhile waited for them. Each step starts only once the server has
been quiet for :data:`QUIET_S` (:func:`give_way`). Quiet means no visitor's script run
going (:func:`visiting`: ``app.py``'s run and the pages' fragments mark theirs) and no
request from a browser (:class:`Arrivals`): a new visitor's browser loads Streamlit's
frontend and opens its session for 0.5-1 s before its first run starts, and a step
begun then shared the two cores with that page's loading and its run
(docs/performance.md, "A new visitor's page and the warm-ups").

Light on purpose: ``serve.py`` builds :class:`Arrivals` before pandas or the store are
imported.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: A warm-up step starts only once the server has been quiet this long (:func:`give_way`),
#: and waits at most :data:`GIVE_WAY_MAX_S` for that.
QUIET_S = 1.0
GIVE_WAY_MAX_S = 30.0
#: Requests that are not a visitor: the health checks a supervisor (or a bench) polls.
UNWATCHED = frozenset({"/_stcore/health", "/_stcore/script-health-check"})

_VISITS = threading.Condition()
_visits_running = 0
_last_seen = 0.0


@contextmanager
def visiting() -> Iterator[None]:
    """Mark a visitor's script run (``app.py``'s, or a page's fragment's) while it runs:
    the warm-ups after the first map (:func:`give_way`) wait for it."""
    global _visits_running, _last_seen
    with _VISITS:
        _visits_running += 1
    try:
        yield
    finally:
        with _VISITS:
            _visits_running -= 1
            _last_seen = time.monotonic()
            _VISITS.notify_all()


def as_visit(make: Callable[[], T]) -> Callable[[], T]:
    """Return ``make`` run as a visitor's run (:func:`visiting`): the data of a download
    button, built when it is clicked (the PNG, the exports), so the warm-ups still to run
    after the first map wait for it as they wait for a page's run."""

    def run() -> T:
        with visiting():
            return make()

    return run


def arrived() -> None:
    """Note that a browser asked the server something now: the quiet :func:`give_way`
    waits for starts again."""
    global _last_seen
    with _VISITS:
        _last_seen = max(_last_seen, time.monotonic())


def give_way(quiet: float | None = None, most: float | None = None) -> None:
    """Wait until no visitor's run has been going and no browser has asked anything for
    ``quiet`` seconds (:data:`QUIET_S`), at most ``most`` seconds (:data:`GIVE_WAY_MAX_S`):
    a warm-up step then starts."""
    quiet = QUIET_S if quiet is None else quiet
    deadline = time.monotonic() + (GIVE_WAY_MAX_S if most is None else most)
    with _VISITS:
        while True:
            now = time.monotonic()
            left = deadline - now
            if left <= 0:
                return
            if _visits_running == 0:
                calm = quiet - (now - _last_seen)
                if calm <= 0:
                    return
                _VISITS.wait(min(calm, left))
            else:
                _VISITS.wait(left)


class Arrivals:
    """ASGI middleware: note each request a browser makes (:func:`arrived`), a page or
    file asked for or a message on a session's websocket, health checks left out."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            if scope["path"] not in UNWATCHED:
                arrived()
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            arrived()

            async def noted() -> Message:
                message = await receive()
                arrived()  # a rerun asked for, a widget changed, a component's report
                return message

            await self.app(scope, noted, send)
        else:
            await self.app(scope, receive, send)
