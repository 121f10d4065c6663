"""A server that shows stored reports never loads the parser's rules: the warm-ups of the
Map page, the PNG, the Claims page and the Timeline reconcile a governor's own channel's
posts by the reading of its title stored with them (``reports.channel_reporter``)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import store
from parsing.model import Claim, Report
from settings import MSK

ROOT = Path(__file__).resolve().parents[2]
#: the governor's own channel, as the parser reads its title
CHANNEL = "Губернатор Курской области"

_WARM = """
import sys
from app_pages import loaders, warm
from store import Filters, ledger
warm.warm_up()
warm.MAP_SHOWN.set()
warm.warm_snapshot()
warm.warm_claims()
warm.warm_timeline()
night = loaders.latest_night()
shown = Filters(date_from=night, date_to=night)
db = loaders.open_store()
frame = ledger.nightly(db, shown, analysis=ledger.reconciled(db, shown))
print([(a, int(f), c) for a, f, c in zip(frame["area_id"], frame["figure"], frame["chosen_by"])])
print(sorted(m for m in sys.modules if m.startswith("parsing")))
"""


def _post(db: store.Store, text: str, hour: int) -> None:
    """Store one post of the governor's channel telling drones of its own (no window)."""
    when = datetime(2025, 9, 12, hour, 10, tzinfo=MSK)
    phrase = "над Курской областью"
    start = text.index(phrase)
    count = int(text.split()[1])
    claim = Claim(
        area_id="RU-KRS",
        area="Курская область",
        count=count,
        qualifier="exact",
        evidence=(start, start + len(phrase)),
        rule="hand_made",
    )
    report = Report(
        reporter="governor",
        country="RU",
        window=None,
        night_of=None,
        total=count,
        total_qualifier="exact",
        claims=(claim,),
        evidence=(0, len(text)),
    )
    item = store.Item(
        where=f"{CHANNEL} {hour}",
        text=text,
        source_kind="telegram",
        channel=CHANNEL,
        channel_id="kursk",
        message_id=str(hour),
        published=when,
    )
    assert db.add_report(item, [report]).added == 1


def test_the_warm_ups_reconcile_a_governors_posts_without_the_parser(db_url: str) -> None:
    db = store.open_store(db_url)
    _post(db, "Сбиты 2 беспилотника над Курской областью.", 1)
    _post(db, "Сбиты 3 беспилотника над Курской областью.", 3)
    db.close()
    done = subprocess.run(
        [sys.executable, "-c", _WARM],
        cwd=ROOT,
        env={**os.environ, "ATLAS_DATABASE_URL": db_url},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    # the two posts of the governor's own channel add up: 5
    assert done.stdout.splitlines() == [
        "[('RU-KRS', 5, 'posts_added')]",
        "['parsing', 'parsing._errors', 'parsing.model']",
    ]
