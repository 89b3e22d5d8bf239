"""The shipped play scripts play their bundled scenario from DEBEX to FINEX, and the Angers
main courante reads like one."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisis_sim.core.exercise.chronogramme import InjectStatus
from crisis_sim.core.exercise.clock import ClockState
from crisis_sim.core.exercise.journal import EmbeddedText
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.playscript import load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.store import create_session, open_session
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.bundled import bundled_scenarios, resolve
from crisis_sim.core.scenario.loader import load_scenario


def _played(scenario_id: str, out: Path):
    scenario = load_scenario(resolve(scenario_id).path).scenario
    script_path = scenarios_dir() / f"{scenario_id}.play.yaml"
    script = load_play_script(script_path, scenario)
    embedded = EmbeddedText.of_bytes(script_path.read_bytes())
    session = create_session(scenario, out, script=embedded)
    play(session, script)
    session.close()
    return session


@pytest.mark.parametrize("scenario_id", ["angers-2021", "commune-3500"])
def test_bundled_script_plays_to_finex_and_replays_identically(scenario_id, tmp_path):
    session = _played(scenario_id, tmp_path / "s.jsonl")
    assert session.state is ClockState.FINISHED
    replayed = open_session(tmp_path / "s.jsonl").session
    assert [e.to_json() for e in replayed.log.entries] == [e.to_json() for e in session.log.entries]


def test_play_scripts_are_not_listed_as_scenarios():
    assert not [name for name in bundled_scenarios() if name.endswith(".play")]


def test_the_angers_play_covers_the_whole_72_hours_and_every_facilitator_move(tmp_path):
    session = _played("angers-2021", tmp_path / "s.jsonl")
    assert session.now >= session.scenario.meta.duration - 6 * 3600
    kinds = {entry.kind for entry in session.log.entries}
    assert kinds >= {
        EntryKind.DELIVERY,
        EntryKind.RESEND,
        EntryKind.DECISION,
        EntryKind.SERVICE,
        EntryKind.OBSERVATION,
        EntryKind.NOTE,
        EntryKind.SKIP,
        EntryKind.RETIME,
    }
    chronogramme = session.chronogramme
    assert any(s.inject.reserve and s.deliveries[:1] and s.deliveries[0].by_hand
               for s in chronogramme.states)  # fmt: skip
    assert any(s.status is InjectStatus.SKIPPED for s in chronogramme.states)
    delivered = sum(s.status is InjectStatus.DELIVERED for s in chronogramme.states)
    assert delivered >= 30
    assert any(note.edits for note in session.log.entries if note.kind is EntryKind.NOTE)


def test_the_angers_main_courante_reads_like_one(tmp_path):
    session = _played("angers-2021", tmp_path / "s.jsonl")
    t0 = session.scenario.meta.t0
    lines = [entry.render(t0) for entry in session.log.entries]
    assert lines[0] == "J+0 23:00 (réel 0:00:00) [animation] DEBEX — début de l'exercice."
    assert (
        "J+1 00:45 (réel 0:03:30) [simulation] Accès aux bâtiments et badgeuses : interrompu — "
        "cause : chiffrement de « Serveur du contrôle d'accès et de la gestion des temps » "
        "par l'attaque." in lines
    )
    assert any("[maire] Décision — Maire (ou élu délégué) : Déposer plainte." in x for x in lines)
    assert any("Relance par téléphone — Préfecture" in line for line in lines)
    # Short sentences: no line of the log is a wall of text.
    assert max(len(entry.text.fr) for entry in session.log.entries) < 400
