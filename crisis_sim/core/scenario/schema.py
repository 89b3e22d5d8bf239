"""JSON Schema of the scenario format, for completion and checks in trainers' editors."""

from __future__ import annotations

from typing import Any

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_meta import FORMAT_VERSION

SCHEMA_ID = f"https://crisis-sim.invalid/schema/scenario-v{FORMAT_VERSION}.schema.json"

# Models that the loader also accepts written as a plain string (see their BeforeValidators):
# French text for Text, a node id for a dependency.
STRING_SHORTHANDS = {
    "#/$defs/Text": "Plain text counts as French.",
    "#/$defs/_Dependency": "A node id alone is a hard dependency.",
}


def scenario_schema() -> dict[str, Any]:
    schema = _allow_string_shorthands(Scenario.model_json_schema(mode="validation"))
    return {
        **schema,
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"crisis_sim scenario, format {FORMAT_VERSION}",
    }


def _allow_string_shorthands(node: Any) -> Any:
    if isinstance(node, list):
        return [_allow_string_shorthands(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("$ref") in STRING_SHORTHANDS:
        others = {key: value for key, value in node.items() if key != "$ref"}
        shorthand = {"type": "string", "description": STRING_SHORTHANDS[node["$ref"]]}
        return {**others, "anyOf": [{"$ref": node["$ref"]}, shorthand]}
    return {key: _allow_string_shorthands(value) for key, value in node.items()}
