"""Play scripts read into typed actions, with every problem at its file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from mini_play import MINI_PLAY

from crisis_sim.core.exercise.commands import ReactionMark
from crisis_sim.core.exercise.playscript import (
    FreeDecision,
    PlayScriptError,
    load_play_script,
    load_play_script_text,
)


def _load(scenario, tmp_path: Path, text: str):
    path = tmp_path / "test.play.yaml"
    path.write_text(text, encoding="utf-8")
    return load_play_script(path, scenario)


def _problems(scenario, tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(PlayScriptError) as caught:
        _load(scenario, tmp_path, text)
    return [
        p.render().replace(str(tmp_path / "test.play.yaml"), "F") for p in caught.value.problems
    ]


def test_every_kind_of_action_is_read_into_typed_objects(scenario, tmp_path):
    script = _load(scenario, tmp_path, MINI_PLAY)
    kinds = [action.kind for action in script.actions]
    assert kinds == [
        "speed", "note", "decide", "decide", "pause", "mark", "deliver", "resend", "skip",
        "pause", "note", "resume", "retime", "decide", "decide", "jump", "edit", "finex", "note",
    ]  # fmt: skip
    mark = script.actions[5]
    assert (mark.mark.reaction, mark.mark.status, mark.at) == (
        "repondre-presse",
        ReactionMark.PARTIAL,
        2 * 3600 + 1800,
    )
    assert script.actions[4].pause_ms == 600_000
    assert script.actions[9].pause_ms is None
    assert isinstance(script.actions[14].decide, FreeDecision)
    assert script.actions[12].retime.to == 5 * 3600 + 1800
    assert script.lines[:3] == (1, 3, 6)


def test_unknown_ids_and_roles_are_reported_with_a_suggestion(scenario, tmp_path):
    text = (
        "- at: H+1\n  decide: isolr\n  by: dsi\n"
        "- at: H+2\n  note: x\n  by: stagiaire\n"
        "- at: H+3\n  mark: {reaction: repondre, status: observed}\n"
        "- at: H+4\n  resend: {inject: alert, channel: sms}\n"
        "- at: H+5\n  decide: isoler\n  by: animation\n"
    )
    assert _problems(scenario, tmp_path, text) == [
        "F:2:11: error: no decision 'isolr' in the scenario\n    hint: did you mean 'isoler'?",
        "F:6:7: error: no role 'stagiaire' in the scenario",
        "F:8:9: error: no expected reaction 'repondre' in the scenario\n"
        "    hint: did you mean 'repondre-presse'?",
        "F:10:20: error: no inject 'alert' in the scenario\n    hint: did you mean 'alerte'?",
        "F:13:7: error: 'animation' is not a role of the crisis cell; decisions are taken "
        "by players",
    ]


def test_malformed_actions_are_reported_at_their_place(scenario, tmp_path):
    text = (
        "- at: H+1\n  decide: isoler\n"  # no by:
        "- at: H+2\n  note: x\n  skip: alerte\n  by: maire\n"  # two actions
        "- at: demain\n  finex: true\n"  # bad time
        "- at: H+4\n  speed: 500\n"
        "- at: H+5\n  pause: longtemps\n"
        "- at: H+6\n  chante: true\n"
    )
    problems = _problems(scenario, tmp_path, text)
    assert problems[0] == "F:1:3: error: [0]: 'decide' needs 'by:', the role who acts"
    assert problems[1].startswith("F:3:3: error: [1]: each item does exactly one of: decide,")
    assert problems[2].startswith("F:7:7: error: [2].at: 'demain' is not a game time")
    assert problems[3].startswith("F:10:10: error: [3].speed: Input should be less than")
    assert problems[4].startswith("F:12:10: error: [4].pause:")
    assert problems[5].startswith("F:14:3: error: [5].chante: unknown key 'chante'")
    assert len(problems) == 6


def test_times_must_not_go_back_and_a_paused_clock_must_not_move(scenario, tmp_path):
    text = (
        "- at: H+2\n  skip: alerte\n"
        "- at: H+1\n  skip: article\n"
        "- at: H+3\n  pause: true\n"
        "- at: H+4\n  note: x\n  by: maire\n"
    )
    assert _problems(scenario, tmp_path, text) == [
        "F:3:7: error: this action is earlier than the one before it",
        "F:7:7: error: the clock is paused here: game time cannot move until 'resume'",
    ]


def test_only_notes_and_observations_follow_finex(scenario, tmp_path):
    text = "- at: H+2\n  finex: true\n- note: x\n  by: maire\n- at: H+3\n  skip: alerte\n"
    assert _problems(scenario, tmp_path, text) == [
        "F:5:3: error: after 'finex' only note, mark, edit can follow"
    ]


def test_resume_without_pause_is_reported(scenario, tmp_path):
    assert _problems(scenario, tmp_path, "- resume\n") == [
        "F:1:3: error: 'resume' without a 'pause: true' before it"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decide: isoler\n", "F:1:1: error: a play script is a list of actions"),
        ("- at: H+1\n\tnote: x\n", "F:2:1: error: a tab character is used for indentation"),
        ("- !!python/object:os.system {}\n", "F:1:3: error: the tag 'tag:yaml.org,2002:python"),
    ],
)
def test_unsafe_or_broken_yaml_is_refused(scenario, tmp_path, text, expected):
    assert _problems(scenario, tmp_path, text)[0].startswith(expected)


def test_a_script_carried_as_text_names_its_source_in_messages(scenario):
    with pytest.raises(PlayScriptError) as caught:
        load_play_script_text("- at: H+1\n  skip: nope\n", scenario, "s.jsonl (script)")
    assert caught.value.problems[0].render().startswith("s.jsonl (script):2:9: error")
