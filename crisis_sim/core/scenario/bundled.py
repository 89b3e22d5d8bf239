"""Bundled scenarios, and naming a scenario by id or by path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crisis_sim.core.resources import scenarios_dir

SCENARIO_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class ScenarioRef:
    """What the user named, and the file it designates (which may not exist)."""

    name: str
    path: Path
    is_unknown_id: bool = False


def bundled_scenarios() -> dict[str, Path]:
    """Bundled scenario ids (the file name without extension) and their files."""
    folder = scenarios_dir()
    files = sorted(
        p
        for p in folder.glob("*")
        if p.suffix in SCENARIO_SUFFIXES and not p.stem.endswith(".play")
    )
    return {path.stem: path for path in files}


def resolve(name: str) -> ScenarioRef:
    """A path when it exists or looks like one; otherwise the bundled scenario of that id."""
    path = Path(name).expanduser()
    looks_like_path = path.suffix in SCENARIO_SUFFIXES or len(path.parts) > 1
    if path.exists() or looks_like_path:
        return ScenarioRef(name, path)
    bundled = bundled_scenarios().get(name)
    return ScenarioRef(name, bundled or path, is_unknown_id=bundled is None)
