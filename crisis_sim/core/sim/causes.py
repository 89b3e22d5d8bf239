"""Why a node is in its state: one small record per change, and the texts both engines share.

The texts are built here, once, so the fast engine and the reference produce equal causes
and the debrief can compare timelines field by field.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

CauseKind = Literal["attack", "dependency", "decision", "fallback", "restore", "failure"]

LEVEL_NAMES = {2: "up", 1: "degraded", 0: "down"}


@dataclass(frozen=True, slots=True)
class Cause:
    """``ref`` names what drove the change: a step, a provider node, a decision, a fallback."""

    kind: CauseKind
    ref: str
    detail: str

    def __str__(self) -> str:
        return self.detail


def attack_cause(step_id: str, effect: str) -> Cause:
    return Cause("attack", step_id, f"{_past(effect)} by step '{step_id}'")


def decision_cause(source: str | None, action: str) -> Cause:
    by = f" by decision '{source}'" if source else " by decision"
    return Cause("decision", source or "", f"{action}{by}")


def dependency_cause(
    hard: bool, provider: str, level: int, required: int, providers: Sequence[str]
) -> Cause:
    """``hard dependency on san (down)``; a k-of-n group also says how many it needs."""
    kind = "hard" if hard else "soft"
    detail = f"{kind} dependency on {provider} ({LEVEL_NAMES[level]})"
    if len(providers) > 1:
        detail += f"; needs {required} of {', '.join(sorted(providers))}"
    return Cause("dependency", provider, detail)


def fallback_cause(fallback_id: str, capacity: float) -> Cause:
    return Cause(
        "fallback", fallback_id, f"paper fallback '{fallback_id}' at {round(capacity * 100)} %"
    )


def restore_cause(node_id: str, detail: str) -> Cause:
    return Cause("restore", node_id, detail)


def failure_cause(node_id: str, detail: str) -> Cause:
    return Cause("failure", node_id, detail)


def _past(effect: str) -> str:
    return {
        "compromise": "compromised",
        "encrypt": "encrypted",
        "disable": "disabled",
        "degrade": "degraded",
        "exfiltrate": "data exfiltrated",
    }.get(effect, effect)
