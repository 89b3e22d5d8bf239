"""``crisis-sim validate | info | schema`` through main(), as a user runs them."""

from __future__ import annotations

import json
import sys
import types

import pytest
from scenario_text import BASE_SCENARIO, line_of

from crisis_sim.cli.main import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_valid_file_exits_0(capsys, write_scenario):
    path = write_scenario(BASE_SCENARIO)
    code, out, _ = _run(capsys, "validate", str(path))
    assert code == 0
    assert out.strip() == f"{path}: valid, 0 warnings"


def test_validate_invalid_file_exits_1_with_located_problems(capsys, write_scenario):
    text = BASE_SCENARIO.replace("needs: [srv]", "needs: [svr]")
    path = write_scenario(text)
    code, out, _ = _run(capsys, "validate", str(path))
    assert code == 1
    assert f"{path}:{line_of(text, 'needs: [svr]')}:" in out
    assert "error: no node has the id 'svr'" in out
    assert "hint: did you mean 'srv'?" in out
    assert out.strip().endswith("INVALID (1 error), 0 warnings")


def test_validate_several_files_fails_if_any_fails(capsys, write_scenario, tmp_path):
    good = write_scenario(BASE_SCENARIO, "good.yaml")
    code, out, _ = _run(capsys, "validate", str(good), str(tmp_path / "absent.yaml"))
    assert code == 1
    assert "good.yaml: valid" in out
    assert "no such file" in out


def test_validate_json(capsys, write_scenario):
    text = BASE_SCENARIO.replace("at: J+1 08:00", "at: J+4 08:00")
    path = write_scenario(text)
    code, out, _ = _run(capsys, "validate", "--json", str(path))
    assert code == 0
    [report] = json.loads(out)
    assert report["valid"] is True
    assert (report["errors"], report["warnings"]) == (0, 1)
    [problem] = report["problems"]
    assert problem["code"] == "after-finex"
    assert problem["location"]["line"] == line_of(text, "at: J+4 08:00")


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["validate"])
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_unknown_scenario_id_lists_the_bundled_ones(capsys):
    code, out, _ = _run(capsys, "validate", "angers-2012")
    assert code == 1
    assert "'angers-2012' is neither a file nor a bundled scenario" in out
    assert "angers-2021" in out


def test_info_json_has_the_counts(capsys, write_scenario):
    code, out, _ = _run(capsys, "info", "--json", str(write_scenario(BASE_SCENARIO)))
    assert code == 0
    info = json.loads(out)
    assert {
        key: info[key]
        for key in (
            "id",
            "nodes",
            "business_functions",
            "dependencies",
            "injects",
            "decisions",
            "fallbacks",
            "channels",
        )
    } == {
        "id": "test-mairie",
        "nodes": 4,
        "business_functions": 1,
        "dependencies": 3,
        "injects": 1,
        "decisions": 1,
        "fallbacks": 1,
        "channels": ["phone"],
    }


def test_info_on_invalid_file_exits_1(capsys, write_scenario):
    code, out, _ = _run(capsys, "info", str(write_scenario("meta: 1\n")))
    assert code == 1
    assert "INVALID" in out


def test_info_without_argument_lists_bundled_scenarios(capsys):
    code, out, _ = _run(capsys, "info", "--json")
    assert code == 0
    rows = {row["id"]: row for row in json.loads(out)}
    assert {"angers-2021", "commune-3500"} <= set(rows)
    assert all(row["valid"] for row in rows.values())


def test_schema_is_json_schema_of_the_format(capsys):
    code, out, _ = _run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert {"meta", "nodes", "injects", "decisions"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_shipped_schema_file_is_up_to_date(capsys):
    from crisis_sim.core.resources import asset_path

    _, out, _ = _run(capsys, "schema")
    printed = json.loads(out)
    shipped = json.loads(asset_path("schema/scenario-v1.schema.json").read_text("utf-8"))
    assert shipped == printed, "run: crisis-sim schema > assets/schema/scenario-v1.schema.json"


def _fake_console(monkeypatch) -> list[object]:
    """Stand in for the Qt console (the core tests run without Qt): record what it opens."""
    opened: list[object] = []
    fake = types.ModuleType("crisis_sim.gui.app")
    fake.run_gui = lambda path=None: opened.append(path) or 0
    monkeypatch.setitem(sys.modules, "crisis_sim.gui.app", fake)
    return opened


def test_no_command_opens_the_console_on_the_default_scenario(capsys, monkeypatch):
    opened = _fake_console(monkeypatch)
    code, _, _ = _run(capsys)
    assert code == 0
    assert opened == [None]  # run_gui's default is the bundled Angers scenario


def test_gui_command_opens_a_bundled_scenario_by_id(capsys, monkeypatch):
    opened = _fake_console(monkeypatch)
    code, _, _ = _run(capsys, "gui", "commune-3500")
    assert code == 0
    assert [str(path).endswith("commune-3500.yaml") for path in opened] == [True]


def test_console_that_cannot_start_says_so_without_traceback(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "crisis_sim.gui.app", None)  # import fails
    code, _, err = _run(capsys)
    assert code == 1
    assert "the console cannot start" in err
