"""The URL <-> filter state round trip, without Streamlit."""

from __future__ import annotations

from datetime import date
from typing import get_args

import pytest

import store
from dashboard.filter_state import (
    FilterState,
    parse_query,
    summary,
    to_query,
    to_store_filters,
    widen_to_range,
)
from parsing.model import REPORTERS, Reporter

LATEST = date(2025, 9, 14)


def test_empty_query_selects_the_latest_night() -> None:
    assert parse_query({}, latest=LATEST) == FilterState(mode="night", night=LATEST)


def test_empty_query_on_an_empty_store_selects_nothing() -> None:
    state = parse_query({}, latest=None)
    assert state == FilterState(mode="night", night=None)
    assert to_store_filters(state) == store.Filters()


def test_every_parameter_is_read() -> None:
    params = {
        "night": "2025-09-12",
        "regions": ["RU-KLU", "RU-BRY"],
        "reporters": "mod,governor",
        "ua": "1",
        "unit": "day",
    }
    assert parse_query(params, latest=LATEST) == FilterState(
        mode="night",
        night=date(2025, 9, 12),
        regions=("RU-KLU", "RU-BRY"),
        reporters=("mod", "governor"),
        include_ua=True,
        unit="day",
    )


def test_a_range_wins_over_a_night_and_is_put_in_order() -> None:
    params = {"night": "2025-09-12", "from": "2025-09-14", "to": "2025-08-25"}
    assert parse_query(params, latest=LATEST) == FilterState(
        mode="range", date_from=date(2025, 8, 25), date_to=date(2025, 9, 14)
    )


def test_one_end_of_a_range_makes_a_one_day_range() -> None:
    state = parse_query({"to": "2025-09-01"}, latest=LATEST)
    assert (state.mode, state.date_from, state.date_to) == (
        "range",
        date(2025, 9, 1),
        date(2025, 9, 1),
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"night": "12.09.2025"}, FilterState(night=LATEST)),
        ({"regions": "RU-XXX,RU-KLU,RU-KLU"}, FilterState(night=LATEST, regions=("RU-KLU",))),
        ({"reporters": "mod,president"}, FilterState(night=LATEST, reporters=("mod",))),
        ({"ua": "maybe"}, FilterState(night=LATEST)),
        ({"unit": "week"}, FilterState(night=LATEST)),
        ({"from": "never"}, FilterState(night=LATEST)),
    ],
)
def test_invalid_values_are_dropped(params: dict[str, str], expected: FilterState) -> None:
    assert parse_query(params, latest=LATEST, known_regions={"RU-KLU", "RU-BRY"}) == expected


@pytest.mark.parametrize(
    "state",
    [
        FilterState(night=date(2025, 9, 12)),
        FilterState(mode="range", date_from=date(2025, 8, 25), date_to=date(2025, 9, 14)),
        FilterState(
            night=date(2025, 9, 14),
            regions=("RU-MOW+RU-MOS", "SEA-BLACK"),
            reporters=("mayor",),
            include_ua=True,
            unit="day",
        ),
    ],
)
def test_to_query_round_trips(state: FilterState) -> None:
    assert parse_query(to_query(state), latest=date(2000, 1, 1)) == state


def test_the_night_is_written_even_when_it_is_the_latest() -> None:
    # A shared link must keep showing its night after newer data arrives.
    assert to_query(FilterState(night=LATEST)) == {"night": "2025-09-14"}


def test_store_filters_for_a_night_and_a_range() -> None:
    night = FilterState(night=LATEST, regions=("RU-KLU",), reporters=("governor",), unit="day")
    assert to_store_filters(night) == store.Filters(
        date_from=LATEST, date_to=LATEST, regions=("RU-KLU",), reporters=("governor",), unit="day"
    )
    span = FilterState(mode="range", date_from=date(2025, 9, 1), date_to=LATEST, include_ua=True)
    assert to_store_filters(span) == store.Filters(
        date_from=date(2025, 9, 1), date_to=LATEST, include_ua=True
    )


def test_widen_to_range_covers_four_weeks_up_to_the_night() -> None:
    night = FilterState(night=LATEST, regions=("RU-KLU",))
    assert widen_to_range(night, to_store_filters(night)) == store.Filters(
        date_from=date(2025, 8, 18), date_to=LATEST, regions=("RU-KLU",)
    )
    one_day = FilterState(mode="range", date_from=LATEST, date_to=LATEST)
    assert widen_to_range(one_day, to_store_filters(one_day)) == store.Filters(
        date_from=LATEST, date_to=LATEST
    )
    empty = FilterState(night=None)
    assert widen_to_range(empty, to_store_filters(empty)) == store.Filters()


def test_the_sidebar_offers_every_reporter_kind_of_the_parser() -> None:
    assert get_args(Reporter) == REPORTERS


LABELS = {"RU-KLU": "Kaluga", "RU-BRY": "Bryansk", "RU-KRS": "Kursk", "RU-BEL": "Belgorod"}
WHO = {"mod": "Ministry", "governor": "Governors"}


def test_the_summary_says_each_default_on_its_own_line() -> None:
    state = FilterState(night=date(2025, 9, 14))
    assert summary(state, region_labels=LABELS, reporter_labels=WHO) == [
        "Night of 2025-09-14",
        "All regions",
        "All reporters",
        "Counted by night",
    ]


def test_the_summary_names_what_is_picked_and_adds_the_switches_that_are_on() -> None:
    state = FilterState(
        mode="range",
        date_from=date(2025, 8, 18),
        date_to=date(2025, 9, 14),
        regions=("RU-KLU", "RU-BRY"),
        reporters=("governor",),
        include_ua=True,
        unit="day",
        discrepancies_only=True,
    )
    assert summary(state, region_labels=LABELS, reporter_labels=WHO) == [
        "2025-08-18 – 2025-09-14",
        "Kaluga, Bryansk",
        "Governors",
        "Counted by calendar day",
        "With Ukrainian claims",
        "Only discrepancies",
    ]


def test_the_summary_counts_many_regions_and_keeps_an_unknown_id() -> None:
    many = FilterState(night=date(2025, 9, 14), regions=tuple(LABELS))
    assert summary(many, region_labels=LABELS, reporter_labels=WHO)[1] == "4 regions"
    gone = FilterState(night=date(2025, 9, 14), regions=("RU-XXX",))
    assert summary(gone, region_labels=LABELS, reporter_labels=WHO)[1] == "RU-XXX"


def test_the_summary_of_an_empty_store_and_of_a_range_being_picked() -> None:
    assert summary(FilterState(), region_labels={}, reporter_labels={})[0] == "The latest night"
    picking = FilterState(mode="range", date_from=date(2025, 9, 1))
    assert summary(picking, region_labels={}, reporter_labels={})[0] == (
        "A date range being picked"
    )
