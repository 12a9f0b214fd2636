"""The preview of an Excel import: what would change, what conflicts, what is wrong.

    dialog = ImportPreviewDialog(plan, label_of, parent)
    dialog.accepted.connect(lambda: apply(dialog.decisions()))
    dialog.open()

The plan is made on the worker before the dialog opens; the dialog writes nothing. It shows the
counts per group and, per group, a table (sheet, row, reference, "Value: 1,000.00 -> 2,000.00").
New and changed rows can be skipped one by one; each conflict needs a side (keep the sheet's
values or the planner's) before Apply is enabled, and a line under the tables says why Apply
is off. While the file has errors nothing can be imported: the errors name their cell
(Pledges!F17) and can be copied.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import appearance
from ..formatting import count_text
from ..models.import_preview_model import (
    Decision,
    ImportRowsModel,
    Kind,
    LabelOf,
    RowChangeLike,
)
from ..models.text_table_model import TextTableModel
from ..plural import plural
from ..widget_helpers import named_button as _button

GROUPS: tuple[tuple[Kind, str], ...] = (("new", QT_TRANSLATE_NOOP("ImportPreviewDialog", "New")),
                                        ("changed", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Changed")),
                                        ("conflict", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Conflicts")))


class IssueLike(Protocol):
    @property
    def sheet(self) -> str: ...
    @property
    def cell(self) -> str: ...
    @property
    def message(self) -> str: ...


class PlanLike(Protocol):
    """What the dialog reads of services.xlsx_import.ImportPlan."""

    source_name: str
    unchanged: int
    unchanged_by_sheet: Mapping[str, int]

    @property
    def errors(self) -> Sequence[Any]: ...
    @property
    def warnings(self) -> Sequence[str]: ...
    def rows(self, kind: Any) -> Sequence[Any]: ...


def issue_place(issue: IssueLike) -> str:
    """Pledges!F17, or the sheet alone when the problem is the whole sheet."""
    if issue.cell:
        return f"{issue.sheet}!{issue.cell}"
    return issue.sheet or QCoreApplication.translate("ImportPreviewDialog", "workbook")


def _counted(text: str, n: int) -> str:
    """A `tr(…, "", n)` text with its {n} filled in (English plural when untranslated)."""
    return plural(text, n).format(n=count_text(n))


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: PlanLike, label_of: LabelOf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.plan = plan
        self.setWindowTitle(self.tr("Import {file}").format(file=plan.source_name))
        self.resize(1100, 640)
        self.models: dict[Kind, ImportRowsModel] = {
            kind: ImportRowsModel(kind, list(plan.rows(kind)), label_of, self)
            for kind, _title in GROUPS}
        self.tables: dict[str, QTableView] = {}
        self.errors_model = TextTableModel((self.tr("Cell"), self.tr("Problem")), self)
        self.errors_model.set_rows([(issue_place(e), e.message) for e in plan.errors])
        self.warnings_model = TextTableModel((self.tr("Warning"),), self)
        self.warnings_model.set_rows([(w,) for w in plan.warnings])

        self.file_label = appearance.label(plan.source_name, "sectionTitle")
        self.file_label.setObjectName("importFile")
        self.counts_label = appearance.label(self.counts_text(), "purpose")
        self.counts_label.setObjectName("importCounts")
        self.counts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("importTabs")
        for kind, title in GROUPS:
            self.tabs.addTab(self._group_page(kind), self.tr("{title} ({n})").format(
                title=QCoreApplication.translate("ImportPreviewDialog", title),
                n=count_text(self.models[kind].rowCount())))
        self.tabs.addTab(self._errors_page(),
                         self.tr("Errors ({n})").format(n=count_text(len(plan.errors))))
        self.tabs.addTab(self._table_page("warnings", self.warnings_model),
                         self.tr("Warnings ({n})").format(n=count_text(len(plan.warnings))))
        self.tabs.setCurrentIndex(self._first_tab())

        self.reason_label = appearance.label("", "footer", wrap=True)
        self.reason_label.setObjectName("importReason")
        self.note_label = appearance.label(
            self.tr("Rows missing from the sheet are never deleted. A backup of the database is "
                    "made before anything is written, and the whole import is one step of "
                    "Edit ▸ Undo."),
            "viewSubtitle", wrap=True)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyButton")
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.note_label)
        layout.addWidget(buttons)
        for model in self.models.values():
            model.decisions_changed.connect(self._update)
        self._update()

    # -------------------------------------------------------------- pages
    def _group_page(self, kind: Kind) -> QWidget:
        page = self._table_page(kind, self.models[kind])
        if kind == "conflict":
            row = QHBoxLayout()
            self.keep_sheet_button = _button(
                self.tr("All conflicts: keep sheet"), "keepAllSheet",
                self.tr("Take the sheet's values for every conflicting row"))
            self.keep_planner_button = _button(
                self.tr("All conflicts: keep planner"), "keepAllPlanner",
                self.tr("Keep the planner's values for every conflicting row"))
            self.keep_sheet_button.clicked.connect(lambda: self.decide_conflicts("sheet"))
            self.keep_planner_button.clicked.connect(lambda: self.decide_conflicts("database"))
            explain = appearance.label(
                self.tr("Changed in the planner since the export and in the sheet too: choose "
                        "which values to keep for each row."), "viewSubtitle", wrap=True)
            row.addWidget(explain, 1)
            row.addWidget(self.keep_sheet_button)
            row.addWidget(self.keep_planner_button)
            page.layout().insertLayout(0, row)  # type: ignore[union-attr]
        return page

    def _errors_page(self) -> QWidget:
        page = self._table_page("errors", self.errors_model)
        table = self.tables["errors"]
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.doubleClicked.connect(self._copy_error)
        row = QHBoxLayout()
        row.addWidget(appearance.label(self.tr("Double-click a problem to copy it."),
                                       "viewSubtitle"), 1)
        self.copy_errors_button = _button(
            self.tr("Copy all problems"), "copyErrors",
            self.tr("Copy every problem, one per line, to the clipboard"))
        self.copy_errors_button.clicked.connect(self.copy_errors)
        self.copy_errors_button.setEnabled(bool(self.plan.errors))
        row.addWidget(self.copy_errors_button)
        page.layout().addItem(row)  # type: ignore[union-attr]
        return page

    def _table_page(self, name: str, model: Any) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        table = QTableView()
        table.setObjectName(f"{name}Table")
        table.setModel(model)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        for column in range(model.columnCount() - 1):  # a long message must not push the rest
            header.resizeSection(column, min(max(header.sectionSize(column), 70), 260))
        self.tables[name] = table
        box.addWidget(table)
        return page

    def _first_tab(self) -> int:
        """The most urgent group with rows: errors, conflicts, changed, new."""
        order = (3 if self.plan.errors else None, 2 if self.models["conflict"].rowCount() else None,
                 1 if self.models["changed"].rowCount() else None, 0 if self.models["new"].rowCount() else None)
        return next((i for i in order if i is not None), 0)

    # -------------------------------------------------------------- decisions
    def decide_conflicts(self, side: Decision) -> None:
        self.models["conflict"].set_all(side)

    def decisions(self) -> dict[str, Decision]:
        out: dict[str, Decision] = {}
        for model in self.models.values():
            out.update(model.decisions())
        return out

    def undecided(self) -> int:
        return self.models["conflict"].undecided()

    def to_write(self) -> int:
        return sum(m.accepted() for m in self.models.values())

    def counts_text(self) -> str:
        p = self.plan
        conflicts, errors, warnings = len(p.rows("conflict")), len(p.errors), len(p.warnings)
        return " · ".join((
            self.tr("{n} new").format(n=count_text(len(p.rows("new")))),
            self.tr("{n} changed").format(n=count_text(len(p.rows("changed")))),
            self.tr("{n} unchanged").format(n=count_text(p.unchanged)) + self._unchanged_by_sheet(),
            _counted(self.tr("{n} conflict(s)", "", conflicts), conflicts),
            _counted(self.tr("{n} error(s)", "", errors), errors),
            _counted(self.tr("{n} warning(s)", "", warnings), warnings)))

    def _unchanged_by_sheet(self) -> str:
        """' (Pledges 399, Deliveries 1,200)' when more than one sheet has unchanged rows."""
        counts = {k: n for k, n in self.plan.unchanged_by_sheet.items() if n}
        if len(counts) < 2:
            return ""
        return " (" + ", ".join(f"{sheet} {count_text(n)}" for sheet, n in counts.items()) + ")"

    def reason(self) -> str:
        """Why Apply is off (or what it will do)."""
        if (errors := len(self.plan.errors)):
            return _counted(self.tr(
                "{n} error(s) in the file: nothing will be imported. Correct the cells listed "
                "under Errors and import the file again.", "", errors), errors)
        if (undecided := self.undecided()):
            return _counted(self.tr(
                "{n} conflict(s) without a choice: pick Keep sheet or Keep planner for each (or "
                "use the All conflicts buttons) to apply.", "", undecided), undecided)
        if not (n := self.to_write()):
            return self.tr("Nothing to import: no row is new or changed (or every one is "
                           "skipped).")
        return _counted(self.tr("Apply will write {n} row(s) in one step.", "", n), n)

    def _update(self) -> None:
        blocked = bool(self.plan.errors) or self.undecided() > 0 or self.to_write() == 0
        self.apply_button.setEnabled(not blocked)
        self.reason_label.setText(self.reason())
        color = appearance.ALERT if self.plan.errors or self.undecided() else appearance.TEXT
        appearance.set_text_color(self.reason_label, color)
        conflicts = bool(self.models["conflict"].rowCount()) and not self.plan.errors
        self.keep_sheet_button.setEnabled(conflicts)
        self.keep_planner_button.setEnabled(conflicts)

    # -------------------------------------------------------------- errors to the clipboard
    def errors_text(self) -> str:
        return "\n".join(f"{place}: {message}" for place, message in self.errors_model.rows())

    def copy_errors(self) -> None:
        QGuiApplication.clipboard().setText(self.errors_text())
        n = len(self.plan.errors)
        self.reason_label.setText(_counted(self.tr(
            "{n} problem(s) copied to the clipboard. Nothing will be imported.", "", n), n))

    def _copy_error(self, index: QModelIndex) -> None:
        place, message = self.errors_model.rows()[index.row()]
        QGuiApplication.clipboard().setText(f"{place}: {message}")
        self.reason_label.setText(self.tr("Copied: {place}: {message}").format(
            place=place, message=message))



def summary_of(decisions: Mapping[str, Decision], plan: PlanLike) -> tuple[int, int]:
    """(new rows written, existing rows changed) for the status bar and the undo text."""
    new_keys = {c.key for c in plan.rows("new")}
    new = sum(1 for k, d in decisions.items() if k in new_keys and d == "apply")
    changed = sum(1 for k, d in decisions.items() if k not in new_keys and d in ("apply", "sheet"))
    return new, changed


__all__ = ["ImportPreviewDialog", "RowChangeLike", "issue_place", "summary_of"]
