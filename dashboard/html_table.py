"""A frame of plain text cells as a light HTML table: what the Claims page draws instead
of Streamlit's data grid.

The grid (``st.dataframe``) is a canvas drawn by a large script chunk: on the Claims page
it cost chromium about 1.5 s of CPU, whatever the number of rows. A page of 50 rows as
HTML costs it next to nothing (docs/performance.md). Every cell is report text or made
from it, so every cell is escaped: nothing in a cell can become markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd

#: Rows a page of the claims table shows.
PAGE_ROWS = 50
#: The page sizes a reader can pick besides :data:`PAGE_ROWS` (the Claims page's "Rows
#: per page"): a screenful, and more for reading along a long week.
PAGE_SIZES = (25, 50, 100, 200)

#: The table's look, kept with it (Streamlit's own theme variables where it has them).
STYLE = """<style>
.{cls} {{ overflow-x: auto; max-height: 36rem; overflow-y: auto; }}
.{cls} table {{ border-collapse: collapse; font-size: 0.85rem; width: 100%; }}
.{cls} th {{ position: sticky; top: 0; background: var(--st-secondary-background-color, #f0f2f6);
  text-align: left; font-weight: 600; }}
.{cls} th, .{cls} td {{ padding: 0.2rem 0.45rem; border-bottom: 1px solid rgba(128,128,128,.25);
  vertical-align: top; }}
.{cls} td {{ max-width: 28rem; overflow-wrap: break-word; }}
</style>"""


def _cell(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return ""
    return html.escape(str(value), quote=True)


def html_table(frame: pd.DataFrame, css_class: str) -> str:
    """Return ``frame``'s columns and rows as an HTML table in a ``<div class=css_class>``
    (its index left out), every header and cell escaped.

    >>> html_table(pd.DataFrame({"A": ["<b>1</b>"]}), "t").split("</style>")[1]
    '<div class="t"><table><thead><tr><th>A</th></tr></thead><tbody><tr><td>&lt;b&gt;1&lt;/b&gt;</td></tr></tbody></table></div>'
    """
    head = "".join(f"<th>{_cell(name)}</th>" for name in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{_cell(value)}</td>" for value in values) + "</tr>"
        for values in zip(*(frame[name] for name in frame.columns), strict=True)
    )
    cls = html.escape(css_class, quote=True)
    return (
        STYLE.format(cls=cls)
        + f'<div class="{cls}"><table><thead><tr>{head}</tr></thead>'
        + f"<tbody>{rows}</tbody></table></div>"
    )


def page_sizes() -> list[int]:
    """Return the page sizes offered, smallest first (:data:`PAGE_ROWS` among them).

    >>> page_sizes()
    [25, 50, 100, 200]
    """
    return sorted({PAGE_ROWS, *PAGE_SIZES})


def row_pages(rows: int, size: int) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` row slices a table of ``rows`` rows is shown in,
    ``size`` rows a page.

    >>> row_pages(120, 50)
    [(0, 50), (50, 100), (100, 120)]
    >>> row_pages(0, 50)
    []
    """
    return [(start, min(rows, start + size)) for start in range(0, rows, size)]


def page_label(rows: Sequence[int], total: int) -> str:
    """Return how a page of rows is named in its picker: "rows 51–100 of 886"."""
    start, end = rows
    return f"rows {start + 1:,}–{end:,} of {total:,}"
