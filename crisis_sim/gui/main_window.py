"""The facilitator's console window: it receives its parts ready-made and only places them.

The service graph is the central widget; every other part is a dock the facilitator can
move, stack, float or close. (Without a central widget, Qt shifts the dock separators by a
few pixels at every relayout, and the clock relays out the window while it plays.) The
arrangement is saved with QSettings when the window closes and restored when it opens.
The toolbar holds the clock (DEBEX, pause, speed, next inject, FINEX), the players' screen;
the menus the language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMainWindow, QToolBar, QWidget

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.clock import ClockState, format_real_time
from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.gui import dialogs
from crisis_sim.gui.debrief_view import open_debrief_view
from crisis_sim.gui.i18n import LANGUAGES, current_language, set_language
from crisis_sim.gui.keyboard import CONSOLE_KEY, PLAYERS_KEY, ShortcutsDialog, clamp_offset
from crisis_sim.gui.session_driver import SPEEDS, SessionDriver

SETTINGS_ORG = "crisis-sim"
SETTINGS_APP = "console"
STATE_VERSION = 1
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language, never translated
# Where each "go to" shortcut puts the keyboard: the dock's main list or table.
FOCUS = {
    "injects": ("table", "Ctrl+1"),
    "decisions": ("list", "Ctrl+2"),
    "log": ("table", "Ctrl+3"),
    "services": ("table", "Ctrl+4"),
    "reactions": ("table", "Ctrl+5"),
}


def console_settings() -> QSettings:
    """The console's settings, in the default format (tests point it at a temporary folder)."""
    scope = QSettings.Scope.UserScope
    return QSettings(QSettings.defaultFormat(), scope, SETTINGS_ORG, SETTINGS_APP)


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
        self.docks = {name: self._dock(name, widget) for name, widget in parts.items()}
        self.clock = QLabel(self)
        self.real_time = QLabel(self)
        self.speed = QComboBox(self)
        self.actions_by_name: dict[str, QAction] = {}
        self.base_point_size = self.font().pointSize()
        self.text_offset = 0
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._place_docks()
        driver.advanced.connect(self._on_advanced)
        driver.running_changed.connect(self._on_running_changed)
        driver.refused.connect(self._on_refused)
        driver.changed.connect(self._on_changed)
        self.retranslate()
        self.restore_layout()
        self.restore_text_sizes()

    # --- building -------------------------------------------------------------------------------

    def _dock(self, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        return dock

    def _place_docks(self) -> None:
        self.setDockNestingEnabled(True)
        area = Qt.DockWidgetArea
        # The right-hand column (chronogramme, log) runs the window's whole height.
        self.setCorner(Qt.Corner.TopRightCorner, area.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)
        self.addDockWidget(area.BottomDockWidgetArea, self.docks["services"])
        self.addDockWidget(area.BottomDockWidgetArea, self.docks["chart"])
        self.splitDockWidget(self.docks["services"], self.docks["chart"], Qt.Orientation.Horizontal)
        self.addDockWidget(area.RightDockWidgetArea, self.docks["injects"])
        self.addDockWidget(area.RightDockWidgetArea, self.docks["log"])
        self.splitDockWidget(self.docks["injects"], self.docks["log"], Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.docks["log"], self.docks["decisions"])
        self.tabifyDockWidget(self.docks["log"], self.docks["reactions"])
        self.docks["log"].raise_()
        self._proportions_pending = True

    def _apply_proportions(self) -> None:
        """The graph keeps most of the room; the board and chart share the bottom, the
        chronogramme and the log a third of the width on the right."""
        height, width = self.height(), self.width()
        docks = self.docks
        vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
        self.resizeDocks([docks["services"]], [height * 40 // 100], vertical)
        board, chart = width * 40 // 100, width * 26 // 100
        self.resizeDocks([docks["services"], docks["chart"]], [board, chart], horizontal)
        self.resizeDocks([docks["injects"]], [width * 34 // 100], horizontal)
        self.resizeDocks([docks["injects"], docks["log"]], [height * 45 // 100] * 2, vertical)
        self._proportions_pending = False

    def _action(self, name: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self._action("play", self._on_play_pause, Qt.Key.Key_Space)
        self._action("finex", self._on_finex)
        self._action("next-inject", self._on_next_inject, "Ctrl+J")
        self._action("note", self._on_note, "Ctrl+N")
        players = self._action("players", self._on_players, Qt.Key.Key_F5)
        players.setCheckable(True)
        self._action("reset-layout", self._on_reset_layout)
        self._action("focus-graph", self._on_focus_graph, "Ctrl+G")
        for name, (_, keys) in FOCUS.items():
            self._action(f"focus-{name}", lambda _=False, n=name: self.focus_dock(n), keys)
        larger = self._action("text-larger", lambda: self.change_text(+1))
        larger.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self._action("text-smaller", lambda: self.change_text(-1), "Ctrl+-")
        self._action("text-reset", lambda: self.set_text_offset(0), "Ctrl+0")
        self._action("players-larger", lambda: self.change_players_text(+2), "Ctrl+Alt++")
        self._action("players-smaller", lambda: self.change_players_text(-2), "Ctrl+Alt+-")
        self._action("players-reset", lambda: self.set_players_text_offset(0), "Ctrl+Alt+0")
        self._action("shortcuts", self._on_shortcuts, QKeySequence.StandardKey.HelpContents)
        self._action("debrief", self._on_debrief)
        self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        group = QActionGroup(self)
        for code in LANGUAGES:
            action = self._action(f"language-{code}", self._on_language)
            action.setText(LANGUAGE_NAMES[code])
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            group.addAction(action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("toolbar-clock")
        bar.addAction(self.actions_by_name["play"])
        for speed in sorted({*SPEEDS, self.driver.speed}):
            self.speed.addItem(f"×{speed}", speed)
        self.speed.setCurrentIndex(self.speed.findData(self.driver.speed))
        self.speed.currentIndexChanged.connect(self._on_speed)
        bar.addWidget(self.speed)
        bar.addSeparator()
        font = self.clock.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.clock.setFont(font)
        # Fixed widths: a label whose text changes every tick would otherwise lay the whole
        # window out again four times a second (and Qt nudges the dock separators each time).
        self.clock.setFixedWidth(self.clock.fontMetrics().horizontalAdvance("J+00 00:00  "))
        metrics = self.real_time.fontMetrics()
        self.real_time.setFixedWidth(metrics.horizontalAdvance("temps réel 00:00:00  "))
        bar.addWidget(self.clock)
        bar.addWidget(self.real_time)
        bar.addSeparator()
        bar.addAction(self.actions_by_name["next-inject"])
        bar.addAction(self.actions_by_name["finex"])
        bar.addSeparator()
        bar.addAction(self.actions_by_name["players"])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_menus(self) -> None:
        menus = self.menuBar()
        self.file_menu = menus.addMenu("")
        self.file_menu.addAction(self.actions_by_name["debrief"])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.actions_by_name["quit"])
        self.exercise_menu = menus.addMenu("")
        for name in ("play", "next-inject", "note", "finex"):
            self.exercise_menu.addAction(self.actions_by_name[name])
        self.view_menu = menus.addMenu("")
        self.go_menu = self.view_menu.addMenu("")
        for name in ("focus-graph", *(f"focus-{name}" for name in FOCUS)):
            self.go_menu.addAction(self.actions_by_name[name])
        self.text_menu = self.view_menu.addMenu("")
        for name in ("text-larger", "text-smaller", "text-reset"):
            self.text_menu.addAction(self.actions_by_name[name])
        self.text_menu.addSeparator()
        for name in ("players-larger", "players-smaller", "players-reset"):
            self.text_menu.addAction(self.actions_by_name[name])
        self.view_menu.addSeparator()
        for dock in self.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.actions_by_name["players"])
        self.view_menu.addAction(self.actions_by_name["reset-layout"])
        self.language_menu = menus.addMenu("")
        for code in LANGUAGES:
            self.language_menu.addAction(self.actions_by_name[f"language-{code}"])
        self.help_menu = menus.addMenu("")
        self.help_menu.addAction(self.actions_by_name["shortcuts"])

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
        menus = (self.file_menu, self.exercise_menu, self.go_menu, self.text_menu, self.view_menu)
        seen: list[QAction] = []
        for menu in (*menus, self.help_menu):
            seen += [a for a in menu.actions() if not a.isSeparator() and a not in seen]
        return seen

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
        self._place_docks()
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

    def save_layout(self) -> None:
        settings = console_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState(STATE_VERSION))

    def restore_layout(self) -> bool:
        settings = console_settings()
        geometry, state = settings.value("geometry"), settings.value("state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        restored = isinstance(state, QByteArray) and self.restoreState(state, STATE_VERSION)
        self._proportions_pending = not restored
        return restored

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        title = self.scenario.meta.title.get(current_language())
        self.setWindowTitle(self.tr("%1 — facilitator's console").replace("%1", title))
        self.docks["services"].setWindowTitle(self.tr("Public services"))
        self.docks["chart"].setWindowTitle(self.tr("Service levels over time"))
        self.docks["injects"].setWindowTitle(self.tr("Chronogramme"))
        self.docks["decisions"].setWindowTitle(self.tr("Decisions"))
        self.docks["log"].setWindowTitle(self.tr("Crisis log"))
        self.docks["reactions"].setWindowTitle(self.tr("Expected reactions"))
        self.actions_by_name["next-inject"].setText(self.tr("Next inject"))
        self.actions_by_name["next-inject"].setToolTip(
            self.tr("Move the clock to the next planned inject and deliver it (Ctrl+J)")
        )
        self.actions_by_name["note"].setText(self.tr("Write a note"))
        self.file_menu.setTitle(self.tr("&File"))
        self.exercise_menu.setTitle(self.tr("&Exercise"))
        self.go_menu.setTitle(self.tr("&Go to"))
        self.text_menu.setTitle(self.tr("&Text size"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            "focus-graph": self.tr("Service graph"),
            "focus-injects": self.tr("Chronogramme"),
            "focus-decisions": self.tr("Decisions"),
            "focus-log": self.tr("Crisis log"),
            "focus-services": self.tr("Public services"),
            "focus-reactions": self.tr("Expected reactions"),
            "text-larger": self.tr("Larger text (console)"),
            "text-smaller": self.tr("Smaller text (console)"),
            "text-reset": self.tr("Normal text size (console)"),
            "players-larger": self.tr("Larger text (players' screen)"),
            "players-smaller": self.tr("Smaller text (players' screen)"),
            "players-reset": self.tr("Normal text size (players' screen)"),
            "shortcuts": self.tr("Keyboard shortcuts"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.actions_by_name["players"].setText(self.tr("Players' screen"))
        self.actions_by_name["reset-layout"].setText(self.tr("Reset the layout"))
        self.actions_by_name["quit"].setText(self.tr("&Quit"))
        self.actions_by_name["debrief"].setText(self.tr("&Debrief…"))
        self.speed.setToolTip(self.tr("Game speed: game time per real second"))
        self.clock.setToolTip(self.tr("Game time (J+day and time)"))
        for code in LANGUAGES:
            self.actions_by_name[f"language-{code}"].setChecked(code == current_language())
        self.actions_by_name["finex"].setText(self.tr("FINEX"))
        self.actions_by_name["finex"].setToolTip(self.tr("End the exercise"))
        self.real_time.setToolTip(self.tr("Real time since the session opened"))
        self._retranslate_play(self.driver.running)
        self._on_advanced(self.driver.source.now)

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
        self.driver.shutdown()
        self.save_layout()
        self.players.close()
        event.accept()
