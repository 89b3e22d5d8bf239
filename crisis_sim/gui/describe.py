"""Plain-words descriptions of a node's state for the facilitator: what, since when, and why.

The core's causes carry ids and English details for logs; here they become sentences with
the nodes' names in the current language: "Down since J+1 02:30 — depends on “Civil
registry software” (Down). Root cause: “Application servers” encrypted by the attack, since
J+1 02:10."
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import Cause, Link, NodeRecord, NodeStatus
from crisis_sim.gui.i18n import current_language
from crisis_sim.gui.state_style import status_label


class StateSource(Protocol):
    """What the views read: the Simulation has it, and so will the exercise session."""

    @property
    def now(self) -> int: ...

    # Without ``causes`` a state set by a dependency comes without its cause: much cheaper.
    def state_at(
        self, node_id: str, t: int | None = None, *, causes: bool = True
    ) -> NodeRecord: ...

    def statuses(self, t: int | None = None) -> dict[str, NodeRecord]: ...

    def timeline(self, node_id: str, *, causes: bool = True) -> list[NodeRecord]: ...

    def explain(self, node_id: str, t: int | None = None) -> list[Link]: ...


translate = QCoreApplication.translate


def source_version(source: StateSource) -> int | None:
    """The source's version (moves when a node may have changed), None if it has none:
    a view may skip re-reading the node states at the present while it stays the same."""
    return getattr(source, "version", None)


def moved_since(source: StateSource, t: int) -> set[str] | None:
    """The nodes whose history has an entry at ``t`` or later (the others are in the state
    they were in at ``t``), None if the source cannot say: read them all."""
    changed_since = getattr(source, "changed_since", None)
    return None if changed_since is None else set(changed_since(t))


def node_name(scenario: Scenario, node_id: str) -> str:
    node = scenario.node_by_id.get(node_id)
    return node.name.get(current_language()) if node else node_id


def game_time(scenario: Scenario, seconds: int) -> str:
    return format_game_time(seconds, scenario.meta.t0)


def cause_phrase(scenario: Scenario, cause: Cause, source: StateSource, t: int) -> str:
    """Why, in a short clause: "depends on “Payroll software” (Down)"."""
    if cause.kind == "dependency":
        status = status_label(source.state_at(cause.ref, t).status)
        return (
            translate("Describe", "depends on “%1” (%2)")
            .replace("%1", node_name(scenario, cause.ref))
            .replace("%2", status)
        )
    if cause.kind == "attack":
        return _attack_phrase(scenario, cause.ref)
    if cause.kind == "decision":
        return _decision_phrase(scenario, cause)
    if cause.kind == "fallback":
        return _fallback_phrase(scenario, cause.ref)
    return _other_phrase(cause)


def _attack_phrase(scenario: Scenario, step_id: str) -> str:
    steps = {step.id: step for step in scenario.attack.steps} if scenario.attack else {}
    effect = steps[step_id].effect.value if step_id in steps else ""
    return {
        "compromise": translate("Describe", "compromised by the attack"),
        "encrypt": translate("Describe", "encrypted by the attack"),
        "disable": translate("Describe", "knocked out by the attack"),
        "degrade": translate("Describe", "damaged by the attack"),
        "exfiltrate": translate("Describe", "data stolen by the attack"),
    }.get(effect, translate("Describe", "hit by the attack"))


def _decision_phrase(scenario: Scenario, cause: Cause) -> str:
    decision = scenario.decision_by_id.get(cause.ref)
    label = decision.label.get(current_language()) if decision else cause.ref
    if cause.detail.startswith("isolated"):
        text = translate("Describe", "isolated by the decision “%1”")
    elif cause.detail.startswith("shut down"):
        text = translate("Describe", "shut down by the decision “%1”")
    elif cause.detail.startswith("restoring"):
        text = translate("Describe", "being restored (decision “%1”)")
    else:
        text = translate("Describe", "changed by the decision “%1”")
    return text.replace("%1", label)


def _fallback_phrase(scenario: Scenario, fallback_id: str) -> str:
    fallback = scenario.fallback_by_id.get(fallback_id)
    if fallback is None:
        return translate("Describe", "kept going on paper")
    name = fallback.name.get(current_language())
    percent = str(round(fallback.capacity * 100))
    return (
        translate("Describe", "kept going on paper: “%1”, %2 % of normal")
        .replace("%1", name)
        .replace("%2", percent)
    )


def _other_phrase(cause: Cause) -> str:
    known = {
        "restored": translate("Describe", "restored"),
        "untested backup failed": translate(
            "Describe", "the backup had never been tested and failed"
        ),
        "what-if failure": translate("Describe", "failure added by hand"),
        "repaired": translate("Describe", "repaired"),
    }
    return known.get(cause.detail, cause.detail)


def node_tooltip(scenario: Scenario, source: StateSource, node_id: str, t: int) -> str:
    """Name, state since when, why, the root cause when it lies further, and warnings."""
    record = source.state_at(node_id, t)
    lines = [node_name(scenario, node_id), _state_line(scenario, record)]
    if record.cause is not None:
        lines.append(
            translate("Describe", "Why: %1").replace(
                "%1", cause_phrase(scenario, record.cause, source, t)
            )
        )
    chain = source.explain(node_id, t)
    if record.status is NodeStatus.PAPER and record.underlying is not None:
        phrase = cause_phrase(scenario, record.underlying, source, t)
        lines.append(translate("Describe", "Its computer system: %1").replace("%1", phrase))
    if len(chain) > 2 and chain[-1].cause is not None:
        lines.append(_root_line(scenario, source, chain[-1], t))
    lines += _flag_lines(record)
    return "\n".join(lines)


def _state_line(scenario: Scenario, record: NodeRecord) -> str:
    label = status_label(record.status)
    if record.since == 0 and record.status is NodeStatus.OPERATIONAL:
        return label
    return (
        translate("Describe", "%1 since %2")
        .replace("%1", label)
        .replace("%2", game_time(scenario, record.since))
    )


def _root_line(scenario: Scenario, source: StateSource, root: Link, t: int) -> str:
    assert root.cause is not None
    since = game_time(scenario, source.state_at(root.node, t).since)
    return (
        translate("Describe", "Root cause: “%1” %2, since %3")
        .replace("%1", node_name(scenario, root.node))
        .replace("%2", cause_phrase(scenario, root.cause, source, t))
        .replace("%3", since)
    )


def _flag_lines(record: NodeRecord) -> list[str]:
    lines = []
    if record.compromised and record.status is not NodeStatus.COMPROMISED:
        lines.append(translate("Describe", "The attacker has a foothold here."))
    if record.exfiltrated:
        lines.append(translate("Describe", "Data has been stolen from here."))
    return lines
