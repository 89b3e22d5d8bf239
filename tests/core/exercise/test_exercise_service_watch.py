"""The crisis log's service changes read only the services whose history moved, and say
exactly what reading every service at every look said."""

from __future__ import annotations

import sys

import pytest
from bundled_play import played_log

from crisis_sim.core.exercise.playscript import load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.world import World
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario


@pytest.mark.parametrize("scenario_id", ["angers-2021", "commune-3500"])
def test_the_log_is_the_one_read_from_every_service(scenario_id, monkeypatch):
    incremental = played_log(scenario_id)
    # The reference: every node counts as moved at every look (decisions taken at the time
    # of a change included, which can undo it).
    monkeypatch.setattr(World, "changed_since", lambda world, t: list(world._sim.compiled.ids))
    assert incremental == played_log(scenario_id)


def test_a_look_reads_only_the_services_that_moved(monkeypatch):
    """Each look used to read every service's history and state: hundreds of records, each
    with its cause, on every tick that moved the simulation."""
    scenario = load_scenario(resolve("angers-2021").path).scenario
    script = load_play_script(scenarios_dir() / "angers-2021.play.yaml", scenario)
    session = Session(scenario)
    watch = session._services
    looks, reads = [0], [0]
    changes_until, changes = type(watch).changes_until, World.changes

    def look(self, horizon):
        looks[0] += self._world.version != self._seen_version
        return changes_until(self, horizon)

    def read(self, node_id, start, end, **kwargs):
        reads[0] += 1
        return changes(self, node_id, start, end, **kwargs)

    monkeypatch.setattr(type(watch), "changes_until", look)
    monkeypatch.setattr(World, "changes", read)
    play(session, script)
    assert looks[0] > 10
    assert reads[0] * 4 < looks[0] * len(scenario.functions), (reads, looks)


def test_the_watch_reads_no_dependency_cause_and_logs_the_same(monkeypatch):
    """A change is a status and a capacity; its cause comes from the chain explained for
    the log: the watch's records need no dependency cause worked out."""
    from crisis_sim.core.exercise import services

    asked: list[bool] = []  # the watch's own reads: with causes?
    state, changes = World.state, World.changes

    def note(causes: bool) -> None:
        if sys._getframe(2).f_code.co_filename == services.__file__:
            asked.append(causes)

    def state_with_causes(self, node_id, t=None, *, causes=True):
        note(causes)
        return state(self, node_id, t, causes=True)

    def changes_with_causes(self, node_id, start, end, *, causes=True):
        note(causes)
        return changes(self, node_id, start, end, causes=True)

    with monkeypatch.context() as patch:
        patch.setattr(services.World, "state", state_with_causes)
        patch.setattr(services.World, "changes", changes_with_causes)
        with_causes = played_log("angers-2021")
    assert asked
    assert not any(asked)  # every read of the watch went without causes
    assert played_log("angers-2021") == with_causes


def test_statuses_now_are_the_records_statuses():
    scenario = load_scenario(resolve("angers-2021").path).scenario
    script = load_play_script(scenarios_dir() / "angers-2021.play.yaml", scenario)
    session = Session(scenario)
    seen = []

    def check(*args, **kwargs):
        world = session.world
        now = world.statuses_now()
        assert now == {node.id: world.state(node.id).status for node in scenario.nodes}
        seen.append(sum(status.name != "OPERATIONAL" for status in now.values()))
        return apply(*args, **kwargs)

    apply = session.apply
    session.apply = check
    play(session, script)
    assert max(seen) > 10  # the outage was there to read
