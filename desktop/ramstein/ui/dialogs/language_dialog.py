"""Tools > Language…: the interface language (system default, English, Français, Українська).

The choice is saved in `ui/language` and applies from the next start: the views build their
texts once, and retranslating every built widget live would need a `changeEvent` in each.
"Restart now" saves, closes the window the usual way (settings saved, database closed, lock
released) and starts the application again on the same database.

Its texts are extracted into the app catalogue (translations/app_<lang>.ts), with ui/i18n.py.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import i18n

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from ..window_settings import WindowSettings


class LanguageDialog(QDialog):
    restart_requested = Signal()  # the choice is saved; the window should restart now

    def __init__(self, settings: WindowSettings, parent: QWidget | None = None, *,
                 running: str | None = None, override: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self.settings = settings
        self.running = running or i18n.running_language()
        self.override = override if override is not None else i18n.override_in_use()
        saved = i18n.normal_choice(settings.get(i18n.LANGUAGE_KEY))

        self.group = QButtonGroup(self)
        self.buttons_by_choice: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Language of the window, dates and numbers:")))
        system = i18n.language_of(i18n.SYSTEM)
        choices = [(i18n.SYSTEM, self.tr("System default ({language})").format(
            language=i18n.LANGUAGES[system]))]
        # Each language named in itself: a reader must find their own language in any other.
        choices += list(i18n.LANGUAGES.items())
        for choice, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"language_{choice}")
            button.setChecked(choice == saved)
            self.group.addButton(button)
            self.buttons_by_choice[choice] = button
            layout.addWidget(button)
        self.notice = QLabel("")
        self.notice.setObjectName("languageNotice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.restart_button = QPushButton(self.tr("Save and &restart now"))
        self.restart_button.setObjectName("languageRestart")
        self.buttons.addButton(self.restart_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.restart_button.clicked.connect(self._save_and_restart)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(lambda *_: self._show_notice())
        self._show_notice()

    def choice(self) -> str:
        for choice, button in self.buttons_by_choice.items():
            if button.isChecked():
                return choice
        return i18n.SYSTEM

    def _changes_language(self) -> bool:
        return i18n.language_of(self.choice()) != self.running

    def _show_notice(self) -> None:
        lines: list[str] = []
        if self._changes_language():
            lines.append(self.tr("{language} applies from the next start of Ramstein Planner. "
                                 "Restart now to see it (the same database opens again).")
                         .format(language=i18n.LANGUAGES[i18n.language_of(self.choice())]))
        if self.override:
            lines.append(self.tr("This session was started with the language {code} "
                                 "(--lang or RAMSTEIN_LANG), which wins over this setting; a "
                                 "restart from here applies the setting.")
                         .format(code=self.override))
        self.notice.setText("\n\n".join(lines))
        self.notice.setVisible(bool(lines))
        self.restart_button.setEnabled(self._changes_language() or bool(self.override))

    def _store(self) -> None:
        self.settings.set(i18n.LANGUAGE_KEY, self.choice())
        self.settings.sync()

    def _save(self) -> None:
        self._store()
        self.accept()

    def _save_and_restart(self) -> None:
        self._store()
        self.accept()
        self.restart_requested.emit()


# ---------------------------------------------------------------------- restart
def restart_command(database: str | None) -> tuple[str, list[str]]:
    """The program and arguments that start this application again on `database`.

    No --lang: the saved choice must apply. A bundle's executable is the application itself;
    from a checkout or a wheel, the same interpreter runs the CLI module.
    """
    program = sys.executable
    args = [] if getattr(sys, "frozen", False) else ["-m", "ramstein.cli"]
    if database:
        args += ["--db", database]
    return program, args


def database_argument(window: MainWindow) -> str | None:
    """What --db names for the window's database: its path, or a server's URL."""
    ws = window.ws
    if ws is None:
        return None
    db = ws.db
    if getattr(db, "is_server", False):
        return str(db.url)  # type: ignore[attr-defined]
    return str(ws.path)


def launch(program: str, args: list[str]) -> bool:
    """Start the new process, detached, without a language override in its environment."""
    process = QProcess()
    process.setProgram(program)
    process.setArguments(args)
    env = QProcessEnvironment.systemEnvironment()
    env.remove(i18n.ENV_VAR)
    process.setProcessEnvironment(env)
    process.setWorkingDirectory(os.getcwd())
    started = process.startDetached()  # a bool (the docs say a (bool, pid) tuple)
    return bool(started[0] if isinstance(started, tuple) else started)


def restart(window: MainWindow) -> bool:
    """Close `window` the usual way, then start the application again on its database.

    The window closes first, so the new process finds the database closed and its lock free.
    False (and the window kept) if the window refused to close; a failed start is told.
    """
    program, args = restart_command(database_argument(window))
    if not window.close():
        return False
    if not launch(program, args):
        # Blocking on purpose: the window is gone, and this is the last thing to read.
        QMessageBox.critical(None, QCoreApplication.translate("LanguageDialog", "Restart"),
                             QCoreApplication.translate(
                                 "LanguageDialog", "Ramstein Planner could not be started again; "
                                 "start it yourself: the new language applies."))
        return False
    _quit()
    return True


def _quit() -> None:
    """End this process's event loop (the window is closed; dialogs may still be around)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.quit()
