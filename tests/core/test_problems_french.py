"""Every problem a trainer can get reads in French as well as English."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from scenario_text import edit_base, only_problem

HERE = Path(__file__).parent

# The tests that feed the loader and the play script broken files, each problem once or more.
INVALID_FILE_TESTS = [
    "test_bad_input.py",
    "test_cli_scenario.py",
    "test_validation_checks.py",
    "test_validation_reporting.py",
    "test_validation_shape.py",
    "exercise/test_exercise_playscript.py",
]

# Text that reads the same in both languages: ids, numbers, paths.
# Problems only the command line makes (a scenario id it does not know): it prints English.
CLI_ONLY = re.compile(r"bundled scenarios: .*|'.*' is neither a file nor a bundled scenario")
# Text that reads the same in both languages: an id, a number or a path, alone.
NEUTRAL = re.compile(r"[\w.\-/:\[\]'+]+")


@pytest.mark.slow  # a child pytest run: not in the Qt-blocked re-run of the core tests
def test_every_problem_of_the_invalid_files_has_french(tmp_path):
    out = tmp_path / "problems.jsonl"
    env = {**os.environ, "CRISIS_SIM_PROBLEMS_OUT": str(out)}
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "problem_recorder", "-p", "no:cacheprovider"]
        + [str(HERE / name) for name in INVALID_FILE_TESTS],
        cwd=HERE.parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    problems = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len({p["code"] for p in problems}) > 20, "the tests' broken files were not walked"
    untranslated = {
        (p["code"], en)
        for p in problems
        for en, fr in ((p["message"], p["message_fr"]), (p["hint"], p["hint_fr"]))
        if en and fr == en and not NEUTRAL.fullmatch(en) and not CLI_ONLY.fullmatch(en)
    }
    assert not untranslated, sorted(untranslated)


def test_unknown_key_with_did_you_mean(load_text):
    text = edit_base(("zone: lan, backup: offline}", "zone: lan, backp: offline}"))
    problem = only_problem(load_text(text).problems, "unknown-key")
    assert problem.text("fr").endswith(": clé « backp » inconnue")
    assert problem.hint_text("fr") == "vouliez-vous dire « backup » ?"
    assert problem.message.endswith(": unknown key 'backp'")
    assert problem.hint == "did you mean 'backup'?"


def test_missing_key_with_its_description(load_text):
    text = edit_base(("    sender: presse\n", ""))
    problem = only_problem(load_text(text).problems, "missing-key")
    assert problem.text("fr") == "injects[0].sender : la clé « sender » est obligatoire ici"
    assert problem.hint_text("fr") == "Le persona (ou le rôle) qui l'envoie."
    assert problem.message == "injects[0].sender: the key 'sender' is required here"


def test_bad_reference(load_text):
    problem = only_problem(
        load_text(edit_base(("needs: [srv]", "needs: [svr]"))).problems, "unknown-reference"
    )
    assert problem.text("fr") == "aucun nœud n'a l'id « svr »"
    assert problem.hint_text("fr") == "vouliez-vous dire « srv » ?"
    assert problem.text("en") == "no node has the id 'svr'"


def test_a_timing_check(load_text):
    problem = only_problem(
        load_text(edit_base(("duration: 3j", "duration: 0"))).problems, "impossible-time"
    )
    assert problem.text("fr") == "meta.duration doit être plus longue que zéro"
    assert problem.hint_text("fr") == (
        "par exemple « 3h » pour un exercice sur table, « 2j » pour une simulation"
    )


def test_a_pydantic_type_error(load_text):
    problem = only_problem(
        load_text(edit_base(("population: 3500", "population: beaucoup"))).problems, "invalid"
    )
    assert problem.text("fr") == "organisation.population : un nombre entier est attendu"
    assert problem.message.startswith("organisation.population: Input should be a valid integer")


def test_a_validator_message(load_text):
    problem = only_problem(
        load_text(edit_base(("at: J+1 08:00", "at: J+1 25:00"))).problems, "invalid"
    )
    assert problem.text("fr") == (
        "injects[0].at : « J+1 25:00 » : 25:00 n'est pas une heure de la journée"
    )


def test_english_stays_as_the_cli_prints_it(load_text):
    text = edit_base(("zone: lan, backup: offline}", "zone: lan, backp: offline}"))
    problem = only_problem(load_text(text).problems, "unknown-key")
    assert problem.render() == problem.render("en")
    assert "hint: did you mean 'backup'?" in problem.render()
    assert "conseil : vouliez-vous dire" not in problem.render()
    assert set(problem.to_json()) == {"severity", "code", "message", "location", "hint"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_english_only_text_is_shown_in_both_languages(tmp_path, lang):
    from crisis_sim.core.problems import ProblemList

    problems = ProblemList(tmp_path / "x.yaml")
    problems.error("session", "something broke", hint="try again")
    assert problems.items[0].text(lang) == "something broke"
    assert problems.items[0].hint_text(lang) == "try again"


def test_pydantic_errors_are_worded_from_their_context():
    from crisis_sim.core.scenario.errors_fr import pydantic_message_fr

    english = "Input should be greater than or equal to 1"
    assert pydantic_message_fr("greater_than_equal", {"ge": 1}, english) == (
        "la valeur doit être supérieure ou égale à 1"
    )
    assert pydantic_message_fr("too_short", {"min_length": 1, "actual_length": 0}, "x") == (
        "au moins 1 élément(s) attendu(s), 0 donné(s)"
    )


def test_a_message_without_french_keeps_its_english():
    from crisis_sim.core.scenario.errors_fr import pydantic_message_fr

    assert pydantic_message_fr("some_new_kind", None, "Something new") == "Something new"
    assert pydantic_message_fr("value_error", None, "a brand new rule") == "a brand new rule"


def test_render_in_french(load_text):
    text = edit_base(("zone: lan, backup: offline}", "zone: lan, backp: offline}"))
    problem = only_problem(load_text(text).problems, "unknown-key")
    assert problem.render("fr").endswith(
        "error: nodes[0].backp : clé « backp » inconnue\n"
        "    conseil : vouliez-vous dire « backup » ?"
    )
