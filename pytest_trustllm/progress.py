"""Progress of the generation passes: one tqdm line per pass, updated in place on the real terminal.

pytest captures output while a test sets up, which is when a pass runs; the line is written
with capture suspended, so it updates in place instead of landing in the test's captured
output. Quiet under ``-qq`` and when the output is not a terminal (the summary at the end
says what was generated). An xdist worker, whose output goes to the controller, writes its
line to the controlling terminal (``/dev/tty``) it shares with the controller, starting with
the worker's id.
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from typing import Any, TextIO

import pytest

from .secrets import redact


class Progress:
    """What the runner reports: a pass starts, advances, ends. This one shows nothing."""

    def start(self, name: str, total: int, what: str) -> None:
        """A pass of ``total`` answers (or scores) for ``name`` begins; ``what`` says what it does."""

    def advance(self, done: int, failed: int = 0) -> None:
        """``done`` of the pass's answers are in (``failed`` of them errors)."""

    def retotal(self, total: int) -> None:
        """The pass needs ``total`` answers after all (sequential gating closed some tests)."""

    def close(self) -> None:
        """The pass ended (finished or interrupted)."""


class Within(Progress):
    """The runner's passes shown inside an outer pass (the rounds of sequential gating): its counts continue
    the outer line's, from ``base``."""

    def __init__(self, outer: Progress) -> None:
        self.outer, self.base, self.n = outer, 0, 0

    def start(self, name: str, total: int, what: str) -> None:
        self.base = self.n

    def advance(self, done: int, failed: int = 0) -> None:
        self.n = self.base + done
        self.outer.advance(self.n, failed)


class TerminalProgress(Progress):
    """A tqdm bar on the terminal pytest writes to: share done, rate, time left."""

    def __init__(self, config: pytest.Config, tty: bool = False) -> None:
        self.capture = config.pluginmanager.get_plugin("capturemanager")
        worker = getattr(config, "workerinput", None)
        self.prefix = f"[{worker['workerid']}] " if worker else ""
        self.tty: TextIO | None = None  # an xdist worker's terminal, open while a pass runs
        self.use_tty = tty  # else stderr, with capture suspended
        self.bar: Any = None

    def start(self, name: str, total: int, what: str) -> None:
        from tqdm import tqdm

        self.close()
        if self.use_tty:
            try:
                self.tty = open("/dev/tty", "w")  # noqa: SIM115 - closed with the pass
            except OSError:
                return
        self._write("\n")  # off the line pytest is writing its dots on
        self.bar = tqdm(
            total=total,
            desc=redact(f"{self.prefix}trustllm: {name}: {what}"),
            unit="answer",
            file=self,
            ncols=100,
            mininterval=0.2,
            leave=True,
        )

    def advance(self, done: int, failed: int = 0) -> None:
        if self.bar is not None:
            if failed:
                self.bar.set_postfix_str(f"{failed} failed", refresh=False)
            self.bar.update(done - self.bar.n)

    def retotal(self, total: int) -> None:
        if self.bar is not None:
            self.bar.total = total
            self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        if self.tty is not None:
            self.tty.close()
            self.tty = None

    # tqdm writes here: the real terminal, capture suspended for the moment of the write.

    def write(self, text: str) -> None:
        self._write(text)

    def flush(self) -> None:
        pass

    def _write(self, text: str) -> None:
        if self.tty is not None:
            self.tty.write(text)
            self.tty.flush()
            return
        suspended = self.capture.global_and_fixture_disabled() if self.capture is not None else nullcontext()
        with suspended:
            sys.stderr.write(text)
            sys.stderr.flush()


def progress_for(config: pytest.Config) -> Progress:
    """A terminal line where a person is watching (a terminal, and not ``-qq``), else nothing."""
    if config.get_verbosity() <= -2:
        return Progress()
    if hasattr(config, "workerinput"):
        try:
            with open("/dev/tty", "w"):
                pass
        except OSError:  # no controlling terminal
            return Progress()
        return TerminalProgress(config, tty=True)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    return TerminalProgress(config) if reporter is not None and reporter.isatty() else Progress()
