"""Pause Python's cyclic garbage collector while a write builds its rows.

An import or a rebuild of the stored figures creates hundreds of thousands of small
objects (rows, claims, tuples) that hold no reference cycles and are freed by reference
counting; meanwhile the collector's passes walk every live object again and again: a third
of the CPU time of rebuilding the figures of 20,000 messages. The collector is paused for
the duration of such a step and resumed after it (nested and concurrent pauses resume it
when the last one ends, and only if it was running before the first).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector paused."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
