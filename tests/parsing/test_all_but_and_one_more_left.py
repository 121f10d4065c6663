"""Issue 14's left list, item 5: two figures that were dropped without a word.

"40 drones ..., all but three of which were destroyed" is 37 downed, as "all but three were
shot down" after an attack is; "Ещё один дрон сбит и упал в поле в X районе" is one more drone
over the district, as "Ещё один дрон сбит в X районе" is. Texts are our own.
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import claim_rows


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Ukraine sent 25 drones at Russian regions overnight, all but four of which were destroyed.", 21),
        ("Kyiv launched 40 drones overnight, all but three of which were shot down, the ministry said.", 37),
    ],
)  # fmt: skip
def test_all_but_some_of_which_were_downed_leaves_the_rest_downed(text: str, total: int) -> None:
    # (no report at all: the launch was an attack's size, never a figure)
    assert [r.total for r in parse(text)] == [total]


def test_all_of_which_is_still_the_whole_launch() -> None:
    text = "Ukraine sent 25 drones at Russian regions overnight, all of which were destroyed."
    assert [r.total for r in parse(text)] == [25]


@pytest.mark.parametrize("ground", ["в поле", "в лесу", "на окраине"])
def test_one_more_that_came_down_somewhere_in_a_district_is_its_drone(ground: str) -> None:
    text = (
        "Над Брянской областью сбиты три беспилотника. "
        f"Ещё один дрон сбит и упал {ground} в Погарском районе."
    )
    # (the district was named with no figure: the one more lost)
    assert claim_rows(text) == claim_rows(
        "Над Брянской областью сбиты три беспилотника. Ещё один дрон сбит в Погарском районе."
    )
    assert ("RU-BRY", "RU-BRY:pogarsky", 1) in claim_rows(text)
