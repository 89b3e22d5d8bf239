"""The players' screen: a second window for the projector, in large type and plain words.

It shows the game clock, the public services as residents find them, and the messages the
crisis cell has received. It never shows ids, technical states or the reactions expected of
the players: those are for the animation team's console.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.gui.describe import StateSource
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.message_delegate import MessageDelegate
from crisis_sim.gui.players_models import (
    Access,
    DeliveredInject,
    InjectFeedModel,
    PublicServicesModel,
    access_label,
)
from crisis_sim.gui.resident_style import resident_icon

BODY_POINTS = 20
MIN_POINTS = 13  # below this a projector's back row cannot read: scroll instead
ICON = 40
# White and black for the projector; a rule under each service so rows read across the room.
STYLE = """
#players-screen { background: white; }
QTableView, QListView { border: none; background: white; }
QTableView::item { padding: 10px 0px; border-bottom: 1px solid #D0D0D0; }
"""


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class PlayersScreen(QWidget):
    def __init__(self, scenario: Scenario, source: StateSource, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("players-screen")
        self.scenario = scenario
        self.services = PublicServicesModel(scenario, source, self)
        self.injects = InjectFeedModel(scenario, self)
        self.shown_time = 0
        self._fitting = False
        self.text_offset = 0  # points added to every size, for the room's distance
        self.clock = QLabel(self)
        self.date = QLabel(self)
        self.organisation = QLabel(scenario.organisation.name, self)
        self.services_title = QLabel(self)
        self.injects_title = QLabel(self)
        self.no_message = QLabel(self)
        self.services_view = self._services_view()
        self.injects_view = self._injects_view()
        self._build()
        self.retranslate()
        self.refresh(0)

    def _services_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.services)
        view.setFont(_font(self._points(BODY_POINTS)))
        view.setIconSize(QSize(ICON, ICON))
        view.horizontalHeader().hide()
        view.verticalHeader().hide()
        view.setShowGrid(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Sizes are measured by hand, never by the headers: a header that sizes to contents
        # measures every row again at each change of state (700 wrapped names, 50 to 120 ms
        # a frame while the clock runs, even hidden). A row's height depends on its name,
        # the type and the name column's width, never on the state; the state column is as
        # wide as the widest of the four words it can show.
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.viewport().installEventFilter(self)
        # Wrapped names need their rows re-measured whenever a column's width changes.
        view.horizontalHeader().sectionResized.connect(self._on_column_resized)
        return view

    def _on_column_resized(self, column: int) -> None:
        if column == 0 and not self._fitting:  # fit_services_font measures them once, after
            self.services_view.resizeRowsToContents()

    def _fit_access_column(self) -> None:
        """The state column as wide as its widest word with its icon, at the type shown."""
        view = self.services_view
        style = view.style()
        widest = 0
        for access in Access:
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.font = view.font()
            option.fontMetrics = QFontMetrics(view.font())
            option.features = (
                QStyleOptionViewItem.ViewItemFeature.HasDisplay
                | QStyleOptionViewItem.ViewItemFeature.HasDecoration
            )
            option.text = access_label(access)
            option.icon = resident_icon(access.value)
            option.decorationSize = view.iconSize()
            option.decorationPosition = QStyleOptionViewItem.Position.Left
            size = style.sizeFromContents(
                QStyle.ContentsType.CT_ItemViewItem, option, QSize(), view
            )
            widest = max(widest, size.width())
        view.setColumnWidth(1, widest)

    def _injects_view(self) -> QListView:
        view = QListView(self)
        view.setModel(self.injects)
        view.setFont(_font(self._points(BODY_POINTS - 2)))
        view.setIconSize(QSize(ICON, ICON))
        view.setWordWrap(True)
        view.setItemDelegate(MessageDelegate(ICON, view))
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    def _points(self, points: int) -> int:
        return max(8, points + self.text_offset)

    def set_text_offset(self, offset: int) -> None:
        """Make every text ``offset`` points larger (or smaller) than the screen's own sizes."""
        self.text_offset = offset
        self._apply_fonts()
        self.injects_view.setFont(_font(self._points(BODY_POINTS - 2)))
        self.fit_services_font()

    def _apply_fonts(self) -> None:
        self.organisation.setFont(_font(self._points(28), bold=True))
        self.clock.setFont(_font(self._points(54), bold=True))
        self.date.setFont(_font(self._points(18)))
        for title in (self.services_title, self.injects_title):
            title.setFont(_font(self._points(24), bold=True))
        self.no_message.setFont(_font(self._points(BODY_POINTS)))

    def _build(self) -> None:
        self._apply_fonts()
        self.organisation.setWordWrap(True)
        for label in (self.clock, self.date):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.no_message.setStyleSheet("color: #555555;")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(24, 16, 24, 24)
        grid.setHorizontalSpacing(32)
        grid.addWidget(self.organisation, 0, 0, 2, 1)
        grid.addWidget(self.clock, 0, 1)
        grid.addWidget(self.date, 1, 1)
        grid.addWidget(self.services_title, 2, 0)
        grid.addWidget(self.services_view, 3, 0, 2, 1)
        grid.addWidget(self.injects_title, 2, 1)
        grid.addWidget(self.no_message, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.injects_view, 4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)

    # --- told by the console ------------------------------------------------------------------

    def fit_services_font(self) -> int:
        """The largest type (down to MIN_POINTS) that shows every service without scrolling."""
        view = self.services_view
        available = view.viewport().height()
        largest = self._points(BODY_POINTS)
        self._fitting = True
        for points in range(largest, min(largest, self._points(MIN_POINTS)) - 1, -1):
            view.setFont(_font(points))
            self._fit_access_column()
            rows = sum(view.sizeHintForRow(row) for row in range(self.services.rowCount()))
            if rows <= available:
                break
        self._fitting = False
        view.resizeRowsToContents()
        return view.font().pointSize()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.services_view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_services_font()
        return super().eventFilter(watched, event)

    def refresh(self, t: int) -> None:
        """Show the game time ``t`` and the services' state then."""
        minute_changed = t // 60 != self.shown_time // 60 or not self.clock.text()
        self.shown_time = t
        if minute_changed:  # the clock shows minutes: a tick within one changes no label
            self._show_clock(t)
        self.services.refresh(t)  # reads nothing while the simulation has not moved

    def _show_clock(self, t: int) -> None:
        self.clock.setText(format_game_time(t, self.scenario.meta.t0))
        moment = self.scenario.meta.t0 + timedelta(seconds=t)
        day = QDate(moment.year, moment.month, moment.day)
        self.date.setText(QLocale(current_language()).toString(day, "dddd d MMMM yyyy"))

    def follow(self, driver) -> None:
        """Show the session's deliveries as they happen (``driver``: a SessionDriver)."""
        self._driver = driver
        driver.changed.connect(self._on_session_changed)
        self._on_session_changed()  # a resumed session has delivered messages already

    def _on_session_changed(self) -> None:
        self.show_injects(self._driver.delivered())

    def show_injects(self, delivered: list[DeliveredInject]) -> None:
        """The messages delivered so far; the exercise session calls this as it delivers."""
        self.injects.show_injects(delivered)
        self.no_message.setVisible(self.injects.rowCount() == 0)

    def visible_texts(self) -> list[str]:
        """Every text a player can read on this screen (for checks and tests)."""
        texts = [label.text() for label in self.findChildren(QLabel)]
        for row in range(self.services.rowCount()):
            texts += [self.services.index(row, column).data() for column in (0, 1)]
        texts += [self.injects.index(row).data() for row in range(self.injects.rowCount())]
        return texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Crisis cell — players' screen"))
        self.services_title.setText(self.tr("Public services"))
        self.injects_title.setText(self.tr("Messages received"))
        self.no_message.setText(self.tr("No message yet."))
        self.services.retranslate()
        self.injects.retranslate()
        if self.services_view.isVisible():  # hidden, it is measured when shown (a resize)
            self.fit_services_font()  # the words, hence the sizes, are the language's
        self._show_clock(self.shown_time)  # the date's words are the language's
        self.refresh(self.shown_time)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
