"""The Timeline's headline figures and totals image as HTML: exact markup, everything escaped."""

from __future__ import annotations

import base64

from dashboard.html_blocks import IMAGE_CLASS, SVG_DATA, Figure, figures_html, svg_image_html
from tests.app._tables import read_figures

HOSTILE = '<img src=x onerror="alert(1)">'


def test_figures_read_back_as_their_labels_and_values_in_order() -> None:
    body = figures_html([Figure("Drones in the figures shown", "1,234"), Figure("Areas", "5")])
    parsed = read_figures(body)
    assert parsed.texts == {
        "label": ["Drones in the figures shown", "Areas"],
        "value": ["1,234", "5"],
    }
    assert parsed.tags == []
    assert body.endswith(
        '<div class="atlas-figures"><div><p class="label">Drones in the figures shown</p>'
        '<p class="value">1,234</p></div><div><p class="label">Areas</p>'
        '<p class="value">5</p></div></div>'
    )


def test_a_figures_markup_is_text() -> None:
    body = figures_html([Figure(HOSTILE, HOSTILE)])
    parsed = read_figures(body)
    assert parsed.texts == {"label": [HOSTILE], "value": [HOSTILE]}
    assert parsed.tags == []  # no element inside a label or value
    assert "<img" not in body


def test_the_image_carries_the_svg_whole_and_its_text_escaped() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Брянская &amp; "x"</text></svg>'
    body = svg_image_html(svg, alt=f'Bars "{HOSTILE}"')
    head, _, rest = body.partition(f' src="{SVG_DATA}')
    assert head == (
        f'<img class="{IMAGE_CLASS}" style="width: 100%; height: auto" '
        'alt="Bars &quot;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&quot;"'
    )
    data, closing, after = rest.partition('"')
    assert (closing, after) == ('"', ">")
    assert base64.b64decode(data).decode("utf-8") == svg
