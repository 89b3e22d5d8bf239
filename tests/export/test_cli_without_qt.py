"""The other commands need no Qt: ``paper-kit`` imports the export only when it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crisis_sim.cli import export_commands
from crisis_sim.export import i18n

REPO = Path(__file__).resolve().parents[2]


def test_loading_the_cli_imports_no_qt():
    code = "import sys, crisis_sim.cli.main; assert 'PySide6' not in sys.modules, 'Qt imported'"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_command_offers_the_languages_the_export_has():
    assert export_commands.LANGUAGES == i18n.LANGUAGES
