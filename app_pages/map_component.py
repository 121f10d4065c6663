"""The map component: streamlit-folium's frontend fed a base map rendered once per process.

``st_folium`` renders the whole folium map (its GeoJSON included) on every run and gives
the component a key that hashes the map's script, so any change of colours remounts the
iframe and reloads Leaflet and the geometry. Here the base map
(:func:`dashboard.map_restyle.base_map`) is rendered once and the component gets the same
arguments on every run (Streamlit then sends its message once); the view's colours go in
a small frame of their own whose script restyles the map already shown
(streamlit-folium 0.27, pinned in requirements.txt).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import folium
import streamlit.components.v1 as components
import streamlit_folium
from streamlit.runtime import Runtime
from streamlit_folium import _component_func, _get_header, _get_html, _get_map_string

#: The map's height in pixels (part of the base map's cache key: one value everywhere).
MAP_HEIGHT = 620

# Streamlit registers a component (which serves its frontend files) only when it is
# declared during a script run; streamlit_folium may first be imported by the warm-up
# at server start (app_pages.warm), outside any run.
if Runtime.exists():
    Runtime.instance().component_registry.register_component(_component_func)


@dataclass(frozen=True, slots=True)
class RenderedMap:
    """What the component needs of a folium map, rendered once."""

    script: str
    header: str
    html: str
    map_id: str
    js_links: tuple[str, ...]
    css_links: tuple[str, ...]


def render(fmap: folium.Map) -> RenderedMap:
    """Render ``fmap`` the way ``st_folium`` does (it mutates the map: render a fresh one)."""
    fmap.get_root().render()
    fmap.render()
    html = _get_html(fmap)
    header = _get_header(fmap)
    map_id = streamlit_folium.get_full_id(fmap)
    script = _get_map_string(fmap)
    return RenderedMap(
        script=script,
        header=header,
        html=html,
        map_id=map_id,
        js_links=tuple(src for _, src in fmap.default_js),
        css_links=tuple(href for _, href in fmap.default_css),
    )


def show(
    rendered: RenderedMap,
    restyle: str,
    *,
    key: str,
    height: int,
    returned_objects: list[str],
) -> dict[str, Any]:
    """Show the map and the view's ``restyle`` frame; return what the browser reported.

    The component's key is streamlit-folium's for the base script and ``key`` only, so
    a new view (another night, region or reporter) keeps the same map in the browser.
    """
    value = _component_func(
        script=rendered.script,
        header=rendered.header,
        html=rendered.html,
        id=rendered.map_id,
        key=f"{key}-{hash(rendered.script) & 0xFFFFFFFF:08x}",
        height=height,
        width=None,
        returned_objects=returned_objects,
        default=dict.fromkeys(returned_objects),
        zoom=None,
        center=None,
        feature_group=None,
        return_on_hover=False,
        layer_control=None,
        pixelated=False,
        css_links=list(rendered.css_links),
        js_links=list(rendered.js_links),
        wrap_longitude=False,
    )
    # the view's colours, in a frame of their own: the map's message above stays the same
    components.html(restyle, height=0)
    return value if isinstance(value, dict) else {}
