"""A throwaway PostgreSQL cluster for the store's tests against a real database server.

The cluster lives in a temporary folder for one test session and listens on a unix socket
in that folder only (``listen_addresses=''``: no TCP at all, so nothing but this machine's
processes can reach it). PostgreSQL refuses to run as root: under root the server runs as
the ``postgres`` system user the Debian package creates. Durability is switched off
(``fsync``, ``full_page_writes``): the data is thrown away at the end.
"""

from __future__ import annotations

import gc
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

#: Where Debian's ``postgresql`` package puts the server binaries (one folder per major).
_INITDB_GLOB = "/usr/lib/postgresql/*/bin/initdb"
_USER = "atlas"


def _bin_dir() -> Path:
    found = sorted(glob.glob(_INITDB_GLOB), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        msg = (
            f"PostgreSQL is not installed (no {_INITDB_GLOB}): the store's PostgreSQL tests "
            "need it; run `make system-test-deps` (or `bash scripts/system-test-deps.sh`)"
        )
        pytest.fail(msg, pytrace=False)
    return Path(found[-1]).parent


def _as_server_user() -> list[str]:
    """Return the command prefix that runs the server as a user PostgreSQL accepts."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        msg = "running as root, PostgreSQL needs another user, and `runuser` is missing"
        pytest.fail(msg, pytrace=False)
    return [runuser, "-u", "postgres", "--"]


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    if done.returncode != 0:
        msg = f"{what} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
        pytest.fail(msg, pytrace=False)


@dataclass
class Cluster:
    """A running cluster: ``new_database()`` gives each test an empty database of its own."""

    socket_dir: Path
    _names: Iterator[int] = field(default_factory=itertools.count)
    #: The databases ``new_database`` created, in order.
    databases: list[str] = field(default_factory=list)

    def url(self, database: str) -> str:
        """Return the SQLAlchemy URL of ``database`` (over the cluster's unix socket)."""
        return f"postgresql+psycopg://{_USER}@/{database}?host={self.socket_dir}"

    def new_database(self) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        import psycopg

        name = f"atlas_{next(self._names)}"
        with psycopg.connect(
            host=str(self.socket_dir), user=_USER, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.databases.append(name)
        return self.url(name)


def open_connections(databases: Collection[str]) -> list[Any]:
    """Return this process's psycopg connections to ``databases`` that are not closed.

    Every ``psycopg.Connection`` object is looked at, however it is reached (a store's
    pool, a pool an engine dropped, garbage not collected yet): one left open is closed by
    nobody, and psycopg warns when the garbage collector finds it, inside whatever runs then.
    """
    import psycopg

    return [
        found
        for found in gc.get_objects()
        if isinstance(found, psycopg.Connection)
        and not found.closed
        and found.info.dbname in databases
    ]


def start_cluster(root: Path) -> Cluster:
    """Run ``initdb`` in ``root`` and start the server; the caller stops it (``stop_cluster``)."""
    bin_dir = _bin_dir()
    prefix = _as_server_user()
    if prefix:
        shutil.chown(root, user="postgres", group="postgres")
    data = root / "data"
    _run(
        [
            *prefix,
            str(bin_dir / "initdb"),
            "--pgdata",
            str(data),
            "--username",
            _USER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--no-locale",
            "--no-sync",
        ],
        "initdb",
    )
    options = (
        f"-c listen_addresses='' -c unix_socket_directories='{root}' -c fsync=off "
        "-c full_page_writes=off -c synchronous_commit=off"
    )
    _run(
        [
            *prefix,
            str(bin_dir / "pg_ctl"),
            "start",
            "--pgdata",
            str(data),
            "--wait",
            "--log",
            str(root / "server.log"),
            "-o",
            options,
        ],
        "pg_ctl start",
    )
    return Cluster(socket_dir=root)


def stop_cluster(root: Path) -> None:
    """Stop the server started in ``root`` (fast shutdown) and delete its files."""
    bin_dir = _bin_dir()
    subprocess.run(
        [
            *_as_server_user(),
            str(bin_dir / "pg_ctl"),
            "stop",
            "--pgdata",
            str(root / "data"),
            "--mode",
            "fast",
            "--wait",
        ],
        capture_output=True,
        check=False,
        timeout=60,
    )
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    """Start a throwaway PostgreSQL cluster for the session, listening on a unix socket only."""
    # not pytest's tmp_path: its parents are private to the user running the tests, and the
    # server runs as another user under root; a short path keeps the socket's under 107 bytes
    root = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    try:
        cluster = start_cluster(root)
    except BaseException:
        stop_cluster(root)
        raise
    try:
        yield cluster
    finally:
        stop_cluster(root)
