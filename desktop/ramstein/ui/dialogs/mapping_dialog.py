"""File > Import foreign sheet…: map the columns of a sheet that is not ours, preview, import.

    dialog = MappingDialog(ws, window, runner=window.runner, start_dir=last_dir)
    dialog.imported.connect(...)   # int: pledges created
    dialog.open_file(path)         # or the Choose… button

The planner picks the file, the sheet and the header row (found by itself unless given), then
says for each pledge field which column holds it (or a constant), starting from a suggestion
by header similarity or from a saved profile. Every change re-plans (a dry run, no writes) and
the preview shows the first rows as they would become pledges, error cells shaded, and the
list of errors naming the cells. Import stays disabled while any error remains; it applies
all rows in one transaction after a backup. With a `runner` (the window's TaskRunner) reading,
planning and importing run on the worker thread, with progress; without one they run at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...exchange.foreign_sheet import ForeignSheet, read_sheet, sheet_names
from ...services.mapped_import import (
    KIEL_PROFILE,
    TARGETS,
    FieldSource,
    MappedImportResult,
    MappedPlan,
    MappingProfile,
    ProfileStore,
    import_mapped,
    plan_mapped,
    suggest_mapping,
)
from .. import appearance
from ..formatting import count_text
from ..models.mapped_preview_model import MappedPreviewModel, field_label
from ..widget_helpers import choose_existing_file
from ..widget_helpers import error_text as _message
from ..widget_helpers import named_button as _button

if TYPE_CHECKING:
    from ...services import Workspace
    from ..workers import TaskRunner

# Combo entries that are no column or profile; compared as shown, so in the user's language
# (the dialog's not_mapped_text and suggested_text).
NOT_MAPPED = QT_TRANSLATE_NOOP("MappingDialog", "— not mapped —")
SUGGESTED = QT_TRANSLATE_NOOP("MappingDialog", "Suggested from the headers")
REPLAN_DELAY_MS = 150


class MappingDialog(QDialog):
    imported = Signal(int)  # pledges created
    applied = Signal(object)  # the MappedImportResult of an applied import (for the undo step)

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None, store: ProfileStore | None = None,
                 start_dir: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.setWindowTitle(self.tr("Import foreign sheet"))
        self.resize(1180, 820)
        self.not_mapped_text = QCoreApplication.translate("MappingDialog", NOT_MAPPED)
        self.suggested_text = QCoreApplication.translate("MappingDialog", SUGGESTED)
        self.ws = ws
        self.runner = runner
        self.store = store or ProfileStore()
        self.start_dir = start_dir
        self.path: Path | None = None
        self.sheet: ForeignSheet | None = None
        self.plan: MappedPlan | None = None
        self.kiel_check: MappedImportResult | None = None
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.name_dialog: QInputDialog | None = None
        self.busy = False
        self._loading = False
        self._aliases: dict[str, str] = {}
        self._plan_serial = 0
        self._replan = QTimer(self)
        self._replan.setSingleShot(True)
        self._replan.setInterval(REPLAN_DELAY_MS)
        self._replan.timeout.connect(self.run_plan)

        layout = QVBoxLayout(self)
        layout.addWidget(appearance.label(self.tr("Import a foreign sheet"), "viewTitle"))
        layout.addWidget(appearance.label(
            self.tr("Say which column of the sheet holds each pledge field, or give a constant. "
                    "The preview shows the rows as they would become pledges; nothing is written "
                    "until Import, which adds every row or none, after a backup."),
            "viewSubtitle", wrap=True))
        layout.addLayout(self._source_row())
        layout.addLayout(self._profile_row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._mapping_area())
        splitter.addWidget(self._preview_area())
        splitter.setSizes([360, 420])
        layout.addWidget(splitter, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setVisible(False)
        self.status_label = appearance.label(self.tr("Choose a file to begin."), "footer", wrap=True)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = _button(self.tr("Import"), "importButton",
                                     self.tr("Add the new rows as pledges"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        close = _button(self.tr("Close"), "closeButton", self.tr("Close without importing more"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._fill_profiles(self.suggested_text)
        self._set_mapping_enabled(False)

    # ------------------------------------------------------------------ layout
    def _source_row(self) -> QHBoxLayout:
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("fileEdit")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("An .xlsx workbook or a .csv file"))
        choose = _button(self.tr("Choose…"), "chooseFile", self.tr("Choose the sheet to import"))
        choose.clicked.connect(lambda: self.choose_file())
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setMinimumWidth(180)
        self.sheet_combo.currentTextChanged.connect(lambda _t: self._reread())
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setRange(0, 1000)
        self.header_spin.setSpecialValueText(self.tr("found"))
        self.header_spin.setToolTip(self.tr("The row holding the column titles (0: found by itself)"))
        self.header_spin.valueChanged.connect(lambda _v: self._reread())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("File")))
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Sheet")))
        row.addWidget(self.sheet_combo)
        row.addWidget(QLabel(self.tr("Header row")))
        row.addWidget(self.header_spin)
        return row

    def _profile_row(self) -> QHBoxLayout:
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setMinimumWidth(260)
        self.profile_combo.currentTextChanged.connect(self._profile_chosen)
        self.save_button = _button(self.tr("Save as…"), "saveProfile",
                                   self.tr("Save this mapping under a name"))
        self.save_button.clicked.connect(lambda: self.ask_profile_name())
        self.delete_button = _button(self.tr("Delete"), "deleteProfile",
                                     self.tr("Delete the chosen profile"))
        self.delete_button.clicked.connect(lambda: self.ask_delete_profile())
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrder")
        self.date_order.addItems([self.tr("Day first (24/02/2023)"),
                                  self.tr("Month first (02/24/2023)")])
        self.date_order.currentIndexChanged.connect(lambda _i: self.schedule_plan())
        self.decimal_comma = QCheckBox(self.tr("Decimal comma (1.234,5)"))
        self.decimal_comma.setObjectName("decimalComma")
        self.decimal_comma.toggled.connect(lambda _b: self.schedule_plan())
        self.reference_combo = QComboBox()
        self.reference_combo.setObjectName("referenceCombo")
        self.reference_combo.setToolTip(self.tr("The column that identifies a row, so that "
                                                "importing the sheet again adds only the new rows"))
        self.reference_combo.currentTextChanged.connect(lambda _t: self.schedule_plan())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Mapping profile")))
        row.addWidget(self.profile_combo)
        row.addWidget(self.save_button)
        row.addWidget(self.delete_button)
        row.addSpacing(12)
        row.addWidget(self.date_order)
        row.addWidget(self.decimal_comma)
        row.addWidget(QLabel(self.tr("Row reference")))
        row.addWidget(self.reference_combo, 1)
        return row

    def _mapping_area(self) -> QWidget:
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(10)
        for column, title in enumerate((self.tr("Pledge field"), self.tr("Column in the sheet"),
                                        self.tr("or constant"), self.tr("Sample values"))):
            grid.addWidget(appearance.label(title, "cardTitle"), 0, column)
        self.field_combos: dict[str, QComboBox] = {}
        self.constant_edits: dict[str, QLineEdit] = {}
        self.sample_labels: dict[str, QLabel] = {}
        for row, target in enumerate(TARGETS, start=1):
            grid.addWidget(QLabel(field_label(target.label) + (" *" if target.required else "")),
                           row, 0)
            combo = QComboBox()
            combo.setObjectName(f"map_{target.key}")
            combo.setMinimumWidth(240)
            combo.currentTextChanged.connect(lambda _t, k=target.key: self._field_changed(k))
            constant = QLineEdit()
            constant.setObjectName(f"const_{target.key}")
            constant.setPlaceholderText({"currency": self.tr("e.g. USD"),
                                         "status": self.tr("e.g. announced"),
                                         "capability": self.tr("e.g. artillery")}.get(target.key, ""))
            constant.setMaximumWidth(180)
            constant.textChanged.connect(lambda _t: self.schedule_plan())
            sample = appearance.label("", "cardNote")
            sample.setObjectName(f"sample_{target.key}")
            grid.addWidget(combo, row, 1)
            grid.addWidget(constant, row, 2)
            grid.addWidget(sample, row, 3)
            self.field_combos[target.key] = combo
            self.constant_edits[target.key] = constant
            self.sample_labels[target.key] = sample
        grid.setColumnStretch(3, 1)
        self.alias_edit = QLineEdit()
        self.alias_edit.setObjectName("aliasEdit")
        self.alias_edit.setPlaceholderText(self.tr("e.g. Deutschland=DEU; Polska=POL; Total=-  "
                                                   "(- skips those rows)"))
        self.alias_edit.setToolTip(self.tr("Other names of donors in this sheet, each with the "
                                           "ISO3 code it stands for; '-' skips the rows (totals, "
                                           "non-members)"))
        self.alias_edit.textChanged.connect(lambda _t: self.schedule_plan())
        grid.addWidget(QLabel(self.tr("Other donor names")), len(TARGETS) + 2, 0)
        grid.addWidget(self.alias_edit, len(TARGETS) + 2, 1, 1, 3)
        self.kiel_note = appearance.label(
            self.tr("The Kiel Institute's MAIN DATA sheet has its own importer: one pledge per "
                    "military package at the package's EUR value, donors outside the roster "
                    "skipped. Its columns need no mapping."), "purpose", wrap=True)
        self.kiel_note.setVisible(False)
        grid.addWidget(self.kiel_note, len(TARGETS) + 1, 0, 1, 4)
        scroll = QScrollArea()
        scroll.setObjectName("mappingArea")
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.mapping_host = grid_host
        return scroll

    def _preview_area(self) -> QWidget:
        self.preview_model = MappedPreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("previewTable")
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(24)
        self.preview.horizontalHeader().setHighlightSections(False)
        self.preview.horizontalHeader().setDefaultSectionSize(110)
        self.preview.horizontalHeader().resizeSection(0, 48)
        self.errors_model = QStringListModel(self)
        self.errors_view = QListView()
        self.errors_view.setObjectName("errorList")
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_view.setMaximumHeight(120)
        self.counts_label = appearance.label("", "sectionTitle")
        self.counts_label.setObjectName("countsLabel")
        host = QWidget()
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.counts_label)
        box.addWidget(self.preview, 1)
        box.addWidget(self.errors_view)
        return host

    # ------------------------------------------------------------------ file and sheet
    def choose_file(self) -> None:
        self.file_dialog = choose_existing_file(
            self, self.tr("Import foreign sheet"), self.start_dir,
            self.tr("Sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"), "sheetFileDialog",
            self.open_file)

    def open_file(self, path: Path) -> None:
        """Read the file's sheet names, then its first sheet (or the profile's)."""
        path = Path(path)
        self.start_dir = str(path.parent)
        try:
            names = sheet_names(path)
        except Exception as exc:
            self._error(self.tr("Cannot read the file"), _message(exc))
            return
        self.path = path
        self.file_edit.setText(str(path))
        self._loading = True
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_combo.setEnabled(len(names) > 1)
        wanted = self._chosen_profile()
        if wanted is not None and wanted.sheet and wanted.sheet in names:
            self.sheet_combo.setCurrentText(wanted.sheet)
        self._loading = False
        self._reread(remap=True)

    def _reread(self, *, remap: bool = False) -> None:
        """Read the chosen sheet again; `remap` puts the profile's (or the suggested) mapping
        in place, otherwise the mapping on screen stays (a new header row keeps the edits)."""
        if self._loading or self.path is None:
            return
        path, name, header = self.path, self.sheet_combo.currentText() or None, self.header_spin.value()
        if self._is_kiel():
            self.schedule_plan()
            return

        def done(sheet: ForeignSheet) -> None:
            self._sheet_read(sheet, remap=remap or self.sheet is None)

        self._run(f"read {path.name}",
                  lambda: read_sheet(path, sheet=name, header_row=header or None), done,
                  lambda exc: self._error(self.tr("Cannot read the sheet"), _message(exc)))

    def _sheet_read(self, sheet: ForeignSheet, *, remap: bool) -> None:
        self.sheet = sheet
        self._loading = True
        choices = [self.not_mapped_text, *sheet.headers]
        for combo in (*self.field_combos.values(), self.reference_combo):
            keep = combo.currentText()
            combo.clear()
            combo.addItems(choices)
            combo.setCurrentText(keep if keep in choices else self.not_mapped_text)
        self._loading = False
        self._set_mapping_enabled(True)
        if remap:
            profile = self._chosen_profile()
            self._show_mapping(profile if profile is not None else self._suggested())
        else:
            for key in self.field_combos:
                self._field_changed(key, replan=False)
            self.schedule_plan()

    # ------------------------------------------------------------------ profiles
    def _fill_profiles(self, current: str) -> None:
        profiles, problems = self.store.profiles()
        self._loading = True
        self.profile_combo.clear()
        self.profile_combo.addItem(self.suggested_text)
        self.profile_combo.addItems([p.name for p in profiles])
        self.profile_combo.setCurrentText(current)
        self._loading = False
        self._update_profile_buttons()
        if problems:
            self._show_status(self.tr("Some mapping profiles cannot be read: {problems}").format(
                problems="; ".join(problems)), appearance.ALERT)

    def _chosen_profile(self) -> MappingProfile | None:
        name = self.profile_combo.currentText()
        if name in ("", self.suggested_text):
            return None
        try:
            return self.store.load(name)
        except DomainError as exc:
            self._error(self.tr("Cannot use the profile"), str(exc))
            return None

    def _is_kiel(self) -> bool:
        return self.profile_combo.currentText() == KIEL_PROFILE

    def _profile_chosen(self, _name: str) -> None:
        if self._loading:
            return
        self._update_profile_buttons()
        kiel = self._is_kiel()
        self.kiel_note.setVisible(kiel)
        self._set_mapping_enabled(not kiel and self.sheet is not None)
        profile = self._chosen_profile()
        if kiel:
            self.schedule_plan()
            return
        if profile is not None and self.path is not None:
            self._loading = True
            if profile.sheet and self.sheet_combo.findText(profile.sheet) >= 0:
                self.sheet_combo.setCurrentText(profile.sheet)
            self.header_spin.setValue(profile.header_row or 0)
            self._loading = False
            if self.sheet is None or (profile.sheet and self.sheet.sheet != profile.sheet) or (
                    profile.header_row and self.sheet.header_row != profile.header_row):
                self._reread(remap=True)  # the profile's sheet or header row: read, then map
                return
        if self.sheet is not None:
            self._show_mapping(profile if profile is not None else self._suggested())
        elif self.path is not None:
            self._reread(remap=True)

    def _update_profile_buttons(self) -> None:
        name = self.profile_combo.currentText()
        self.delete_button.setEnabled(name not in (self.suggested_text, KIEL_PROFILE))
        self.save_button.setEnabled(name != KIEL_PROFILE)

    def _suggested(self) -> MappingProfile:
        headers = self.sheet.headers if self.sheet is not None else ()
        return MappingProfile("", suggest_mapping(headers))

    def _show_mapping(self, profile: MappingProfile) -> None:
        self._loading = True
        for target in TARGETS:
            spec = profile.fields.get(target.key, FieldSource())
            combo = self.field_combos[target.key]
            column = spec.column if spec.column and combo.findText(spec.column) >= 0 else ""
            combo.setCurrentText(column or self.not_mapped_text)
            self.constant_edits[target.key].setText(spec.constant)
            self._field_changed(target.key, replan=False)
        self.date_order.setCurrentIndex(0 if profile.day_first else 1)
        self.decimal_comma.setChecked(profile.decimal_comma)
        ref = profile.reference_column
        self.reference_combo.setCurrentText(
            ref if ref and self.reference_combo.findText(ref) >= 0 else self.not_mapped_text)
        self.alias_edit.setText("; ".join(f"{k}={v}" for k, v in profile.donor_aliases.items()))
        self._loading = False
        self.schedule_plan()

    def current_profile(self) -> MappingProfile:
        """The mapping as the dialog shows it now."""
        chosen = self.profile_combo.currentText()
        fields: dict[str, FieldSource] = {}
        for target in TARGETS:
            column = self.field_combos[target.key].currentText()
            if column and column != self.not_mapped_text:
                fields[target.key] = FieldSource(column=column)
            elif self.constant_edits[target.key].text().strip():
                fields[target.key] = FieldSource(constant=self.constant_edits[target.key].text().strip())
        reference = self.reference_combo.currentText()
        return MappingProfile(
            name="" if chosen == self.suggested_text else chosen, fields=fields,
            sheet=self.sheet.sheet if self.sheet is not None and not self.sheet.is_csv else None,
            header_row=self.header_spin.value() or None,
            day_first=self.date_order.currentIndex() == 0,
            decimal_comma=self.decimal_comma.isChecked(),
            donor_aliases=self.aliases(),
            reference_column="" if reference == self.not_mapped_text else reference)

    def aliases(self) -> dict[str, str]:
        """The donor aliases typed as 'Deutschland=DEU; Polska=POL'."""
        out: dict[str, str] = {}
        for part in self.alias_edit.text().replace("\n", ";").split(";"):
            name, sep, code = part.partition("=")
            if sep and name.strip():
                out[name.strip()] = code.strip()
        return out

    def ask_profile_name(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("profileNameDialog")
        dialog.setWindowTitle(self.tr("Save mapping profile"))
        dialog.setLabelText(self.tr("Name of the mapping profile:"))
        current = self.profile_combo.currentText()
        dialog.setTextValue("" if current == self.suggested_text else current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.save_profile)
        dialog.open()
        self.name_dialog = dialog
        return dialog

    def save_profile(self, name: str) -> None:
        profile = replace(self.current_profile(), name=name.strip())
        try:
            path = self.store.save(profile)
        except DomainError as exc:
            self._error(self.tr("Profile not saved"), str(exc))
            return
        self._fill_profiles(profile.name)
        self._show_status(self.tr("Mapping profile '{name}' saved ({path}).").format(
            name=profile.name, path=path))

    def ask_delete_profile(self) -> QMessageBox | None:
        name = self.profile_combo.currentText()
        if name in (self.suggested_text, KIEL_PROFILE):
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete mapping profile"),
                          self.tr("Delete the mapping profile '{name}'?").format(name=name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("questionBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.delete_profile(name))
        box.open()
        self.message_box = box
        return box

    def delete_profile(self, name: str) -> None:
        try:
            self.store.delete(name)
        except DomainError as exc:
            self._error(self.tr("Profile not deleted"), str(exc))
            return
        self._fill_profiles(self.suggested_text)
        self._show_status(self.tr("Mapping profile '{name}' deleted; the mapping stays as "
                                  "shown.").format(name=name))

    # ------------------------------------------------------------------ mapping edits
    def _field_changed(self, key: str, *, replan: bool = True) -> None:
        combo = self.field_combos[key]
        mapped = combo.currentText() not in ("", self.not_mapped_text)
        self.constant_edits[key].setEnabled(not mapped and combo.isEnabled())
        samples = ""
        if mapped and self.sheet is not None:
            at = self.sheet.column(combo.currentText())
            samples = " · ".join(self.sheet.samples(at)) if at is not None else ""
        self.sample_labels[key].setText(samples[:120])
        if replan and not self._loading:
            self.schedule_plan()

    def _set_mapping_enabled(self, enabled: bool) -> None:
        for key, combo in self.field_combos.items():
            combo.setEnabled(enabled)
            mapped = combo.currentText() not in ("", self.not_mapped_text)
            self.constant_edits[key].setEnabled(enabled and not mapped)
        for widget in (self.reference_combo, self.date_order, self.decimal_comma,
                       self.alias_edit):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------------ plan and import
    def schedule_plan(self) -> None:
        if self._loading:
            return
        self.import_button.setEnabled(False)
        self._replan.start()

    def run_plan(self) -> None:
        """Check the sheet against the mapping now (no writes); the preview follows."""
        self._replan.stop()
        if self.path is None or self.busy:
            if self.busy:
                self._replan.start()  # after the running job
            return
        self._plan_serial += 1
        serial, path = self._plan_serial, self.path
        if self._is_kiel():
            self._run("check Kiel file",
                      lambda: import_mapped(self.ws, path, self.store.load(KIEL_PROFILE),
                                            dry_run=True),
                      lambda result: self._kiel_checked(serial, result),
                      lambda exc: self._plan_failed(serial, exc))
            return
        if self.sheet is None:
            return
        profile, sheet = self.current_profile(), self.sheet
        self._run("check mapping",
                  lambda progress=None: plan_mapped(self.ws, path, profile, sheet=sheet,
                                                    progress=progress),
                  lambda plan: self._planned(serial, plan),
                  lambda exc: self._plan_failed(serial, exc), with_progress=True)

    def _planned(self, serial: int, plan: MappedPlan) -> None:
        if serial != self._plan_serial:
            return  # an older plan: the mapping changed since
        self.plan = plan
        self.kiel_check = None
        self.preview_model.set_plan(plan)
        self.errors_model.setStringList([str(e) for e in plan.errors] +
                                        [self.tr("warning: {warning}").format(warning=w)
                                         for w in plan.warnings])
        new, already, skipped = len(plan.new), plan.already, len(plan.skipped)
        self.counts_label.setText(
            self.tr("{rows} rows: {new} new, {already} already there, {skipped} skipped, "
                    "{errors} errors").format(
                rows=count_text(len(plan.rows)), new=count_text(new), already=count_text(already),
                skipped=count_text(skipped), errors=count_text(len(plan.errors))))
        if plan.errors:
            self._show_status(self.tr("{n} problems to fix before importing; the first: {first}")
                              .format(n=count_text(len(plan.errors)), first=plan.errors[0]),
                              appearance.ALERT)
        elif not new:
            self._show_status(self.tr("Nothing new to import. Every row was imported before.")
                              if already else self.tr("Nothing new to import."))
        else:
            self._show_status(self.tr("Ready: Import adds {n} pledges.").format(n=count_text(new)))
        self.import_button.setEnabled(not plan.errors and new > 0)

    def _kiel_checked(self, serial: int, result: MappedImportResult) -> None:
        if serial != self._plan_serial:
            return
        self.plan = None
        self.kiel_check = result
        self.preview_model.set_plan(None)
        self.errors_model.setStringList([self.tr("skipped: {reason}").format(reason=r)
                                         for _w, r in result.skipped])
        self.counts_label.setText(
            self.tr("Kiel UST: {new} new pledges, {already} packages already there").format(
                new=count_text(result.new), already=count_text(result.already_imported)))
        self._show_status(
            self.tr("Ready: Import adds {n} pledges.").format(n=count_text(result.new))
            if result.new else self.tr("Nothing new to import."))
        self.import_button.setEnabled(result.new > 0)

    def _plan_failed(self, serial: int, exc: BaseException) -> None:
        if serial != self._plan_serial:
            return
        self.plan = None
        self.preview_model.set_plan(None)
        self.errors_model.setStringList([_message(exc)])
        self.counts_label.setText("")
        self._show_status(_message(exc), appearance.ALERT)
        self.import_button.setEnabled(False)

    def apply(self) -> None:
        """Import: every new row in one transaction after a backup (or nothing)."""
        if self.path is None or self.busy or not self.import_button.isEnabled():
            return
        path = self.path
        profile = self.store.load(KIEL_PROFILE) if self._is_kiel() else self.current_profile()
        sheet = None if self._is_kiel() else self.sheet
        self.import_button.setEnabled(False)
        self._run(f"import {path.name}",
                  lambda progress=None: import_mapped(self.ws, path, profile, sheet=sheet,
                                                      progress=progress),
                  self._imported, lambda exc: self._error(self.tr("Import refused"), _message(exc)),
                  with_progress=True)

    def _imported(self, result: MappedImportResult) -> None:
        if not result.applied:
            first = str(result.errors[0]) if result.errors else self.tr("see the list")
            self._error(self.tr("Import refused"),
                        self.tr("Nothing was imported: {first}").format(first=first))
            self.run_plan()
            return
        backup = (" " + self.tr("A backup was made first: {name}.").format(
            name=result.backup.name)) if result.backup else ""
        self.imported.emit(result.new)
        self.applied.emit(result)
        self.run_plan()  # the rows now show as already there
        self._show_status(self.tr("Imported {n} pledges from {file}.").format(
            n=count_text(result.new), file=result.file.name) + backup)

    # ------------------------------------------------------------------ running and reporting
    def _run(self, name: str, work: Callable[..., Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None], *, with_progress: bool = False) -> None:
        def finish(value: Any) -> None:
            self._set_busy(False)
            done(value)

        def fail(exc: BaseException) -> None:
            self._set_busy(False)
            failed(exc)

        if self.runner is None:
            try:
                value = work()
            except Exception as exc:
                fail(exc)
            else:
                finish(value)
            return
        self._set_busy(True)
        task = self.runner.submit(name, work, on_result=finish, on_error=fail,
                                  with_progress=with_progress)
        task.progress.connect(self._progress)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setMaximum(max(total, 0))
        self.progress_bar.setValue(min(done, total) if total else 0)
        if message:
            self.progress_bar.setFormat(self.tr("{message} (%p%)").format(message=message))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)

    def _show_status(self, text: str, color: str = appearance.TEXT) -> None:
        self.status_label.setText(text)
        appearance.set_text_color(self.status_label, color)

    def _error(self, title: str, message: str) -> None:
        self._show_status(message, appearance.ALERT)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box = box

    def reject(self) -> None:
        if self.busy:  # closing now would drop the result of the running import
            self._show_status(self.tr("Please wait: the sheet is still being read or imported."))
            return
        super().reject()
