"""``crisis-sim run`` and ``crisis-sim replay``: outputs, exit codes, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mini_play import MINI_PLAY

from crisis_sim.cli.main import main


@pytest.fixture
def script_file(tmp_path: Path) -> Path:
    path = tmp_path / "mini.play.yaml"
    path.write_text(MINI_PLAY, encoding="utf-8")
    return path


def _run(*argv: str) -> int:
    return main([str(a) for a in argv])


def test_run_writes_a_session_and_summarises_it(scenario_file, script_file, tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    assert _run("run", scenario_file, "--script", script_file, "--out", out) == 0
    assert out.exists()
    assert "finished at J+0 16:00" in capsys.readouterr().out


def test_run_without_out_writes_in_the_data_folder(scenario_file, script_file, tmp_path, capsys):
    assert _run("run", scenario_file, "--script", script_file, "--quiet") == 0
    assert capsys.readouterr().out == ""
    assert (tmp_path / "data" / "sessions" / "mini-001.session.jsonl").exists()


def test_replay_prints_the_state_at_a_time(scenario_file, script_file, tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    _run("run", scenario_file, "--script", script_file, "--out", out, "--quiet")
    assert _run("replay", out, "--until", "H+3 M+45") == 0
    text = capsys.readouterr().out
    assert text.startswith("mini — J+0 11:45 (réel")
    assert "État civil : interrompu — cause : chiffrement de « Serveur » par l'attaque." in text
    assert "Main courante :" in text
    assert "RETEX" not in text


def test_replay_json_in_english(scenario_file, script_file, tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    _run("run", scenario_file, "--script", script_file, "--out", out, "--quiet")
    assert _run("replay", out, "--json", "--lang", "en") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["clock"]["state"] == "finished"
    assert data["services"][0]["name"] == "Civil registry"
    assert {row["id"] for row in data["injects"]} >= {"alerte", "relance"}
    assert data["log"][0]["text"]["en"] == "DEBEX — the exercise starts."


def test_run_resume_continues_an_interrupted_session(scenario_file, script_file, tmp_path, capsys):
    whole, cut = tmp_path / "whole.jsonl", tmp_path / "cut.jsonl"
    _run("run", scenario_file, "--script", script_file, "--out", whole, "--quiet")
    lines = whole.read_bytes().split(b"\n")
    cut.write_bytes(b"\n".join(lines[:9]) + b"\n" + lines[9][:7])
    assert _run("run", "--resume", cut) == 0
    captured = capsys.readouterr()
    assert "last line was cut off" in captured.err
    assert cut.read_bytes() == whole.read_bytes()


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["run"], 2, "give SCENARIO and --script, or --resume SESSION"),
        (["run", "nulle-part.yaml", "--script", "x.play.yaml"], 1, "no such file"),
        (["replay", "absent.jsonl"], 1, "no session file"),
        (["run", "--resume", "absent.jsonl"], 1, "no session file"),
    ],
)
def test_errors_are_one_clear_message_and_a_non_zero_exit(argv, code, message, capsys):
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_a_bad_script_reports_every_problem_with_its_place(scenario_file, tmp_path, capsys):
    bad = tmp_path / "bad.play.yaml"
    bad.write_text("- at: H+1\n  decide: isolr\n  by: dsi\n- at: H+0\n  skip: x\n", "utf-8")
    assert _run("run", scenario_file, "--script", bad, "--out", tmp_path / "s.jsonl") == 1
    err = capsys.readouterr().err
    assert f"{bad}:2:11: error: no decision 'isolr'" in err
    assert f"{bad}:5:9: error: no inject 'x'" in err
    assert not (tmp_path / "s.jsonl").exists()


def test_an_existing_output_is_not_overwritten(scenario_file, script_file, tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    out.write_text("précieux", encoding="utf-8")
    assert _run("run", scenario_file, "--script", script_file, "--out", out) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "précieux"


def test_resume_against_a_changed_scenario_is_refused(scenario_file, script_file, tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    _run("run", scenario_file, "--script", script_file, "--out", out, "--quiet")
    scenario_file.write_text(scenario_file.read_text("utf-8") + "\n# changed\n", "utf-8")
    assert _run("run", scenario_file, "--resume", out) == 1
    assert "another version of the scenario 'mini'" in capsys.readouterr().err


def test_replay_until_a_bad_time_is_refused(scenario_file, script_file, tmp_path, capsys):
    out = tmp_path / "s.jsonl"
    _run("run", scenario_file, "--script", script_file, "--out", out, "--quiet")
    assert _run("replay", out, "--until", "demain") == 1
    assert "--until: 'demain' is not a game time" in capsys.readouterr().err


def test_an_unwritable_output_folder_is_a_clear_error(scenario_file, script_file, tmp_path, capsys):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    assert _run("run", scenario_file, "--script", script_file, "--out", blocked / "s.jsonl") == 1
    err = capsys.readouterr().err
    assert "cannot create" in err
    assert "Traceback" not in err


def test_two_runs_of_the_same_inputs_give_the_same_bytes(scenario_file, script_file, tmp_path):
    for name in ("a.jsonl", "b.jsonl"):
        _run("run", scenario_file, "--script", script_file, "--out", tmp_path / name, "--quiet")
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
