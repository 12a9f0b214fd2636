"""Merge an edit that met a newer version: per field, what I started from, theirs, mine.

Opened when the database refused a planner's edit because someone else saved the record
first (StaleEdit). Nothing has been written at that point. The planner picks, field by field,
"keep mine" or "take theirs"; a field only one side changed is chosen already. Apply writes
the merged values against the version stored now, as one undoable edit (audited under the
planner's name, next to the colleague's entry). Cancel writes nothing and says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit import jsonable
from ..audit_text import Names, field_label, value_text

if TYPE_CHECKING:
    from datetime import datetime

    from ...services.merge import Choice, FieldMerge, MergeProposal

# Columns of the comparison grid.
FIELD, BASE, THEIRS, MINE, KEEP_MINE, TAKE_THEIRS = range(6)


class MergeDialog(QDialog):
    """Shows a MergeProposal; `merge_chosen` carries the planner's choices on Apply."""

    merge_chosen = Signal(object)  # dict[str, Choice]: every field of the proposal

    def __init__(self, proposal: MergeProposal, names: Names, me: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.proposal = proposal
        self.names = names
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Changed by another planner"))
        who = ", ".join(sorted({f.changed_by for f in proposal.fields if f.changed_by})) \
            or self.tr("someone else")
        intro = QLabel(self.tr(
            "<b>{label}</b> was changed by {who} after you started editing it, so your change "
            "has not been saved yet. Choose for each field which value to keep, then Apply. "
            "Fields only one of you changed are chosen already.").format(
                label=proposal.label, who=who))
        intro.setObjectName("mergeIntro")
        intro.setWordWrap(True)
        self.hint = QLabel("")
        self.hint.setObjectName("mergeHint")
        self.hint.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("Apply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("mergeApply")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("mergeCancel")
        self.apply_button.clicked.connect(self._apply)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._grid(me))
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()

    # ------------------------------------------------------------------ building
    def _grid(self, me: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("mergeGrid")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.setHorizontalSpacing(14)
        heads = {FIELD: self.tr("Field"), BASE: self.tr("You started from"),
                 THEIRS: self.tr("Theirs (saved now)"), MINE: self.tr("Mine ({user})").format(user=me),
                 KEEP_MINE: self.tr("Keep mine"), TAKE_THEIRS: self.tr("Take theirs")}
        for column, text in heads.items():
            head = QLabel(text)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, column)
        for row, f in enumerate(self.proposal.fields, start=1):
            self._add_field(grid, row, f)
        grid.setColumnStretch(THEIRS, 1)
        grid.setColumnStretch(MINE, 1)
        return frame

    def _add_field(self, grid: QGridLayout, row: int, f: FieldMerge) -> None:
        grid.addWidget(QLabel(field_label(f.field)), row, FIELD)
        grid.addWidget(self._value(f.base, f.field), row, BASE)
        theirs = self._value(f.theirs, f.field)
        if f.they_changed:
            theirs.setText(self.tr("{value}<br><small>by {user}, {when}</small>").format(
                value=theirs.text(), user=f.changed_by or self.tr("someone else"),
                when=_when(f.changed_at)))
            theirs.setTextFormat(Qt.TextFormat.RichText)
        theirs.setObjectName(f"theirs_{f.field}")
        grid.addWidget(theirs, row, THEIRS)
        mine = self._value(f.mine, f.field)
        mine.setObjectName(f"mine_{f.field}")
        grid.addWidget(mine, row, MINE)
        if f.agree:
            same = QLabel(self.tr("the same on both sides"))
            same.setObjectName(f"same_{f.field}")
            grid.addWidget(same, row, KEEP_MINE, 1, 2)
            return
        group = QButtonGroup(self)
        group.setExclusive(False)  # nothing checked until chosen (exclusive groups force one)
        for column, choice in ((KEEP_MINE, "mine"), (TAKE_THEIRS, "theirs")):
            button = QRadioButton()
            button.setObjectName(f"{choice}_choice_{f.field}")
            button.setAccessibleName(self.tr("{choice} for {field}").format(
                choice=self.tr("Keep mine") if choice == "mine" else self.tr("Take theirs"),
                field=field_label(f.field)))
            button.setChecked(f.proposed == choice)
            group.addButton(button)
            button.toggled.connect(lambda on, g=group, b=button: self._toggled(g, b, on))
            grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
        self.groups[f.field] = group

    def _value(self, value: object, field: str) -> QLabel:
        text = QLabel(value_text(field, jsonable(value), self.names))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return text

    # ------------------------------------------------------------------ choosing
    def _toggled(self, group: QButtonGroup, button: QRadioButton, on: bool) -> None:
        if on:  # one choice per field, as radio buttons do
            for other in group.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)
        self._update()

    def choose(self, field: str, choice: Choice) -> None:
        """Pick a side for one field (what clicking its radio button does)."""
        for button in self.groups[field].buttons():
            if button.objectName().startswith(choice):
                button.setChecked(True)

    def choices(self) -> dict[str, Choice]:
        out: dict[str, Choice] = {}
        for f in self.proposal.fields:
            if f.agree:
                out[f.field] = "mine"
                continue
            for button in self.groups[f.field].buttons():
                if button.isChecked():
                    out[f.field] = "mine" if button.objectName().startswith("mine") else "theirs"
        return out

    def _update(self) -> None:
        undecided = self.proposal.undecided(self.choices())
        self.apply_button.setEnabled(not undecided)
        if undecided:
            self.hint.setText(self.tr("Both of you changed {fields}: choose which to keep.").format(
                fields=", ".join(field_label(f) for f in undecided)))
        else:
            self.hint.setText(self.tr("Apply saves the result as one step (Ctrl+Z undoes it)."))

    def _apply(self) -> None:
        if self.proposal.undecided(self.choices()):
            return
        self.merge_chosen.emit(self.choices())
        self.accept()


def _when(at: datetime | None) -> str:
    if at is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def names_of(ws: object) -> Names:
    """Id -> name maps of a workspace's reference lists (for the values shown)."""
    ref = ws.reference  # type: ignore[attr-defined]
    return Names(members={m.id: m.name for m in ref.members},
                 capabilities={c.id: c.name for c in ref.capabilities},
                 hubs={h.id: h.name for h in ref.hubs})

