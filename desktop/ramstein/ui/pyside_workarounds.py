"""Work-arounds for bugs of the pinned PySide6, applied once when `ramstein.ui` is imported.

PySide6 6.12.0: `SignalInstance.emit()` (and a successful `disconnect()`) return `True`
without taking a reference to it. Every signal emitted from Python therefore lowers the
reference count of `True` by one, and after a few hundred emits the interpreter aborts with
"Fatal Python error: bool_dealloc: deallocating True or False". The fix below gives the
missing reference back. It is installed only when a probe shows the bug, so a PySide6 that
is fixed runs untouched; an extra reference to True or False is harmless in any case.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_loses_references() -> bool:
    """True when emitting a signal from Python lowers the reference count of `True`."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before


def _give_back(result: Any) -> None:
    if result is True or result is False:
        import ctypes  # only when the bug is present, and only at the first emit

        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))


def install() -> bool:
    """Patch SignalInstance.emit/disconnect if this PySide6 needs it; returns True if so."""
    global _installed
    if _installed or not emit_loses_references():
        return _installed
    original_emit = SignalInstance.emit
    original_disconnect = SignalInstance.disconnect

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original_emit(self, *args)
        _give_back(result)
        return result

    def disconnect(self: SignalInstance, *args: Any) -> Any:
        result = original_disconnect(self, *args)
        _give_back(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    SignalInstance.disconnect = disconnect  # type: ignore[method-assign]
    _installed = True
    return True
