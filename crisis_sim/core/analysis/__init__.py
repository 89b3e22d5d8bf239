"""Analyses over the outage simulation: pure, deterministic, Qt-free.

- impact.py: the impacted set of a failure (which nodes go degraded or down, and when);
- criticality.py: single points of failure and the criticality ranking (one cascade per node);
- mtd.py: when each function passes its maximum tolerable downtime in a run;
- damage.py, outage.py, restoration.py: what an incident broke, and a restoration plan for
  a number of IT staff;
- report_simulation.py, report_analysis.py: the same as plain data (JSON) and as text.

Long analyses take ``progress(done, total)`` and ``cancelled()`` (control.py).
"""

from crisis_sim.core.analysis.control import AnalysisCancelledError, CancelCheck, Progress
from crisis_sim.core.analysis.criticality import (
    FunctionHit,
    NodeCriticality,
    criticality_ranking,
    single_points_of_failure,
)
from crisis_sim.core.analysis.damage import Damage, damage_in_run, damage_of_failures
from crisis_sim.core.analysis.impact import Impact, NodeImpact, impact_of, quiet
from crisis_sim.core.analysis.mtd import MtdCheck, mtd_breaches, mtd_checks
from crisis_sim.core.analysis.restoration import (
    Blocked,
    Restoration,
    RestorationPlan,
    ServiceReturn,
    restoration_plan,
)

__all__ = [
    "AnalysisCancelledError",
    "Blocked",
    "CancelCheck",
    "Damage",
    "FunctionHit",
    "Impact",
    "MtdCheck",
    "NodeCriticality",
    "NodeImpact",
    "Progress",
    "Restoration",
    "RestorationPlan",
    "ServiceReturn",
    "criticality_ranking",
    "damage_in_run",
    "damage_of_failures",
    "impact_of",
    "mtd_breaches",
    "mtd_checks",
    "quiet",
    "restoration_plan",
    "single_points_of_failure",
]
