"""What the console's views read and signal when the session moves: the present once per
version of the world, a service's history only when its state changed, and only the cells
that changed (issue 5: a 2,000-node scenario playing at x60)."""

from __future__ import annotations

import pytest
from scenario_gui import ENCRYPTED_AT, PAPER_AT

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.sim.reading import Reader
from crisis_sim.gui.levels_chart import ServiceLevelsChart
from crisis_sim.gui.players_models import PublicServicesModel
from crisis_sim.gui.services_model import DOWN_TIME, PAPER, STATE, ServicesModel
from crisis_sim.gui.session_source import SessionSource

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def session(gui_scenario):
    session = Session(gui_scenario)
    session.apply(c.Start(), 0)
    return session


def jump(session: Session, t: int) -> None:
    session.apply(c.JumpTo(t), session.real_ms + 1)


class Reads:
    """Counts the world's reads of each node's state and history."""

    def __init__(self, world, monkeypatch) -> None:
        self.states: list[str] = []
        self.histories: list[str] = []
        self._spy(world, "state", self.states, monkeypatch)
        self._spy(world, "changes", self.histories, monkeypatch)

    @staticmethod
    def _spy(world, name, calls, monkeypatch) -> None:
        read = getattr(world, name)

        def counted(node_id, *args, **kwargs):
            calls.append(node_id)
            return read(node_id, *args, **kwargs)

        monkeypatch.setattr(world, name, counted)


def test_the_present_is_read_once_per_version_of_the_world(session, monkeypatch):
    source = SessionSource(session)
    reads = Reads(session.world, monkeypatch)
    first = source.statuses()
    assert source.statuses() == first
    assert source.timeline("paie") == source.timeline("paie")
    assert sorted(reads.states) == sorted(first)  # each node once, for every view
    assert reads.histories == ["paie"]
    version = session.world.version
    jump(session, ENCRYPTED_AT + 60)
    assert session.world.version != version
    reads.states.clear()  # the session's own reads
    assert source.state_at("paie").status.value == "down"
    assert source.state_at("paie").status.value == "down"
    assert reads.states == ["paie"]  # read again once: the world has moved
    source.state_at("paie", 60)  # the past is read as asked
    assert reads.states == ["paie", "paie"]


def test_a_new_version_reads_the_history_only_of_services_whose_state_changed(
    gui_scenario, session, monkeypatch
):
    model = ServicesModel(gui_scenario, SessionSource(session))
    jump(session, PAPER_AT - 60)
    model.refresh()
    reads = Reads(session.world, monkeypatch)
    jump(session, PAPER_AT + 60)  # the civil registry goes to paper; payroll stays down
    reads.histories.clear()  # the session's own reads
    changed = model.refresh()
    assert reads.histories == ["etat-civil"]
    assert set(changed) == {model.row_of("etat-civil"), model.row_of("paie")}
    payroll = model.service(model.row_of("paie"))
    assert payroll.down_for == PAPER_AT + 60 - ENCRYPTED_AT  # moved on without its history


def test_a_new_version_reads_the_states_only_of_services_whose_history_moved(
    gui_scenario, session, monkeypatch
):
    """A mass encryption's tick had the board read all 700 services of a large graph."""
    model = ServicesModel(gui_scenario, SessionSource(session))
    jump(session, PAPER_AT - 60)
    model.refresh()
    reads = Reads(session.world, monkeypatch)
    jump(session, PAPER_AT + 60)
    moved = set(session.world.changed_since(PAPER_AT - 60)) & {n.id for n in gui_scenario.functions}
    assert "etat-civil" in moved
    assert "paie" not in moved  # down since the encryption, and still
    reads.states.clear()  # the session's own reads
    model.refresh()
    assert sorted(reads.states) == sorted(moved)
    assert len(moved) < len(gui_scenario.functions)


def test_rows_moved_on_equal_rows_read_again(gui_scenario, session):
    """Moving rows on by arithmetic gives what reading everything again gives."""
    source = SessionSource(session)
    model = ServicesModel(gui_scenario, source)
    for t in range(ENCRYPTED_AT - 120, PAPER_AT + 7 * 3600, 37 * 60):
        jump(session, t)
        model.refresh()
        fresh = ServicesModel(gui_scenario, source)
        fresh.refresh()
        rows = range(model.rowCount())
        assert [model.service(r) for r in rows] == [fresh.service(r) for r in rows]


def test_changes_are_signalled_per_run_of_rows_over_the_columns_that_changed(gui_scenario, session):
    model = ServicesModel(gui_scenario, SessionSource(session))
    jump(session, PAPER_AT - 60)
    model.refresh()
    jump(session, PAPER_AT + 60)
    spans = []
    model.dataChanged.connect(
        lambda top, bottom, roles=(): spans.append(
            (top.row(), bottom.row(), top.column(), bottom.column())
        )
    )
    model.refresh()
    registry, payroll = model.row_of("etat-civil"), model.row_of("paie")
    assert sorted(spans) == sorted(
        [
            (registry, registry, STATE, PAPER),  # to paper: state, time down, people, fallback
            (payroll, payroll, DOWN_TIME, DOWN_TIME),  # still down: its time down only
        ]
    )


def test_the_graph_reads_statuses_without_records_at_the_present(qtbot, session, monkeypatch):
    """Colouring the nodes needs no cause: a record costs its cause to work out, and the
    graph used to read one for every node at every version (2,000 on the benchmark)."""
    from crisis_sim.gui.graph_scene import GraphScene

    scene = GraphScene(session.scenario, SessionSource(session))
    reads = Reads(session.world, monkeypatch)
    jump(session, ENCRYPTED_AT + 60)
    reads.states.clear()  # the session's own reads
    changed = scene.show_state()
    assert changed
    assert reads.states == []
    for node_id, item in scene.items_by_id.items():
        assert item.status is session.world.state(node_id).status, node_id


def test_the_boards_and_the_chart_read_states_without_working_out_their_causes(
    gui_scenario, session, monkeypatch, qtbot
):
    model = ServicesModel(gui_scenario, SessionSource(session))
    jump(session, PAPER_AT + 60)
    reference = ServicesModel(gui_scenario, SessionSource(session))
    reference.refresh()
    expected = [reference.service(i) for i in range(reference.row_count())]
    assert {row.status.value for row in expected} >= {"paper", "down"}

    def no_cause(*args):
        raise AssertionError("the board worked out a dependency's cause")

    residents = PublicServicesModel(gui_scenario, SessionSource(session))
    residents.refresh()
    seen = [residents.access(i) for i in range(residents.rowCount())]
    assert "paper" in {access.value for access in seen}
    chart = ServiceLevelsChart(gui_scenario, SessionSource(session))
    levels = [[r.level for r in chart._history(node.id)] for node in gui_scenario.functions]

    monkeypatch.setattr(Reader, "dependency_cause", no_cause)  # the costly part of a read
    model.refresh()
    assert [model.service(i) for i in range(model.row_count())] == expected
    # The players' board and the levels chart show no cause either.
    fresh = PublicServicesModel(gui_scenario, SessionSource(session))
    fresh.refresh()
    assert [fresh.access(i) for i in range(fresh.rowCount())] == seen
    chart = ServiceLevelsChart(gui_scenario, SessionSource(session))
    assert [[r.level for r in chart._history(n.id)] for n in gui_scenario.functions] == levels
