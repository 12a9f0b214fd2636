"""Opening, creating and filling databases for the main window.

Everything here happens after the window's first paint, so this module (and the file dialogs
and message boxes it uses) stays off the start-up path. Work runs on the window's TaskRunner;
a result that arrives after a newer open was started is dropped (and its database closed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction

from .instance_lock import InstanceLock, LockHolder, LockResult
from .progress_dialog import DialogProgress

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMenu

    from ..services import Workspace
    from ..services.health import HealthReport
    from ..storage.backup import BackupInfo
    from .main_window import MainWindow
    from .window_switch import ActivationServer

log = logging.getLogger("ramstein.ui.open_database")

DEMO_PLEDGES = 2_000
DEMO_DELIVERIES = 6_000
DB_FILTER = QT_TRANSLATE_NOOP(
    "DatabaseOpener", "Ramstein Planner database (*.ramstein *.db *.sqlite *.sqlite3);;All files (*)")


class DatabaseOpener(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._generation = 0
        self.demo_progress: DialogProgress | None = None
        self.lock: InstanceLock | None = None  # the lock of the database shown
        self.switch_server: ActivationServer | None = None  # listens while the lock is held
        self.restore_dialog: QDialog | None = None
        self._then: Callable[[], None] | None = None  # told once the latest open is shown

    # ------------------------------------------------------------------ opening
    def open_path(self, path: Path | str | None, *, create: bool = False,
                  demo_if_empty: bool = False, read_only: bool = False) -> None:
        """Open `path` (None: the per-user default; a str: a server database's URL) on the
        worker; show it when ready.

        A database open in another window (its lock is held) is opened only read-only, after
        asking; one whose folder cannot hold a lock file is opened read-only and says so. A
        server database takes no lock: several planners share it, and the version column
        refuses an edit of a row someone else changed meanwhile.
        """
        if isinstance(path, str):
            self.release_lock()
            self._submit_open(path, create, demo_if_empty, read_only, None)
            return
        target = _resolved(path)
        if self.lock is not None and self.lock.db_path == target and self.lock.is_locked():
            lock, result = self.lock, LockResult(True, None, "")  # reopening ours (a restore)
        else:
            lock = InstanceLock(target)
            result = lock.acquire()
        if result.holder is not None and not read_only:
            self._ask_read_only(path, result.holder, create, demo_if_empty)
            return
        if not result.locked and not read_only:
            read_only = True
            self.window.statusBar().showMessage(
                QCoreApplication.translate("DatabaseOpener", "No lock file can be created next to {name}: opening it read-only.").format(name=target.name))
        self._submit_open(path, create, demo_if_empty, read_only, lock if result.locked else None)

    def _submit_open(self, path: Path | str | None, create: bool, demo_if_empty: bool,
                     read_only: bool, held: InstanceLock | None) -> None:
        self._generation += 1
        self._then = None  # meant for an earlier open
        generation = self._generation
        self.window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", "Opening {shown}…").format(shown=_shown(path)))
        keep = int(self.window.settings.get("backups/keep"))
        self.window.runner.submit(
            "open database", _open_workspace, path, create, demo_if_empty and not read_only,
            read_only, keep,
            on_result=lambda res: self._opened(generation, held, read_only, *res),
            on_error=lambda exc: self._failed(generation, path, exc, held),
        )

    def _ask_read_only(self, path: Path | None, holder: LockHolder, create: bool,
                       demo_if_empty: bool) -> None:
        """The database is open in another window: offer to switch to it (when it listens),
        read-only here, or cancel."""
        import socket

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from .window_switch import can_reach

        target = _resolved(path)
        name = target.name
        here = holder.host in ("", socket.gethostname())
        reachable = here and can_reach(target)
        where = (QCoreApplication.translate("DatabaseOpener", "another window (pid {pid}, {app})").format(
                     pid=holder.pid, app=holder.app) if here
                 else QCoreApplication.translate("DatabaseOpener",
                          "Ramstein Planner on another computer, {host} (pid {pid})").format(
                     host=holder.host, pid=holder.pid))
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DatabaseOpener", "Database already open"),
                          QCoreApplication.translate("DatabaseOpener", "{name} is open in {where}.").format(
                              name=name, where=where), QMessageBox.StandardButton.Cancel,
                          self.window)
        box.setObjectName("alreadyOpenMessage")
        if reachable:
            box.setInformativeText(
                QCoreApplication.translate("DatabaseOpener", 'Only one window at a time can change a database. Switch to the other window to work there. Or open the database here read-only, to look at it and export from it; edits are refused.'))
            switch = box.addButton(QCoreApplication.translate("DatabaseOpener", 'Switch to the other window'), QMessageBox.ButtonRole.YesRole)
            switch.setObjectName("switchWindowButton")
            box.setDefaultButton(switch)
        else:
            switch = None
            box.setInformativeText(
                QCoreApplication.translate("DatabaseOpener", 'Only one window at a time can change a database. This window cannot bring the other one to the front: switch to it from the taskbar to work there. Or open the database here read-only, to look at it and export from it; edits are refused.'))
        read_only = box.addButton(QCoreApplication.translate("DatabaseOpener", 'Open read-only'), QMessageBox.ButtonRole.AcceptRole)
        read_only.setObjectName("openReadOnlyButton")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if switch is not None and button is switch:
                self._switch_to(target, holder)
            elif button is read_only:
                self.open_path(path, create=False, demo_if_empty=False, read_only=True)
            else:
                self.window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", "{name} not opened: it is open in {where}.").format(name=name, where=where))

        box.buttonClicked.connect(answered)
        box.open()
        self.window.last_message = box

    def _switch_to(self, target: Path, holder: LockHolder) -> None:
        """Ask the holder's window to come to the front; this window opens nothing."""
        from .window_switch import request_activation

        if request_activation(target, holder.pid):
            self.window.statusBar().showMessage(
                QCoreApplication.translate("DatabaseOpener", "Switched to the window that has {name} open").format(name=target.name))
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("DatabaseOpener", "{name} not opened: the window that has it open (pid {pid}) did not answer; switch to it from the taskbar.").format(name=target.name, pid=holder.pid))

    def _bring_to_front(self) -> None:
        from .window_switch import bring_to_front

        log.info("another instance asked to switch to this window")
        bring_to_front(self.window)

    def _listen(self, lock: InstanceLock) -> None:
        """While this window holds the lock, another instance can ask it to come up."""
        from .window_switch import ActivationServer

        if self.switch_server is not None:
            return  # still listening for the same lock (a reopen after a restore)
        server = ActivationServer(lock.db_path, self)
        server.activation_requested.connect(self._bring_to_front)
        server.listen()
        self.switch_server = server

    def _opened(self, generation: int, lock: InstanceLock | None, read_only: bool,
                ws: Workspace, empty: bool | None) -> None:
        if generation != self._generation:
            self.window.runner.submit("close database", ws.close)
            if lock is not None and lock is not self.lock:
                lock.release()
            return
        if lock is not self.lock:
            self.release_lock()
        self.lock = lock
        if lock is not None:
            self._listen(lock)
        self.window.set_workspace(ws)
        self.window.set_read_only(read_only)
        if read_only:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("DatabaseOpener", "Opened {path} read-only: edits are refused by the database.").format(path=ws.db.display))
        else:
            self.window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", "Opened {path}").format(path=ws.db.display), 5000)
        then, self._then = self._then, None
        if then is not None:
            then()
        if getattr(ws.db, "crash_suspected", False):
            self._check_after_crash(ws)
        if empty:
            self.create_demo_data()

    # ------------------------------------------------------------------ after a crash
    def _check_after_crash(self, ws: Workspace) -> None:
        """The last session ended without closing the database: check it and say so."""
        window = self.window
        text = "The last session ended unexpectedly; checking the database…"
        window.statusBar().showMessage(text)
        log.warning('%s: %s', ws.path, text)
        window.runner.submit(
            "check after crash", _check_database, ws.path,
            on_result=lambda report: self._checked(ws, report),
            on_error=lambda exc: self._checked(ws, None, exc),
        )

    def _checked(self, ws: Workspace, report: HealthReport | None,
                 exc: BaseException | None = None) -> None:
        window = self.window
        if ws is not window.ws:
            return  # another database is shown by now
        if report is not None and report.ok:
            text = "The last session ended unexpectedly; the database was checked: OK"
            log.warning('%s: %s (%s)', ws.path, text, report.integrity)
            window.statusBar().showMessage(text, 60_000)
            return
        findings = "; ".join(report.messages) if report is not None else str(exc)
        log.error("%s: check after an unexpected end failed: %s", ws.path, findings)
        window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", 'The database failed its check after the last session ended unexpectedly'))
        self._offer_restore(ws, findings)

    def _offer_restore(self, ws: Workspace, findings: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DatabaseOpener", "Database damaged"),
                          QCoreApplication.translate("DatabaseOpener",
                              "The last session ended unexpectedly, and {name} failed "
                              "its check. Restore a backup (File > Restore backup…) before "
                              "working on it.").format(name=ws.path.name),
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("crashCheckFailed")
        box.setInformativeText(findings)
        restore = box.addButton(QCoreApplication.translate("DatabaseOpener", 'Restore backup…'), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("offerRestoreButton")
        box.buttonClicked.connect(lambda b: self.choose_restore() if b is restore else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.window.last_message = box

    def release_lock(self) -> None:
        if self.switch_server is not None:
            self.switch_server.close()
            self.switch_server.deleteLater()
            self.switch_server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _failed(self, generation: int, path: Path | None, exc: BaseException,
                lock: InstanceLock | None) -> None:
        if lock is not None and lock is not self.lock:
            lock.release()
        if generation != self._generation:
            return
        message = str(exc) or type(exc).__name__
        window = self.window
        window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", "Could not open {shown}").format(shown=_shown(path)))
        if window.ws is None:
            window.dashboard.subtitle_label.setText(QCoreApplication.translate("DatabaseOpener", 'No database open'))
        window.show_message("critical", QCoreApplication.translate("DatabaseOpener", 'Could not open the database'),
                            QCoreApplication.translate("DatabaseOpener", "Ramstein Planner could not open {shown}.").format(shown=_shown(path)), message)
        window.workspace_failed.emit(message)

    # ------------------------------------------------------------------ File menu
    def choose_new(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        settings = self.window.settings
        start = Path(settings.get("files/last_dir") or Path.home()) / "planner.db"
        name, _ = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("DatabaseOpener", "New database"), str(start),
            QCoreApplication.translate("DatabaseOpener", DB_FILTER))
        if not name:
            return
        path = Path(name)
        if path.exists() and path.stat().st_size > 0:
            self.window.show_message("warning", QCoreApplication.translate("DatabaseOpener", 'File exists'),
                                     QCoreApplication.translate("DatabaseOpener", "{path} already exists. Use File ▸ Open database… to open it.").format(path=path))
            return
        self.open_path(path, create=True)

    def choose_existing(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.window.settings.get("files/last_dir") or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("DatabaseOpener", "Open database"), start,
            QCoreApplication.translate("DatabaseOpener", DB_FILTER))
        if name:
            self.open_path(Path(name), create=False)

    def fill_recent_menu(self, menu: QMenu) -> None:
        settings = self.window.settings
        menu.clear()
        recent = settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = QAction(QCoreApplication.translate("DatabaseOpener", "&{number} {name}  ({parent})").format(number=number, name=path.name, parent=path.parent), menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p, create=False))
            menu.addAction(action)
        if recent:
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("DatabaseOpener", 'Clear the list'), lambda: settings.set("files/recent", []))
        else:
            menu.addAction(QCoreApplication.translate("DatabaseOpener", 'No recent databases')).setEnabled(False)

    # ------------------------------------------------------------------ restore
    def choose_restore(self) -> None:
        """File > Restore backup…: list the backups, confirm, restore, reopen."""
        from ..storage.backup import list_backups
        from .dialogs.restore_dialog import RestoreDialog

        ws = self.window.ws
        if ws is None:
            self.window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", 'Open a database first.'), 10_000)
            return
        if self.window.read_only:
            self.window.show_message("warning", QCoreApplication.translate("DatabaseOpener", 'Restore backup'),
                                     QCoreApplication.translate("DatabaseOpener", 'This database is open read-only (it is open in another window): restore it from that window.'))
            return
        if ws.db.is_server:
            self._explain_server_backups(ws)
            return
        dialog = RestoreDialog(ws.path, list_backups(ws.path), self.window)
        dialog.chosen.connect(self.restore)
        self.restore_dialog = dialog
        dialog.open()

    def _explain_server_backups(self, ws: Workspace) -> None:
        """A server database is not restored over from this window (other planners work on
        it): its backups are local SQLite snapshots, to open or to copy back on purpose."""
        from ..storage.backup import backup_dir_for

        folder = backup_dir_for(ws.path)
        self.window.show_message(
            "information", QCoreApplication.translate("DatabaseOpener", "Restore backup"),
            QCoreApplication.translate(
                "DatabaseOpener",
                "{name} is a server database that other planners may be using, so it is not "
                "restored from this window. Its backups, taken before each import or "
                "replacement, are local database files in {folder}: open one with File > "
                "Open database… to look at it, or put it back on the server with "
                "ramstein copy --from BACKUP --to URL --replace.").format(
                    name=ws.db.display, folder=folder))

    def restore(self, info: BackupInfo) -> None:
        window, ws = self.window, self.window.ws
        if ws is None:
            return
        path = ws.path
        keep = int(window.settings.get("backups/keep"))
        window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", "Checking and restoring the backup {name}…").format(name=info.path.name))
        window.runner.submit(
            "restore backup", _restore, ws, info.path, keep,
            on_result=lambda safety: self._restored(path, info, safety),
            on_error=lambda exc: self._restore_failed(info, exc),
        )

    def _restored(self, path: Path, info: BackupInfo, safety: Path) -> None:
        from .dialogs.restore_dialog import restored_text

        text = restored_text(info, safety)
        window = self.window
        window.undo_stack.clear()  # its steps describe the state that was replaced

        def reopened() -> None:
            window.statusBar().showMessage(text, 30_000)
            window.show_message("information", QCoreApplication.translate("DatabaseOpener", 'Backup restored'), text)

        self.open_path(path, create=False)
        self._then = reopened

    def _restore_failed(self, info: BackupInfo, exc: BaseException) -> None:
        from .widget_helpers import error_text

        window = self.window
        window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", "Backup {name} not restored").format(name=info.path.name))
        window.show_message("warning", QCoreApplication.translate("DatabaseOpener", 'Backup not restored'),
                            QCoreApplication.translate("DatabaseOpener", "The backup {name} was not restored; the database is as it was.").format(name=info.path.name), error_text(exc))
        window.reload()

    # ------------------------------------------------------------------ demo data
    def create_demo_data(self) -> None:
        window, ws = self.window, self.window.ws
        if ws is None:
            return
        text = (f"This database has no pledges yet: creating demo data "
                f"({DEMO_PLEDGES:,} pledges, {DEMO_DELIVERIES:,} deliveries)…")
        window.statusBar().showMessage(text)
        progress = self.demo_progress = DialogProgress(QCoreApplication.translate("DatabaseOpener", 'Creating demo data'), text, window)
        progress.open()
        window.runner.submit(
            "demo data", _build_demo, ws, progress,
            on_result=lambda _r: self._demo_done(progress, None),
            on_error=lambda exc: self._demo_done(progress, exc),
        )

    def cancel_demo(self) -> None:
        if self.demo_progress is not None:
            self.demo_progress.cancel()  # the demo stops and rolls back

    def _demo_done(self, progress: DialogProgress, exc: BaseException | None) -> None:
        progress.close()
        self.demo_progress = None
        window = self.window
        if exc is None:
            text = (f"Demo data created: {DEMO_PLEDGES:,} invented pledges and "
                    f"{DEMO_DELIVERIES:,} deliveries, for trying the application. "
                    "They are not real figures.")
            window.statusBar().showMessage(text)
            window.show_message("information", QCoreApplication.translate("DatabaseOpener", 'Demo data created'), text)
        elif type(exc).__name__ == "Cancelled":
            window.statusBar().showMessage(
                QCoreApplication.translate("DatabaseOpener", 'Demo data not created (cancelled); the database is unchanged.'))
        else:
            window.statusBar().showMessage(QCoreApplication.translate("DatabaseOpener", 'Demo data could not be created'))
            window.show_message("warning", QCoreApplication.translate("DatabaseOpener", 'Demo data not created'),
                                QCoreApplication.translate("DatabaseOpener", 'The demo data could not be created.'), str(exc))
        window.reload()
        window.demo_finished.emit(exc is None)


def _shown(path: Path | str | None) -> str:
    if isinstance(path, str):  # a server URL: user@host/dbname, never the password
        from ..storage.location import parse_location

        return parse_location(path).display
    return str(path) if path is not None else "the default database"


def _resolved(path: Path | None) -> Path:
    """The file itself, so that two spellings of one path share one lock."""
    from .. import paths

    return (path if path is not None else paths.default_db_path()).expanduser().resolve()


# ---------------------------------------------------------------------- worker jobs
def _open_workspace(path: Path | str | None, create: bool, check_empty: bool,
                    read_only: bool = False, keep: int = 10) -> tuple[Workspace, bool | None]:
    from ..services import open_workspace

    target = path if isinstance(path, str) else _resolved(path)  # a server URL as it is
    ws = open_workspace(target, create=create and not read_only)
    # open_workspace has no keep parameter: a migration backup made by this open rotated
    # with the default; every later backup (imports, restores) keeps `keep`.
    ws.db.keep_backups = keep
    if read_only:
        from ..storage.read_only import make_read_only

        make_read_only(ws.db)
    empty = ws.summaries.summary().pledges == 0 if check_empty else None
    return ws, empty


def _check_database(path: Path) -> HealthReport:
    from ..services.health import check_database

    return check_database(path, crash_suspected=True)


def _restore(ws: Workspace, backup: Path, keep: int) -> Path:
    from ..storage.backup import restore_backup

    ws.close()  # its connections must not be open while the file's content is replaced
    return restore_backup(ws.path, backup, keep=keep)


def _build_demo(ws: Workspace, progress: DialogProgress) -> object:
    from ..services.demo import build_demo

    return build_demo(ws, pledges=DEMO_PLEDGES, deliveries=DEMO_DELIVERIES, progress=progress)
