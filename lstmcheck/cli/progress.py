"""A progress bar on stderr for long checks: only in a terminal, never with --quiet, and only
once the run has taken a second, so a pre-commit run never shows one (nor imports rich for
it)."""

from __future__ import annotations

import sys
import time
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")
DELAY = 1.0  # seconds of work before the bar appears


class Progress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.total = 0
        self.done = 0
        self.started = time.monotonic()
        self._bar = None
        self._task = None

    def discovered(self, total: int) -> None:
        """check_paths(discovered=...) calls this with the number of files to check."""
        self.total = total
        self.started = time.monotonic()

    def checked(self) -> None:
        """check_paths(checked=...) calls this as each file is checked, which may be long
        before its result is handed over (results come in order)."""
        self.done += 1
        if self.enabled and self.total > 1:
            self._show(self.done)

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """The results, and the bar taken down once they are all in."""
        try:
            yield from items
        finally:
            if self._bar is not None:
                self._bar.stop()

    def _show(self, done: int) -> None:
        if self._bar is None:
            if time.monotonic() - self.started < DELAY:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn
            from rich.progress import Progress as Bar
            from rich.progress import TimeElapsedColumn

            self._bar = Bar(TextColumn("checking"), BarColumn(), MofNCompleteColumn(),
                            TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("check", total=self.total)
        self._bar.update(self._task, completed=done)
