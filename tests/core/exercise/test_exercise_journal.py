"""The session journal: round trip, resume equals an uninterrupted session, a torn last line,
a changed scenario refused, and byte-identical records for the same inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import fingerprint
from mini_scenario import MINI

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.errors import ExerciseError, JournalError, ScenarioMismatchError
from crisis_sim.core.exercise.journal import JOURNAL_VERSION, read_journal
from crisis_sim.core.exercise.store import (
    create_session,
    data_dir,
    new_session_path,
    open_session,
    resume_session,
    sessions_dir,
)
from crisis_sim.core.scenario.loader import load_scenario

H = 3600


def _script(scenario):
    """A facilitator's afternoon, as (command, real-time stamp) pairs."""
    return [
        (c.Start(), 0),
        (c.SetSpeed(60), 10),
        (c.Advance(90_000), 90_010),
        (c.AddNote("Alerte reçue, cellule convoquée.", "maire"), 91_000),
        (c.Advance(60_000), 151_000),
        (c.TakeDecision("dsi", decision="isoler"), 152_000),
        (c.Pause(), 153_000),
        (c.Advance(600_000), 753_000),
        (c.Resume(), 753_000),
        (c.Deliver("relance", "phone"), 754_000),
        (c.Resend("alerte", "sms"), 755_000),
        (
            c.MarkReaction(
                "repondre-presse", c.ReactionMark.PARTIAL, "réponse vague", "observateur"
            ),
            756_000,
        ),
        (c.EditNote("note-1", "Alerte reçue à 10h, cellule convoquée.", "maire"), 757_000),
        (c.JumpTo(4 * H + 1800), 758_000),
        (c.TakeDecision("maire", text="Prévenir l'assureur"), 759_000),
        (c.JumpToNextInject(), 760_000),
        (c.Finex(), 761_000),
    ]


def _play(session, steps):
    for command, stamp in steps:
        session.apply(command, stamp)


def test_journal_holds_a_header_then_one_line_per_recorded_command(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path, seed=5, speed=2)
    _play(session, _script(scenario))
    session.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    assert header["format"] == "crisis-sim-session"
    assert header["version"] == JOURNAL_VERSION
    assert (header["scenario_id"], header["seed"], header["speed"]) == ("mini", 5, 2)
    assert header["scenario_yaml"] == MINI
    assert header["scenario_sha256"] == scenario.content_hash
    # The paused Advance changed nothing and was not recorded.
    assert len(lines) == 1 + len(_script(scenario)) - 1
    assert json.loads(lines[3]) == {
        "seq": 3,
        "real_ms": 90_010,
        "command": {"type": "advance", "real_ms": 90_000},
    }


def test_replaying_the_journal_rebuilds_exactly_the_same_state(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario))
    session.close()
    assert fingerprint(open_session(path).session) == fingerprint(session)


def test_a_finished_session_file_needs_no_scenario_file(scenario, scenario_file, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario))
    session.close()
    scenario_file.unlink()
    reopened = open_session(path)
    assert reopened.session.scenario.id == "mini"
    assert fingerprint(reopened.session) == fingerprint(session)


@pytest.mark.parametrize("cut", [1, 5, 9, 14])
def test_resume_then_continue_equals_an_uninterrupted_session(scenario, tmp_path, cut):
    steps = _script(scenario)
    whole = create_session(scenario, tmp_path / "whole.jsonl")
    _play(whole, steps)
    whole.close()
    part = create_session(scenario, tmp_path / "part.jsonl")
    _play(part, steps[:cut])
    part.close()
    resumed = resume_session(tmp_path / "part.jsonl").session
    _play(resumed, steps[cut:])
    resumed.close()
    assert fingerprint(resumed) == fingerprint(whole)
    assert (tmp_path / "part.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


def test_same_inputs_give_byte_identical_records(tmp_path):
    records = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "mini.yaml").write_text(MINI, encoding="utf-8")
        scenario = load_scenario(folder / "mini.yaml").scenario
        session = create_session(scenario, folder / "s.jsonl", seed=11)
        _play(session, _script(scenario))
        session.close()
        records.append((folder / "s.jsonl").read_bytes())
    assert records[0] == records[1]


def test_torn_last_line_loses_only_that_line_with_a_warning(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    steps = _script(scenario)
    _play(session, steps[:6])
    session.close()
    good = path.read_bytes()
    path.write_bytes(good + b'{"command":{"type":"no')  # the process died mid-write
    contents = read_journal(path)
    assert len(contents.entries) == 6
    assert any("cut off" in w for w in contents.warnings)
    resumed = resume_session(path)
    assert resumed.warnings
    assert path.read_bytes() == good
    _play(resumed.session, steps[6:])
    resumed.session.close()
    whole = create_session(scenario, tmp_path / "whole.jsonl")
    _play(whole, steps)
    whole.close()
    assert path.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


def test_a_garbled_last_line_counts_as_torn(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario)[:3])
    session.close()
    path.write_bytes(path.read_bytes() + b"\x00\x00\x00\n")
    assert len(read_journal(path).entries) == 3


def test_a_damaged_line_inside_the_journal_is_an_error_with_its_line(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario)[:4])
    session.close()
    lines = path.read_bytes().split(b"\n")
    lines[2] = lines[2][:10]
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(JournalError, match=r"s\.jsonl:3: this line is damaged"):
        read_journal(path)


def test_a_session_that_cannot_be_read_says_why_in_both_languages(scenario, tmp_path):
    """The console shows these when a session is resumed or debriefed, in its language."""
    with pytest.raises(JournalError) as caught:
        read_journal(tmp_path / "absent.jsonl")
    absent = tmp_path / "absent.jsonl"
    assert caught.value.reason.fr == f"aucun fichier de session « {absent} »"
    assert caught.value.reason.en == str(caught.value) == f"no session file '{absent}'"
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario)[:4])
    session.close()
    lines = path.read_bytes().split(b"\n")
    lines[2] = json.dumps({"seq": 2, "real_ms": 0, "command": {"type": "dance"}}).encode()
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(JournalError) as caught:
        read_journal(path)
    assert caught.value.reason.fr == f"{path}:3 : commande inconnue 'dance'"
    assert str(caught.value) == f"{path}:3: unknown command 'dance'"


def test_missing_lines_are_detected(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario)[:4])
    session.close()
    lines = path.read_bytes().split(b"\n")
    path.write_bytes(b"\n".join(lines[:2] + lines[3:]))
    with pytest.raises(JournalError, match="expected command number 2"):
        read_journal(path)


def test_resuming_with_a_changed_scenario_is_refused(scenario, scenario_file, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario)[:4])
    session.close()
    scenario_file.write_text(MINI.replace("within: 2h", "within: 3h"), encoding="utf-8")
    changed = load_scenario(scenario_file).scenario
    with pytest.raises(ScenarioMismatchError, match="another version of the scenario 'mini'"):
        resume_session(path, changed)
    resumed = resume_session(path, scenario).session  # the recorded version is fine
    resumed.close()
    assert resumed.now == 5400


def test_a_scenario_file_changed_since_it_was_loaded_is_not_journaled(
    scenario, scenario_file, tmp_path
):
    scenario_file.write_text(MINI + "\n# edited\n", encoding="utf-8")
    with pytest.raises(ExerciseError, match="changed on disk since it was loaded"):
        create_session(scenario, tmp_path / "s.jsonl")


def test_an_existing_session_file_is_never_overwritten(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    create_session(scenario, path).close()
    with pytest.raises(JournalError, match="already exists"):
        create_session(scenario, path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no complete header"),
        (b'{"format": "other"}\n', "not a crisis-sim session journal"),
        (b'{"format": "crisis-sim-session", "version": 99}\n', "version 99"),
    ],
)
def test_files_that_are_not_sessions_are_refused(tmp_path, content, message):
    path = tmp_path / "s.jsonl"
    path.write_bytes(content)
    with pytest.raises(JournalError, match=message):
        read_journal(path)


def test_a_tampered_header_is_refused(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    create_session(scenario, path).close()
    path.write_text(path.read_text(encoding="utf-8").replace("Mini mairie", "Maxi mairie"))
    with pytest.raises(JournalError, match="do not match their hashes"):
        read_journal(path)


def test_sessions_go_to_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("CRISIS_SIM_DATA_DIR", str(tmp_path / "d"))
    assert sessions_dir() == tmp_path / "d" / "sessions"
    monkeypatch.delenv("CRISIS_SIM_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "crisis-sim"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert data_dir() == tmp_path / "home" / ".local" / "share" / "crisis-sim"
    assert data_dir(tmp_path / "x") == tmp_path / "x"


def test_new_session_paths_are_numbered(scenario, tmp_path):
    first = new_session_path("mini", tmp_path)
    assert first == tmp_path / "sessions" / "mini-001.session.jsonl"
    create_session(scenario, first).close()
    assert new_session_path("mini", tmp_path).name == "mini-002.session.jsonl"


def test_nothing_in_the_journal_comes_from_the_machine(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario))
    session.close()
    text = path.read_text(encoding="utf-8")
    assert str(tmp_path) not in text
    assert "2026" not in text
    for line in text.splitlines()[1:]:
        assert set(json.loads(line)) <= {"seq", "real_ms", "command", "tag"}


def test_replay_stops_at_a_game_time(scenario, tmp_path):
    path = tmp_path / "s.jsonl"
    session = create_session(scenario, path)
    _play(session, _script(scenario))
    session.close()
    early = open_session(path, until=2 * H).session
    assert early.now == 2 * H
    assert all(e.t <= 2 * H for e in early.log.entries)
    assert "alerte" in [e.ref for e in early.log.entries]
    assert open_session(path, until=0).session.now == 0
    assert Path(path).exists()
