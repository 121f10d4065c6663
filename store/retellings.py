"""Link media texts to the specific statement they retell.

A news agency that restates the ministry's or a governor's statement is not a second
witness: its claims are linked to that statement (``retells`` = the statement id), never
count as an independent confirmation and never make or add to a figure.

A statement is a *retelling candidate* when its reporter is ``media`` or ``other``, or
when it comes from a news source (an RSS feed or a saved article page) even if it names
the ministry or a governor as the speaker. A *source candidate* is a primary reporter's
statement (ministry, governor, mayor) from any other kind of source. A candidate retells
a source of the same country and the same night (or day) when it gives the same total,
or the same set of areas; among several, the one matching on most (total, areas, every
count, same speaker) is chosen, then the earliest published.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from store import columns as C

#: Source kinds that carry other people's statements (news feeds and article pages).
NEWS_SOURCE_KINDS = ("rss", "html")


@dataclass(slots=True)
class Statement:
    """One statement as the ledger sees it: who, where from, when, and its numbers."""

    id: str
    reporter: str
    country: str
    source_kind: str
    unit: str | None
    date: date | None
    published_at: datetime | None
    total: int | None
    #: area id -> the statement's figure for it (None: named without a count)
    areas: dict[str, int | None] = field(default_factory=dict)

    @property
    def is_retelling_candidate(self) -> bool:
        """Return whether this statement may retell another one."""
        return self.reporter not in C.PRIMARY_REPORTERS or self.source_kind in NEWS_SOURCE_KINDS

    def differs_from(self, source: Statement) -> bool:
        """Return whether this statement's numbers differ from ``source``'s."""
        if self.total is not None and source.total is not None and self.total != source.total:
            return True
        return any(
            self.areas.get(area) != source.areas.get(area)
            for area in set(self.areas) | set(source.areas)
        )


def _score(retelling: Statement, source: Statement) -> tuple[int, ...] | None:
    same_total = retelling.total is not None and retelling.total == source.total
    same_areas = bool(retelling.areas) and set(retelling.areas) == set(source.areas)
    if not (same_total or same_areas):
        return None
    same_counts = retelling.areas == source.areas
    same_speaker = retelling.reporter == source.reporter
    published = source.published_at or datetime.max
    # earlier sources first: a negative ordinal keeps "higher is better" for max()
    return (
        same_total + same_areas,
        same_counts,
        same_speaker,
        -published.toordinal(),
        -published.hour * 3600 - published.minute * 60 - published.second,
    )


def link(statements: Iterable[Statement]) -> dict[str, str]:
    """Return ``retelling statement id -> retold statement id`` for ``statements``."""
    by_unit: dict[tuple[str, str | None, date | None], list[Statement]] = {}
    for st in statements:
        by_unit.setdefault((st.country, st.unit, st.date), []).append(st)
    links: dict[str, str] = {}
    for members in by_unit.values():
        sources = [st for st in members if not st.is_retelling_candidate]
        for retelling in members:
            if not retelling.is_retelling_candidate:
                continue
            pool = [
                src
                for src in sources
                if retelling.reporter not in C.PRIMARY_REPORTERS
                or src.reporter == retelling.reporter
            ]
            scored = [(score, src.id) for src in pool if (score := _score(retelling, src))]
            if scored:
                links[retelling.id] = max(scored)[1]
    return links


def differing(statements: Mapping[str, Statement], links: Mapping[str, str]) -> set[str]:
    """Return the retelling statement ids whose numbers differ from the statement retold."""
    return {
        retelling
        for retelling, source in links.items()
        if statements[retelling].differs_from(statements[source])
    }
