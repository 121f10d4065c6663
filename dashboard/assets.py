"""Where the browser finds the Atlas's local Leaflet (no CDN): a module without imports.

The map's slot (``app_pages/map_slot.py``) names it before folium, pandas or geopandas
are imported; :mod:`dashboard.folium_map` builds its maps with the same path.
"""

from __future__ import annotations

#: Where Streamlit serves ``static/vendor/leaflet`` with ``enableStaticServing``.
LEAFLET_PATH = "app/static/vendor/leaflet"


def asset_base(base_url_path: str = "") -> str:
    """Return the URL path of the local Leaflet for Streamlit's ``server.baseUrlPath``.

    The path is absolute from the server root because the map runs in the component's
    iframe, whose own URL is under ``/component/``.

    >>> asset_base(""), asset_base("/atlas/")
    ('/app/static/vendor/leaflet', '/atlas/app/static/vendor/leaflet')
    """
    prefix = base_url_path.strip("/")
    return "/" + "/".join(p for p in (prefix, LEAFLET_PATH) if p)
