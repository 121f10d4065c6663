"""The grammar of area ids: plain, combined (``A+B``), seas, districts."""

from __future__ import annotations

import pytest

from geo import area_ids


@pytest.mark.parametrize(
    ("area_id", "parts", "combined", "sea"),
    [
        ("RU-KLU", ("RU-KLU",), False, False),
        ("RU-MOW+RU-MOS", ("RU-MOW", "RU-MOS"), True, False),
        ("SEA-AZOV", ("SEA-AZOV",), False, True),
        ("SEA-AZOV+SEA-BLACK", ("SEA-AZOV", "SEA-BLACK"), True, True),
        ("RU-KDA+SEA-BLACK", ("RU-KDA", "SEA-BLACK"), True, False),
    ],
)
def test_parts_combined_and_seas(
    area_id: str, parts: tuple[str, ...], combined: bool, sea: bool
) -> None:
    assert area_ids.parts(area_id) == parts
    assert area_ids.is_combined(area_id) is combined
    assert area_ids.is_sea(area_id) is sea


def test_a_region_filter_keeps_combined_areas_by_their_parts() -> None:
    assert area_ids.matches("RU-MOW+RU-MOS", ("RU-MOS",)) is True
    assert area_ids.matches("RU-MOW+RU-MOS", {"RU-KLU", "RU-MOW"}) is True
    assert area_ids.matches("RU-KLU", ("RU-MOS",)) is False
    assert area_ids.matches("RU-MOW+RU-MOS", ("RU-MOW+RU-MOS",)) is False  # parts, not the pair
    assert area_ids.matches("RU-KLU", ()) is True  # no filter: every area


def test_region_of_a_district() -> None:
    assert area_ids.region_of("RU-KLU:kirovsky") == "RU-KLU"
    assert area_ids.region_of("RU-KLU") == "RU-KLU"
