"""The map component: a base map rendered once per pack build, shown by a frontend of our own.

``st_folium`` renders the whole folium map (its GeoJSON included) on every run and gives
the component a key that hashes the map's script, so any change of colours remounts the
iframe and reloads Leaflet and the geometry. Here the base map
(:func:`dashboard.map_restyle.base_map`) is rendered once per boundary-pack build (and
kept on disk by ``loaders.base_map``) and the component gets the same arguments on every
run (Streamlit then sends its message once); the view's colours go in an element of
their own whose script restyles the map already shown (streamlit-folium 0.27, pinned in
requirements.txt).

The component's frontend is ``app_pages/map_frontend/index.html``: what streamlit-folium's
frontend does for this map (its scripts loaded, the map's script run, a click reported
with the same values), in one page of plain JavaScript instead of its 225 KB React
bundle. Showing a map imports neither folium nor streamlit_folium (about a second at a
cold start); only :func:`render` does, when a base map is rendered.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st
from streamlit import config
from streamlit.components.v1.custom_component import CustomComponent
from streamlit.logger import get_logger
from streamlit.runtime import Runtime

import settings
from geo.stamp import build_stamp

if TYPE_CHECKING:
    import folium

#: The map's height in pixels (part of the base map's cache key: one value everywhere).
MAP_HEIGHT = 620
#: The modules whose code shapes a rendered base map, and the packages that render it:
#: a change to any of them names another file (:func:`rendered_file`).
RENDERED_BY = (
    "dashboard.colors",
    "dashboard.folium_map",
    "dashboard.labels",
    "dashboard.map_elements",
    "dashboard.map_restyle",
    "app_pages.map_component",
)
RENDERED_WITH = ("folium", "branca", "jinja2", "streamlit-folium")

_LOG = get_logger(__name__)


#: The component's frontend: one page, its script inline (no bundle to fetch and parse).
FRONTEND = Path(__file__).resolve().parent / "map_frontend"


# Its frame's title names the component ("app_pages.map_component.st_folium"): the
# restyle script and the browser tests find the map by "st_folium" in it. Built as
# ``components.declare_component("st_folium", path=...)`` builds it, without its search
# for the calling module (``inspect.getmodule`` takes the real path of every module
# loaded: 0.06-0.15 s of CPU before the map's slot is drawn on a first visit).
NAME = f"{__name__}.st_folium"
_BASE = config.get_option("server.customComponentBaseUrlPath")  # (hidden; as it reads it)
_component_func = CustomComponent(
    name=NAME, path=str(FRONTEND), url=f"{_BASE}/{NAME}/" if _BASE else None, module_name=__name__
)
# Streamlit registers a component (which serves its frontend files) only when it is
# declared during a script run; this module may first be imported by the warm-up at
# server start (app_pages.warm), outside any run.
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

    def to_json(self) -> str:
        """Return the rendered map as JSON text (:meth:`from_json` reads it back)."""
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> RenderedMap:
        """Return the rendered map :meth:`to_json` wrote; ``ValueError`` if it is not one."""
        data = json.loads(text)
        try:
            return cls(
                script=str(data["script"]),
                header=str(data["header"]),
                html=str(data["html"]),
                map_id=str(data["map_id"]),
                js_links=tuple(str(link) for link in data["js_links"]),
                css_links=tuple(str(link) for link in data["css_links"]),
            )
        except (KeyError, TypeError) as exc:
            msg = f"not a rendered map: {exc}"
            raise ValueError(msg) from exc


def render(fmap: folium.Map) -> RenderedMap:
    """Render ``fmap`` the way ``st_folium`` does (it mutates the map: render a fresh one)."""
    import streamlit_folium
    from streamlit_folium import _get_header, _get_html, _get_map_string

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


def rendered_file(folder: Path, build: object, *inputs: object) -> Path:
    """Return the file of the base map rendered from ``inputs`` (the region, the Leaflet
    path, the height) on the pack's ``build``: under ``folder``, in a folder of its own
    for that build, this code and these packages (:func:`save_rendered` removes the
    folders of the others)."""
    made_by = hashlib.sha256(repr(build).encode())
    for name in RENDERED_BY:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, name
        made_by.update(Path(spec.origin).read_bytes())
    for package in RENDERED_WITH:
        made_by.update(f"{package}=={metadata.version(package)}".encode())
    name = hashlib.sha256(repr(inputs).encode()).hexdigest()[:16]
    return folder / f"base-maps-{made_by.hexdigest()[:16]}" / f"{name}.json"


def load_rendered(path: Path) -> RenderedMap | None:
    """Return the base map saved at ``path``, or None when there is none (or not a whole one)."""
    try:
        return RenderedMap.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        _LOG.warning("the saved base map %s cannot be read; rendering it again", path)
        return None


def kept(region_id: str | None, *, leaflet_base: str, height: int) -> RenderedMap | None:
    """Return the base map of ``region_id`` (None: every region and sea) kept on disk for
    the pack's current build and this code, read once per process; None when there is
    none yet (``loaders.base_map`` renders and keeps it).

    Reads neither the pack nor the store, so ``app.py`` draws the map's slot with it
    before pandas, geopandas and the store are imported: the browser builds the map's
    frame while the server loads the rest (``app_pages/map_slot.py``).
    """
    pack_dir = settings.get().pack_dir
    return _kept(region_id, str(pack_dir), build_stamp(pack_dir), leaflet_base, height)


def kept_file(region_id: str | None, *, leaflet_base: str, height: int) -> Path | None:
    """Return the file :func:`kept` reads the base map of ``region_id`` from (which may
    not exist yet), without reading it; None when there is no pack build."""
    pack_dir = settings.get().pack_dir
    return _kept_file(region_id, str(pack_dir), build_stamp(pack_dir), leaflet_base, height)


def _kept_file(
    region_id: str | None, pack_dir: str, build: int | None, leaflet_base: str, height: int
) -> Path | None:
    if build is None:
        return None
    folder = settings.get().data_dir / "cache"
    return rendered_file(folder, (pack_dir, build), region_id, leaflet_base, height)


@st.cache_resource(show_spinner=False, max_entries=8)
def _kept(
    region_id: str | None, pack_dir: str, build: int | None, leaflet_base: str, height: int
) -> RenderedMap | None:
    path = _kept_file(region_id, pack_dir, build, leaflet_base, height)
    return None if path is None else load_rendered(path)


def save_rendered(path: Path, rendered: RenderedMap) -> None:
    """Write ``rendered`` to ``path`` (from :func:`rendered_file`) whole: a reader never
    sees half a file. The folders of other builds or code are removed. A folder that
    cannot be written is logged, not raised: the map is rendered again at the next start."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(rendered.to_json(), encoding="utf-8")
        os.replace(partial, path)
        for other in path.parent.parent.glob("base-maps-*"):
            if other != path.parent:
                shutil.rmtree(other, ignore_errors=True)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        _LOG.warning("the base map could not be saved to %s: %s", path, exc)


def show(
    rendered: RenderedMap,
    *,
    key: str,
    height: int,
    returned_objects: list[str],
    report_drawn: bool = False,
    on_report: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Show the map; return what the browser reported.

    The component's key is streamlit-folium's for the base script and ``key`` only, so
    a new view (another night, region or reporter) keeps the same map in the browser;
    :func:`restyle` shows the view on it. ``on_report`` is called with what the browser
    reported (a click, or with ``report_drawn`` ``{"drawn": True, ...}`` once when the
    map's shapes are drawn), in the run it starts, before the script.
    """
    state_key = f"{key}-{hash(rendered.script) & 0xFFFFFFFF:08x}"

    def reported() -> None:
        if on_report is not None:
            value = st.session_state.get(state_key)
            on_report(value if isinstance(value, dict) else {})

    value = _component_func(
        script=rendered.script,
        header=rendered.header,
        html=rendered.html,
        id=rendered.map_id,
        key=state_key,
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
        report_drawn=report_drawn,
        on_change=reported,
    )
    return value if isinstance(value, dict) else {}


def restyle(script: str) -> None:
    """Show a view on the map already shown (``map_restyle.restyle_script``'s ``script``):
    the colours in an element of their own, so the map's message stays the same.

    The script runs in the page itself (``st.html`` with its JavaScript allowed; its text
    from reports is escaped and cannot end the script: ``map_restyle``), not in a frame of
    its own: ``components.html`` made chromium build a new document for every view (the
    first map's and each filter change's), and is deprecated.
    """
    st.html(script, unsafe_allow_javascript=True)
