"""The core never imports Qt: checked in the source, at import time, and by running its tests."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import crisis_sim.core

CORE_DIR = Path(crisis_sim.core.__file__).parent
REPO = CORE_DIR.parents[1]
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "crisis_sim.gui")

# Runs in a child interpreter: any attempt to import Qt fails as if it were not installed.
BLOCK_QT = """
import importlib.abc, sys
class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'pytestqt'):
            raise ImportError(f'{name} is blocked: the core must run without Qt')
        return None
sys.meta_path.insert(0, _NoQt())
"""


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt():
    offenders = {
        str(path.relative_to(REPO)): sorted(
            name for name in _imported_modules(path) if name.startswith(FORBIDDEN)
        )
        for path in CORE_DIR.rglob("*.py")
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_every_core_module_imports_with_qt_blocked():
    modules = sorted(
        ".".join(
            ("crisis_sim", *path.relative_to(CORE_DIR.parent).with_suffix("").parts)
        ).removesuffix(".__init__")
        for path in CORE_DIR.rglob("*.py")
    )
    code = (
        BLOCK_QT
        + "import importlib\n"
        + "".join(f"importlib.import_module({name!r})\n" for name in modules)
        + "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr


def test_core_tests_pass_with_qt_absent():
    code = BLOCK_QT + (
        "import pytest\n"
        "sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', '-p', 'pytest_timeout',"
        " '-m', 'not slow', 'tests/core',"
        " '--deselect', 'tests/core/test_qt_free.py::test_core_tests_pass_with_qt_absent']))\n"
    )
    # Plugin autoload would import pytest-qt, hence Qt; the core tests need no plugin.
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
