"""Shared test configuration: every test runs offline against the built boundary pack.

Hypothesis draws the same examples on every run (``derandomize``): the suite that gates a
landing must not pass or fail by chance. A search for new failing inputs is run by hand with
``--hypothesis-profile=explore``, and what it finds becomes an example in the test.

The throwaway PostgreSQL cluster (``testkit.pg.postgres``) is defined here, once: a module
that imported the fixture itself got a cluster of its own (a fixture's cache belongs to
where it is defined), so a session started and stopped five, each a few seconds of
``initdb`` and a stop at the session's end.
"""

from hypothesis import settings

from testkit.pg import postgres as postgres

settings.register_profile("atlas", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("atlas")


#: Test modules that take most of a minute or more of one process, the longest first
#: (seconds summed over each module's tests in a run of two workers at a load of 6-9:
#: ``--junitxml``). ``make test`` spreads whole modules over worker processes (``pytest -n 2
#: --dist loadfile``, which keeps each module's servers and browser in one process); these
#: are handed out first, so that no worker is left alone with one of them at the end while
#: the other has nothing left to do.
LONGEST_MODULES = (
    "tests/geo/test_setup_clone.py",  # 217 s: a boundary pack built in a fresh clone
    "tests/store/test_postgresql.py",  # 157 s: the store on a PostgreSQL server
    "tests/geo/test_pack.py",  # 127 s: every region's shape against its neighbours
    "tests/geo/test_gazetteer_index.py",  # 93 s: the name index built and read again
    "tests/app/test_e2e.py",  # 80 s: one server and chromium for twelve browser tests
    "tests/app/test_warm.py",  # 75 s
    "tests/store/test_hardening_pg.py",  # 68 s
    "tests/app/test_e2e_sources.py",
    "tests/app/test_first_view.py",
    "tests/app/test_timeline.py",
    "tests/parsing/test_stopped_builders.py",  # every step of six builders stopped
    "tests/app/test_e2e_import.py",
    "tests/geo/test_curated_towns.py",
    "tests/app/test_e2e_honest.py",
    "tests/geo/test_registry.py",
    "tests/store/test_ingest.py",  # a channel history of 20,000 messages
    "tests/store/test_sync_cli.py",
    # 25 s first in a worker, 180 s at the end of a run in one process (load 8-10)
    "tests/store/test_parse_workers.py",
)


def pytest_collection_modifyitems(config, items) -> None:  # type: ignore[no-untyped-def]
    """Under worker processes (pytest-xdist), collect :data:`LONGEST_MODULES` first, in
    that order; every other module keeps its place after them, and every test its place
    in its module. A run in one process keeps the files' order."""
    if not hasattr(config, "workerinput"):
        return
    rank = {name: n for n, name in enumerate(LONGEST_MODULES)}
    root = config.rootpath

    def first(item) -> int:  # type: ignore[no-untyped-def]
        return rank.get(item.path.relative_to(root).as_posix(), len(rank))

    items.sort(key=first)
