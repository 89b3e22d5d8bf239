"""Headless play of a script: commands stamped with the real time they would take, a record
that does not depend on pacing, and a resume from any point that applies nothing twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import fingerprint
from mini_play import MINI_PLAY

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.clock import ClockState
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.journal import EmbeddedText, read_journal
from crisis_sim.core.exercise.playscript import load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.store import create_session, resume_session


@pytest.fixture
def script_file(tmp_path: Path) -> Path:
    path = tmp_path / "mini.play.yaml"
    path.write_text(MINI_PLAY, encoding="utf-8")
    return path


def _run(scenario, script_file, out: Path, **play_options):
    script = load_play_script(script_file, scenario)
    embedded = EmbeddedText.of_bytes(script_file.read_bytes())
    session = create_session(scenario, out, script=embedded)
    try:
        play(session, script, **play_options)
    finally:
        session.close()
    return session


def test_a_script_plays_to_finex_with_every_action_in_the_log(scenario, script_file, tmp_path):
    session = _run(scenario, script_file, tmp_path / "s.jsonl")
    assert session.state is ClockState.FINISHED
    assert session.now == 8 * 3600
    kinds = [e.kind.value for e in session.log.entries]
    for kind in ("decision", "note", "observation", "delivery", "resend", "skip", "retime"):
        assert kind in kinds
    assert session.log.note("note-1").edits
    assert session.log.entries[-1].text.fr == "RETEX à chaud."


def test_real_time_stamps_follow_the_speed_and_the_pauses(scenario, script_file, tmp_path):
    session = _run(scenario, script_file, tmp_path / "s.jsonl")
    entries = {e.text.fr: e for e in session.log.entries}
    # ×60 from DEBEX: game 30 min = 30 real s; the 10-min pause at H+2:20 adds 600 s of real time.
    assert entries["Cellule de veille ouverte à 8 h 30."].real_ms == 30_000
    assert entries["Discussion sur la communication."].real_ms == 180_000 + 600_000
    # The jump to H+6 costs no real time.
    lines = read_journal(tmp_path / "s.jsonl").entries
    jump = next(line for line in lines if isinstance(line.command, c.JumpTo))
    before = lines[lines.index(jump) - 1]
    assert jump.real_ms == before.real_ms


def test_pacing_is_asked_for_the_real_time_and_does_not_change_the_record(
    scenario, script_file, tmp_path
):
    waits: list[int] = []
    _run(scenario, script_file, tmp_path / "paced.jsonl", pace=waits.append)
    _run(scenario, script_file, tmp_path / "fast.jsonl")
    assert sum(waits) == read_journal(tmp_path / "paced.jsonl").entries[-1].real_ms
    assert (tmp_path / "paced.jsonl").read_bytes() == (tmp_path / "fast.jsonl").read_bytes()


def test_resuming_after_any_line_applies_nothing_twice(scenario, script_file, tmp_path):
    whole = _run(scenario, script_file, tmp_path / "whole.jsonl")
    record = (tmp_path / "whole.jsonl").read_bytes()
    lines = record.split(b"\n")
    script = load_play_script(script_file, scenario)
    for kept in range(1, len(lines) - 1):  # the header alone, then one more line each time
        cut = tmp_path / f"cut-{kept}.jsonl"
        torn = lines[kept][: len(lines[kept]) // 2]  # and half of the next line, torn
        cut.write_bytes(b"\n".join(lines[:kept]) + b"\n" + torn)
        resumed = resume_session(cut)
        play(resumed.session, script)
        resumed.session.close()
        assert cut.read_bytes() == record, f"resumed after line {kept}"
    assert fingerprint(resumed.session) == fingerprint(whole)


def test_resuming_a_finished_session_plays_nothing(scenario, script_file, tmp_path):
    _run(scenario, script_file, tmp_path / "s.jsonl")
    resumed = resume_session(tmp_path / "s.jsonl")
    script = load_play_script(script_file, scenario)
    assert play(resumed.session, script) == 0
    resumed.session.close()


def test_a_script_without_finex_plays_to_the_planned_end(scenario, tmp_path):
    path = tmp_path / "short.play.yaml"
    path.write_text("- at: H+1\n  note: x\n  by: maire\n", encoding="utf-8")
    session = _run(scenario, path, tmp_path / "s.jsonl")
    assert session.state is ClockState.FINISHED
    assert session.now == scenario.meta.duration


def test_an_action_refused_during_play_names_its_line(scenario, tmp_path):
    path = tmp_path / "bad.play.yaml"
    path.write_text("- at: H+1\n  decide: restaurer\n  by: dsi\n", encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"script action 1 \(line 1\): .*needs the decision"):
        _run(scenario, path, tmp_path / "s.jsonl")
    assert len(read_journal(tmp_path / "s.jsonl").entries) == 2  # Start and the advance


def test_a_session_not_played_from_a_script_is_not_continued_by_one(
    scenario, script_file, tmp_path
):
    session = create_session(scenario, tmp_path / "s.jsonl")
    session.apply(c.Start(), 0)
    session.close()
    resumed = resume_session(tmp_path / "s.jsonl")
    with pytest.raises(ExerciseError, match="not played from a script"):
        play(resumed.session, load_play_script(script_file, scenario))
    resumed.session.close()
