"""The kernel's API: clock, scrubbing, explain, and errors that leave the state unchanged."""

from __future__ import annotations

import dataclasses

import pytest

from crisis_sim.core.scenario.model_decisions import Effect, Restore
from crisis_sim.core.sim import (
    Fail,
    InvalidTimeError,
    Repair,
    Simulation,
    UnknownIdError,
    format_chain,
)

MIN, H = 60, 3600


@pytest.fixture(scope="module")
def payroll(kit):
    """paie <- app-paie <- srv-paie <- san; srv-paie encrypted at 2 h by 'chiffrement'."""
    return kit.scenario(
        [
            kit.node("san", "infrastructure", zone="lan"),
            kit.node("srv-paie", "server", "san", zone="lan", backup="offline"),
            kit.node("app-paie", "application", "srv-paie", zone="lan"),
            kit.node("paie", "business-function", "app-paie"),
        ],
        zones=[{"id": "internet", "kind": "internet"}, {"id": "lan", "links": ["internet"]}],
        steps=[
            {"id": "chiffrement", "at": "2h", "effect": "encrypt", "entry": "internet"}
            | {"targets": ["srv-paie"]}
        ],
        decisions=[
            {"id": "isoler", "effects": [{"isolate": ["san"]}, {"shut_down": ["app-paie"]}]},
            {"id": "restaurer", "effects": [{"restore": {"node": "srv-paie", "duration": "1h"}}]},
        ],
    )


def test_clock_peek_step_run(payroll):
    sim = Simulation(payroll)
    assert (sim.now, sim.peek()) == (0, 2 * H)
    sim.step()
    assert (sim.now, sim.peek()) == (2 * H, None)
    assert sim.state_at("paie").status.value == "down"
    sim.run(5 * H)
    assert sim.now == 5 * H


def test_explain_walks_the_chain_to_the_root(engine, payroll):
    sim = engine(payroll)
    sim.run(3 * H)
    chain = sim.explain("paie")
    assert [link.node for link in chain] == ["paie", "app-paie", "srv-paie"]
    assert chain[-1].cause.kind == "attack"
    assert chain[-1].cause.ref == "chiffrement"
    assert format_chain(chain) == "paie ← app-paie ← srv-paie ← encrypted by step 'chiffrement'"
    assert sim.explain("san") == [sim.explain("san")[0]]
    assert sim.explain("san")[0].cause is None


def test_state_at_scrubs_back_without_rerunning(engine, payroll):
    sim = engine(payroll)
    sim.apply("restaurer", at=4 * H)
    sim.run(6 * H)
    assert sim.state_at("paie", 0).status.value == "operational"
    assert sim.state_at("paie", 2 * H - 1).status.value == "operational"
    assert sim.state_at("paie", 2 * H).status.value == "down"
    assert sim.state_at("srv-paie", 4 * H + 30 * MIN).status.value == "restoring"
    assert sim.state_at("paie", 5 * H).status.value == "operational"
    assert sim.state_at("paie", 3 * H).since == 2 * H
    assert sim.statuses(3 * H)["app-paie"].cause.ref == "srv-paie"


def test_a_decision_id_applies_all_its_effects_with_its_name_as_cause(engine, payroll):
    sim = engine(payroll)
    sim.apply("isoler", at=H)
    sim.run(H)
    assert sim.state_at("san").status.value == "isolated"
    assert sim.state_at("app-paie").status.value == "down"
    assert sim.state_at("san").cause.detail == "isolated by decision 'isoler'"
    assert sim.state_at("san").cause.kind == "decision"


@pytest.mark.parametrize(
    ("action", "error"),
    [
        (Fail("nowhere"), UnknownIdError),
        (Repair("nowhere"), UnknownIdError),
        ("no-such-decision", UnknownIdError),
        (Effect(isolate=("san", "nowhere")), UnknownIdError),
        (Effect(shut_down=("nowhere",)), UnknownIdError),
        (Effect(cut_link=("lan", "nowhere")), UnknownIdError),
        (Effect(activate_fallback="nowhere"), UnknownIdError),
        (Effect(restore=Restore(node="nowhere")), UnknownIdError),
    ],
)
def test_bad_requests_raise_and_change_nothing(engine, payroll, action, error):
    sim = engine(payroll)
    sim.run(3 * H)
    before = (sim.statuses(), sim.peek(), sim.now)
    with pytest.raises(error):
        sim.apply(action)
    assert (sim.statuses(), sim.peek(), sim.now) == before
    assert sim.state_at("san").status.value == "operational"  # the valid "san" was not isolated


def test_times_before_now_or_zero_are_refused(engine, payroll):
    sim = engine(payroll)
    sim.run(3 * H)
    with pytest.raises(InvalidTimeError, match="before now"):
        sim.apply(Fail("san"), at=H)
    with pytest.raises(InvalidTimeError):
        sim.run(H)
    with pytest.raises(InvalidTimeError):
        sim.state_at("san", 4 * H)  # not simulated yet
    with pytest.raises(InvalidTimeError):
        sim.state_at("san", -1)
    with pytest.raises(UnknownIdError):
        sim.state_at("nowhere")
    assert sim.now == 3 * H
    assert sim.state_at("san").status.value == "operational"
    with pytest.raises(InvalidTimeError, match="before T0"):
        engine(payroll).apply(Fail("san"), at=-1)


def test_apply_now_takes_effect_at_once(engine, payroll):
    sim = engine(payroll)
    sim.run(H)
    sim.apply(Fail("san"))
    assert sim.state_at("paie").status.value == "down"
    assert sim.state_at("paie").since == H


def test_records_are_the_same_across_runs(payroll):
    def play():
        sim = Simulation(payroll)
        sim.apply("restaurer", at=3 * H)
        sim.run(6 * H)
        return {node: sim.timeline(node) for node in ("san", "srv-paie", "app-paie", "paie")}

    assert play() == play()


def test_the_cause_is_the_one_at_the_time_asked(engine, kit):
    scenario = kit.scenario(
        [kit.node("srv"), kit.node("san"), kit.node("app", "application", "srv", "san")]
    )
    sim = engine(scenario)
    sim.apply(Fail("srv"), at=10 * MIN)
    sim.apply(Fail("san"), at=20 * MIN)
    sim.apply(Repair("srv"), at=30 * MIN)  # app stays down, now because of san
    sim.run(H)
    assert kit.changes(sim, "app") == [(10 * MIN, "down")]
    assert sim.timeline("app")[0].cause.ref == "srv"  # why it went down
    assert sim.state_at("app", 15 * MIN).cause.ref == "srv"
    assert sim.state_at("app", 40 * MIN).cause.ref == "san"  # why it is still down
    assert [link.node for link in sim.explain("app", 40 * MIN)] == ["app", "san"]


def test_a_restore_ending_at_t_is_done_before_a_step_at_t_strikes(engine, kit):
    scenario = kit.scenario(
        [kit.node("srv", zone="lan", backup="offline", restore_effort="1h")],
        zones=[{"id": "internet", "kind": "internet"}, {"id": "lan", "links": ["internet"]}],
        steps=[
            {"id": "re-chiffrement", "at": "2h", "effect": "encrypt", "entry": "internet"}
            | {"targets": ["srv"]}
        ],
    )
    sim = engine(scenario)
    sim.apply(Effect(restore=Restore(node="srv")), at=H)  # restoring (protected) 1 h .. 2 h
    sim.run(3 * H)
    # The restore ends first, so the step at 2 h finds the server back online and hits it.
    assert kit.changes(sim, "srv") == [(H, "restoring"), (2 * H, "encrypted")]


def test_check_raises_like_apply_and_changes_nothing(engine, payroll):
    sim = engine(payroll)
    sim.run(3 * H)
    assert sim.check("isoler") == ("isoler", payroll.decision_by_id["isoler"].effects)
    with pytest.raises(UnknownIdError):
        sim.check(Fail("nowhere"))
    with pytest.raises(InvalidTimeError):
        sim.check(Fail("san"), at=H)
    assert sim.state_at("san").status.value == "operational"
    assert sim.peek() is None


def test_reads_without_causes_leave_only_dependency_causes_out(engine, payroll):
    sim = engine(payroll)
    sim.run(3 * H)
    full, plain = sim.state_at("paie"), sim.state_at("paie", causes=False)
    assert full.cause is not None  # down by its dependency
    assert full.cause.ref == "app-paie"
    assert plain.cause is None
    assert plain == dataclasses.replace(full, cause=None)
    own = sim.state_at("srv-paie", causes=False)  # encrypted by the attack: its own cause
    assert own == sim.state_at("srv-paie")
    assert own.cause is not None
    assert own.cause.ref == "chiffrement"
    timeline = sim.timeline("paie", causes=False)
    assert [(r.since, r.status.value, r.cause) for r in timeline] == [(2 * H, "down", None)]
    assert sim.state_at("paie", 1 * H, causes=False) == sim.state_at("paie", 1 * H)
