"""Map drill-down as pure functions: what st_folium returned -> the next view.

Under ``AppTest`` the map component returns placeholders, so the click handling lives
here, away from Streamlit, and is tested on its own.

The view carries a sequence number that changes whenever the view changes; the page
uses it in the map component's key so a fresh component starts with no click, and the
click that caused a drill is never replayed after going back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from geo import area_ids

#: Feature property holding the area id (a region, sea, combined area or district).
AREA_ID = "area_id"
#: Feature property telling what a feature is: ``region``, ``sea``, ``combined``, ``district``.
LEVEL = "level"

#: Ids as they appear in a tooltip's text: ISO 3166-2, seas, combined ids, district ids.
_ONE_ID = r"(?:RU|UA|SEA)-[A-Z0-9]+(?:-[A-Z0-9]+)*"
_ID_IN_TOOLTIP = re.compile(rf"\b{_ONE_ID}(?:\+{_ONE_ID})*(?::[a-z0-9_-]+)?")


@dataclass(frozen=True, slots=True)
class DrillState:
    """The map's view: all regions (``region_id`` None) or the districts of one region."""

    region_id: str | None = None
    seq: int = 0

    @property
    def at_top(self) -> bool:
        return self.region_id is None


#: Finds which of some area ids contains a point ``(lat, lng)``; None if none does.
Locate = Callable[[tuple[float, float], Sequence[str]], str | None]


@dataclass(frozen=True, slots=True)
class Click:
    """An area the user clicked on the map, and where (``(lat, lng)``) when known."""

    area_id: str
    level: str | None
    point: tuple[float, float] | None = None


def clicked(result: Mapping[str, Any] | None) -> Click | None:
    """Return the area a map result says was clicked, or None.

    ``last_active_drawing`` (the clicked GeoJSON feature with its properties) is
    preferred; ``last_object_clicked_tooltip`` (the tooltip's text) is the fallback,
    read for the first area id it contains.

    ``last_object_clicked`` (``{"lat": .., "lng": ..}``) gives the point.

    >>> clicked({"last_active_drawing": {"properties": {"area_id": "RU-KLU", "level": "region"}}})
    Click(area_id='RU-KLU', level='region', point=None)
    >>> clicked({"last_object_clicked_tooltip": "Калужская область  id RU-KLU"})
    Click(area_id='RU-KLU', level=None, point=None)
    """
    if not result:
        return None
    point = _point(result.get("last_object_clicked"))
    feature = result.get("last_active_drawing")
    if isinstance(feature, Mapping):
        properties = feature.get("properties")
        if isinstance(properties, Mapping) and isinstance(properties.get(AREA_ID), str):
            level = properties.get(LEVEL)
            return Click(properties[AREA_ID], level if isinstance(level, str) else None, point)
    tooltip = result.get("last_object_clicked_tooltip")
    if isinstance(tooltip, str):
        match = _ID_IN_TOOLTIP.search(tooltip)
        if match:
            return Click(match.group(0), None, point)
    return None


def _point(value: object) -> tuple[float, float] | None:
    if isinstance(value, Mapping):
        lat, lng = value.get("lat"), value.get("lng")
        if isinstance(lat, int | float) and isinstance(lng, int | float):
            return float(lat), float(lng)
    return None


def next_state(
    state: DrillState,
    result: Mapping[str, Any] | None,
    *,
    drillable: Collection[str],
    locate: Locate | None = None,
) -> DrillState:
    """Return the view after the map returned ``result``.

    At the top level, a click on a region in ``drillable`` (regions with districts in
    the pack) opens that region's districts. A combined area ("Moscow and Moscow
    Oblast" counted together) lies on top of its parts, so a click on it opens the part
    under the pointer, found by ``locate``. Any other click (a sea, a region without
    districts, a district) keeps the view.

    >>> next_state(DrillState(), {"last_active_drawing": {"properties": {"area_id": "RU-KLU"}}},
    ...            drillable={"RU-KLU"})
    DrillState(region_id='RU-KLU', seq=1)
    """
    click = clicked(result)
    if click is None or not state.at_top or click.level not in (None, "region", "combined"):
        return state
    target: str | None = click.area_id
    if area_ids.is_combined(click.area_id):
        parts = [p for p in area_ids.parts(click.area_id) if p in drillable]
        target = locate(click.point, parts) if locate and click.point and parts else None
    if target is None or target not in drillable:
        return state
    return DrillState(region_id=target, seq=state.seq + 1)


def back(state: DrillState) -> DrillState:
    """Return the all-regions view (unchanged if already there).

    >>> back(DrillState("RU-KLU", seq=1))
    DrillState(region_id=None, seq=2)
    """
    if state.at_top:
        return state
    return replace(state, region_id=None, seq=state.seq + 1)


def open_region(state: DrillState, region_id: str | None) -> DrillState:
    """Return the view of ``region_id``'s districts (None: all regions), e.g. from a picker."""
    if region_id == state.region_id:
        return state
    return DrillState(region_id=region_id, seq=state.seq + 1)
