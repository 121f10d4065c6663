"""The Timeline's headline figures and its totals image as light HTML, drawn by ``st.html``.

``st.metric`` and ``st.image`` are each drawn by a script chunk Streamlit's frontend loads
when the element first arrives (the metric's pulls in number formatting and Vega's
loader); a new visitor's page waited for them: over three years the Timeline's figures
and image appeared one to three seconds after the page's run had ended, at the same moment
as the sidebar's widgets, while ``st.html`` (loaded for every page by the app's own CSS)
drew at once (docs/performance.md, "The Timeline for a new visitor"). Every label and
figure is escaped; the image's SVG travels base64-encoded in a ``data:`` URL, which the
frontend's sanitizer (DOMPurify) lets through on an ``<img>``, where an inline ``<svg>``
is removed.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from dataclasses import dataclass

#: CSS class of the headline figures' row (the tests read it back).
FIGURES_CLASS = "atlas-figures"
#: CSS class of the totals image.
IMAGE_CLASS = "atlas-totals"
#: How a ``data:`` URL of an SVG image starts.
SVG_DATA = "data:image/svg+xml;base64,"

#: The figures' look: a row of equal columns, a small label over a large value, as
#: ``st.metric`` shows them (Streamlit's own theme variables where it has them).
STYLE = """<style>
.{cls} {{ display: flex; flex-wrap: wrap; gap: 1rem; }}
.{cls} > div {{ flex: 1 1 12rem; }}
.{cls} p {{ margin: 0; }}
.{cls} .label {{ font-size: 0.875rem; }}
.{cls} .value {{ font-size: 2.25rem; line-height: 1.3;
  color: var(--st-text-color, inherit); }}
</style>"""


@dataclass(frozen=True, slots=True)
class Figure:
    """One headline figure: its ``label`` and its ``value`` as shown."""

    label: str
    value: str


def figures_html(figures: Sequence[Figure]) -> str:
    """Return ``figures`` as a row of labelled values, every label and value escaped.

    >>> figures_html([Figure("Drones", "<b>1</b>")]).split("</style>")[1]
    '<div class="atlas-figures"><div><p class="label">Drones</p><p class="value">&lt;b&gt;1&lt;/b&gt;</p></div></div>'
    """
    cells = "".join(
        f'<div><p class="label">{html.escape(f.label)}</p>'
        f'<p class="value">{html.escape(f.value)}</p></div>'
        for f in figures
    )
    return STYLE.format(cls=FIGURES_CLASS) + f'<div class="{FIGURES_CLASS}">{cells}</div>'


def svg_image_html(svg: str, *, alt: str) -> str:
    """Return ``svg`` as an ``<img>`` as wide as the page, ``alt`` escaped as its text.

    >>> svg_image_html("<svg/>", alt='"a" & b')
    '<img class="atlas-totals" style="width: 100%; height: auto" alt="&quot;a&quot; &amp; b" src="data:image/svg+xml;base64,PHN2Zy8+">'
    """
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (
        f'<img class="{IMAGE_CLASS}" style="width: 100%; height: auto" '
        f'alt="{html.escape(alt, quote=True)}" src="{SVG_DATA}{data}">'
    )
