"""The banner at the top of the window while the database does not answer, and its retries.

Shown when a read or a write raised ConnectionLostError (or a write was refused because the
file became unreachable). It says what happened, counts down to the next try (2 s, 4 s, 8 s,
16 s, then every 30 s), offers Retry now, and lists the edits kept to be saved once the
connection is back. A successful try hides it and `recovered` is emitted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class PendingEdit(Protocol):
    """An edit kept until the database answers (a PledgeCommand, a DeliveryEdit)."""

    def text(self) -> str: ...

BACKOFF_S = (2, 4, 8, 16, 30)
STYLE = ("#connectionBanner { background: #fff3cd; border-bottom: 1px solid #e0c46c; }"
         "#connectionBanner QLabel { color: #5c4400; }")

# (on success, on failure with the error): runs a cheap read off the GUI thread
Probe = Callable[[Callable[[], None], Callable[[BaseException], None]], None]


class ConnectionBanner(QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet(STYLE)
        self.message_label = QLabel("")
        self.message_label.setObjectName("connectionMessage")
        self.message_label.setWordWrap(True)
        self.countdown_label = QLabel("")
        self.countdown_label.setObjectName("connectionCountdown")
        self.pending_label = QLabel("")
        self.pending_label.setObjectName("connectionPending")
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setObjectName("connectionRetry")
        self.retry_button.clicked.connect(self.retry_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.message_label, 1)
        row.addWidget(self.pending_label)
        row.addWidget(self.countdown_label)
        row.addWidget(self.retry_button)
        self.setVisible(False)

    def show_lost(self, detail: str) -> None:
        self.message_label.setText(self.tr(
            "<b>The database is not answering.</b> Nothing was half-written; what you see is "
            "what was last read."))
        self.message_label.setToolTip(detail)
        self.setVisible(True)

    def show_countdown(self, seconds: int) -> None:
        self.countdown_label.setText(self.tr("Retrying in %n s", "", seconds))
        self.retry_button.setEnabled(True)

    def show_trying(self) -> None:
        self.countdown_label.setText(self.tr("Trying again…"))
        self.retry_button.setEnabled(False)

    def show_pending(self, texts: list[str]) -> None:
        self.pending_label.setVisible(bool(texts))
        self.pending_label.setText(self.tr("%n change(s) not saved yet", "", len(texts)))
        self.pending_label.setToolTip("\n".join(texts))


class ConnectionMonitor(QObject):
    """Lost -> countdown -> try -> (recovered | longer countdown); keeps the pending edits."""

    recovered = Signal()

    def __init__(self, banner: ConnectionBanner, probe: Probe, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        self.probe = probe
        self.is_lost = False
        self.attempt = 0
        self.remaining = 0
        self.pending: list[PendingEdit] = []
        self._trying = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        banner.retry_requested.connect(self.retry_now)

    def lost(self, exc: BaseException) -> None:
        if not self.is_lost:
            self.is_lost = True
            self.attempt = 0
            self.banner.show_lost(str(exc))
            self._schedule()
        self.banner.show_pending([c.text() for c in self.pending])

    def keep(self, command: PendingEdit) -> None:
        """An edit that failed because the connection dropped: saved when it is back."""
        self.pending.append(command)
        self.banner.show_pending([c.text() for c in self.pending])

    def take_pending(self) -> list[PendingEdit]:
        out, self.pending = self.pending, []
        self.banner.show_pending([])
        return out

    def reset(self) -> None:
        """Another database is shown: forget this one's state (its pending edits too)."""
        self._tick.stop()
        self.is_lost = False
        self._trying = False
        self.pending = []
        self.banner.show_pending([])
        self.banner.setVisible(False)

    # ------------------------------------------------------------------ retrying
    def _schedule(self) -> None:
        self.remaining = BACKOFF_S[min(self.attempt, len(BACKOFF_S) - 1)]
        self.banner.show_countdown(self.remaining)
        self._tick.start()

    def _count_down(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.retry_now()
        else:
            self.banner.show_countdown(self.remaining)

    def retry_now(self) -> None:
        if not self.is_lost or self._trying:
            return
        self._tick.stop()
        self._trying = True
        self.banner.show_trying()
        self.probe(self._succeeded, self._failed)

    def _succeeded(self) -> None:
        self._trying = False
        if not self.is_lost:
            return
        self.is_lost = False
        self.banner.setVisible(False)
        self.recovered.emit()

    def _failed(self, exc: BaseException) -> None:
        self._trying = False
        if not self.is_lost:
            return
        self.attempt += 1
        self.banner.message_label.setToolTip(str(exc))
        self._schedule()
