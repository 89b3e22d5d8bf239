"""THE reliability test: kill -9 a paced ``crisis-sim run`` at 20 random moments, resume each
time, and check that every logged event survived and that the final record is byte for byte
the record of an uninterrupted run."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crisis_sim.core.exercise.journal import EmbeddedText
from crisis_sim.core.exercise.playscript import load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.store import create_session, open_session
from crisis_sim.core.scenario.model import Scenario

REPO = Path(__file__).resolve().parents[3]
KILLS = 20
SPEED = 120  # 40 game minutes of script take 20 real seconds when paced


def _long_script() -> str:
    """Forty game minutes of notes, decisions, deliveries and observations: long enough that
    twenty kills, each some tenths of a second into the play, all land before the end."""
    actions = [
        "- at: 0s\n  retime: {inject: alerte, to: 4min}",
        "- retime: {inject: appel-presse, to: 7min}",
    ]
    for second in range(15, 40 * 60, 15):
        actions.append(f'- at: {second}s\n  note: "Point à {second} s."\n  by: maire')
        if second == 300:
            actions.append("- decide: isoler\n  by: dsi")
        if second == 480:
            actions.append(
                "- mark: {reaction: repondre-presse, status: partial}\n  by: observateur"
            )
        if second == 600:
            actions.append("- deliver: relance")
    actions.append("- at: 40min\n  finex: true")
    return "\n".join(actions) + "\n"


def _cli(*args: object) -> list[str]:
    return [sys.executable, "-m", "crisis_sim.cli.main", *map(str, args)]


def _log(path: Path, scenario: Scenario) -> list[dict]:
    return [entry.to_json() for entry in open_session(path, scenario).session.log.entries]


def _kill_mid_play(command: list[str], journal: Path, rng: random.Random) -> bool:
    """Start the command, wait until it writes to the journal, then kill -9 it at a random
    moment. False if it finished first."""
    size_at_launch = journal.stat().st_size if journal.exists() else -1
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL)
    try:
        while process.poll() is None and (
            not journal.exists() or journal.stat().st_size == size_at_launch
        ):
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.3))
        if process.poll() is not None:
            return False
        process.send_signal(signal.SIGKILL)
        return True
    finally:
        process.wait(timeout=30)


@pytest.mark.slow
def test_kill_at_random_moments_and_resume_loses_nothing(scenario, scenario_file, tmp_path):
    script_file = tmp_path / "long.play.yaml"
    script_file.write_text(_long_script(), encoding="utf-8")
    journal = tmp_path / "killed.jsonl"
    rng = random.Random(20210116)

    logs_after_kills, kills = [], 0
    command = _cli(
        "run", scenario_file, "--script", script_file, "--out", journal, "--speed", SPEED
    )
    for _ in range(KILLS):
        kills += _kill_mid_play(command, journal, rng)
        logs_after_kills.append(_log(journal, scenario))
        command = _cli("run", "--resume", journal, "--speed", SPEED)
    finish = subprocess.run(
        _cli("run", "--resume", journal),  # the rest at full speed: the record is the same
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert finish.returncode == 0, finish.stderr

    reference = tmp_path / "uninterrupted.jsonl"
    session = create_session(
        scenario,
        reference,
        speed=SPEED,
        script=EmbeddedText.of_bytes(script_file.read_bytes()),
    )
    play(session, load_play_script(script_file, scenario))
    session.close()

    assert kills == KILLS, "every kill must land while the run is playing"
    final_log = _log(journal, scenario)
    for number, log in enumerate(logs_after_kills, start=1):
        assert log == final_log[: len(log)], f"events logged before kill {number} were lost"
    assert len(logs_after_kills[-1]) < len(final_log)
    assert journal.read_bytes() == reference.read_bytes()
    assert json.loads(journal.read_text("utf-8").splitlines()[-1])["command"]["type"] == "finex"
