"""The hardening battery (``tests/store/test_hardening.py``) again, on PostgreSQL.

Every test of that module is collected here too, with ``db_url`` pointing at an empty
database of the session's throwaway cluster (``testkit.pg``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from testkit.pg import Cluster
from tests.store import test_hardening

globals().update(
    {name: test for name, test in vars(test_hardening).items() if name.startswith("test_")}
)


@pytest.fixture
def db_url(postgres: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = postgres.new_database()
    monkeypatch.setenv("ATLAS_DATABASE_URL", url)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path / "data"))
    return url
