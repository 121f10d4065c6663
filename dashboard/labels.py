"""Every word the dashboard shows for a code: one home for each human label.

Codes are defined where they are made (the parser's model, the store's columns); this
module only says them in words.
"""

from __future__ import annotations

from collections.abc import Iterable

from store import columns as C

#: Short readable labels of the discrepancy codes (``store.columns.FLAG_*``), shown on
#: the map's tooltip badge and in the claims table.
FLAG_LABELS = {
    C.FLAG_GOVERNOR_ABOVE_MOD: "governor above ministry",
    C.FLAG_RETELLING_DIFFERS: "retelling differs",
    C.FLAG_TOTAL_MISMATCH: "total ≠ sum of rows",
    C.FLAG_LISTED_TWICE: "area listed twice",
    C.FLAG_OVERLAPPING_WINDOWS: "overlapping windows",
}

#: How a figure's qualifier is said before the number ("at least 5", "about 4").
QUALIFIER_PREFIX = {"exact": "", "at_least": "at least ", "approx": "about "}


def flag_label(code: object) -> str:
    """Return the words of one discrepancy code (an unknown code, its words unslugged)."""
    return FLAG_LABELS.get(str(code), str(code).replace("_", " "))


def flag_labels(codes: Iterable[str]) -> str:
    """Return discrepancy codes as short readable labels joined by "; " ("" for none).

    >>> flag_labels(("governor_above_ministry", "total_differs_from_rows"))
    'governor above ministry; total ≠ sum of rows'
    """
    return "; ".join(flag_label(code) for code in codes)


def flag_text(codes: Iterable[str]) -> str:
    """Return the discrepancy badge of some flag codes ("" when there are none).

    >>> flag_text(["governor_above_ministry", "area_listed_twice"])
    '⚠ governor above ministry; area listed twice'
    """
    labels = flag_labels(codes)
    return f"⚠ {labels}" if labels else ""


def in_total_text(groups: Iterable[tuple[str, int, int]]) -> str:
    """Return how an area named only in totals over several areas is described.

    >>> in_total_text([("r:0", 40, 3)])
    'named in a report with 40 in total over 3 areas'
    >>> in_total_text([("r:0", 40, 3), ("s:0", 12, 2)])
    'named in 2 reports with totals over several areas (40 over 3, 12 over 2)'
    """
    groups = list(groups)
    if not groups:
        return "named in a report with a total over several areas"
    if len(groups) == 1:
        _, total, size = groups[0]
        return f"named in a report with {total} in total over {size} areas"
    parts = ", ".join(f"{total} over {size}" for _, total, size in groups)
    return f"named in {len(groups)} reports with totals over several areas ({parts})"
