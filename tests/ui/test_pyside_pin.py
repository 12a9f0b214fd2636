"""Guard for the PySide6 pin: PySide6 6.12.0 drops a reference to True on every emit() from
Python and the interpreter aborts after a few hundred signals ("bool_dealloc"). 6.11.3 does
not. If this fails after an upgrade, the new version has the bug: keep the old pin."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()
    value = Signal(object)


def test_emitting_signals_keeps_the_reference_count_of_true() -> None:
    probe = _Probe()
    received: list[object] = []
    probe.value.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(300):
        probe.ping.emit()
        probe.value.emit(i)
    assert len(received) == 300
    assert sys.getrefcount(True) >= before - 5
