"""The game clock: speed, exact integer arithmetic, pause, jumps, and its states."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.clock import Clock, ClockState, format_real_time
from crisis_sim.core.exercise.errors import ExerciseError


def test_game_time_advances_by_real_time_times_speed(driver):
    d = driver(speed=60).start()
    d.do(c.Advance(1000), 1000)
    assert d.session.now == 60
    d.do(c.SetSpeed(120))
    d.do(c.Advance(500), 500)
    assert d.session.now == 120


def test_fractions_of_a_second_are_carried_not_lost(driver):
    many, one = driver(speed=7).start(), driver(speed=7).start()
    for _ in range(100):
        many.do(c.Advance(7), 7)
    one.do(c.Advance(700), 700)
    assert many.session.now == one.session.now == 4  # 4,900 game ms
    assert many.session.clock.carry_ms == one.session.clock.carry_ms == 900


def test_paused_clock_does_not_move_and_the_tick_is_not_recorded(driver):
    d = driver(speed=10).start()
    d.do(c.Advance(1000), 1000)
    d.do(c.Pause())
    d.real += 60_000
    applied = d.session.apply(c.Advance(60_000), d.real)
    assert not applied.recorded
    assert d.session.now == 10
    d.do(c.Resume())
    d.do(c.Advance(1000), 1000)
    assert d.session.now == 20


def test_time_before_debex_does_not_move_the_clock(driver):
    d = driver(speed=10)
    assert not d.session.apply(c.Advance(5000), 5000).recorded
    assert d.session.now == 0
    assert d.session.state is ClockState.READY


def test_jump_to_a_time_delivers_what_lies_between(driver):
    d = driver().start()
    d.do(c.JumpTo(d.t("H+2")))
    assert d.session.now == d.t("H+2")
    assert {"alerte", "appel-presse"} <= set(d.delivered())
    assert d.session.clock.carry_ms == 0


def test_jump_to_next_inject_stops_at_its_time(driver):
    d = driver().start()
    d.do(c.JumpToNextInject())
    assert d.session.now == d.t("H+2")
    d.do(c.JumpToNextInject())  # 'suite' comes 15 min after 'alerte'
    assert d.session.now == d.t("H+2 M+15")


def test_jump_to_next_inject_when_none_is_scheduled_is_refused(driver):
    d = driver().start()
    for inject in ("alerte", "appel-presse", "article"):
        d.do(c.Skip(inject))
    d.do(c.JumpTo(d.t("H+5")))  # 'pas-isole' (H+4) has fired; nothing else has a time
    with pytest.raises(ExerciseError, match="no inject is scheduled after"):
        d.do(c.JumpToNextInject())


@pytest.mark.parametrize("speed", [0, 121, -3])
def test_speed_outside_1_to_120_is_refused(driver, speed):
    d = driver().start()
    with pytest.raises(ExerciseError, match="between x1 and x120"):
        d.do(c.SetSpeed(speed))
    assert d.session.clock.speed == 1


def test_clock_states_follow_ready_running_paused_finished(driver):
    d = driver()
    with pytest.raises(ExerciseError, match="cannot be paused"):
        d.do(c.Pause())
    d.start()
    with pytest.raises(ExerciseError, match="already started"):
        d.do(c.Start())
    with pytest.raises(ExerciseError, match="cannot resume"):
        d.do(c.Resume())
    d.do(c.Pause())
    d.do(c.Finex())
    assert d.session.state is ClockState.FINISHED
    with pytest.raises(ExerciseError, match="exercise is over"):
        d.do(c.JumpTo(d.t("H+9")))


def test_real_time_stamps_never_go_backwards(driver):
    d = driver().start()
    d.do(c.Advance(1000), 1000)
    with pytest.raises(ExerciseError, match="backwards"):
        d.session.apply(c.AddNote("trop tôt", "maire"), 500)


@given(
    now=st.integers(0, 10**6),
    carry=st.integers(0, 999),
    speed=st.integers(1, 120),
    ahead=st.integers(0, 10**6),
)
def test_advancing_by_real_ms_until_lands_exactly_on_the_time(now, carry, speed, ahead):
    clock = Clock(ClockState.RUNNING, now, speed, carry)
    assert clock.target_after(clock.real_ms_until(now + ahead))[0] == now + ahead


def test_real_time_is_shown_as_hours_minutes_seconds():
    assert format_real_time(3_909_999) == "1:05:09"
