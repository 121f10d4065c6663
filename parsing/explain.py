"""Explain a parse: which rule produced each claim, from which words (the razdel/yargy habit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from parsing.model import Report
from parsing.report_rules import REPORT_RULES
from parsing.rules import RULES, rule_name


def rules_text() -> str:
    """The rules in the order they run, one line each: name and the first line of its doc."""
    lines = []
    groups: tuple[tuple[str, tuple[Callable[..., object], ...]], ...] = (
        ("sentence rules", RULES),
        ("report rules", REPORT_RULES),
    )
    for title, rules in groups:
        lines.append(f"{title}, in order:")
        lines.extend(
            f"  {i:>2}. {rule_name(rule)}: {_first_line(rule.__doc__)}"
            for i, rule in enumerate(rules, 1)
        )
    return "\n".join(lines)


def _first_line(doc: str | None) -> str:
    return " ".join((doc or "").strip().split("\n\n")[0].split())


def explain(text: str, reports: list[Report]) -> list[str]:
    """Return one line per claim: report number, area, count, rule and the quoted evidence."""
    lines = []
    for i, r in enumerate(reports):
        when = r.night_of.isoformat() if r.night_of else ""
        if r.window:
            when = f"{r.window.start.isoformat()} .. {r.window.end.isoformat()}"
        elif r.hours:
            when = f"{r.hours.start:%H:%M} .. {r.hours.end:%H:%M} (no date)"
        lines.append(
            f"report {i}: {r.reporter} {r.country} {when} total={r.total} ({r.total_qualifier})"
        )
        for c in r.claims:
            a, b = c.evidence
            where = c.area_id + (f"/{c.district_id}" if c.district_id else "")
            unsure = f" unsure: {c.doubt}" if c.doubt else ""
            lines.append(
                f"  {where} count={c.count} ({c.qualifier}) <- {c.rule}: {text[a:b]!r} [{a}:{b}]{unsure}"
            )
        for why, (a, b) in r.doubts:
            lines.append(f"  undecided: {text[a:b]!r} [{a}:{b}]: {why}")
    return lines


def explain_text(text: str, published: date | None = None) -> str:
    """Parse ``text`` and return the explanation as one string."""
    from parsing import parse  # the package imports this module's neighbours first

    return "\n".join(explain(text, parse(text, published)))
