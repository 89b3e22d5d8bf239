"""Starting the desktop program: ``run_gui(scenario_path)``.

Opens the facilitator's console on a new exercise session of a scenario (the bundled Angers
one by default), journaled under the user's data folder (``crisis_sim.core.exercise.store``).
A scenario with problems shows them, each with its line, in a dialog, and the program ends
with status 1 instead of crashing.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.store import create_session, new_session_path, resume_session
from crisis_sim.core.problems import Location, Problem, Severity
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import SimulationError
from crisis_sim.core.words import Words
from crisis_sim.gui import dialogs
from crisis_sim.gui.console import Console, build_console
from crisis_sim.gui.i18n import set_language, system_language
from crisis_sim.gui.resume import interrupted_session, resume_question
from crisis_sim.gui.session_driver import DEFAULT_SPEED

DEFAULT_SCENARIO = "angers-2021"


def application() -> QApplication:
    """The process's QApplication (a second one would abort), made if needed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("crisis-sim")
        app.setOrganizationName("crisis-sim")
    assert isinstance(app, QApplication)
    return app


def open_console(scenario_path: Path | str | None = None) -> Console | None:
    """Load the scenario and build its console; None (after showing why) if it cannot."""
    path = resolve(str(scenario_path or DEFAULT_SCENARIO)).path
    result = load_scenario(path)
    if result.scenario is None:
        dialogs.show_problems(path, result.problems)
        return None
    return _build_or_explain(path, result.scenario)


def _build_or_explain(path: Path, scenario: Scenario) -> Console | None:
    try:
        session = _resumed(scenario) or _new_session(scenario)
        return build_console(session.scenario, session)
    except (SimulationError, ExerciseError, OSError) as error:
        # e.g. a graph the engine cannot compile, a data folder that cannot be written
        reason = getattr(error, "reason", None)  # an ExerciseError words it in both languages
        french = reason.fr if isinstance(reason, Words) else ""
        problem = Problem(Severity.ERROR, "session", str(error), Location(str(path)), "", french)
        dialogs.show_problems(path, [problem])
        return None


def _new_session(scenario: Scenario) -> Session:
    session_path = new_session_path(scenario.id)
    session_path.parent.mkdir(parents=True, exist_ok=True)
    return create_session(scenario, session_path, speed=DEFAULT_SPEED)


def _resumed(scenario: Scenario) -> Session | None:
    """The interrupted exercise of this scenario, if there is one and the user wants it back;
    it comes back paused, wherever its clock was."""
    path = interrupted_session(scenario)
    title = QCoreApplication.translate("Resume", "Resume the exercise?")
    if path is None or not dialogs.ask(None, title, resume_question(path)):
        return None
    return resume_session(path).session


def run_gui(scenario_path: Path | str | None = None) -> int:
    """Open the console on ``scenario_path`` (default: the bundled Angers scenario).

    Returns the process exit status: 0 after a normal close, 1 if the scenario has errors.
    """
    app = application()
    set_language(system_language())
    console = open_console(scenario_path)
    if console is None:
        return 1
    freeze_startup_objects()
    console.window.show()
    return app.exec()


def freeze_startup_objects() -> None:
    """Keep the garbage collector's full passes off what lives for the whole session.

    The scenario, the compiled graph, the widgets and their models are hundreds of
    thousands of objects on a large scenario; a full collection walked them all, in the
    middle of a frame (190 ms on 2,000 nodes while playing). Frozen, they are never
    walked again; what the exercise makes afterwards still is."""
    gc.collect()
    gc.freeze()
