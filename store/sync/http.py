"""A polite HTTP client: it says who it is, waits between requests to one host, gives up
after a timeout, retries 429 and 5xx answers with backoff (honouring ``Retry-After``) and
refuses pages over a size cap. Standard library only (``urllib``); nothing is executed.
"""

from __future__ import annotations

import email.utils
import http.client
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import settings
from store._errors import StoreError

USER_AGENT = (
    "DroneInterceptionAtlas/0.1 (+https://github.com/drone-interception-atlas; "
    "reads public channel previews and feeds, a few pages per source every 15 minutes)"
)
#: Never wait longer than this for one retry, whatever ``Retry-After`` asks.
MAX_RETRY_WAIT_S = 300.0
_RETRIED = {429, 500, 502, 503, 504}


class FetchError(StoreError):
    """A page could not be fetched; the message is one line naming the address and why.

    ``transient`` is True when the server was busy or did not answer (after the retries):
    the page may be there on the next pass; False when it refused for good (a 4xx).
    """

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(slots=True)
class Client:
    """Fetch pages politely; one client per pass (it remembers when each host was asked)."""

    delay_s: float
    timeout_s: float
    retries: int
    max_bytes: int
    user_agent: str = USER_AGENT
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0
    _last: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def from_settings(cls) -> Client:
        """Return a client configured by ``settings.get()`` (``ATLAS_SYNC_*``)."""
        now = settings.get()
        return cls(
            delay_s=now.sync_delay_s,
            timeout_s=now.sync_timeout_s,
            retries=now.sync_retries,
            max_bytes=now.sync_max_page_bytes,
        )

    def get(self, url: str) -> bytes:
        """Return the body of ``url``; raise :class:`FetchError` after the retries."""
        attempt = 0
        while True:
            self._wait_turn(url)
            try:
                return self._fetch(url)
            except _Retry as retry:
                attempt += 1
                if attempt > self.retries:
                    msg = f"{url}: {retry.reason} (gave up after {attempt} tries)"
                    raise FetchError(msg, transient=True) from None
                self.sleep(min(MAX_RETRY_WAIT_S, retry.wait or self.delay_s * 2**attempt))

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        with self._lock:
            last = self._last.get(host)
            wait = 0.0 if last is None else last + self.delay_s - time.monotonic()
            if wait > 0:
                self.sleep(wait)
            self._last[host] = time.monotonic()

    def _fetch(self, url: str) -> bytes:
        if urlsplit(url).scheme not in ("http", "https"):
            msg = f"{url}: only http and https addresses are fetched"
            raise FetchError(msg)
        request = urllib.request.Request(  # noqa: S310 (the scheme is checked above)
            url,
            headers={
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xml;q=0.9,*/*;q=0.5",
            },
        )
        self.requests += 1
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as answer:  # noqa: S310
                body: bytes = answer.read(self.max_bytes + 1)
        except urllib.error.HTTPError as exc:
            if exc.code in _RETRIED:
                raise _Retry(
                    f"HTTP {exc.code}", _retry_after(exc.headers.get("Retry-After"))
                ) from None
            msg = f"{url}: HTTP {exc.code} {exc.reason}"
            raise FetchError(msg) from None
        except TimeoutError:
            raise _Retry(f"no answer within {self.timeout_s:g} s", None) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Retry(f"no answer within {self.timeout_s:g} s", None) from None
            msg = f"{url}: cannot connect ({exc.reason})"
            raise FetchError(msg) from None
        except (ConnectionError, OSError, http.client.HTTPException) as exc:
            raise _Retry(f"connection broken ({exc})", None) from None
        if len(body) > self.max_bytes:
            msg = f"{url}: the page is over the cap of {self.max_bytes:,} bytes"
            raise FetchError(msg)
        return body


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


def _retry_after(value: str | None) -> float | None:
    """Return the seconds a ``Retry-After`` header asks for (a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())
