"""The problems dialog speaks the console's language; the problems carry both."""

from __future__ import annotations

import pytest
from scenario_gui import GUI_SCENARIO

from crisis_sim.gui.dialogs import ProblemsDialog, problem_lines
from crisis_sim.gui.i18n import set_language

pytestmark = pytest.mark.usefixtures("english")

BROKEN = GUI_SCENARIO.replace("kind: server,", "kind: serverz,").replace("mtd: 4h", "mtd: soon")


@pytest.fixture
def broken(tmp_path):
    from crisis_sim.core.scenario.loader import load_scenario

    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    return path, load_scenario(path).problems


def _line_of(fragment: str) -> int:
    return next(i for i, line in enumerate(BROKEN.splitlines(), 1) if fragment in line)


def test_the_dialog_shows_french_with_the_console_in_french(broken, qtbot):
    path, problems = broken
    assert set_language("fr")
    dialog = ProblemsDialog(path, problems)
    qtbot.addWidget(dialog)
    # French puts a no-break space before a colon; the text box may show it as a plain one.
    text = dialog.text.toPlainText().replace("\u00a0", " ")
    assert dialog.windowTitle() == "Ce scénario ne peut pas être ouvert"
    assert (
        f"ligne {_line_of('serverz')} — erreur : nodes[1].kind : « serverz » n'est pas permis"
        in text
    )
    assert "    conseil : vouliez-vous dire « server » ?" in text
    assert (
        f"ligne {_line_of('soon')} — erreur : nodes[5].mtd : « soon » n'est pas une durée ; "
        "l'écrire comme « 2h30 », « 45min », « 3j » ou « 1j 12h »"
    ) in text.splitlines()
    assert "did you mean" not in text
    assert "error" not in text


def test_the_dialog_shows_english_with_the_console_in_english(broken, qtbot):
    path, problems = broken
    assert set_language("en")
    dialog = ProblemsDialog(path, problems)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"line {_line_of('serverz')} — error: nodes[1].kind: 'serverz' is not allowed" in text
    assert "    hint: did you mean 'server'?" in text
    assert "vouliez-vous" not in text


def test_lines_follow_a_switch_of_language(broken, qapp):
    _, problems = broken
    assert set_language("fr")
    french = problem_lines(problems)
    assert set_language("en")
    assert problem_lines(problems) != french
    assert problem_lines(problems, "fr") != problem_lines(problems)
