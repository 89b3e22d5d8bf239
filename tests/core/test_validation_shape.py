"""Validation rules on the shape of each item (keys, types, times): message, code and place."""

from __future__ import annotations

import pytest
from scenario_text import BASE_SCENARIO, edit_base, line_of, only_problem


def test_base_scenario_is_valid_without_warnings(load_text):
    result = load_text(BASE_SCENARIO)
    assert result.ok
    assert result.problems == []


# (rule, replacements, code, severity, message fragment, fragment on the reported line)
RULES = [
    (
        "unknown key with a suggestion",
        [("zone: lan, backup: offline}", "zone: lan, backp: offline}")],
        "unknown-key",
        "error",
        "unknown key 'backp'",
        "backp:",
    ),
    (
        "unknown top-level section",
        [("objectives:\n", "objectifs:\n")],
        "unknown-key",
        "error",
        "unknown key 'objectifs'",
        "objectifs:",
    ),
    (
        "missing required key",
        [("{id: srv, kind: server, ", "{id: srv, ")],
        "missing-key",
        "error",
        "'kind' is required",
        "id: srv",
    ),
    (
        "value not among the choices",
        [("channel: phone", "channel: phne")],
        "invalid",
        "error",
        "'phne' is not allowed",
        "channel: phne",
    ),
    (
        "impossible clock time",
        [("at: J+1 08:00", "at: J+1 25:00")],
        "invalid",
        "error",
        "25:00 is not a time of day",
        "at: J+1 25:00",
    ),
    (
        "unreadable duration",
        [("mtd: 1j", "mtd: 2x")],
        "invalid",
        "error",
        "'2x' is not a duration",
        "mtd: 2x",
    ),
    (
        "duration without unit",
        [("activation: 2h", "activation: 2")],
        "invalid",
        "error",
        "a duration needs a unit",
        "activation: 2",
    ),
    (
        "id that is not a slug",
        [("- {id: san,", "- {id: San Principal,")],
        "invalid",
        "error",
        "'San Principal' is not a valid id",
        "San Principal",
    ),
    (
        "format version from the future",
        [("format: 1", "format: 2")],
        "format-version",
        "error",
        "this file is in format 2",
        "format: 2",
    ),
    (
        "a dependency that is both single and a group",
        [("needs: [san]", "needs: [{node: san, any_of: [srv]}]")],
        "invalid",
        "error",
        "not both or neither",
        "needs: [{node: san",
    ),
    (
        "k-of-n asking for more providers than listed",
        [("needs: [san]", "needs: [{any_of: [san], at_least: 2}]")],
        "invalid",
        "error",
        "at_least is 2 but any_of lists only 1",
        "any_of: [san]",
    ),
    (
        "inject with neither time nor condition",
        [("    at: J+1 08:00\n", "")],
        "invalid",
        "error",
        "needs 'at:' or 'when:'",
        "- id: appel-presse",
    ),
    (
        "condition naming two subjects",
        [("    at: J+1 08:00\n", "    when: {node: srv, state: down, inject: appel-presse}\n")],
        "invalid",
        "error",
        "exactly one of 'node', 'decision' or 'inject'",
        "when: {node: srv",
    ),
    (
        "effect with two actions",
        [("      - isolate: [lan]", "      - {isolate: [lan], shut_down: [srv]}")],
        "invalid",
        "error",
        "each effect is one of",
        "isolate: [lan], shut_down",
    ),
    (
        "text in no language",
        [("title: Contenir", "title: {}")],
        "invalid",
        "error",
        "give the text in French",
        "title: {}",
    ),
]


@pytest.mark.parametrize(
    ("replacements", "code", "severity", "message", "line_fragment"),
    [pytest.param(*rule[1:], id=rule[0]) for rule in RULES],
)
def test_rule_reports_message_and_location(
    load_text, replacements, code, severity, message, line_fragment
):
    text = edit_base(*replacements)
    result = load_text(text)
    problem = only_problem(result.problems, code)
    assert problem.severity.value == severity
    assert message in problem.message
    assert problem.location.line == line_of(text, line_fragment)
    assert result.ok is (severity == "warning")
