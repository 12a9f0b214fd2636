"""Small helpers that several dialogs and views share: named buttons, error texts."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtWidgets import QPushButton

from ..domain.errors import DomainError


def named_button(text: str, name: str, tip: str) -> QPushButton:
    """A push button with an object name (tests find it) and a tooltip."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    return button


def error_text(exc: BaseException) -> str:
    """What the user reads: the domain's own message; for anything else its text, and the
    traceback goes to the terminal (a bug to report), never into a dialog."""
    if isinstance(exc, DomainError):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    traceback.print_exception(exc, file=sys.stderr)
    return str(exc) or type(exc).__name__
