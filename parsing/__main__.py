"""Command line: ``python -m parsing [--published YYYY-MM-DD] [--source NAME] [--json] [--explain] FILE...``.

``-`` reads stdin. With ``--json`` one line per file; otherwise a readable table.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from parsing import detect_language, parse
from parsing.explain import explain, rules_text
from parsing.model import Report


def report_dict(r: Report, *, explain: bool = False) -> dict[str, Any]:
    """Return a report as the command line's JSON object; ``explain`` adds each claim's rule."""
    claims = []
    for c in r.claims:
        d: dict[str, Any] = {
            "area_id": c.area_id,
            "area": c.area,
            "district_id": c.district_id,
            "district": c.district,
            "count": c.count,
            "qualifier": c.qualifier,
            "evidence": list(c.evidence),
        }
        if explain:
            d["rule"] = c.rule
        claims.append(d)
    return {
        "reporter": r.reporter,
        "country": r.country,
        "window": {"start": r.window.start.isoformat(), "end": r.window.end.isoformat()}
        if r.window
        else None,
        "hours": {"start": f"{r.hours.start:%H:%M}", "end": f"{r.hours.end:%H:%M}"}
        if r.hours
        else None,
        "night_of": r.night_of.isoformat() if r.night_of else None,
        # a recap's span when it is no night's or day's ("week", "month", "year", "days")
        "period": r.period,
        "total": r.total,
        "total_qualifier": r.total_qualifier,
        "claims": claims,
        "damage": r.damage,
        "casualties": {"killed": r.casualties.killed, "injured": r.casualties.injured},
    }


def _table(path: str, text: str, reports: list[Report]) -> str:
    lines = [f"== {path} ({detect_language(text)}): {len(reports)} report(s)"]
    for r in reports:
        when = r.night_of.isoformat() if r.night_of else ""
        if r.window:
            when = f"{r.window.start:%Y-%m-%d %H:%M}-{r.window.end:%H:%M}"
        elif r.hours:
            when = f"{r.hours.start:%H:%M}-{r.hours.end:%H:%M} (no date)"
        total = "" if r.total is None else f"{r.total} ({r.total_qualifier})"
        lines.append(f"  {r.reporter:<8} {r.country} {when or '-':<22} total {total or '-'}")
        for c in r.claims:
            where = c.area_id + (f" / {c.district}" if c.district else "")
            count = "-" if c.count is None else str(c.count)
            quote = text[c.evidence[0] : c.evidence[1]].replace("\n", " ")
            lines.append(f"    {where:<34} {count:>5} {c.qualifier:<8} {quote[:60]!r}")
        if r.damage:
            lines.append(f"    damage: {r.damage}")
        if r.casualties.killed is not None or r.casualties.injured is not None:
            lines.append(f"    killed {r.casualties.killed}, injured {r.casualties.injured}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    ap = argparse.ArgumentParser(
        prog="python -m parsing", description="Parse interception reports."
    )
    ap.add_argument(
        "--published", type=date.fromisoformat, default=None, help="publication date YYYY-MM-DD"
    )
    ap.add_argument("--json", action="store_true", help="one JSON line per file")
    ap.add_argument(
        "--explain",
        action="store_true",
        help="list the rules in order, and show the rule behind each claim",
    )
    ap.add_argument(
        "--source",
        default=None,
        help="who published the texts (a channel's title): the reporter of unattributed reports",
    )
    ap.add_argument("files", nargs="*", help="text files; - reads stdin")
    args = ap.parse_args(argv)
    if not args.files and not args.explain:
        ap.error("give at least one FILE (or --explain to list the rules)")
    if args.explain and not args.json:
        print(rules_text())
    status = 0
    for path in args.files:
        try:
            if path == "-":
                text = sys.stdin.read()
            else:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
        except OSError as exc:
            print(f"{path}: {exc.strerror}", file=sys.stderr)
            status = 1
            continue
        reports = parse(text, args.published, source=args.source)
        if args.json:
            out = {
                "path": path,
                "language": detect_language(text),
                "reports": [report_dict(r, explain=args.explain) for r in reports],
            }
            print(json.dumps(out, ensure_ascii=False))
        else:
            print(_table(path, text, reports))
            if args.explain:
                print("\n".join(explain(text, reports)))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
