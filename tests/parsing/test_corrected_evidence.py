"""A figure a correction sets aside takes the new one with the correction's words as evidence.

The store checks that every figure a text gives is held by some claim's evidence
(``parsing.misses``): a corrected figure whose evidence stopped before the correction that gave
it was read as "a correction gives N, but no claim took it" and the whole text was held.
"""

from __future__ import annotations

from parsing import parse

POST = "Этой ночью над Курской областью сбиты 3 беспилотника."


def _claims(text: str) -> list[tuple[str, int | None, str]]:
    return [
        (c.area_id, c.count, text[c.evidence[0] : c.evidence[1]])
        for r in parse(text, source="kursk_gov")
        for c in r.claims
    ]


def test_a_correction_of_a_correction_is_in_the_evidence() -> None:
    first = "Уточнение: сбиты не 3, а 7 беспилотников."
    second = "Уточнение: сбиты не 7, а 6 беспилотников."
    [(area, count, evidence)] = _claims(f"{POST}\n\n{first}\n\n{second}")
    assert (area, count) == ("RU-KRS", 6)
    assert evidence.endswith("не 7, а 6 беспилотников.")


def test_one_correction_reaches_its_own_figure() -> None:
    [(area, count, evidence)] = _claims(f"{POST}\n\nУточнение: сбиты не 3, а 4 беспилотника.")
    assert (area, count) == ("RU-KRS", 4)
    assert "а 4" in evidence
