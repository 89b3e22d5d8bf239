"""Progress and cancellation for long analyses, without any clock or thread in the core.

An analysis that runs one cascade per node calls ``progress(done, total)`` now and then, and
asks ``cancelled()`` between two units of work: the CLI (and later the GUI) shows the progress
and sets the flag the check reads; the analysis then stops cleanly, changing nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

REPORTS = 100  # progress calls over a whole analysis: often enough for a bar, cheap enough


class AnalysisCancelledError(Exception):
    """The caller asked to stop; ``done`` of ``total`` units were finished."""

    def __init__(self, what: str, done: int, total: int) -> None:
        super().__init__(f"{what} cancelled after {done} of {total}")
        self.done, self.total = done, total


class Checkpoint:
    """Calls ``progress`` about REPORTS times over ``total`` units, and checks ``cancelled``
    before each unit (the check is the caller's to make cheap: usually a flag read)."""

    def __init__(
        self,
        what: str,
        total: int,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> None:
        self.what, self.total = what, total
        self._progress, self._cancelled = progress, cancelled
        self._every = max(1, total // REPORTS)

    def start(self) -> None:
        if self._progress is not None:
            self._progress(0, self.total)

    def before(self, done: int) -> None:
        """Before unit ``done`` (0-based): raise AnalysisCancelledError if asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise AnalysisCancelledError(self.what, done, self.total)

    def after(self, done: int) -> None:
        """After ``done`` units in all: report now and then, and always at the end."""
        if self._progress is not None and (done % self._every == 0 or done == self.total):
            self._progress(done, self.total)
