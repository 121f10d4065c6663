"""Time conventions: naive Moscow time in the database, aware Moscow time everywhere else."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

from settings import MSK

__all__ = [
    "MSK",
    "at_moment",
    "day_bounds",
    "from_db",
    "from_unix",
    "in_night",
    "night_bounds",
    "night_date",
    "to_db",
]


def to_db(value: datetime | None) -> datetime | None:
    """Return ``value`` as naive Moscow time (naive input is taken as Moscow time)."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value
    return value.astimezone(MSK).replace(tzinfo=None)


def at_moment(column: Any, moment: datetime) -> Any:
    """Return a condition that ``column`` holds ``moment`` (stored as :func:`to_db` gives it).

    A bound of a microsecond each side, not ``==``: SQLite keeps a time as text, written
    ``2025-09-12 06:00:00`` by the store's bulk insert and ``2025-09-12 06:00:00.000000`` by
    SQLAlchemy's own statements, and the two texts are not equal. The rows found are the
    moment's (the driver reads both texts back as the same time).
    """
    value = to_db(moment)
    step = timedelta(microseconds=1)
    return column.between(value - step, value + step)  # type: ignore[operator]


def from_db(value: datetime | None) -> datetime | None:
    """Return a stored naive Moscow time as an aware datetime."""
    if value is None:
        return None
    return value.replace(tzinfo=MSK)


def from_unix(seconds: float) -> datetime:
    """Return UTC seconds as an aware Moscow datetime."""
    return datetime.fromtimestamp(seconds, UTC).astimezone(MSK)


def in_night(hour: int, start_hour: int, end_hour: int) -> bool:
    """Return whether a clock hour falls inside the night ``[start_hour, end_hour)``."""
    if start_hour > end_hour:
        return hour >= start_hour or hour < end_hour
    return start_hour <= hour < end_hour


def night_date(moment: datetime, start_hour: int, end_hour: int) -> date:
    """Return the night a moment inside the night belongs to: dated by its morning."""
    if start_hour > end_hour and moment.hour >= start_hour:
        return moment.date() + timedelta(days=1)
    return moment.date()


@lru_cache(maxsize=8192)
def night_bounds(night: date, start_hour: int, end_hour: int) -> tuple[datetime, datetime]:
    """Return the naive start and end of the night dated ``night``."""
    end = datetime(night.year, night.month, night.day, end_hour)
    start_day = night - timedelta(days=1) if start_hour > end_hour else night
    start = datetime(start_day.year, start_day.month, start_day.day, start_hour)
    return start, end


@lru_cache(maxsize=8192)
def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Return the naive start and end of a calendar day."""
    start = datetime(day.year, day.month, day.day)
    return start, start + timedelta(days=1)
