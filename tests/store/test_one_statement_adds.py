"""One statement's figures for one place and time add up; statements never do.

The parser gives an area a second figure in the same report only when the text tells more
drones ("сбиты два ... ещё один", the mayor's timed lines, a list naming a region twice):
the map must show their sum, as the parser and the accuracy bench read them, never only the
largest (that lost drones without a word)."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from settings import MSK
from store import Store, open_store
from store import columns as C
from tests.store.test_reconcile import add

NIGHT = date(2025, 9, 12)


def _figures(store: Store, district: bool = False) -> list[tuple[str, int | None, str]]:
    if district:
        frame = store.district_nightly()
        return [(r[C.DISTRICT_ID], r[C.FIGURE], r[C.CHOSEN_BY]) for _, r in frame.iterrows()]
    frame = store.nightly()
    return [(r[C.AREA_ID], r[C.FIGURE], r[C.CHOSEN_BY]) for _, r in frame.iterrows()]


def test_an_areas_figures_in_one_statement_add_up(store: Store) -> None:
    add(store, "@mayor night=2025-09-12\nRU-MOW 2\nRU-MOW 1\nRU-MOW 3", channel="mayor")
    add(store, "@governor night=2025-09-12\nRU-BRY 5\nRU-KRS 1\nRU-BRY 2", channel="gov")
    assert _figures(store) == [
        ("RU-BRY", 7, C.RULE_SINGLE),
        ("RU-KRS", 1, C.RULE_SINGLE),
        ("RU-MOW", 6, C.RULE_SINGLE),
    ]
    (bry,) = store.nightly().query(f"{C.AREA_ID} == 'RU-BRY'")[C.CHOSEN_CLAIM_IDS]
    assert len(bry) == 2  # both claims make the figure


def test_a_sum_in_one_statement_takes_the_loosest_qualifier(store: Store) -> None:
    add(store, "@governor night=2025-09-12\nRU-BRY 5\nRU-BRY 2+", channel="gov")
    assert store.nightly()[[C.FIGURE, C.QUALIFIER]].values.tolist() == [[7, "at_least"]]


def test_two_statements_of_one_reporter_still_give_the_larger(store: Store) -> None:
    # a later post of the same night is another version of the figure, never added
    add(store, "@governor night=2025-09-12\nRU-BRY 5", channel="gov")
    add(store, "@governor night=2025-09-12\nRU-BRY 2\nRU-BRY 1", channel="gov")
    assert _figures(store) == [("RU-BRY", 5, C.RULE_OVERLAP)]


def test_a_districts_figures_in_one_statement_add_up(store: Store) -> None:
    add(
        store,
        "@governor night=2025-09-12\nRU-KRS/RU-KRS:kursk 2\nRU-KRS/RU-KRS:kursk 1",
        channel="gov",
    )
    assert _figures(store, district=True) == [("RU-KRS:kursk", 3, C.RULE_SINGLE)]
    # with no region figure of its own, the region has the sum of its district's figures
    assert _figures(store) == [("RU-KRS", 3, C.RULE_SINGLE)]


def test_figures_of_one_statement_in_different_windows_stay_apart(store: Store) -> None:
    published = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)
    add(
        store,
        "@mod window=2025-09-11T20:00/2025-09-11T23:00\nRU-BRY 4",
        channel="mod",
        published=published,
    )
    add(
        store,
        "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6",
        channel="mod",
        published=published,
    )
    assert _figures(store) == [("RU-BRY", 10, C.RULE_WINDOWS)]
    assert store.nightly()[C.DATE].tolist() == [NIGHT]


def test_a_mayors_timed_lines_in_one_post_are_their_sum_on_the_map(db_url: str) -> None:
    db = open_store(db_url)  # the real parser (the ``store`` fixture's is a stand-in)
    text = (
        "01:12. Отражена атака двух беспилотников, летевших на Москву.\n"
        "02:40. Сбит ещё один БПЛА.\n"
        "04:05. Уничтожены три беспилотника, летевших на столицу."
    )
    db.ingest_text(text, published=datetime(2025, 9, 12, 4, 30, tzinfo=MSK), channel="mayor")
    figures = _figures(db)
    db.close()
    assert figures == [("RU-MOW", 6, C.RULE_SINGLE)]


def test_a_region_the_text_gives_no_figure_has_its_districts_sum_on_the_map(db_url: str) -> None:
    # the parser gives the region no figure of its own (the text states none): the map adds
    # the statement's district figures up for it, a bound among them making the sum a bound
    db = open_store(db_url)  # the real parser
    text = (
        "Над Грайворонским округом ночью сбиты более пяти беспилотников, "
        "над Белгородским районом — три."
    )
    db.ingest_text(text, published=datetime(2025, 9, 12, 8, 0, tzinfo=MSK), channel="gov")
    (region,) = db.claims().query(f"{C.DISTRICT_ID}.isna()")[C.COUNT].tolist()
    shown = db.nightly()[[C.AREA_ID, C.FIGURE, C.QUALIFIER]].values.tolist()
    db.close()
    assert pd.isna(region)  # no figure of its own
    assert shown == [["RU-BEL", 8, "at_least"]]
