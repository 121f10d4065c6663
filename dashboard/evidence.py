"""The evidence view: a report's text as safe HTML with the span behind a claim marked.

Report text is untrusted (anyone can post ``<img src=x onerror=...>`` to a channel): it
is escaped first, and only then is the ``<mark>`` added, so nothing in the text can
become markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

import pandas as pd

from dashboard.labels import QUALIFIER_WORDS
from store import columns as C

#: CSS class of the block the Claims page renders; the browser tests look for it.
EVIDENCE_CLASS = "atlas-evidence"


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def clamp_span(span: tuple[int, int] | None, length: int) -> tuple[int, int] | None:
    """Return ``span`` cut to ``[0, length]``, or None when it is missing or empty."""
    if span is None:
        return None
    start, end = max(0, int(span[0])), min(length, int(span[1]))
    if start >= end:
        return None
    return start, end


def highlight(text: str, span: tuple[int, int] | None) -> str:
    """Return ``text`` escaped as HTML with ``span`` wrapped in ``<mark>``.

    Parameters
    ----------
    text
        The report's text, exactly as stored (spans index into it).
    span
        ``(start, end)`` character offsets of the evidence; None, empty or out-of-range
        parts are ignored (the text is then shown without a mark).

    Examples
    --------
    >>> highlight("Над <b>Брянской</b> сбиты 5", (20, 26))
    'Над &lt;b&gt;Брянской&lt;/b&gt; <mark>сбиты </mark>5'
    """
    cut = clamp_span(span, len(text))
    if cut is None:
        return _escape(text)
    start, end = cut
    return f"{_escape(text[:start])}<mark>{_escape(text[start:end])}</mark>{_escape(text[end:])}"


def evidence_html(text: str, span: tuple[int, int] | None) -> str:
    """Return the whole evidence block: the highlighted text in a wrapping ``<div>``."""
    return (
        f'<div class="{EVIDENCE_CLASS}" style="white-space: pre-wrap; line-height: 1.5">'
        f"{highlight(text, span)}</div>"
    )


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$])")


def escape_markdown(text: str) -> str:
    """Return ``text`` with Markdown punctuation backslash-escaped, for captions."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def safe_url(url: object) -> str | None:
    """Return ``url`` when it is an http(s) address worth linking to, else None.

    A report's own link can be anything (``javascript:...``); only web addresses become
    links.
    """
    if not isinstance(url, str) or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


#: Headers of the claims table, in the order the Claims page shows them.
TABLE_COLUMNS = (
    "Night",
    "Window",
    "Reporter",
    "Area",
    "District",
    "Count",
    "Qualifier",
    "Evidence",
    "Source",
)


def window_text(start: object, end: object) -> str:
    """Return a report window as "14 Sep 20:00–23:30" ("" when either end is missing)."""
    if start is None or end is None or pd.isna(start) or pd.isna(end):
        return ""
    first, last = pd.Timestamp(start), pd.Timestamp(end)  # type: ignore[arg-type]
    if first.date() == last.date():
        return f"{first:%d %b %H:%M}–{last:%H:%M}"
    return f"{first:%d %b %H:%M}–{last:%d %b %H:%M}"


def _source(channel: object, url: object, kind: object) -> str:
    for value in (channel, url, kind):
        if isinstance(value, str) and value:
            return value
    return ""


def night_text(day: object, unit: object, period: object) -> str:
    """Return a claim's night as the Claims page says it: its date, or for a claim placed
    in no night (a recap's period, a window longer than 26 hours) "no night" and its span
    ("no night: week recap")."""
    if unit != C.UNIT_PERIOD:
        return str(day)
    span = f"{period} recap" if isinstance(period, str) and period else "longer than a day"
    return f"no night: {span}"


def claims_table(claims: pd.DataFrame) -> pd.DataFrame:
    """Return the claims as the Claims page's table: plain text cells, one row per claim,
    "Evidence" the sentence's span that states it (as stored: escaped where drawn).

    The index is the claim id, so a row leads back to its claim.
    """
    if claims.empty:
        return pd.DataFrame(columns=list(TABLE_COLUMNS), index=pd.Index([], name=C.CLAIM_ID))
    count = claims[C.COUNT].map(lambda n: "" if n is None or pd.isna(n) else str(int(n)))
    table = pd.DataFrame(
        {
            "Night": [
                night_text(d, u, p)
                for d, u, p in zip(
                    claims[C.DATE], _column(claims, C.UNIT), _column(claims, C.PERIOD), strict=True
                )
            ],
            "Window": [
                window_text(s, e)
                for s, e in zip(claims[C.WINDOW_START], claims[C.WINDOW_END], strict=True)
            ],
            "Reporter": claims[C.REPORTER].fillna("").to_numpy(),
            "Area": claims[C.AREA].fillna("").to_numpy(),
            "District": claims[C.DISTRICT].fillna("").to_numpy(),
            "Count": count.to_numpy(),
            "Qualifier": claims[C.QUALIFIER]
            .map(lambda q: QUALIFIER_WORDS.get(q, q or ""))
            .to_numpy(),
            "Evidence": claims[C.EVIDENCE].fillna("").astype(str).to_numpy(),
            "Source": [
                _source(ch, url, kind)
                for ch, url, kind in zip(
                    claims[C.CHANNEL], claims[C.URL], claims[C.SOURCE_KIND], strict=True
                )
            ],
        },
        index=pd.Index(claims[C.CLAIM_ID].to_numpy(), name=C.CLAIM_ID),
    )
    return table[list(TABLE_COLUMNS)]


def claim_label(row: Mapping[str, object]) -> str:
    """Return the one-line label of a claim in the picker: date, reporter, place, count."""
    place = str(row.get(C.AREA) or row.get(C.AREA_ID) or "")
    district = row.get(C.DISTRICT)
    if isinstance(district, str) and district:
        place = f"{place} / {district}"
    count = row.get(C.COUNT)
    figure = "named" if count is None or pd.isna(count) else str(int(count))  # type: ignore[call-overload]
    when = str(row.get(C.DATE))
    if row.get(C.UNIT) == C.UNIT_PERIOD:
        # a recap placed in no night: its listing day and what it spans
        when = f"{when} ({night_text(None, C.UNIT_PERIOD, row.get(C.PERIOD))})"
    return f"{when} · {row.get(C.REPORTER)} · {place} · {figure}"


def claim_labels(claims: pd.DataFrame) -> dict[str, str]:
    """Return claim id -> :func:`claim_label` of every claim of ``claims`` (a
    ``store.ledger.claims`` frame): the claim picker's options, read column by column (a
    record per claim costs a second a thousand claims)."""
    wanted = (C.CLAIM_ID, C.DATE, C.UNIT, C.PERIOD, C.REPORTER, C.AREA, C.AREA_ID)
    names = tuple(name for name in (*wanted, C.DISTRICT, C.COUNT) if name in claims.columns)
    return {
        row[C.CLAIM_ID]: claim_label(row)
        for row in (
            dict(zip(names, values, strict=True))
            for values in zip(*(claims[name] for name in names), strict=True)
        )
    }


def _column(claims: pd.DataFrame, name: str) -> list[object]:
    """Each claim's ``name`` (None for all in a frame without it: one made by hand, or
    before schema 15's ``period``)."""
    if name not in claims.columns:
        return [None] * len(claims)
    return claims[name].tolist()


#: Headers of the import preview table.
PREVIEW_COLUMNS = (
    "Text",
    "Reporter",
    "Country",
    "Night",
    "Area",
    "District",
    "Count",
    "Qualifier",
    "Problem",
)


def preview_table(items: Sequence[object]) -> pd.DataFrame:
    """Return one row per claim an upload would add (or per text with nothing found).

    ``items`` are ``store.PreviewItem``: ``where``, ``reports`` (``parsing.model.Report``)
    and ``error``. A text without claims gets one row saying so, so nothing is hidden.
    """
    rows = []
    for item in items:
        where = str(getattr(item, "where", ""))
        error = getattr(item, "error", None)
        found = False
        for report in getattr(item, "reports", ()) or ():
            for claim in report.claims:
                found = True
                rows.append(
                    {
                        "Text": where,
                        "Reporter": report.reporter,
                        "Country": report.country,
                        "Night": "" if report.night_of is None else report.night_of.isoformat(),
                        "Area": claim.area,
                        "District": claim.district or "",
                        "Count": "" if claim.count is None else str(claim.count),
                        "Qualifier": QUALIFIER_WORDS.get(claim.qualifier, claim.qualifier),
                        "Problem": "",
                    }
                )
        if not found:
            empty = dict.fromkeys(PREVIEW_COLUMNS, "")
            empty["Text"] = where
            empty["Problem"] = error or "no interception claim found"
            rows.append(empty)
    return pd.DataFrame(rows, columns=list(PREVIEW_COLUMNS))
