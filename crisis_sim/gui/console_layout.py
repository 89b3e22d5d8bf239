"""Where the console's parts sit: the docks, their first arrangement, and its memory.

The service graph is the central widget; every other part is a dock the facilitator can
move, stack, float or close. (Without a central widget, Qt shifts the dock separators by a
few pixels at every relayout, and the clock relays out the window while it plays.) The
arrangement is saved with QSettings when the window closes and restored when it opens.

Dock titles keep the window's translation context ("MainWindow"), where they were first
written, so their translations stay where translators left them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

SETTINGS_ORG = "crisis-sim"
SETTINGS_APP = "console"
STATE_VERSION = 1

translate = QCoreApplication.translate


def console_settings() -> QSettings:
    """The console's settings, in the default format (tests point it at a temporary folder)."""
    scope = QSettings.Scope.UserScope
    return QSettings(QSettings.defaultFormat(), scope, SETTINGS_ORG, SETTINGS_APP)


def make_dock(window: QMainWindow, name: str, widget: QWidget) -> QDockWidget:
    dock = QDockWidget(window)
    dock.setObjectName(f"dock-{name}")  # saveState finds docks by object name
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    return dock


def place_docks(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """The first arrangement: the board and the chart under the graph, the chronogramme and
    the log (with decisions and reactions as tabs) on the right."""
    window.setDockNestingEnabled(True)
    area = Qt.DockWidgetArea
    # The right-hand column (chronogramme, log) runs the window's whole height.
    window.setCorner(Qt.Corner.TopRightCorner, area.RightDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)
    window.addDockWidget(area.BottomDockWidgetArea, docks["services"])
    window.addDockWidget(area.BottomDockWidgetArea, docks["chart"])
    window.splitDockWidget(docks["services"], docks["chart"], Qt.Orientation.Horizontal)
    window.addDockWidget(area.RightDockWidgetArea, docks["injects"])
    window.addDockWidget(area.RightDockWidgetArea, docks["log"])
    window.splitDockWidget(docks["injects"], docks["log"], Qt.Orientation.Vertical)
    window.tabifyDockWidget(docks["log"], docks["decisions"])
    window.tabifyDockWidget(docks["log"], docks["reactions"])
    docks["log"].raise_()


def apply_proportions(window: QMainWindow, docks: Mapping[str, QDockWidget]) -> None:
    """The graph keeps most of the room; the board and chart share the bottom, the
    chronogramme and the log a third of the width on the right."""
    height, width = window.height(), window.width()
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    window.resizeDocks([docks["services"]], [height * 40 // 100], vertical)
    # The board a little wider than the chart: its service names need the room, and the
    # chart's caption still fits on one line on a 1920-pixel screen.
    board, chart = width * 41 // 100, width * 25 // 100
    window.resizeDocks([docks["services"], docks["chart"]], [board, chart], horizontal)
    window.resizeDocks([docks["injects"]], [width * 34 // 100], horizontal)
    window.resizeDocks([docks["injects"], docks["log"]], [height * 45 // 100] * 2, vertical)


def save_layout(window: QMainWindow) -> None:
    settings = console_settings()
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("state", window.saveState(STATE_VERSION))


def restore_layout(window: QMainWindow) -> bool:
    """The arrangement saved last time, if any; False if the window keeps its first one."""
    settings = console_settings()
    geometry, state = settings.value("geometry"), settings.value("state")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    return isinstance(state, QByteArray) and window.restoreState(state, STATE_VERSION)


def retitle_docks(docks: Mapping[str, QDockWidget]) -> None:
    titles = {
        "services": translate("MainWindow", "Public services"),
        "chart": translate("MainWindow", "Service levels over time"),
        "injects": translate("MainWindow", "Chronogramme"),
        "decisions": translate("MainWindow", "Decisions"),
        "log": translate("MainWindow", "Crisis log"),
        "reactions": translate("MainWindow", "Expected reactions"),
    }
    for name, title in titles.items():
        docks[name].setWindowTitle(title)
