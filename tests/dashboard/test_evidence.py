"""The evidence view escapes report text before marking the span; the claims table."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from dashboard.evidence import (
    TABLE_COLUMNS,
    claim_label,
    claim_labels,
    claims_table,
    escape_markdown,
    evidence_html,
    highlight,
    preview_table,
    safe_url,
)
from parsing.model import Claim, Report
from settings import MSK
from store import PreviewItem
from store import columns as C


def test_highlight_marks_the_span() -> None:
    text = "Ночью над Калужской областью сбито 18 БПЛА."
    start = text.index("сбито")
    assert highlight(text, (start, start + len("сбито 18 БПЛА"))) == (
        "Ночью над Калужской областью <mark>сбито 18 БПЛА</mark>."
    )


def test_markup_in_the_text_is_escaped_inside_and_outside_the_span() -> None:
    text = '<script>alert(1)</script> над Брянской <img src=x onerror=alert(1)> сбиты "5"'
    start = text.index("<img")
    html = highlight(text, (start, len(text)))
    assert html == (
        "&lt;script&gt;alert(1)&lt;/script&gt; над Брянской "
        "<mark>&lt;img src=x onerror=alert(1)&gt; сбиты &quot;5&quot;</mark>"
    )
    assert "<script" not in html and "<img" not in html


def test_newlines_become_line_breaks_and_the_block_is_one_div() -> None:
    html = evidence_html("первая\n\nвторая", None)
    assert html == (
        '<div class="atlas-evidence" style="white-space: pre-wrap; line-height: 1.5">'
        "первая<br><br>вторая</div>"
    )


@pytest.mark.parametrize("span", [None, (5, 5), (9, 3), (40, 50)])
def test_missing_empty_or_outside_spans_mark_nothing(span: tuple[int, int] | None) -> None:
    assert highlight("a < b", span) == "a &lt; b"


def test_a_span_past_the_end_is_cut() -> None:
    assert highlight("abc<d", (2, 99)) == "ab<mark>c&lt;d</mark>"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://t.me/example/12", "https://t.me/example/12"),
        (" http://example.org/a ", "http://example.org/a"),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("//example.org", None),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_only_web_addresses_become_links(url: object, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_escape_markdown() -> None:
    assert escape_markdown("[x](javascript:1) *b*") == r"\[x\]\(javascript\:1\) \*b\*"


def _claims() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            C.CLAIM_ID: ["r1:0:0", "r2:0:0"],
            C.DATE: [date(2025, 9, 14), date(2025, 9, 2)],
            C.WINDOW_START: [None, datetime(2025, 9, 2, 20, 0, tzinfo=MSK)],
            C.WINDOW_END: [None, datetime(2025, 9, 2, 23, 0, tzinfo=MSK)],
            C.REPORTER: ["governor", "mod"],
            C.AREA_ID: ["RU-KLU", "RU-VOR"],
            C.AREA: ["Калужская область", "Воронежская область"],
            C.DISTRICT: ["Кировский район", None],
            C.COUNT: pd.array([None, 5], dtype="Int64"),
            C.QUALIFIER: ["exact", "at_least"],
            C.CHANNEL: ["Губернатор", None],
            C.URL: [None, "https://wire.example.org/x"],
            C.SOURCE_KIND: ["telegram", "rss"],
            C.EVIDENCE: ["<b>сбит</b> над районом", None],
        }
    )
    return frame


def test_claims_table_is_plain_text_indexed_by_claim() -> None:
    expected = pd.DataFrame(
        {
            "Night": ["2025-09-14", "2025-09-02"],
            "Window": ["", "02 Sep 20:00–23:00"],
            "Reporter": ["governor", "mod"],
            "Area": ["Калужская область", "Воронежская область"],
            "District": ["Кировский район", ""],
            "Count": ["", "5"],
            "Qualifier": ["", "at least"],
            "Evidence": ["<b>сбит</b> над районом", ""],
            "Source": ["Губернатор", "https://wire.example.org/x"],
        },
        index=pd.Index(["r1:0:0", "r2:0:0"], name=C.CLAIM_ID),
    )
    pd.testing.assert_frame_equal(claims_table(_claims()), expected)
    assert tuple(claims_table(_claims().iloc[0:0]).columns) == TABLE_COLUMNS


def test_claim_label() -> None:
    rows = _claims().to_dict("records")
    assert (
        claim_label(rows[0])
        == "2025-09-14 · governor · Калужская область / Кировский район · named"
    )
    assert claim_label(rows[1]) == "2025-09-02 · mod · Воронежская область · 5"


def test_claim_labels_label_every_claim_by_its_id() -> None:
    assert claim_labels(_claims()) == {
        "r1:0:0": "2025-09-14 · governor · Калужская область / Кировский район · named",
        "r2:0:0": "2025-09-02 · mod · Воронежская область · 5",
    }
    assert claim_labels(_claims().iloc[0:0]) == {}


def test_preview_table_lists_claims_and_texts_without_any() -> None:
    report = Report(
        reporter="governor",
        country="RU",
        window=None,
        night_of=date(2025, 9, 14),
        total=18,
        total_qualifier="exact",
        claims=(
            Claim(
                area_id="RU-KLU",
                area="Калужская область",
                count=18,
                qualifier="exact",
                evidence=(0, 10),
            ),
        ),
    )
    items = [
        PreviewItem(
            where="result.json: message 517", text="…", published=None, reports=(report,), claims=1
        ),
        PreviewItem(
            where="result.json: message 518", text="…", published=None, reports=(), claims=0
        ),
        PreviewItem(
            where="result.json: message 519",
            text="…",
            published=None,
            reports=(),
            claims=0,
            error="ValueError: bad",
        ),
    ]
    expected = pd.DataFrame(
        [
            [
                "result.json: message 517",
                "governor",
                "RU",
                "2025-09-14",
                "Калужская область",
                "",
                "18",
                "",
                "",
            ],
            ["result.json: message 518", "", "", "", "", "", "", "", "no interception claim found"],
            ["result.json: message 519", "", "", "", "", "", "", "", "ValueError: bad"],
        ],
        columns=[
            "Text",
            "Reporter",
            "Country",
            "Night",
            "Area",
            "District",
            "Count",
            "Qualifier",
            "Problem",
        ],
    )
    pd.testing.assert_frame_equal(preview_table(items), expected)
