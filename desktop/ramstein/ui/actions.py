"""Every action of the main window, declared in one table (CONVENTIONS §6).

Menus, the toolbar, the navigation buttons and the shortcuts are all built from `ACTIONS`.
A row names its handler, a method of the main window, so nothing is wired by hand elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

Key = QKeySequence.StandardKey


class ActionSpec(NamedTuple):  # a NamedTuple: `dataclasses` would be one more start-up import
    name: str  # objectName, also the key into MainWindow.actions
    text: str  # English; texts and tips are marked QT_TRANSLATE_NOOP and translated when built
    menu: str  # "File", "View", "Help"
    handler: str  # a method of the main window; it gets the action's `data` when set
    shortcut: Key | str | None = None
    icon: str | None = None  # a QStyle.StandardPixmap name, set by apply_icons()
    tip: str = ""
    toolbar: bool = False
    data: str | None = None
    group: str | None = None  # actions in one group are checkable and exclusive
    separator_before: bool = False
    more_shortcuts: tuple[str, ...] = ()  # after the standard ones (Redo: also Ctrl+Shift+Z)


# The five views, in navigation order: (key, title, shortcut).
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("Actions", "Dashboard"), "Ctrl+1"),
    ("pledges", QT_TRANSLATE_NOOP("Actions", "Pledges"), "Ctrl+2"),
    ("calendar", QT_TRANSLATE_NOOP("Actions", "Calendar"), "Ctrl+3"),
    ("members", QT_TRANSLATE_NOOP("Actions", "Members"), "Ctrl+4"),
    ("fund", QT_TRANSLATE_NOOP("Actions", "Fund"), "Ctrl+5"),
)

VIEW_TIP = QT_TRANSLATE_NOOP("Actions", "Show the {view} view ({shortcut})")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_database", QT_TRANSLATE_NOOP("Actions", "&New database…"), "File", "new_database", Key.New,
               "SP_FileIcon", QT_TRANSLATE_NOOP("Actions", "Create an empty planning database"), toolbar=True),
    ActionSpec("open_database", QT_TRANSLATE_NOOP("Actions", "&Open database…"), "File", "open_database", Key.Open,
               "SP_DialogOpenButton", QT_TRANSLATE_NOOP("Actions", "Open an existing planning database"), toolbar=True),
    ActionSpec("reload", QT_TRANSLATE_NOOP("Actions", "&Reload"), "File", "reload", Key.Refresh, "SP_BrowserReload",
               QT_TRANSLATE_NOOP("Actions", "Read the database again (after changes made outside this window)"), toolbar=True),
    ActionSpec("import_excel", QT_TRANSLATE_NOOP("Actions", "&Import from Excel…"), "File", "import_excel", "Ctrl+I",
               tip=QT_TRANSLATE_NOOP("Actions", "Import an edited export or a filled-in template: preview, then apply "
                   "(one undo step); .xlsx files can also be dropped on the window"),
               separator_before=True),
    ActionSpec("import_foreign_sheet", QT_TRANSLATE_NOOP("Actions", "Import &foreign sheet…"), "File", "import_foreign_sheet",
               tip=QT_TRANSLATE_NOOP("Actions", "Import pledges from a sheet that is not ours (.xlsx or .csv, e.g. the Kiel "
                   "tracker): map its columns, preview, import")),
    ActionSpec("export_excel", QT_TRANSLATE_NOOP("Actions", "&Export to Excel…"), "File", "export_excel", "Ctrl+E",
               tip=QT_TRANSLATE_NOOP("Actions", "Write the pledges the Pledges view shows (its filter), their deliveries "
                   "and the members to an .xlsx workbook")),
    ActionSpec("export_template", QT_TRANSLATE_NOOP("Actions", "Export &template…"), "File", "export_template",
               tip=QT_TRANSLATE_NOOP("Actions", "An empty workbook for a national desk to fill in (optionally for one donor)")),
    ActionSpec("export_calendar", QT_TRANSLATE_NOOP("Actions", "Export &calendar…"), "File", "export_calendar",
               tip=QT_TRANSLATE_NOOP("Actions", "Write the deliveries the Calendar's filter shows to an .ics file "
                   "(one all-day event per delivery)"), separator_before=True),
    ActionSpec("print_calendar", QT_TRANSLATE_NOOP("Actions", "&Print calendar month to PDF…"), "File", "print_calendar",
               Key.Print, tip=QT_TRANSLATE_NOOP("Actions", "The month the Calendar shows, A4 landscape, with the "
                              "classification marking")),
    ActionSpec("export_brief", QT_TRANSLATE_NOOP("Actions", "E&xport brief…"), "File", "export_brief",
               tip=QT_TRANSLATE_NOOP("Actions", "A PDF staff brief (all donors or one): key figures, fund "
                                     "position, top donors, overdue deliveries, charts, with the "
                                     "classification marking on every page")),
    ActionSpec("restore_backup", QT_TRANSLATE_NOOP("Actions", "Restore &backup…"), "File", "restore_backup",
               tip=QT_TRANSLATE_NOOP("Actions", "Put a backup of this database back (made before every import and "
                   "migration); the current state is backed up first"), separator_before=True),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "File", "close", Key.Quit, separator_before=True),
    # Edit: undo/redo of the window's undo stack; the rest acts on the pledges table.
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "Edit", "undo", Key.Undo, "SP_ArrowBack",
               QT_TRANSLATE_NOOP("Actions", "Undo the last change"), toolbar=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Edit", "redo", Key.Redo, "SP_ArrowForward",
               QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"), toolbar=True, more_shortcuts=("Ctrl+Shift+Z",)),
    ActionSpec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), "Edit", "pledge_command", Key.Copy,
               tip=QT_TRANSLATE_NOOP("Actions", "Copy the selected pledges as a table (pastes into Excel)"), data="copy",
               separator_before=True),
    ActionSpec("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), "Edit", "pledge_command", Key.Paste,
               tip=QT_TRANSLATE_NOOP("Actions", "Create pledges from rows copied from Excel or this table"), data="paste"),
    ActionSpec("new_pledge", QT_TRANSLATE_NOOP("Actions", "&New pledge…"), "Edit", "pledge_command", "Ctrl+Shift+N",
               tip=QT_TRANSLATE_NOOP("Actions", "Enter a new pledge (Ctrl+Shift+N)"), toolbar=True, data="new",
               separator_before=True),
    ActionSpec("duplicate_pledge", QT_TRANSLATE_NOOP("Actions", "&Duplicate"), "Edit", "pledge_command", "Ctrl+D",
               tip=QT_TRANSLATE_NOOP("Actions", "A copy of the selected pledges, status announced, new references"),
               data="duplicate"),
    ActionSpec("set_status", QT_TRANSLATE_NOOP("Actions", "Set &status of selected…"), "Edit", "pledge_command",
               tip=QT_TRANSLATE_NOOP("Actions", "Move all selected pledges to one status (one undo step)"), data="set_status"),
    ActionSpec("set_channel", QT_TRANSLATE_NOOP("Actions", "Set c&hannel of selected…"), "Edit", "pledge_command",
               tip=QT_TRANSLATE_NOOP("Actions", "Give all selected pledges one channel (one undo step)"), data="set_channel"),
    ActionSpec("cancel_pledge", QT_TRANSLATE_NOOP("Actions", "C&ancel pledge…"), "Edit", "pledge_command",
               tip=QT_TRANSLATE_NOOP("Actions", "Cancel the selected pledges, with a reason"), data="cancel",
               separator_before=True),
    # No shortcut on purpose: the Delete key must never delete pledges.
    ActionSpec("delete_pledge", QT_TRANSLATE_NOOP("Actions", "De&lete pledge created in error…"), "Edit", "pledge_command",
               tip=QT_TRANSLATE_NOOP("Actions", "Remove pledges entered by mistake, with a reason (audited)"), data="delete"),
    *(
        ActionSpec(f"view_{key}", title, "View", "show_view", shortcut,
                   tip=VIEW_TIP, data=key, group="views")
        for key, title, shortcut in VIEWS
    ),
    ActionSpec("exchange_rates", QT_TRANSLATE_NOOP("Actions", "Exchange &rates…"), "Tools", "exchange_rates",
               tip=QT_TRANSLATE_NOOP("Actions", "View, edit and import the exchange rates pledges are valued with")),
    ActionSpec("classification_marking", QT_TRANSLATE_NOOP("Actions", "Classification &marking…"), "Tools",
               "classification_marking",
               tip=QT_TRANSLATE_NOOP("Actions", "The marking every export of this database carries, and whether it is required")),
    # Not an editing action: a read-only window may change its language too.
    ActionSpec("language", QT_TRANSLATE_NOOP("Actions", "&Language…"), "Tools", "choose_language",
               tip=QT_TRANSLATE_NOOP("Actions", "The language of the window: the system's, English, French or "
                                     "Ukrainian (from the next start, or restart now)"),
               separator_before=True),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Ramstein Planner"), "Help", "about"),
)

MENUS: tuple[tuple[str, str], ...] = (
    ("File", QT_TRANSLATE_NOOP("Actions", "&File")), ("Edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("View", QT_TRANSLATE_NOOP("Actions", "&View")), ("Tools", QT_TRANSLATE_NOOP("Actions", "&Tools")),
    ("Help", QT_TRANSLATE_NOOP("Actions", "&Help")))
RECENT_MENU_AFTER = "open_database"
# Disabled while a database is open read-only (it is open in another window).
EDITING_ACTIONS: tuple[str, ...] = (
    "import_excel", "import_foreign_sheet", "paste", "new_pledge", "duplicate_pledge",
    "set_status", "set_channel", "cancel_pledge", "delete_pledge", "exchange_rates",
    "undo", "redo", "restore_backup", "classification_marking",
)  # the "Open recent" submenu follows this action


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def build_actions(window: QWidget) -> dict[str, QAction]:
    """Create the QActions of ACTIONS on `window`, connected to its handler methods."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in ACTIONS:
        action = QAction(_tr(spec.text), window)
        action.setObjectName(spec.name)
        # setShortcuts(), not setShortcut(): the latter's overloads make PySide build every
        # enum of the Qt namespace (~25 ms) before the first paint.
        if isinstance(spec.shortcut, str):
            action.setShortcuts([QKeySequence.fromString(spec.shortcut)])
        elif spec.shortcut is not None:
            action.setShortcuts(spec.shortcut)
        if spec.more_shortcuts:
            keys = action.shortcuts()
            keys += [k for k in map(QKeySequence.fromString, spec.more_shortcuts) if k not in keys]
            action.setShortcuts(keys)
        if spec.tip == VIEW_TIP:
            tip = _tr(VIEW_TIP).format(view=_tr(spec.text), shortcut=spec.shortcut)
        else:
            tip = _tr(spec.tip) if spec.tip else action.text().replace("&", "").rstrip("…")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if spec.group is not None:
            action.setCheckable(True)
            group = groups.get(spec.group)
            if group is None:
                group = groups[spec.group] = QActionGroup(window)
                group.setExclusive(True)
            group.addAction(action)
        handler = getattr(window, spec.handler)
        if spec.data is not None:
            action.setData(spec.data)
            action.triggered.connect(lambda _checked=False, h=handler, d=spec.data: h(d))
        else:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        actions[spec.name] = action
    return actions


def apply_icons(window: QWidget, actions: dict[str, QAction]) -> None:
    """Give the actions their icons. Called after the first paint: the first use of QStyle's
    enums costs several milliseconds, and a toolbar of words is fine for one frame."""
    from PySide6.QtWidgets import QStyle

    for spec in ACTIONS:
        if spec.icon is not None:
            pixmap = getattr(QStyle.StandardPixmap, spec.icon)
            actions[spec.name].setIcon(window.style().standardIcon(pixmap))


def build_menus(menubar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """The menu bar from ACTIONS; returns the menus plus the "recent" submenu."""
    menus = {key: menubar.addMenu(_tr(title)) for key, title in MENUS}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        menu.addAction(actions[spec.name])
        if spec.name == RECENT_MENU_AFTER:
            menus["recent"] = menu.addMenu(QCoreApplication.translate("Actions", "Open &recent"))
    return menus


def build_toolbar(toolbar: QToolBar, actions: dict[str, QAction]) -> None:
    for spec in ACTIONS:
        if spec.toolbar:
            toolbar.addAction(actions[spec.name])
