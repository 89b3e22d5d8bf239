"""``crisis-sim simulate | analyse | bench`` through main(), as a user runs them."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys

import pytest

from crisis_sim.cli import sim_commands
from crisis_sim.cli.main import main

REGISTRY_DECISION = "activer-registres-manuscrits@J+1 08:00"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def angers_run():
    """The Angers attack over J+0..J+3, with the civil registry's paper fallback decided."""
    capture = io.StringIO()
    from contextlib import redirect_stdout

    with redirect_stdout(capture):
        code = main(["simulate", "angers-2021", "--decide", REGISTRY_DECISION, "--json"])
    assert code == 0
    return json.loads(capture.getvalue())


def _function(report, function_id):
    return next(f for f in report["functions"] if f["id"] == function_id)


@pytest.mark.parametrize(
    ("function", "through"),
    [
        ("messagerie-agents", "messagerie"),  # e-mail
        ("demarches-en-ligne", "sites-internet"),  # websites
        ("bibliotheques", "sigb"),  # libraries
        ("verbalisation-stationnement", "verbalisation-electronique"),  # police fines
        ("reservation-petite-enfance", "portail-famille"),  # childcare booking
        ("archives-en-ligne", "portail-archives"),  # archives
    ],
)
def test_angers_services_the_domain_brief_reports_down(angers_run, function, through):
    service = _function(angers_run, function)
    assert service["final"] == "down"
    down = next(change for change in service["timeline"] if change["status"] == "down")
    assert down["chain"][0] == through
    assert down["root"].startswith("encrypted by step")


def test_angers_civil_registry_on_paper_after_the_fallback_decision(angers_run):
    registry = _function(angers_run, "etat-civil-central")
    statuses = [(change["at_label"], change["status"]) for change in registry["timeline"]]
    assert statuses[0] == ("J+1 02:30", "down")
    assert registry["final"] == "paper"
    last = registry["timeline"][-1]
    assert last["cause"]["ref"] == "registres-etat-civil-manuscrits"
    assert last["capacity"] == 0.4
    assert last["chain"] == ["logiciel-etat-civil", "serveurs-applicatifs-services"]


def test_angers_json_keys(angers_run):
    assert set(angers_run) == {
        "scenario", "seed", "t0", "until", "until_label", "attack", "failures", "decisions",
        "functions", "summary", "refusals",
    }  # fmt: skip
    assert angers_run["until_label"] == "J+3 23:00"
    assert angers_run["decisions"] == [
        {"decision": "activer-registres-manuscrits", "at": 9 * 3600, "at_label": "J+1 08:00"}
    ]
    change = _function(angers_run, "bibliotheques")["timeline"][0]
    assert set(change) == {
        "at", "at_label", "status", "level", "capacity", "cause", "it_cause", "chain", "root"
    }  # fmt: skip


def test_simulate_text_shows_states_with_causes(capsys):
    code, out, _ = _run(capsys, "simulate", "angers-2021", "--decide", REGISTRY_DECISION)
    assert code == 0
    assert "J+1 10:00  paper 40 %" in out
    assert "sigb ← serveur-sigb ← encrypted by step 'vague-2-bibliotheques-sites'" in out
    assert "!! passed its mtd at" in out


def test_simulate_a_what_if_failure_without_the_attack(capsys):
    code, out, _ = _run(
        capsys, "simulate", "commune-3500", "--no-attack", "--fail", "nope@H+1", "--json"
    )
    assert code == 2
    code, out, _ = _run(capsys, "simulate", "angers-2021", "--no-attack", "--until", "2h",
                        "--fail", "cluster-hyperviseurs@H+1", "--json")  # fmt: skip
    report = json.loads(out)
    assert code == 0
    assert not report["attack"]
    registry = _function(report, "etat-civil-central")
    assert [(c["at"], c["status"]) for c in registry["timeline"]] == [(3600, "down")]
    assert registry["timeline"][0]["root"] == "what-if failure"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["simulate", "angers-2021", "--fail", "nope"], "--fail: no node 'nope'"),
        (["simulate", "angers-2021", "--until", "demain"], "'demain' is not a game time"),
        (["simulate", "angers-2021", "--until", "J-2"], "before T0"),
        (["simulate", "angers-2021", "--decide", "nope"], "--decide: no decision 'nope'"),
        (["analyse", "angers-2021", "--staff", "0"], "--staff must be at least 1"),
        (["analyse", "angers-2021", "--fail", "nope"], "--fail: no node 'nope'"),
        (["analyse", "angers-2021", "--at", "soon"], "'soon' is not a game time"),
        (["bench", "--nodes", "10"], "--nodes: each size must be at least"),
        (["simulate", "synthetic:5"], "at least 100 nodes"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith("crisis-sim: ")
    assert message in err
    assert "Traceback" not in err


def test_a_scenario_that_does_not_load_exits_1(capsys, tmp_path):
    code, out, err = _run(capsys, "simulate", str(tmp_path / "missing.yaml"))
    assert code == 1
    assert "error" in err
    assert out == ""


def test_analyse_angers_text(capsys):
    code, out, _ = _run(capsys, "analyse", "angers-2021", "--top", "5")
    assert code == 0
    assert "44 single points of failure" in out
    assert re.search(r"^\s+1\s+coeur-reseau\s+vital\s+15\s+584100", out, re.MULTILINE)
    assert "Restoration plan after the attack (from J+1 04:00), 2 IT staff" in out
    assert "Cannot be restored: serveur-supervision" in out


def test_analyse_angers_json_with_one_and_two_staff(capsys):
    plans = {}
    for staff in ("1", "2"):
        code, out, _ = _run(capsys, "analyse", "angers-2021", "--staff", staff, "--json")
        assert code == 0
        report = json.loads(out)
        assert set(report) == {
            "scenario", "nodes", "functions", "single_points_of_failure", "ranking",
            "incident", "plan",
        }  # fmt: skip
        assert report["incident"]["kind"] == "attack"
        plans[staff] = report["plan"]
    assert {step["staff"] for step in plans["1"]["steps"]} == {1}
    assert {step["staff"] for step in plans["2"]["steps"]} == {1, 2}
    assert plans["2"]["finished_at"] < plans["1"]["finished_at"]
    service = plans["2"]["services"][0]
    assert {"function", "working_at", "operational_at", "mtd_passed_at"} <= set(service)


def test_analyse_after_what_if_failures(capsys):
    code, out, _ = _run(capsys, "analyse", "angers-2021", "--fail", "san-principal", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["incident"]["kind"] == "failures"
    assert [d["node"] for d in report["incident"]["damage"]] == ["san-principal"]
    assert [s["node"] for s in report["plan"]["steps"]] == ["san-principal"]


def test_ctrl_c_during_the_analysis_stops_it_cleanly(capsys, monkeypatch):
    real = sim_commands.criticality_ranking

    def interrupted_ranking(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGINT)  # as if the user pressed Ctrl-C now
        return real(*args, **kwargs)

    monkeypatch.setattr(sim_commands, "criticality_ranking", interrupted_ranking)
    code, out, err = _run(capsys, "analyse", "angers-2021")
    assert code == 130
    assert out == ""
    assert err == "crisis-sim: interrupted: criticality ranking cancelled after 0 of 78\n"


def test_ctrl_c_anywhere_else_is_exit_130(capsys, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(sim_commands, "simulation_report", interrupt)
    code, _, err = _run(capsys, "simulate", "angers-2021")
    assert (code, err) == (130, "crisis-sim: interrupted\n")


def test_progress_shows_on_a_terminal_after_a_second(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sim_commands.sys, "stderr", terminal)
    progress = sim_commands._Progress("ranking nodes")
    progress(1, 4)  # under a second: nothing yet
    assert terminal.getvalue() == ""
    progress.started -= 2
    progress(2, 4)
    assert "ranking nodes: 2/4 (50 %)" in terminal.getvalue()
    progress(4, 4)
    assert terminal.getvalue().endswith("\r\033[K")  # the line is cleared at the end


REQUIRED = (
    "cascade_ms", "naive_ms", "ratio_vs_naive", "worst_step_ms", "small_incident_ms",
    "spof_s", "spof_angers_s", "peak_rss_mb", "compile_ms_500", "graph_ms_500",
)  # fmt: skip


def test_bench_on_a_tiny_graph_prints_every_figure(capsys):
    code, out, err = _run(capsys, "bench", "--nodes", "500")
    assert code == 0, err
    figures = {}
    for line in out.splitlines():
        if not line.startswith("#"):
            name, value = line.split(": ", 1)
            figures[name] = value
            assert re.fullmatch(r"[a-z_0-9]+", name)
    assert set(REQUIRED) <= set(figures)
    assert re.fullmatch(r"[0-9.]+ ms", figures["cascade_ms"])
    assert figures["naive_agrees_500"] == "true"
    assert "# peak_rss_mb ≤ 300 MB: met" in out


def test_the_bench_child_reports_its_own_peak_memory_not_its_parents():
    # Linux's ru_maxrss keeps the peak of the image before exec: a child started from a
    # large process (this test run, after many tests) used to report the parent's size.
    ballast = bytearray(400 << 20)
    ballast[:: 1 << 12] = b"\1" * len(ballast[:: 1 << 12])  # resident, not just reserved
    task = {"size": 500, "naive": False, "spof": False, "runs": 1}
    child = subprocess.run(
        [sys.executable, "-m", "crisis_sim.cli.bench", json.dumps(task)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(ballast) == 400 << 20
    assert json.loads(child.stdout)["peak_rss_mb"] < 200
