"""Governors' and district heads' posts across Russia: structures discovery110 showed (stop 47).

Each test is a text written for it, in our own wording; none is a sentence of the working set
or of corpus-dev.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import lookup, parse

DAY = date(2025, 9, 14)


@pytest.fixture(autouse=True)
def real_gazetteer(fake_gazetteer: None) -> Iterator[None]:
    # the places as an import reads them
    lookup.use_resolver(None)
    yield


def reports(text: str, source: str | None = None) -> list[tuple[str, int | None, list[tuple]]]:
    """Each report's reporter, total and claims as (area, district, count)."""
    return [
        (r.reporter, r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, DAY, source=source)
    ]


# --- a sentence of rows told by nearness after the figure (rules._LIST_LINE) ------------------


@pytest.mark.parametrize(
    "rows",
    [
        "Два из них — на подлёте к Ржеву, один — в районе Торжка.",
        "Два — у Ржева, один — под Торжком.",
        "Два из них — около Ржева, один — возле Торжка.",
    ],
)
def test_rows_told_by_nearness_in_the_sentence_after_the_figure(rows: str) -> None:
    text = f"Ночью над Тверской областью уничтожены три беспилотника. {rows} Пострадавших нет."
    assert reports(text) == [
        (
            "media",
            3,
            [
                ("RU-TVE", None, 3),
                ("RU-TVE", "RU-TVE:rzhev", 2),
                ("RU-TVE", "RU-TVE:torzhok", 1),
            ],
        )
    ]
