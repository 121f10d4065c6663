"""A database of hand-made reports for the honest-data pages, read by the real parser.

Written in the real formats (``../shared/FORMATS.md``), dated September 2025, they give:
- 12 Sep: the ministry's 20 (12 over Bryansk, 8 over Kursk), Kursk's governor saying 11
  (above the ministry: a discrepancy), and an English wire retelling of the ministry;
- 13 Sep: no report at all (a gap, never a zero);
- 14 Sep: the ministry's 2026-style total of 40 over three regions with no per-region
  figures (Belgorod, Voronezh, Oryol: "named in a report with 40 in total over 3 areas");
- 15 Sep: the ministry's 6 (4 Bryansk, 2 Kursk), and a governor's text naming a place the
  gazetteer does not know, with markup in it: held back for review.
"""

from __future__ import annotations

from datetime import date, datetime

import store
from settings import MSK

FIRST, LAST = date(2025, 9, 12), date(2025, 9, 15)
GAP = date(2025, 9, 13)
TOTAL_NIGHT = date(2025, 9, 14)
IN_TOTAL = ("RU-BEL", "RU-ORL", "RU-VOR")
MARKUP = "<img src=x onerror=alert(1)>"
HELD_TEXT = f"Над Зарецкой областью уничтожены 3 БПЛА. Пострадавших нет. {MARKUP}"

REPORTS = (
    ("Минобороны (тест)", "telegram", datetime(2025, 9, 12, 7, 20, tzinfo=MSK),
     "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 20 "
     "украинских беспилотных летательных аппаратов самолетного типа: 12 – над территорией "
     "Брянской области и 8 – над территорией Курской области."),
    ("Губернатор Курской области (тест)", "telegram", datetime(2025, 9, 12, 8, 5, tzinfo=MSK),
     "Губернатор Курской области: минувшей ночью над Курской областью сбито 11 "
     "беспилотников. Пострадавших нет."),
    ("Wire (test)", "rss", datetime(2025, 9, 12, 9, 40, tzinfo=MSK),
     "Over the past night, on-duty air defense systems intercepted and destroyed 20 "
     "Ukrainian fixed-wing unmanned aerial vehicles: 12 UAVs over the Bryansk Region and "
     "eight over the Kursk Region, the Russian Defense Ministry said."),
    ("Минобороны (тест)", "telegram", datetime(2025, 9, 14, 7, 10, tzinfo=MSK),
     "В течение прошедшей ночи над территориями Белгородской, Воронежской и Орловской "
     "областей дежурными средствами ПВО перехвачены и уничтожены 40 украинских БПЛА."),
    ("Минобороны (тест)", "telegram", datetime(2025, 9, 15, 7, 15, tzinfo=MSK),
     "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 6 "
     "украинских БПЛА: 4 – над территорией Брянской области и 2 – над территорией "
     "Курской области."),
    ("Губернатор (тест)", "telegram", datetime(2025, 9, 15, 9, 0, tzinfo=MSK), HELD_TEXT),
)  # fmt: skip


def seed_honest(db: store.Store) -> None:
    """Import :data:`REPORTS` through the real parser (the held text goes to review)."""
    for channel, kind, published, text in REPORTS:
        db.ingest_text(text, channel=channel, published=published, source_kind=kind)
