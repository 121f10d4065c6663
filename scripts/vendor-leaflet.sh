#!/usr/bin/env bash
# Copy Leaflet's dist files from the npm registry into a folder Streamlit serves,
# so the map works with no internet (stock folium loads Leaflet from a CDN).
set -euo pipefail
version="$1"; dest="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "leaflet@${version}" >/dev/null && tar -xzf leaflet-*.tgz)
mkdir -p "$dest"
cp -r "$work/package/dist/." "$dest/"
test -s "$dest/leaflet.js"
