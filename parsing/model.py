"""The facts a parse returns: frozen value objects that keep their evidence spans."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Literal, get_args

Reporter = Literal["mod", "governor", "mayor", "media", "other"]
Country = Literal["RU", "UA"]
#: ``at_most`` is an upper bound ("до 5 БПЛА", "не более пяти", "up to 5 drones", "<5").
Qualifier = Literal["exact", "at_least", "at_most", "approx"]
#: ``drone`` is an interception; the other kinds are kept for review, never counted.
ClaimKind = Literal["drone", "missile", "boat", "aerial_target"]
#: The span a report's figure belongs to when it is no night's or day's (``Report.period``):
#: ``week`` ("за неделю", "на прошлой неделе", "last week", seven days ending before the text),
#: ``month`` ("за месяц", "в марте", "a month ago", a season), ``year`` ("в прошлом году", "two
#: years ago") and ``days`` (a run of days given by its dates, "с 3 по 9 ноября", or a weekend or
#: a day of a past week); a tally since the year, the month or the week began is that year's,
#: month's or week's ("С начала недели над областью уничтожены 96": ``vocab.SINCE_PERIOD``).
#: Tallies since the start of the war are no report at all (``vocab.FOOTER``): no period.
Period = Literal["week", "month", "year", "days"]

#: The codes above as tuples, the one list every other part imports. Reporters are in
#: rank order: primary sources first (the ministry, then governors and mayors), then
#: media retellings; qualifiers from the most to the least certain (a bound either way, then
#: "about").
REPORTERS: tuple[Reporter, ...] = get_args(Reporter)
COUNTRIES: tuple[Country, ...] = get_args(Country)
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
CLAIM_KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)
PERIODS: tuple[Period, ...] = get_args(Period)


def sum_qualifier(qualifiers: Iterable[str]) -> Qualifier:
    """Return the qualifier of a sum of figures with ``qualifiers`` (exact when there are none).

    The least certain wins ("about" over a bound, a bound over exact); a lower bound added to
    an upper one ("более 5" and "до 3") bounds the sum neither way: "about".
    """
    found = set(qualifiers)
    if "approx" in found or {"at_least", "at_most"} <= found:
        return "approx"
    if "at_least" in found:
        return "at_least"
    return "at_most" if "at_most" in found else "exact"


@dataclass(frozen=True, slots=True)
class Window:
    """A time window in Moscow time (timezone-aware datetimes, +03:00)."""

    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Hours:
    """A window's clock hours in Moscow time when no calendar day is known.

    "с 23:00 12 ноября до 8:00 13 ноября" in a text with no year and no publication date, or
    "Between 8 p.m. and 11 p.m. Moscow time" with no date at all: the hours are what the text
    says, though no :class:`Window` can be made of them. ``start == end`` is a single time.
    """

    start: time
    end: time


@dataclass(frozen=True, slots=True)
class Casualties:
    """People killed and injured: 0 when the text says nobody, None when it is silent."""

    killed: int | None = None
    injured: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure for one area (and optionally one district) with the text that supports it.

    ``area_id`` is an ISO 3166-2 code (``RU-BRY``, ``UA-43``), a sea id (``SEA-BLACK``),
    or several ids joined with ``+`` for a combined count (``SEA-BLACK+SEA-AZOV``; the
    ministry's "Московский регион" is ``RU-MOW+RU-MOS``). ``count`` is None when the text
    names the place without a number. ``evidence`` is a ``(start, end)`` character span.
    """

    area_id: str
    area: str
    count: int | None
    qualifier: Qualifier
    evidence: tuple[int, int]
    district_id: str | None = None
    district: str | None = None
    kind: ClaimKind = "drone"
    rule: str = ""
    #: why the parser is unsure of this claim (None when it is not): "RU-BRY listed twice (3 and 1)"
    doubt: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """One report found in a text: who said it, for when, and the claims it makes."""

    reporter: Reporter
    country: Country
    window: Window | None
    night_of: date | None
    total: int | None
    total_qualifier: Qualifier | None
    claims: tuple[Claim, ...] = field(default_factory=tuple)
    damage: str | None = None
    casualties: Casualties = field(default_factory=Casualties)
    evidence: tuple[int, int] | None = None
    #: what the parser read but could not decide ("'Кировский район' matches 5 places ..."),
    #: each with its span: the store sends such a text to review
    doubts: tuple[tuple[str, tuple[int, int]], ...] = ()
    #: the hours of a window no calendar day is known for (``window`` is None then)
    hours: Hours | None = None
    #: the hours of a day or of its evening the text names without a clock ("вечером 3
    #: октября", "вчера", "on Sunday evening"): where the report lies on the calendar (the
    #: store places it there); ``window`` is None then, since the text told no hours
    #: (docs/labels.md)
    day_span: Window | None = None
    #: it is an update of the text that tells more drones than the reports before it ("UPD:
    #: сбиты ещё два", "Update: two more were downed"): all its figures are additional, to be
    #: added to the text's figure, never a version of it (a running total, a figure recalled)
    adds_to_previous: bool = False
    #: it is a recap over a week, a month, a year or a run of days, or an earlier report of such
    #: a span ("За минувшую неделю сбиты 150", "На прошлой неделе ... 40"): its figure belongs to
    #: no night or day (``night_of`` is None; ``window`` holds the days when the text dates
    #: them), so the map places it on none (docs/labels.md, docs/reconciliation.md 1)
    period: Period | None = None
