"""Service entries are worded when first read, and read as if worded at once."""

from __future__ import annotations

import pytest
from bundled_play import played_log

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise import session as session_module
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.words import DeferredWords, Words
from crisis_sim.core.exercise.world import World
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario


def _scenario(scenario_id: str = "angers-2021"):
    return load_scenario(resolve(scenario_id).path).scenario


@pytest.mark.parametrize("scenario_id", ["angers-2021", "commune-3500"])
def test_the_log_is_the_one_worded_at_once(scenario_id, monkeypatch):
    deferred = played_log(scenario_id)
    monkeypatch.setattr(session_module, "DeferredWords", _worded_at_once)
    assert deferred == played_log(scenario_id)


def _worded_at_once(make) -> DeferredWords:
    words = DeferredWords(make)
    words.resolve()
    return words


def _running(scenario) -> Session:
    session = Session(scenario, speed=120)
    session.apply(c.Start(), 0)
    return session


def _advance_until_services_logged(session: Session) -> int:
    """Tick until a tick logs service changes; the real time reached."""
    real_ms = 0
    while not any(e.kind is EntryKind.SERVICE for e in session.log.entries):
        real_ms += 250
        session.apply(c.Advance(250), real_ms)
    return real_ms


def test_time_passing_words_no_service_until_an_entry_is_read(monkeypatch):
    explained = []
    explain = World.explain
    monkeypatch.setattr(
        World, "explain", lambda world, node, t: explained.append(node) or explain(world, node, t)
    )
    session = _running(_scenario())
    _advance_until_services_logged(session)
    services = [e for e in session.log.entries if e.kind is EntryKind.SERVICE]
    assert explained == []
    assert all(isinstance(e.text, DeferredWords) for e in services)
    first = services[0]
    assert "—" in first.text.fr or ":" in first.text.fr  # read: worded now
    assert explained[0] == first.ref
    assert len(explained) < len(services) + 10  # the one read, not all of them


def test_a_command_words_what_is_still_unworded_before_it_changes_anything(monkeypatch):
    """A decision taken at the very time of a change could alter the states its chain
    reads: the entries are worded before the decision runs."""
    versions = []
    words = Session._service_words

    def noting(self, change) -> Words:
        versions.append(self.world.version)
        return words(self, change)

    monkeypatch.setattr(Session, "_service_words", noting)
    session = _running(_scenario())
    real_ms = _advance_until_services_logged(session)
    unworded = [e.text for e in session.log.entries if e.kind is EntryKind.SERVICE]
    before = session.world.version
    session.apply(c.TakeDecision("maire", "eteindre-serveurs"), real_ms)
    assert session.world.version != before  # the decision changed the simulation
    assert all(text.resolved for text in unworded)
    assert versions
    assert set(versions) == {before}


def test_entries_of_an_earlier_time_stay_unworded_through_a_command():
    """States before now can no longer change: a decision does not wait for their words."""
    session = _running(_scenario())
    real_ms = _advance_until_services_logged(session)
    earlier = [e.text for e in session.log.entries if e.kind is EntryKind.SERVICE]
    real_ms += 60_000
    session.apply(c.Advance(60_000), real_ms)  # the clock moves on past those changes
    session.apply(c.TakeDecision("maire", "eteindre-serveurs"), real_ms)
    assert not any(text.resolved for text in earlier)
    assert all(" : " in text.fr for text in earlier)  # worded when read


def test_deferred_words_compare_and_serialise_as_the_words_they_make():
    made = []
    deferred = DeferredWords(lambda: made.append(1) or Words("arrêt", "stopped"))
    assert not deferred.resolved
    assert deferred == Words("arrêt", "stopped")
    assert deferred.get("en") == "stopped"
    assert deferred.to_json() == {"fr": "arrêt", "en": "stopped"}
    assert made == [1]  # made once
