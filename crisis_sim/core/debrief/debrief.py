"""``build_debrief``: everything the debrief says about one session, as plain data.

A pure function of the session (its scenario and its record): the same session file gives the
same debrief, byte for byte once exported. Findings come out most serious first, then in the
order of play; what went well comes last.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crisis_sim.core.debrief.action_plan import ActionPlan, draft_plan
from crisis_sim.core.debrief.chronology import (
    DecisionRow,
    StimulusRow,
    decision_rows,
    stimulus_rows,
)
from crisis_sim.core.debrief.decisions import decision_findings
from crisis_sim.core.debrief.exposure import exposure_findings
from crisis_sim.core.debrief.fallbacks import fallback_findings
from crisis_sim.core.debrief.guide import Step, Theme, hot_debrief, questionnaire
from crisis_sim.core.debrief.levels import Figures, Lane, figures, lanes
from crisis_sim.core.debrief.model import Finding, Severity
from crisis_sim.core.debrief.objectives import objective_findings
from crisis_sim.core.debrief.plan_store import load_plan
from crisis_sim.core.debrief.reactions import reaction_findings
from crisis_sim.core.debrief.recommendations import RankedRecommendation, rank_recommendations
from crisis_sim.core.debrief.record import SessionRecord
from crisis_sim.core.debrief.services import mtd_findings
from crisis_sim.core.exercise.clock import ClockState
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.store import open_session
from crisis_sim.core.scenario.model import Scenario

_ORDER = {Severity.CRITICAL: 0, Severity.MAJOR: 1, Severity.MINOR: 2, Severity.POSITIVE: 3}


@dataclass(frozen=True)
class Debrief:
    scenario: Scenario
    end: int  # game time of FINEX, or where play stopped
    finished: bool  # FINEX was called
    findings: tuple[Finding, ...]
    recommendations: tuple[RankedRecommendation, ...]
    stimuli: tuple[StimulusRow, ...]
    decisions: tuple[DecisionRow, ...]
    lanes: tuple[Lane, ...]
    figures: Figures
    hot_debrief: tuple[Step, ...]
    questionnaire: tuple[Theme, ...]

    @property
    def to_improve(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.positive)

    @property
    def went_well(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.positive)

    def finding(self, finding_id: str) -> Finding:
        for finding in self.findings:
            if finding.id == finding_id:
                return finding
        raise KeyError(finding_id)

    def draft_plan(self) -> ActionPlan:
        return draft_plan(self.scenario, self.recommendations)


def compute_findings(session: Session) -> list[Finding]:
    """Every finding of the session, most serious first, then in the order of play."""
    record = SessionRecord(session)
    return _sorted(_all_findings(record))


def _all_findings(record: SessionRecord) -> list[Finding]:
    return [
        *reaction_findings(record),
        *mtd_findings(record),
        *fallback_findings(record),
        *exposure_findings(record),
        *decision_findings(record),
        *objective_findings(record),
    ]


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (_ORDER[f.severity], min(f.times, default=0), f.id))


def build_debrief(session: Session) -> Debrief:
    record = SessionRecord(session)
    findings = _sorted(_all_findings(record))
    all_lanes = lanes(record)
    return Debrief(
        scenario=session.scenario,
        end=record.end,
        finished=session.state is ClockState.FINISHED,
        findings=tuple(findings),
        recommendations=tuple(rank_recommendations(findings)),
        stimuli=tuple(stimulus_rows(record)),
        decisions=tuple(decision_rows(record)),
        lanes=tuple(all_lanes),
        figures=figures(record, all_lanes),
        hot_debrief=hot_debrief(findings),
        questionnaire=questionnaire(),
    )


@dataclass(frozen=True)
class OpenedDebrief:
    """A session file's debrief, with its action plan: the saved one, or else the draft."""

    path: Path
    session: Session
    debrief: Debrief
    plan: ActionPlan
    plan_saved: bool
    warnings: tuple[str, ...] = ()


def open_debrief(path: Path) -> OpenedDebrief:
    """Replay a session file read-only and debrief it. Raises JournalError or ActionPlanError."""
    opened = open_session(Path(path))
    debrief = build_debrief(opened.session)
    saved = load_plan(Path(path))
    plan = saved if saved is not None else debrief.draft_plan()
    return OpenedDebrief(
        Path(path), opened.session, debrief, plan, saved is not None, tuple(opened.warnings)
    )
