"""The folium elements of the Atlas's maps: imported only when a folium map is built.

folium, branca and jinja take about a second to import on the shared machine; the Map
page imports none of them while the base map it shows is on disk
(:mod:`dashboard.base_map_cache`). The elements: GeoJSON layers whose bounds come from
their ``bbox``, the legend, the hatch patterns and the attribution
(:mod:`dashboard.folium_map`), and the restyled map's two layers with ``atlas.apply``
(:mod:`dashboard.map_restyle`).
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

import folium
from branca.element import MacroElement
from jinja2 import Template


def _js_string(text: str) -> str:
    """Return ``text`` as a JavaScript string literal safe inside an HTML script."""
    # json.dumps escapes quotes; "</" is split so the HTML parser never sees a tag end.
    return json.dumps(text).replace("</", "<\\/")


class GeoJson(folium.GeoJson):
    """folium's GeoJson whose bounds come from the collection's ``bbox``.

    folium walks every coordinate in Python to find a layer's bounds (and st_folium
    asks for them on every run); the bbox written by :func:`layer_geojson` is exact.
    """

    def _get_self_bounds(self) -> list[list[float | None]]:
        bbox = self.data.get("bbox")
        if bbox is None:
            return super()._get_self_bounds()
        west, south, east, north = bbox
        return [[south, west], [north, east]]


class Legend(MacroElement):
    """A Leaflet control holding plain legend HTML (bottom right)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var legend = L.control({position: "bottomright"});
            legend.onAdd = function () {
                var div = L.DomUtil.create("div", "atlas-legend-control");
                div.innerHTML = {{ this.html_json }};
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.html_json = _js_string(html)


class Patterns(MacroElement):
    """SVG ``<pattern>`` definitions added to the map's vector layer (hatched fills).

    A path whose ``fill`` is ``url(#id)`` is drawn with the pattern of that id from the
    same SVG; Leaflet's SVG renderer has no place for them, so they are added here.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            function add() {
                // the panes' SVGs only: the attribution's flag is an SVG too, and is
                // re-created whenever a layer adds its attribution
                map.getPanes().mapPane.querySelectorAll("svg").forEach(function (svg) {
                    if (svg.querySelector("defs.atlas-patterns")) { return; }
                    var defs = document.createElementNS(svg.namespaceURI, "defs");
                    defs.setAttribute("class", "atlas-patterns");
                    defs.innerHTML = {{ this.svg_json }};
                    svg.insertBefore(defs, svg.firstChild);
                });
                return map.getPanes().overlayPane.querySelector("svg") !== null;
            }
            // the shapes' SVG exists once one is drawn: later when the map waits for its
            // view (AreaLayers)
            if (!add()) {
                map.on("layeradd", function added() {
                    if (add()) { map.off("layeradd", added); }
                });
            }
        })();
        {% endmacro %}
        """
    )

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._name = "Patterns"
        self.svg_json = _js_string(svg)


class Attribution(MacroElement):
    """Attribution kept in the map's corner whichever base layer is shown."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text_json }});
        {% endmacro %}
        """
    )

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Attribution"
        self.text_json = _js_string(text)


#: How long a map shown in the app's page waits for the view its page posts before it
#: draws its shapes blank (``AreaLayers``): the Map page's restyle script posts it as soon
#: as the server has sent it, usually within a second or two of the map.
VIEW_WAIT_MS = 5000
#: Radius in pixels of a town drawn as a point (where the sources hold no district polygons).
POINT_RADIUS = 7


class AreaLayers(MacroElement):
    """The shapes as two GeoJSON layers (seas under areas) and ``atlas.apply``."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var page = window.parent;
            // the view posted before this map was loaded (see restyle_script)
            function postedView() { return (page && page.atlasView) || null; }
            // JSON text read with JSON.parse: a third of the time V8 takes to compile and
            // run the same data written as a literal (0.42 MB for every region)
            var areas = JSON.parse({{ this.areas }});
            var packs = [["seas", JSON.parse({{ this.seas }}), true], ["areas", areas, false]];
            var atlas = window.atlas = {
                map: map, layers: {}, home: {}, groups: {}, styles: {}, props: {},
                aliases: {{ this.aliases_json }}, blank: {{ this.blank_json }},
                highlight: {{ this.highlight_json }}, bounds: null, view: null, drawn: {},
                radius: {{ this.radius }}
            };
            atlas.tooltip = function (id) {
                var values = atlas.props[id];
                if (!values) { return ""; }
                var rows = "";
                for (var i = 0; i < values.length; i++) {
                    rows += "<tr><th>" + atlas.aliases[i] + "</th><td>" + values[i] + "</td></tr>";
                }
                return "<table>" + rows + "</table>";
            };
            atlas.tip = function (group) {  // one tooltip per layer, as folium binds it
                group.bindTooltip(function (layer) { return atlas.tooltip(layer.feature.id); },
                                  {sticky: true});
                return group;
            };
            atlas.bind = function (feature, layer) {
                layer.on("mouseover", function () { layer.setStyle(atlas.highlight); });
                layer.on("mouseout", function () {
                    layer.setStyle(atlas.styles[feature.id] || atlas.blank);
                });
            };
            // packed_shapes' text -> one Leaflet polygon a shape: each ring's integer steps
            // summed and scaled into points. Built as L.geoJSON builds them, without the
            // GeoJSON features between (about a third of the time for every region); the
            // feature keeps the id and properties a click reports (toGeoJSON adds the
            // geometry, as for a layer L.geoJSON made).
            atlas.unpack = function (packed) {
                return packed.ids.map(function (id, i) {
                    var shape = packed.shapes[i], layer;
                    if (shape.length === 1 && shape[0].length === 1 && shape[0][0].length === 2) {
                        // a point (a town where the sources hold no district polygons)
                        var at = shape[0][0];
                        layer = L.circleMarker(new L.LatLng(at[1] / packed.scale, at[0] / packed.scale),
                                               L.extend({radius: atlas.radius}, atlas.blank));
                        layer.getBounds = function () {
                            return L.latLngBounds([layer.getLatLng(), layer.getLatLng()]);
                        };
                        layer.feature = {type: "Feature", id: id,
                                         properties: {area_id: id, level: packed.level}};
                        return layer;
                    }
                    var polygons = shape.map(function (rings) {
                        return rings.map(function (steps) {
                            var ring = new Array(steps.length / 2), x = 0, y = 0;
                            for (var k = 0; k < steps.length; k += 2) {
                                x += steps[k];
                                y += steps[k + 1];
                                ring[k / 2] = new L.LatLng(y / packed.scale, x / packed.scale);
                            }
                            return ring;
                        });
                    });
                    layer = L.polygon(polygons, L.extend({smoothFactor: 0.5}, atlas.blank));
                    layer.feature = {type: "Feature", id: id,
                                     properties: {area_id: id, level: packed.level}};
                    return layer;
                });
            };
            // The layers now, without shapes: streamlit-folium binds its click handlers to
            // the layers the map holds when this script has run (a shape's click reaches
            // its layer). The shapes are unpacked into layers of their own now and added
            // to the map's by draw(). Combined areas go in atlas.over, over the others.
            var built = {};
            packs.forEach(function (pack) {
                if (!pack[1]) { return; }
                var name = pack[0], optional = pack[2];
                atlas.groups[name] = atlas.tip(L.featureGroup()).addTo(map);
                built[name] = atlas.unpack(pack[1]);
                built[name].forEach(function (layer) {
                    var feature = layer.feature;
                    atlas.layers[feature.id] = layer;
                    atlas.home[feature.id] = optional ? name : null;
                    atlas.bind(feature, layer);
                });
            });
            atlas.over = atlas.tip(L.featureGroup()).addTo(map);
            function draw(view) {
                // The view's extent first (else every shape's), without animation:
                // Leaflet projects and draws the shapes once, at the zoom shown.
                var extent = view && view.bounds;
                if (!extent && areas && areas.bbox) {
                    extent = [[areas.bbox[1], areas.bbox[0]], [areas.bbox[3], areas.bbox[2]]];
                }
                if (extent) { map.fitBounds(extent, {animate: false}); }
                if (view && view.bounds) { atlas.bounds = atlas.extent(view); }
                // The shapes in sight are added now, the others once the map is painted:
                // Leaflet projects every vertex of a shape it adds, in sight or not (most
                // of Russia's when the view is a few regions).
                var sight = map.getBounds(), later = [];
                packs.forEach(function (pack) {
                    if (!pack[1]) { return; }
                    var group = atlas.groups[pack[0]];
                    built[pack[0]].forEach(function (layer) {
                        // drawn in the view's colours: not blank first, restyled after
                        var style = (view && view.styles[layer.feature.id]) || atlas.blank;
                        layer.setStyle(style);  // not on the map yet: only its options
                        atlas.drawn[layer.feature.id] = JSON.stringify(style);
                        if (pack[2]) { return; }  // a sea: when a view names it
                        if (sight.intersects(layer.getBounds())) { group.addLayer(layer); }
                        else { later.push(layer); }
                    });
                });
                atlas.apply = apply;
                if (view) { atlas.apply(view); }
                if (later.length) {
                    requestAnimationFrame(function () {
                        setTimeout(function () {
                            later.forEach(function (layer) { atlas.groups.areas.addLayer(layer); });
                        });
                    });
                }
            }
            function apply(view) {
                if (view === atlas.view) { return; }  // posted and applied by its own frame
                atlas.view = view;
                atlas.over.clearLayers();
                atlas.styles = view.styles;
                atlas.props = view.props;
                Object.keys(atlas.layers).forEach(function (id) {
                    var layer = atlas.layers[id], style = view.styles[id], home = atlas.home[id];
                    if (home) {  // a sea: drawn only when a report names it
                        var group = atlas.groups[home];
                        if (style && !group.hasLayer(layer)) { group.addLayer(layer); }
                        if (!style && group.hasLayer(layer)) { group.removeLayer(layer); }
                    }
                    // a shape whose style is the one drawn is left alone
                    var drawn = JSON.stringify(style || atlas.blank);
                    if (drawn !== atlas.drawn[id]) {
                        layer.setStyle(style || atlas.blank);
                        atlas.drawn[id] = drawn;
                    }
                });
                if (view.combined) {
                    L.geoJSON(view.combined, {
                        smoothFactor: 0.5,
                        style: function (feature) { return view.styles[feature.id]; },
                        onEachFeature: atlas.bind
                    }).eachLayer(function (layer) { atlas.over.addLayer(layer); });
                }
                var bounds = atlas.extent(view);
                if (view.bounds && bounds !== atlas.bounds) {
                    if (atlas.bounds === null || view.focus || atlas.moves(view.bounds)) {
                        // the first view's fit is not animated: one projection of the shapes
                        map.fitBounds(view.bounds, {animate: atlas.bounds !== null});
                    }
                    atlas.bounds = bounds;
                }
            }
            // the extent last applied, and whether it was the areas picked in the filters
            atlas.extent = function (view) { return JSON.stringify([view.bounds, !!view.focus]); };
            // Another view of the areas with figures (another night, a reporter) moves
            // the map only when one of them is out of sight or when they would show two
            // or more zoom levels closer: each move projects and draws every shape again.
            // The areas picked in the filters (view.focus) are always fitted.
            atlas.moves = function (bounds) {
                var wanted = L.latLngBounds(bounds);
                return !map.getBounds().contains(wanted) ||
                    map.getBoundsZoom(wanted) >= map.getZoom() + 2;
            };
            // A map in a frame of the app's page (the Map page, whose restyle script posts
            // its view right after) waits for that view, at most {{ this.wait_ms }} ms:
            // drawn blank and fitted to every shape first, the map was projected and drawn
            // twice, the second time once the view came.
            var waiting = !postedView() && page && page !== window && window.frameElement;
            if (!waiting) { draw(postedView()); return; }
            var since = Date.now();
            (function wait() {
                var view = postedView();
                if (view || Date.now() - since >= {{ this.wait_ms }}) { draw(view); return; }
                setTimeout(wait, 25);
            })();
        })();
        {% endmacro %}
        """
    )

    def __init__(
        self,
        areas: str,
        seas: str | None,
        *,
        aliases: Sequence[str],
        blank: dict[str, object],
        highlight: dict[str, object],
        wait_ms: int = VIEW_WAIT_MS,
    ) -> None:
        super().__init__()
        self._name = "AreaLayers"
        self.wait_ms = int(wait_ms)
        self.radius = POINT_RADIUS
        self.areas = _js_string(areas)
        self.seas = _js_string(seas or "null")
        self.aliases_json = json.dumps([html.escape(alias, quote=True) for alias in aliases])
        self.blank_json = json.dumps(blank)
        self.highlight_json = json.dumps(highlight)
