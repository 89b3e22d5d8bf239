"""Load a scenario file into a typed Scenario, reporting every problem with its place.

Each list item is validated on its own, so one broken node does not hide the problems of the
others, and the cross-reference checks still run on everything that did validate.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from crisis_sim.core.problems import Problem, ProblemList
from crisis_sim.core.scenario.errors import describe_unknown_key, report_validation_error
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_attack import Attack, AttackStep
from crisis_sim.core.scenario.model_decisions import Decision, Objective
from crisis_sim.core.scenario.model_graph import Fallback, Node, Zone
from crisis_sim.core.scenario.model_injects import Inject
from crisis_sim.core.scenario.model_meta import (
    FORMAT_VERSION,
    Meta,
    Organisation,
    Persona,
    Role,
)
from crisis_sim.core.scenario.yamldoc import Path_, YamlDocument, read_yaml
from crisis_sim.core.words import Words

LIST_SECTIONS: dict[str, type[BaseModel]] = {
    "roles": Role,
    "personas": Persona,
    "zones": Zone,
    "nodes": Node,
    "fallbacks": Fallback,
    "injects": Inject,
    "decisions": Decision,
    "objectives": Objective,
}
SINGLE_SECTIONS: dict[str, type[BaseModel]] = {"meta": Meta, "organisation": Organisation}


@dataclass
class LoadResult:
    """The scenario when it is valid (warnings allowed), and every problem found."""

    path: Path
    scenario: Scenario | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.scenario is not None


@dataclass
class PartialScenario:
    """What validated, with the file path of each object, for the cross-reference checks."""

    doc: YamlDocument
    meta: Meta | None = None
    organisation: Organisation | None = None
    sections: dict[str, list[Any]] = field(default_factory=dict)
    attack: Attack | None = None
    paths: dict[int, Path_] = field(default_factory=dict)
    raw_ids: dict[str, set[str]] = field(default_factory=dict)
    verify_attachments: bool = True

    def path_of(self, obj: object) -> Path_:
        return self.paths.get(id(obj), ())

    def items(self, section: str) -> list[Any]:
        return self.sections.get(section, [])


def load_scenario(
    path: Path | str, *, text: str | None = None, verify_attachments: bool = True
) -> LoadResult:
    """Load the file at ``path``, or ``text`` under that name (a scenario a session carries,
    whose attachments stayed next to the original file: ``verify_attachments=False``)."""
    path = Path(path)
    problems = ProblemList(path)
    doc = read_yaml(path, problems, text=text)
    scenario = _validate(doc, problems, verify_attachments) if doc is not None else None
    if scenario is not None:
        raw = path.read_bytes() if text is None else text.encode("utf-8")
        scenario._source_path = path.resolve()
        scenario._content_hash = hashlib.sha256(raw).hexdigest()
    return LoadResult(path, scenario, problems.sorted())


def _validate(
    doc: YamlDocument, problems: ProblemList, verify_attachments: bool
) -> Scenario | None:
    if not isinstance(doc.data, dict):
        problems.error(
            "structure",
            Words(
                "un scénario est un bloc de clés (meta:, nodes:, ...)",
                "a scenario is a block of keys (meta:, nodes:, ...)",
            ),
            1,
            1,
            Words(
                "partir de l'exemple de docs/scenario-format.md",
                "start from the example in docs/scenario-format.md",
            ),
        )
        return None
    partial = _validate_parts(doc, problems)
    partial.verify_attachments = verify_attachments
    # Imported here: the checks import this module's PartialScenario.
    from crisis_sim.core.scenario.checks import run_checks

    run_checks(partial, problems)
    if problems.errors:
        return None
    return _assemble(partial)


def _validate_parts(doc: YamlDocument, problems: ProblemList) -> PartialScenario:
    partial = PartialScenario(doc)
    _check_top_level_keys(doc, problems)
    partial.meta = _validate_one(Meta, doc.data.get("meta"), ("meta",), None, partial, problems)
    _check_format_version(partial, problems)
    t0 = partial.meta.t0 if partial.meta else _fallback_t0(doc.data)
    partial.organisation = _validate_one(
        Organisation, doc.data.get("organisation"), ("organisation",), t0, partial, problems
    )
    for section, model in LIST_SECTIONS.items():
        partial.sections[section] = _validate_list(model, section, t0, partial, problems)
    partial.attack = _validate_attack(doc.data.get("attack"), t0, partial, problems)
    return partial


def _check_top_level_keys(doc: YamlDocument, problems: ProblemList) -> None:
    known = {*LIST_SECTIONS, *SINGLE_SECTIONS, "attack"}
    for key in doc.data:
        if key not in known:
            message, hint = describe_unknown_key(Scenario, (key,))
            problems.error("unknown-key", message, *doc.where((key,), key=True), hint)
    for key in SINGLE_SECTIONS:
        if key not in doc.data:
            problems.error(
                "missing-key",
                Words(f"la section « {key}: » manque", f"the section '{key}:' is missing"),
                1,
                1,
            )
    for key in ("roles", "nodes"):
        if not doc.data.get(key):
            problems.error(
                "missing-key",
                Words(
                    f"la section « {key}: » manque ou est vide",
                    f"the section '{key}:' is missing or empty",
                ),
                1,
                1,
                Words(
                    f"un scénario a besoin d'au moins une entrée sous « {key}: »",
                    f"a scenario needs at least one entry under '{key}:'",
                ),
            )


def _check_format_version(partial: PartialScenario, problems: ProblemList) -> None:
    if partial.meta is not None and partial.meta.format != FORMAT_VERSION:
        line, column = partial.doc.where(("meta", "format"))
        problems.error(
            "format-version",
            Words(
                f"ce fichier est au format {partial.meta.format} ; ce programme lit "
                f"le format {FORMAT_VERSION}",
                f"this file is in format {partial.meta.format}; this program reads "
                f"format {FORMAT_VERSION}",
            ),
            line,
            column,
            Words(
                "mettre à jour crisis-sim, ou convertir le fichier au format actuel",
                "update crisis-sim, or convert the file to the current format",
            ),
        )


def _fallback_t0(data: dict[str, Any]) -> datetime | None:
    # With meta broken, game times are still checked against a T0 if one can be read.
    raw = data.get("meta", {}).get("t0") if isinstance(data.get("meta"), dict) else None
    try:
        parsed = datetime.fromisoformat(str(raw))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def _validate_one(
    model: type[BaseModel],
    raw: Any,
    path: Path_,
    t0: datetime | None,
    partial: PartialScenario,
    problems: ProblemList,
) -> Any:
    if raw is None:
        return None
    try:
        obj = model.model_validate(raw, context={"t0": t0})
    except ValidationError as error:
        report_validation_error(error, model, path, partial.doc, problems)
        return None
    partial.paths[id(obj)] = path
    _record_nested_paths(obj, path, partial)
    return obj


def _validate_list(
    model: type[BaseModel],
    section: str,
    t0: datetime | None,
    partial: PartialScenario,
    problems: ProblemList,
) -> list[Any]:
    raw_items = partial.doc.data.get(section)
    return _validate_items(model, raw_items, (section,), section, t0, partial, problems)


def _validate_items(
    model: type[BaseModel],
    raw_items: Any,
    path: Path_,
    ids_key: str,
    t0: datetime | None,
    partial: PartialScenario,
    problems: ProblemList,
) -> list[Any]:
    if raw_items is None:
        return []
    if not isinstance(raw_items, list):
        line, column = partial.doc.where(path)
        problems.error(
            "structure",
            Words(
                f"« {path[-1]}: » doit être une liste d'éléments commençant par « - »",
                f"'{path[-1]}:' must be a list of items starting with '- '",
            ),
            line,
            column,
        )
        return []
    partial.raw_ids[ids_key] = {
        str(i["id"]) for i in raw_items if isinstance(i, dict) and "id" in i
    }
    validated = (
        _validate_one(model, raw, (*path, index), t0, partial, problems)
        for index, raw in enumerate(raw_items)
    )
    return [obj for obj in validated if obj is not None]


def _validate_attack(
    raw: Any, t0: datetime | None, partial: PartialScenario, problems: ProblemList
) -> Attack | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.error(
            "structure",
            Words(
                "« attack: » doit être un bloc avec family: et steps:",
                "'attack:' must be a block with family: and steps:",
            ),
            *partial.doc.where(("attack",)),
        )
        return None
    steps = _validate_items(
        AttackStep, raw.get("steps"), ("attack", "steps"), "steps", t0, partial, problems
    )
    header = {key: value for key, value in raw.items() if key != "steps"}
    attack = _validate_one(Attack, header, ("attack",), t0, partial, problems)
    if attack is None:
        return None
    full = attack.model_copy(update={"steps": tuple(steps)})
    partial.paths[id(full)] = ("attack",)
    return full


def _record_nested_paths(obj: BaseModel, path: Path_, partial: PartialScenario) -> None:
    """Remember where nested objects (dependencies, expected reactions...) stand in the file."""
    for name, field_info in type(obj).model_fields.items():
        value = getattr(obj, name)
        key = field_info.alias or name
        if isinstance(value, BaseModel):
            partial.paths[id(value)] = (*path, key)
            _record_nested_paths(value, (*path, key), partial)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    partial.paths[id(item)] = (*path, key, index)
                    _record_nested_paths(item, (*path, key, index), partial)


def _assemble(partial: PartialScenario) -> Scenario:
    # Every part is already validated: construct without validating (and re-parsing times) again.
    sections = {name: tuple(items) for name, items in partial.sections.items()}
    return Scenario.model_construct(
        meta=partial.meta, organisation=partial.organisation, attack=partial.attack, **sections
    )
