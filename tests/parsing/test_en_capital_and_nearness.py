"""A capital named after its noun, and a place after a word of nearness, in English (stop 46,
our own wording).

"over the republic's capital Cheboksary", "the regional capital Kursk": the city named after
"capital" is the place (the city, not the region named like it), never "the republic" read as
the region. "over the surrounding Cheboksarsky district", "the nearby Shebekino district": the
place after the word of nearness, as after "neighbouring". Both had been lost in a city
administration's retelling, and the region had taken the city's figure as one more.
"""

from __future__ import annotations

from tests.parsing.conftest import (
    Row,
    claim_rows,
    fake_districts,
    fake_towns,
    resolving,
    with_places,
)

_PLACES = {
    **fake_towns("RU-CU", "Cheboksary"),
    **fake_districts("RU-CU", "Marposadsky"),
    **fake_towns("RU-KRS", "Kursk city"),
}


def _rows(text: str) -> set[Row]:
    with resolving(with_places(_PLACES)):
        return set(claim_rows(text))


def test_the_capital_named_and_the_district_around_it() -> None:
    text = (
        "Five drones were destroyed over Chuvashia, four of them over the republic's capital "
        "Cheboksary and one over the nearby Marposadsky district."
    )
    assert _rows(text) == {
        ("RU-CU", None, 5),
        ("RU-CU", "RU-CU:cheboksary", 4),
        ("RU-CU", "RU-CU:marposadsky", 1),
    }


def test_the_capital_named_is_the_city() -> None:
    text = "Two drones were shot down over the regional capital Kursk at night."
    assert ("RU-KRS", "RU-KRS:kursk city", 2) in _rows(text)


def test_the_capital_named_between_commas_is_the_city_named() -> None:
    # (the figure before the commas is not linked to it yet: the city is named without one)
    text = "Two drones were shot down over the regional capital, Kursk, at night."
    assert ("RU-KRS", "RU-KRS:kursk city", None) in _rows(text)


def test_a_region_after_a_word_of_nearness() -> None:
    text = "Two drones were shot down over the adjacent Kursk region."
    assert _rows(text) == {("RU-KRS", None, 2)}
