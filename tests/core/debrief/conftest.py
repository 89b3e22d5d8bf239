"""Debrief tests: the test town scenario, sessions played from small scripts, their debrief."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from debrief_scenario import scenario_text

from crisis_sim.core.debrief import Debrief, build_debrief
from crisis_sim.core.exercise.journal import EmbeddedText
from crisis_sim.core.exercise.playscript import load_play_script_text
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.store import create_session
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model import Scenario


@pytest.fixture
def town(tmp_path: Path) -> Callable[..., Scenario]:
    def load(redundant_dns: bool = False) -> Scenario:
        path = tmp_path / ("town-redundant.yaml" if redundant_dns else "town.yaml")
        path.write_text(scenario_text(redundant_dns), encoding="utf-8")
        result = load_scenario(path)
        assert result.scenario is not None, [p.render() for p in result.problems]
        return result.scenario

    return load


@pytest.fixture
def played(town: Callable[..., Scenario]) -> Callable[..., Session]:
    """A session of the town played from a script (held in memory)."""

    def run(script: str, *, redundant_dns: bool = False) -> Session:
        scenario = town(redundant_dns)
        session = Session(scenario)
        play(session, load_play_script_text(script, scenario, "test.play.yaml"))
        return session

    return run


@pytest.fixture
def debrief(played: Callable[..., Session]) -> Callable[..., Debrief]:
    def run(script: str, **options: bool) -> Debrief:
        return build_debrief(played(script, **options))

    return run


@pytest.fixture
def session_file(town: Callable[..., Scenario], tmp_path: Path) -> Callable[[str], Path]:
    """A session file of the town played from a script."""

    def run(script: str) -> Path:
        scenario = town()
        path = tmp_path / "town.session.jsonl"
        session = create_session(scenario, path, script=EmbeddedText.of_bytes(script.encode()))
        try:
            play(session, load_play_script_text(script, scenario, "test.play.yaml"))
        finally:
            session.close()
        return path

    return run
