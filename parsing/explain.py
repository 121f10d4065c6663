"""Explain a parse: which rule produced each claim, from which words (the razdel/yargy habit)."""

from __future__ import annotations

from datetime import date

from parsing.model import Report


def explain(text: str, reports: list[Report]) -> list[str]:
    """Return one line per claim: report number, area, count, rule and the quoted evidence."""
    lines = []
    for i, r in enumerate(reports):
        when = r.night_of.isoformat() if r.night_of else ""
        if r.window:
            when = f"{r.window.start.isoformat()} .. {r.window.end.isoformat()}"
        lines.append(f"report {i}: {r.reporter} {r.country} {when} total={r.total} ({r.total_qualifier})")
        for c in r.claims:
            a, b = c.evidence
            where = c.area_id + (f"/{c.district_id}" if c.district_id else "")
            lines.append(f"  {where} count={c.count} ({c.qualifier}) <- {c.rule}: {text[a:b]!r} [{a}:{b}]")
    return lines


def explain_text(text: str, published: date | None = None) -> str:
    """Parse ``text`` and return the explanation as one string."""
    from parsing import parse  # the package imports this module's neighbours first

    return "\n".join(explain(text, parse(text, published)))
