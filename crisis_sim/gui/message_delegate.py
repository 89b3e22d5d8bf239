"""Draws a delivered message in the players' list: a grey line with time, channel, sender
and addressees, the title in bold, then the text, wrapped to the list's width."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crisis_sim.gui.players_models import BODY_ROLE, HEAD_ROLE, TITLE_ROLE

GAP = 12
MARGIN = 8
RULE = QColor("#D0D0D0")

Index = QModelIndex | QPersistentModelIndex


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, icon_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon_size = icon_size

    def document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(
            f'<div style="color:#555555">{escape(index.data(HEAD_ROLE) or "")}</div>'
            f"<div><b>{escape(index.data(TITLE_ROLE) or '')}</b></div>"
            f"<div>{escape(index.data(BODY_ROLE) or '')}</div>"
        )
        document.setTextWidth(max(50, option.rect.width() - self.icon_size - GAP - 2 * MARGIN))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = option.widget.viewport().width() if option.widget else option.rect.width()
        option = QStyleOptionViewItem(option)
        option.rect.setWidth(width)
        height = self.document(option, index).size().height()
        return QSize(width, int(max(height, self.icon_size) + 2 * MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        if option.widget is not None:
            style = option.widget.style()
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        top = option.rect.top() + MARGIN
        if icon is not None:
            icon.paint(painter, option.rect.left() + MARGIN, top, self.icon_size, self.icon_size)
        painter.translate(QPointF(option.rect.left() + MARGIN + self.icon_size + GAP, top))
        document = self.document(option, index)
        document.drawContents(painter, QRectF(0, 0, document.textWidth(), document.size().height()))
        painter.restore()
        painter.save()
        painter.setPen(RULE)
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()
