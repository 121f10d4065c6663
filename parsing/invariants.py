"""Check a parse's invariants at the package boundary, collect every problem, raise once."""

from __future__ import annotations

from geo.area_ids import MOSCOW_REGION, parts
from parsing._errors import InvariantError
from parsing.model import Report


def validate(reports: list[Report], text: str) -> list[Report]:
    """Return ``reports`` unchanged, or raise :class:`InvariantError` (a bug) naming every
    broken rule."""
    problems: list[str] = []
    for i, r in enumerate(reports):
        where = f"report {i}"
        if r.total is not None and r.total < 0:
            problems.append(f"{where}: negative total {r.total!r}")
        if r.window is not None and (
            r.window.start.tzinfo is None or r.window.end < r.window.start
        ):
            problems.append(f"{where}: bad window {r.window!r}")
        if r.country == "UA" and r.claims:
            problems.append(f"{where}: Ukraine's report carries claims over Russia")
        for c in r.claims:
            a, b = c.evidence
            if not 0 <= a < b <= len(text):
                problems.append(
                    f"{where}: evidence {c.evidence!r} outside the text of length {len(text)}"
                )
            if c.count is not None and c.count < 0:
                problems.append(f"{where}: negative count {c.count!r} for {c.area_id!r}")
            ids = list(parts(c.area_id))
            if c.area_id != MOSCOW_REGION and ids != sorted(ids):
                problems.append(f"{where}: combined area {c.area_id!r} not in sorted order")
    if problems:
        msg = "parser output breaks its invariants: " + "; ".join(problems)
        raise InvariantError(msg)
    return reports
