"""Run a function over chunks of items in worker processes, results in the chunks' order.

What an import of thousands of texts uses to parse on the machine's other cores
(``store.ingest.prepare``), and a rebuild of many nights' figures to reconcile its units
side by side (:func:`spread`, ``store.figures``). The workers are forked when this process runs a single
thread (the command line, the benches: they start with what is already imported, the
parser included), else started afresh (``spawn``: forking a process that runs other
threads, the Streamlit server, can copy a lock some thread holds). Workers ignore
Ctrl-C: the parent stops them. Leaving the ``with`` block, on an error or an exception
raised by whoever reads the results (a cancel), terminates the workers at once.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)


def cores() -> int:
    """Return how many cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start(initializer: Callable[..., None], args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    initializer(*args)
    # a worker collects its own garbage, whatever the parent paused when it was forked
    # (store._gc); what it holds now (the modules, the parser's data: 160,000 objects the
    # collector tracks) lives as long as the worker: kept out of the collector's passes,
    # which walked it at every full pass (a fortieth of a parse's time) and, in a forked
    # worker, wrote to each object's header, copying the parent's pages
    gc.enable()
    gc.freeze()


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


def can_fork() -> bool:
    """Return whether this process may fork workers that share its memory: it runs one
    thread (forking a process that runs others can copy a lock some thread holds)."""
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def spread(work: Callable[[Any], Any], tasks: Sequence[Any], *, workers: int) -> list[Any]:
    """Return ``[work(task) for task in tasks]``, computed by this process and up to
    ``workers - 1`` forked children side by side.

    The children share what this process holds (the tasks are never pickled; only the
    results come back through a pipe), so it is for work on data already in memory, such
    as a write's rows inside its open transaction: a child touches no connection and no
    file, it computes and sends its results. Tasks are dealt to the processes in turn,
    this process taking the first. When forking is not safe (:func:`can_fork`) or one task
    or worker is asked for, everything runs here; a child that fails or dies has its tasks
    computed here again (an error of ``work`` is then raised here, with its traceback).
    """
    tasks = list(tasks)
    count = min(workers, len(tasks))
    if count < 2 or not can_fork():
        return [work(task) for task in tasks]
    context = multiprocessing.get_context("fork")
    shares = [list(range(k, len(tasks), count)) for k in range(count)]
    children = []
    try:
        for share in shares[1:]:
            receive, send = context.Pipe(duplex=False)
            child = context.Process(
                target=_run_share, args=(send, work, [tasks[k] for k in share]), daemon=True
            )
            child.start()
            send.close()
            children.append((share, receive, child))
        results: list[Any] = [None] * len(tasks)
        for k in shares[0]:
            results[k] = work(tasks[k])
        for share, receive, _child in children:
            try:
                done, value = receive.recv()
            except EOFError:
                done, value = False, "the worker ended without an answer"
            if not done:
                log.warning("a worker failed, its share computed here again: %s", value)
                value = [work(tasks[k]) for k in share]
            for k, result in zip(share, value, strict=True):
                results[k] = result
        return results
    finally:
        for _share, receive, child in children:
            receive.close()
            if child.is_alive():
                child.terminate()
            child.join()


def _run_share(send: Any, work: Callable[[Any], Any], tasks: Sequence[Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        answer: tuple[bool, Any] = (True, [work(task) for task in tasks])
    except BaseException:  # told to the parent, which computes the share again
        answer = (False, traceback.format_exc())
    try:
        send.send(answer)
    finally:
        send.close()
