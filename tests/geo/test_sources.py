"""The source table and ``fetch`` against a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import settings
from geo import sources
from geo._errors import SourceChecksumError, SourceFetchError

#: Three small mirror files of different kinds (names with Cyrillic, spaces and brackets).
FEW = (
    "regions-crosswalk.csv",
    "ne-occupied-regions.geojson",
    "osm-districts/Regions/YUFO/Республика Адыгея (Адыгея)_Adygea Republic.geojson",
)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        del format, args


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Serve a copy of a few mirror files on 127.0.0.1; yield (base url, served folder)."""
    src = settings.get().boundaries_src
    if not all((src / rel).is_file() for rel in FEW):
        pytest.skip(f"no boundary sources in {src}")
    root = tmp_path / "mirror"
    for rel in FEW:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src / rel, root / rel)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", root
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _few() -> list[sources.SourceFile]:
    table = sources.by_path()
    return [table[rel] for rel in FEW]


def test_table_covers_the_mirror() -> None:
    src = settings.get().boundaries_src
    if not src.is_dir():
        pytest.skip(f"no boundary sources in {src}")
    on_disk = {p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()} - {
        sources.SOURCES_DOC
    }
    assert on_disk == {s.path for s in sources.SOURCES}
    assert len(sources.SOURCES) == 88  # 84 OSM files + DCW + Natural Earth x2 + crosswalk
    mismatched = [s.path for s in sources.SOURCES if sources.sha256_file(src / s.path) != s.sha256]
    assert mismatched == []


def test_table_upstream_addresses() -> None:
    kaluga = sources.by_path()["osm-districts/Regions/CFO/Калужская область_Kaluga region.geojson"]
    assert kaluga.url == (
        "https://raw.githubusercontent.com/timurkanaz/Russia_geojson_OSM/"
        "5af46d6dab9a502713611846892e4185f157dab7/GeoJson's/Regions/CFO/"
        "%D0%9A%D0%B0%D0%BB%D1%83%D0%B6%D1%81%D0%BA%D0%B0%D1%8F%20"
        "%D0%BE%D0%B1%D0%BB%D0%B0%D1%81%D1%82%D1%8C_Kaluga%20region.geojson"
    )
    assert kaluga.licence == "ODbL 1.0"
    assert "© OpenStreetMap contributors" in kaluga.attribution
    assert all(s.licence and s.attribution and s.upstream for s in sources.SOURCES)
    assert {s.path for s in sources.SOURCES if s.url is None} == {
        "dcw-ru-regions.geojson",
        "ne-occupied-regions.geojson",
        "regions-crosswalk.csv",
    }


def test_fetch_from_a_local_mirror(served: tuple[str, Path], tmp_path: Path) -> None:
    base_url, root = served
    dest = tmp_path / "fetched"
    got = sources.fetch(dest, base_url=base_url, sources=_few())
    assert got == [dest / rel for rel in FEW]
    for rel in FEW:
        assert (dest / rel).read_bytes() == (root / rel).read_bytes()
    # a second fetch finds verified files in place and downloads nothing
    shutil.rmtree(root)
    assert sources.fetch(dest, base_url=base_url, sources=_few()) == got


def test_fetch_rejects_a_checksum_mismatch(served: tuple[str, Path], tmp_path: Path) -> None:
    base_url, root = served
    tampered = root / "regions-crosswalk.csv"
    tampered.write_bytes(tampered.read_bytes() + b"RU-XXX,,,,\n")
    dest = tmp_path / "fetched"
    with pytest.raises(SourceChecksumError, match=r"checksum mismatch for 'regions-crosswalk.csv'"):
        sources.fetch(dest, base_url=base_url, sources=_few())
    assert sorted(p.name for p in dest.rglob("*") if p.is_file()) == []


def test_fetch_reports_a_missing_file(served: tuple[str, Path], tmp_path: Path) -> None:
    base_url, root = served
    (root / "ne-occupied-regions.geojson").unlink()
    with pytest.raises(
        SourceFetchError, match=r"could not fetch .*ne-occupied-regions.geojson.*404"
    ):
        sources.fetch(tmp_path / "fetched", base_url=base_url, sources=_few())


def test_fetch_without_mirror_needs_direct_addresses(tmp_path: Path) -> None:
    with pytest.raises(SourceFetchError, match=r"3 source files have no direct upstream address"):
        sources.fetch(tmp_path, sources=sources.SOURCES)
    assert list(tmp_path.iterdir()) == []


def test_fetch_refuses_other_schemes(tmp_path: Path) -> None:
    with pytest.raises(SourceFetchError, match=r"only http and https"):
        sources.fetch(tmp_path, base_url="file:///etc", sources=_few()[:1])
