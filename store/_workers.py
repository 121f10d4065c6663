"""Run a function over chunks of items in worker processes, results in the chunks' order.

What an import of thousands of texts uses to parse on the machine's other cores
(``store.ingest.prepare``). The workers are forked when this process runs a single
thread (the command line, the benches: they start with what is already imported, the
parser included), else started afresh (``spawn``: forking a process that runs other
threads, the Streamlit server, can copy a lock some thread holds). Workers ignore
Ctrl-C: the parent stops them. Leaving the ``with`` block, on an error or an exception
raised by whoever reads the results (a cancel), terminates the workers at once.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any


def cores() -> int:
    """Return how many cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start(initializer: Callable[..., None], args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    initializer(*args)


@contextmanager
def ordered(
    work: Callable[[Sequence[Any]], list[Any]],
    chunks: Sequence[Sequence[Any]],
    *,
    workers: int,
    initializer: Callable[..., None],
    args: tuple[Any, ...] = (),
) -> Iterator[Iterator[list[Any]]]:
    """Yield an iterator over ``work(chunk)`` for each of ``chunks``, in their order,
    computed by ``workers`` processes each started with ``initializer(*args)``.

    ``work`` and ``initializer`` must be module-level functions, the chunks and results
    picklable.
    """
    method = "fork" if threading.active_count() == 1 else "spawn"
    if method not in multiprocessing.get_all_start_methods():
        method = "spawn"
    context = multiprocessing.get_context(method)
    pool = context.Pool(workers, initializer=_start, initargs=(initializer, args))
    try:
        yield pool.imap(work, chunks)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
