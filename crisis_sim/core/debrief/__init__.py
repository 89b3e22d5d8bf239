"""The debrief: findings, ranked recommendations and an editable action plan (Qt-free).

A pure function of a session: ``build_debrief(session)`` or ``open_debrief(path)``. The
action plan is a draft until someone edits it; ``save_plan`` keeps it beside the session file.
"""

from crisis_sim.core.debrief.action_plan import (
    Action,
    ActionPlan,
    ActionPlanError,
    ActionStatus,
    draft_plan,
)
from crisis_sim.core.debrief.debrief import (
    Debrief,
    OpenedDebrief,
    build_debrief,
    compute_findings,
    open_debrief,
)
from crisis_sim.core.debrief.model import Finding, FindingKind, RecommendationLink, Severity
from crisis_sim.core.debrief.plan_store import load_plan, plan_path, save_plan
from crisis_sim.core.debrief.recommendations import (
    RankedRecommendation,
    UnknownRecommendationError,
)

__all__ = [
    "Action",
    "ActionPlan",
    "ActionPlanError",
    "ActionStatus",
    "Debrief",
    "Finding",
    "FindingKind",
    "OpenedDebrief",
    "RankedRecommendation",
    "RecommendationLink",
    "Severity",
    "UnknownRecommendationError",
    "build_debrief",
    "compute_findings",
    "draft_plan",
    "load_plan",
    "open_debrief",
    "plan_path",
    "save_plan",
]
