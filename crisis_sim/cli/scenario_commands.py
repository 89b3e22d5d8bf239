"""``validate``, ``info`` and ``schema``: what a trainer runs on a scenario file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from crisis_sim.core.problems import ProblemList
from crisis_sim.core.scenario.bundled import bundled_scenarios, resolve
from crisis_sim.core.scenario.loader import LoadResult, load_scenario
from crisis_sim.core.scenario.schema import scenario_schema
from crisis_sim.core.scenario.summary import scenario_summary


def register(commands: argparse._SubParsersAction) -> None:
    validate = commands.add_parser("validate", help="check scenario files; exit 1 if invalid")
    validate.add_argument("scenarios", nargs="+", metavar="FILE|ID")
    validate.add_argument("--json", action="store_true", help="machine-readable results")
    validate.set_defaults(run=run_validate)
    info = commands.add_parser("info", help="summarise a scenario, or list the bundled ones")
    info.add_argument("scenario", nargs="?", metavar="FILE|ID")
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=run_info)
    schema = commands.add_parser("schema", help="print the JSON Schema of the scenario format")
    schema.set_defaults(run=run_schema)


def load(name: str) -> LoadResult:
    ref = resolve(name)
    if ref.is_unknown_id:
        return _unknown_scenario(name)
    return load_scenario(ref.path)


def _unknown_scenario(name: str) -> LoadResult:
    problems = ProblemList(Path(name))
    bundled = ", ".join(bundled_scenarios()) or "none"
    problems.error(
        "file",
        f"'{name}' is neither a file nor a bundled scenario",
        hint=f"bundled scenarios: {bundled}",
    )
    return LoadResult(Path(name), None, problems.items)


def run_validate(args: argparse.Namespace) -> int:
    results = [load(name) for name in args.scenarios]
    if args.json:
        print(json.dumps([_validation_json(r) for r in results], indent=2, ensure_ascii=False))
    else:
        for result in results:
            _print_validation(result)
    return 0 if all(result.ok for result in results) else 1


def _print_validation(result: LoadResult) -> None:
    for problem in result.problems:
        print(problem.render())
    errors = sum(p.severity.value == "error" for p in result.problems)
    warnings = len(result.problems) - errors
    verdict = "valid" if result.ok else f"INVALID ({errors} error{'s' * (errors != 1)})"
    print(f"{result.path}: {verdict}, {warnings} warning{'s' * (warnings != 1)}")


def _validation_json(result: LoadResult) -> dict[str, Any]:
    return {
        "file": str(result.path),
        "valid": result.ok,
        "errors": sum(p.severity.value == "error" for p in result.problems),
        "warnings": sum(p.severity.value == "warning" for p in result.problems),
        "problems": [problem.to_json() for problem in result.problems],
    }


def run_info(args: argparse.Namespace) -> int:
    if args.scenario is None:
        return _list_bundled(args.json)
    result = load(args.scenario)
    if not result.ok or result.scenario is None:
        _print_validation(result)
        return 1
    summary = scenario_summary(result.scenario)
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        _print_summary(summary)
    return 0


def _print_summary(summary: dict[str, Any]) -> None:
    print(f"{summary['id']}: {summary['title']['fr']} / {summary['title']['en']}")
    print(f"  organisation: {summary['organisation']}")
    print(f"  DEBEX {summary['t0']}, duration {summary['duration']}")
    for key in (
        "nodes",
        "business_functions",
        "dependencies",
        "zones",
        "fallbacks",
        "attack_steps",
        "injects",
        "decisions",
        "objectives",
        "roles",
        "personas",
    ):
        print(f"  {key.replace('_', ' ')}: {summary[key]}")
    print(f"  channels: {', '.join(summary['channels'])}")


def _list_bundled(as_json: bool) -> int:
    rows = []
    for scenario_id, path in bundled_scenarios().items():
        result = load_scenario(path)
        title = result.scenario.meta.title.get("fr") if result.scenario else "(invalid)"
        rows.append({"id": scenario_id, "title": title, "path": str(path), "valid": result.ok})
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row['id']:<24} {row['title']}")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(scenario_schema(), indent=2, ensure_ascii=False))
    return 0
