"""PySide6 6.12.0 drops a reference to True on every Python-side emit(); the UI fixes that."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import ramstein.ui  # noqa: F401  (installs the work-around)


class _Source(QObject):
    changed = Signal(int)


def test_emitting_thousands_of_signals_keeps_the_interpreter_alive() -> None:
    source = _Source()
    received: list[int] = []
    source.changed.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(5_000):  # unpatched, 6.12.0 aborts after a few hundred
        source.changed.emit(number)
    assert len(received) == 5_000
    assert sys.getrefcount(True) >= before
