"""The facilitator's console window: it receives its parts ready-made and only places them.

Where the docks sit and how their arrangement is remembered is ``console_layout``; which
actions exist, their keys and menus is ``console_menus``. The window holds what the actions
do, the clock's labels, the text size, and what happens on a language change or on closing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMainWindow, QWidget

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.clock import ClockState, format_real_time
from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.gui import console_layout as layout
from crisis_sim.gui import dialogs
from crisis_sim.gui.analysis_view import AnalysisView
from crisis_sim.gui.console_layout import console_settings
from crisis_sim.gui.console_menus import FOCUS, ConsoleMenus
from crisis_sim.gui.debrief_view import open_debrief_view
from crisis_sim.gui.i18n import current_language, set_language
from crisis_sim.gui.keyboard import CONSOLE_KEY, PLAYERS_KEY, ShortcutsDialog, clamp_offset
from crisis_sim.gui.session_driver import SPEEDS, SessionDriver
from crisis_sim.gui.space_key import SpaceForFocusedButtons

__all__ = ["MainWindow", "console_settings"]


class MainWindow(QMainWindow):
    def __init__(
        self,
        scenario: Scenario,
        driver: SessionDriver,
        central: QWidget,
        parts: dict[str, QWidget],
        players: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.scenario = scenario
        self.driver = driver
        self.players = players
        self.graph = central
        self.setCentralWidget(central)
        self.docks = {name: layout.make_dock(self, name, widget) for name, widget in parts.items()}
        self.clock = QLabel(self)
        self.real_time = QLabel(self)
        self.speed = QComboBox(self)
        self.base_point_size = self.font().pointSize()
        self.text_offset = 0
        self.analysis_view: AnalysisView | None = None
        self.menus = ConsoleMenus(self, self._handlers(), self.docks)
        self.actions_by_name: dict[str, QAction] = self.menus.actions
        self.file_menu = self.menus.menus["file"]
        self._build_clock()
        self.toolbar = self.menus.build_toolbar(self.speed, self.clock, self.real_time)
        layout.place_docks(self, self.docks)
        self._space_filter = SpaceForFocusedButtons(self)
        for widget in self.findChildren(QAbstractButton) + self.findChildren(QComboBox):
            widget.installEventFilter(self._space_filter)
        self._proportions_pending = True
        driver.advanced.connect(self._on_advanced)
        driver.running_changed.connect(self._on_running_changed)
        driver.refused.connect(self._on_refused)
        driver.changed.connect(self._on_changed)
        self.retranslate()
        self.restore_layout()
        self.restore_text_sizes()

    # --- building -------------------------------------------------------------------------------

    def _handlers(self) -> dict[str, object]:
        """What each of the console's actions does (console_menus names and places them)."""
        return {
            "play": self._on_play_pause,
            "finex": self._on_finex,
            "next-inject": self._on_next_inject,
            "note": self._on_note,
            "players": self._on_players,
            "reset-layout": self._on_reset_layout,
            "focus-graph": self._on_focus_graph,
            **{f"focus-{name}": lambda _=False, n=name: self.focus_dock(n) for name in FOCUS},
            "text-larger": lambda: self.change_text(+1),
            "text-smaller": lambda: self.change_text(-1),
            "text-reset": lambda: self.set_text_offset(0),
            "players-larger": lambda: self.change_players_text(+2),
            "players-smaller": lambda: self.change_players_text(-2),
            "players-reset": lambda: self.set_players_text_offset(0),
            "shortcuts": self._on_shortcuts,
            "debrief": self._on_debrief,
            "analyse": self._on_analyse,
            "quit": self.close,
            "language": self._on_language,
        }

    def _build_clock(self) -> None:
        for speed in sorted({*SPEEDS, self.driver.speed}):
            self.speed.addItem(f"×{speed}", speed)
        self.speed.setCurrentIndex(self.speed.findData(self.driver.speed))
        self.speed.currentIndexChanged.connect(self._on_speed)
        font = self.clock.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.clock.setFont(font)
        # Fixed widths: a label whose text changes every tick would otherwise lay the whole
        # window out again four times a second (and Qt nudges the dock separators each time).
        self.clock.setFixedWidth(self.clock.fontMetrics().horizontalAdvance("J+00 00:00  "))
        metrics = self.real_time.fontMetrics()
        self.real_time.setFixedWidth(metrics.horizontalAdvance("temps réel 00:00:00  "))

    # --- slots ------------------------------------------------------------------------------------

    def _on_play_pause(self) -> None:
        self.driver.toggle()

    def _on_finex(self) -> None:
        question = self.tr("End the exercise now (FINEX)? The clock stops for good.")
        if dialogs.ask(self, self.tr("FINEX"), question):
            self.driver.finex()

    def _on_next_inject(self) -> None:
        self.driver.apply(c.JumpToNextInject())

    def _on_note(self) -> None:
        self.docks["log"].show()
        self.docks["log"].raise_()
        self.docks["log"].widget().note.setFocus()

    def _on_debrief(self) -> None:
        self.debrief_view = open_debrief_view(self.driver.session, self)

    def _on_analyse(self) -> AnalysisView:
        """Show the analyses of the scenario, starting them unless they are shown or running."""
        if self.analysis_view is None:
            self.analysis_view = AnalysisView(self.scenario, self)
        view = self.analysis_view
        view.show()
        view.raise_()
        view.activateWindow()
        if view.analysis is None and not view.running:
            view.start()
        return view

    def focus_dock(self, name: str) -> QWidget:
        """Show the dock ``name`` and put the keyboard in its list or table."""
        dock = self.docks[name]
        dock.show()
        dock.raise_()
        target = getattr(dock.widget(), FOCUS[name][0])
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def _on_focus_graph(self) -> None:
        self.graph.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_actions(), self).exec()

    def shortcut_actions(self) -> list[QAction]:
        """The actions the shortcuts dialog lists, in the menus' order."""
        return self.menus.shortcut_actions()

    # --- text size ------------------------------------------------------------------------------

    def change_text(self, step: int) -> None:
        self.set_text_offset(self.text_offset + step)

    def set_text_offset(self, offset: int) -> None:
        """The console's text ``offset`` points from the default, remembered."""
        self.text_offset = clamp_offset(offset)
        font = self.font()
        font.setPointSize(self.base_point_size + self.text_offset)
        self.setFont(font)
        console_settings().setValue(CONSOLE_KEY, self.text_offset)

    def change_players_text(self, step: int) -> None:
        self.set_players_text_offset(self.players.text_offset + step)

    def set_players_text_offset(self, offset: int) -> None:
        """The players' screen's text, separately from the console's, remembered."""
        offset = clamp_offset(offset)
        self.players.set_text_offset(offset)
        console_settings().setValue(PLAYERS_KEY, offset)

    def restore_text_sizes(self) -> None:
        settings = console_settings()
        self.set_text_offset(int(settings.value(CONSOLE_KEY, 0)))
        self.set_players_text_offset(int(settings.value(PLAYERS_KEY, 0)))

    def _on_refused(self, reason: str) -> None:
        self.statusBar().showMessage(reason, 10_000)

    def _on_speed(self, index: int) -> None:
        self.driver.set_speed(self.speed.itemData(index))

    def _on_players(self, checked: bool) -> None:
        self.players.setVisible(checked)

    def _on_language(self) -> None:
        set_language(self.sender().data())

    def _on_reset_layout(self) -> None:
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        layout.place_docks(self, self.docks)
        self._apply_proportions()

    def _on_advanced(self, t: int) -> None:
        self.clock.setText(format_game_time(t, self.scenario.meta.t0))
        real = format_real_time(self.driver.session.real_ms)
        self.real_time.setText(self.tr("real time %1").replace("%1", real))

    def _on_running_changed(self, running: bool) -> None:
        self._retranslate_play(running)

    def _on_changed(self) -> None:
        if self.driver.state is not self._shown_state:  # most ticks change nothing here
            self._retranslate_play(self.driver.running)

    # --- layout memory --------------------------------------------------------------------------

    def _apply_proportions(self) -> None:
        layout.apply_proportions(self, self.docks)
        self._proportions_pending = False

    def save_layout(self) -> None:
        layout.save_layout(self)

    def restore_layout(self) -> bool:
        restored = layout.restore_layout(self)
        self._proportions_pending = not restored
        return restored

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        title = self.scenario.meta.title.get(current_language())
        self.setWindowTitle(self.tr("%1 — facilitator's console").replace("%1", title))
        layout.retitle_docks(self.docks)
        self.menus.retranslate()
        self.speed.setToolTip(self.tr("Game speed: game time per real second"))
        self.clock.setToolTip(self.tr("Game time (J+day and time)"))
        self.real_time.setToolTip(self.tr("Real time since the session opened"))
        self._retranslate_play(self.driver.running)
        self._on_advanced(self.driver.source.now)
        self._retranslate_refusal()

    def _retranslate_refusal(self) -> None:
        # A refusal still on screen is re-said in the new language, for the same time left.
        text = self.driver.refusal_text()
        if text and self.statusBar().currentMessage():
            self.statusBar().showMessage(text, 10_000)

    def _retranslate_play(self, running: bool) -> None:
        action = self.actions_by_name["play"]
        state = self._shown_state = self.driver.state
        action.setText(
            {
                ClockState.READY: self.tr("Start (DEBEX)"),
                ClockState.RUNNING: self.tr("Pause"),
                ClockState.PAUSED: self.tr("Resume"),
                ClockState.FINISHED: self.tr("Finished"),
            }[state]
        )
        action.setEnabled(state is not ClockState.FINISHED)
        self.actions_by_name["finex"].setEnabled(self.driver.session.clock.started)
        action.setToolTip(self.tr("Pause or resume the game clock (Space)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._proportions_pending:
            self._apply_proportions()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        under_way = self.driver.session.clock.started
        question = self.tr("The exercise is under way. Close the console anyway?")
        if under_way and not dialogs.ask(self, self.tr("Close the console"), question):
            event.ignore()
            return
        if self.analysis_view is not None:
            self.analysis_view.close()  # stops its worker before the window goes
        self.driver.shutdown()
        self.save_layout()
        self.players.close()
        event.accept()
