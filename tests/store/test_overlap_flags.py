"""The overlapping-windows flag (``store.reconcile``): claims of one reporter, unit and area
whose window overlaps a different window of another statement, found over distinct windows
(a long text of statements gives thousands of claims one night and area)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from store import columns as C
from store.reconcile import AssignedClaim, ClaimRow, _flag_overlapping

NIGHT = datetime(2025, 9, 11, 20, 0)


def _claim(sid: str, n: int, start_h: int, end_h: int) -> AssignedClaim:
    row = ClaimRow(
        f"{sid}:{n}", sid, "mod", "RU", "RU-BRY", "Bryansk", None, None, 1, "exact", False
    )
    start, end = NIGHT + timedelta(hours=start_h), NIGHT + timedelta(hours=end_h)
    return AssignedClaim(row, "night", date(2025, 9, 12), start, end)


def _flagged(claims: list[AssignedClaim]) -> list[str]:
    flags: dict[str, set[str]] = {p.claim.id: set() for p in claims}
    _flag_overlapping(claims, flags)
    return sorted(cid for cid, f in flags.items() if C.FLAG_OVERLAPPING_WINDOWS in f)


def test_overlapping_windows_of_two_statements_are_flagged_and_nothing_else() -> None:
    claims = [
        _claim("a", 0, 0, 6),  # overlaps b's 3-11: flagged
        _claim("a", 1, 0, 6),
        _claim("b", 0, 3, 11),  # flagged (a's window, and c's)
        _claim("c", 0, 6, 11),  # touches a's (not an overlap), overlaps b's: flagged
        _claim("d", 0, 3, 11),  # b's window repeated: only c's differs, and overlaps
        _claim("e", 0, 11, 12),  # touches b, c and d: nothing
        _claim("f", 0, 20, 22),  # alone
        _claim("f", 1, 21, 23),  # the same statement's other window: nothing
    ]
    assert _flagged(claims) == ["a:0", "a:1", "b:0", "c:0", "d:0"]


def test_one_statements_windows_never_flag_each_other() -> None:
    assert _flagged([_claim("a", k, k, k + 3) for k in range(5)]) == []


def _pairwise(claims: list[AssignedClaim]) -> list[str]:
    """Every pair of claims compared (how the flag was computed before)."""
    out: set[str] = set()
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if (
                a.claim.statement_id != b.claim.statement_id
                and a.start < b.end
                and b.start < a.end
                and (a.start, a.end) != (b.start, b.end)
            ):
                out.update((a.claim.id, b.claim.id))
    return sorted(out)


@given(
    st.lists(
        st.tuples(
            st.sampled_from("abcd"), st.integers(0, 12), st.integers(-1, 6)
        ),  # statement, start hour, length (0: a point, -1: an end before the start)
        max_size=14,
    )
)
def test_the_flag_is_the_pairwise_rule(spec: list[tuple[str, int, int]]) -> None:
    claims = [_claim(sid, n, start, start + length) for n, (sid, start, length) in enumerate(spec)]
    assert _flagged(claims) == _pairwise(claims)
