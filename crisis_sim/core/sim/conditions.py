"""A node's own condition: what attack steps, decisions and failures did to it.

Each flag holds the cause that set it (None when clear), so the displayed cause is the cause
of the flag that wins. Conditions are immutable and shared: a clean node costs one pointer.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from crisis_sim.core.sim.causes import Cause
from crisis_sim.core.sim.states import NodeStatus, State, own_state


@dataclass(frozen=True, slots=True)
class Condition:
    restoring: Cause | None = None
    encrypted: Cause | None = None
    isolated: Cause | None = None
    shut_down: Cause | None = None
    failed: Cause | None = None  # a what-if failure, undone by Repair
    disabled: Cause | None = None  # denial of service
    degraded: Cause | None = None  # defacement, slowness
    compromised: Cause | None = None  # attacker foothold; the node still works
    exfiltrated: Cause | None = None  # a fact about the data; never changes the level
    note: Cause | None = None  # why a clean node is clean again (restored, repaired)


CLEAN = Condition()
FLAGS = tuple(f.name for f in fields(Condition) if f.name != "note")

# The first flag set, in this order, gives the status: a restoring node is shown restoring
# even if it was encrypted; an encrypted node stays encrypted when isolated afterwards.
_PRECEDENCE = (
    ("restoring", NodeStatus.RESTORING),
    ("encrypted", NodeStatus.ENCRYPTED),
    ("isolated", NodeStatus.ISOLATED),
    ("shut_down", NodeStatus.DOWN),
    ("failed", NodeStatus.DOWN),
    ("disabled", NodeStatus.DOWN),
    ("degraded", NodeStatus.DEGRADED),
    ("compromised", NodeStatus.COMPROMISED),
)


def intrinsic(condition: Condition) -> State:
    """The state the node's own condition gives it, dependencies aside."""
    status, cause = NodeStatus.OPERATIONAL, condition.note
    for flag, flag_status in _PRECEDENCE:
        flag_cause = getattr(condition, flag)
        if flag_cause is not None:
            status, cause = flag_status, flag_cause
            break
    return own_state(
        status, cause, condition.compromised is not None, condition.exfiltrated is not None
    )


def with_flag(condition: Condition, flag: str, cause: Cause) -> Condition:
    """Set a flag; one already set keeps its first cause (the step that really did it)."""
    if getattr(condition, flag) is not None:
        return condition
    return replace(condition, **{flag: cause}, note=None)


def without_flag(condition: Condition, flag: str, note: Cause) -> Condition:
    if getattr(condition, flag) is None:
        return condition
    cleared = replace(condition, **{flag: None})
    return cleared if _any_flag(cleared) else replace(cleared, note=note)


def cleaned(condition: Condition, note: Cause | None) -> Condition:
    """Everything undone but the exfiltration: data once copied out stays out."""
    return Condition(exfiltrated=condition.exfiltrated, note=note)


def is_foothold(condition: Condition) -> bool:
    """The attacker holds it and can still use it to reach further."""
    return (
        condition.compromised is not None
        and condition.isolated is None
        and condition.shut_down is None
        and condition.restoring is None
    )


def is_protected(condition: Condition) -> bool:
    """Off the network: isolated, shut down, or being rebuilt. Attack steps cannot reach it."""
    return (
        condition.isolated is not None
        or condition.shut_down is not None
        or condition.restoring is not None
    )


def _any_flag(condition: Condition) -> bool:
    return any(getattr(condition, flag) is not None for flag in FLAGS if flag != "exfiltrated")
