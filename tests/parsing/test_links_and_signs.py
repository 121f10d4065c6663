"""A link's digits are no count, and a sign after a number is its qualifier ("20+", "20-odd"):
``parsing.text.normalise`` blanks links (keeping a Markdown link's words) and reads the sign
before the number, the evidence still spanning the original. Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 12)


def _claims(text: str) -> list[tuple[str, int | None, str, str]]:
    return [
        (c.area_id, c.count, c.qualifier, text[c.evidence[0] : c.evidence[1]])
        for r in parse(text, DAY)
        for c in r.claims
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Ночью над Саратовской областью (https://t.me/saratov_news/8812) сбиты 4 БПЛА.",
         [("RU-SAR", 4, "exact")]),
        ("Ночью над Саратовской областью (www.sar.example/2026/09/12/31) сбиты 4 дрона.",
         [("RU-SAR", 4, "exact")]),
        ("Ночью над [Саратовской областью](https://t.me/saratov_news/8812) сбиты 4 БПЛА.",
         [("RU-SAR", 4, "exact")]),
        ("Over the Saratov Region (https://t.me/s/9031), air defences downed 4 drones overnight.",
         [("RU-SAR", 4, "exact")]),
        ("Ночью над Саратовской областью сбиты 12+ беспилотников.", [("RU-SAR", 12, "at_least")]),
        ("Over the Saratov Region, air defences downed 30+ drones overnight.",
         [("RU-SAR", 30, "at_least")]),
        ("Over the Saratov Region, air defences downed 30-odd drones overnight.",
         [("RU-SAR", 30, "approx")]),
    ],
)  # fmt: skip
def test_links_are_no_count_and_a_sign_after_a_number_qualifies_it(
    text: str, rows: list[tuple[str, int, str]]
) -> None:
    assert [c[:3] for c in _claims(text)] == rows


def test_the_evidence_holds_the_number_and_its_sign_as_written() -> None:
    text = "Ночью над Саратовской областью сбиты 12+ беспилотников."
    ((*_, quote),) = _claims(text)
    assert quote.endswith("сбиты 12+")
