"""Paper fallbacks: prepared, unprepared, impossible, on decision; capacity; propagation."""

from __future__ import annotations

from crisis_sim.core.scenario.model_decisions import Effect
from crisis_sim.core.sim import Fail, Repair

MIN, H = 60, 3600


def civil_registry(kit, *fallbacks, decisions=()):
    return kit.scenario(
        [
            kit.node("app", "application"),
            kit.node("etat-civil", "public-service", "app"),
            kit.node("guichet", "public-service", "etat-civil"),
        ],
        fallbacks=list(fallbacks),
        decisions=list(decisions),
    )


def registre(**fields):
    spec = {
        "id": "registre",
        "function": "etat-civil",
        "prepared": True,
        "activation": "2h",
        "capacity": "30%",
    }
    return {**spec, **fields}


def run(engine, scenario, actions, until):
    sim = engine(scenario)
    for at, action in actions:
        sim.apply(action, at=at)
    sim.run(until)
    return sim


def test_prepared_automatic_fallback_works_after_its_activation(engine, kit):
    sim = run(
        engine,
        civil_registry(kit, registre()),
        [(H, Fail("app")), (5 * H, Repair("app")), (6 * H, Fail("app"))],
        8 * H,
    )
    # Lost at 1 h, armed then; paper from 1 h + 2 h = 3 h; IT back at 5 h: operational;
    # lost again at 6 h: the fallback stays available, so paper at once.
    assert kit.changes(sim, "etat-civil") == [
        (1 * H, "down"),
        (3 * H, "paper"),
        (5 * H, "operational"),
        (6 * H, "paper"),
    ]
    paper = sim.state_at("etat-civil", 3 * H)
    assert (paper.level, paper.capacity) == (1, 0.3)
    assert paper.cause.kind == "fallback"
    assert paper.cause.ref == "registre"


def test_unprepared_fallback_takes_its_longer_delay(engine, kit):
    fallback = registre(prepared=False, unprepared_activation="6h")
    sim = run(engine, civil_registry(kit, fallback), [(H, Fail("app"))], 10 * H)
    assert kit.changes(sim, "etat-civil") == [(1 * H, "down"), (7 * H, "paper")]  # 1 h + 6 h


def test_unprepared_fallback_without_a_delay_never_works(engine, kit):
    sim = run(engine, civil_registry(kit, registre(prepared=False)), [(H, Fail("app"))], 3 * H)
    assert kit.changes(sim, "etat-civil") == [(1 * H, "down")]


def test_on_decision_fallback_starts_from_the_decision(engine, kit):
    fallback = registre(starts="on-decision", activation="1h")
    decision = {"id": "passer-papier", "effects": [{"activate_fallback": "registre"}]}
    scenario = civil_registry(kit, fallback, decisions=[decision])
    without = run(engine, scenario, [(H, Fail("app"))], 8 * H)
    assert kit.changes(without, "etat-civil") == [(1 * H, "down")]
    taken = run(engine, scenario, [(H, Fail("app")), (4 * H, "passer-papier")], 8 * H)
    assert kit.changes(taken, "etat-civil") == [(1 * H, "down"), (5 * H, "paper")]  # 4 h + 1 h


def test_fallback_activated_before_the_loss_is_ready_when_it_comes(engine, kit):
    fallback = registre(starts="on-decision", activation="1h")
    sim = run(
        engine,
        civil_registry(kit, fallback),
        [(0, Effect(activate_fallback="registre")), (3 * H, Fail("app"))],
        4 * H,
    )
    # Working since 1 h; the loss at 3 h goes straight to paper (the down instant collapses).
    assert kit.changes(sim, "etat-civil") == [(3 * H, "paper")]


def test_the_best_working_fallback_sets_the_capacity(engine, kit):
    fiches = registre(id="fiches", activation="4h", capacity="50%")
    sim = run(engine, civil_registry(kit, registre(), fiches), [(0, Fail("app"))], 5 * H)
    assert [(r.since, r.capacity) for r in sim.timeline("etat-civil")] == [
        (0, 0.0),
        (2 * H, 0.3),
        (4 * H, 0.5),
    ]


def test_a_function_on_paper_degrades_what_needs_it(engine, kit):
    sim = run(engine, civil_registry(kit, registre()), [(0, Fail("app"))], 3 * H)
    # guichet needs etat-civil (hard): down at 0, degraded once etat-civil is on paper (2 h).
    assert kit.changes(sim, "guichet") == [(0, "down"), (2 * H, "degraded")]


def test_explain_goes_through_the_paper_to_the_lost_it(engine, kit):
    sim = run(engine, civil_registry(kit, registre()), [(0, Fail("app"))], 3 * H)
    chain = sim.explain("guichet")
    assert [(link.node, link.status.value) for link in chain] == [
        ("guichet", "degraded"),
        ("etat-civil", "paper"),
        ("app", "down"),
    ]
    assert chain[1].cause.detail == "hard dependency on app (down)"
