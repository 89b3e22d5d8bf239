"""The players' screen: large, plain words, no ids, never the expected reactions."""

from __future__ import annotations

import re

import pytest
from scenario_gui import ENCRYPTED_AT, PAPER_AT

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model_injects import Channel
from crisis_sim.gui.players_models import Access, DeliveredInject
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
