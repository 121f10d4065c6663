"""What another speaker adds to a report he did not make: a place named only for its damage.

"Russia's defence ministry said 30 drones were shot down overnight, 12 of them over the Tambov
region ... The governor of the Tambov region said debris damaged a warehouse near Rasskazovo":
the governor gives no figure; he tells where the ministry's drones did harm. His town is no
place of an interception report of his own (the labels of real reports give it no row), so
his report keeps its damage and casualties and names no place.
"""

from __future__ import annotations

from dataclasses import replace

from parsing.model import Report

#: The claims a sentence told for its damage alone: the town hit and the region its towns
#: name (``place_rules._pair``, ``report_rules.rule_region_of_districts``).
_DAMAGE_RULES = frozenset({"place_of_damage", "region_of_districts"})


def drop_damage_places_of_others(reports: list[Report]) -> list[Report]:
    """Take the places from a report that only names where damage was done, when another
    reporter's report with figures comes before it in the text."""
    out = list(reports)
    at = next((k for k, r in enumerate(reports) if r.country == "RU" and _has_figure(r)), None)
    if at is None:
        return out
    first = reports[at]
    for k, r in enumerate(reports[at + 1 :], at + 1):
        if r.country != "RU" or r.reporter == first.reporter:
            continue
        if r.claims and not _has_figure(r) and all(c.rule in _DAMAGE_RULES for c in r.claims):
            out[k] = replace(r, claims=())
    return out


def _has_figure(r: Report) -> bool:
    """Whether a report gives a figure: its total or a claim's count."""
    return r.total is not None or any(c.count is not None for c in r.claims)
