"""Paper-kit tests: the CLI run in-process under pytest-qt's application, PDFs read with pypdf.

Exporting needs only a QCoreApplication, but tests share one process with the GUI tests: they
use pytest-qt's ``qapp`` (a QApplication) so that no bare QCoreApplication is left behind.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from kit_scenario import KIT_SCENARIO
from pypdf import PdfReader

from crisis_sim.cli.main import main


@dataclass
class KitRun:
    code: int
    out: str
    err: str
    output: Path

    def pages(self) -> list[str]:
        """The text of each page."""
        return [page.extract_text() for page in PdfReader(self.output).pages]


@pytest.fixture
def scenario_path(tmp_path: Path) -> Path:
    path = tmp_path / "kit-test.yaml"
    path.write_text(KIT_SCENARIO, encoding="utf-8")
    return path


@pytest.fixture
def paper_kit(qapp, capsys, tmp_path: Path) -> Callable[..., KitRun]:
    """Run ``crisis-sim paper-kit`` with the given arguments; ``-o`` defaults to kit.pdf."""

    def run(*args: str, output: Path | None = None) -> KitRun:
        output = output or tmp_path / "kit.pdf"
        code = main(["paper-kit", *args, "-o", str(output)])
        out, err = capsys.readouterr()
        return KitRun(code, out, err, output)

    return run
