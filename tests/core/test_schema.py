"""The JSON Schema that editors use accepts what the loader accepts, and refuses typos."""

from __future__ import annotations

import pytest
from scenario_text import BASE_SCENARIO

from crisis_sim.core.problems import ProblemList
from crisis_sim.core.scenario.bundled import bundled_scenarios
from crisis_sim.core.scenario.schema import scenario_schema
from crisis_sim.core.scenario.yamldoc import read_yaml

jsonschema = pytest.importorskip("jsonschema")


def _data(path):
    return read_yaml(path, ProblemList(path)).data


def _errors(data) -> list[str]:
    validator = jsonschema.Draft202012Validator(scenario_schema())
    return [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(data)]


def test_schema_is_itself_valid():
    jsonschema.Draft202012Validator.check_schema(scenario_schema())


def test_schema_accepts_the_base_scenario(write_scenario):
    assert _errors(_data(write_scenario(BASE_SCENARIO))) == []


@pytest.mark.parametrize("scenario_id", sorted(bundled_scenarios()))
def test_schema_accepts_bundled_scenarios(scenario_id):
    assert _errors(_data(bundled_scenarios()[scenario_id])) == []


def test_schema_refuses_an_unknown_key(write_scenario):
    data = _data(write_scenario(BASE_SCENARIO.replace("backup: offline}", "backp: offline}", 1)))
    assert any("'backp' was unexpected" in error for error in _errors(data))


def test_schema_refuses_a_bad_duration(write_scenario):
    data = _data(write_scenario(BASE_SCENARIO.replace("mtd: 1j", "mtd: one day")))
    assert any("mtd" in error for error in _errors(data))


def test_schema_accepts_a_bare_zero_duration(write_scenario):
    data = _data(write_scenario(BASE_SCENARIO.replace("within: 1h", "within: 0")))
    assert _errors(data) == []
