"""Finding an exercise that stopped before FINEX (a crash, a closed laptop) to offer it back.

Session files are journals: the newest one of a scenario that has a DEBEX and no FINEX is
an interrupted exercise. Reading the journals costs nothing compared with replaying one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.journal import read_journal
from crisis_sim.core.exercise.store import SESSION_SUFFIX, sessions_dir
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.gui.i18n import current_language


def interrupted_session(scenario: Scenario) -> Path | None:
    """The newest session file of the scenario that started and never reached FINEX."""
    folder = sessions_dir()
    files = sorted(folder.glob(f"{scenario.id}-*{SESSION_SUFFIX}"), key=_modified, reverse=True)
    for path in files:
        try:
            commands = [entry.command for entry in read_journal(path).entries]
        except (ExerciseError, OSError):
            continue  # a damaged file is the CLI's business ("crisis-sim replay" says why)
        started = any(isinstance(command, c.Start) for command in commands)
        if started and not any(isinstance(command, c.Finex) for command in commands):
            return path
    return None


def resume_question(path: Path) -> str:
    when = QDateTime.fromSecsSinceEpoch(int(_modified(path)))
    saved = QLocale(current_language()).toString(when, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate(
        "Resume",
        "An exercise on this scenario stopped before FINEX (last saved %1). "
        "Resume it where it stopped?",
    ).replace("%1", saved)


def _modified(path: Path) -> float:
    return path.stat().st_mtime
