"""Starting the program: a valid scenario opens the console; a broken one lists its problems."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from scenario_gui import GUI_SCENARIO

from crisis_sim.gui import app, dialogs
from crisis_sim.gui.dialogs import ProblemsDialog, problem_lines

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp", "data_in_tmp")

BROKEN = GUI_SCENARIO.replace("kind: server,", "kind: serverz,").replace("mtd: 4h", "mtd: soon")


def line_of(fragment: str) -> int:
    return next(i for i, line in enumerate(BROKEN.splitlines(), 1) if fragment in line)


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch):
    """A modal question would hang a test: yes, unless a test says otherwise."""
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)


@pytest.fixture
def shown(monkeypatch):
    """Record what show_problems would have shown, instead of opening a modal dialog."""
    calls: list[tuple[Path, list]] = []
    monkeypatch.setattr(
        dialogs,
        "show_problems",
        lambda path, problems, parent=None: calls.append((path, list(problems))),
    )
    return calls


def test_broken_scenario_lists_its_problems_with_lines(tmp_path, shown, qapp):
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    assert app.open_console(path) is None
    [(shown_path, problems)] = shown
    assert shown_path == path
    lines = problem_lines(problems)
    assert any(line.startswith(f"line {line_of('serverz')} — error:") for line in lines)
    assert any("did you mean 'server'" in line for line in lines)
    assert any(line.startswith(f"line {line_of('soon')} — error:") for line in lines)


def test_missing_file_is_a_problem_not_a_crash(tmp_path, shown, qapp):
    assert app.open_console(tmp_path / "nowhere.yaml") is None
    assert "no such file" in shown[0][1][0].message


def test_problems_dialog_shows_every_line(tmp_path, qtbot, qapp):
    from crisis_sim.core.scenario.loader import load_scenario

    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    problems = load_scenario(path).problems
    dialog = ProblemsDialog(path, problems)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert text.count("— error:") == len(problems)
    assert f"line {line_of('serverz')} — error: nodes[1].kind: 'serverz'" in text


def test_valid_scenario_opens_the_console(gui_scenario_path, shown, qtbot):
    console = app.open_console(gui_scenario_path)
    assert console is not None
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    assert shown == []
    assert set(console.window.docks) == {
        "services",
        "chart",
        "injects",
        "decisions",
        "log",
        "reactions",
    }
    assert not console.driver.running
    console.driver.shutdown()


def test_the_console_journals_its_session(gui_scenario_path, data_in_tmp, shown, qtbot):
    from crisis_sim.core.exercise.store import open_session, sessions_dir

    console = app.open_console(gui_scenario_path)
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    console.driver.play()
    console.driver.advance_to(3600)
    console.driver.shutdown()
    [journal] = sessions_dir(data_in_tmp).glob("*.session.jsonl")
    assert open_session(journal).session.now == 3600


def test_run_gui_starts_and_closes_in_a_fresh_process(gui_scenario_path, data_in_tmp):
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(gui_scenario_path.parent)!r}
        )
        qapp = QApplication([])
        QTimer.singleShot(300, qapp.quit)
        from crisis_sim.gui.app import run_gui
        sys.exit(run_gui({str(gui_scenario_path)!r}))
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def _interrupt(path, qtbot) -> int:
    """Play a little, then stop as a crash would: the journal closed, no FINEX."""
    console = app.open_console(path)
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    console.driver.advance_to(5 * 3600)
    console.driver.session.close()
    return console.driver.session.now


def test_an_interrupted_exercise_is_offered_and_resumes_paused(
    gui_scenario_path, monkeypatch, qtbot, shown
):
    stopped_at = _interrupt(gui_scenario_path, qtbot)
    questions = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, q: questions.append(q) or True)
    console = app.open_console(gui_scenario_path)
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    assert "stopped before FINEX" in questions[0]
    assert console.driver.session.now == stopped_at
    assert console.driver.state.value == "paused"
    assert console.scene.items_by_id["san-principal"].status.value == "encrypted"
    console.driver.shutdown()


def test_declining_the_resume_starts_a_new_exercise(gui_scenario_path, monkeypatch, qtbot, shown):
    _interrupt(gui_scenario_path, qtbot)
    monkeypatch.setattr(dialogs, "ask", lambda *args: False)
    console = app.open_console(gui_scenario_path)
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    assert console.driver.session.now == 0
    assert console.driver.state.value == "ready"
    console.driver.shutdown()


def test_a_finished_exercise_is_not_offered(gui_scenario_path, monkeypatch, qtbot, shown):
    console = app.open_console(gui_scenario_path)
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    console.driver.advance_to(3600)
    console.driver.finex()
    console.driver.shutdown()
    monkeypatch.setattr(dialogs, "ask", lambda *args: pytest.fail("asked"))
    again = app.open_console(gui_scenario_path)
    qtbot.addWidget(again.window)
    qtbot.addWidget(again.players)
    again.driver.shutdown()
