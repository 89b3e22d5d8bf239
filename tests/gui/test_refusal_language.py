"""What the session says when it refuses a command, and why a decision is not possible yet,
reach the console in its language and follow the language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from scenario_gui import GUI_SCENARIO

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.gui import dialogs
from crisis_sim.gui.console import build_console
from crisis_sim.gui.i18n import set_language

LEFT = Qt.MouseButton.LeftButton
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RESTORE = 2  # the row of the decision with preconditions

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")

# The GUI scenario with one more decision that needs another first and a time.
WITH_PRECONDITIONS = (
    GUI_SCENARIO
    + """\
  - id: restaurer
    label: {fr: Restaurer le serveur, en: Restore the server}
    requires:
      - decision: isoler-serveur
      - after: J+1 10:00
    effects:
      - restore: {node: srv}
"""
)


@pytest.fixture
def console(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    path = tmp_path / "preconditions.yaml"
    path.write_text(WITH_PRECONDITIONS, encoding="utf-8")
    scenario = load_scenario(path).scenario
    assert scenario is not None
    built = build_console(scenario)
    qtbot.addWidget(built.window)
    qtbot.addWidget(built.players)
    built.window.show()
    yield built
    built.driver.shutdown()


def _select(view, row: int) -> None:
    flags = view.selectionModel().SelectionFlag
    view.selectionModel().select(view.model().index(row, 0), flags.ClearAndSelect | flags.Rows)


def _status(console) -> str:
    return console.window.statusBar().currentMessage()


def test_delivering_a_delivered_inject_is_refused_in_the_console_language(console, qtbot):
    assert set_language("fr")
    console.driver.advance_to(9 * 3600)  # the press call went out at J+1 08:00
    _select(console.injects.table, 0)
    qtbot.mouseClick(console.injects.deliver, LEFT)
    assert _status(console) == (
        "le stimulus « Appel de la presse » a déjà été envoyé à J+1 08:00 ; "
        "pour l'envoyer à nouveau, utilisez la relance"
    )
    assert set_language("en")
    english = (
        "the inject “Call from the press” was already delivered at J+1 08:00; "
        "use Resend to send it again"
    )
    assert console.driver.refusal_text() == english
    # The message still on screen follows the switch (at the LanguageChange event).
    qtbot.waitUntil(lambda: _status(console) == english)
    console.window.statusBar().clearMessage()
    assert set_language("fr")
    qtbot.waitUntil(lambda: console.window.windowTitle().endswith("console d’animation"))
    assert _status(console) == ""  # a message gone stays gone
    assert set_language("en")
    qtbot.mouseClick(console.injects.deliver, LEFT)
    assert _status(console) == english


def test_a_decision_whose_preconditions_fail_says_why_in_french_then_english(console, qtbot):
    assert set_language("fr")
    console.driver.advance_to(3600)
    model = console.decisions.model
    assert model.index(RESTORE).data() == "Restaurer le serveur"
    assert model.index(RESTORE).data(TOOLTIP) == (
        "Pas maintenant\xa0: il faut d'abord la décision « Isoler le serveur métier » ; "
        "pas avant J+1 10:00"
    )
    # The list does not let anyone select a disabled decision; the session refuses it anyway.
    take = c.TakeDecision("dsi", decision="restaurer")
    assert not console.driver.apply(take)
    assert _status(console) == (
        "la décision « Restaurer le serveur » ne peut pas être prise maintenant : "
        "il faut d'abord la décision « Isoler le serveur métier » ; pas avant J+1 10:00"
    )
    assert set_language("en")
    assert model.index(RESTORE).data(TOOLTIP) == (
        "Not now: it needs the decision “Isolate the business server” first; "
        "it cannot be taken before J+1 10:00"
    )
    assert not console.driver.apply(take)
    assert _status(console) == (
        "the decision “Restore the server” cannot be taken now: it needs the decision "
        "“Isolate the business server” first; it cannot be taken before J+1 10:00"
    )


def test_a_time_that_cannot_be_read_is_reported_in_french(console, qtbot, monkeypatch):
    assert set_language("fr")
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "demain")
    _select(console.injects.table, 0)
    qtbot.mouseClick(console.injects.retime, LEFT)
    assert _status(console) == (
        "« demain » n'est pas une heure de jeu : écrivez-la comme J+1 10:30, H+2 ou 2h30"
    )


def test_without_a_mouse_the_panel_says_why_a_decision_cannot_be_taken(console, qtbot):
    assert set_language("fr")
    console.driver.advance_to(3600)
    panel = console.decisions
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))
    for _ in range(RESTORE):
        qtbot.keyClick(panel.list, Qt.Key.Key_Down)  # a greyed decision is reachable by keys
    assert panel.list.currentIndex().row() == RESTORE
    assert panel.why.text() == (
        "Pas maintenant\xa0: il faut d'abord la décision « Isoler le serveur métier » ; "
        "pas avant J+1 10:00"
    )
    assert not panel.take.isEnabled()
    assert set_language("en")
    qtbot.waitUntil(lambda: panel.why.text().startswith("Not now: it needs the decision"))
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)  # a decision that can be taken
    assert panel.why.text() == ""
    assert panel.take.isEnabled()
