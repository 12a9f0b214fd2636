"""The staff brief as a PDF: Qt's own PDF writer, A4 portrait, the marking on every page.

    data = gather_brief(ws, donor)                 # services/brief.py: the figures
    result = write_brief(path, data)               # here: the layout, on the GUI thread
    result = brief_to_pdf(ws, path, donor)         # both (the CLI; a QApplication is made)

Layout in two passes: the blocks (title, bottom line, key figures, fund position, tables,
charts) are measured and placed onto pages first, each as a closure; then every page is
painted with its frame (marking top and bottom, running head, "Page x of y", the database
and the time of its data), since the page count is known only once everything is placed.
Long tables split over pages with their header repeated. Charts are the views' own QtCharts
builders, rendered offscreen to an image at print resolution (a chart scene lays its text
out at screen resolution, so drawing it straight onto a 300 dpi device would misplace it).

The file is written next to the target and renamed over it only when complete: a failed or
refused brief leaves the previous file as it was.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ..domain.enums import PledgeStatus
from .formatting import DASH, count_text, date_text, localized, scaled_parts, share_of
from .plural import plural

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart

    from ..services.brief import BriefData
    from ..services.progress import Progress
    from ..services.workspace import Workspace

RESOLUTION_DPI = 300
OVERDUE_ROWS = 120  # the longest overdue; the rest is one line (the calendar has them all)
CHART_HEIGHT_PT = 215
INK = QColor("#1f2328")
MUTED = QColor("#57606a")
FAINT = QColor("#8c959f")
RULE = QColor("#d0d7de")
STRIPE = QColor("#f3f5f7")
HEADER_FILL = QColor("#e4e8ec")
MARKING_COLOR = QColor("#b3261e")
BAD = QColor("#b3261e")
GOOD = QColor("#1a7f37")
PLEDGED = QColor("#1f6feb")
DELIVERED = QColor("#2da44e")
FLOOR = QColor("#bf8700")
STATUS_COLORS = {
    PledgeStatus.ANNOUNCED: QColor("#afb8c1"),
    PledgeStatus.COMMITTED: QColor("#8250df"),
    PledgeStatus.ALLOCATED: QColor("#bf8700"),
    PledgeStatus.IN_DELIVERY: QColor("#1f6feb"),
    PledgeStatus.DELIVERED: QColor("#2da44e"),
    PledgeStatus.SUSPENDED: QColor("#fb8f44"),
    PledgeStatus.CANCELLED: QColor("#cf222e"),
}
_ONE = Decimal("0.1")
Left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
Right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Center = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class BriefResult:
    path: Path
    pages: int
    seconds: float
    marking: str


# ---------------------------------------------------------------------- entry points
def brief_to_pdf(ws: Workspace, path: Path, donor: str | None = None, *,
                 progress: Progress | None = None, lang: str | None = None) -> BriefResult:
    """Gather and write the brief (the CLI's way in): makes an offscreen QApplication when
    none exists (QtCharts needs one). `lang` (en, fr, uk, system), when given, is installed
    first, so the brief reads in that language."""
    from ..services.brief import gather_brief

    if QCoreApplication.instance() is None:
        from .app import make_application

        make_application(["ramstein", "-platform", "offscreen"])
    if lang:
        from .i18n import install

        install(lang)
    data = gather_brief(ws, donor, progress=progress)
    return write_brief(path, data, progress=progress)


def write_brief(path: Path, data: BriefData, *, progress: Progress | None = None) -> BriefResult:
    """Lay out and write `data` as a PDF at `path` (atomically); returns pages and time."""
    start = time.perf_counter()
    path = Path(path)
    partial = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(14, 10, 14, 10), QPageLayout.Unit.Millimeter))
    writer.setTitle(_title(data) + (f" ({data.marking})" if data.marking else ""))
    writer.setCreator("Ramstein Planner")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: cannot write a PDF there")
    try:
        try:
            layout = _BriefLayout(painter, data)
            layout.build(progress)
            layout.paint(writer)
        finally:
            painter.end()
            del writer  # closes the file
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)  # a failed or cancelled brief leaves no stray file
    return BriefResult(path, len(layout.pages), time.perf_counter() - start, data.marking)


# ---------------------------------------------------------------------- texts
def _title(data: BriefData) -> str:
    return QCoreApplication.translate("BriefReport",
                                      "Ukraine Defense Contact Group — Military aid brief")


def scope_text(data: BriefData) -> str:
    if data.scope_code is None:
        return QCoreApplication.translate("BriefReport", "All donors")
    return QCoreApplication.translate("BriefReport", "{name} ({code}) only").format(
        name=data.scope_name, code=data.scope_code)


def eur(amount: Decimal | None) -> str:
    """EUR 1.2 bn, EUR 345.6 m, EUR 12.3 k, EUR 950 (a staff brief's figures); 1,2 Md€ in French."""
    if amount is None:
        return DASH
    sign, number, unit = scaled_parts(amount)
    if not unit:
        return QCoreApplication.translate("BriefReport", "{sign}EUR {amount}").format(
            sign=sign, amount=number)
    return QCoreApplication.translate("BriefReport", "{sign}EUR {amount} {unit}").format(
        sign=sign, amount=number, unit=unit)


def eur_bare(amount: Decimal | None) -> str:
    """A figure without the currency (a column whose note says EUR): 1.2 m, 950."""
    if amount is None:
        return DASH
    sign, number, unit = scaled_parts(amount)
    # A translated unit ("тис.") is longer: kept on the number's line in a narrow column.
    space = " " if unit in ("bn", "m", "k") else "\u00a0"
    return f"{sign}{number}{space}{unit}".rstrip()


def eur_m(amount: Decimal | None) -> str:
    """Millions with one decimal, for table columns headed 'EUR m'."""
    if amount is None:
        return DASH
    return localized(f"{(amount / Decimal(10) ** 6).quantize(_ONE, ROUND_HALF_EVEN):,}")


def eur_exact(amount: Decimal) -> str:
    return localized(f"{amount:,.2f}")


def pct(value: Decimal | int | None) -> str:
    """76.9% (French: 76,9 %)."""
    if value is None:
        return DASH
    return QCoreApplication.translate("BriefReport", "{value}%").format(value=localized(str(value)))


def stamp(moment: datetime | None) -> str:
    return DASH if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


def long_date(day: date) -> str:
    """1 December 2026 in English; the locale's long date otherwise (1 décembre 2026)."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return f"{day.day} {day.strftime('%B %Y')}"
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class BriefReport(QObject):
    """The context of the counted texts: lupdate marks a text plural (a form per count in the
    catalogue) only in a QObject's `self.tr(text, "", n)`, hence this class."""

    def counted(self, key: str, n: int) -> str:
        return {
            "overdue": self.tr("{n} delivery(ies) overdue worth {value}", "", n),
            "pledges": self.tr("{n} pledge(s)", "", n),
            "card": self.tr("{n} delivery(ies), {value}", "", n),
            "in all": self.tr("of {n} delivery(ies) in all", "", n),
            "more": self.tr("{n} more overdue delivery(ies) worth {value} not listed (the "
                            "Calendar view shows them all).", "", n),
        }[key]


def _counted(key: str, n: int) -> str:
    """The counted text `key` in its form for `n` (English: plural())."""
    return plural(BriefReport().counted(key, n), n)


def bottom_line(data: BriefData) -> list[str]:
    """The brief's first lines: what was delivered, what is late, where the fund stands."""
    lines: list[str] = []
    if data.pledged:
        lines.append(QCoreApplication.translate(
            "BriefReport", "Delivered {pct} of pledged ({delivered} of {pledged}); {open} "
            "still to deliver.").format(pct=pct(data.delivered_pct), delivered=eur(data.delivered),
                                        pledged=eur(data.pledged), open=eur(data.open_value)))
    else:
        lines.append(QCoreApplication.translate("BriefReport", "No pledges recorded."))
    lines.append(_overdue_line(data))
    fund_line = _fund_line(data)
    if fund_line:
        lines.append(fund_line)
    return lines


def _overdue_line(data: BriefData) -> str:
    if not data.overdue_count:
        return QCoreApplication.translate("BriefReport", "No delivery is overdue.")
    text = _counted("overdue", data.overdue_count).format(
        n=count_text(data.overdue_count), value=eur(data.overdue_value))
    top = data.overdue_by_capability[0]
    if data.overdue_count > 1 and top[1] > 1:
        text += QCoreApplication.translate("BriefReport", ", {n} of them {capability}").format(
            n=count_text(top[1]), capability=top[0].lower())
    oldest = data.overdue[0]
    return text + QCoreApplication.translate(
        "BriefReport", "; the longest {days} days late ({reference}, {donor}).").format(
        days=count_text((data.today - oldest.planned_on).days), reference=oldest.pledge_reference,
        donor=oldest.donor_name)


def _fund_line(data: BriefData) -> str:
    fy = data.fund
    if fy is None:
        return ""
    if data.scope_code is None:
        return QCoreApplication.translate(
            "BriefReport", "{fund}, {year}: {allocated} allocated against the {floor} floor "
            "({pct}); {below} of {n} participants below their GDP-based fair share.").format(
            fund=fy.name, year=fy.year, allocated=eur(fy.allocated), floor=eur(fy.tranche_eur),
            pct=pct(share_of(fy.allocated, fy.tranche_eur)), below=len(data.fund_below),
            n=len(data.fund_rows))
    if not data.fund_rows:
        return QCoreApplication.translate(
            "BriefReport", "{name} does not take part in {fund}.").format(
            name=data.scope_name, fund=fy.name)
    p = data.fund_rows[0]
    if p.exempt or p.fair_share is None or p.gap is None:
        return QCoreApplication.translate(
            "BriefReport", "{fund}, {year}: no fair share for {name} ({flag}).").format(
            fund=fy.name, year=fy.year, name=data.scope_name, flag=p.flag)
    where = (QCoreApplication.translate("BriefReport", "{gap} below its share").format(gap=eur(p.gap))
             if p.gap > 0 else
             QCoreApplication.translate("BriefReport", "{gap} above its share").format(gap=eur(-p.gap)))
    return QCoreApplication.translate(
        "BriefReport", "{fund}, {year}: fair share {share} ({pct} of the participants' GDP), "
        "{allocated} allocated: {where}.").format(
        fund=fy.name, year=fy.year, share=eur(p.fair_share), pct=pct(_two(p.share_pct)),
        allocated=eur(p.allocated), where=where)


def _two(value: Decimal | None) -> Decimal | None:
    """A GDP share to two decimals (8.6471% reads as 8.65%)."""
    return None if value is None else value.quantize(Decimal("0.01"), ROUND_HALF_EVEN)


def position_text(gap: Decimal | None, flag: str) -> tuple[str, QColor | None]:
    """A donor against its fair share: 'below by EUR 2.5 bn' (red) or 'above by …' (green)."""
    if gap is None:
        return flag or DASH, None
    if gap > 0:
        return QCoreApplication.translate("BriefReport", "below by {gap}").format(gap=eur(gap)), BAD
    return QCoreApplication.translate("BriefReport", "above by {gap}").format(gap=eur(-gap)), GOOD


# ---------------------------------------------------------------------- layout
Cell = str | tuple[str, QColor | None]


@dataclass(frozen=True)
class Column:
    title: str
    weight: float  # share of the table's width
    align: Qt.AlignmentFlag = Left


class _BriefLayout:
    """Places the blocks onto pages (first pass), then paints the pages (second pass)."""

    def __init__(self, painter: QPainter, data: BriefData) -> None:
        self.p = painter
        self.data = data
        self.pt = painter.device().logicalDpiY() / 72  # one point in device pixels
        self.page = QRectF(painter.viewport())
        self.top_band = 24 * self.pt  # marking + running head
        self.bottom_band = 30 * self.pt  # footer line + marking
        self.body = QRectF(self.page.left(), self.page.top() + self.top_band, self.page.width(),
                           self.page.height() - self.top_band - self.bottom_band)
        self.pages: list[list[Callable[[], None]]] = [[]]
        self.y = self.body.top()

    # ------------------------------------------------------------ fonts and text
    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont("Sans Serif")
        font.setPointSizeF(size)
        font.setBold(bold)
        # No "fi"/"fl" ligatures: a reader searching or copying "floor" must find "floor".
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.p.device())

    def text_height(self, text: str, font: QFont, width: float) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def draw_text(self, rect: QRectF, text: str, font: QFont, color: QColor,
                  align: Qt.AlignmentFlag = Left, *, elide: bool = True) -> None:
        self.p.setFont(font)
        self.p.setPen(color)
        if elide:
            text = self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.p.drawText(rect, int(align), text)

    # ------------------------------------------------------------ flow
    def space_left(self) -> float:
        return self.body.bottom() - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.body.top()

    def place(self, height: float, draw: Callable[[QRectF], None], *, gap: float = 0) -> QRectF:
        if height > self.space_left() and self.y > self.body.top():
            self.new_page()
        rect = QRectF(self.body.left(), self.y, self.body.width(), height)
        self.pages[-1].append(lambda: draw(rect))
        self.y += height + gap * self.pt
        return rect

    def skip(self, points: float) -> None:
        self.y += points * self.pt

    # ------------------------------------------------------------ the brief
    def build(self, progress: Progress | None) -> None:
        steps: list[Callable[[], None]] = [
            self.title_block, self.bottom_line_block, self.key_figures, self.status_block,
            self.fund_block, self.donors_table, self.monthly_chart, self.capability_chart,
            self.overdue_table, self.fund_table,
        ]
        for index, step in enumerate(steps):
            if progress is not None:
                from ..services.progress import check

                check(progress)
                progress.report(index, len(steps), QCoreApplication.translate(
                    "BriefReport", "Laying out the brief…"))
            step()
        if progress is not None:
            progress.report(len(steps), len(steps), QCoreApplication.translate(
                "BriefReport", "Brief laid out"))

    def title_block(self) -> None:
        d = self.data
        title_font = self.font(17, bold=True)
        sub_font = self.font(10.5)
        small = self.font(7.5)
        kicker = QCoreApplication.translate("BriefReport", "STAFF BRIEF")
        scope = QCoreApplication.translate("BriefReport", "{scope} · {date}").format(
            scope=scope_text(d), date=long_date(d.today))
        source = QCoreApplication.translate(
            "BriefReport", "Data as of {data} from {db} · generated {now} · overdue measured "
            "against {today}").format(data=stamp(d.data_as_of), db=d.source,
                                      now=stamp(d.generated_at), today=date_text(d.today))
        # A long title (French, Ukrainian) wraps onto a second line rather than being elided.
        h_kicker = 11 * self.pt
        h_title = max(24 * self.pt, self.text_height(_title(d), title_font, self.body.width())
                      + 4 * self.pt)
        h_sub, h_src = 16 * self.pt, 12 * self.pt

        def draw(rect: QRectF) -> None:
            y = rect.top()
            self.draw_text(QRectF(rect.left(), y, rect.width(), h_kicker), kicker,
                           self.font(8, bold=True), MUTED)
            y += h_kicker
            self.p.setFont(title_font)
            self.p.setPen(INK)
            self.p.drawText(QRectF(rect.left(), y, rect.width(), h_title),
                            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                | Qt.TextFlag.TextWordWrap), _title(d))
            y += h_title
            self.draw_text(QRectF(rect.left(), y, rect.width(), h_sub), scope, sub_font, INK)
            y += h_sub
            self.draw_text(QRectF(rect.left(), y, rect.width(), h_src), source, small, MUTED)
            self.p.setPen(QPen(INK, 1.2 * self.pt))
            self.p.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())

        self.place(h_kicker + h_title + h_sub + h_src + 6 * self.pt, draw, gap=10)

    def bottom_line_block(self) -> None:
        lines = bottom_line(self.data)
        font = self.font(10)
        head = self.font(9, bold=True)
        pad = 8 * self.pt
        indent = 12 * self.pt
        width = self.body.width() - 2 * pad - indent - 4 * self.pt
        heights = [self.text_height(line, font, width) for line in lines]
        head_h = 15 * self.pt
        total = pad + head_h + sum(heights) + 3 * self.pt * len(lines) + pad

        def draw(rect: QRectF) -> None:
            self.p.fillRect(rect, QColor("#f6f8fa"))
            self.p.fillRect(QRectF(rect.left(), rect.top(), 3 * self.pt, rect.height()), INK)
            x = rect.left() + pad + 4 * self.pt
            y = rect.top() + pad
            self.draw_text(QRectF(x, y, rect.width(), head_h),
                           QCoreApplication.translate("BriefReport", "BOTTOM LINE"), head, INK)
            y += head_h
            self.p.setFont(font)
            for line, h in zip(lines, heights, strict=True):
                self.p.setPen(INK)
                self.p.drawText(QRectF(x, y, indent, h), int(Qt.AlignmentFlag.AlignLeft), "•")
                self.p.drawText(QRectF(x + indent, y, width, h),
                                int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), line)
                y += h + 3 * self.pt

        self.place(total, draw, gap=12)

    def section(self, title: str, keep_with: float) -> None:
        """A section heading, kept on the page of the first `keep_with` device pixels."""
        h = 18 * self.pt
        if h + keep_with > self.space_left():
            self.new_page()

        def draw(rect: QRectF) -> None:
            self.draw_text(QRectF(rect.left(), rect.top(), rect.width(), h - 4 * self.pt), title,
                           self.font(11.5, bold=True), INK)
            self.p.setPen(QPen(RULE, 0.8 * self.pt))
            self.p.drawLine(rect.left(), rect.bottom() - 2 * self.pt, rect.right(),
                            rect.bottom() - 2 * self.pt)

        self.place(h, draw, gap=4)

    def key_figures(self) -> None:
        d = self.data
        cards = [
            (QCoreApplication.translate("BriefReport", "PLEDGED"), eur(d.pledged),
             _counted("pledges", d.pledges).format(n=count_text(d.pledges)),
             eur_exact(d.pledged)),
            (QCoreApplication.translate("BriefReport", "DELIVERED"), eur(d.delivered),
             QCoreApplication.translate("BriefReport", "{pct} of pledged").format(
                 pct=pct(d.delivered_pct)), eur_exact(d.delivered)),
            (QCoreApplication.translate("BriefReport", "OPEN"), eur(d.open_value),
             QCoreApplication.translate("BriefReport", "pledged, not yet delivered"),
             eur_exact(d.open_value)),
            (QCoreApplication.translate("BriefReport", "OVERDUE"),
             count_text(d.overdue_count),
             _counted("card", d.overdue_count).format(
                 n=count_text(d.overdue_count), value=eur(d.overdue_value)),
             _counted("in all", d.deliveries).format(n=count_text(d.deliveries))),
        ]
        label_f, value_f, sub_f = self.font(7.5, bold=True), self.font(13.5, bold=True), self.font(7.5)
        gap = 6 * self.pt
        h = 62 * self.pt
        self.section(QCoreApplication.translate("BriefReport", "Key figures"), h)

        def draw(rect: QRectF) -> None:
            width = (rect.width() - gap * (len(cards) - 1)) / len(cards)
            for i, (label, value, sub, exact) in enumerate(cards):
                box = QRectF(rect.left() + i * (width + gap), rect.top(), width, rect.height())
                self.p.setPen(QPen(RULE, 0.8 * self.pt))
                self.p.setBrush(Qt.BrushStyle.NoBrush)
                self.p.drawRect(box)
                inner = box.adjusted(6 * self.pt, 5 * self.pt, -6 * self.pt, -4 * self.pt)
                y = inner.top()
                color = BAD if i == 3 and d.overdue_count else INK
                for text, font, pen, line_h in ((label, label_f, MUTED, 11), (value, value_f, color, 21),
                                                (sub, sub_f, INK, 11), (exact, sub_f, FAINT, 11)):
                    self.draw_text(QRectF(inner.left(), y, inner.width(), line_h * self.pt), text,
                                   font, pen)
                    y += line_h * self.pt

        self.place(h, draw, gap=8)

    def status_block(self) -> None:
        d = self.data
        counts = [(s, d.status_counts.get(s, 0)) for s in PledgeStatus]
        total = sum(n for _s, n in counts)
        bar_h, legend_h = 9 * self.pt, 13 * self.pt
        font = self.font(8)
        entries = [(status, QCoreApplication.translate("BriefReport", "{status}: {n}").format(
                        status=_status_label(status), n=count_text(n))
                    + (f" ({pct(Decimal(f'{n / total * 100:.0f}'))})" if total else ""))
                   for status, n in counts]
        spots = self._legend_flow([text for _s, text in entries], font)
        rows = 1 + max((row for row, _x in spots), default=0)
        label = QCoreApplication.translate("BriefReport", "Pledges by status")
        head_h = 13 * self.pt

        def draw(rect: QRectF) -> None:
            self.draw_text(QRectF(rect.left(), rect.top(), rect.width(), head_h), label,
                           self.font(8.5, bold=True), INK)
            top = rect.top() + head_h
            x = rect.left()
            for status, n in counts:
                if not total or not n:
                    continue
                w = rect.width() * n / total
                self.p.fillRect(QRectF(x, top, w, bar_h), STATUS_COLORS[status])
                x += w
            for (status, text), (row, offset) in zip(entries, spots, strict=True):
                cx = rect.left() + offset
                cy = top + bar_h + 3 * self.pt + row * legend_h
                self.p.fillRect(QRectF(cx, cy + 3 * self.pt, 7 * self.pt, 7 * self.pt),
                                STATUS_COLORS[status])
                width = self.metrics(font).horizontalAdvance(text) + 2 * self.pt
                self.draw_text(QRectF(cx + 10 * self.pt, cy, width, legend_h), text, font, INK,
                               elide=False)

        self.place(head_h + bar_h + 3 * self.pt + rows * legend_h, draw, gap=12)

    def _legend_flow(self, texts: Sequence[str], font: QFont) -> list[tuple[int, float]]:
        """(row, x offset) of each legend entry (swatch + text), wrapped to the body's width."""
        out: list[tuple[int, float]] = []
        row, x = 0, 0.0
        for text in texts:
            width = 10 * self.pt + self.metrics(font).horizontalAdvance(text) + 16 * self.pt
            if x and x + width > self.body.width():
                row, x = row + 1, 0.0
            out.append((row, x))
            x += width
        return out

    def fund_block(self) -> None:
        fy = self.data.fund
        if fy is None:
            return
        d = self.data
        own = d.fund_rows[0] if d.scope_code is not None and d.fund_rows else None
        if d.scope_code is not None and (own is None or own.fair_share is None):
            target = None
        else:
            target = own.fair_share if own is not None else fy.tranche_eur
        pledged = own.pledged if own is not None else fy.pledged
        allocated = own.allocated if own is not None else fy.allocated
        delivered = own.delivered if own is not None else fy.delivered
        title = QCoreApplication.translate("BriefReport", "Fund position — {fund}, {year}").format(
            fund=fy.name, year=fy.year)
        target_label = (QCoreApplication.translate("BriefReport", "Fair share")
                        if own is not None else
                        QCoreApplication.translate("BriefReport", "Yearly floor"))
        facts = [
            (target_label, eur(target)),
            (QCoreApplication.translate("BriefReport", "Pledged"), eur(pledged)),
            (QCoreApplication.translate("BriefReport", "Allocated (counts)"), eur(allocated)),
            (QCoreApplication.translate("BriefReport", "Delivered"), eur(delivered)),
        ]
        if own is None:
            shortfall = sum((p.gap for p in d.fund_below if p.gap is not None), Decimal(0))
            facts.append((QCoreApplication.translate("BriefReport", "Below fair share: short {gap}")
                          .format(gap=eur(shortfall)),
                          QCoreApplication.translate("BriefReport", "{below} of {n}").format(
                              below=len(d.fund_below), n=len(d.fund_rows))))
        else:
            facts.append((QCoreApplication.translate("BriefReport", "Share of GDP"),
                          pct(_two(own.share_pct))))
        note = QCoreApplication.translate(
            "BriefReport", "Fair shares: the year's tranche split by each participant's share of "
            "the participants' GDP ({gdp_year}), exempt members left out; allocated counts the "
            "pledges in the fund's counted states, to the payer.").format(
            gdp_year=d.fund_gdp_year or DASH)
        if fy.rate_note:
            note += " " + fy.rate_note + "."
        note_font = self.font(7)
        note_h = self.text_height(note, note_font, self.body.width())
        gauge_h, facts_h = 26 * self.pt, 30 * self.pt
        self.section(title, gauge_h + facts_h + note_h)

        def draw(rect: QRectF) -> None:
            self._gauge(QRectF(rect.left(), rect.top(), rect.width(), gauge_h), target,
                        target_label, pledged, allocated)
            y = rect.top() + gauge_h + 4 * self.pt
            weights = [1.0] * (len(facts) - 1) + [1.7]  # the last fact has the longest label
            x = rect.left()
            for i, (label, value) in enumerate(facts):
                width = rect.width() * weights[i] / sum(weights)
                label_w = width - 4 * self.pt
                self.draw_text(QRectF(x, y, label_w, 10 * self.pt), label,
                               self._fitting(label.replace(" ", "\u00a0"), self.font(7.5), label_w),
                               MUTED)
                self.draw_text(QRectF(x, y + 10 * self.pt, width - 4 * self.pt, 14 * self.pt),
                               value, self.font(10, bold=True), INK)
                x += width
            self.p.setFont(note_font)
            self.p.setPen(MUTED)
            self.p.drawText(QRectF(rect.left(), y + facts_h - 2 * self.pt, rect.width(), note_h),
                            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), note)

        self.place(gauge_h + 4 * self.pt + facts_h + note_h, draw, gap=12)

    def _gauge(self, rect: QRectF, target: Decimal | None, target_label: str, pledged: Decimal,
               allocated: Decimal) -> None:
        """A bar: allocated (green) inside pledged (light blue), the target as a marker."""
        scale = max(target or Decimal(0), pledged, allocated, Decimal(1))
        bar = QRectF(rect.left(), rect.top() + 12 * self.pt, rect.width(), 10 * self.pt)
        self.p.fillRect(bar, QColor("#eaeef2"))

        def width(v: Decimal) -> float:
            return float(v / scale) * bar.width()

        self.p.fillRect(QRectF(bar.left(), bar.top(), width(pledged), bar.height()),
                        QColor("#a5c8ff"))
        self.p.fillRect(QRectF(bar.left(), bar.top(), width(allocated), bar.height()), DELIVERED)
        if target is not None:
            x = bar.left() + width(target)
            self.p.setPen(QPen(FLOOR, 1.6 * self.pt))
            self.p.drawLine(x, bar.top() - 3 * self.pt, x, bar.bottom() + 2 * self.pt)
            label = f"{target_label} {eur(target)}"
            font = self.font(7.5, bold=True)
            w = self.metrics(font).horizontalAdvance(label) + 4 * self.pt
            left = min(max(x - w / 2, rect.left()), rect.right() - w)
            self.draw_text(QRectF(left, rect.top(), w, 10 * self.pt), label, font, FLOOR, Center)
        share = share_of(allocated, target) if target else None
        if share is not None:
            text = QCoreApplication.translate("BriefReport", "{pct} allocated").format(pct=pct(share))
            font = self.font(7.5, bold=True)
            self.draw_text(QRectF(bar.left() + 3 * self.pt, bar.top(), bar.width() / 2, bar.height()),
                           text, font, QColor("#ffffff") if width(allocated) > 60 * self.pt else INK)

    # ------------------------------------------------------------ tables
    def table(self, title: str, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], *,
              note: str = "", size: float = 7.5, keep_together: bool = False) -> None:
        """A table that splits over pages, its header repeated on each (title: '(continued)').

        Header and cells wrap onto more lines where a column is narrow (cells: two at most,
        then elided), so nothing is cut off; each row is as tall as its tallest cell.
        """
        font, head_font = self.font(size), self.font(size, bold=True)
        widths = self._column_widths(columns)
        pad = 3 * self.pt
        line = self.metrics(font).height()
        head_h = max(self.text_height(c.title, head_font, w - 2 * pad)
                     for c, w in zip(columns, widths, strict=True)) + 2 * pad
        heights = [self._row_height(row, widths, font, line, pad) for row in rows]
        note_font = self.font(7)
        note_h = self.text_height(note, note_font, self.body.width()) + 7 * self.pt if note else 0
        whole = 22 * self.pt + head_h + sum(heights) + note_h
        if keep_together and self.space_left() < whole <= self.body.height():
            self.new_page()  # a table that fits on one page is not split
        first = True
        start = 0
        while True:
            self.section(title if first else QCoreApplication.translate(
                "BriefReport", "{title} (continued)").format(title=title),
                head_h + sum(heights[:3]))
            room = self.space_left() - head_h
            end = start
            while end < len(rows) and (end == start or sum(heights[start:end + 1]) <= room):
                end += 1
            if end == len(rows) and sum(heights[start:end]) + note_h > room and end - start > 4:
                end -= 2  # the note would stand alone on the next page: take two rows along
            self._table_chunk(columns, widths, list(rows[start:end]), heights[start:end], font,
                              head_font, head_h, start)
            start = end
            first = False
            if start >= len(rows):
                break
            self.new_page()
        if note:
            if note_h > self.space_left():
                self.new_page()

            def draw_note(rect: QRectF) -> None:
                self.p.setFont(note_font)
                self.p.setPen(MUTED)
                self.p.drawText(rect.adjusted(0, 3 * self.pt, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                                note)

            self.place(note_h, draw_note)
        self.skip(10)

    def _column_widths(self, columns: Sequence[Column]) -> list[float]:
        total = sum(c.weight for c in columns)
        return [self.body.width() * c.weight / total for c in columns]

    def _row_height(self, row: Sequence[Cell], widths: Sequence[float], font: QFont,
                    line: float, pad: float) -> float:
        lines = 1
        for cell, w in zip(row, widths, strict=True):
            text = cell[0] if isinstance(cell, tuple) else cell
            if self.metrics(font).horizontalAdvance(text) > w - 2 * pad:
                lines = 2
        return line * lines + line * 0.55

    def _cell_text(self, text: str, font: QFont, width: float) -> str:
        """At most two lines: the words that fit on the first, the rest (elided) on the second."""
        m = self.metrics(font)
        if m.horizontalAdvance(text) <= width:
            return text
        words = text.split(" ")
        first = words[0]
        for k in range(1, len(words)):
            candidate = " ".join(words[:k + 1])
            if m.horizontalAdvance(candidate) > width:
                rest = " ".join(words[k:])
                break
            first = candidate
        else:
            rest = ""
        if m.horizontalAdvance(first) > width:  # one long word: elide it on one line
            return m.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return first + ("\n" + m.elidedText(rest, Qt.TextElideMode.ElideRight, width) if rest else "")

    def _fitting(self, title: str, font: QFont, width: float) -> QFont:
        """`font`, made smaller when the title's longest word is wider than the column (a
        header wraps at spaces only: "Engagements" would be cut)."""
        widest = max(self.metrics(font).horizontalAdvance(w) for w in title.split(" "))
        # (a text with no break allowed, spaces as U+00A0, is shrunk to fit on one line)
        if widest <= width:
            return font
        smaller = QFont(font)
        smaller.setPointSizeF(max(font.pointSizeF() * width / widest * 0.98, 5.0))
        return smaller

    def _table_chunk(self, columns: Sequence[Column], widths: Sequence[float],
                     rows: list[Sequence[Cell]], heights: Sequence[float], font: QFont,
                     head_font: QFont, head_h: float, offset: int) -> None:
        pad = 3 * self.pt

        def draw(rect: QRectF) -> None:
            self.p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), head_h), HEADER_FILL)
            x = rect.left()
            self.p.setPen(INK)
            for col, w in zip(columns, widths, strict=True):
                self.p.setFont(self._fitting(col.title, head_font, w - 2 * pad))
                self.p.drawText(QRectF(x + pad, rect.top(), w - 2 * pad, head_h),
                                int(col.align | Qt.TextFlag.TextWordWrap), col.title)
                x += w
            y = rect.top() + head_h
            self.p.setFont(font)
            for i, (row, h) in enumerate(zip(rows, heights, strict=True)):
                if (offset + i) % 2:
                    self.p.fillRect(QRectF(rect.left(), y, rect.width(), h), STRIPE)
                x = rect.left()
                for col, w, cell in zip(columns, widths, row, strict=True):
                    text, color = cell if isinstance(cell, tuple) else (cell, None)
                    self.p.setPen(color or INK)
                    self.p.drawText(QRectF(x + pad, y, w - 2 * pad, h), int(col.align),
                                    self._cell_text(text, font, w - 2 * pad))
                    x += w
                y += h
            self.p.setPen(QPen(RULE, 0.8 * self.pt))
            self.p.drawLine(rect.left(), y, rect.right(), y)

        self.place(head_h + sum(heights), draw)

    def donors_table(self) -> None:
        d = self.data
        if not d.donors:
            return
        columns = [
            Column("#", 0.3, Right),
            Column(QCoreApplication.translate("BriefReport", "Donor"), 1.75),
            Column(QCoreApplication.translate("BriefReport", "Pledges"), 0.85, Right),
            Column(QCoreApplication.translate("BriefReport", "Pledged (EUR m)"), 1.1, Right),
            Column(QCoreApplication.translate("BriefReport", "Delivered (EUR m)"), 1.1, Right),
            Column(QCoreApplication.translate("BriefReport", "Delivered share"), 0.95, Right),
            Column(QCoreApplication.translate("BriefReport", "Fair share (EUR m)"), 1.2, Right),
            Column(QCoreApplication.translate("BriefReport", "Against fair share"), 2.0, Right),
        ]
        rows: list[list[Cell]] = []
        for i, line in enumerate(d.donors, 1):
            rows.append([str(i), f"{line.name} ({line.iso3})", count_text(line.pledges),
                         eur_m(line.pledged), eur_m(line.delivered), pct(line.share_pct),
                         eur_m(line.fair_share) if line.fair_share is not None else DASH,
                         position_text(line.gap, line.fund_flag)])
        title = (QCoreApplication.translate("BriefReport", "Top {n} donors").format(n=len(rows))
                 if d.scope_code is None else
                 QCoreApplication.translate("BriefReport", "Donor figures"))
        note = QCoreApplication.translate(
            "BriefReport", "Pledged and delivered count to the payer (a pledge financed by "
            "another member counts to it); a cancelled pledge counts what it delivered. "
            "Fair share and position: the fund year's tranche by GDP share against what is "
            "allocated.")
        if d.scope_code is None:
            rows = rows[:self._rows_that_fit(columns, rows, note, 8, at_least=10)]
            title = QCoreApplication.translate("BriefReport", "Top {n} donors").format(n=len(rows))
        self.table(title, columns, rows, note=note, size=8)

    def _rows_that_fit(self, columns: Sequence[Column], rows: Sequence[Sequence[Cell]],
                       note: str, size: float, *, at_least: int) -> int:
        """How many rows of a table fit on this page (with its heading and note); all of them
        when fewer than `at_least` fit (the table then starts on the next page)."""
        font, head_font = self.font(size), self.font(size, bold=True)
        widths = self._column_widths(columns)
        pad, line = 3 * self.pt, self.metrics(font).height()
        room = (self.space_left() - 22 * self.pt - 2 * pad
                - max(self.text_height(c.title, head_font, w - 2 * pad)
                      for c, w in zip(columns, widths, strict=True))
                - self.text_height(note, self.font(7), self.body.width()) - 8 * self.pt)
        n = 0
        for row in rows:
            room -= self._row_height(row, widths, font, line, pad)
            if room < 0:
                break
            n += 1
        return n if n >= at_least else len(rows)

    def overdue_table(self) -> None:
        d = self.data
        if not d.overdue:
            return
        columns = [
            Column(QCoreApplication.translate("BriefReport", "Days late"), 0.65, Right),
            Column(QCoreApplication.translate("BriefReport", "Planned"), 1.0),
            Column(QCoreApplication.translate("BriefReport", "Pledge"), 1.25),
            Column(QCoreApplication.translate("BriefReport", "Donor"), 1.55),
            Column(QCoreApplication.translate("BriefReport", "Capability"), 1.7),
            Column(QCoreApplication.translate("BriefReport", "Item"), 2.15),
            Column(QCoreApplication.translate("BriefReport", "Hub"), 1.5),
            Column(QCoreApplication.translate("BriefReport", "Value"), 1.0, Right),
        ]
        shown = d.overdue[:OVERDUE_ROWS]
        rows: list[list[Cell]] = []
        for o in shown:
            days = (d.today - o.planned_on).days
            rows.append([(count_text(days), BAD if days > 90 else None), date_text(o.planned_on),
                         o.pledge_reference, o.donor_name, o.capability, o.item, o.hub or DASH,
                         eur_bare(o.eur)])
        rest = d.overdue[OVERDUE_ROWS:]
        note = QCoreApplication.translate(
            "BriefReport", "Open deliveries (planned, in transit, delayed) whose planned date is "
            "before {today}; longest overdue first. Value in EUR.").format(
            today=date_text(d.today))
        if rest:
            note += " " + _counted("more", len(rest)).format(
                n=count_text(len(rest)), value=eur(sum((o.eur or Decimal(0) for o in rest), Decimal(0))))
        title = QCoreApplication.translate("BriefReport", "Overdue deliveries ({n}, {value})").format(
            n=count_text(d.overdue_count), value=eur(d.overdue_value))
        self.table(title, columns, rows, note=note, size=7)

    def fund_table(self) -> None:
        d = self.data
        fy = d.fund
        if fy is None or not d.fund_rows:
            return
        columns = [
            Column(QCoreApplication.translate("BriefReport", "Participant"), 2.2),
            Column(QCoreApplication.translate("BriefReport", "GDP share"), 0.85, Right),
            Column(QCoreApplication.translate("BriefReport", "Fair share (EUR m)"), 1.15, Right),
            Column(QCoreApplication.translate("BriefReport", "Pledged (EUR m)"), 1.1, Right),
            Column(QCoreApplication.translate("BriefReport", "Allocated (EUR m)"), 1.1, Right),
            Column(QCoreApplication.translate("BriefReport", "Delivered (EUR m)"), 1.1, Right),
            Column(QCoreApplication.translate("BriefReport", "Against fair share"), 1.85, Right),
        ]
        rows: list[list[Cell]] = []
        for p in d.fund_rows:
            rows.append([f"{p.name} ({p.iso3})", DASH if p.exempt else pct(_two(p.share_pct)),
                         DASH if p.exempt or p.fair_share is None else eur_m(p.fair_share),
                         eur_m(p.pledged), eur_m(p.allocated), eur_m(p.delivered),
                         position_text(None if p.exempt else p.gap, p.flag)])
        total: list[Cell] = [(QCoreApplication.translate("BriefReport", "Total"), None), "",
                     eur_m(sum((p.fair_share or Decimal(0) for p in d.fund_rows), Decimal(0))),
                     eur_m(sum((p.pledged for p in d.fund_rows), Decimal(0))),
                     eur_m(sum((p.allocated for p in d.fund_rows), Decimal(0))),
                     eur_m(sum((p.delivered for p in d.fund_rows), Decimal(0))), ""]
        if len(d.fund_rows) > 1:
            rows.append(total)
        title = QCoreApplication.translate("BriefReport", "Fund position by participant, {year}"
                                           ).format(year=fy.year)
        note = QCoreApplication.translate(
            "BriefReport", "Tranche {tranche}. Pledged: the year's pledges (funding year, else "
            "the year announced) in the fund's channels; allocated: those in its counted states."
            ).format(tranche=eur(fy.tranche_eur))
        if d.scope_code is None and fy.outside_pledged:
            note += " " + QCoreApplication.translate(
                "BriefReport", "Members outside the fund pledged {outside} more.").format(
                outside=eur(fy.outside_pledged))
        self.table(title, columns, rows, note=note, size=7.5, keep_together=True)

    # ------------------------------------------------------------ charts
    def monthly_chart(self) -> None:
        d = self.data
        if not any(p or q for _m, p, q in d.monthly):
            return
        from .views.dashboard_charts import monthly_chart
        from .views.member_charts import timeline_chart

        if d.monthly_cumulative:
            chart: QChart | None = monthly_chart(d.monthly)
            title = QCoreApplication.translate("BriefReport", "Pledged vs delivered, by month "
                                                              "(cumulative)")
        else:
            chart = timeline_chart(d.monthly)
            title = QCoreApplication.translate("BriefReport", "Deliveries planned vs delivered, "
                                                              "by month")
        self.chart_block(title, chart)

    def capability_chart(self) -> None:
        chart = capability_bars(self.data.by_capability)
        self.chart_block(QCoreApplication.translate("BriefReport", "Pledged by capability"), chart)

    def chart_block(self, title: str, chart: QChart | None) -> None:
        if chart is None:
            return
        h = CHART_HEIGHT_PT * self.pt
        self.section(title, h)
        image = render_chart(chart, QSizeF(self.body.width(), h), self.pt)

        def draw(rect: QRectF) -> None:
            self.p.drawImage(rect, image)

        self.place(h, draw, gap=10)

    # ------------------------------------------------------------ pages
    def paint(self, writer: QPdfWriter) -> None:
        total = len(self.pages)
        for number, page in enumerate(self.pages, 1):
            if number > 1:
                writer.newPage()
            self._frame(number, total)
            for draw in page:
                draw()

    def _frame(self, number: int, total: int) -> None:
        d = self.data
        page = self.page
        mark_font = self.font(10, bold=True)
        small = self.font(7)
        band = 13 * self.pt
        top = QRectF(page.left(), page.top(), page.width(), band)
        bottom = QRectF(page.left(), page.bottom() - band, page.width(), band)
        for box in (top, bottom):
            self.draw_text(box, d.marking, mark_font, MARKING_COLOR, Center)
        if number > 1:
            head = QRectF(page.left(), top.bottom(), page.width(), 9 * self.pt)
            self.draw_text(head, QCoreApplication.translate(
                "BriefReport", "Military aid brief — {scope} — {date}").format(
                scope=scope_text(d), date=long_date(d.today)), small, MUTED)
        footer = QRectF(page.left(), bottom.top() - 13 * self.pt, page.width(), 11 * self.pt)
        self.p.setPen(QPen(RULE, 0.8 * self.pt))
        self.p.drawLine(footer.left(), footer.top(), footer.right(), footer.top())
        self.draw_text(footer.adjusted(0, 2 * self.pt, -70 * self.pt, 0),
                       QCoreApplication.translate(
                           "BriefReport", "Ramstein Planner · {db} · data as of {data}").format(
                           db=d.source, data=stamp(d.data_as_of)), small, MUTED)
        self.draw_text(footer.adjusted(0, 2 * self.pt, 0, 0), QCoreApplication.translate(
            "BriefReport", "Page {page} of {pages}").format(page=number, pages=total),
            small, MUTED, Right)


def _status_label(status: PledgeStatus) -> str:
    return QCoreApplication.translate("PledgeStatus", status.label)


def capability_bars(mix: Sequence[tuple[str, Decimal]]) -> QChart | None:
    """Pledged EUR by capability, largest first: the Members view's bars, with the full names
    (a printed page has the room the view's short labels save)."""
    from .views.member_charts import CAPABILITY_COLOR, _horizontal_bars

    items = [(name, value) for name, value in mix if value]
    if not items:
        return None
    ordered = list(reversed(items))
    chart = _horizontal_bars([n for n, _v in ordered],
                             [(QCoreApplication.translate("BriefReport", "Pledged"),
                               CAPABILITY_COLOR, [v for _n, v in ordered])], legend=False)
    for axis in chart.axes():
        axis.setTruncateLabels(False)
    return chart


def render_chart(chart: QChart, size: QSizeF, pt: float) -> QImage:
    """The chart drawn offscreen into an image of `size` device pixels (`pt` pixels a point).

    The scene is laid out at 96 pixels an inch, the way the views show it, and scaled up to
    the print resolution: its fonts keep their point sizes on paper.
    """
    from PySide6.QtWidgets import QGraphicsScene

    scene_w, scene_h = size.width() / pt * 96 / 72, size.height() / pt * 96 / 72
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(scene_w, scene_h)
    scene.setSceneRect(0, 0, scene_w, scene_h)
    image = QImage(int(size.width()), int(size.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()),
                 QRectF(0, 0, scene_w, scene_h))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image
