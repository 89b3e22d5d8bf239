"""Fixtures for the exercise tests: the mini scenario, sessions, and moving game time."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from mini_scenario import MINI

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.replay import snapshot
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import parse_game_time
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model import Scenario


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may write session files in the real user's data folder.
    monkeypatch.setenv("CRISIS_SIM_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def scenario_file(tmp_path: Path) -> Path:
    path = tmp_path / "mini.yaml"
    path.write_text(MINI, encoding="utf-8")
    return path


@pytest.fixture
def scenario(scenario_file: Path) -> Scenario:
    result = load_scenario(scenario_file)
    assert result.scenario is not None, [p.render() for p in result.problems]
    return result.scenario


def game_time(scenario: Scenario, text: str) -> int:
    return parse_game_time(text, scenario.meta.t0)


class Driver:
    """Drives a session the way a facilitator's console would, with a real-time counter."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.real = 0

    def t(self, text: str) -> int:
        return game_time(self.session.scenario, text)

    def do(self, command: c.Command, wait_ms: int = 0) -> None:
        self.real += wait_ms
        self.session.apply(command, self.real)

    def start(self) -> Driver:
        self.do(c.Start())
        return self

    def run_to(self, text: str) -> None:
        """Let real time run until the game clock shows ``text``."""
        wait = self.session.clock.real_ms_until(self.t(text))
        self.do(c.Advance(wait), wait)

    def delivered(self) -> list[str]:
        return [e.ref for e in self.session.log.entries if e.kind.value == "delivery"]


@pytest.fixture
def driver(scenario: Scenario) -> Callable[..., Driver]:
    def make(**options: object) -> Driver:
        return Driver(Session(scenario, **options))  # type: ignore[arg-type]

    return make


def fingerprint(session: Session) -> str:
    """Everything observable about a session, to check that a refused command changed nothing."""
    data = snapshot(session, "fr")
    data["clock_raw"] = [session.clock.now, session.clock.carry_ms, session.clock.speed]
    data["real_ms"] = session.real_ms
    data["chronogramme"] = [
        [s.id, s.status.value, s.due, len(s.deliveries)] for s in session.chronogramme.states
    ]
    data["reactions"] = [[r.id, r.opened_at, len(r.marks)] for r in session.reactions]
    return json.dumps(data, sort_keys=True, ensure_ascii=False)
