"""A correction that names the figure it replaces, taken when the parse could not place it.

A governor's reply under his post, "Уточнение: не 5, а 7 БПЛА." (no verb: the parser reads no
statement in it), joined to the post "Над Курской областью сбиты 5 БПЛА." (``store.replies``),
gave the post's 5 and "a correction gives 7, but no claim took it": the text was held and the 5
left the map until a person resolved it, though the text says figure for figure what to do.
An analyst expects the 7 on the map at once, never the 5 and never both (docs/reconciliation.md
7.7). So when every reason that holds a text is such a correction (``conflicting_numbers``),
the correction reads "не N, а M" or "M, а не N" ("not N but M", "M, not N") after a
correction's head ("Уточнение:", "Correction:", the vocabulary of a text that corrects itself),
and exactly one claim of the parse has the figure N, that claim takes M, its evidence the words
"не 5, а 7" (the original and the correction side by side in the claims table). The text is
checked again with the figure taken; if anything still holds it, it is held as the parse left it.
Nothing else is read here: a correction without the figure it replaces, or one that two claims
could be, stays for a person. A correction of the correction ("не 6, а 8" under it) is taken
after it, in the text's order, and so is one of a correction the parse read itself ("сбиты не
5, а 7 беспилотников", then "не 7, а 6"); one that names a figure no longer in force is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from store.importers.replies import correction_at
from store.rows import HOLDING_REASONS, holds, problems

#: A correction's head: "Уточнение:", "Поправка.", "Correction:" (the heads whose figure the
#: parser's check says no claim took, ``parsing.diagnostics``).
_HEAD = re.compile(
    r"(?<![\w-])(?:уточнение|поправка|исправление|correction|corrected)\s*[:.(–—-]", re.IGNORECASE
)
#: The rule a claim whose figure a correction replaced names.
RULE = "spelt_correction"
#: The one holding reason such a correction leaves.
_CORRECTION_HELD = "conflicting_numbers"


def checked(
    text: str,
    reports: Sequence[Any],
    published: datetime | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Any], list[tuple[str, str]]]:
    """The reports to store for ``text`` and their problems (:func:`store.rows.problems`), a
    correction that names the figure it replaces taken (module docstring)."""
    found = problems(text, reports, published, progress=progress)
    if not holds(found) or any(
        reason in HOLDING_REASONS and reason != _CORRECTION_HELD for reason, _detail in found
    ):
        return list(reports), found
    taken = _taken(text, reports)
    if taken is None:
        return list(reports), found
    again = problems(text, taken, published)
    return (list(reports), found) if holds(again) else (taken, again)


def _taken(text: str, reports: Sequence[Any]) -> list[Any] | None:
    """``reports`` with the one claim of each figure a correction replaces given the new one,
    corrections in the order they come (a correction of the correction: 4 -> 6, then 6 -> 8).
    A correction the parse read itself ("сбиты не 5, а 7 беспилотников": one claim of 7 whose
    evidence holds it) is the figure in force, which the next may replace ("не 7, а 6"); a
    correction of a figure not in force leaves the text to a person."""
    pairs = _replaced(text)
    if not pairs:
        return None
    out = list(reports)
    corrected: set[tuple[int, int]] = set()  # the claims whose figure a correction gave
    for old, new, span in pairs:
        where = _claims_of(out, old)
        if not where:
            read = [(k, n) for k, n in _claims_of(out, new) if _holds(out[k].claims[n], span)]
            if len(read) != 1:
                return None
            corrected.update(read)
            continue
        if len(where) != 1:
            return None
        k, n = where[0]
        claims = list(out[k].claims)
        if (k, n) in corrected:  # corrected before: its evidence reaches from the first
            span = (min(claims[n].evidence[0], span[0]), max(claims[n].evidence[1], span[1]))
        claims[n] = replace(claims[n], count=new, evidence=span, rule=RULE)
        corrected.add((k, n))
        total = new if out[k].total == old else out[k].total
        out[k] = replace(out[k], claims=tuple(claims), total=total)
    return out


def _claims_of(reports: Sequence[Any], count: int) -> list[tuple[int, int]]:
    """Where the claims of drones with figure ``count`` are: (report, claim) indices."""
    return [
        (k, n)
        for k, report in enumerate(reports)
        for n, claim in enumerate(report.claims)
        if claim.kind == "drone" and claim.count == count
    ]


def _holds(claim: Any, span: tuple[int, int]) -> bool:
    """Whether a claim's evidence holds a correction's words (``span``)."""
    return bool(claim.evidence[0] <= span[0] and span[1] <= claim.evidence[1])


def _replaced(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """Each figure a correction of the text takes back, the one that replaces it and the span
    of both ("не 5, а 7"), in the text's order (``parsing.counts.figures_set_right``, the
    parser's own reading, after the correction's head)."""
    # (the parser is loaded when texts are parsed)
    from parsing.counts import figures_set_right
    from parsing.text import lower

    head = _HEAD.search(text)
    heads = [at for at in (head.start() if head else None, correction_at(text)) if at is not None]
    if not heads:
        return []
    start = min(heads)
    return [
        (x.old, x.new, (x.start, x.end)) for x in figures_set_right(lower(text)) if x.start >= start
    ]
