"""The check after a parse (``store.rows.problems``) runs under the parse's bound of CPU time: a
check that runs past it is stopped, the text is held for review and the import goes on."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from parsing.model import Report
from store import Store, _deadline, _parse, schema
from store.db import make_engine
from tests.store.conftest import fake_parse
from tests.store.test_importers import channel, message, write_json

#: Longer than this, a text gets a tenth of a second of CPU time for its parse and its check.
_LONG = 100_000


def _nothing_in_long_texts(
    text: str, published: datetime | None = None, source: str | None = None
) -> list[Report]:
    """The test line language; a long text gives no report at once (its check has it all)."""
    return [] if len(text) > _LONG else fake_parse(text, published, source)


def _slow_to_check() -> str:
    """A text the check reads sentence by sentence, none of it claimed: a count of drones over a
    region and a district in each of 16,000 sentences (948,889 characters; its check takes about a
    second of CPU time, ten times the bound)."""
    return " ".join(
        f"Над Брянской областью сбиты {k % 9 + 1} БПЛА, над районом {k} тоже."
        for k in range(16_000)
    )


@pytest.fixture
def checked_store(db_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(_deadline, "bound", lambda chars: 0.1 if chars > _LONG else 30.0)
    # (a message this long is no post, and would not be parsed: the check's bound is tested here)
    monkeypatch.setattr(_parse, "MAX_POST_CHARS", 10 * _LONG)
    opened = Store(make_engine(db_url), parse=_nothing_in_long_texts, parser_version="fake-1")
    yield opened
    opened.close()


@pytest.mark.timeout(120)
# (a stop that lands in a callback of the garbage collector is reported, then raised again)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("alone", [True, False], ids=["the only thread", "a thread of its own"])
def test_a_check_past_its_bound_holds_its_text_and_the_import_goes_on(
    checked_store: Store, tmp_path: Path, alone: bool
) -> None:
    slow = _slow_to_check()
    path = write_json(
        tmp_path / "result.json",
        channel(
            [
                message(1, "@mod night=2025-09-11\nRU-BRY 5"),
                message(2, slow),
                message(3, "@governor night=2025-09-11\nRU-KRS 2"),
            ]
        ),
    )
    results = []
    if alone:
        results.append(checked_store.ingest_paths([path]))
    else:  # as the Import page imports: in a thread of the server, where no signal reaches
        worker = threading.Thread(target=lambda: results.append(checked_store.ingest_paths([path])))
        worker.start()
        worker.join()
    assert (results[0].added, results[0].claims, results[0].in_review) == (3, 2, 1)
    review, reports = schema.review, schema.reports
    query = select(review.c.reason, review.c.detail, reports.c.text).join(
        reports, reports.c.id == review.c.report_id
    )
    with checked_store.engine.connect() as conn:
        [(reason, detail, text)] = conn.execute(query).all()
    assert (reason, text) == ("check_overdue", slow)
    assert detail == (
        "the check after the parse did not end within 0.1 s of CPU time"
        f" (a text of {len(slow):,} characters) and was stopped"
    )
