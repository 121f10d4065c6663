"""News texts in styles the earlier batches did not use (issue 10), written for this project in
our own words. Grouped by the rule about the language each one decides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import lookup, parse
from tests.parsing.conftest import FakePlace, fake_resolve

TUESDAY = date(2025, 6, 10)

#: Places the shared stand-in gazetteer lacks, answered as the real one answers them: the
#: real index reads "Ryazan district" as the city okrug of Ryazan (its Russian adjective is
#: irregular), and knows the raion by its own English name.
_RYAZAN = FakePlace("district", "RU-RYA:ryazan", "RU-RYA", "Рязань", "Ryazan")
_MORE = {
    "ryazan region": FakePlace("region", "RU-RYA", None, "Рязанская область", "Ryazan Oblast"),
    "ryazan": _RYAZAN,
    "ryazan district": _RYAZAN,
    "ryazansky district": FakePlace(
        "district", "RU-RYA:ryazansky", "RU-RYA", "Рязанский район", "Ryazansky"
    ),
    "klintsy district": FakePlace("district", "RU-BRY:klintsy", "RU-BRY", "Клинцы", "Klintsy"),
    "klintsovsky district": FakePlace(
        "district", "RU-BRY:klintsovsky", "RU-BRY", "Клинцовский район", "Klintsovsky"
    ),
    "pochep district": FakePlace(
        "district", "RU-BRY:pochepsky", "RU-BRY", "Почепский район", "Pochepsky", 0.8
    ),
    # a town of Tula Oblast whose English adjective is the name of an okrug of Moscow
    "novomoskovsk district": FakePlace(
        "district", "RU-TUL:novomoskovsk", "RU-TUL", "Новомосковск", "Novomoskovsk"
    ),
    "novomoskovsky district": FakePlace(
        "district", "RU-MOW:novomoskovsky", "RU-MOW", "Новомосковский округ", "Novomoskovsky"
    ),
}


def _resolve(name: str, region: str | None = None) -> FakePlace:
    place = _MORE.get(name.lower())
    if place is not None and (region is None or place.region_id in (None, region)):
        return place
    return fake_resolve(name, region)


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    lookup.use_resolver(_resolve)
    yield
    lookup.use_resolver(None)


def _claims(text: str, published: date = TUESDAY) -> list[list[tuple[str, str | None, int | None]]]:
    """(area, district, count) of each report's claims."""
    return [[(c.area_id, c.district_id, c.count) for c in r.claims] for r in parse(text, published)]


# --- English "<Town> district" is the raion named after the town ------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sixteen drones were destroyed over the Ryazan region overnight, the governor said. "
            "Debris fell on a farm in the Ryazan district.",
            [[("RU-RYA", None, 16), ("RU-RYA", "RU-RYA:ryazansky", None)]],
        ),
        (
            "The governor said nine drones had been downed over the Bryansk region, in the Klintsy "
            "and Pochep districts.",
            [
                [
                    ("RU-BRY", None, 9),
                    ("RU-BRY", "RU-BRY:klintsovsky", None),
                    ("RU-BRY", "RU-BRY:pochepsky", None),
                ]
            ],
        ),
    ],
)
def test_an_english_town_district_is_the_raion_named_after_the_town(
    text: str, want: list[list[tuple[str, str | None, int | None]]]
) -> None:
    assert _claims(text) == want


def test_a_raion_of_that_spelling_in_another_region_is_no_guess() -> None:
    text = "Over the Tula region, three drones were shot down in the Novomoskovsk district."
    assert _claims(text) == [[("RU-TUL", "RU-TUL:novomoskovsk", 3), ("RU-TUL", None, 3)]]


# --- English "repelled an attack by N drones": the attack's drones were shot down -------------
@pytest.mark.parametrize(
    "text",
    [
        "Air defence units repelled an attack by five drones overnight, the Kursk region's "
        "governor said.",
        "The Kursk region's governor said air defence had fended off a massive attack by five "
        "drones overnight.",
    ],
)
def test_an_attack_repelled_is_its_drones_shot_down(text: str) -> None:
    assert _claims(text) == [[("RU-KRS", None, 5)]]


def test_an_attack_made_with_drones_and_not_repelled_is_no_figure() -> None:
    text = "The Kursk region was attacked by five drones overnight, the governor said."
    assert _claims(text) == []
