"""The criticality ranking and a restoration plan as plain data (``crisis-sim analyse --json``)
and as text.

Times in the ranking are durations after the failure (seconds); times in the plan are game
times (seconds since T0) with their ``J+n HH:MM`` label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crisis_sim.core.analysis.criticality import NodeCriticality
from crisis_sim.core.analysis.damage import Damage
from crisis_sim.core.analysis.mtd import outages
from crisis_sim.core.analysis.report_simulation import label
from crisis_sim.core.analysis.restoration import Restoration, RestorationPlan, ServiceReturn
from crisis_sim.core.gametime import format_duration
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import Simulation


@dataclass(frozen=True)
class Incident:
    """What the plan restores from: the attack played up to ``at``, or what-if failures."""

    kind: str  # "attack" or "failures"
    at: int
    damage: tuple[Damage, ...]
    down_since: Mapping[str, int]  # functions down at ``at``: since when, without a break


def incident_from_run(simulation: Simulation, kind: str, damage: list[Damage]) -> Incident:
    down_since = {}
    for node in simulation.scenario.functions:
        stretches = outages(simulation.timeline(node.id), simulation.now)
        if stretches and stretches[-1][2]:
            down_since[node.id] = stretches[-1][0]
    return Incident(kind, simulation.now, tuple(damage), down_since)


def analysis_report(
    scenario: Scenario,
    ranking: list[NodeCriticality],
    incident: Incident,
    plan: RestorationPlan,
) -> dict[str, Any]:
    return {
        "scenario": scenario.id,
        "nodes": len(scenario.nodes),
        "functions": len(scenario.functions),
        "single_points_of_failure": sum(entry.is_spof for entry in ranking),
        "ranking": [_ranked(entry) for entry in ranking],
        "incident": {
            "kind": incident.kind,
            "at": incident.at,
            "at_label": label(scenario, incident.at),
            "damage": [_damage(d) for d in incident.damage],
        },
        "plan": _plan(scenario, plan, incident),
    }


def _ranked(entry: NodeCriticality) -> dict[str, Any]:
    return {
        "node": entry.node,
        "kind": entry.kind.value,
        "spof": entry.is_spof,
        "worst_lost": entry.worst_lost.value if entry.worst_lost else None,
        "people_lost": entry.people_lost,
        "people_hit": entry.people_hit,
        "first_loss": entry.first_loss,
        "first_hit": entry.first_hit,
        "hits": [
            {
                "function": hit.function,
                "criticality": hit.criticality.value,
                "serves": hit.serves,
                "hit_at": hit.hit_at,
                "down_at": hit.down_at,
            }
            for hit in entry.hits
        ],
    }


def _damage(damage: Damage) -> dict[str, Any]:
    return {
        "node": damage.node,
        "status": damage.status.value,
        "down": damage.down,
        "restorable": damage.restorable,
        "refusal": damage.refusal,
        "risk": damage.risk,
    }


def _plan(scenario: Scenario, plan: RestorationPlan, incident: Incident) -> dict[str, Any]:
    return {
        "staff": plan.staff,
        "start": plan.start,
        "start_label": label(scenario, plan.start),
        "finished_at": plan.finished_at,
        "finished_label": label(scenario, plan.finished_at),
        "steps": [_step(scenario, step) for step in plan.steps],
        "services": [_service(scenario, back, incident) for back in plan.services],
        "blocked": [{"node": b.node, "reason": b.reason} for b in plan.blocked],
    }


def _step(scenario: Scenario, step: Restoration) -> dict[str, Any]:
    return {
        "node": step.node,
        "staff": step.staff,
        "start": step.start,
        "start_label": label(scenario, step.start),
        "end": step.end,
        "end_label": label(scenario, step.end),
        "ready_at": step.ready_at,
        "ready_label": label(scenario, step.ready_at),
        "waited_for": step.waited_for,
        "reason": step.reason,
        "risk": step.risk,
        "cycle": step.cycle,
    }


def mtd_passed_at(back: ServiceReturn, incident: Incident) -> int | None:
    """When the function passes its maximum tolerable downtime before the plan brings it
    back (counting from when it went down); None if it comes back in time or has no mtd."""
    down_since = incident.down_since.get(back.function)
    if down_since is None or back.mtd is None:
        return None
    limit = down_since + back.mtd
    return limit if back.working_at is None or back.working_at > limit else None


def _service(scenario: Scenario, back: ServiceReturn, incident: Incident) -> dict[str, Any]:
    down_since = incident.down_since.get(back.function)
    passed_at = mtd_passed_at(back, incident)
    return {
        "function": back.function,
        "criticality": back.criticality,
        "serves": back.serves,
        "mtd": back.mtd,
        "down_since": down_since,
        "working_at": back.working_at,
        "working_label": label(scenario, back.working_at),
        "operational_at": back.operational_at,
        "operational_label": label(scenario, back.operational_at),
        "mtd_passed_at": passed_at,
        "mtd_passed_label": label(scenario, passed_at),
    }


# --- as text -----------------------------------------------------------------------------------


def render_analysis(report: dict[str, Any], top: int) -> str:
    lines = _ranking_lines(report, top)
    lines += ["", *_plan_lines(report)]
    return "\n".join(lines)


def _ranking_lines(report: dict[str, Any], top: int) -> list[str]:
    spofs = [entry for entry in report["ranking"] if entry["spof"]]
    lines = [
        f"{report['scenario']}: {report['nodes']} nodes, {report['functions']} business "
        f"functions and public services; {len(spofs)} single points of failure.",
        "",
        f"Single points of failure, most critical first (top {min(top, len(spofs))}):",
        f"  {'#':>3}  {'node':<32} {'worst':<7} {'lost':>4} {'people':>9} {'first':>7}  hits",
    ]
    for rank, entry in enumerate(spofs[:top], 1):
        lines.append(
            f"  {rank:>3}  {entry['node']:<32} {entry['worst_lost']:<7} "
            f"{sum(hit['down_at'] is not None for hit in entry['hits']):>4} "
            f"{entry['people_lost']:>9} {format_duration(entry['first_loss']):>7}  "
            + ", ".join(hit["function"] for hit in entry["hits"][:3])
            + (", …" if len(entry["hits"]) > 3 else "")
        )
    lines.append(
        "  (lost: functions taken down; people: served by them, summed; "
        "first: time from the failure to the first loss)"
    )
    return lines


def _plan_lines(report: dict[str, Any]) -> list[str]:
    plan, incident = report["plan"], report["incident"]
    source = "the attack" if incident["kind"] == "attack" else "the failures"
    lines = [
        f"Restoration plan after {source} (from {plan['start_label']}), "
        f"{plan['staff']} IT staff, done at {plan['finished_label']}:",
    ]
    for step in plan["steps"]:
        lines.append(
            f"  {step['start_label']} → {step['end_label']}  #{step['staff']}  "
            f"{step['node']:<32} {step['reason']}"
        )
        lines += [f"      {note}" for note in _step_notes(step)]
    if not plan["steps"]:
        lines.append("  nothing to restore")
    lines += ["", "Services back (working again / fully operational):"]
    for service in plan["services"]:
        lines.append(_service_line(service))
    lines += [f"Cannot be restored: {b['node']}: {b['reason']}" for b in plan["blocked"]]
    return lines


def _step_notes(step: dict[str, Any]) -> list[str]:
    notes = []
    if step["cycle"]:
        notes.append("started before its providers were back: they wait on it (a cycle)")
    elif step["waited_for"] and step["ready_at"] == step["start"]:
        notes.append(f"waited for {step['waited_for']}")
    elif step["waited_for"]:
        notes.append(f"ready at {step['ready_label']} after {step['waited_for']}, staff busy")
    elif step["ready_at"] != step["start"]:
        notes.append(f"ready at {step['ready_label']}, staff busy")
    if step["risk"]:
        notes.append(step["risk"])
    return notes


def _service_line(service: dict[str, Any]) -> str:
    working = service["working_label"] or "never"
    operational = service["operational_label"] or "never"
    line = f"  {service['function']:<32} {working:>10} / {operational:<10}"
    if service["mtd_passed_label"]:
        line += f"  mtd {format_duration(service['mtd'])} passed at {service['mtd_passed_label']}"
    return line.rstrip()
