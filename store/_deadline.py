"""Stop a parse that does not end: the text is kept for review and the import goes on.

A loop of the parser whose position stood still (stop 40: "Этой ночью X подверглась атаке
беспилотников.", then "..., там Брянская область.") had stalled an import with no word, its
worker spinning for ever. :func:`within` bounds the CPU time of the code under it and raises
:class:`Overdue` inside that code when the bound is passed, wherever it runs:

- in a process's only thread (the command line, the import's worker processes): the
  process's CPU timer (``ITIMER_VIRTUAL``) and its signal, ``SIGVTALRM`` (a timer of CPU time:
  a loaded machine slows a parse without stopping it; and not ``SIGALRM``, pytest-timeout's);
- in any other thread (the Import and Sources pages run imports in a thread of the server):
  a watcher thread reads the thread's own CPU clock every ``_LOOK`` seconds and raises the
  exception in it (``PyThreadState_SetAsyncExc``).

Either raises it again every ``_LOOK`` seconds of CPU time while the code runs on: a stop that
lands in a callback of the garbage collector or a finaliser (a weak reference's callback run in
the middle of a parse) is only reported by Python ("Exception ignored in ..."), and a stop raised
once had then left the code running for ever (found at stop 41, by the whole suite). A watcher is
never started in a process's only thread: the import forks its workers only from a process that
runs one thread.

A stop is never raised in the code of a module that takes a lock of the process before the
``try`` that lets it go (:data:`_TAKING_LOCKS`): raised between the two, it would leave the lock
held for good, and every other thread that logs, waits or imports would then wait for ever. It
waits for the next look, once the code is out of theirs (:func:`may_stop`).

A bound is CPU time, never wall-clock time. The exception derives from ``BaseException`` so
that no ``except Exception`` between it and the caller takes it for a failure of its own.
"""

from __future__ import annotations

import ctypes
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

#: CPU seconds any parse may take, and CPU seconds more per million characters of its text.
#: The slowest shape the benches parse, ministry statements told in windows, takes 3.3 s a
#: million characters on one idle core: ten times that and half a minute more.
BASE_S = 30.0
PER_MILLION_CHARS_S = 33.0
#: How often a watcher thread reads the CPU clock of the thread it watches, and how often a
#: stop is raised again while the code runs on past its bound (seconds).
_LOOK = 0.25


#: The modules whose code takes a lock of the process and enters the ``try`` that lets it go only
#: at its next step: logging (its module's lock in ``getLogger`` and ``isEnabledFor``, a handler's
#: in ``handle``), threading (a condition's waiters) and the import system (a module's lock).
#: Stop 42: a parse stopped at the ``try`` of ``logging.getLogger`` (the morphology analyser sets
#: its logger's level as it is built) left logging's lock held by the thread, and the next thread
#: that made a database engine waited on it for ever.
_TAKING_LOCKS = frozenset({"logging", "threading", "importlib"})


class Overdue(BaseException):
    """The code under :func:`within` ran past its bound of CPU time and was stopped."""


def bound(chars: int) -> float:
    """Return the CPU seconds a parse of a text of ``chars`` characters may take."""
    return BASE_S + PER_MILLION_CHARS_S * chars / 1_000_000


def may_stop(frame: FrameType | None) -> bool:
    """Tell whether a stop raised in ``frame`` leaves every lock as it was: it is no code of
    :data:`_TAKING_LOCKS` (a lock of theirs is taken and let go in their own frames)."""
    if frame is None:
        return True
    module = str(frame.f_globals.get("__name__", ""))
    return module.partition(".")[0] not in _TAKING_LOCKS


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Run the body with at most ``seconds`` of CPU time; raise :class:`Overdue` in it past them."""
    alone = threading.active_count() == 1 and threading.current_thread() is threading.main_thread()
    if alone and hasattr(signal, "setitimer"):
        with _by_timer(seconds):
            yield
    else:
        with _by_watcher(seconds):
            yield


@contextmanager
def _by_timer(seconds: float) -> Iterator[None]:
    armed = [True]

    def stop(_signum: int, frame: FrameType | None) -> None:
        if armed[0] and may_stop(frame):
            raise Overdue

    before = signal.signal(signal.SIGVTALRM, stop)
    # again every _LOOK seconds of CPU time past the bound: a stop raised while the code was
    # in a callback of the garbage collector or a finaliser is only reported ("Exception
    # ignored in ..."), and the code runs on
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds, _LOOK)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, before)


@contextmanager
def _by_watcher(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    clock = _cpu_clock(target)
    spent = clock() + seconds
    lock = threading.Lock()
    armed = [True]
    done = threading.Event()

    def watch() -> None:
        while not done.wait(_LOOK):
            with lock:
                if not armed[0]:
                    return
                # again at each look past the bound: a stop raised in a callback of the garbage
                # collector or a finaliser is only reported, and the code runs on; none where
                # the thread is, this look, in code that takes a lock (may_stop)
                if clock() >= spent and may_stop(sys._current_frames().get(target)):
                    _raise_in(target, Overdue)

    watcher = threading.Thread(target=watch, name="parse-deadline", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        # disarmed first, before any call (where a stop set now would be raised): the watcher
        # sets no stop after it, and ends at its next look even if this block is cut short
        armed[0] = False
        with lock:
            done.set()
        watcher.join()
        # A stop set as the body ended is raised here, in this block: the bound had passed. It
        # is never taken back: CPython signals every thread's evaluation loop on any call of
        # PyThreadState_SetAsyncExc, and a call with no exception leaves that signal set for
        # good (a later traced call looped on its first instruction).


def _cpu_clock(ident: int) -> Callable[[], float]:
    """The CPU clock of the thread ``ident`` (a wall clock where the system has none)."""
    try:
        clock_id = time.pthread_getcpuclockid(ident)
    except (AttributeError, OSError):  # not on Linux
        return time.monotonic
    return lambda: time.clock_gettime(clock_id)


def _raise_in(ident: int, exc: type[BaseException]) -> None:
    """Raise ``exc`` in the thread ``ident`` at its next bytecode."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc))
