"""A database of a few ministry statements spread over two years, read by the real
parser: a Timeline over them is drawn a month at a time (more than 731 nights).

Nights (dated by the morning the statement was posted) and their figures:

- 3 Jul 2023: Bryansk 5, Kursk 2; 20 Jul 2023: Bryansk 4
- 29 Feb 2024: Kursk 7
- 2 Jun 2025: Bryansk 3, Kursk 6; 30 Jun 2025: Bryansk 1

So per month: July 2023 Bryansk 9 and Kursk 2, February 2024 Kursk 7, June 2025
Bryansk 4 and Kursk 6; 28 drones in all.
"""

from __future__ import annotations

from datetime import date, datetime

import store
from settings import MSK

#: The period shown: 761 nights, more than two years.
FIRST, LAST = date(2023, 6, 1), date(2025, 6, 30)
#: Month -> area id -> drones, what the monthly bars must add up to.
MONTHLY = {
    date(2023, 7, 1): {"RU-BRY": 9, "RU-KRS": 2},
    date(2024, 2, 1): {"RU-KRS": 7},
    date(2025, 6, 1): {"RU-BRY": 4, "RU-KRS": 6},
}
TOTAL = 28

_BOTH = (
    "Этой ночью силами ПВО уничтожены {total} украинских БПЛА: {bry} – над территорией "
    "Брянской области и {krs} – над территорией Курской области."
)
_ONE = "Этой ночью силами ПВО уничтожены {total} украинских БПЛА над территорией {where} области."
STATEMENTS = (
    (date(2023, 7, 3), _BOTH.format(total=7, bry=5, krs=2)),
    (date(2023, 7, 20), _ONE.format(total=4, where="Брянской")),
    (date(2024, 2, 29), _ONE.format(total=7, where="Курской")),
    (date(2025, 6, 2), _BOTH.format(total=9, bry=3, krs=6)),
    (date(2025, 6, 30), _ONE.format(total=1, where="Брянской")),
)


def seed_years(db: store.Store) -> None:
    """Import :data:`STATEMENTS` as the ministry's posts at 07:30 Moscow time."""
    for morning, text in STATEMENTS:
        db.ingest_text(
            text,
            channel="Минобороны (тест)",
            published=datetime(morning.year, morning.month, morning.day, 7, 30, tzinfo=MSK),
            source_kind="telegram",
        )
