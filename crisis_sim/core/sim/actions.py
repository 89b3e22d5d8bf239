"""What can be applied to a simulation: a decision's effect, a whole decision, or a what-if."""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_decisions import Effect
from crisis_sim.core.sim.errors import UnknownIdError


@dataclass(frozen=True)
class Fail:
    """A what-if failure: the node goes down until repaired (hardware, power, provider)."""

    node: str
    detail: str = "what-if failure"


@dataclass(frozen=True)
class Repair:
    """Undo a Fail on the node."""

    node: str


Item = Effect | Fail | Repair
Action = Item | str


def items_of(action: Action, scenario: Scenario) -> tuple[str | None, tuple[Item, ...]]:
    """The decision id (if the action is one) and the effects to apply, in order."""
    if isinstance(action, str):
        decision = scenario.decision_by_id.get(action)
        if decision is None:
            raise UnknownIdError(f"no decision '{action}' in scenario '{scenario.id}'")
        return decision.id, decision.effects
    if isinstance(action, Effect | Fail | Repair):
        return None, (action,)
    raise TypeError(f"cannot apply {action!r}: expected an Effect, a decision id, Fail or Repair")
