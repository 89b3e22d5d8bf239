"""The graph's legend: every status with its marker and name, and how edges and highlights read.

One entry a row by default (a column beside the graph); ``per_row`` lays it out wider."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from crisis_sim.gui.edges import HARD_PEN, SOFT_PEN
from crisis_sim.gui.node_item import ROLE_PEN, Role
from crisis_sim.gui.state_style import LEGEND_ORDER, paint_marker, status_label

ICON = 20


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None, per_row: int = 1) -> None:
        super().__init__(parent)
        self._per_row = per_row
        self.setObjectName("legend")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 2, 6, 2)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._labels: dict[object, QLabel] = {}
        for status in LEGEND_ORDER:
            self._add(status, _marker_pixmap(status))
        self._add("hard", _line_pixmap(HARD_PEN))
        self._add("soft", _line_pixmap(SOFT_PEN))
        self._add(Role.NEEDS, _ring_pixmap(ROLE_PEN[Role.NEEDS]))
        self._add(Role.NEEDED_BY, _ring_pixmap(ROLE_PEN[Role.NEEDED_BY]))
        self._grid.setColumnStretch(per_row * 2, 1)
        self._grid.setRowStretch(len(self._labels), 1)
        self.retranslate()

    def _add(self, key: object, pixmap: QPixmap) -> None:
        row, column = divmod(len(self._labels), self._per_row)
        icon = QLabel()
        icon.setPixmap(pixmap)
        text = QLabel()
        self._grid.addWidget(icon, row, column * 2)
        self._grid.addWidget(text, row, column * 2 + 1)
        self._labels[key] = text

    def text_of(self, key: object) -> str:
        return self._labels[key].text()

    def retranslate(self) -> None:
        extra = {
            "hard": self.tr("needs"),
            "soft": self.tr("works better with"),
            Role.NEEDS: self.tr("what the selected node needs"),
            Role.NEEDED_BY: self.tr("what needs it"),
        }
        for key, label in self._labels.items():
            label.setText(extra[key] if key in extra else status_label(key))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(QSize(ICON, ICON))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _marker_pixmap(status) -> QPixmap:
    pixmap, painter = _canvas()
    paint_marker(painter, status, QPointF(ICON / 2, ICON / 2), ICON - 2)
    painter.end()
    return pixmap


def _line_pixmap(pen: QPen) -> QPixmap:
    pixmap, painter = _canvas()
    painter.setPen(pen)
    painter.drawLine(QPointF(1, ICON / 2), QPointF(ICON - 1, ICON / 2))
    painter.end()
    return pixmap


def _ring_pixmap(pen: QPen) -> QPixmap:
    pixmap, painter = _canvas()
    thinner = QPen(pen)
    thinner.setWidthF(2.5)
    painter.setPen(thinner)
    painter.drawEllipse(QPointF(ICON / 2, ICON / 2), ICON / 2 - 2, ICON / 2 - 2)
    painter.end()
    return pixmap
