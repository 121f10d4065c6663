"""A week's recap on the pages: the Claims page lists it with its period, the figures (the
map's and the timeline's) leave it out. Hand-made reports, no parser."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import store
from parsing.model import Claim, Report
from settings import MSK
from store import columns as C
from store import ledger
from tests.app._tables import claims_table
from tests.app.conftest import app_at

NIGHT = date(2025, 9, 14)
RECAP = "За минувшую неделю над Калужской областью сбиты 90 беспилотников."


@pytest.fixture
def with_recap(seeded: store.Store) -> store.Store:
    """The seeded reports and the Kaluga governor's week recap, posted inside the night of
    14 September (its publication alone had put it on that night)."""
    phrase = "над Калужской областью сбиты 90 беспилотников"
    start = RECAP.index(phrase)
    recap = Report(
        reporter="governor",
        country="RU",
        window=None,
        night_of=None,
        total=90,
        total_qualifier="exact",
        claims=(Claim("RU-KLU", "Калужская область", 90, "exact", (start, start + len(phrase))),),
        evidence=(0, len(RECAP)),
        period="week",
    )
    item = store.Item(
        where="recap",
        text=RECAP,
        source_kind="telegram",
        channel="Губернатор (тест)",
        channel_id="Губернатор (тест)",
        published=datetime(2025, 9, 14, 6, 40, tzinfo=MSK),
    )
    seeded.add_report(item, [recap])
    return seeded


def test_the_week_recap_leaves_kalugas_night_at_the_governors_18(with_recap: store.Store) -> None:
    night = store.Filters(date_from=NIGHT, date_to=NIGHT, regions=("RU-KLU",))
    rows = ledger.nightly(with_recap, night)
    assert rows[[C.AREA_ID, C.FIGURE, C.CHOSEN_BY]].values.tolist() == [
        ["RU-KLU", 18, C.RULE_LARGER]
    ]


def test_the_claims_page_lists_the_recap_with_its_period(with_recap: store.Store) -> None:
    at = app_at("claims")
    assert not at.exception
    table = claims_table(at)
    recap = table[table["Count"] == "90"]
    assert recap[["Night", "Window", "Reporter", "Area"]].values.tolist() == [
        ["no night: week recap", "", "governor", "Калужская область"]
    ]
    # the night's four claims are listed as before, each on its night
    assert sorted(table[table["Count"] != "90"]["Night"]) == [str(NIGHT)] * 4
    assert at.caption[0].value.startswith("5 claims match the filters.")
    # the claim picker says it too
    labels = at.selectbox(key="claims_pick").options
    assert f"{NIGHT} (no night: week recap) · governor · Калужская область · 90" in labels
