"""The action plan: one action per recommendation to carry out, each with one owner and a due
date. A draft comes from the ranked recommendations; people then edit it (text, owner, due
date, status), add actions or drop them, and the plan is saved beside the session
(plan_store.py). Every change is checked here, so a GUI only passes what the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from crisis_sim.core.catalogue import load_catalogue
from crisis_sim.core.debrief.action_texts import action_text, owner_kind
from crisis_sim.core.debrief.model import Severity
from crisis_sim.core.debrief.recommendations import RankedRecommendation
from crisis_sim.core.exercise.wording import Words, same
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.words import BilingualValueError

DRAFT_SIZE = 8
DUE_DAYS = {Severity.CRITICAL: 30, Severity.MAJOR: 60, Severity.MINOR: 90, Severity.POSITIVE: 90}
MAX_DUE_DAYS = 3650
_ACTION_ID = re.compile(r"^A(\d+)$")


class ActionStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DROPPED = "dropped"


class ActionPlanError(BilingualValueError):
    """An edit or a saved plan that cannot be accepted; the message is for the user, its
    ``reason`` in French and English (the debrief window shows its language)."""


@dataclass(frozen=True)
class Action:
    """One action. ``owner`` is what a person typed ("" until then); ``owner_role`` the role
    the draft suggests. ``due_date`` (ISO) once a person set one, else ``due_days`` after the
    debrief."""

    id: str
    text: Words
    recommendation: str | None
    owner: str = ""
    owner_role: str | None = None
    due_days: int = 90
    due_date: str | None = None
    status: ActionStatus = ActionStatus.TODO
    edited: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text.to_json(),
            "recommendation": self.recommendation,
            "owner": self.owner,
            "owner_role": self.owner_role,
            "due_days": self.due_days,
            "due_date": self.due_date,
            "status": self.status.value,
            "edited": self.edited,
        }

    @classmethod
    def from_json(cls, data: Any) -> Action:
        if not isinstance(data, dict):
            raise ActionPlanError(
                Words("une action doit être un objet JSON", "an action must be a JSON object")
            )
        try:
            text = data["text"]
            action = cls(
                id=_check_id(data["id"]),
                text=Words(_text(text["fr"]), _text(text["en"])),
                recommendation=_check_recommendation(data.get("recommendation")),
                owner=_owner(data.get("owner") or ""),
                owner_role=data.get("owner_role"),
                due_days=_due_days(data.get("due_days", 90)),
                due_date=_due_date(data.get("due_date")),
                status=_status(data.get("status", "todo")),
                edited=bool(data.get("edited", False)),
            )
        except (KeyError, TypeError) as error:
            raise ActionPlanError(
                Words(f"une action est incomplète ({error})", f"an action is incomplete ({error})")
            ) from None
        return action


class ActionPlan:
    """The editable list of actions, in the order people see them."""

    def __init__(self, actions: Iterable[Action] = ()) -> None:
        self._actions: list[Action] = []
        for action in actions:
            if any(a.id == action.id for a in self._actions):
                raise ActionPlanError(
                    Words(
                        f"deux actions ont l'identifiant « {action.id} »",
                        f"two actions have the id '{action.id}'",
                    )
                )
            self._actions.append(action)

    @property
    def actions(self) -> tuple[Action, ...]:
        return tuple(self._actions)

    def __len__(self) -> int:
        return len(self._actions)

    def get(self, action_id: str) -> Action:
        for action in self._actions:
            if action.id == action_id:
                return action
        known = ", ".join(a.id for a in self._actions)
        raise ActionPlanError(
            Words(
                f"aucune action « {action_id} » dans le plan (actions : {known or 'aucune'})",
                f"no action '{action_id}' in the plan (actions: {known or 'none'})",
            )
        )

    def update(
        self,
        action_id: str,
        *,
        text: str | None = None,
        owner: str | None = None,
        due_date: str | date | None = None,
        due_days: int | None = None,
        status: ActionStatus | str | None = None,
        recommendation: str | None = None,
    ) -> Action:
        """Change some fields of an action; returns it as changed. Nothing changes on error."""
        action = self.get(action_id)
        changes: dict[str, Any] = {"edited": True}
        if text is not None:
            changes["text"] = same(_text(text))
        if owner is not None:
            changes["owner"] = _owner(owner)
        if due_date is not None:
            changes["due_date"] = _due_date(due_date)
        if due_days is not None:
            changes["due_days"], changes["due_date"] = _due_days(due_days), None
        if status is not None:
            changes["status"] = _status(status)
        if recommendation is not None:
            changes["recommendation"] = _check_recommendation(recommendation or None)
        updated = replace(action, **changes)
        self._actions[self._actions.index(action)] = updated
        return updated

    def clear_due_date(self, action_id: str) -> Action:
        action = self.get(action_id)
        updated = replace(action, due_date=None, edited=True)
        self._actions[self._actions.index(action)] = updated
        return updated

    def add(
        self, text: str, *, recommendation: str | None = None, owner: str = "", due_days: int = 90
    ) -> Action:
        action = Action(
            self._next_id(),
            same(_text(text)),
            _check_recommendation(recommendation),
            owner=_owner(owner),
            due_days=_due_days(due_days),
            edited=True,
        )
        self._actions.append(action)
        return action

    def remove(self, action_id: str) -> None:
        self._actions.remove(self.get(action_id))

    def move(self, action_id: str, index: int) -> None:
        action = self.get(action_id)
        self._actions.remove(action)
        self._actions.insert(max(0, min(index, len(self._actions))), action)

    def _next_id(self) -> str:
        numbers = [int(m[1]) for a in self._actions if (m := _ACTION_ID.match(a.id))]
        return f"A{max(numbers, default=0) + 1}"

    def to_json(self) -> list[dict[str, Any]]:
        return [action.to_json() for action in self._actions]


def draft_plan(scenario: Scenario, recommendations: Iterable[RankedRecommendation]) -> ActionPlan:
    """One action per recommendation to carry out, the most pressing first."""
    chosen = [r for r in recommendations if not r.confirmed_only][:DRAFT_SIZE]
    return ActionPlan(
        Action(
            f"A{number}",
            action_text(rec.id),
            rec.id,
            owner_role=suggested_owner(scenario, rec.id),
            due_days=DUE_DAYS[rec.worst],
        )
        for number, rec in enumerate(chosen, start=1)
    )


def suggested_owner(scenario: Scenario, rec_id: str) -> str | None:
    """The scenario's first role of the kind that usually carries this action."""
    kind = owner_kind(rec_id)
    for wanted in (kind, "dgs"):
        for role in scenario.roles:
            if role.kind == wanted:
                return role.id
    return scenario.roles[0].id if scenario.roles else None


# --- checks of what people type ---------------------------------------------------------------


def _check_id(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ActionPlanError(
            Words("une action a besoin d'un identifiant", "an action needs an id")
        )
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ActionPlanError(
            Words(
                "une action a besoin d'un texte : dites ce qui est à faire",
                "an action needs a text: say what is to be done",
            )
        )
    if len(value) > 2000:
        raise ActionPlanError(
            Words(
                "le texte d'une action est limité à 2 000 caractères",
                "an action's text is limited to 2,000 characters",
            )
        )
    return value.strip()


def _owner(value: Any) -> str:
    if not isinstance(value, str):
        raise ActionPlanError(
            Words(
                "le responsable doit être un texte (un nom ou un rôle)",
                "the owner must be text (a name or a role)",
            )
        )
    if len(value) > 200:
        raise ActionPlanError(
            Words(
                "le responsable est limité à 200 caractères",
                "the owner is limited to 200 characters",
            )
        )
    return value.strip()


def _due_days(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DUE_DAYS:
        raise ActionPlanError(
            Words(
                f"le délai doit être un nombre entier de jours, de 0 à {MAX_DUE_DAYS}",
                f"the delay must be a whole number of days, 0 to {MAX_DUE_DAYS}",
            )
        )
    return value


def _due_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ActionPlanError(
            Words(
                f"« {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2025-06-30",
                f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-30",
            )
        ) from None


def _status(value: Any) -> ActionStatus:
    try:
        return ActionStatus(value)
    except ValueError:
        choices = ", ".join(s.value for s in ActionStatus)
        raise ActionPlanError(
            Words(
                f"état « {value} » inconnu ; choisissez parmi {choices}",
                f"unknown status '{value}'; choose one of {choices}",
            )
        ) from None


def _check_recommendation(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in load_catalogue():
        raise ActionPlanError(
            Words(
                f"« {value} » n'est pas dans le catalogue des recommandations",
                f"'{value}' is not in the recommendation catalogue",
            )
        )
    return value
