"""GUI tests run headless: the offscreen platform is set before Qt is imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# --- fixtures added for the console's tests ----------------------------------------------------

from pathlib import Path

import pytest
from scenario_gui import GUI_SCENARIO


@pytest.fixture
def gui_scenario_path(tmp_path: Path) -> Path:
    path = tmp_path / "gui-mairie.yaml"
    path.write_text(GUI_SCENARIO, encoding="utf-8")
    return path


@pytest.fixture
def gui_scenario(gui_scenario_path: Path):
    from crisis_sim.core.scenario.loader import load_scenario

    result = load_scenario(gui_scenario_path)
    assert result.scenario is not None, [p.render() for p in result.problems]
    return result.scenario


@pytest.fixture
def sim(gui_scenario):
    from crisis_sim.core.sim import Simulation

    return Simulation(gui_scenario)


@pytest.fixture
def english(qapp):
    """Run in English, and leave the process in English for the next test."""
    from crisis_sim.gui.i18n import set_language

    assert set_language("en")
    yield
    set_language("en")


@pytest.fixture
def settings_in_tmp(tmp_path: Path, monkeypatch):
    """QSettings written under the test's temporary folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    return tmp_path


@pytest.fixture
def data_in_tmp(tmp_path: Path, monkeypatch) -> Path:
    """Session journals written under the test's temporary folder, never the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CRISIS_SIM_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def shown_console(qtbot, monkeypatch):
    """Builds and shows consoles: ``shown_console(scenario, session=None, size=..., focus=...)``.

    Closing a window mid-exercise asks first, and a modal box would hang a test: the answer
    is yes. With ``focus`` the window is made active and waited for, so key presses reach it.
    """
    from crisis_sim.gui import dialogs
    from crisis_sim.gui.console import build_console

    monkeypatch.setattr(dialogs, "ask", lambda *args: True)

    def show(scenario, session=None, size=(1280, 800), focus=False):
        built = build_console(scenario, session)
        qtbot.addWidget(built.window)
        qtbot.addWidget(built.players)
        built.window.resize(*size)
        built.window.show()
        if focus:
            built.window.activateWindow()
            qtbot.waitExposed(built.window)
        return built

    return show
