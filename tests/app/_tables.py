"""Read the HTML tables a page draws (``dashboard.html_table``) back into frames, as a
browser would show them: the text of each header and cell, entities decoded."""

from __future__ import annotations

import base64
from html.parser import HTMLParser

import pandas as pd
from streamlit.testing.v1 import AppTest

from app_pages.claims import LEDGER_CLASS, TABLE_CLASS
from dashboard import html_blocks


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.tags: list[str] = []  # every start tag inside a cell (none are expected)
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self._cell = []
        elif self._cell is not None:
            self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def table_frame(body: str) -> pd.DataFrame:
    """Return the one table of ``body`` as a frame of its cells' text (header first)."""
    cells = _Cells()
    cells.feed(body)
    cells.close()
    assert cells.tags == [], f"markup inside a cell: {cells.tags}"
    head, *rows = cells.rows
    return pd.DataFrame(rows, columns=head)


def _one(at: AppTest, css_class: str) -> str:
    bodies = [h.value for h in at.html if f'class="{css_class}"' in h.value]
    assert len(bodies) == 1, f"{len(bodies)} tables of class {css_class} drawn"
    return bodies[0]


def claims_html(at: AppTest) -> str:
    """Return the HTML of the Claims page's table (exactly one is drawn)."""
    return _one(at, TABLE_CLASS)


def ledger_table(at: AppTest) -> pd.DataFrame:
    """Return the rows of the Claims page's ledger of one night and area."""
    return table_frame(_one(at, LEDGER_CLASS))


def claims_table(at: AppTest) -> pd.DataFrame:
    """Return the rows the Claims page's table shows, one column per header."""
    return table_frame(claims_html(at))


def map_tables(at: AppTest) -> list[pd.DataFrame]:
    """Return the Map page's figures tables drawn (none when no area has a figure)."""
    from app_pages import map as map_page  # a page script: imported where it is read

    return [table_frame(h.value) for h in at.html if f'class="{map_page.TABLE_CLASS}"' in h.value]


def map_table(at: AppTest) -> pd.DataFrame:
    """Return the rows of the Map page's figures table (exactly one is drawn)."""
    from app_pages import map as map_page

    return table_frame(_one(at, map_page.TABLE_CLASS))


class _Figures(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, list[str]] = {"label": [], "value": []}
        self.tags: list[str] = []  # every tag inside a label or value (none are expected)
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._in is not None:
            self.tags.append(tag)
        elif tag == "p" and (kind := dict(attrs).get("class")) in self.texts:
            self._in = kind
            self.texts[kind].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.texts[self._in][-1] += data


def read_figures(body: str) -> _Figures:
    """Return the labels and values of a row of headline figures (``html_blocks``) as a
    browser shows their text, and the tags found inside them."""
    parsed = _Figures()
    parsed.feed(body)
    parsed.close()
    return parsed


def figures(at: AppTest) -> dict[str, str]:
    """Return the Timeline's headline figures (exactly one row is drawn): label -> value,
    as a browser shows their text."""
    parsed = read_figures(_one(at, html_blocks.FIGURES_CLASS))
    assert parsed.tags == [], f"markup inside a figure: {parsed.tags}"
    return dict(zip(parsed.texts["label"], parsed.texts["value"], strict=True))


def svg_images(at: AppTest) -> list[str]:
    """Return the SVG text of each totals image the page draws (``html_blocks``)."""
    found = []
    for body in (h.value for h in at.html if f'class="{html_blocks.IMAGE_CLASS}"' in h.value):
        _, _, data = body.partition(f'src="{html_blocks.SVG_DATA}')
        found.append(base64.b64decode(data.partition('"')[0]).decode("utf-8"))
    return found
