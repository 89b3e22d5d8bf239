"""Decisions: preconditions checked (refused with nothing changed), free text, effects reaching
the simulation at that game time, and the service changes they cause in the log."""

from __future__ import annotations

import pytest
from conftest import fingerprint

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.log import EntryKind


def _refused(d, command, match):
    before = fingerprint(d.session)
    with pytest.raises(ExerciseError, match=match):
        d.do(command)
    assert fingerprint(d.session) == before


def test_decision_that_needs_another_first_is_refused_with_nothing_changed(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+5")))
    _refused(
        d,
        c.TakeDecision("dsi", decision="restaurer"),
        "needs the decision “Isolate the network” first",
    )


def test_decision_before_its_time_is_refused(driver):
    d = driver().start()
    d.run_to("H+3 M+30")
    d.do(c.TakeDecision("dsi", decision="isoler"))
    _refused(d, c.TakeDecision("dsi", decision="restaurer"), r"cannot be taken before J\+0 12:00")


def test_decision_excluded_by_an_earlier_one_is_refused(driver):
    d = driver().start()
    d.do(c.TakeDecision("dsi", decision="isoler"))
    _refused(
        d,
        c.TakeDecision("maire", decision="payer"),
        "cannot follow the decision “Isolate the network”",
    )


def test_decision_that_needs_a_node_state_is_refused_until_it_holds(driver):
    d = driver().start()
    d.run_to("H+2")
    _refused(
        d,
        c.TakeDecision("dsi", decision="expertiser"),
        "needs “Server” to be encrypted \\(it is compromised\\)",
    )
    d.run_to("H+3")
    d.do(c.TakeDecision("dsi", decision="expertiser"))


def test_decision_before_debex_unknown_id_or_role_are_refused(driver):
    d = driver()
    _refused(d, c.TakeDecision("dsi", decision="isoler"), "has not started")
    d.start()
    _refused(d, c.TakeDecision("dsi", decision="isolr"), "no decision 'isolr'")
    _refused(d, c.TakeDecision("pompier", decision="isoler"), "no role 'pompier'")
    _refused(d, c.TakeDecision("animation", decision="isoler"), "no role 'animation'")
    _refused(d, c.TakeDecision("dsi"), "either a catalogue id or a free text")
    _refused(d, c.TakeDecision("dsi", text="   "), "needs some text")


def test_free_text_decision_is_logged_and_changes_nothing_else(driver):
    d = driver().start()
    d.do(c.TakeDecision("maire", text="Prévenir l'assureur"))
    entry = d.session.log.entries[-1]
    assert entry.kind is EntryKind.DECISION
    assert entry.role == "maire"
    assert entry.text.fr == "Décision — Maire : Prévenir l'assureur."
    assert d.session.decisions.records[-1].text == "Prévenir l'assureur"


def test_isolating_before_the_intrusion_keeps_the_server_out_of_reach(driver):
    d = driver().start()
    d.run_to("M+30")
    d.do(c.TakeDecision("dsi", decision="isoler"))
    d.run_to("H+4")
    assert d.session.world.state("srv").status.value == "operational"
    assert not [e for e in d.session.log.entries if e.kind is EntryKind.SERVICE]


def test_decision_effect_reaches_the_simulation_and_the_log_says_why(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+4")))
    d.do(c.TakeDecision("dsi", decision="papier"))
    d.do(c.JumpTo(d.t("H+6")))
    services = [e for e in d.session.log.entries if e.kind is EntryKind.SERVICE]
    assert [(e.t, e.text.fr) for e in services] == [
        (
            d.t("H+3"),
            "État civil : interrompu — cause : chiffrement de « Serveur » par l'attaque.",
        ),
        (
            d.t("H+5"),
            "État civil : passage en mode dégradé papier (Registre papier, 50 % de l'activité).",
        ),
    ]
    assert services[0].text.en == "Civil registry: down — cause: Server encrypted by the attack."
    assert services[0].role == "simulation"


def test_restore_then_service_back_is_logged(driver):
    d = driver().start()
    d.run_to("H+3 M+30")
    d.do(c.TakeDecision("dsi", decision="isoler"))
    d.run_to("H+4")
    d.do(c.TakeDecision("dsi", decision="restaurer"))
    d.do(c.JumpTo(d.t("H+7")))
    services = [e for e in d.session.log.entries if e.kind is EntryKind.SERVICE]
    # Still down while restoring (the cause changes, not the state: no new line), then back.
    assert [e.text.fr for e in services] == [
        "État civil : interrompu — cause : chiffrement de « Serveur » par l'attaque.",
        "État civil : rétabli.",
    ]
    assert services[-1].t == d.t("H+6")  # restore_effort 2h
