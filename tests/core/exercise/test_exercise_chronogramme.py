"""Injects of every kind: timed, conditional (each form), expiry, reserve, resend, skip,
re-time, triggered by a decision, surprise; each delivery with its game and real time."""

from __future__ import annotations

import pytest

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.chronogramme import InjectStatus
from crisis_sim.core.exercise.errors import ExerciseError


def _delivery(d, inject_id):
    return d.session.chronogramme.get(inject_id).deliveries


def test_timed_injects_at_the_same_time_come_in_scenario_order(driver):
    d = driver(speed=60).start()
    d.run_to("H+2")
    assert d.delivered() == ["alerte", "appel-presse"]
    assert [x.t for x in _delivery(d, "alerte")] == [d.t("H+2")]


def test_a_delivery_inside_a_long_advance_is_stamped_with_its_own_real_time(driver):
    d = driver(speed=60).start()
    d.do(c.Advance(3 * 60_000), 3 * 60_000)  # three real minutes: game H+3
    (delivery,) = _delivery(d, "alerte")
    assert delivery.t == d.t("H+2")
    assert delivery.real_ms == 2 * 60_000  # H+2 was reached after two real minutes


def test_node_condition_fires_at_the_exact_time_the_state_has_lasted(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+6")))
    # etat-civil goes down with the server's encryption at H+3; 30 minutes later:
    (delivery,) = _delivery(d, "panne")
    assert delivery.t == d.t("H+3 M+30")


def test_node_condition_expires_at_until_when_the_state_never_comes(driver):
    d = driver().start()
    d.run_to("H+2")
    d.do(c.TakeDecision("dsi", decision="papier"))  # paper works from H+3, as the IT stops
    d.do(c.JumpTo(d.t("H+9")))
    state = d.session.chronogramme.get("panne")
    assert state.status is InjectStatus.EXPIRED
    assert state.ended_at == d.t("H+8")


def test_node_condition_needs_the_state_to_still_hold_when_the_duration_is_reached(driver):
    d = driver().start()
    d.run_to("H+2 M+30")
    d.do(c.TakeDecision("dsi", decision="papier"))  # down from H+3 to H+3:30 exactly
    d.do(c.JumpTo(d.t("H+9")))
    assert d.session.chronogramme.get("panne").status is InjectStatus.EXPIRED


def test_decision_not_taken_by_a_time_fires_then(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+5")))
    (delivery,) = _delivery(d, "pas-isole")
    assert delivery.t == d.t("H+4")


def test_decision_taken_before_the_deadline_cancels_the_not_taken_inject(driver):
    d = driver().start()
    d.run_to("H+3")
    d.do(c.TakeDecision("dsi", decision="isoler"))
    d.do(c.JumpTo(d.t("H+5")))
    state = d.session.chronogramme.get("pas-isole")
    assert state.status is InjectStatus.EXPIRED
    assert state.ended_at == d.t("H+3")


def test_decision_taken_fires_its_inject_at_that_very_time(driver):
    d = driver().start()
    d.run_to("H+2 M+40")
    d.do(c.TakeDecision("dsi", decision="isoler"))
    (delivery,) = _delivery(d, "apres-isolement")
    assert delivery.t == d.t("H+2 M+40")


def test_inject_after_another_fires_after_its_delay(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+3")))
    assert _delivery(d, "suite")[0].t == d.t("H+2 M+15")


def test_inject_after_a_skipped_inject_expires(driver):
    d = driver().start()
    d.do(c.Skip("alerte"))
    d.do(c.JumpTo(d.t("H+3")))
    assert d.session.chronogramme.get("suite").status is InjectStatus.EXPIRED


def test_reserve_inject_is_delivered_only_by_hand(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+9")))
    assert d.session.chronogramme.get("relance").status is InjectStatus.RESERVE
    d.do(c.Deliver("relance", channel="phone"))
    (delivery,) = _delivery(d, "relance")
    assert delivery.by_hand
    assert delivery.channel.value == "phone"
    assert delivery.t == d.t("H+9")


def test_an_inject_cannot_be_delivered_twice(driver):
    d = driver().start()
    d.do(c.Deliver("relance"))
    with pytest.raises(ExerciseError, match=r"already delivered at .*use Resend"):
        d.do(c.Deliver("relance"))
    d.do(c.JumpTo(d.t("H+3")))
    with pytest.raises(ExerciseError, match="already delivered"):
        d.do(c.Deliver("alerte"))


def test_a_planned_inject_delivered_early_is_not_delivered_again(driver):
    d = driver().start()
    d.do(c.Deliver("article"))
    d.do(c.JumpTo(d.t("H+6")))
    assert len(_delivery(d, "article")) == 1


def test_resend_through_another_channel_is_logged_as_a_reminder(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+2 M+30")))
    d.do(c.Resend("alerte", "sms"))
    first, again = _delivery(d, "alerte")
    assert (first.channel.value, again.channel.value, again.resend) == ("email", "sms", True)
    assert d.session.log.entries[-1].text.fr.startswith("Relance par SMS")


def test_an_undelivered_inject_cannot_be_resent(driver):
    d = driver().start()
    with pytest.raises(ExerciseError, match="has not been delivered"):
        d.do(c.Resend("alerte", "sms"))


def test_unknown_channel_is_refused_with_the_list(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+2")))
    with pytest.raises(ExerciseError, match=r"no channel 'pigeon' .*email"):
        d.do(c.Resend("alerte", "pigeon"))


def test_skipped_inject_is_not_delivered(driver):
    d = driver().start()
    d.do(c.Skip("appel-presse"))
    d.do(c.JumpTo(d.t("H+3")))
    assert "appel-presse" not in d.delivered()
    with pytest.raises(ExerciseError, match="cannot be skipped: it is skipped"):
        d.do(c.Skip("appel-presse"))


def test_retimed_inject_is_delivered_at_its_new_time(driver):
    d = driver().start()
    d.do(c.Retime("alerte", d.t("H+1 M+30")))
    d.do(c.Retime("relance", d.t("H+1")))  # a reserve inject given a time
    d.do(c.JumpTo(d.t("H+3")))
    assert _delivery(d, "alerte")[0].t == d.t("H+1 M+30")
    assert _delivery(d, "relance")[0].t == d.t("H+1")


def test_retime_into_the_past_or_before_debex_is_refused(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+1")))
    with pytest.raises(ExerciseError, match="before the current game time"):
        d.do(c.Retime("alerte", d.t("M+30")))
    with pytest.raises(ExerciseError, match="before DEBEX"):
        d.do(c.Retime("alerte", -60))


def test_decision_triggers_an_inject_after_its_delay(driver):
    d = driver().start()
    d.run_to("H+1")
    d.do(c.TakeDecision("maire", decision="communiquer"))
    d.do(c.JumpTo(d.t("H+2")))
    assert _delivery(d, "annonce")[0].t == d.t("H+1 M+10")


def test_surprise_flag_is_kept_on_the_delivered_inject(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+6")))
    state = d.session.chronogramme.get("article")
    assert state.inject.surprise
    assert state.status is InjectStatus.DELIVERED


def test_delivery_reads_like_a_main_courante_line(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+2")))
    entry = next(e for e in d.session.log.entries if e.ref == "alerte")
    assert entry.text.fr == "Courriel — Prestataire → DSI : « Alerte »."
    assert entry.text.en == "E-mail — Provider → IT lead: “Alert”."
    line = entry.render(d.session.scenario.meta.t0)
    assert line.startswith("J+0 10:00 (réel 0:00:00) [animation] Courriel")
