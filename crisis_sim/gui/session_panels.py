"""The animation team's panels: the chronogramme, the decisions and the crisis log.

Each button reads what is selected or typed and makes one session command through the
driver; a refused command is reported by the window, and nothing changes. Each panel sets
its Tab order explicitly, so the keyboard goes through it in a sensible order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise import refusals
from crisis_sim.core.exercise.log import ANIMATION
from crisis_sim.core.gametime import TimeFormatError, parse_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import Channel
from crisis_sim.gui import dialogs
from crisis_sim.gui.column_fit import size_columns_once, text_width, two_line_width
from crisis_sim.gui.decisions_model import ID_ROLE, DecisionsModel
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.injects_model import CHANNEL, EXPECTED, STATUS, TITLE, WHEN, InjectsModel
from crisis_sim.gui.keyboard import tab_order
from crisis_sim.gui.log_model import TEXT, WHO, CrisisLogModel
from crisis_sim.gui.players_models import channel_label
from crisis_sim.gui.reactions_model import AFTER, REACTION, ReactionsModel
from crisis_sim.gui.resident_style import channel_icon
from crisis_sim.gui.session_driver import SessionDriver


def _table(model, *stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
    size_columns_once(table, stretch)
    return table


def _author_names(scenario: Scenario) -> list[str]:
    lang = current_language()
    return ["Animation", "Simulation", *(role.name.get(lang) for role in scenario.roles)]


def _widest(table: QTableView, texts: list[str], cap: int = 200) -> int:
    metrics = table.fontMetrics()
    return min(cap, max(metrics.horizontalAdvance(text) for text in texts) + 16)


def _roles_combo(scenario: Scenario) -> QComboBox:
    combo = QComboBox()
    for role in scenario.roles:
        combo.addItem(role.name.get(current_language()), role.id)
    return combo


class _Panel(QWidget):
    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class InjectsPanel(_Panel):
    def __init__(self, driver: SessionDriver, model: InjectsModel) -> None:
        super().__init__()
        self.driver, self.model = driver, model
        self.table = _table(model, TITLE)
        self.table.setParent(self)  # the first to join, so Tab can start on it (see tab_order)
        # Titles wrap, and each row is as high as its text: a title is read whole, not cut.
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._kept: str | None = None  # the inject selected when the rows were reset
        model.modelAboutToBeReset.connect(self._keep_selection)
        model.modelReset.connect(self._restore_selection)
        self.deliver = QPushButton()
        self.skip = QPushButton()
        self.retime = QPushButton()
        self.resend = QPushButton()
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel_icon(channel.value, 24), "", channel.value)
        self.deliver.clicked.connect(self._on_deliver)
        self.skip.clicked.connect(self._on_skip)
        self.retime.clicked.connect(self._on_retime)
        self.resend.clicked.connect(self._on_resend)
        buttons = QHBoxLayout()
        for widget in (self.deliver, self.skip, self.retime, self.resend, self.channel):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.table)
        # The list first, though the buttons sit above it: they act on what is selected there.
        tab_order(self.table, self.deliver, self.skip, self.retime, self.resend, self.channel)
        self.retranslate()

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.inject_id(rows[0].row()) if rows else None

    def _keep_selection(self) -> None:
        self._kept = self.selected()

    def _restore_selection(self) -> None:
        """A surprise delivered resets the rows; the inject that was selected stays so."""
        row = self.model.row_of(self._kept) if self._kept else None
        if row is not None:
            self.table.selectRow(row)
        self._kept = None

    def _fit_columns(self) -> None:
        """The title takes the room; the other columns fit their header and their longest
        label on two lines (times on one)."""
        font = self.table.font()
        widths = {WHEN: text_width(font, self.model.labels(WHEN))}
        for column in (STATUS, CHANNEL, EXPECTED):
            widths[column] = two_line_width(font, self.model.labels(column))
        widths[CHANNEL] += 28  # the channel's icon
        for column, width in widths.items():
            header = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(column, max(width, text_width(font, [header])))

    def _on_deliver(self) -> None:
        if (inject := self.selected()) is not None:
            self.driver.apply(c.Deliver(inject))

    def _on_skip(self) -> None:
        if (inject := self.selected()) is not None:
            self.driver.apply(c.Skip(inject))

    def _on_resend(self) -> None:
        if (inject := self.selected()) is not None:
            self.driver.apply(c.Resend(inject, self.channel.currentData()))

    def _on_retime(self) -> None:
        inject = self.selected()
        if inject is None:
            return
        session = self.driver.session
        label = self.tr("New game time, e.g. J+1 10:30 or H+2:")
        text = dialogs.ask_text(
            self, self.tr("Re-time the inject"), label, session.when(session.now)
        )
        if text is None:
            return
        try:
            t = parse_game_time(text, session.scenario.meta.t0)
        except TimeFormatError:
            self.driver.refuse(refusals.unreadable_time(text))
            return
        self.driver.apply(c.Retime(inject, t))

    def retranslate(self) -> None:
        self.deliver.setText(self.tr("Deliver now"))
        self.skip.setText(self.tr("Skip"))
        self.retime.setText(self.tr("Re-time…"))
        self.resend.setText(self.tr("Re-send via"))
        for i, channel in enumerate(Channel):
            self.channel.setItemText(i, channel_label(channel))
        self.model.retranslate()
        self._fit_columns()


class DecisionsPanel(_Panel):
    def __init__(self, driver: SessionDriver, model: DecisionsModel) -> None:
        super().__init__()
        self.driver, self.model = driver, model
        self.role = _roles_combo(driver.session.scenario)
        self.list = QListView()
        self.list.setModel(model)
        self.take = QPushButton()
        self.why = QLabel()  # why the selected decision cannot be taken now
        self.why.setWordWrap(True)
        self.free_text = QLineEdit()
        self.record = QPushButton()
        self.list.selectionModel().currentChanged.connect(self._show_whether_possible)
        model.dataChanged.connect(self._show_whether_possible)
        self.take.clicked.connect(self._on_take)
        self.record.clicked.connect(self._on_record)
        self.free_text.returnPressed.connect(self._on_record)
        free = QHBoxLayout()
        free.addWidget(self.free_text, 1)
        free.addWidget(self.record)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.role)
        column.addWidget(self.list, 1)
        column.addWidget(self.why)
        column.addWidget(self.take)
        column.addLayout(free)
        # Who decides, what, then the cell's own words: the order on screen.
        tab_order(self.role, self.list, self.take, self.free_text, self.record)
        self.retranslate()

    def _show_whether_possible(self, *_changed: object) -> None:
        current = self.list.currentIndex()
        row = current.row() if current.isValid() else -1
        self.why.setText(self.model.reason(row) if row >= 0 else "")
        self.why.setVisible(bool(self.why.text()))
        self.take.setEnabled(row < 0 or self.model.possible(row))

    def _on_take(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows:
            decision = rows[0].data(ID_ROLE)
            self.driver.apply(c.TakeDecision(self.role.currentData(), decision=decision))

    def _on_record(self) -> None:
        text = self.free_text.text().strip()
        if text and self.driver.apply(c.TakeDecision(self.role.currentData(), text=text)):
            self.free_text.clear()

    def retranslate(self) -> None:
        self.role.setToolTip(self.tr("The role that takes the decision"))
        self.take.setText(self.tr("Take the selected decision"))
        self.free_text.setPlaceholderText(self.tr("Another decision, in the cell's words"))
        self.record.setText(self.tr("Record"))
        for i, role in enumerate(self.driver.session.scenario.roles):
            self.role.setItemText(i, role.name.get(current_language()))
        self.model.retranslate()
        self._show_whether_possible()


class LogPanel(_Panel):
    def __init__(self, driver: SessionDriver, model: CrisisLogModel) -> None:
        super().__init__()
        self.driver, self.model = driver, model
        self.table = _table(model, TEXT)
        self.table.setWordWrap(True)
        self.table.setColumnWidth(WHO, _widest(self.table, _author_names(driver.session.scenario)))
        self.role = _roles_combo(driver.session.scenario)
        self.role.insertItem(0, "", ANIMATION)  # the animation team notes too
        self.role.setCurrentIndex(0)
        self.note = QLineEdit()
        self.add = QPushButton()
        self.add.clicked.connect(self._on_add_note)
        self.note.returnPressed.connect(self._on_add_note)
        model.rowsInserted.connect(self._on_rows_inserted)
        self._shown_once = False
        who = QHBoxLayout()
        who.addWidget(self.role, 1)
        who.addWidget(self.add)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.note)
        column.addLayout(who)
        # The order on screen, whatever the order the widgets were made in.
        tab_order(self.table, self.note, self.role, self.add)
        self.retranslate()

    def _on_add_note(self) -> None:
        text = self.note.text().strip()
        if text and self.driver.apply(c.AddNote(text, self.role.currentData())):
            self.note.clear()

    def _on_rows_inserted(self) -> None:
        self.table.scrollToBottom()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """A session resumed mid-exercise opens on its newest entry, as new ones are followed;
        once the table has its size (the next turn of the event loop), not before."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self.table, self.table.scrollToBottom)

    def retranslate(self) -> None:
        self.note.setPlaceholderText(self.tr("A note or an observation for the log (Ctrl+N)"))
        self.add.setText(self.tr("Add to the log"))
        self.role.setItemText(0, self.tr("Animation"))
        for i, role in enumerate(self.driver.session.scenario.roles, start=1):
            self.role.setItemText(i, role.name.get(current_language()))
        self.model.retranslate()


class ReactionsPanel(_Panel):
    """Mark the selected expected reaction observed, partial or missed, with a comment."""

    MARKS = (c.ReactionMark.OBSERVED, c.ReactionMark.PARTIAL, c.ReactionMark.MISSED)

    def __init__(self, driver: SessionDriver, model: ReactionsModel) -> None:
        super().__init__()
        self.driver, self.model = driver, model
        self.table = _table(model, REACTION, AFTER)
        self.comment = QLineEdit()
        self.buttons = {mark: QPushButton() for mark in self.MARKS}
        row = QHBoxLayout()
        row.addWidget(self.comment, 1)
        for mark, button in self.buttons.items():
            button.clicked.connect(lambda _=False, mark=mark: self._on_mark(mark))
            row.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        tab_order(self.table, self.comment, *self.buttons.values())
        self.retranslate()

    def _on_mark(self, mark: c.ReactionMark) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        reaction = self.model.reaction_id(rows[0].row())
        if self.driver.apply(c.MarkReaction(reaction, mark, self.comment.text().strip())):
            self.comment.clear()

    def retranslate(self) -> None:
        self.comment.setPlaceholderText(self.tr("What was seen (optional)"))
        self.buttons[c.ReactionMark.OBSERVED].setText(self.tr("Observed"))
        self.buttons[c.ReactionMark.PARTIAL].setText(self.tr("Partial"))
        self.buttons[c.ReactionMark.MISSED].setText(self.tr("Missed"))
        self.model.retranslate()
