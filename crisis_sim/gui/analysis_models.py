"""The analyses of the scenario as three tables, in plain words and in the current language.

- ``WeakPointsModel``: the single points of failure, most critical first: what fails, how
  many services it stops, the residents they serve, how soon the first one stops.
- ``RestorationStepsModel``: the restoration plan in the order work starts, who does it and
  when each node is back, with why it waited.
- ``ServiceReturnsModel``: when each service serves again and is fully back, and when it
  passes its maximum tolerable downtime first.

Each model is empty until ``show`` gives it an analysis (and again after ``show(None)``): a
cancelled or failed analysis shows nothing. Times in the ranking are durations after the
failure; times in the plan are game times (``J+1 04:00``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from crisis_sim.core.analysis import NodeCriticality, Restoration, ServiceReturn
from crisis_sim.core.analysis.overview import ScenarioAnalysis
from crisis_sim.core.analysis.report_analysis import mtd_passed_at
from crisis_sim.core.gametime import format_duration, format_game_time
from crisis_sim.gui.describe import node_name
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.table_model import RowsTableModel

translate = QCoreApplication.translate
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NONE = "—"
SHOWN_HITS = 2  # services named in the ranking's last column


def criticality_label(value: str | None) -> str:
    labels = {
        "vital": translate("AnalysisModels", "vital"),
        "high": translate("AnalysisModels", "high"),
        "medium": translate("AnalysisModels", "medium"),
        "low": translate("AnalysisModels", "low"),
    }
    return labels.get(value or "", NONE)


def people(count: int) -> str:
    return QLocale(current_language()).toString(count)


class AnalysisModel(RowsTableModel):
    """Rows of one part of an analysis; none until ``show``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.analysis: ScenarioAnalysis | None = None
        self._rows: tuple[Any, ...] = ()

    def show(self, analysis: ScenarioAnalysis | None) -> None:
        self.beginResetModel()
        self.analysis = analysis
        self._rows = () if analysis is None else self.rows_of(analysis)
        self.endResetModel()

    def rows_of(self, analysis: ScenarioAnalysis) -> tuple[Any, ...]:
        raise NotImplementedError

    def row_count(self) -> int:
        return len(self._rows)

    def name(self, node_id: str) -> str:
        assert self.analysis is not None  # rows exist only with an analysis
        return node_name(self.analysis.scenario, node_id)

    def game_time(self, t: int | None) -> str:
        assert self.analysis is not None
        if t is None:
            return translate("AnalysisModels", "never")
        return format_game_time(t, self.analysis.scenario.meta.t0)


# --- single points of failure ---------------------------------------------------------------

RANK, NODE, STOPPED, RESIDENTS, FIRST_STOP, HIT = range(6)


class WeakPointsModel(AnalysisModel):
    columns = HIT + 1

    def rows_of(self, analysis: ScenarioAnalysis) -> tuple[NodeCriticality, ...]:
        return analysis.single_points_of_failure

    def entry(self, row: int) -> NodeCriticality:
        return self._rows[row]

    def headers(self) -> dict[int, str]:
        return {
            RANK: self.tr("#"),
            NODE: self.tr("If this fails"),
            STOPPED: self.tr("Services stopped"),
            RESIDENTS: self.tr("Residents affected"),
            FIRST_STOP: self.tr("First stop after"),
            HIT: self.tr("Services hit"),
        }

    def cell(self, row: int, column: int, role: int) -> Any:
        entry = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == HIT:
            return "\n".join(self._hit_lines(entry))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, STOPPED, RESIDENTS):
            return RIGHT
        return None

    def _text(self, row: int, entry: NodeCriticality, column: int) -> str:
        if column == RANK:
            return str(row + 1)
        if column == NODE:
            return self.name(entry.node)
        if column == STOPPED:
            return str(len(entry.lost))
        if column == RESIDENTS:
            return people(entry.people_lost)
        if column == FIRST_STOP:
            return self._delay(entry.first_loss)
        return self._hit_summary(entry)

    def _hit_summary(self, entry: NodeCriticality) -> str:
        """The first services hit by name, then how many more: the tooltip lists them all."""
        names = [self.name(hit.function) for hit in entry.hits[:SHOWN_HITS]]
        more = len(entry.hits) - len(names)
        if more:
            names.append(self.tr("%1 more").replace("%1", str(more)))
        return ", ".join(names)

    def _delay(self, seconds: int | None) -> str:
        if seconds is None:
            return NONE
        return self.tr("at once") if seconds == 0 else format_duration(seconds)

    def _hit_lines(self, entry: NodeCriticality) -> list[str]:
        """Each service hit: stopped or only degraded, and after how long."""
        lines = []
        for hit in entry.hits:
            text = self.tr("stopped after %1") if hit.lost else self.tr("degraded after %1")
            delay = self._delay(hit.down_at if hit.lost else hit.hit_at)
            lines.append(f"{self.name(hit.function)}: {text.replace('%1', delay)}")
        return lines


# --- the restoration plan -------------------------------------------------------------------

ORDER, START, BACK, PERSON, RESTORED, NOTES = range(6)


class RestorationStepsModel(AnalysisModel):
    columns = NOTES + 1

    def rows_of(self, analysis: ScenarioAnalysis) -> tuple[Restoration, ...]:
        return analysis.plan.steps

    def step(self, row: int) -> Restoration:
        return self._rows[row]

    def headers(self) -> dict[int, str]:
        return {
            ORDER: self.tr("#"),
            START: self.tr("Starts"),
            BACK: self.tr("Back at"),
            PERSON: self.tr("IT staff member"),
            RESTORED: self.tr("What is restored"),
            NOTES: self.tr("Notes"),
        }

    def cell(self, row: int, column: int, role: int) -> Any:
        step = self._rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ORDER, PERSON):
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ORDER: lambda: str(row + 1),
            START: lambda: self.game_time(step.start),
            BACK: lambda: self.game_time(step.end),
            PERSON: lambda: str(step.staff),
            RESTORED: lambda: self.name(step.node),
            NOTES: lambda: "; ".join(self.notes(step)),
        }[column]()

    def notes(self, step: Restoration) -> list[str]:
        """Why it did not start at once, and what may go wrong (as ``crisis-sim analyse``)."""
        notes = []
        ready = self.game_time(step.ready_at)
        waited = self.name(step.waited_for) if step.waited_for else ""
        if step.cycle:
            notes.append(self.tr("started before what it needs was back (they wait on it)"))
        elif waited and step.ready_at == step.start:
            notes.append(self.tr("waited for “%1”").replace("%1", waited))
        elif waited:
            text = self.tr("ready at %1 after “%2”, staff busy")
            notes.append(text.replace("%1", ready).replace("%2", waited))
        elif step.ready_at != step.start:
            notes.append(self.tr("ready at %1, staff busy").replace("%1", ready))
        if step.risk:
            notes.append(self.tr("untested backup: the restore may fail"))
        return notes


# --- when the services come back ------------------------------------------------------------

SERVICE, CRITICALITY, SERVES, WORKING, OPERATIONAL, TOLERABLE, PASSED = range(7)


class ServiceReturnsModel(AnalysisModel):
    columns = PASSED + 1

    def rows_of(self, analysis: ScenarioAnalysis) -> tuple[ServiceReturn, ...]:
        return analysis.plan.services

    def service(self, row: int) -> ServiceReturn:
        return self._rows[row]

    def headers(self) -> dict[int, str]:
        return {
            SERVICE: self.tr("Service"),
            CRITICALITY: self.tr("Criticality"),
            SERVES: self.tr("Residents served"),
            WORKING: self.tr("Serves again at"),
            OPERATIONAL: self.tr("Fully back at"),
            TOLERABLE: self.tr("Tolerable downtime"),
            PASSED: self.tr("Passed at"),
        }

    def cell(self, row: int, column: int, role: int) -> Any:
        back = self._rows[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SERVES:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == PASSED and self._passed(back):
            return self.tr("Still down when its maximum tolerable downtime ran out")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SERVICE: lambda: self.name(back.function),
            CRITICALITY: lambda: criticality_label(back.criticality),
            SERVES: lambda: people(back.serves),
            WORKING: lambda: self.game_time(back.working_at),
            OPERATIONAL: lambda: self.game_time(back.operational_at),
            TOLERABLE: lambda: format_duration(back.mtd) if back.mtd is not None else NONE,
            PASSED: lambda: self._passed_text(back),
        }[column]()

    def _passed(self, back: ServiceReturn) -> int | None:
        assert self.analysis is not None
        return mtd_passed_at(back, self.analysis.incident)

    def _passed_text(self, back: ServiceReturn) -> str:
        passed = self._passed(back)
        return NONE if passed is None else "⚠ " + self.game_time(passed)
