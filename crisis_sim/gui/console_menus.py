"""The console's actions, its clock toolbar and its menus: which actions exist, their keys,
their texts and where they show. What each action does belongs to the window, which passes
its handlers by action name.

The texts keep the window's translation context ("MainWindow"), where they were first
written, so their translations stay where translators left them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from crisis_sim.gui.i18n import LANGUAGES, current_language

translate = QCoreApplication.translate

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language, never translated
# Where each "go to" shortcut puts the keyboard: the dock's main list or table.
FOCUS = {
    "injects": ("table", "Ctrl+1"),
    "decisions": ("list", "Ctrl+2"),
    "log": ("table", "Ctrl+3"),
    "services": ("table", "Ctrl+4"),
    "reactions": ("table", "Ctrl+5"),
}
# Each action's keys (several for one action: a tuple), in the order the actions are made.
KEYS: dict[str, Any] = {
    "play": Qt.Key.Key_Space,
    "finex": None,
    "next-inject": "Ctrl+J",
    "note": "Ctrl+N",
    "players": Qt.Key.Key_F5,
    "reset-layout": None,
    "focus-graph": "Ctrl+G",
    **{f"focus-{name}": keys for name, (_, keys) in FOCUS.items()},
    "text-larger": ("Ctrl++", "Ctrl+="),
    "text-smaller": "Ctrl+-",
    "text-reset": "Ctrl+0",
    "players-larger": "Ctrl+Alt++",
    "players-smaller": "Ctrl+Alt+-",
    "players-reset": "Ctrl+Alt+0",
    "shortcuts": QKeySequence.StandardKey.HelpContents,
    "debrief": None,
    "analyse": "Ctrl+Shift+A",
    "quit": QKeySequence.StandardKey.Quit,
}
CHECKABLE = {"players"}


class ConsoleMenus:
    """The window's actions by name (``actions``), its menus and its clock toolbar."""

    def __init__(
        self,
        window: QMainWindow,
        handlers: Mapping[str, Callable[..., Any]],
        docks: Mapping[str, QDockWidget],
    ) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        for name, keys in KEYS.items():
            self._action(name, handlers[name], keys)
        self._language_actions(handlers["language"])
        self.menus: dict[str, QMenu] = {}
        self._build_menus(docks)

    def _action(self, name: str, slot: Callable[..., Any], keys: Any) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if isinstance(keys, tuple):
            action.setShortcuts([QKeySequence(key) for key in keys])
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setCheckable(name in CHECKABLE)
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work even when no menu shows the action
        self.actions[name] = action
        return action

    def _language_actions(self, slot: Callable[..., Any]) -> None:
        group = QActionGroup(self.window)  # one language checked at a time
        for code in LANGUAGES:
            action = self._action(f"language-{code}", slot, None)
            action.setText(LANGUAGE_NAMES[code])
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            group.addAction(action)

    def _menu(self, key: str, parent: Any, names: tuple[str, ...] = ()) -> QMenu:
        menu = parent.addMenu("")
        for name in names:
            menu.addAction(self.actions[name])
        self.menus[key] = menu
        return menu

    def _build_menus(self, docks: Mapping[str, QDockWidget]) -> None:
        bar = self.window.menuBar()
        file = self._menu("file", bar, ("debrief",))
        file.addSeparator()
        file.addAction(self.actions["quit"])
        self._menu("exercise", bar, ("play", "next-inject", "note", "finex"))
        self._menu("simulation", bar, ("analyse",))
        view = self._menu("view", bar)
        focus = ("focus-graph", *(f"focus-{name}" for name in FOCUS))
        self._menu("go", view, focus)
        text = self._menu("text", view, ("text-larger", "text-smaller", "text-reset"))
        text.addSeparator()
        for name in ("players-larger", "players-smaller", "players-reset"):
            text.addAction(self.actions[name])
        view.addSeparator()
        for dock in docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addAction(self.actions["players"])
        view.addAction(self.actions["reset-layout"])
        self._menu("language", bar, tuple(f"language-{code}" for code in LANGUAGES))
        self._menu("help", bar, ("shortcuts",))

    def build_toolbar(self, speed: QWidget, clock: QWidget, real_time: QWidget) -> QToolBar:
        """The clock bar: start and pause, speed, game and real time, next inject, FINEX,
        the players' screen."""
        bar = QToolBar(self.window)
        bar.setObjectName("toolbar-clock")
        bar.addAction(self.actions["play"])
        bar.addWidget(speed)
        bar.addSeparator()
        bar.addWidget(clock)
        bar.addWidget(real_time)
        bar.addSeparator()
        bar.addAction(self.actions["next-inject"])
        bar.addAction(self.actions["finex"])
        bar.addSeparator()
        bar.addAction(self.actions["players"])
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def shortcut_actions(self) -> list[QAction]:
        """The actions the shortcuts dialog lists, in the menus' order."""
        seen: list[QAction] = []
        for key in ("file", "exercise", "simulation", "go", "text", "view", "help"):
            seen += [a for a in self.menus[key].actions() if not a.isSeparator() and a not in seen]
        return seen

    def retranslate(self) -> None:
        titles = {
            "file": translate("MainWindow", "&File"),
            "exercise": translate("MainWindow", "&Exercise"),
            "simulation": translate("MainWindow", "&Simulation"),
            "go": translate("MainWindow", "&Go to"),
            "text": translate("MainWindow", "&Text size"),
            "view": translate("MainWindow", "&View"),
            "language": translate("MainWindow", "&Language"),
            "help": translate("MainWindow", "&Help"),
        }
        for key, title in titles.items():
            self.menus[key].setTitle(title)
        for name, text in self._texts().items():
            self.actions[name].setText(text)
        self.actions["next-inject"].setToolTip(
            translate(
                "MainWindow", "Move the clock to the next planned inject and deliver it (Ctrl+J)"
            )
        )
        self.actions["finex"].setToolTip(translate("MainWindow", "End the exercise"))
        self.actions["analyse"].setToolTip(
            translate(
                "MainWindow",
                "Single points of failure and the restoration plan after the attack (Ctrl+Shift+A)",
            )
        )
        for code in LANGUAGES:
            self.actions[f"language-{code}"].setChecked(code == current_language())

    def _texts(self) -> dict[str, str]:
        """Every action's text but the clock's (it says what the clock would do)."""
        return {
            "next-inject": translate("MainWindow", "Next inject"),
            "note": translate("MainWindow", "Write a note"),
            "focus-graph": translate("MainWindow", "Service graph"),
            "focus-injects": translate("MainWindow", "Chronogramme"),
            "focus-decisions": translate("MainWindow", "Decisions"),
            "focus-log": translate("MainWindow", "Crisis log"),
            "focus-services": translate("MainWindow", "Public services"),
            "focus-reactions": translate("MainWindow", "Expected reactions"),
            "text-larger": translate("MainWindow", "Larger text (console)"),
            "text-smaller": translate("MainWindow", "Smaller text (console)"),
            "text-reset": translate("MainWindow", "Normal text size (console)"),
            "players-larger": translate("MainWindow", "Larger text (players' screen)"),
            "players-smaller": translate("MainWindow", "Smaller text (players' screen)"),
            "players-reset": translate("MainWindow", "Normal text size (players' screen)"),
            "shortcuts": translate("MainWindow", "Keyboard shortcuts"),
            "players": translate("MainWindow", "Players' screen"),
            "reset-layout": translate("MainWindow", "Reset the layout"),
            "quit": translate("MainWindow", "&Quit"),
            "debrief": translate("MainWindow", "&Debrief…"),
            "finex": translate("MainWindow", "FINEX"),
            "analyse": translate("MainWindow", "&Analyse the graph…"),
        }
