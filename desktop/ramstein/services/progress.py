"""The progress/cancel protocol of long work: the UI feeds a dialog, the CLI prints a bar."""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO


class Cancelled(Exception):
    """The user cancelled; the operation left the database as it was."""


class Progress(Protocol):
    def report(self, done: int, total: int, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    cancelled = False

    def report(self, done: int, total: int, message: str = "") -> None:
        return None


def check(progress: Progress) -> None:
    if progress.cancelled:
        raise Cancelled("cancelled by the user; nothing was changed")


class TextProgress:
    """A one-line progress bar for terminals (plain lines when not a TTY)."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.cancelled = False
        self._last = 0.0
        self._last_msg = ""
        self._tty = self.stream.isatty()
        self._open_line = False  # a bar is on the terminal's line, not yet ended

    def report(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        finished = total > 0 and done >= total
        if not finished and message == self._last_msg and now - self._last < 0.2:
            return
        self._last, self._last_msg = now, message
        frac = done / total if total else 0.0
        if self._tty:
            filled = int(frac * self.width)
            bar = "#" * filled + "-" * (self.width - filled)
            self.stream.write(f"\r[{bar}] {frac:6.1%} {message[:50]:<50}")
            self._open_line = not finished
            if finished:
                self.stream.write("\n")
        elif finished or message:
            self.stream.write(f"{frac:6.1%} {message}\n")
        self.stream.flush()

    def close(self) -> None:
        """Clear an unfinished bar, so what is printed next starts on a clean line."""
        if self._open_line:
            self.stream.write("\r" + " " * (self.width + 60) + "\r")
            self.stream.flush()
            self._open_line = False
