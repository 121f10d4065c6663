"""Fixtures of the geo tests: the real boundary pack, built once per session if stale."""

from __future__ import annotations

import pytest

import settings
from geo import build
from geo._errors import GeoError
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
