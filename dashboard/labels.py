"""Every word the dashboard shows for a code: one home for each human label.

Codes are defined where they are made (the parser's model, the store's columns and
review reasons); this module only says them in words. The two lines every view carries
come from below: the party-claim note is the exports' (:data:`store.export.PARTY_CLAIM_NOTE`)
and the OpenStreetMap attribution the boundary sources' (:data:`geo.sources.OSM_ATTRIBUTION`).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from geo.sources import OSM_ATTRIBUTION
from parsing.model import REPORTERS
from store import columns as C
from store.export import PARTY_CLAIM_NOTE

__all__ = [
    "BOUNDARIES_ATTRIBUTION",
    "CHOSEN_BY_LABELS",
    "COMBINED_LABEL",
    "FLAG_LABELS",
    "OSM_ATTRIBUTION",
    "OSM_COPYRIGHT",
    "PARTY_CLAIM_NOTE",
    "PRECISION_LABELS",
    "QUALIFIER_PREFIX",
    "QUALIFIER_WORDS",
    "REASON_LABELS",
    "REPORTER_LABELS",
    "attribution_html",
    "flag_label",
    "flag_labels",
    "flag_text",
    "in_total_text",
    "map_caption",
]

#: How each reporter kind of ``parsing.model.REPORTERS`` is named, in the parser's order.
REPORTER_LABELS: dict[str, str] = dict(
    zip(
        REPORTERS,
        ("Ministry of Defence", "Governors", "Mayors", "Media retellings", "Other"),
        strict=True,
    )
)

#: The words of a qualifier ("at least 5", "at most 5", "about 4"; an exact figure has none).
QUALIFIER_WORDS = {"exact": "", "at_least": "at least", "at_most": "at most", "approx": "about"}
#: The same, ready to stand before a number.
QUALIFIER_PREFIX = {code: f"{word} " if word else "" for code, word in QUALIFIER_WORDS.items()}

#: How each geolocation precision is shown.
PRECISION_LABELS = {
    C.PRECISION_DISTRICT: "district",
    C.PRECISION_REGION: "region",
    C.PRECISION_SEA: "sea",
    C.PRECISION_MULTI: "several areas",
}

#: Why a text is in review (``store.review`` reasons), in words.
REASON_LABELS = {
    "unknown_place": "a place the gazetteer does not know",
    "count_without_area": "a count with no area",
    "conflicting_numbers": "numbers that contradict each other",
    "doubtful_number": "a number that may be read wrong",
    "no_claim_read": "a figure and a place, but no claim read",
    "figure_not_taken": "a number of drones no claim took (published; to check)",
    "total_over_figures": "a total above its areas' figures (published; to check)",
    "total_not_sum": "a total that is not its rows' sum (published; to check)",
    "area_without_figure": "a region named with no claim (published; to check)",
    "one_without_downing": "one drone read with no downing (published; to check)",
    "region_from_one_part": "a region given one place's figure (published; to check)",
    "night_not_read": "a night named, but no report dated by it (published; to check)",
    "added_after_total": "more drones told after a region's figure (published; to check)",
    "told_twice": "one figure read in two reports (published; to check)",
    "figure_in_other_region": "a figure given to a region not its place's (published; to check)",
    "figure_before_speaker": "a figure read as a speaker's before he is named (published; to check)",
    "unreadable_text": "characters that could not be decoded",
    "implausible_date": "a date before 2022 or in the future",
    "undated": "no date to place it on a night",
    "check_overdue": "the check after the parse did not end in time",
    "parser_error": "the parser failed on it",
    "deleted": "deleted from its channel: its claims no longer count",
}

#: How the reconciliation rule that chose a figure is said.
CHOSEN_BY_LABELS = {
    C.RULE_SINGLE: "the only claim",
    C.RULE_OVERLAP: "the largest of one reporter's overlapping windows (never added)",
    C.RULE_WINDOWS: "one reporter's separate windows added up",
    C.RULE_POSTS: "one channel's posts, each telling its own drones, added up",
    C.RULE_UPDATES: "a post and its updates telling more drones, added up",
    C.RULE_AGREE: "the reporters agree",
    C.RULE_LARGER: "the larger of the reporters' figures",
    C.RULE_SOURCE_OVER_MEDIA: "the primary source over media retellings",
    C.RULE_MEDIA_ONLY: "only media carry a number: the larger",
    C.RULE_NAMED: "named without any number",
}

#: Legend entry of the dashed outline around areas a source counted together.
COMBINED_LABEL = "several areas counted together"
#: Said on the map of a region whose districts no source draws (Krasnoyarsk Krai, Sakha, the
#: four occupied oblasts): its towns are points, never invented polygons.
POINT_TOWNS_NOTE = (
    "District boundaries are missing for this region in every source the Atlas uses: its "
    "towns and villages are drawn as points, and a raion named in a report is shown at its "
    "seat town."
)

#: The boundaries' credit on every map, snapshot and page.
BOUNDARIES_ATTRIBUTION = f"Boundaries {OSM_ATTRIBUTION}"
OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright"


def attribution_html(text: str = BOUNDARIES_ATTRIBUTION) -> str:
    """Return an attribution as HTML, "OpenStreetMap" linking to its copyright page.

    >>> attribution_html()[:38]
    'Boundaries &copy; <a href="https://www'
    """
    link = f'<a href="{OSM_COPYRIGHT}" target="_blank" rel="noopener">OpenStreetMap</a>'
    return html.escape(text).replace("©", "&copy;").replace("OpenStreetMap", link, 1)


#: Short readable labels of the discrepancy codes (``store.columns.FLAG_*``), shown on
#: the map's tooltip badge and in the claims table.
FLAG_LABELS = {
    C.FLAG_GOVERNOR_ABOVE_MOD: "governor above ministry",
    C.FLAG_RETELLING_DIFFERS: "retelling differs",
    C.FLAG_TOTAL_MISMATCH: "total ≠ sum of rows",
    C.FLAG_LISTED_TWICE: "area listed twice",
    C.FLAG_OVERLAPPING_WINDOWS: "overlapping windows",
    C.FLAG_STRUCK_OUT: "struck-out part skipped",
}

#: How a figure's qualifier is said before the number ("at least 5", "at most 5", "about 4").
QUALIFIER_PREFIX = {"exact": "", "at_least": "at least ", "at_most": "at most ", "approx": "about "}


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


def map_caption(title: str) -> str:
    """Return the Map page's caption of a view titled ``title`` (``snapshot.view_title``)."""
    return (
        f"{title}. {PARTY_CLAIM_NOTE} The figure shown for each area is the one the "
        "reconciliation chose, with every reporter behind it in the tooltip."
    )
