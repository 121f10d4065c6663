"""Issue 10: how regional officials' posts are built, read by the grammar of the post.

Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import Row, claim_rows

# ---------------------------------------------------------------- one post, one region


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the other district of the same sentence lies in one region only ("Кировский район"
        # is in two): the post speaks of that one region
        (
            "В Кировском районе уничтожены три беспилотника, в Тарусском — один.",
            [
                ("RU-KLU", "RU-KLU:kirovsky", 3),
                ("RU-KLU", None, 4),
                ("RU-KLU", "RU-KLU:tarussky", 1),
            ],
        ),
        # ... or a town of the next sentence
        (
            "Над Кировским районом сбиты три беспилотника. Ещё два — над Обнинском.",
            [
                ("RU-KLU", "RU-KLU:kirovsky", 3),
                ("RU-KLU", None, 5),
                ("RU-KLU", "RU-KLU:obninsk", 2),
            ],
        ),
    ],
)
def test_a_name_of_several_districts_lies_in_the_region_of_the_posts_other_places(
    text: str, rows: list[Row]
) -> None:
    assert claim_rows(text) == rows


def test_a_region_without_that_district_leaves_the_name_undecided() -> None:
    # Bryansk Oblast has no Kirovsky district here: no guess, the report keeps the doubt
    (report,) = parse("Над Кировским районом сбиты три беспилотника. Над Брянской областью — два.")
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [("RU-BRY", None, 2)]
    assert report.doubts == (("Кировский район", (4, 21)),)
