"""The filter bar above the pledges table (and later the calendar): one PledgeFilter, edited.

    bar = FilterBar(ws, window.settings.store)       # QSettings keeps the presets
    bar.filter_changed.connect(view.apply_pledge_filter)  # a domain.filters.PledgeFilter
    bar.set_workspace(other_ws)                     # another database: donors, capabilities
    bar.set_filter(PledgeFilter(...)); bar.current_filter(); bar.clear()

Controls, left to right: free text (applied 200 ms after the last key, or on Enter), donors,
member kinds, capabilities, statuses, mechanisms (channels), announced date range, Clear, and
the presets (choose / save as / delete). A control emits `filter_changed` only when the
filter really changes, once per user action. The row wraps, group by group, when narrow.

Presets are saved as PledgeFilter.to_json() in one JSON object under `presets_key` of the
QSettings given, so they follow the user, not the database. A preset naming donors or
capabilities that the open database lacks applies without them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ..domain.enums import Channel, MemberKind, PledgeStatus
from ..domain.filters import PledgeFilter
from . import appearance
from .date_fields import OptionalDateEdit
from .enum_text import enum_options, enum_text
from .flow_layout import FlowLayout
from .formatting import date_text
from .multi_select import MultiSelect

if TYPE_CHECKING:
    from ..services import Workspace

PRESETS_KEY = "filters/pledge_presets"
TEXT_DELAY_MS = 200
DESCRIPTION_WIDTH = 420
STATUS_ORDER = (PledgeStatus.ANNOUNCED, PledgeStatus.COMMITTED, PledgeStatus.ALLOCATED,
                PledgeStatus.IN_DELIVERY, PledgeStatus.DELIVERED, PledgeStatus.SUSPENDED,
                PledgeStatus.CANCELLED)


def describe(f: PledgeFilter, names: Mapping[str, str] | None = None) -> str:
    """PledgeFilter.describe() in the interface's language: 'Allemagne, Pologne · Engagé'.

    The same parts in the same order; the domain's version writes the enums' English labels
    and ISO dates (the CLI, a workbook's Instructions sheet), the window reads enum_text and
    the locale's dates. Names of donors, capabilities and hubs are data, looked up in `names`.
    """
    names = names or {}
    parts: list[str] = []
    if f.donors:
        parts.append(", ".join(sorted(names.get(c, c) for c in f.donors)))
    if f.kinds:
        parts.append(", ".join(sorted(enum_text(k) for k in f.kinds)))
    if f.capabilities:
        parts.append(", ".join(sorted(names.get(c, c) for c in f.capabilities)))
    if f.statuses:
        parts.append(", ".join(enum_text(s) for s in PledgeStatus if s in f.statuses))
    if f.channels:
        parts.append(", ".join(enum_text(c) for c in Channel if c in f.channels))
    if f.hubs:
        parts.append(", ".join(sorted(names.get(h, h) for h in f.hubs)))
    if f.date_from or f.date_to:
        parts.append(f"{date_text(f.date_from) or '…'} – {date_text(f.date_to) or '…'}")
    if f.text.strip():
        parts.append(f"“{f.text.strip()}”")
    return " · ".join(parts) if parts else QCoreApplication.translate("FilterBar", "no filter")


class FilterPresets:
    """Named filters in one QSettings value (a JSON object: name -> PledgeFilter.to_json())."""

    def __init__(self, store: QSettings | None, key: str = PRESETS_KEY) -> None:
        self.store = store
        self.key = key

    def _read(self) -> dict[str, Any]:
        if self.store is None:
            return {}
        raw = self.store.value(self.key, "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:  # a hand-edited or truncated file: no presets rather than a crash
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        if self.store is not None:
            self.store.setValue(self.key, json.dumps(data, sort_keys=True))
            self.store.sync()

    def names(self) -> list[str]:
        return sorted(self._read(), key=str.casefold)

    def get(self, name: str) -> PledgeFilter | None:
        data = self._read().get(name)
        return PledgeFilter.from_json(data) if isinstance(data, dict) else None

    def save(self, name: str, f: PledgeFilter) -> None:
        data = self._read()
        data[name] = f.to_json()
        self._write(data)

    def delete(self, name: str) -> None:
        data = self._read()
        if data.pop(name, None) is not None:
            self._write(data)

    def name_of(self, f: PledgeFilter) -> str | None:
        """The first preset (by name) equal to `f`, if any."""
        return next((n for n in self.names() if self.get(n) == f), None)


class FilterBar(QWidget):
    """Edits one PledgeFilter. Signal: `filter_changed(PledgeFilter)`."""

    filter_changed = Signal(object)

    def __init__(self, ws: Workspace | None = None, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, presets_key: str = PRESETS_KEY) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.ws: Workspace | None = None
        self.presets = FilterPresets(settings, presets_key)
        self._hubs: frozenset[str] = frozenset()  # kept for the calendar; no control here
        self._names: dict[str, str] = {}
        self._last = PledgeFilter()

        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("filterText")
        self.text_edit.setPlaceholderText(QCoreApplication.translate("FilterBar", 'Search reference, item, notes…'))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setAccessibleName(QCoreApplication.translate("FilterBar", 'Search pledges'))
        self.text_edit.setToolTip(QCoreApplication.translate("FilterBar", 'Every word must appear: reference, donor, capability, item, unit, currency, status, mechanism, source or notes'))
        self.text_edit.setFixedWidth(230)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._changed)
        self.text_edit.textEdited.connect(lambda _t: self._text_timer.start())
        self.text_edit.textChanged.connect(self._text_cleared)
        self.text_edit.returnPressed.connect(self._changed)

        self.donors = MultiSelect("donor", "donors")
        self.kinds = MultiSelect("member kind", "member kinds")
        self.kinds.set_options(enum_options(MemberKind))
        self.capabilities = MultiSelect("capability", "capabilities")
        self.statuses = MultiSelect("status", "statuses")
        self.statuses.set_options(enum_options(STATUS_ORDER))
        self.channels = MultiSelect("mechanism", "mechanisms")
        self.channels.set_options(enum_options(Channel))
        for select in self._selects():
            select.selection_changed.connect(self._changed)

        self.date_from = OptionalDateEdit(QCoreApplication.translate("FilterBar", 'any'))
        self.date_from.setObjectName("announcedFrom")
        self.date_from.setAccessibleName(QCoreApplication.translate("FilterBar", 'Announced on or after'))
        self.date_to = OptionalDateEdit(QCoreApplication.translate("FilterBar", 'any'))
        self.date_to.setObjectName("announcedTo")
        self.date_to.setAccessibleName(QCoreApplication.translate("FilterBar", 'Announced on or before'))
        self.date_from.value_changed.connect(self._from_changed)
        self.date_to.value_changed.connect(self._to_changed)
        self.dates_clear = QToolButton()
        self.dates_clear.setObjectName("announcedClear")
        self.dates_clear.setText("×")
        self.dates_clear.setToolTip(QCoreApplication.translate("FilterBar", 'Any announcement date'))
        self.dates_clear.setAutoRaise(True)
        self.dates_clear.clicked.connect(self._clear_dates)

        self.clear_button = QPushButton(QCoreApplication.translate("FilterBar", 'Clear'))
        self.clear_button.setObjectName("filterClear")
        self.clear_button.setToolTip(QCoreApplication.translate("FilterBar", 'Show every pledge: remove all filters'))
        self.clear_button.clicked.connect(self.clear)

        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setPlaceholderText(QCoreApplication.translate("FilterBar", 'Presets'))
        self.preset_combo.setAccessibleName(QCoreApplication.translate("FilterBar", 'Filter presets'))
        self.preset_combo.setToolTip(QCoreApplication.translate("FilterBar", 'Apply a saved filter'))
        self.preset_combo.setMinimumContentsLength(14)
        self.preset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset_combo.activated.connect(self._preset_chosen)
        self.save_preset_button = QPushButton(QCoreApplication.translate("FilterBar", 'Save as preset…'))
        self.save_preset_button.setObjectName("presetSave")
        self.save_preset_button.setToolTip(QCoreApplication.translate("FilterBar", 'Keep this filter under a name (replaces a preset of the same name)'))
        self.save_preset_button.clicked.connect(self.ask_preset_name)
        self.delete_preset_button = QPushButton(QCoreApplication.translate("FilterBar", 'Delete preset'))
        self.delete_preset_button.setObjectName("presetDelete")
        self.delete_preset_button.setToolTip(QCoreApplication.translate("FilterBar", 'Delete the preset chosen on the left'))
        self.delete_preset_button.clicked.connect(lambda: self.delete_preset())
        self.preset_dialog: QInputDialog | None = None

        self.description_label = appearance.label("", "viewSubtitle")
        self.description_label.setObjectName("filterDescription")
        self.description_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)

        flow = FlowLayout(self, spacing=6, line_spacing=6)
        flow.addWidget(self.text_edit)
        for select in self._selects():
            flow.addWidget(select)
        flow.addWidget(_group(QLabel(QCoreApplication.translate("FilterBar", 'Announced')), self.date_from, QLabel("–"), self.date_to,
                              self.dates_clear))
        flow.addWidget(self.clear_button)
        flow.addWidget(_group(self.preset_combo, self.save_preset_button,
                              self.delete_preset_button))
        flow.addWidget(self.description_label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._fill_presets()
        self._show_state()
        self.set_workspace(ws)

    # ------------------------------------------------------------------ workspace
    def set_workspace(self, ws: Workspace | None) -> None:
        """Offer the donors and capabilities of `ws`; picks it lacks are dropped (and emitted)."""
        self.ws = ws
        if ws is None:
            donors: list[tuple[str, str]] = []
            capabilities: list[tuple[str, str]] = []
            hubs: dict[str, str] = {}
        else:
            ref = ws.reference
            donors = sorted(((m.code, m.name) for m in ref.donors()), key=lambda o: o[1].casefold())
            capabilities = [(c.code, c.name) for c in ref.capabilities]
            hubs = {h.code: h.name for h in ref.hubs}
        self._names = {**dict(donors), **dict(capabilities), **hubs}
        for select, options in ((self.donors, donors), (self.capabilities, capabilities)):
            select.blockSignals(True)
            select.set_options(options)
            select.blockSignals(False)
        self._changed()
        self._show_state()

    # ------------------------------------------------------------------ the filter
    def current_filter(self) -> PledgeFilter:
        """The filter the controls show now (including text typed but not yet applied)."""
        return PledgeFilter(
            donors=self.donors.selected(),
            kinds=frozenset(MemberKind(k) for k in self.kinds.selected()),
            capabilities=self.capabilities.selected(),
            statuses=frozenset(PledgeStatus(s) for s in self.statuses.selected()),
            channels=frozenset(Channel(c) for c in self.channels.selected()),
            hubs=self._hubs,
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.text_edit.text().strip(),
        )

    def set_filter(self, f: PledgeFilter, *, notify: bool = True) -> None:
        """Show `f` in the controls; emits `filter_changed` once if it differs (and notify).

        Donors and capabilities that the open workspace does not offer are left out.
        """
        self._text_timer.stop()
        self._hubs = f.hubs
        self.donors.set_selected(f.donors)
        self.kinds.set_selected(k.value for k in f.kinds)
        self.capabilities.set_selected(f.capabilities)
        self.statuses.set_selected(s.value for s in f.statuses)
        self.channels.set_selected(c.value for c in f.channels)
        for edit, day in ((self.date_from, f.date_from), (self.date_to, f.date_to)):
            edit.blockSignals(True)
            edit.set_value(day)
            edit.blockSignals(False)
        self.text_edit.blockSignals(True)
        self.text_edit.setText(f.text)
        self.text_edit.blockSignals(False)
        if notify:
            self._changed()
        else:
            self._last = self.current_filter()
        self._show_state()

    def clear(self) -> None:
        """Remove every restriction (the Clear button)."""
        self.set_filter(PledgeFilter())

    def names(self) -> dict[str, str]:
        """Code -> name of the donors, capabilities and hubs offered (for describe())."""
        return dict(self._names)

    def description(self) -> str:
        """The active filter in one line: 'Germany, Poland · Committed · “iris”'."""
        return describe(self._last, self._names)

    # ------------------------------------------------------------------ presets
    def save_preset(self, name: str) -> None:
        """Save the current filter as `name` (replacing one of that name)."""
        name = name.strip()
        if not name:
            return
        self.presets.save(name, self.current_filter())
        self._fill_presets()
        self._show_state()

    def apply_preset(self, name: str) -> bool:
        """Show the preset `name`; False when there is none of that name."""
        f = self.presets.get(name)
        if f is None:
            return False
        self.set_filter(f)
        self.preset_combo.setCurrentIndex(self.preset_combo.findText(name))
        return True

    def delete_preset(self, name: str | None = None) -> None:
        """Delete `name` (default: the preset chosen in the combo)."""
        name = name if name is not None else self.preset_combo.currentText()
        if name:
            self.presets.delete(name)
            self._fill_presets()
            self._show_state()

    def ask_preset_name(self) -> QInputDialog:
        """Ask for a name (non-blocking dialog, kept in `preset_dialog`), then save."""
        dialog = QInputDialog(self)
        dialog.setObjectName("presetNameDialog")
        dialog.setWindowTitle(QCoreApplication.translate("FilterBar", 'Save filter as preset'))
        dialog.setLabelText(QCoreApplication.translate("FilterBar", "Name for this filter:\n{describe}").format(describe=self.current_filter().describe(self._names)))
        dialog.setTextValue(self.preset_combo.currentText())
        dialog.setOkButtonText("Save")
        dialog.textValueSelected.connect(self.save_preset)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preset_dialog = dialog
        return dialog

    # ------------------------------------------------------------------ internals
    def _selects(self) -> tuple[MultiSelect, ...]:
        return (self.donors, self.kinds, self.capabilities, self.statuses, self.channels)

    def _changed(self) -> None:
        self._text_timer.stop()
        f = self.current_filter()
        if f == self._last:
            return
        self._last = f
        self._show_state()
        self.filter_changed.emit(f)

    def _text_cleared(self, text: str) -> None:
        # The line edit's clear button does not emit textEdited: apply at once.
        if not text and self._last.text:
            self._changed()

    def _from_changed(self, day: date | None) -> None:
        # Keep the range valid: the bound just edited wins, the other moves to the same day.
        end = self.date_to.value()
        if day is not None and end is not None and day > end:
            self.date_to.blockSignals(True)
            self.date_to.set_value(day)
            self.date_to.blockSignals(False)
        self._changed()

    def _to_changed(self, day: date | None) -> None:
        start = self.date_from.value()
        if day is not None and start is not None and day < start:
            self.date_from.blockSignals(True)
            self.date_from.set_value(day)
            self.date_from.blockSignals(False)
        self._changed()

    def _clear_dates(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear_value()
            edit.blockSignals(False)
        self._changed()

    def _preset_chosen(self, index: int) -> None:
        name = self.preset_combo.itemText(index)
        if name:
            self.apply_preset(name)

    def _fill_presets(self) -> None:
        self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        self.preset_combo.addItems(self.presets.names())
        self.preset_combo.setCurrentIndex(-1)
        self.preset_combo.blockSignals(False)

    def _show_state(self) -> None:
        """Description, enabled buttons and the preset that matches, after any change."""
        f = self._last
        shown = (self.tr("No filter: all pledges") if f.is_empty()
                 else self.tr("Filter: {filter}").format(filter=describe(f, self._names)))
        metrics = self.description_label.fontMetrics()
        self.description_label.setText(
            metrics.elidedText(shown, Qt.TextElideMode.ElideRight, DESCRIPTION_WIDTH))
        self.description_label.setToolTip(shown)
        self.setToolTip(shown)
        self.clear_button.setEnabled(not f.is_empty() or bool(self.text_edit.text()))
        self.dates_clear.setEnabled(f.date_from is not None or f.date_to is not None
                                    or self.date_from.value() is not None
                                    or self.date_to.value() is not None)
        match = self.presets.name_of(f) if not f.is_empty() else None
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findText(match) if match else -1)
        self.preset_combo.blockSignals(False)
        self.preset_combo.setEnabled(self.preset_combo.count() > 0)
        self.delete_preset_button.setEnabled(bool(self.preset_combo.currentText()))


def _group(*widgets: QWidget) -> QWidget:
    """Widgets that wrap together in the flow (a label with its fields)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for widget in widgets:
        row.addWidget(widget)
    return box
