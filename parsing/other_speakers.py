"""What another speaker adds to a report he did not make: a place named only for its damage.

Two kinds of damage, told by a speaker who gives no figure after a report with figures:
- "The governor of the Tambov region said two drones struck a depot near Kotovsk": drones that
  hit a place were not downed there; his town is no place of an interception (the labels of
  real reports give it no row: corpus-dev b022), so his report keeps its damage and casualties
  and names no place.
- "The ministry said 24 drones were shot down over the Belgorod region. The governor said
  debris fell in Shebekino": the debris is what is left of a drone downed there; he tells
  where the ministry's interceptions fell, and his town keeps its row (corpus-dev 013, the
  headquarters' Tuapse after the ministry's figures).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsing.model import Report
from parsing.vocab import DEBRIS_RE

#: The claims a sentence told for its damage alone: the town hit and the region its towns
#: name (``place_rules._pair``, ``report_rules.rule_region_of_districts``).
_DAMAGE_RULES = frozenset({"place_of_damage", "region_of_districts"})


def drop_damage_places_of_others(reports: list[Report], low: str) -> list[Report]:
    """Take the places from a report that only names where drones struck, when another
    reporter's report with figures comes before it in the text (``low``: the lower-cased text
    the reports were read from)."""
    out = list(reports)
    at = next((k for k, r in enumerate(reports) if r.country == "RU" and _has_figure(r)), None)
    if at is None:
        return out
    first = reports[at]
    for k, r in enumerate(reports[at + 1 :], at + 1):
        if r.country != "RU" or r.reporter == first.reporter:
            continue
        if (
            r.claims
            and not _has_figure(r)
            and all(c.rule in _DAMAGE_RULES for c in r.claims)
            and not _tells_of_debris(r, low)
        ):
            out[k] = replace(r, claims=())
    return out


def _has_figure(r: Report) -> bool:
    """Whether a report gives a figure: its total or a claim's count."""
    return r.total is not None or any(c.count is not None for c in r.claims)


def _tells_of_debris(r: Report, low: str) -> bool:
    """Whether the report's words up to the end of its last place's sentence speak of a downed
    drone's debris ("в Раменском и Домодедове обломками повреждены дома": after the places)."""
    start = r.evidence[0] if r.evidence else min(c.evidence[0] for c in r.claims)
    end = _SENTENCE_END.search(low, max(c.evidence[1] for c in r.claims))
    return DEBRIS_RE.search(low, start, end.start() if end else len(low)) is not None


#: Where a sentence ends: its full stop, mark or line break.
_SENTENCE_END = re.compile(r"[.!?\n]")
