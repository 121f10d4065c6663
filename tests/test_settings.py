"""settings.get(): every ATLAS_* value is checked, and all problems are told at once."""

from __future__ import annotations

from pathlib import Path

import pytest

import settings


def test_defaults_and_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in settings.VARIABLES:  # the test's own environment must not leak in
        monkeypatch.delenv(name, raising=False)
    defaults = settings.get()
    assert (defaults.night_start_hour, defaults.night_end_hour) == (20, 7)
    assert defaults.sync is True and defaults.telegram_base == "https://t.me"
    assert defaults.database_url == f"sqlite:///{settings.ROOT / 'data' / 'atlas.sqlite'}"
    monkeypatch.setenv("ATLAS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ATLAS_NIGHT_START_HOUR", " 22 ")
    monkeypatch.setenv("ATLAS_NIGHT_END_HOUR", "0")
    monkeypatch.setenv("ATLAS_SYNC", "OFF")
    monkeypatch.setenv("ATLAS_SYNC_DELAY", "0")
    monkeypatch.setenv("ATLAS_TELEGRAM_BASE", "http://127.0.0.1:8000/")
    current = settings.get()
    assert (current.night_start_hour, current.night_end_hour) == (22, 0)
    assert current.database_url == f"sqlite:///{tmp_path / 'atlas.sqlite'}"
    assert (current.sync, current.sync_delay_s) == (False, 0.0)
    assert current.telegram_base == "http://127.0.0.1:8000"
    assert settings.get() is current  # built once per set of values


def test_every_bad_value_is_named_in_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATLAS_NIGHT_START_HOUR", "24")
    monkeypatch.setenv("ATLAS_NIGHT_END_HOUR", "seven")
    monkeypatch.setenv("ATLAS_MAX_IMPORT_BYTES", "0")
    monkeypatch.setenv("ATLAS_SYNC", "maybe")
    monkeypatch.setenv("ATLAS_SYNC_TIMEOUT", "-1")
    monkeypatch.setenv("ATLAS_DATABASE_URL", "atlas.sqlite")
    monkeypatch.setenv("ATLAS_PACK_DIR", "")
    with pytest.raises(settings.SettingsError) as caught:
        settings.get()
    assert str(caught.value) == (
        "invalid settings: "
        "ATLAS_NIGHT_START_HOUR is '24': expected an hour from 0 to 23; "
        "ATLAS_NIGHT_END_HOUR is 'seven': expected an hour from 0 to 23; "
        "ATLAS_DATABASE_URL is 'atlas.sqlite': expected a database URL such as "
        "sqlite:///path or postgresql+psycopg://host/db; "
        "ATLAS_PACK_DIR is '': expected a folder path; "
        "ATLAS_MAX_IMPORT_BYTES is '0': expected a number of bytes above 0; "
        "ATLAS_SYNC is 'maybe': expected on or off; "
        "ATLAS_SYNC_TIMEOUT is '-1': expected a number of seconds above 0"
    )
    assert isinstance(caught.value, ValueError)


def test_a_night_needs_two_different_hours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATLAS_NIGHT_START_HOUR", "6")
    monkeypatch.setenv("ATLAS_NIGHT_END_HOUR", "6")
    with pytest.raises(
        settings.SettingsError,
        match=(
            r"^invalid settings: ATLAS_NIGHT_START_HOUR and ATLAS_NIGHT_END_HOUR are both 6:"
            r" a night needs two different hours$"
        ),
    ):
        settings.get()
