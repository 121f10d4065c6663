"""Reconciliation rules on hand-made cases: the exact rows the map would show."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from settings import MSK
from store import Filters, Store
from store import columns as C

PUBLISHED = datetime(2025, 9, 12, 9, 30, tzinfo=MSK)
VIEW = [C.DATE, C.UNIT, C.AREA_ID, C.FIGURE, C.QUALIFIER, C.STATUS, C.CHOSEN_BY, C.REPORTERS]


def add(store: Store, text: str, *, channel: str = "test", published: datetime = PUBLISHED) -> None:
    result = store.ingest_text(text, channel=channel, published=published)
    assert result.added == 1


def view(store: Store, filters: Filters | None = None) -> pd.DataFrame:
    """The nightly frame with claim ids replaced by ``reporter:count`` labels."""
    claims = store.claims(Filters(include_ua=True))
    label = {
        row[C.CLAIM_ID]: f"{row[C.REPORTER]}:{'-' if pd.isna(row[C.COUNT]) else row[C.COUNT]}"
        for _, row in claims.iterrows()
    }
    frame = store.nightly(filters).copy()
    frame["claims"] = [tuple(sorted(label[i] for i in ids)) for ids in frame[C.CLAIM_IDS]]
    frame["chosen"] = [tuple(sorted(label[i] for i in ids)) for ids in frame[C.CHOSEN_CLAIM_IDS]]
    return frame[[*VIEW, "claims", "chosen"]]


def expected(*rows: tuple) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=[*VIEW, "claims", "chosen"])
    frame[C.FIGURE] = frame[C.FIGURE].astype("Int64")
    return frame


def night(day: int) -> date:
    return date(2025, 9, day)


def test_the_national_total_adds_an_areas_night_and_daytime_figures(store: Store) -> None:
    # one area, one date, two units: the night's 6 and the day's 3 are both the date's
    add(store, "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6\nRU-KRS 2", channel="mod")
    add(store, "@mod window=2025-09-12T08:00/2025-09-12T14:00\nRU-BRY 3", channel="mod")
    rows = [(r[C.DATE], r[C.FIGURE], r["areas_sum"]) for r in store.national_rows()]
    assert rows == [(night(12), 11, 11)]


def test_ministry_and_governor_disagree_larger_shown_both_kept(store: Store) -> None:
    add(store, "@mod night=2025-09-12\nRU-BRY 10", channel="mod")
    add(store, "@governor night=2025-09-12\nRU-BRY 14", channel="gov")
    pd.testing.assert_frame_equal(
        view(store),
        expected(
            (
                night(12),
                "night",
                "RU-BRY",
                14,
                "exact",
                "reported",
                C.RULE_LARGER,
                ("mod", "governor"),
                ("governor:14", "mod:10"),
                ("governor:14",),
            ),
        ),
    )


def test_agreeing_reporters_are_not_added(store: Store) -> None:
    add(store, "@mod night=2025-09-12\nRU-BRY 10", channel="mod")
    add(store, "@governor night=2025-09-12\nRU-BRY 10", channel="gov")
    pd.testing.assert_frame_equal(
        view(store),
        expected(
            (
                night(12),
                "night",
                "RU-BRY",
                10,
                "exact",
                "reported",
                C.RULE_AGREE,
                ("mod", "governor"),
                ("governor:10", "mod:10"),
                ("mod:10",),
            ),
        ),
    )


def test_media_retelling_never_outranks_its_source(store: Store) -> None:
    add(store, "@mod night=2025-09-12\nRU-BRY 10", channel="mod")
    add(store, "@media night=2025-09-12\nRU-BRY 12\nRU-KLU 7", channel="wire")
    pd.testing.assert_frame_equal(
        view(store),
        expected(
            (
                night(12),
                "night",
                "RU-BRY",
                10,
                "exact",
                "reported",
                C.RULE_SOURCE_OVER_MEDIA,
                ("mod", "media"),
                ("media:12", "mod:10"),
                ("mod:10",),
            ),
            (
                night(12),
                "night",
                "RU-KLU",
                7,
                "exact",
                "reported",
                C.RULE_MEDIA_ONLY,
                ("media",),
                ("media:7",),
                ("media:7",),
            ),
        ),
    )


def test_windows_of_one_reporter_within_a_night_add_up(store: Store) -> None:
    add(store, "@mod window=2025-09-11T20:00/2025-09-11T23:00\nRU-BRY 4", channel="mod")
    add(store, "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6", channel="mod")
    pd.testing.assert_frame_equal(
        view(store),
        expected(
            (
                night(12),
                "night",
                "RU-BRY",
                10,
                "exact",
                "reported",
                C.RULE_WINDOWS,
                ("mod",),
                ("mod:4", "mod:6"),
                ("mod:4", "mod:6"),
            ),
        ),
    )


def test_a_repeat_or_a_total_over_its_windows_is_never_added(store: Store) -> None:
    add(store, "@mod window=2025-09-11T20:00/2025-09-11T23:00\nRU-BRY 4", channel="mod")
    add(store, "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6", channel="mod")
    # the same night stated again as one total, and the evening window repeated elsewhere
    add(store, "@mod night=2025-09-12\nRU-BRY 12", channel="mod")
    add(store, "@mod window=2025-09-11T20:00/2025-09-11T23:00\nRU-BRY 4", channel="tass")
    pd.testing.assert_frame_equal(
        view(store),
        expected(
            (
                night(12),
                "night",
                "RU-BRY",
                12,
                "exact",
                "reported",
                C.RULE_OVERLAP,
                ("mod",),
                ("mod:12", "mod:4", "mod:4", "mod:6"),
                ("mod:12",),
            ),
        ),
    )


def test_daytime_windows_are_their_own_unit(store: Store) -> None:
    add(store, "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6", channel="mod")
    add(store, "@mod window=2025-09-12T08:00/2025-09-12T14:00\nRU-BRY 3", channel="mod")
    pd.testing.assert_frame_equal(
        view(store),
        expected(
            (
                night(12),
                "day",
                "RU-BRY",
                3,
                "exact",
                "reported",
                C.RULE_SINGLE,
                ("mod",),
                ("mod:3",),
                ("mod:3",),
            ),
            (
                night(12),
                "night",
                "RU-BRY",
                6,
                "exact",
                "reported",
                C.RULE_SINGLE,
                ("mod",),
                ("mod:6",),
                ("mod:6",),
            ),
        ),
    )
    # calendar days: the night window falls on the day its middle (03:00) is in
    by_day = view(store, Filters(unit="day"))
    assert by_day[[C.DATE, C.UNIT, C.FIGURE, C.CHOSEN_BY]].values.tolist() == [
        [night(12), "day", 9, C.RULE_WINDOWS]
    ]


def test_night_boundary_comes_from_the_settings(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(store, "@mod window=2025-09-11T18:30/2025-09-11T19:30\nRU-BRY 2", channel="mod")
    assert view(store)[[C.DATE, C.UNIT]].values.tolist() == [[night(11), "day"]]
    monkeypatch.setenv("ATLAS_NIGHT_START_HOUR", "18")
    assert view(store)[[C.DATE, C.UNIT]].values.tolist() == [[night(12), "night"]]


def test_districts_without_counts_are_kept_as_named(store: Store) -> None:
    add(
        store,
        "@governor night=2025-09-14\nRU-KLU 18\nRU-KLU/RU-KLU:kirovsky -\nRU-KLU/RU-KLU:tarussky -",
        channel="gov",
    )
    nightly = store.nightly()
    assert nightly[C.DISTRICTS_NAMED].tolist() == [("RU-KLU:kirovsky", "RU-KLU:tarussky")]
    assert nightly[C.FIGURE].tolist() == [18]
    districts = store.district_nightly()
    shown = districts[[C.DISTRICT_ID, C.DISTRICT, C.FIGURE, C.STATUS, C.CHOSEN_BY]]
    assert shown.astype(object).where(shown.notna(), None).values.tolist() == [
        ["RU-KLU:kirovsky", "kirovsky", None, C.STATUS_NAMED, C.RULE_NAMED],
        ["RU-KLU:tarussky", "tarussky", None, C.STATUS_NAMED, C.RULE_NAMED],
    ]


def test_district_counts_without_a_region_figure_add_up_for_the_region(store: Store) -> None:
    add(
        store,
        "@governor night=2025-09-14\nRU-KLU/RU-KLU:kirovsky 2\nRU-KLU/RU-KLU:zhukovsky 3+",
        channel="gov",
    )
    pd.testing.assert_frame_equal(
        view(store),
        expected(
            (
                night(14),
                "night",
                "RU-KLU",
                5,
                "at_least",
                "reported",
                C.RULE_SINGLE,
                ("governor",),
                ("governor:2", "governor:3"),
                ("governor:2", "governor:3"),
            ),
        ),
    )


def test_areas_named_under_a_total_have_no_invented_figure(store: Store) -> None:
    add(store, "@mod night=2025-09-12 total=40\nRU-BRY -\nRU-KRS -", channel="mod")
    pd.testing.assert_frame_equal(
        view(store),
        expected(
            (
                night(12),
                "night",
                "RU-BRY",
                None,
                None,
                C.STATUS_NAMED_IN_TOTAL,
                C.RULE_NAMED,
                ("mod",),
                ("mod:-",),
                (),
            ),
            (
                night(12),
                "night",
                "RU-KRS",
                None,
                None,
                C.STATUS_NAMED_IN_TOTAL,
                C.RULE_NAMED,
                ("mod",),
                ("mod:-",),
                (),
            ),
        ),
    )


def test_combined_areas_stay_combined_and_match_their_parts(store: Store) -> None:
    add(store, "@mod night=2025-09-12\nRU-MOW+RU-MOS 5\nSEA-AZOV+SEA-BLACK 17", channel="mod")
    add(store, "@mayor night=2025-09-12\nRU-MOW 3", channel="mayor")
    frame = store.nightly()
    assert frame[[C.AREA_ID, C.FIGURE]].values.tolist() == [
        ["RU-MOW", 3],
        ["RU-MOW+RU-MOS", 5],
        ["SEA-AZOV+SEA-BLACK", 17],
    ]
    only_oblast = store.nightly(Filters(regions=("RU-MOS",)))
    assert only_oblast[C.AREA_ID].tolist() == ["RU-MOW+RU-MOS"]


def test_ukraines_claims_are_never_counted_for_russia(store: Store) -> None:
    add(store, "@other country=UA night=2025-09-12\nUA-32 17", channel="ua")
    add(store, "@mod night=2025-09-12\nRU-BRY 10", channel="mod")
    assert store.nightly()[C.AREA_ID].tolist() == ["RU-BRY"]
    with_ua = store.nightly(Filters(include_ua=True))
    assert with_ua[[C.COUNTRY, C.AREA_ID, C.FIGURE]].values.tolist() == [
        ["RU", "RU-BRY", 10],
        ["UA", "UA-32", 17],
    ]
    assert store.claims()[C.COUNTRY].tolist() == ["RU"]


def test_other_kinds_are_listed_but_not_counted(store: Store) -> None:
    add(store, "@mod night=2025-09-12\nRU-BRY 10\nRU-BRY 2 missile", channel="mod")
    assert store.nightly()[C.FIGURE].tolist() == [10]
    assert store.claims()[C.KIND].tolist() == ["drone", "missile"]


def test_filters_by_date_reporter_and_region(store: Store) -> None:
    add(store, "@mod night=2025-09-12\nRU-BRY 10\nRU-KRS 4", channel="mod")
    add(store, "@governor night=2025-09-13\nRU-BRY 7", channel="gov")
    add(store, "@mod window=2025-09-13T20:00/2025-09-13T23:00\nRU-BRY 1", channel="mod")
    rows = store.nightly(Filters(date_from=night(13), date_to=night(14)))
    assert rows[[C.DATE, C.AREA_ID, C.FIGURE]].values.tolist() == [
        [night(13), "RU-BRY", 7],
        [night(14), "RU-BRY", 1],
    ]
    rows = store.nightly(Filters(reporters=("mod",), regions=("RU-BRY",)))
    assert rows[[C.DATE, C.FIGURE]].values.tolist() == [[night(12), 10], [night(14), 1]]


def test_a_claim_without_window_or_night_is_placed_by_publication(store: Store) -> None:
    add(
        store,
        "@governor\nRU-BEL 3",
        channel="gov",
        published=datetime(2025, 9, 12, 15, 0, tzinfo=MSK),
    )
    add(
        store,
        "@governor\nRU-BEL 2",
        channel="gov",
        published=datetime(2025, 9, 12, 23, 10, tzinfo=MSK),
    )
    assert store.nightly()[[C.DATE, C.UNIT, C.FIGURE]].values.tolist() == [
        [night(12), "day", 3],
        [night(13), "night", 2],
    ]


def test_the_claims_frame_carries_provenance(store: Store) -> None:
    add(store, "@mod window=2025-09-11T23:00/2025-09-12T07:00 total=6\nRU-BRY 6", channel="mod")
    row = store.claims().iloc[0]
    assert row[C.WINDOW_START] == pd.Timestamp("2025-09-11T23:00", tz=MSK)
    assert row[C.PUBLISHED_AT] == pd.Timestamp(PUBLISHED)
    assert (row[C.EVIDENCE], row[C.EVIDENCE_START], row[C.REPORT_TOTAL]) == ("RU-BRY 6", 54, 6)
    assert (row[C.UNIT], row[C.DATE], row[C.CHANNEL], row[C.SOURCE_KIND]) == (
        "night",
        night(12),
        "mod",
        "paste",
    )


def test_each_reporters_rows_are_a_reconciliation_of_their_claims_alone(store: Store) -> None:
    # reporters compete over areas: the ministry below the governor (flagged), the mayor's
    # own channel posts adding up, a linked retelling with another number, districts;
    # rows_by_reporter reuses what the flags worked out, area_rows reconciles each anew
    from store import reconcile

    add(store, "@mod night=2025-09-12 total=12\nRU-BRY 10\nRU-MOW 2", channel="mod")
    add(store, "@governor night=2025-09-12\nRU-BRY 14\nRU-BRY/RU-BRY:pogarsky 3", channel="gov")
    add(store, "@media night=2025-09-12 total=12\nRU-BRY 11", channel="wire")
    for hour, count in ((1, 2), (3, 1)):
        result = store.ingest_text(
            f"@mayor\nRU-MOW {count}",
            channel="Сергей Собянин",
            published=datetime(2025, 9, 12, hour, tzinfo=MSK),
            source_kind="telegram",
        )
        assert result.added == 1
    add(store, "@mod window=2025-09-12T20:00/2025-09-12T23:00\nRU-KLU 4", channel="mod")
    add(store, "@governor night=2025-09-13\nRU-KLU 4\nRU-KLU/RU-KLU:kirovsky -", channel="gov")
    for unit in ("night", "day"):
        filters = Filters(include_ua=True, unit=unit)  # type: ignore[arg-type]
        analysis = reconcile.reconcile_claims(store.claims(filters), unit)
        rows = reconcile.rows_by_reporter(analysis)
        assert sorted(rows) == ["", "governor", "mayor", "media", "mod"]
        for reporter, (area, district) in rows.items():
            alone = (reporter,) if reporter else ()
            assert area == reconcile.area_rows(analysis, alone)
            assert district == reconcile.district_rows(analysis, alone)
        flagged = [r[C.AREA_ID] for r in rows[""][0] if C.FLAG_GOVERNOR_ABOVE_MOD in r[C.FLAGS]]
        assert flagged == ["RU-BRY", "RU-MOW"]
    rows = reconcile.rows_by_reporter(reconcile.reconcile_claims(store.claims(), "night"))
    own = {(who, r[C.AREA_ID]): (r[C.FIGURE], r[C.CHOSEN_BY]) for who in rows for r in rows[who][0]}
    assert own[("mod", "RU-BRY")] == (10, C.RULE_SINGLE)
    assert own[("governor", "RU-BRY")] == (14, C.RULE_SINGLE)
    assert own[("mayor", "RU-MOW")] == (3, C.RULE_POSTS)
    assert own[("", "RU-MOW")] == (3, C.RULE_LARGER)


def test_stored_figures_stay_equal_to_a_full_reconciliation(store: Store) -> None:
    from store import figures, reconcile

    add(store, "@mod window=2025-09-11T20:00/2025-09-11T23:00\nRU-BRY 4", channel="mod")
    add(store, "@governor night=2025-09-14\nRU-KLU 18\nRU-KLU/RU-KLU:kirovsky -", channel="gov")
    add(store, "@mod window=2025-09-11T23:00/2025-09-12T07:00\nRU-BRY 6", channel="mod")
    add(
        store,
        "@media\nRU-BEL 2",
        channel="wire",
        published=datetime(2025, 9, 13, 22, 0, tzinfo=MSK),
    )
    with store.engine.connect() as conn:
        assert figures.is_current(conn)
        for unit in ("night", "day"):
            filters = Filters(include_ua=True, unit=unit)  # type: ignore[arg-type]
            analysis = reconcile.reconcile_claims(store.claims(filters), unit)
            assert figures.read(conn, filters, "area") == reconcile.area_rows(analysis)
            assert figures.read(conn, filters, "district") == reconcile.district_rows(analysis)
            for reporter in ("mod", "governor", "media"):
                alone = Filters(include_ua=True, unit=unit, reporters=(reporter,))  # type: ignore[arg-type]
                assert figures.read(conn, alone, "area") == reconcile.area_rows(
                    analysis, (reporter,)
                )
                assert figures.read(conn, alone, "district") == reconcile.district_rows(
                    analysis, (reporter,)
                )
    assert store.nightly()[[C.DATE, C.AREA_ID, C.FIGURE]].values.tolist() == [
        [night(12), "RU-BRY", 10],
        [night(14), "RU-BEL", 2],
        [night(14), "RU-KLU", 18],
    ]


def test_a_mayors_timed_lines_add_up_but_never_on_top_of_his_running_total(store: Store) -> None:
    add(store, "@mayor window=2025-09-12T04:42/2025-09-12T04:42\nRU-MOW 3", channel="mayor")
    add(store, "@mayor window=2025-09-12T05:10/2025-09-12T05:10\nRU-MOW 2", channel="mayor")
    assert view(store)[[C.FIGURE, C.CHOSEN_BY, "chosen"]].values.tolist() == [
        [5, C.RULE_WINDOWS, ("mayor:2", "mayor:3")]
    ]
    add(store, "@mayor night=2025-09-12\nRU-MOW 7", channel="mayor")
    assert view(store)[[C.FIGURE, C.CHOSEN_BY, "chosen"]].values.tolist() == [
        [7, C.RULE_OVERLAP, ("mayor:7",)]
    ]


def test_stale_reports_are_counted_for_reparse(store: Store, db_url: str) -> None:
    from store.db import make_engine
    from tests.store.conftest import fake_parse

    add(store, "@mod night=2025-09-12\nRU-BRY 10", channel="mod")
    assert store.stale_reports() == 0
    newer = Store(make_engine(db_url), parse=fake_parse, parser_version="fake-2")
    assert newer.stale_reports() == 1
    newer.reparse()
    assert newer.stale_reports() == 0
    newer.close()


def test_a_summary_over_several_days_is_listed_but_placed_nowhere(store: Store) -> None:
    add(store, "@mod window=2025-09-05T00:00/2025-09-12T00:00\nRU-BRY 300", channel="mod")
    add(store, "@mod night=2025-09-12\nRU-BRY 10", channel="mod")
    assert store.nightly()[[C.DATE, C.FIGURE]].values.tolist() == [[night(12), 10]]
    claims = store.claims()
    assert claims[C.COUNT].tolist() == [300, 10]
    # listed on the day its window starts, in no night (docs/reconciliation.md 1)
    assert claims[C.DATE].tolist() == [date(2025, 9, 5), night(12)]
    assert claims[C.UNIT].tolist() == [C.UNIT_PERIOD, C.UNIT_NIGHT]
