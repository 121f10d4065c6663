"""The Sources page's table and the freshness line with the last sync, without Streamlit."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from dashboard import sources as view
from dashboard import tables
from settings import MSK
from store.sync import STATUS_COLUMNS


def test_the_table_names_its_columns_and_writes_times_in_minutes() -> None:
    status = pd.DataFrame(
        [
            [
                "mod_russia",
                "telegram",
                "mod",
                None,
                True,
                datetime(2025, 9, 15, 7, 30, 12, tzinfo=MSK),
                datetime(2025, 9, 15, 7, 2, tzinfo=MSK),
                "5120",
                40,
                120,
                2,
                1,
                None,
                None,
            ],
            [
                "kaluga",
                "telegram",
                "governor",
                "RU-KLU",
                False,
                None,
                None,
                None,
                0,
                0,
                0,
                0,
                "https://t.me/s/kaluga: HTTP 500 (gave up after 4 tries)",
                datetime(2025, 9, 15, 7, 31, tzinfo=MSK),
            ],
        ],
        columns=list(STATUS_COLUMNS),
    )
    assert view.table(status).values.tolist() == [
        [
            "mod_russia",
            "telegram",
            "mod",
            "",
            True,
            "2025-09-15 07:30",
            "2025-09-15 07:02",
            40,
            120,
            2,
            1,
            "",
            "",
        ],
        [
            "kaluga",
            "telegram",
            "governor",
            "RU-KLU",
            False,
            "",
            "",
            0,
            0,
            0,
            0,
            "https://t.me/s/kaluga: HTTP 500 (gave up after 4 tries)",
            "2025-09-15 07:31",
        ],
    ]
    assert list(view.table(status).columns) == list(view.TABLE_COLUMNS.values())


def test_the_freshness_line_adds_the_last_sync() -> None:
    newest = datetime(2025, 9, 15, 7, 10, tzinfo=MSK)
    synced = datetime(2025, 9, 15, 7, 30, tzinfo=MSK)
    assert tables.freshness_text(newest, synced=synced) == (
        "Newest report: 2025-09-15 07:10 MSK; sources last synced 2025-09-15 07:30 MSK"
    )
    assert tables.freshness_text(None, synced=synced) == (
        "No report with a published figure yet; sources last synced 2025-09-15 07:30 MSK"
    )
    assert tables.freshness_text(newest) == "Newest report: 2025-09-15 07:10 MSK"


def test_a_text_withdrawn_because_its_message_was_deleted_says_so_in_the_review_table() -> None:
    queue = pd.DataFrame(
        [
            {
                "review_id": 7,
                "report_id": "r1",
                "reason": "deleted",
                "detail": "message 4 was deleted from kaluga_gov",
                "status": "dismissed",
                "created_at": datetime(2025, 9, 15, 7, 31, tzinfo=MSK),
                "resolved_at": datetime(2025, 9, 15, 7, 31, tzinfo=MSK),
                "resolved_by": "sync",
                "text": "RU-BRY 5",
                "channel": "Калуга",
                "source_kind": "telegram",
                "url": "https://t.me/kaluga_gov/4",
                "published_at": datetime(2025, 9, 12, 6, 0, tzinfo=MSK),
            }
        ]
    )
    shown = tables.review_table(queue)
    assert shown[["Reason", "Status", "By"]].values.tolist() == [
        ["deleted from its channel: its claims no longer count", "dismissed", "sync"]
    ]
