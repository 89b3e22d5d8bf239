"""The players' screen: large, plain words, no ids, never the expected reactions."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from scenario_gui import ENCRYPTED_AT, PAPER_AT

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model_injects import Channel
from crisis_sim.gui import dialogs
from crisis_sim.gui.console import build_console
from crisis_sim.gui.players_models import Access, DeliveredInject, PublicServicesModel
from crisis_sim.gui.players_screen import PlayersScreen
from crisis_sim.gui.session_driver import SessionDriver

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def screen(qtbot, gui_scenario, sim):
    widget = PlayersScreen(gui_scenario, sim)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    return widget


def _ids(scenario) -> set[str]:
    groups = (
        scenario.nodes,
        scenario.injects,
        scenario.decisions,
        scenario.fallbacks,
        scenario.personas,
        scenario.roles,
    )
    return {item.id for group in groups for item in group}


def test_shows_only_public_services_as_residents_find_them(screen, sim):
    assert screen.services.rowCount() == 1  # payroll is internal: not on the players' board
    assert screen.services.index(0, 0).data() == "Civil registry"
    assert screen.services.index(0, 1).data() == "Open"
    sim.run(ENCRYPTED_AT)
    screen.refresh(ENCRYPTED_AT)
    assert screen.services.index(0, 1).data() == "Closed"
    sim.run(PAPER_AT)
    screen.refresh(PAPER_AT)
    assert screen.services.access(0) is Access.PAPER
    assert screen.services.index(0, 1).data() == "Reduced service (paper)"


def test_clock_and_date(screen, sim):
    sim.run(PAPER_AT)
    screen.refresh(PAPER_AT)
    assert screen.clock.text() == "J+1 04:00"
    assert screen.date.text() == "Saturday 16 January 2021"


def test_delivered_injects_show_channel_sender_addressees_title_and_text(screen):
    screen.show_injects([DeliveredInject("appel-presse", 9 * 3600)])
    text = screen.injects.index(0).data()
    assert text.splitlines() == [
        "J+1 08:00 · Phone call · Press → Mayor",
        "Call from the press",
        "The press calls.",
    ]
    assert not screen.injects.index(0).data(1).isNull()  # the channel icon


def test_a_re_sent_inject_shows_its_new_channel(screen):
    screen.show_injects([DeliveredInject("appel-presse", 9 * 3600, Channel.SMS)])
    assert "Text message" in screen.injects.index(0).data()


def test_no_ids_no_expected_reactions_no_jargon(screen, sim, gui_scenario):
    sim.run(PAPER_AT)
    screen.refresh(PAPER_AT)
    screen.show_injects([DeliveredInject("appel-presse", 9 * 3600)])
    text = "\n".join(screen.visible_texts())
    words = set(re.findall(r"[\w-]+", text))
    assert not words & _ids(gui_scenario)
    assert "Payroll" not in text  # internal functions are not the residents' business
    assert "Answer calmly" not in text
    assert "Répondre" not in text
    for jargon in ("encrypted", "Encrypted", "compromised", "Compromised", "node", "mtd"):
        assert jargon not in text


def test_large_type(screen):
    assert screen.clock.font().pointSize() >= 40
    assert screen.services_view.font().pointSize() >= 18


# --- what players see of the Angers exercise -----------------------------------------------


@pytest.fixture(scope="module")
def angers():
    return load_scenario(resolve("angers-2021").path).scenario


@pytest.fixture
def angers_midway(qtbot, angers):
    """The players' screen following an Angers session at J+1 12:00, with a reserve inject
    fired by hand, another skipped and one re-sent through another channel."""
    driver = SessionDriver(Session(angers))
    screen = PlayersScreen(angers, driver.source)
    qtbot.addWidget(screen)
    screen.follow(driver)
    driver.advance_to(6 * 3600)
    assert driver.apply(c.Deliver("equipe-tv-devant-mairie"))  # a reserve inject, by hand
    assert driver.apply(c.Skip("bibliotheque-samedi-matin"))
    assert driver.apply(c.Resend("tweets-suspects", "sms"))
    driver.advance_to(13 * 3600)  # J+1 12:00
    driver.pause()
    yield driver.session, screen
    driver.shutdown()


def _both(text) -> list[str]:
    return [text.get("fr"), text.get("en")]


def test_players_see_every_delivery_and_nothing_that_was_not_delivered(angers_midway):
    session, screen = angers_midway
    deliveries = [d for state in session.chronogramme.states for d in state.deliveries]
    assert screen.injects.rowCount() == len(deliveries) >= 10
    shown = "\n".join(screen.visible_texts())
    for state in session.chronogramme.states:
        title = state.inject.title.get("en")
        if state.deliveries:
            assert title in shown, title
        else:  # still planned, in reserve, waiting for a condition, skipped or expired
            assert title not in shown, title
    # The re-send is a message of its own, with its new channel and the seats it is for.
    assert "Text message · Residents and service users → Head of communication, Mayor" in shown


def test_players_never_see_the_animation_teams_material(angers_midway, angers):
    _, screen = angers_midway
    shown = "\n".join(screen.visible_texts())
    hidden = [
        text
        for inject in angers.injects
        for reaction in inject.expected
        for text in _both(reaction.text)
    ]
    hidden += [
        text
        for persona in angers.personas
        if persona.description
        for text in _both(persona.description)
    ]
    hidden += [source for inject in angers.injects for source in inject.sources]
    assert len(hidden) > 50
    assert not [text for text in hidden if text in shown]


# --- sizes: measured once per type and width, never per change of state --------------------


@pytest.fixture
def angers_screen(qtbot, angers):
    driver = SessionDriver(Session(angers))
    screen = PlayersScreen(angers, driver.source)
    qtbot.addWidget(screen)
    screen.follow(driver)
    driver.advanced.connect(screen.refresh)  # as the console does
    screen.set_text_offset(0)  # as the console does at start, with the size remembered
    yield driver, screen
    driver.shutdown()


def _reads(monkeypatch) -> list[int]:
    """Count the view's reads of the services' cells (a measure reads every row)."""
    calls = []
    data = PublicServicesModel.data

    def counted(model, index, role=Qt.ItemDataRole.DisplayRole):
        calls.append(index.row())
        return data(model, index, role)

    monkeypatch.setattr(PublicServicesModel, "data", counted)
    return calls


def test_a_change_of_state_reads_no_cell_of_a_hidden_screen(qtbot, angers, monkeypatch):
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)  # closing asks nothing
    reads = _reads(monkeypatch)  # before the model is made: its overrides are looked up then
    console = build_console(angers)
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    console.window.show()  # the players' screen stays hidden
    qtbot.waitExposed(console.window)
    reads.clear()
    for hour in range(1, 14):  # J+1 12:00: most services have closed, one after another
        console.driver.advance_to(hour * 3600)
        qtbot.waitUntil(lambda: console.pacer.settled)
    model = console.players.services
    assert any(model.access(row) is not Access.OPEN for row in range(model.rowCount()))
    console.driver.pause()
    assert reads == []


def test_rows_fit_their_names_and_the_state_column_its_widest_word(qtbot, angers_screen):
    driver, screen = angers_screen
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    view, model = screen.services_view, screen.services
    for access in Access:  # each word residents can read, in every row
        model._access = [access] * model.rowCount()
        model.retranslate()
        qtbot.wait(10)
        assert view.columnWidth(1) >= view.sizeHintForColumn(1), access
    for row in range(model.rowCount()):
        assert view.rowHeight(row) == view.sizeHintForRow(row), row
    driver.advance_to(13 * 3600)
    assert [view.rowHeight(r) for r in range(model.rowCount())] == [
        view.sizeHintForRow(r) for r in range(model.rowCount())
    ]
