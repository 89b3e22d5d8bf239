"""The service levels chart: segments from the timelines, painted without QtCharts."""

from __future__ import annotations

import pytest
from scenario_gui import ENCRYPTED_AT, PAPER_AT

from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui.levels_chart import ServiceLevelsChart

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def chart(qtbot, gui_scenario, sim):
    widget = ServiceLevelsChart(gui_scenario, sim)
    qtbot.addWidget(widget)
    widget.resize(800, 200)
    widget.show()
    return widget


def test_segments_cover_the_time_played(chart, sim):
    sim.run(PAPER_AT + 3600)
    chart.refresh()
    segments = chart.segments("etat-civil")
    assert [(start, end, r.status) for start, end, r in segments] == [
        (0, ENCRYPTED_AT, NodeStatus.OPERATIONAL),
        (ENCRYPTED_AT, PAPER_AT, NodeStatus.DOWN),
        (PAPER_AT, PAPER_AT + 3600, NodeStatus.PAPER),
    ]
    assert segments[-1][2].capacity == pytest.approx(0.3)


def test_before_any_play_there_is_nothing_to_draw(chart):
    assert chart.segments("etat-civil") == []


def test_the_axis_grows_with_the_time_played(chart, sim):
    assert chart.span == 6 * 3600
    sim.run(10 * 3600)
    chart.refresh()
    assert chart.span == 12 * 3600  # ten hours played and a fifth more


def test_paints_without_error_and_changes_with_time(chart, sim, qapp):
    before = chart.grab().toImage()
    sim.run(PAPER_AT)
    chart.refresh()
    qapp.processEvents()
    assert chart.grab().toImage() != before


def test_qtcharts_is_not_needed():
    import sys

    assert "PySide6.QtCharts" not in sys.modules
