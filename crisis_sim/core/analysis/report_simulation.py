"""A simulation run as plain data (what ``crisis-sim simulate --json`` prints) and as text.

Each business function and public service with its timeline: every change with its time,
status and cause, the chain of causes down to the root (``explain``), and when it passed its
mtd. Times are seconds since T0, each with its ``J+n HH:MM`` label.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from crisis_sim.core.analysis.mtd import check_mtd
from crisis_sim.core.gametime import format_duration, format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Node
from crisis_sim.core.sim import NodeRecord, NodeStatus, Refusal, Simulation


@dataclass(frozen=True)
class Played:
    """What was applied on top of the scenario: (id, time) pairs."""

    failures: tuple[tuple[str, int], ...] = ()
    decisions: tuple[tuple[str, int], ...] = ()
    attack: bool = True


def label(scenario: Scenario, t: int | None) -> str | None:
    return None if t is None else format_game_time(t, scenario.meta.t0)


def simulation_report(simulation: Simulation, played: Played) -> dict[str, Any]:
    scenario = simulation.scenario
    functions = [_function(simulation, node) for node in scenario.functions]
    finals = Counter(function["final"] for function in functions)
    return {
        "scenario": scenario.id,
        "seed": simulation.seed,
        "t0": scenario.meta.t0.isoformat(),
        "until": simulation.now,
        "until_label": label(scenario, simulation.now),
        "attack": played.attack,
        "failures": [_applied("node", n, t, scenario) for n, t in played.failures],
        "decisions": [_applied("decision", d, t, scenario) for d, t in played.decisions],
        "functions": functions,
        "summary": {status.value: finals.get(status.value, 0) for status in NodeStatus},
        "refusals": [
            {
                "at": r.at,
                "at_label": label(scenario, r.at),
                "decision": r.source,
                "reason": r.reason,
            }
            for r in simulation.refusals
        ],
    }


def _refusal(refusal: Refusal, scenario: Scenario) -> dict[str, Any]:
    at = refusal.at
    return {
        "at": at,
        "at_label": label(scenario, at),
        "decision": refusal.source,
        "reason": refusal.reason,
    }


def _applied(key: str, ref: str, t: int, scenario: Scenario) -> dict[str, Any]:
    return {key: ref, "at": t, "at_label": label(scenario, t)}


def _function(simulation: Simulation, node: Node) -> dict[str, Any]:
    timeline = simulation.timeline(node.id)
    mtd = None
    if node.mtd is not None:
        check = check_mtd(timeline, node.id, node.mtd, node.serves, simulation.now)
        mtd = {
            "passed": check.passed,
            "passes_at": check.passes_at,
            "passes_label": label(simulation.scenario, check.passes_at),
            "longest_outage": check.longest_outage,
        }
    return {
        "id": node.id,
        "kind": node.kind.value,
        "name": node.name.get("fr"),
        "criticality": node.criticality.value,
        "serves": node.serves,
        "mtd": node.mtd,
        "timeline": [_change(simulation, node.id, record) for record in timeline],
        "final": simulation.state_at(node.id).status.value,
        "mtd_check": mtd,
    }


def _change(simulation: Simulation, node_id: str, record: NodeRecord) -> dict[str, Any]:
    chain = simulation.explain(node_id, record.since)
    root = chain[-1].cause if chain else None
    return {
        "at": record.since,
        "at_label": label(simulation.scenario, record.since),
        "status": record.status.value,
        "level": record.level,
        "capacity": record.capacity,
        "cause": _cause(record.cause),
        "it_cause": _cause(record.underlying),
        "chain": [link.node for link in chain[1:]],
        "root": root.detail if root is not None else None,
    }


def _cause(cause: Any) -> dict[str, str] | None:
    if cause is None:
        return None
    return {"kind": cause.kind, "ref": cause.ref, "detail": cause.detail}


# --- as text -----------------------------------------------------------------------------------


def render_simulation(report: dict[str, Any]) -> str:
    lines = [
        f"{report['scenario']} (seed {report['seed']}), simulated up to {report['until_label']}",
        _played_line(report),
    ]
    for function in report["functions"]:
        lines += ["", *_function_lines(function)]
    summary = ", ".join(f"{count} {status}" for status, count in report["summary"].items() if count)
    lines += ["", f"At {report['until_label']}: {summary}."]
    lines += [f"Refused at {r['at_label']}: {r['reason']}" for r in report["refusals"]]
    return "\n".join(lines)


def _played_line(report: dict[str, Any]) -> str:
    parts = ["the scenario's attack" if report["attack"] else "no attack"]
    parts += [f"{f['node']} fails at {f['at_label']}" for f in report["failures"]]
    parts += [f"decision {d['decision']} at {d['at_label']}" for d in report["decisions"]]
    return "Played: " + "; ".join(parts)


def _function_lines(function: dict[str, Any]) -> list[str]:
    facts = [function["kind"].replace("-", " "), function["criticality"]]
    if function["serves"]:
        facts.append(f"{function['serves']} people")
    if function["mtd"] is not None:
        facts.append(f"mtd {format_duration(function['mtd'])}")
    lines = [f"{function['id']} ({', '.join(facts)})"]
    if not function["timeline"]:
        lines.append("  operational throughout")
    lines += [f"  {_change_line(change)}" for change in function["timeline"]]
    check = function["mtd_check"]
    if check is not None and check["passes_at"] is not None:
        if check["passed"]:
            lines.append(f"  !! passed its mtd at {check['passes_label']}")
        else:
            lines.append(f"  (passes its mtd at {check['passes_label']} if still down)")
    return lines


def _change_line(change: dict[str, Any]) -> str:
    status = change["status"]
    if status == "paper":
        status = f"paper {round(change['capacity'] * 100)} %"
    return f"{change['at_label']}  {status:<12} {cause_text(change)}".rstrip()


def cause_text(change: dict[str, Any]) -> str:
    """``logiciel-etat-civil ← serveurs-applicatifs-services ← encrypted by step '...'``;
    on paper, the fallback then why the IT is down."""
    path = " ← ".join([*change["chain"], change["root"]] if change["root"] else change["chain"])
    if change["status"] == "paper" and change["cause"] is not None:
        return f"{change['cause']['detail']}; IT: {path}" if path else change["cause"]["detail"]
    if change["status"] == "operational" and change["cause"] is not None:
        return change["cause"]["detail"]
    return path
