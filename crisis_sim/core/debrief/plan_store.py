"""The action plan saved beside its session file, never inside it.

``angers.session.jsonl`` keeps its plan in ``angers.actions.json`` (any other name gets
``.actions.json`` appended). The session journal is append-only and replayed command by
command; the plan is a document people rewrite, so it lives in its own file, written to a
temporary file and renamed into place: a crash leaves the previous plan, never half of one,
and never touches the journal. The file names the scenario (id and SHA-256) of its session,
so a plan cannot be read against another session.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from crisis_sim.core.debrief.action_plan import Action, ActionPlan, ActionPlanError
from crisis_sim.core.exercise.journal import read_journal
from crisis_sim.core.exercise.store import SESSION_SUFFIX
from crisis_sim.core.exercise.words import Words

PLAN_FORMAT = "crisis-sim-action-plan"
PLAN_VERSION = 1
PLAN_SUFFIX = ".actions.json"


def plan_path(session_path: Path) -> Path:
    name = session_path.name
    if name.endswith(SESSION_SUFFIX):
        return session_path.with_name(name[: -len(SESSION_SUFFIX)] + PLAN_SUFFIX)
    return session_path.with_name(name + PLAN_SUFFIX)


def load_plan(session_path: Path) -> ActionPlan | None:
    """The saved plan of this session, or None if none was saved yet."""
    path = plan_path(session_path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise ActionPlanError(
            Words(
                f"impossible de lire le plan d'action {path} : {error}",
                f"cannot read the action plan {path}: {error}",
            )
        ) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ActionPlanError(
            Words(
                f"{path}:{error.lineno} : le plan d'action est abîmé ({error.msg}) ; "
                "corrigez-le ou supprimez-le pour repartir du brouillon",
                f"{path}:{error.lineno}: the action plan is damaged ({error.msg}); "
                "fix it or delete it to start again from the draft",
            )
        ) from None
    _check_header(data, path, _binding(session_path))
    return ActionPlan(Action.from_json(item) for item in data["actions"])


def save_plan(session_path: Path, plan: ActionPlan) -> Path:
    """Write the plan atomically beside the session; returns the file written."""
    path = plan_path(session_path)
    document = {
        "format": PLAN_FORMAT,
        "version": PLAN_VERSION,
        **_binding(session_path),
        "actions": plan.to_json(),
    }
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    _write_atomically(path, text.encode("utf-8"))
    return path


def _binding(session_path: Path) -> dict[str, str]:
    header = read_journal(session_path).header
    return {"scenario_id": header.scenario_id, "scenario_sha256": header.scenario.sha256}


def _check_header(data: Any, path: Path, binding: dict[str, str]) -> None:
    if not isinstance(data, dict) or data.get("format") != PLAN_FORMAT:
        raise ActionPlanError(
            Words(
                f"{path} n'est pas un plan d'action de crisis-sim",
                f"{path} is not a crisis-sim action plan",
            )
        )
    if data.get("version") != PLAN_VERSION:
        raise ActionPlanError(
            Words(
                f"{path} est un plan d'action de version {data.get('version')} ; "
                f"ce programme lit la version {PLAN_VERSION}",
                f"{path} is an action plan of version {data.get('version')}; "
                f"this program reads version {PLAN_VERSION}",
            )
        )
    if data.get("scenario_sha256") != binding["scenario_sha256"]:
        raise ActionPlanError(
            Words(
                f"{path} appartient à une session d'un autre scénario "
                f"(« {data.get('scenario_id')} ») ; déplacez-le pour repartir du brouillon",
                f"{path} belongs to a session of another scenario "
                f"('{data.get('scenario_id')}'); move it away to start from the draft",
            )
        )
    if not isinstance(data.get("actions"), list):
        raise ActionPlanError(
            Words(f"{path} : « actions » doit être une liste", f"{path}: 'actions' must be a list")
        )


def _write_atomically(path: Path, data: bytes) -> None:
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        why = error.strerror or error
        raise ActionPlanError(
            Words(f"impossible d'écrire dans {folder} : {why}", f"cannot write in {folder}: {why}")
        ) from None
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as error:
        why = error.strerror or error
        raise ActionPlanError(
            Words(f"impossible d'écrire {path} : {why}", f"cannot write {path}: {why}")
        ) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
