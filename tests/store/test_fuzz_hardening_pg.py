"""The fuzz pass's tests that write (``tests/store/test_fuzz_hardening.py``) again, on
PostgreSQL: every figure stored or sent to review (by paste, upload and sync) and a claims
CSV's counts, written into an empty database of the session's throwaway cluster
(``testkit.pg``) instead of a SQLite file. The readers' tests write nothing: not repeated.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from store import Store
from store.db import make_engine
from testkit.pg import Cluster
from tests.store import test_fuzz_hardening
from tests.store.test_fuzz_hardening import channel as channel

#: The fuzz tests that write.
WRITING = (
    "test_every_figure_read_is_stored_or_sent_to_review",
    "test_a_claims_csv_count_is_stored_as_written_or_refused_in_one_line",
)
globals().update({name: getattr(test_fuzz_hardening, name) for name in WRITING})


@pytest.fixture(scope="module")
def real_store(postgres: Cluster) -> Iterator[Store]:
    db = Store(make_engine(postgres.new_database()))
    yield db
    db.close()
