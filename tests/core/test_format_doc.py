"""The trainers' format reference stays true: its example loads, and no key goes undocumented."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

import pytest
from pydantic import BaseModel

from crisis_sim.core.problems import ProblemList
from crisis_sim.core.scenario.loader import LIST_SECTIONS, SINGLE_SECTIONS, load_scenario
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_attack import Attack, AttackStep, StepEffect, StepKind
from crisis_sim.core.scenario.model_decisions import (
    Decision,
    Effect,
    Evidence,
    Objective,
    Practice,
    Precondition,
    Restore,
    TriggerInject,
)
from crisis_sim.core.scenario.model_graph import (
    Backup,
    Criticality,
    DependencyType,
    Fallback,
    FallbackStart,
    Node,
    NodeKind,
    Zone,
    ZoneKind,
    _Dependency,
)
from crisis_sim.core.scenario.model_injects import (
    Channel,
    Condition,
    ExpectedReaction,
    Inject,
    NodeState,
)
from crisis_sim.core.scenario.model_meta import (
    Basis,
    Checked,
    Meta,
    Organisation,
    OrganisationKind,
    Persona,
    PersonaKind,
    Role,
    RoleKind,
    Source,
)
from crisis_sim.core.scenario.yamldoc import read_yaml

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "scenario-format.md"
EXAMPLE = ROOT / "docs" / "examples" / "petite-mairie.yaml"
EXAMPLE_HEADING = "## A complete small example"

# Each model's keys must be explained in the part of the doc about that model (its "## " section).
SECTION_OF_MODEL: dict[type[BaseModel], str] = {
    Meta: "`meta`",
    Source: "Real or invented",
    Organisation: "`organisation`",
    Role: "`roles`",
    Persona: "`personas`",
    Zone: "`zones`",
    Node: "`nodes`",
    _Dependency: "`nodes`",
    Fallback: "`fallbacks`",
    Attack: "`attack`",
    AttackStep: "`attack`",
    Inject: "`injects`",
    Condition: "`injects`",
    ExpectedReaction: "`injects`",
    Decision: "`decisions`",
    Precondition: "`decisions`",
    Effect: "`decisions`",
    Restore: "`decisions`",
    TriggerInject: "`decisions`",
    Evidence: "`objectives`",
    Objective: "`objectives`",
}
DOCUMENTED_CHOICES: tuple[type[StrEnum], ...] = (
    Checked,
    Basis,
    OrganisationKind,
    RoleKind,
    PersonaKind,
    ZoneKind,
    NodeKind,
    Criticality,
    Backup,
    DependencyType,
    FallbackStart,
    StepKind,
    StepEffect,
    Channel,
    NodeState,
    Practice,
)


@pytest.fixture(scope="module")
def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def _code_spans(markdown: str) -> set[str]:
    """What the text shows in backticks (outside code blocks), plus the key of `key: value`."""
    prose = re.sub(r"^```.*?^```", "", markdown, flags=re.DOTALL | re.MULTILINE)
    spans = {span.strip() for span in re.findall(r"`([^`\n]+)`", prose)}
    return spans | {span.split(":")[0].strip() for span in spans}


def _section(doc_text: str, heading: str) -> str:
    """The text under ``## heading``, up to the next heading of the same level."""
    parts = re.split(r"^## ", doc_text, flags=re.MULTILINE)
    matching = [part for part in parts if part.split("\n", 1)[0].strip() == heading]
    assert matching, f"{DOC.name} has no section '## {heading}'"
    return matching[0]


@pytest.fixture(scope="module")
def code_spans(doc_text: str) -> set[str]:
    return _code_spans(doc_text)


def _yaml_keys(model: type[BaseModel]) -> list[str]:
    return [field.alias or name for name, field in model.model_fields.items()]


def test_example_loads_without_errors_or_warnings() -> None:
    result = load_scenario(EXAMPLE)

    assert [p.render() for p in result.problems] == []
    assert result.ok


def test_example_is_valid_for_the_editor_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from crisis_sim.core.scenario.schema import scenario_schema

    data = read_yaml(EXAMPLE, ProblemList(EXAMPLE)).data
    validator = jsonschema.Draft202012Validator(scenario_schema())

    assert [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(data)] == []


def test_doc_ends_with_the_example_file_byte_for_byte(doc_text: str) -> None:
    section = doc_text.split(EXAMPLE_HEADING, 1)[1]
    blocks = re.findall(r"^```yaml\n(.*?)^```$", section, flags=re.DOTALL | re.MULTILINE)

    assert len(blocks) == 1, "the example section holds exactly one ```yaml block"
    assert blocks[0].encode("utf-8") == EXAMPLE.read_bytes()


def test_every_top_level_key_is_documented(doc_text: str) -> None:
    top_level = set(Scenario.model_fields) | set(LIST_SECTIONS) | set(SINGLE_SECTIONS)
    overview = _code_spans(_section(doc_text, "The top-level keys"))

    assert sorted(top_level - overview) == []
    for key in top_level:
        _section(doc_text, f"`{key}`")


@pytest.mark.parametrize(
    ("model", "heading"),
    [
        pytest.param(model, heading, id=model.__name__)
        for model, heading in SECTION_OF_MODEL.items()
    ],
)
def test_every_key_of_the_model_is_documented(
    model: type[BaseModel], heading: str, doc_text: str
) -> None:
    spans = _code_spans(_section(doc_text, heading))
    undocumented = [key for key in _yaml_keys(model) if key not in spans]

    assert undocumented == [], f"document these keys of {model.__name__} under '## {heading}'"


@pytest.mark.parametrize("choices", DOCUMENTED_CHOICES, ids=lambda e: e.__name__)
def test_every_allowed_value_is_documented(choices: type[StrEnum], code_spans: set[str]) -> None:
    undocumented = [member.value for member in choices if member.value not in code_spans]

    assert undocumented == [], f"document these values of {choices.__name__} in {DOC.name}"


def test_channels_and_node_kinds_each_have_a_table_row(doc_text: str) -> None:
    # The values trainers type most must each be explained on a row of their own.
    first_cells = {
        line.split("|")[1].strip().strip("`")
        for line in doc_text.splitlines()
        if line.startswith("| `")
    }

    assert sorted({channel.value for channel in Channel} - first_cells) == []
    assert sorted({kind.value for kind in NodeKind} - first_cells) == []
