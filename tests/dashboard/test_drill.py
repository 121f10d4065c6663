"""Drill-down as pure functions on what st_folium returns."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from dashboard.drill import Click, DrillState, back, clicked, next_state, open_region

DRILLABLE = frozenset({"RU-KLU", "RU-BRY"})


def _feature(area_id: str, level: str | None = "region") -> dict[str, object]:
    properties: dict[str, object] = {"area_id": area_id, "name_en": "x"}
    if level is not None:
        properties["level"] = level
    return {"type": "Feature", "properties": properties, "geometry": None}


def test_placeholder_and_empty_results_are_no_click() -> None:
    assert clicked(None) is None
    assert clicked({}) is None
    assert clicked({"last_active_drawing": None, "last_object_clicked_tooltip": None}) is None
    assert clicked({"last_active_drawing": {"properties": {"area_id": 7}}}) is None


def test_feature_properties_win_over_tooltip_text() -> None:
    result = {
        "last_active_drawing": _feature("RU-KLU"),
        "last_object_clicked_tooltip": "Брянская область RU-BRY",
    }
    assert clicked(result) == Click("RU-KLU", "region")


@pytest.mark.parametrize(
    ("tooltip", "area_id"),
    [
        ("Калужская область Kaluga Oblast RU-KLU 18", "RU-KLU"),
        ("Москва + Московская область RU-MOW+RU-MOS", "RU-MOW+RU-MOS"),
        ("Кировский район RU-KLU:kirovsky 3", "RU-KLU:kirovsky"),
        ("Чёрное море SEA-BLACK", "SEA-BLACK"),
        ("Восточно-Сибирское море SEA-EAST-SIBERIAN", "SEA-EAST-SIBERIAN"),
        ("no id here", None),
    ],
)
def test_tooltip_text_is_the_fallback(tooltip: str, area_id: str | None) -> None:
    click = clicked({"last_object_clicked_tooltip": tooltip})
    assert (click.area_id if click else None) == area_id


def test_click_on_a_region_with_districts_drills_in() -> None:
    state = next_state(
        DrillState(), {"last_active_drawing": _feature("RU-KLU")}, drillable=DRILLABLE
    )
    assert state == DrillState("RU-KLU", seq=1)


@pytest.mark.parametrize(
    "feature",
    [
        _feature("RU-SPE"),  # no districts in the pack
        _feature("SEA-BLACK", "sea"),
        _feature("RU-KLU+RU-BRY", "combined"),
        _feature("RU-KLU", "district"),  # a level that is not a region
    ],
)
def test_other_clicks_keep_the_view(feature: dict[str, object]) -> None:
    start = DrillState(seq=4)
    assert next_state(start, {"last_active_drawing": feature}, drillable=DRILLABLE) is start


def test_clicks_inside_a_region_keep_the_region() -> None:
    start = DrillState("RU-KLU", seq=1)
    result = {"last_active_drawing": _feature("RU-BRY")}
    assert next_state(start, result, drillable=DRILLABLE) is start


def test_back_returns_to_all_regions_with_a_new_sequence() -> None:
    assert back(DrillState("RU-KLU", seq=1)) == DrillState(None, seq=2)
    top = DrillState(seq=3)
    assert back(top) is top


def test_a_full_round_trip_never_replays_the_old_click() -> None:
    result = {"last_active_drawing": _feature("RU-KLU")}
    state = next_state(DrillState(), result, drillable=DRILLABLE)
    state = back(state)
    # The page keys the map on seq, so the next run's component is fresh and returns
    # no click; the stale result would drill again only if it were passed back in.
    assert state == DrillState(None, seq=2)
    assert next_state(state, None, drillable=DRILLABLE) == DrillState(None, seq=2)


def test_open_region_from_a_picker() -> None:
    assert open_region(DrillState(), "RU-BRY") == DrillState("RU-BRY", seq=1)
    same = DrillState("RU-BRY", seq=1)
    assert open_region(same, "RU-BRY") is same
    assert open_region(same, None) == DrillState(None, seq=2)


def test_a_click_on_a_combined_area_opens_the_part_under_the_pointer() -> None:
    asked: list[tuple[tuple[float, float], list[str]]] = []

    def locate(point: tuple[float, float], ids: Sequence[str]) -> str | None:
        asked.append((point, list(ids)))
        return "RU-MOS" if point[1] > 37.9 else "RU-MOW"

    result = {
        "last_active_drawing": _feature("RU-MOS+RU-MOW", "combined"),
        "last_object_clicked": {"lat": 55.9, "lng": 38.5},
    }
    drillable = {"RU-MOS", "RU-MOW"}
    assert next_state(DrillState(), result, drillable=drillable, locate=locate) == DrillState(
        "RU-MOS", seq=1
    )
    assert asked == [((55.9, 38.5), ["RU-MOS", "RU-MOW"])]
    # Without a point, or with no drillable part, the view stays.
    no_point = {"last_active_drawing": _feature("RU-MOS+RU-MOW", "combined")}
    assert next_state(DrillState(), no_point, drillable=drillable, locate=locate) == DrillState()
    assert next_state(DrillState(), result, drillable={"RU-KLU"}, locate=locate) == DrillState()
    assert len(asked) == 1


def test_the_click_point_is_read_when_given() -> None:
    result = {
        "last_active_drawing": _feature("RU-KLU"),
        "last_object_clicked": {"lat": 54, "lng": 35.5},
    }
    assert clicked(result) == Click("RU-KLU", "region", (54.0, 35.5))
    assert clicked({**result, "last_object_clicked": {"lat": None}}) == Click("RU-KLU", "region")
