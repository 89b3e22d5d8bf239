"""tools/render_screenshots.py: the README's pictures show the scripted Angers run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from crisis_sim.core.exercise.chronogramme import InjectStatus
from crisis_sim.core.gametime import parse_game_time
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.sim import NodeStatus

TOOL = Path(__file__).parents[2] / "tools" / "render_screenshots.py"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("render_screenshots", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def angers():
    scenario = load_scenario(resolve("angers-2021").path).scenario
    assert scenario is not None
    return scenario


@pytest.fixture(scope="module")
def journal(tool, angers, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("shots") / "angers.session.jsonl"
    script = tool.script_beside(resolve("angers-2021").path)
    assert script is not None
    assert script.name == "angers-2021.play.yaml"
    tool.play_script(angers, script, path)
    return path


def _delivered(session) -> set[str]:
    return {s.id for s in session.chronogramme.states if s.status is InjectStatus.DELIVERED}


def _decisions(session) -> list[str | None]:
    return [record.decision for record in session.decisions.records]


def test_the_night_shows_the_decisions_taken_so_far_and_none_after(tool, angers, journal):
    t = parse_game_time("J+1 03:00", angers.meta.t0)
    session = tool.session_at(angers, journal, t)
    assert session.now == t
    assert _decisions(session) == [
        "reprendre-compte-twitter",
        "activer-cles-registre-acces",
        "couper-acces-internet",
        "isoler-zones-internes",
        "activer-cellule-crise",
    ]
    assert "fichiers-chiffres-decouverts" in _delivered(session)  # J+1 02:10
    assert "note-rancon-ecrans" not in _delivered(session)  # J+1 04:10, still to come
    assert session.world.state("acces-batiments", t).status is NodeStatus.PAPER


def test_saturday_morning_has_the_scripts_effects(tool, angers, journal):
    t = parse_game_time("J+1 11:30", angers.meta.t0)
    session = tool.session_at(angers, journal, t)
    assert session.now == t
    taken = _decisions(session)
    assert {"alerter-anssi", "activer-registres-manuscrits", "deposer-plainte"} <= set(taken)
    assert "communiquer-ouvertement" not in taken  # J+1 12:30
    # Injects the script's decisions brought: ANSSI's call, the fax acknowledging the complaint.
    assert {"anssi-premier-contact", "accuse-plainte-fax"} <= _delivered(session)
    # Only the decision to open paper registers puts the civil registry on paper.
    assert session.world.state("etat-civil-central", t).status is NodeStatus.PAPER
    notes = [entry.text.get("fr") for entry in session.log.entries]
    assert any("Plainte signée par le maire" in text for text in notes)


def test_the_command_writes_both_screens_at_their_sizes(tool, tmp_path, monkeypatch, english):
    argv = ["render_screenshots.py", "--at", "J+1 11:30", "--language", "en"]
    monkeypatch.setattr(sys, "argv", [*argv, "--out", str(tmp_path)])
    assert tool.main() == 0
    console = QImage(str(tmp_path / "console-en-J+1-1130.png"))
    players = QImage(str(tmp_path / "players-en-J+1-1130.png"))
    assert (console.width(), console.height()) == tool.CONSOLE_SIZE
    assert (players.width(), players.height()) == tool.PLAYERS_SIZE
