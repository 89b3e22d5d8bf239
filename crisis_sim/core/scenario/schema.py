"""JSON Schema of the scenario format, for completion and checks in trainers' editors."""

from __future__ import annotations

from typing import Any

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_meta import FORMAT_VERSION

SCHEMA_ID = f"https://crisis-sim.invalid/schema/scenario-v{FORMAT_VERSION}.schema.json"


def scenario_schema() -> dict[str, Any]:
    schema = Scenario.model_json_schema(mode="validation")
    return {
        **schema,
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"crisis_sim scenario, format {FORMAT_VERSION}",
    }
