"""Labels of the debrief report that depend on the core's values (severities, outcomes...)."""

from __future__ import annotations

from crisis_sim.core.debrief.action_plan import Action, ActionStatus
from crisis_sim.core.debrief.chronology import Outcome
from crisis_sim.core.debrief.model import Severity
from crisis_sim.core.gametime import DAY, format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_decisions import Practice
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.scenario_labels import name_of


def severity_label(severity: Severity) -> str:
    labels = {
        Severity.CRITICAL: translate("ExportReport", "Critical"),
        Severity.MAJOR: translate("ExportReport", "Major"),
        Severity.MINOR: translate("ExportReport", "To improve"),
        Severity.POSITIVE: translate("ExportReport", "Strength"),
    }
    return labels[severity]


def outcome_label(outcome: Outcome) -> str:
    labels = {
        Outcome.DELIVERED: translate("ExportReport", "played"),
        Outcome.SKIPPED: translate("ExportReport", "withdrawn"),
        Outcome.EXPIRED: translate("ExportReport", "not sent (condition not met)"),
        Outcome.NOT_PLAYED: translate("ExportReport", "not played"),
    }
    return labels[outcome]


def practice_label(practice: Practice | None) -> str:
    if practice is None:
        return translate("ExportReport", "in the players' own words")
    labels = {
        Practice.GOOD: translate("ExportReport", "good practice"),
        Practice.BAD: translate("ExportReport", "to avoid"),
        Practice.NEUTRAL: translate("ExportReport", "a choice"),
    }
    return labels[practice]


def status_label(status: ActionStatus) -> str:
    labels = {
        ActionStatus.TODO: translate("ExportReport", "to do"),
        ActionStatus.IN_PROGRESS: translate("ExportReport", "in progress"),
        ActionStatus.DONE: translate("ExportReport", "done"),
        ActionStatus.DROPPED: translate("ExportReport", "dropped"),
    }
    return labels[status]


def owner_text(scenario: Scenario, action: Action) -> str:
    if action.owner:
        return action.owner
    if action.owner_role:
        return translate("ExportReport", "{role} (suggested)").format(
            role=name_of(scenario, action.owner_role)
        )
    return translate("ExportReport", "to be named")


def due_text(action: Action) -> str:
    if action.due_date:
        return _date_text(action.due_date)
    return translate("ExportReport", "within {days} days").format(days=action.due_days)


def _date_text(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}" if current_language() == "fr" else iso


def when(scenario: Scenario, t: int) -> str:
    return format_game_time(t, scenario.meta.t0)


def day_ticks(scenario: Scenario, end: int) -> tuple[tuple[int, str], ...]:
    """A tick at each midnight of the exercise (and at DEBEX), labelled J+n."""
    t0 = scenario.meta.t0
    first_midnight = DAY - (t0.hour * 3600 + t0.minute * 60 + t0.second)
    ticks = [(0, when(scenario, 0))]
    t = first_midnight % DAY or DAY
    while t <= end:
        ticks.append((t, when(scenario, t).split()[0]))
        t += DAY
    return tuple(ticks)
