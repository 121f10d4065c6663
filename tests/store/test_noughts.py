"""A place's nought said in words, through the store (issue 14's left list, item 1).

"над Курской — ни одного", "В X области — ни одного сбитого", "Over the X Region, no drones
were destroyed" is 0 for that place, stored and shown as "0 – над X" is; a nought never
erases another statement's figure for the same area and night. Texts are our own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pandas as pd
import pytest

from settings import MSK
from store import Filters, Store, ledger
from store import columns as C
from store.db import make_engine

MORNING = datetime(2026, 3, 14, 9, 0, tzinfo=MSK)
LATER = datetime(2026, 3, 14, 11, 0, tzinfo=MSK)


@pytest.fixture
def real_store(db_url: str) -> Iterator[Store]:
    opened = Store(make_engine(db_url))  # the real parser
    yield opened
    opened.close()


def _claims(store: Store) -> list[tuple[str, int | None]]:
    frame = ledger.claims(store, Filters())
    return sorted(
        (r[C.AREA_ID], None if pd.isna(r[C.COUNT]) else int(r[C.COUNT]))
        for _, r in frame.iterrows()
    )


def _figures(store: Store) -> dict[str, int | None]:
    frame = ledger.nightly(store, Filters())
    return {
        r[C.AREA_ID]: None if pd.isna(r[C.FIGURE]) else int(r[C.FIGURE])
        for _, r in frame.iterrows()
    }


@pytest.mark.parametrize(
    "text",
    [
        "За ночь силами ПВО уничтожены 9 БПЛА: 6 – над Брянской областью, 3 – над Белгородской, "
        "над Курской — ни одного.",
        "За ночь над Брянской областью сбиты 6 беспилотников, над Белгородской — 3. "
        "В Курской области — ни одного сбитого.",
        "Overnight, air defences destroyed 6 drones over the Bryansk Region and 3 over the "
        "Belgorod Region. Over the Kursk Region, no drones were destroyed.",
    ],
)
def test_a_nought_in_words_is_stored_as_the_places_zero(real_store: Store, text: str) -> None:
    # (each lost Kursk's 0 on the old code: nothing, or Kursk with no figure)
    real_store.ingest_text(text, channel="newsdesk", published=MORNING, source_kind="rss")
    assert _claims(real_store) == [("RU-BEL", 3), ("RU-BRY", 6), ("RU-KRS", 0)]
    assert _figures(real_store) == {"RU-BEL": 3, "RU-BRY": 6, "RU-KRS": 0}


@pytest.mark.parametrize(
    ("channel", "kind"),
    [("kursk_governor", "telegram"), ("newsdesk", "rss")],  # the same source, another one
)
def test_a_nought_never_erases_another_statements_figure(
    real_store: Store, channel: str, kind: str
) -> None:
    real_store.ingest_text(
        "За ночь над Курской областью сбиты 4 беспилотника, пострадавших нет.",
        channel="kursk_governor",
        published=MORNING,
        source_kind="telegram",
    )
    real_store.ingest_text(
        "За ночь над Брянской областью сбиты 2 беспилотника, над Курской — ни одного.",
        channel=channel,
        published=LATER,
        source_kind=kind,
    )
    assert ("RU-KRS", 0) in _claims(real_store)  # the nought is kept as a claim ...
    assert _figures(real_store)["RU-KRS"] == 4  # ... and never becomes the night's figure
