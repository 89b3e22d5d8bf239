"""The action plan: a draft from the ranked recommendations, edits checked, saved beside the
session and read back, never touching the session journal."""

from __future__ import annotations

import json

import pytest

from crisis_sim.core.debrief import (
    ActionPlanError,
    ActionStatus,
    load_plan,
    open_debrief,
    plan_path,
    save_plan,
)
from crisis_sim.core.debrief.action_plan import DRAFT_SIZE

SCRIPT = "- at: H+12\n  finex: true\n"


def test_the_draft_has_one_action_per_top_recommendation(debrief):
    result = debrief(SCRIPT)
    plan = result.draft_plan()
    pressing = [r.id for r in result.recommendations if not r.confirmed_only]
    assert [a.recommendation for a in plan.actions] == pressing[:DRAFT_SIZE]
    first = plan.actions[0]
    assert first.id == "A1"
    assert first.owner == ""
    assert first.owner_role in {role.id for role in result.scenario.roles}
    assert first.due_days == 30  # the most serious findings call for it
    assert first.status is ActionStatus.TODO


def test_edits_are_checked(debrief):
    plan = debrief(SCRIPT).draft_plan()
    action = plan.update(
        "A1", text="Imprimer l'annuaire", owner="Mme Martin", due_date="2025-06-30"
    )
    assert action.text.fr == action.text.en == "Imprimer l'annuaire"
    assert action.edited
    with pytest.raises(ActionPlanError, match="not a date"):
        plan.update("A1", due_date="30/06/2025")
    with pytest.raises(ActionPlanError, match="unknown status"):
        plan.update("A1", status="finished")
    with pytest.raises(ActionPlanError, match="needs a text"):
        plan.update("A1", text="  ")
    with pytest.raises(ActionPlanError, match="catalogue"):
        plan.update("A1", recommendation="ANSSI-HYG-99")
    with pytest.raises(ActionPlanError, match="no action 'A99'"):
        plan.update("A99", owner="x")
    assert plan.get("A1").owner == "Mme Martin"  # a refused edit changed nothing


def test_a_refused_edit_says_why_in_french_and_english(debrief):
    plan = debrief(SCRIPT).draft_plan()
    with pytest.raises(ActionPlanError) as caught:
        plan.update("A1", status="finished")
    assert caught.value.reason.fr.startswith("état « finished » inconnu ; choisissez parmi ")
    assert caught.value.reason.en == str(caught.value)
    assert str(caught.value).startswith("unknown status 'finished'; choose one of ")
    with pytest.raises(ActionPlanError) as caught:
        plan.update("A99", owner="x")
    assert caught.value.reason.fr.startswith("aucune action « A99 » dans le plan (actions : A1")


def test_add_move_remove(debrief):
    plan = debrief(SCRIPT).draft_plan()
    added = plan.add("Exercice annuel", recommendation="ANSSI-EXE-GUIDE", due_days=365)
    assert added.id == f"A{len(plan)}"
    plan.move(added.id, 0)
    assert plan.actions[0] is added
    plan.remove("A1")
    assert "A1" not in [a.id for a in plan.actions]


def test_the_plan_is_saved_beside_the_session_and_survives_reopening(session_file):
    path = session_file(SCRIPT)
    journal_before = path.read_bytes()
    opened = open_debrief(path)
    assert not opened.plan_saved
    opened.plan.update("A2", owner="M. Durand", status="in-progress", due_date="2025-09-01")
    saved = save_plan(path, opened.plan)
    assert saved == plan_path(path) == path.with_name("town.actions.json")
    assert path.read_bytes() == journal_before  # the journal is never touched
    again = open_debrief(path)
    assert again.plan_saved
    action = again.plan.get("A2")
    assert (action.owner, action.status, action.due_date) == (
        "M. Durand",
        ActionStatus.IN_PROGRESS,
        "2025-09-01",
    )
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["format"] == "crisis-sim-action-plan"
    assert document["version"] == 1


def test_a_damaged_plan_is_reported_not_replaced(session_file):
    path = session_file(SCRIPT)
    plan_path(path).write_text("{ not json", encoding="utf-8")
    with pytest.raises(ActionPlanError, match="damaged"):
        load_plan(path)
    assert plan_path(path).read_text(encoding="utf-8") == "{ not json"


def test_a_plan_of_another_scenario_is_refused(session_file):
    path = session_file(SCRIPT)
    save_plan(path, open_debrief(path).plan)
    document = json.loads(plan_path(path).read_text(encoding="utf-8"))
    document["scenario_sha256"] = "0" * 64
    plan_path(path).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ActionPlanError, match="another scenario"):
        load_plan(path)


def test_a_session_file_without_the_usual_suffix(tmp_path):
    assert plan_path(tmp_path / "exercise.jsonl").name == "exercise.jsonl.actions.json"
