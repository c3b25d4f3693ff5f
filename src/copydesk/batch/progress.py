"""The live progress bar of a batch run: rate, ETA, ok and error counts, on stderr.

The bar is drawn only when stderr is a terminal; otherwise nothing is drawn (the
caller still prints its one-line summary at the end).
"""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress


class Progress:
    """A rich progress bar over the stories of one run (a no-op when disabled or not on a TTY)."""

    def __init__(self, total: int | None, *, enabled: bool = True, skipped: int = 0, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.enabled = enabled and self.console.is_terminal
        self.ok = self.errors = 0
        self._bar: RichProgress | None = None
        self._task: TaskID | None = None
        if self.enabled:
            self._bar = RichProgress(
                TextColumn("[bold]batch"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>6.1f} stories/s"),
                TextColumn("[green]{task.fields[ok]} ok[/] [red]{task.fields[errors]} errors[/]"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            remaining = None if total is None else max(total - skipped, 0)
            self._task = self._bar.add_task("batch", total=remaining, ok=0, errors=0, rate=0.0)

    def advance(self, ok: int, errors: int) -> None:
        """Count ``ok`` and ``errors`` more finished stories."""
        self.ok += ok
        self.errors += errors
        if self._bar is not None and self._task is not None:
            task = self._bar.tasks[0]
            done = task.completed + ok + errors
            rate = done / task.elapsed if task.elapsed else 0.0
            total = task.total if task.total is None or done <= task.total else done
            self._bar.update(self._task, advance=ok + errors, total=total, ok=self.ok, errors=self.errors, rate=rate)

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
