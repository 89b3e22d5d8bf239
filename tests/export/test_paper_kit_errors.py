"""Errors: a clear message, a non-zero exit, no traceback and never a half-written file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from crisis_sim.export.pdf_base import ExportError, write_atomically

REPO = Path(__file__).resolve().parents[2]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_invalid_scenario_exits_1_and_keeps_an_existing_file(paper_kit, scenario_path, tmp_path):
    scenario_path.write_text(
        scenario_path.read_text(encoding="utf-8").replace("sender: anssi", "sender: nobody"),
        encoding="utf-8",
    )
    output = tmp_path / "kit.pdf"
    output.write_bytes(b"previous kit")
    run = paper_kit(str(scenario_path), output=output)
    assert run.code == 1
    assert "nobody" in run.err
    assert "not a valid scenario; no paper kit written" in run.err
    assert "Traceback" not in run.err
    assert output.read_bytes() == b"previous kit"


def test_unknown_bundled_id_exits_1(paper_kit, tmp_path):
    run = paper_kit("no-such-scenario")
    assert run.code == 1
    assert "neither a file nor a bundled scenario" in run.err
    assert not run.output.exists()


@pytest.mark.parametrize("where", ["missing-folder/kit.pdf", "a-file/kit.pdf", "."])
def test_unwritable_output_exits_1_without_leftovers(paper_kit, scenario_path, tmp_path, where):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    output = tmp_path / where
    run = paper_kit(str(scenario_path), output=output)
    assert run.code == 1
    assert run.err.startswith("error: ")
    assert "Traceback" not in run.err
    assert not (output.is_file() and output.suffix == ".pdf")
    assert _leftovers(tmp_path) == []


def test_refuses_to_overwrite_the_scenario(paper_kit, scenario_path):
    before = scenario_path.read_bytes()
    run = paper_kit(str(scenario_path), output=scenario_path)
    assert run.code == 1
    assert "is the scenario itself" in run.err
    assert scenario_path.read_bytes() == before


def test_a_failure_while_writing_leaves_no_file(tmp_path):
    target = tmp_path / "kit.pdf"

    def write_half_then_fail(path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="No space left on device"):
        write_atomically(target, write_half_then_fail)
    assert list(tmp_path.iterdir()) == []


def test_the_installed_command_reports_errors_without_traceback(tmp_path):
    # A real process: the QCoreApplication is created by the export itself, as for a user.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "crisis_sim.cli.main",
            "paper-kit",
            "no-such-scenario",
            "-o",
            str(tmp_path / "kit.pdf"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "kit.pdf").exists()
