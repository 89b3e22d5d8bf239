"""``crisis-sim debrief`` errors: a message and exit code 1, no traceback, no file written, an
existing file left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_session import evil_session

from crisis_sim.cli.main import main
from crisis_sim.core.debrief import plan_path


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return evil_session(tmp_path_factory.mktemp("cli"))


def _run(capsys, *args: str) -> tuple[int, str]:
    code = main(["debrief", *args])
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, err


def test_no_session_file(qapp, capsys, tmp_path):
    output = tmp_path / "out.pdf"
    code, err = _run(capsys, str(tmp_path / "nope.jsonl"), "-o", str(output))
    assert code == 1
    assert "no session file" in err
    assert not output.exists()


def test_not_a_session_file(qapp, capsys, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("hello\n", encoding="utf-8")
    code, _ = _run(capsys, str(bad), "-o", str(tmp_path / "out.pdf"))
    assert code == 1


def test_missing_folder(qapp, capsys, session, tmp_path):
    output = tmp_path / "missing" / "out.html"
    code, err = _run(capsys, str(session), "--format", "html", "-o", str(output))
    assert code == 1
    assert "does not exist" in err


def test_output_is_the_session(qapp, capsys, session):
    before = session.read_bytes()
    code, err = _run(capsys, str(session), "--format", "md", "-o", str(session))
    assert code == 1
    assert "session file itself" in err
    assert session.read_bytes() == before


def test_a_failed_export_leaves_the_old_file(qapp, capsys, session, tmp_path, monkeypatch):
    output = tmp_path / "report.pdf"
    output.write_bytes(b"old report")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("crisis_sim.export.report_pdf.KitDocTemplate.build_story", broken)
    code, err = _run(capsys, str(session), "-o", str(output))
    assert code == 1
    assert "No space left" in err
    assert output.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_damaged_action_plan_is_an_error(qapp, capsys, session, tmp_path):
    plan_path(session).write_text("{", encoding="utf-8")
    try:
        code, err = _run(capsys, str(session), "--format", "json", "-o", str(tmp_path / "o.json"))
    finally:
        plan_path(session).unlink()
    assert code == 1
    assert "damaged" in err


def test_bad_format_is_a_usage_error(capsys, session, tmp_path):
    with pytest.raises(SystemExit) as stop:
        main(["debrief", str(session), "--format", "docx", "-o", str(tmp_path / "x")])
    assert stop.value.code == 2


def test_a_scenario_is_not_a_session(qapp, capsys, tmp_path):
    code, err = _run(capsys, "scenarios/angers-2021.yaml", "-o", str(tmp_path / "o.pdf"))
    assert code == 1
    assert "play it first" in err


def test_the_command_offers_the_languages_the_export_has():
    from crisis_sim.cli import debrief_commands
    from crisis_sim.export import i18n

    assert debrief_commands.LANGUAGES == i18n.LANGUAGES


def test_a_session_stopped_before_finex(qapp, capsys, tmp_path):
    from crisis_sim.core.exercise import commands as c
    from crisis_sim.core.exercise.store import create_session
    from crisis_sim.core.resources import scenarios_dir
    from crisis_sim.core.scenario.loader import load_scenario

    scenario = load_scenario(scenarios_dir() / "commune-3500.yaml").scenario
    path = tmp_path / "stopped.session.jsonl"
    session = create_session(scenario, path)
    session.apply(c.Start(), 0)
    session.apply(c.JumpTo(2 * 3600), 0)
    session.close()
    output = tmp_path / "stopped.json"
    code, _ = _run(capsys, str(path), "--format", "json", "-o", str(output))
    assert code == 0
    play = json.loads(output.read_text(encoding="utf-8"))["play"]
    assert play["finished"] is False
    assert play["end"] == 2 * 3600
