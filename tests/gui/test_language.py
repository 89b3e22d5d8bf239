"""French and English: compiled translations ship, load, and a switch relabels what is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator

from crisis_sim.gui.i18n import LANGUAGES, current_language, qm_path, set_language, system_language
from crisis_sim.gui.legend import Legend
from crisis_sim.gui.players_screen import PlayersScreen
from crisis_sim.gui.services_model import STATE, ServicesModel

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_shipped_and_load(language, qapp):
    assert qm_path(language).is_file()
    assert QTranslator().load(str(qm_path(language)))


def test_french_file_translates_a_known_string(qapp):
    translator = QTranslator()
    translator.load(str(qm_path("fr")))
    assert translator.translate("Access", "Closed") == "Fermé"
    assert translator.translate("Access", "Reduced service (paper)") == "Service réduit (papier)"


def test_every_french_string_is_translated():
    import subprocess
    import sys
    from pathlib import Path

    tool = Path(__file__).parents[2] / "tools" / "update_translations.py"
    result = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("locale", "expected"), [("fr_FR", "fr"), ("fr_BE", "fr"), ("en_GB", "en"), ("de_DE", "en")]
)
def test_language_at_start_follows_the_system(locale, expected):
    assert system_language(QLocale(locale)) == expected


def test_unknown_language_changes_nothing(qapp):
    assert not set_language("de")
    assert current_language() == "en"


def test_switching_language_relabels_widgets(qtbot, gui_scenario, sim):
    legend = Legend()
    screen = PlayersScreen(gui_scenario, sim)
    qtbot.addWidget(legend)
    qtbot.addWidget(screen)
    assert screen.services_title.text() == "Public services"
    assert screen.services.index(0, 1).data() == "Open"
    set_language("fr")
    qtbot.waitUntil(lambda: screen.services_title.text() == "Services publics")
    assert legend.text_of("soft") == "fonctionne mieux avec"
    assert screen.services.index(0, 0).data() == "État civil"  # the scenario's own French
    assert screen.services.index(0, 1).data() == "Ouvert"
    assert screen.date.text() == "vendredi 15 janvier 2021"
    set_language("en")
    qtbot.waitUntil(lambda: screen.services_title.text() == "Public services")


def test_model_texts_follow_the_language(gui_scenario, sim, qapp):
    model = ServicesModel(gui_scenario, sim)
    set_language("fr")
    assert model.index(0, STATE).data() == "En service"
    from PySide6.QtCore import Qt

    assert model.headerData(STATE, Qt.Orientation.Horizontal) == "État"
