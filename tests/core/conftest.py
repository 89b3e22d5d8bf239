"""Small scenarios written as text, so tests can assert exact lines and columns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crisis_sim.core.scenario.loader import LoadResult, load_scenario


@pytest.fixture
def write_scenario(tmp_path: Path) -> Callable[[str], Path]:
    def write(text: str, name: str = "scenario.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def load_text(write_scenario: Callable[[str], Path]) -> Callable[[str], LoadResult]:
    def load(text: str) -> LoadResult:
        return load_scenario(write_scenario(text))

    return load
