"""Service levels over time, painted with QPainter: one band per service, its height the
share of normal service, its colour and hatching the status.

QtCharts is not in PySide6-Essentials, and the full PySide6 would add about 430 MB to
install on the refurbished laptops our users often have; a strip per service is a few
rectangles, which QPainter draws as fast as anything.

While the exercise plays, a new minute only moves the "now" line and the ends of the strips
by a pixel or so: the chart then repaints that thin strip, not its whole history, and every
paint skips what lies outside the area it was asked to paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from crisis_sim.core.gametime import HOUR, format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import NodeRecord, NodeStatus
from crisis_sim.gui.describe import StateSource, node_name, source_version
from crisis_sim.gui.state_style import STYLES

NAME_WIDTH = 230
AXIS_HEIGHT = 34
TITLE_HEIGHT = 22
ROW_MAX, ROW_MIN = 26, 12
MIN_SPAN = 6 * HOUR
MIN_BAND = 0.15  # a service that is down still shows as a thin strip of its colour
NOW_PEN = QPen(QColor("#000000"), 2, Qt.PenStyle.DashLine)
NOW_REACH = 3  # pixels each side of the "now" line that its pen and the strips' ends touch
TICK_STEPS = (HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR, 48 * HOUR)

# Hatching over the colour, so the bands read in greyscale too.
PATTERNS = {
    NodeStatus.COMPROMISED: Qt.BrushStyle.Dense6Pattern,
    NodeStatus.DEGRADED: Qt.BrushStyle.Dense5Pattern,
    NodeStatus.PAPER: Qt.BrushStyle.BDiagPattern,
    NodeStatus.DOWN: Qt.BrushStyle.DiagCrossPattern,
    NodeStatus.ISOLATED: Qt.BrushStyle.HorPattern,
    NodeStatus.RESTORING: Qt.BrushStyle.VerPattern,
}


class ServiceLevelsChart(QWidget):
    def __init__(self, scenario: Scenario, source: StateSource, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenario = scenario
        self.source = source
        self.shown_time = 0
        self._functions = scenario.functions
        self._shown: tuple[int, int] | None = None  # (version, minute) of the present painted
        self._histories: dict[str, list[NodeRecord]] = {}  # each node's records, read once
        self._histories_version: int | None = None  # per version of the source
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(TITLE_HEIGHT + AXIS_HEIGHT + ROW_MIN * 3)

    def refresh(self, t: int | None = None) -> None:
        """Show the levels up to ``t`` (default: now); at the present, repaint only when the
        source's version or the minute has moved (the "now" line moves by the minute), and
        only the strip around the "now" line when the minute alone has."""
        now = self.source.now
        before, span = self.shown_time, self.span
        self.shown_time = now if t is None else t
        version = source_version(self.source) if self.shown_time == now else None
        shown, self._shown = self._shown, None if version is None else (version, now // 60)
        if self._shown is not None and shown == self._shown:
            return
        moved_on = shown is not None and shown[0] == version and self.shown_time >= before
        if moved_on and self.span == span:
            self.update(self.now_strip(before, self.shown_time))
        else:
            self.update()

    def now_strip(self, start: int, end: int) -> QRect:
        """The part of the chart that changes when the "now" line moves from start to end."""
        plot = self._plot_rect()
        left = int(self._x(plot, start)) - NOW_REACH
        right = int(self._x(plot, end)) + NOW_REACH + 1
        return QRect(left, int(plot.top()), right - left, int(plot.height()) + 1)

    @property
    def span(self) -> int:
        """The time the axis covers: what was played and a fifth more, in whole hours
        (at least six), so the strips fill the chart as the exercise goes on."""
        hours = -(-self.shown_time * 6 // 5 // HOUR)
        return max(MIN_SPAN, hours * HOUR)

    def segments(self, node_id: str) -> list[tuple[int, int, NodeRecord]]:
        """(start, end, record) of each state of the node from T0 to the shown time."""
        history = self._history(node_id)
        records = [r for r in history[1:] if r.since <= self.shown_time]
        first = history[0] if self.shown_time >= 0 else None
        if first is not None and (not records or records[0].since > 0):
            records.insert(0, first)
        ends = [r.since for r in records[1:]] + [self.shown_time]
        return [(r.since, end, r) for r, end in zip(records, ends, strict=True) if end > r.since]

    def _history(self, node_id: str) -> list[NodeRecord]:
        """The node's state at 0 then its timeline, read again only when the version moves."""
        version = source_version(self.source)
        if version is None or version != self._histories_version:
            self._histories = {}
            self._histories_version = version
        history = self._histories.get(node_id)
        if history is None:
            # Levels and capacities only: the chart shows no cause.
            start = self.source.state_at(node_id, 0, causes=False)
            history = [start, *self.source.timeline(node_id, causes=False)]
            if version is not None:
                self._histories[node_id] = history
        return history

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rows = len(self._functions)
        return QSize(700, TITLE_HEIGHT + AXIS_HEIGHT + rows * 20)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        area = QRectF(event.rect())
        painter = QPainter(self)
        painter.fillRect(area, self.palette().base())
        painter.setPen(self.palette().text().color())
        title = QRectF(6, 0, self.width() - 12, TITLE_HEIGHT)
        if area.intersects(title):
            text = self.tr("Height of each strip: share of normal service. Dashed line: now.")
            painter.drawText(title, int(Qt.AlignmentFlag.AlignVCenter), text)
        plot = self._plot_rect()
        functions = self._functions
        row_height = min(ROW_MAX, max(ROW_MIN, plot.height() / max(len(functions), 1)))
        shown = functions[: max(1, int(plot.height() // row_height))]  # the rows that fit
        for i, node in enumerate(shown):
            row = QRectF(0, plot.top() + i * row_height, self.width(), row_height)
            if area.intersects(row):
                self._paint_row(painter, node.id, row, plot, area)
        bottom = plot.top() + len(shown) * row_height
        self._paint_axis(painter, plot, bottom, area)
        if len(shown) < len(functions):
            more = self.tr("and %n more (see the board)", "", len(functions) - len(shown))
            painter.drawText(QRectF(6, self.height() - 18, NAME_WIDTH, 18), 0, more)
        painter.end()

    def _plot_rect(self) -> QRectF:
        return QRectF(
            NAME_WIDTH,
            TITLE_HEIGHT,
            max(10, self.width() - NAME_WIDTH - 16),
            max(10, self.height() - TITLE_HEIGHT - AXIS_HEIGHT),
        )

    def _x(self, plot: QRectF, t: int) -> float:
        return plot.left() + plot.width() * t / self.span

    def _paint_row(
        self, painter: QPainter, node_id: str, row: QRectF, plot: QRectF, area: QRectF
    ) -> None:
        if area.left() < NAME_WIDTH:
            self._paint_name(painter, node_id, row)
        inner = row.adjusted(0, 2, 0, -2)
        for start, end, record in self.segments(node_id):
            left, right = self._x(plot, start), self._x(plot, end)
            if right < area.left() or left > area.right() + 1:
                continue  # outside what is being painted
            height = inner.height() * max(record.capacity, MIN_BAND)
            band = QRectF(left, inner.bottom() - height, right - left, height)
            _paint_band(painter, band, record.status)
        painter.setPen(QPen(QColor(0, 0, 0, 40)))
        left, right = max(plot.left(), area.left()), min(plot.right(), area.right() + 1)
        painter.drawLine(QPointF(left, row.bottom()), QPointF(right, row.bottom()))

    def _paint_name(self, painter: QPainter, node_id: str, row: QRectF) -> None:
        name = node_name(self.scenario, node_id)
        metrics = painter.fontMetrics()
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH - 12)
        painter.setPen(self.palette().text().color())
        painter.drawText(
            QRectF(6, row.top(), NAME_WIDTH - 10, row.height()),
            int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )

    def _paint_axis(self, painter: QPainter, plot: QRectF, bottom: float, area: QRectF) -> None:
        if area.bottom() >= bottom:  # the axis and its labels lie below the rows
            self._paint_ticks(painter, plot, bottom)
        now = self._x(plot, self.shown_time)
        painter.setPen(NOW_PEN)
        painter.drawLine(QPointF(now, plot.top()), QPointF(now, bottom))

    def _paint_ticks(self, painter: QPainter, plot: QRectF, bottom: float) -> None:
        room = max(1, int(plot.width() // 110))  # labels are about 100 px wide
        step = next((s for s in TICK_STEPS if self.span / s <= room), self.span)
        painter.setPen(self.palette().text().color())
        for t in range(0, self.span + 1, step):
            x = self._x(plot, t)
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 4))
            label = format_game_time(t, self.scenario.meta.t0)
            left = min(x - 50, self.width() - 102)  # the last label is never cut at the edge
            box = QRectF(left, bottom + 4, 100, 18)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter), label)


def _paint_band(painter: QPainter, band: QRectF, status: NodeStatus) -> None:
    painter.fillRect(band, QColor(STYLES[status].colour))
    pattern = PATTERNS.get(status)
    if pattern is not None:
        painter.fillRect(band, QBrush(QColor(0, 0, 0, 110), pattern))
