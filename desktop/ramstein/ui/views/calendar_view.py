"""Calendar: when aid arrives. A month grid, the agenda of the selected day/week/month, and a
bar of planned against delivered EUR per month of the year shown.

Data comes from the calendar service (services/calendar.py), loaded on the worker. Month grids
are kept per (month, filter) and the neighbour months are fetched after each load, so paging
through months shows the grid at once; the agenda follows a moment later. Any change of the
data empties the cache (one change signal, CONVENTIONS §3).

Filters: the shared filter bar's donors, member kinds (as their donors), capabilities and
text apply; hub and delivery status are picked here. Edits (a drag onto a day, Move to date…,
Mark delivered, Delay…) are undoable commands over the service (calendar_commands.py).
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DeliveryStatus
from ...domain.errors import DomainError, StaleEdit
from ...domain.filters import PledgeFilter
from ..appearance import label
from ..calendar_commands import CalendarEditor
from ..date_fields import display_format, from_qdate, to_qdate
from ..enum_text import enum_options, enum_text
from ..flow_layout import FlowLayout
from ..formatting import date_text, eur_short
from ..models.agenda_model import COLUMNS, ROW_ROLE, SORT_ROLE, AgendaModel
from ..multi_select import MultiSelect
from ..plural import plural
from ..undo_commands import EditTakenOver
from ..widget_helpers import read_only_table
from .base_view import WorkspaceView
from .calendar_chart import MonthlyBarsWidget
from .month_grid import STATUS_COLORS, STATUS_ORDER, MonthGrid, add_months, month_title

if TYPE_CHECKING:
    from ...services import Workspace
    from ...services.calendar import AgendaRow, CalendarFilter, MonthData
    from ..workers import TaskRunner

SCOPES = ("day", "week", "month")
# (button text, tooltip) per scope, translated where the buttons are made
SCOPE_TEXTS: dict[str, tuple[str, str]] = {
    "day": (QT_TRANSLATE_NOOP("CalendarView", "Day"),
            QT_TRANSLATE_NOOP("CalendarView", "Show the deliveries of the selected day")),
    "week": (QT_TRANSLATE_NOOP("CalendarView", "Week"),
             QT_TRANSLATE_NOOP("CalendarView", "Show the deliveries of the selected week")),
    "month": (QT_TRANSLATE_NOOP("CalendarView", "Month"),
              QT_TRANSLATE_NOOP("CalendarView", "Show the deliveries of the selected month")),
}
CACHE_MONTHS = 24
MonthlyValues = list[tuple[str, Decimal, Decimal]]


@dataclass(frozen=True)
class Request:
    """What one load is for: the month shown, the agenda's range, the filter."""

    year: int
    month: int
    start: date
    end: date
    flt: Any  # CalendarFilter (imported on the worker)


@dataclass(frozen=True)
class Loaded:
    request: Request
    month: MonthData
    agenda: list[AgendaRow]
    monthly: MonthlyValues | None  # None: the chart's year was already loaded


def agenda_range(day: date, scope: str) -> tuple[date, date]:
    if scope == "day":
        return day, day
    if scope == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    last = _calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


class CalendarView(WorkspaceView):
    title = QT_TRANSLATE_NOOP("CalendarView", "Calendar")

    message = Signal(str)  # for the window's status bar

    def __init__(self, runner: TaskRunner, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("calendar")
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.editor: CalendarEditor | None = None
        self.shared = PledgeFilter()
        self.names: dict[str, str] = {}
        self.hub_names: dict[int, str] = {}
        self.last_dialog: QDialog | None = None
        self.last_message: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self._scope = "month"
        self._cache: dict[tuple[int, int, Any], MonthData] = {}
        self._monthly: dict[tuple[int, Any], MonthlyValues] = {}
        self._shown: Request | None = None  # what is on screen
        self._keep_selected: set[int] = set()
        self._pending: Request | None = None
        self._select_first = False  # the screenshot shows a selected row
        start = today or date.today()

        self.grid = MonthGrid(start)
        self.grid.day_selected.connect(self.select_day)
        self.grid.day_activated.connect(lambda day: (self.select_day(day), self.set_scope("day")))
        self.grid.dropped.connect(self.ask_move_to)
        self.agenda_model = AgendaModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.agenda_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _agenda_table(self.proxy)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable_edits())
        self.table.doubleClicked.connect(lambda _index: self.ask_move_selected())

        self._build_layout()
        self._build_actions()
        self._show_month_title()
        self._enable_edits()

    # ------------------------------------------------------------------ layout
    def _build_layout(self) -> None:
        self.month_label = label("", "viewTitle")
        self.month_label.setObjectName("monthTitle")
        self.month_label.setMinimumWidth(190)
        self.prev_button = _tool("◀", "prevMonth", self.tr("Previous month (Page Up)"))
        self.next_button = _tool("▶", "nextMonth", self.tr("Next month (Page Down)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("todayButton")
        self.today_button.setToolTip(self.tr("Go to today (Home)"))
        self.prev_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.jump_edit = QDateEdit()
        self.jump_edit.setObjectName("jumpDate")
        self.jump_edit.setCalendarPopup(True)
        self.jump_edit.setDisplayFormat(display_format())
        self.jump_edit.setToolTip(self.tr("Jump to a date"))
        self.jump_edit.setAccessibleName(self.tr("Jump to date"))
        self.jump_edit.dateChanged.connect(lambda d: self.select_day(from_qdate(d)))
        self.hubs = MultiSelect("hub", "hubs")
        self.statuses = MultiSelect("status", "delivery statuses")
        self.statuses.set_options(enum_options(STATUS_ORDER))
        for select in (self.hubs, self.statuses):
            select.selection_changed.connect(self._filter_changed)
        self.shared_label = label("", "viewSubtitle")
        self.shared_label.setObjectName("sharedFilter")
        self.shared_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(label(self.tr("Calendar"), "viewTitle"))
        top.addSpacing(10)
        top.addWidget(self.prev_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        top.addWidget(self.jump_edit)
        top.addSpacing(12)
        top.addWidget(self.hubs)
        top.addWidget(self.statuses)
        top.addWidget(self.shared_label, 1)

        self.totals_label = label("", "footer")
        self.totals_label.setObjectName("monthTotals")
        legend = label(_legend_html(self.tr("Overdue")), "cardNote")
        legend.setObjectName("legend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The totals must not widen the window: on a narrow screen they give way.
        self.totals_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        totals_row = QHBoxLayout()
        totals_row.addWidget(self.totals_label, 1)
        totals_row.addWidget(legend)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.setSpacing(4)
        left_box.addLayout(totals_row)
        left_box.addWidget(self.grid, 1)
        self.chart_title = label("", "sectionTitle")
        self.chart_title.setObjectName("chartTitle")
        self.bars = MonthlyBarsWidget()
        self.bars.month_clicked.connect(
            lambda m: self.go_to_month(self.grid.year_month()[0], m))
        left_box.addWidget(self.chart_title)
        left_box.addWidget(self.bars)

        self.scope_buttons = QButtonGroup(self)
        scope_row = QHBoxLayout()
        scope_row.setSpacing(2)
        for scope in SCOPES:
            text, tip = SCOPE_TEXTS[scope]
            button = _tool(QCoreApplication.translate("CalendarView", text), f"scope_{scope}",
                           QCoreApplication.translate("CalendarView", tip))
            button.setCheckable(True)
            button.setChecked(scope == self._scope)
            button.clicked.connect(lambda _c=False, s=scope: self.set_scope(s))
            self.scope_buttons.addButton(button)
            scope_row.addWidget(button)
        self.agenda_label = label("", "sectionTitle")
        self.agenda_label.setObjectName("agendaTitle")
        self.agenda_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        scope_row.addSpacing(8)
        scope_row.addWidget(self.agenda_label, 1)

        self.delivered_button = QPushButton(self.tr("Mark delivered"))
        self.delivered_button.setObjectName("markDelivered")
        self.delivered_button.setToolTip(self.tr("Mark the selected deliveries delivered today "
                                                 "(one undo step)"))
        self.delivered_button.clicked.connect(lambda: self.mark_selected_delivered())
        self.move_button = QPushButton(self.tr("Move to date…"))
        self.move_button.setObjectName("moveToDate")
        self.move_button.setToolTip(self.tr("Reschedule the selected deliveries (or drag them "
                                            "onto a day of the month)"))
        self.move_button.clicked.connect(self.ask_move_selected)
        self.delay_button = QPushButton(self.tr("Delay…"))
        self.delay_button.setObjectName("delay")
        self.delay_button.setToolTip(self.tr("Mark the selected deliveries delayed, with the reason"))
        self.delay_button.clicked.connect(self.ask_delay_selected)
        self.agenda_hint = label(self.tr("Drag rows onto a day to reschedule · Ctrl+Z undoes"),
                                 "viewSubtitle")
        buttons = FlowLayout(spacing=6, line_spacing=4)
        for widget in (self.delivered_button, self.move_button, self.delay_button,
                       self.agenda_hint):
            buttons.addWidget(widget)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.setSpacing(4)
        right_box.addLayout(scope_row)
        right_box.addWidget(self.table, 1)
        right_box.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("calendarSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 520])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _build_actions(self) -> None:
        def action(text: str, name: str, slot: Any, keys: str | None = None) -> QAction:
            act = QAction(text, self.table)
            act.setObjectName(name)
            if keys:
                act.setShortcuts([QKeySequence.fromString(keys)])
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _c=False: slot())
            self.table.addAction(act)
            return act

        self.move_action = action(self.tr("Move to date…"), "agendaMove", self.ask_move_selected,
                                  "Ctrl+M")
        self.delivered_action = action(self.tr("Mark delivered today"), "agendaDelivered",
                                       self.mark_selected_delivered, "Ctrl+Shift+D")
        self.delivered_on_action = action(self.tr("Mark delivered on…"), "agendaDeliveredOn",
                                          self.ask_delivered_selected)
        self.delay_action = action(self.tr("Delay…"), "agendaDelay", self.ask_delay_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # ------------------------------------------------------------------ workspace and filters
    def set_workspace(self, ws: Workspace | None) -> None:
        self._cache.clear()
        self._monthly.clear()
        self._shown = None
        self.editor = None if ws is None else CalendarEditor(ws, self.undo_stack, self._step_failed)
        if ws is not None:
            today = ws.today()
            self.grid.set_today(today)
            ref = ws.reference
            self.hub_names = {h.id: h.name for h in ref.hubs}
            self.names = {m.code: m.name for m in ref.donors()}
            self.names.update({c.code: c.name for c in ref.capabilities})
            self.hubs.set_options([(str(h.id), h.name) for h in ref.hubs])
            self._set_day(today)
        super().set_workspace(ws)

    def set_shared_filter(self, flt: PledgeFilter | None) -> None:
        """The filter bar's filter: its donors, kinds, capabilities and text apply here."""
        flt = flt or PledgeFilter()
        if flt == self.shared:
            return
        self.shared = flt
        self._filter_changed()

    def calendar_filter(self) -> CalendarFilter:
        from ...services.calendar import CalendarFilter

        shared = self.shared
        donors = set(shared.donors)
        if shared.kinds and self.ws is not None:
            of_kinds = {m.code for m in self.ws.reference.donors() if m.kind in shared.kinds}
            donors = donors & of_kinds if donors else of_kinds or {"-"}
        return CalendarFilter(
            donors=frozenset(donors),
            capabilities=shared.capabilities,
            hubs=frozenset(int(h) for h in self.hubs.selected()),
            statuses=frozenset(DeliveryStatus(s) for s in self.statuses.selected()),
            text=shared.text,
        )

    def describe_filter(self) -> str:
        return self.calendar_filter().describe(self.names, self.hub_names)

    def _filter_changed(self) -> None:
        self._show_shared()
        self._load_now()

    def _show_shared(self) -> None:
        shared = self.shared.replace(statuses=frozenset(), channels=frozenset(),
                                     date_from=None, date_to=None, hubs=frozenset())
        text = ("" if shared.is_empty()
                else self.tr("Filter bar: {filter}").format(filter=shared.describe(self.names)))
        ignored = [what for what, on in ((self.tr("pledge status"), self.shared.statuses),
                                         (self.tr("mechanism"), self.shared.channels),
                                         (self.tr("announced dates"), self.shared.date_from
                                          or self.shared.date_to)) if on]
        if ignored:
            text += (" · " if text else "") + self.tr("not applied here: {what}").format(
                what=", ".join(ignored))
        self.shared_label.setText(text)
        self.shared_label.setToolTip(text)

    # ------------------------------------------------------------------ navigation
    def selected_day(self) -> date:
        return self.grid.selected_day()

    def scope(self) -> str:
        return self._scope

    def select_day(self, day: date) -> None:
        """Select `day` (in any month): the grid follows, the agenda shows its range."""
        self._set_day(day)
        if self._request() != self._shown or self._loading:
            self._load_now()

    def _set_day(self, day: date) -> None:
        self.grid.set_selected(day)
        self.grid.set_month(day.year, day.month)
        cached = self._cache.get((day.year, day.month, self._filter_key()))
        if cached is not None:
            self.grid.set_cells(cached.days)
            self._show_totals(cached)
        self.jump_edit.blockSignals(True)
        self.jump_edit.setDate(to_qdate(day))
        self.jump_edit.blockSignals(False)
        self._show_month_title()

    def step_month(self, months: int) -> None:
        self.select_day(add_months(self.selected_day(), months))

    def go_to_month(self, year: int, month: int) -> None:
        """Show `year-month`, keeping the selected day of the month where it exists."""
        day = self.selected_day()
        last = _calendar.monthrange(year, month)[1]
        self.select_day(date(year, month, min(day.day, last)))

    def go_to_today(self) -> None:
        self.select_day(self.grid.today())
        self.grid.setFocus()

    def set_scope(self, scope: str) -> None:
        if scope not in SCOPES:
            raise ValueError(f"scope: {scope!r} is not one of {', '.join(SCOPES)}")
        self._scope = scope
        for button in self.scope_buttons.buttons():
            button.setChecked(button.objectName() == f"scope_{scope}")
        self._load_now()

    def header_text(self) -> str:
        return self.month_label.text()

    def _show_month_title(self) -> None:
        year, month = self.grid.year_month()
        self.month_label.setText(month_title(year, month))

    # ------------------------------------------------------------------ loading
    def _filter_key(self) -> Any:
        return self.calendar_filter()

    def _request(self) -> Request:
        day = self.selected_day()
        start, end = agenda_range(day, self._scope)
        return Request(day.year, day.month, start, end, self.calendar_filter())

    def _load_now(self) -> None:
        if self.ws is not None and self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def is_interested(self, change: Any) -> bool:
        return getattr(change, "entity", "all") in ("delivery", "pledge", "member", "rate", "all")

    def on_data_changed(self, change: Any) -> None:
        if self.ws is not None and self.is_interested(change):
            self._cache.clear()
            self._monthly.clear()
        super().on_data_changed(change)

    def refresh(self) -> None:
        self._pending = self._request()
        super().refresh()

    def load(self, ws: Workspace) -> Loaded:
        request = self._pending
        assert request is not None  # set by refresh() before the load is submitted
        cal = ws.calendar
        key = (request.year, request.month, request.flt)
        month = self._cache.get(key) or cal.month(request.year, request.month, request.flt)
        agenda = cal.agenda(request.start, request.end, request.flt)
        monthly = (None if (request.year, request.flt) in self._monthly
                   else cal.monthly_values(request.year, request.year, request.flt))
        return Loaded(request, month, agenda, monthly)

    def apply(self, data: Loaded) -> None:
        request = data.request
        self._remember(request.year, request.month, request.flt, data.month)
        if data.monthly is not None:
            self._monthly[(request.year, request.flt)] = data.monthly
        self._shown = request
        if (request.year, request.month) == self.grid.year_month():
            self.grid.set_cells(data.month.days)
            self._show_totals(data.month)
        self._show_agenda(request, data.agenda)
        self._show_chart(request.year, request.flt)
        self._prefetch(request)

    def _remember(self, year: int, month: int, flt: Any, data: MonthData) -> None:
        self._cache[(year, month, flt)] = data
        while len(self._cache) > CACHE_MONTHS:
            self._cache.pop(next(iter(self._cache)))

    def _prefetch(self, request: Request) -> None:
        """The months on either side, so Page Up/Down shows a grid at once."""
        ws = self.ws
        if ws is None:
            return
        here = date(request.year, request.month, 1)
        for step in (1, -1):
            other = add_months(here, step)
            key = (other.year, other.month, request.flt)
            if key in self._cache:
                continue
            self.runner.submit(
                "prefetch calendar month", ws.calendar.month, other.year, other.month,
                request.flt,
                on_result=lambda data, k=key, w=ws: self._prefetched(w, k, data),
                on_error=lambda _exc: None)

    def _prefetched(self, ws: Workspace, key: tuple[int, int, Any], data: MonthData) -> None:
        if ws is not self.ws:
            return
        self._remember(*key, data)
        if key[:2] == self.grid.year_month() and not self.grid.is_loaded():
            self.grid.set_cells(data.days)
            self._show_totals(data)

    def clear(self) -> None:
        self._cache.clear()
        self._monthly.clear()
        self._shown = None
        self.grid.set_cells(None)
        self.agenda_model.set_rows([])
        self.totals_label.setText(self.tr("Loading the calendar…") if self.ws
                                  else self.tr("No database open"))
        self.agenda_label.setText("")

    def show_error(self, message: str) -> None:
        self.totals_label.setText(self.tr("Could not load the calendar: {message}").format(
            message=message))

    def is_current(self) -> bool:
        """The screen shows the data of the current selection (nothing is loading)."""
        return (self._shown is not None and self._shown == self._request() and not self._loading
                and not self._debounce.isActive() and not self._stale)

    def prepare_screenshot(self) -> None:
        """A busy month with its busiest day selected (`ramstein screenshot`)."""
        if self.ws is None:
            return
        year, month = busiest_month(self.ws, self.grid.today(), self.calendar_filter())
        data = self.ws.calendar.month(year, month, self.calendar_filter())
        inside = [c for c in data.days.values() if c.day.month == month and c.count]
        self._scope = "day"
        for button in self.scope_buttons.buttons():
            button.setChecked(button.objectName() == "scope_day")
        best = max(inside, key=lambda c: (c.overdue > 0, c.count), default=None)
        self._select_first = True
        self.select_day(best.day if best is not None else date(year, month, 1))

    # ------------------------------------------------------------------ showing
    def month_data(self) -> MonthData | None:
        year, month = self.grid.year_month()
        return self._cache.get((year, month, self._filter_key()))

    def _show_totals(self, data: MonthData) -> None:
        # The month's name is in the header: the line must fit beside the legend.
        count = data.total_count
        text = plural(self.tr("%Ln delivery(ies)", "", count), count) + f" · {eur_short(data.total_eur)}"
        if data.overdue_count:
            overdue = self.tr("{n} overdue").format(n=f"{data.overdue_count:,}")
            text += f" · <span style='color:#cf222e'><b>{overdue}</b></span>"
        self.totals_label.setText(text)

    def _show_agenda(self, request: Request, rows: list[AgendaRow]) -> None:
        keep = self._keep_selected or {r.delivery_id for r in self.selected_rows()}
        self._keep_selected = set()
        self.agenda_model.set_rows(rows)
        self._reselect(keep)
        if self._select_first and rows:
            self._select_first = False
            self.table.selectRow(0)
        eur = sum((r.eur for r in rows if r.eur is not None
                   and r.status is not DeliveryStatus.CANCELLED), Decimal(0))
        overdue = sum(1 for r in rows if r.overdue)
        span = _span_text(request.start, request.end, self._scope)
        text = (f"{span} · " + plural(self.tr("%Ln delivery(ies)", "", len(rows)), len(rows))
                + f" · {eur_short(eur)}")
        if overdue:
            text += " · " + self.tr("{n} overdue").format(n=f"{overdue:,}")
        self.agenda_label.setText(text)
        self.agenda_label.setToolTip(text)
        self._enable_edits()

    def _reselect(self, ids: set[int]) -> None:
        if not ids:
            return
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) in ids:
                model.select(index, flags.Select | flags.Rows)

    def _show_chart(self, year: int, flt: Any) -> None:
        values = self._monthly.get((year, flt))
        if values is None:
            return
        planned = sum((p for _m, p, _d in values), Decimal(0))
        delivered = sum((d for _m, _p, d in values), Decimal(0))
        self.chart_title.setText(self.tr("{year}: planned {planned} · delivered {delivered} "
                                         "by month").format(
            year=year, planned=eur_short(planned), delivered=eur_short(delivered)))
        self.bars.set_values(values, self.grid.year_month()[1])

    # ------------------------------------------------------------------ selection and edits
    def selected_rows(self) -> list[AgendaRow]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in sorted(rows)]

    def select_delivery(self, delivery_id: int) -> bool:
        """Select the agenda row of this delivery (False when not shown)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == delivery_id:
                self.table.selectRow(row)
                return True
        return False

    def _enable_edits(self) -> None:
        rows = self.selected_rows()
        open_rows = [r for r in rows if r.status.is_open]
        for widget in (self.delivered_button, self.delivered_action, self.delivered_on_action,
                       self.delay_button, self.delay_action):
            widget.setEnabled(bool(open_rows))
        for widget in (self.move_button, self.move_action):
            widget.setEnabled(bool(rows))

    def _need(self, hint: str, *, open_only: bool) -> list[AgendaRow]:
        """The selected rows (open ones only, if so); `hint` is said when there are none."""
        rows = self.selected_rows()
        if open_only:
            rows = [r for r in rows if r.status.is_open]
        if not rows:
            self.message.emit(hint)
        return rows

    def _need_to_mark(self) -> list[AgendaRow]:
        return self._need(self.tr("Select the open deliveries (not delivered or cancelled) to "
                                  "mark delivered in the agenda first"), open_only=True)

    def mark_selected_delivered(self, on: date | None = None) -> bool:
        rows = self._need_to_mark()
        return bool(rows) and self._run(
            lambda ed: ed.mark_delivered([(r.delivery_id, r.version) for r in rows], on), rows)

    def ask_delivered_selected(self) -> None:
        rows = self._need_to_mark()
        if not rows or self.ws is None:
            return
        from ..dialogs.calendar_dialogs import DeliveredDialog

        dialog = DeliveredDialog(self.tr("Mark {what} delivered.").format(what=self._what(rows)),
                                 self.ws.today(), self)
        dialog.accepted.connect(lambda: self._run(
            lambda ed: ed.mark_delivered([(r.delivery_id, r.version) for r in rows],
                                         dialog.day()), rows))
        self._open(dialog)

    def ask_move_selected(self) -> None:
        rows = self._need(self.tr("Select the deliveries to move in the agenda first"),
                          open_only=False)
        if rows:
            self._ask_move(rows, self.selected_day())

    def ask_delay_selected(self) -> None:
        rows = self._need(self.tr("Select the open deliveries (not delivered or cancelled) to "
                                  "delay in the agenda first"), open_only=True)
        if rows:
            latest = max(r.planned_on for r in rows)
            self._ask_move(rows, max(latest + timedelta(days=7), self.grid.today()),
                           delayed=True)

    def ask_move_to(self, day: date, payload: list[dict[str, Any]]) -> None:
        """Dropped agenda rows: ask for the reason, then move them to `day`."""
        wanted = {p["id"]: p for p in payload}
        shown = {r.delivery_id: r for r in self.agenda_model.rows()}
        rows = [shown[i] for i in wanted if i in shown]
        if not rows:
            self.message.emit(self.tr("Those deliveries are no longer in the agenda: nothing moved"))
            return
        rows = [r for r in rows if r.planned_on != day]
        if not rows:
            self.message.emit(self.tr("Already planned for {day}: nothing moved").format(
                day=date_text(day)))
            return
        self._ask_move(rows, day, date_editable=False)

    def _ask_move(self, rows: list[AgendaRow], day: date, *, delayed: bool = False,
                  date_editable: bool = True) -> None:
        from ..dialogs.calendar_dialogs import MoveDialog

        froms = sorted({r.planned_on for r in rows})
        planned = ", ".join(map(date_text, froms[:3])) + (" …" if len(froms) > 3 else "")
        weekday = QLocale().dayName(day.isoweekday())
        text = (self.tr("Move {what} (planned {planned}) to {weekday} {day}?").format(
                    what=self._what(rows), planned=planned, weekday=weekday, day=date_text(day))
                if not date_editable else self.tr("Reschedule {what}.").format(what=self._what(rows)))
        dialog = MoveDialog(text, day, self, later=delayed, date_editable=date_editable)
        if delayed:
            dialog.setWindowTitle(self.tr("Delay delivery"))
            dialog.ok_button.setText(self.tr("Delay"))

        def accepted() -> None:
            targets = [(r.delivery_id, r.version) for r in rows]
            new_day, reason = dialog.day(), dialog.reason()
            if dialog.delayed():
                self._run(lambda ed: ed.mark_delayed(targets, reason, new_day), rows)
            else:
                self._run(lambda ed: ed.reschedule(targets, new_day, reason), rows)

        dialog.accepted.connect(accepted)
        self._open(dialog)

    def move_rows(self, rows: list[AgendaRow], day: date, reason: str = "") -> bool:
        """Reschedule without asking (what the dialog does once accepted)."""
        return self._run(
            lambda ed: ed.reschedule([(r.delivery_id, r.version) for r in rows], day, reason),
            rows)

    def _run(self, edit: Any, rows: list[AgendaRow]) -> bool:
        if self.editor is None:
            self.message.emit(self.tr("Open a database first"))
            return False
        self._keep_selected = {r.delivery_id for r in rows}
        self.editor.shown = {r.delivery_id: {"planned_on": r.planned_on, "status": r.status,
                                             "actual_on": r.actual_on,
                                             "delay_reason": r.delay_reason} for r in rows}
        try:
            command = edit(self.editor)
        except EditTakenOver:  # a merge is offered (ui/sharing.py), or kept until reconnected
            self._reload_after_refusal()
            return False
        except StaleEdit as exc:
            self._box("warning", self.tr("Changed elsewhere"),
                      self.tr("A delivery was changed elsewhere (another window or an import) "
                              "after the agenda showed it. Nothing was saved; the calendar now "
                              "shows what is stored."), str(exc))
            self.message.emit(self.tr("Not saved: {error}").format(error=exc))
            self._reload_after_refusal()
            return False
        except DomainError as exc:
            self.message.emit(self.tr("Not saved. {error}").format(error=exc))
            self._reload_after_refusal()
            return False
        if command is not None:
            self.message.emit(self.tr("Done: {what} (Ctrl+Z undoes)").format(what=command.text()))
        return command is not None

    def _reload_after_refusal(self) -> None:
        self._cache.clear()
        self._load_now()

    def _step_failed(self, message: str, _ids: tuple[int, ...]) -> None:
        self._box("warning", self.tr("Could not undo or redo"),
                  self.tr("{message}\n\nNothing was overwritten, and this step was taken out of "
                          "the undo history.").format(message=message))
        self.message.emit(message)
        self._reload_after_refusal()

    # ------------------------------------------------------------------ export and print
    def choose_export_ics(self) -> QFileDialog:
        """File ▸ Export calendar…: the deliveries the calendar's filter lets through."""
        return self._save_dialog(self.tr("Export calendar — {filter}").format(
                                     filter=self.describe_filter()),
                                 f"deliveries-{date.today().isoformat()}.ics",
                                 self.tr("iCalendar files (*.ics)"), self.export_ics_to)

    def export_ics_to(self, path: Path) -> None:
        ws = self.ws
        if ws is None:
            return
        from ...services.calendar import export_ics

        flt = self.calendar_filter()
        self.message.emit(self.tr("Writing {name}…").format(name=path.name))
        self.runner.submit(
            f"export {path.name}", export_ics, ws, path, flt,
            on_result=lambda r: self.message.emit(
                plural(self.tr("Exported %Ln delivery(ies) to {path} ({filter})", "", r.events),
                       r.events).format(path=r.path, filter=self.describe_filter())),
            on_error=lambda exc: self._box("critical", self.tr("Export failed"),
                                           self.tr("{path} was not written.").format(path=path),
                                           str(exc)))

    def choose_print(self) -> QFileDialog:
        """File ▸ Print calendar month to PDF…: the month shown, with the marking."""
        year, month = self.grid.year_month()
        return self._save_dialog(self.tr("Print {month} to PDF").format(
                                     month=month_title(year, month)),
                                 f"calendar-{year:04d}-{month:02d}.pdf",
                                 self.tr("PDF files (*.pdf)"), self.print_to)

    def print_to(self, path: Path) -> Path | None:
        """Write the month shown as a PDF (on the GUI thread: Qt paints there)."""
        ws = self.ws
        if ws is None:
            return None
        from ..calendar_print import print_month

        year, month = self.grid.year_month()
        flt = self.calendar_filter()
        data = self._cache.get((year, month, flt)) or ws.calendar.month(year, month, flt)
        from ...services.classification import export_marking

        try:
            marking = export_marking(ws.db.info(), "the calendar print")
        except DomainError as exc:
            self._box("warning", self.tr("Not printed"),
                      self.tr("{path} was not written.").format(path=path.name), str(exc))
            return None
        try:
            print_month(path, data, marking=marking, today=self.grid.today(),
                        filter_text="" if flt.is_empty() else self.describe_filter(),
                        source=ws.path.name)
        except OSError as exc:
            self._box("critical", self.tr("Print failed"),
                      self.tr("{path} was not written.").format(path=path), str(exc))
            return None
        self.message.emit(self.tr("Printed {month} to {path} ({marking})").format(
            month=month_title(year, month), path=path, marking=marking))
        return path

    def _save_dialog(self, title: str, name: str, pattern: str, chosen: Any) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("calendarFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(pattern)
        dialog.setDefaultSuffix(pattern.rsplit(".", 1)[1].rstrip(")"))
        start = self.ws.path.parent if self.ws is not None else Path.home()
        dialog.setDirectory(str(start))
        dialog.selectFile(name)
        dialog.fileSelected.connect(lambda text: chosen(Path(text)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def _what(self, rows: list[AgendaRow]) -> str:
        if len(rows) == 1:
            r = rows[0]
            return f"{r.pledge_reference} · {r.item}"
        return plural(self.tr("%Ln delivery(ies)", "", len(rows)), len(rows))

    # ------------------------------------------------------------------ dialogs
    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _box(self, icon: str, title: str, text: str, details: str = "") -> QMessageBox:
        """A message box that does not block the event loop."""
        from ..widget_helpers import message_box

        box = self.last_message = message_box(self, icon, title, text, details, name="calendarMessage")
        return box


def busiest_month(ws: Workspace, today: date, flt: Any, *, enough: int = 60) -> tuple[int, int]:
    """Today's month when it has `enough` deliveries, else the busiest of the 18 months
    before and 6 after it (by number of deliveries planned)."""
    cal = ws.calendar
    here = date(today.year, today.month, 1)
    if cal.month(here.year, here.month, flt).total_count >= enough:
        return here.year, here.month
    counts = {}
    for step in range(-18, 7):
        day = add_months(here, step)
        counts[(day.year, day.month)] = cal.month(day.year, day.month, flt).total_count
    return max(counts, key=lambda ym: (counts[ym], ym))


def _span_text(start: date, end: date, scope: str) -> str:
    """'Fri 20 Nov 2026', 'Week 47: 16–22 Nov 2026', 'November 2026' in the language shown."""
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    if scope == "day":
        return QCoreApplication.translate("CalendarView", "{weekday} {day} {month} {year}").format(
            weekday=locale.dayName(start.isoweekday(), short), day=start.day,
            month=locale.monthName(start.month, short), year=start.year)
    if scope == "week":
        week = start.isocalendar()[1]
        if start.month == end.month:
            return QCoreApplication.translate(
                "CalendarView", "Week {week}: {first}–{last} {month} {year}").format(
                week=week, first=start.day, last=end.day,
                month=locale.monthName(end.month, short), year=end.year)
        return QCoreApplication.translate(
            "CalendarView", "Week {week}: {first} {first_month} – {last} {month} {year}").format(
            week=week, first=start.day, first_month=locale.monthName(start.month, short),
            last=end.day, month=locale.monthName(end.month, short), year=end.year)
    return month_title(start.year, start.month)


def _legend_html(overdue: str) -> str:
    items = [(STATUS_COLORS[s], enum_text(s)) for s in STATUS_ORDER] + [("#cf222e", overdue)]
    return " ".join(f"<span style='color:{c}'>■</span>&nbsp;{t}" for c, t in items)


def _tool(text: str, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


def _agenda_table(model: QSortFilterProxyModel) -> QTableView:
    table = read_only_table("agendaTable", model, sortable=True, many=True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setDragEnabled(True)  # onto a day of the month grid: reschedule
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(vertical.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    for column, spec in enumerate(COLUMNS):
        header.resizeSection(column, spec[4])
    return table
