"""A plain (non-editable) install carries the scenarios and assets and works from anywhere."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return next(out.glob("crisis_sim-*.whl"))


def test_wheel_carries_scenarios_and_assets(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "crisis_sim/_bundled/scenarios/angers-2021.yaml" in names
    assert "crisis_sim/_bundled/scenarios/commune-3500.yaml" in names
    assert "crisis_sim/_bundled/assets/catalogue/recommendations.yaml" in names
    assert "crisis_sim/_bundled/assets/schema/scenario-v1.schema.json" in names


def test_installed_command_validates_bundled_scenarios_from_another_folder(wheel, tmp_path):
    # The dependencies are already in this interpreter: reuse them, install only the wheel.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(env_dir / "bin" / "crisis-sim"), "validate", "angers-2021", "commune-3500"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "_bundled/scenarios/angers-2021.yaml: valid" in result.stdout
