"""A pool of worker processes that outlives its workers: one that dies (a segmentation fault
in the parser, the kernel's out-of-memory killer) or runs past the time limit costs only the
file it was checking; a fresh worker takes its place. Results come back in the order of the
items, so a pooled run prints what a serial run prints.

Each worker takes one item at a time, so the supervisor always knows which file a dead worker
held. Workers are forked (they inherit the task without pickling it); where fork does not
exist the items are done in this process, without that protection.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Callable, Generic, Iterator, Sequence, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def _serve(connection: Connection, task: Callable) -> None:
    """A worker: do each item it is sent until told to stop (None)."""
    import faulthandler

    faulthandler.disable()  # the supervisor reports a crash as a finding, not as a dump
    while True:
        try:
            item = connection.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if item is None:
            return
        try:
            reply = ("done", task(item))
        except BaseException as exc:  # reported for that item; the worker goes on
            reply = ("failed", f"{type(exc).__name__}: {exc}")
        try:
            connection.send(reply)
        except Exception as exc:  # a result that does not pickle
            connection.send(("failed", f"{type(exc).__name__}: {exc}"))


@dataclass
class _Worker(Generic[Item]):
    process: multiprocessing.process.BaseProcess
    connection: Connection
    index: int | None = None  # the item it holds
    since: float = 0.0

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.process.kill()
            else:
                self.connection.send(None)
        except (OSError, ValueError, AttributeError):
            pass
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()


def forking_available() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def supervise(
    task: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    time_limit: float | None,
    lost: Callable[[Item, str], Result],
) -> Iterator[Result]:
    """`task(item)` for every item in `jobs` worker processes, yielded in the items' order.

    `lost(item, why)` stands in for the result of an item whose worker died ("crashed"),
    ran longer than `time_limit` seconds ("timeout"), or raised (the exception's text).
    """
    if not forking_available():
        for item in items:
            try:
                yield task(item)
            except Exception as exc:
                yield lost(item, f"{type(exc).__name__}: {exc}")
        return
    import gc

    context = multiprocessing.get_context("fork")
    # What the parent holds (the discovered paths, imported modules) is shared with the
    # forked workers; frozen, the workers' collector never touches it, so its pages stay
    # shared instead of being copied into each worker.
    gc.freeze()
    queue = deque(range(len(items)))
    done: dict[int, Result] = {}
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    following = 0

    def start() -> _Worker:
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, task), daemon=True)
        process.start()
        theirs.close()
        return _Worker(process, ours)

    try:
        while following < len(items):
            while queue and len(idle) + len(busy) < max(jobs, 1):
                idle.append(start())
            while queue and idle:
                worker = idle.pop()
                worker.index, worker.since = queue.popleft(), time.monotonic()
                try:
                    worker.connection.send(items[worker.index])
                except (OSError, ValueError):
                    done[worker.index] = lost(items[worker.index], "crashed")
                    worker.stop(kill=True)
                    continue
                busy.append(worker)
            if busy:
                _collect(busy, idle, done, items, time_limit, lost)
            while following in done:
                yield done.pop(following)
                following += 1
    finally:
        gc.unfreeze()
        for worker in [*idle, *busy]:
            worker.stop(kill=worker in busy)


def _collect(busy: list[_Worker], idle: list[_Worker], done: dict, items: Sequence,
             time_limit: float | None, lost: Callable) -> None:
    """Wait for a worker to answer, die or overrun; settle each that did."""
    timeout = None
    if time_limit is not None:
        now = time.monotonic()
        timeout = max(0.0, min(w.since + time_limit - now for w in busy))
    waitables = [w.connection for w in busy] + [w.process.sentinel for w in busy]
    ready = set(wait(waitables, timeout=timeout))
    now = time.monotonic()
    for worker in list(busy):
        index = worker.index
        assert index is not None
        if worker.connection in ready or worker.process.sentinel in ready:
            reply = None
            try:
                if worker.connection.poll():
                    reply = worker.connection.recv()
            except (EOFError, OSError, ValueError, TypeError, AttributeError):
                reply = None
            busy.remove(worker)
            if reply is None:
                done[index] = lost(items[index], "crashed")
                worker.stop(kill=True)
            else:
                status, value = reply
                done[index] = value if status == "done" else lost(items[index], value)
                worker.index = None
                idle.append(worker)
        elif time_limit is not None and now - worker.since >= time_limit:
            busy.remove(worker)
            done[index] = lost(items[index], "timeout")
            worker.stop(kill=True)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_jobs() -> int:
    """One worker per core beyond the second, one on up to two cores: on two cores a second
    worker never paid off in benchmarks/tree_speed.py (more CPU, no less wall time), since
    the parent process reads and prefilters while the worker parses."""
    available = cores()
    return 1 if available <= 2 else available - 1
