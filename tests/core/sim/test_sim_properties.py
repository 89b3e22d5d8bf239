"""Properties on random small graphs: the fast engine agrees with the naive reference.

Random graphs mix hard, soft and k-of-n dependencies, delays and cycles; random events fail,
repair, restore, isolate and shut down nodes and activate fallbacks. Every property runs on
both paths of the engine: node by node, and the vector path forced on every settle.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crisis_sim.core.scenario.model_decisions import Effect, Restore
from crisis_sim.core.sim import Fail, ReferenceSimulation, Repair, Simulation, engine
from crisis_sim.core.sim.states import UP

MIN, H = 60, 3600
HORIZON = 12 * H  # long after the last event (5 h) plus the longest delay (1 h)
DELAYS = ["0", "5min", "10min", "1h"]


# From how many nodes a settle takes the vector path: never on these graphs, always, or
# mixed with the per-node path, which then also finishes the vector path's small waves.
PATHS = {"per-node": 10**9, "vector": 0, "mixed": 3}


@pytest.fixture(autouse=True, scope="module", params=list(PATHS))
def settle_path(request: pytest.FixtureRequest):
    """Every property on each path (module-scoped: hypothesis refuses function-scoped
    fixtures, and monkeypatch is one)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "VECTOR_FROM", PATHS[request.param])
        patch.setattr(engine, "VECTOR_SHARE", 0)
        yield request.param


@st.composite
def dependency(draw, node_ids):
    providers = draw(st.lists(st.sampled_from(node_ids), min_size=1, max_size=3, unique=True))
    spec = {
        "type": draw(st.sampled_from(["hard", "hard", "soft"])),
        "delay": draw(st.sampled_from(DELAYS)),
    }
    if len(providers) == 1 and draw(st.booleans()):
        return {"node": providers[0], **spec}
    return {"any_of": providers, "at_least": draw(st.integers(1, len(providers))), **spec}


@st.composite
def graphs(draw, kit, with_fallbacks=True):
    count = draw(st.integers(2, 30))
    ids = [f"n{i}" for i in range(count)]
    kinds = draw(
        st.lists(
            st.sampled_from(["server", "application", "business-function"]),
            min_size=count,
            max_size=count,
        )
    )
    nodes = []
    for node_id, kind in zip(ids, kinds, strict=True):
        others = [other for other in ids if other != node_id]
        needs = draw(st.lists(dependency(others), max_size=3))
        nodes.append(kit.node(node_id, kind, *needs))
    functions = [
        node_id for node_id, kind in zip(ids, kinds, strict=True) if kind == "business-function"
    ]
    fallbacks = []
    if with_fallbacks and functions:
        for i, function in enumerate(draw(st.lists(st.sampled_from(functions), max_size=4))):
            fallbacks.append(
                {
                    "id": f"f{i}",
                    "function": function,
                    "prepared": draw(st.booleans()),
                    "starts": draw(st.sampled_from(["automatic", "on-decision"])),
                    "activation": draw(st.sampled_from(["0", "10min", "1h"])),
                    "unprepared_activation": draw(st.sampled_from([None, "2h"])),
                    "capacity": draw(st.sampled_from(["30%", "60%"])),
                }
            )
    return (
        kit.scenario(
            nodes, fallbacks=[{k: v for k, v in f.items() if v is not None} for f in fallbacks]
        ),
        ids,
        [f["id"] for f in fallbacks],
    )


def actions(ids, fallbacks, worsening_only=False):
    nodes = st.sampled_from(ids)
    worsening = [
        st.builds(Fail, nodes),
        st.builds(lambda n: Effect(isolate=(n,)), nodes),
        st.builds(lambda n: Effect(shut_down=(n,)), nodes),
    ]
    if worsening_only:
        return st.one_of(worsening)
    others = [
        st.builds(Repair, nodes),
        st.builds(Repair, nodes),
        st.builds(
            lambda n, d: Effect(restore=Restore(node=n, duration=d)),
            nodes,
            st.sampled_from(["0", "5min", "30min"]),
        ),
    ]
    if fallbacks:
        others.append(st.builds(lambda f: Effect(activate_fallback=f), st.sampled_from(fallbacks)))
    return st.one_of(worsening + others)


@st.composite
def plays(draw, kit, worsening_only=False):
    scenario, ids, fallbacks = draw(graphs(kit, with_fallbacks=not worsening_only))
    times = st.integers(0, 60).map(lambda five: five * 5 * MIN)
    events = draw(st.lists(st.tuples(times, actions(ids, fallbacks, worsening_only)), max_size=15))
    return scenario, ids, sorted(events, key=lambda event: event[0]), draw(st.booleans())


def play(engine, scenario, events, ahead):
    """Apply the events scheduled in advance, or one by one at ``now``: both paths count."""
    sim = engine(scenario)
    for at, action in events:
        if ahead:
            sim.apply(action, at=at)
        else:
            sim.run(at)
            sim.apply(action)
    sim.run(HORIZON)
    return sim


def timelines(sim, ids):
    return {node_id: sim.timeline(node_id) for node_id in ids}


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_engine_agrees_with_the_reference(kit, data):
    scenario, ids, events, ahead = data.draw(plays(kit))
    fast = play(Simulation, scenario, events, ahead)
    naive = play(ReferenceSimulation, scenario, events, ahead)
    assert timelines(fast, ids) == timelines(naive, ids)
    assert fast.peek() is None  # everything settled: no oscillation left pending


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_without_repairs_levels_only_worsen(kit, data):
    scenario, ids, events, ahead = data.draw(plays(kit, worsening_only=True))
    sim = play(Simulation, scenario, events, ahead)
    for node_id in ids:
        levels = [UP] + [record.level for record in sim.timeline(node_id)]
        assert levels == sorted(levels, reverse=True), node_id


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_same_seed_same_result(kit, data):
    scenario, ids, events, ahead = data.draw(plays(kit))
    first = play(Simulation, scenario, events, ahead)
    second = play(Simulation, scenario, events, ahead)
    assert timelines(first, ids) == timelines(second, ids)
