"""The public services board: rows, values, only changed rows signalled, and a sound model."""

from __future__ import annotations

import pytest
from scenario_gui import ENCRYPTED_AT, PAPER_AT

from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui.service_rows import current_disruption
from crisis_sim.gui.services_board import ServicesBoard
from crisis_sim.gui.services_model import AFFECTED, DOWN_TIME, PAPER, SERVICE, STATE, ServicesModel

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def model(gui_scenario, sim):
    return ServicesModel(gui_scenario, sim)


def cell(model, node_id: str, column: int) -> str:
    return model.index(model.row_of(node_id), column).data()


def test_one_row_per_function_in_scenario_order(model):
    names = [model.index(row, SERVICE).data() for row in range(model.rowCount())]
    assert names == ["Civil registry", "Payroll"]


def test_rows_at_the_start_show_everything_working(model):
    assert cell(model, "etat-civil", STATE) == "Working"
    assert cell(model, "etat-civil", DOWN_TIME) == "— / 1j"
    assert cell(model, "etat-civil", AFFECTED) == "0 of 3,200"
    assert cell(model, "etat-civil", PAPER) == "—"


def test_rows_follow_the_outage_then_the_paper_fallback(model, sim):
    sim.run(ENCRYPTED_AT + 3600)
    model.refresh()
    assert cell(model, "etat-civil", STATE) == "Down"
    assert cell(model, "etat-civil", DOWN_TIME) == "1h / 1j"
    assert cell(model, "etat-civil", AFFECTED) == "3,200 of 3,200"
    sim.run(PAPER_AT + 3600)
    model.refresh()
    assert cell(model, "etat-civil", STATE) == "On paper"
    assert cell(model, "etat-civil", DOWN_TIME) == "2h / 1j"  # time on paper does not count
    assert cell(model, "etat-civil", AFFECTED) == "2,240 of 3,200"
    assert cell(model, "etat-civil", PAPER) == "30 % — Paper register"


def test_over_the_tolerable_downtime_is_flagged_in_words_not_only_colour(model, sim):
    sim.run(ENCRYPTED_AT + 5 * 3600)
    model.refresh()
    text = cell(model, "paie", DOWN_TIME)
    assert text == "⚠ 5h / 4h"
    row = model.row_of("paie")
    assert model.service(row).over_mtd
    assert "maximum tolerable downtime" in model.index(row, DOWN_TIME).data(3)  # ToolTipRole


def test_state_cell_has_the_state_icon(model):
    from PySide6.QtCore import Qt

    icon = model.index(0, STATE).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()


def test_refresh_signals_only_the_rows_that_changed(model, sim, qtbot):
    sim.run(PAPER_AT)
    model.refresh()
    sim.run(PAPER_AT + 60)  # one more minute: only the time down of payroll moves
    with qtbot.waitSignal(model.dataChanged) as signal:
        changed = model.refresh()
    assert changed == [model.row_of("paie")]
    assert signal.args[0].row() == model.row_of("paie")


def test_model_passes_qtmodeltester(qtmodeltester, model, sim):
    qtmodeltester.check(model)
    sim.run(PAPER_AT)
    model.refresh()
    qtmodeltester.check(model)


def test_board_view_keeps_the_scenario_order_until_asked_to_sort(qtbot, model, sim):
    from PySide6.QtCore import Qt

    board = ServicesBoard(model)
    qtbot.addWidget(board)
    assert board.proxy.index(0, SERVICE).data() == "Civil registry"
    board.table.sortByColumn(SERVICE, Qt.SortOrder.AscendingOrder)
    assert board.proxy.index(0, SERVICE).data() == "Civil registry"
    board.table.sortByColumn(SERVICE, Qt.SortOrder.DescendingOrder)
    assert board.proxy.index(0, SERVICE).data() == "Payroll"
    sim.run(PAPER_AT)
    model.refresh()
    board.table.sortByColumn(AFFECTED, Qt.SortOrder.DescendingOrder)
    assert board.proxy.index(0, SERVICE).data() == "Civil registry"


def test_current_disruption_counts_only_full_down_time(sim):
    sim.run(PAPER_AT + 600)
    history = sim.timeline("etat-civil")
    assert [r.status for r in history] == [NodeStatus.DOWN, NodeStatus.PAPER]
    assert current_disruption(history, PAPER_AT + 600) == (ENCRYPTED_AT, PAPER_AT - ENCRYPTED_AT)
    assert current_disruption([], 100) == (None, 0)


def test_the_service_name_takes_the_room_and_is_whole_in_its_tooltip(qtbot, model, sim):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView

    board = ServicesBoard(model)
    qtbot.addWidget(board)
    board.resize(760, 400)  # the board's dock on a 1920-pixel screen
    board.show()
    table, header = board.table, board.table.horizontalHeader()
    assert header.sectionResizeMode(SERVICE) == QHeaderView.ResizeMode.Stretch
    numbers = (DOWN_TIME, AFFECTED)
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive for c in numbers)
    assert table.columnWidth(SERVICE) > max(table.columnWidth(c) for c in (STATE, *numbers))
    # A long header on two lines rather than a wide column; whole in its tooltip.
    assert board.proxy.headerData(DOWN_TIME, Qt.Orientation.Horizontal) == "Time down\n/ tolerable"
    tooltip = board.proxy.headerData(DOWN_TIME, Qt.Orientation.Horizontal, Qt.ToolTipRole)
    assert tooltip == "Time down / tolerable"
    # The widest values the numeric columns will show fit without being cut.
    metrics = table.fontMetrics()
    assert table.columnWidth(AFFECTED) > metrics.horizontalAdvance("3,200 of 3,200")
    assert table.columnWidth(DOWN_TIME) > metrics.horizontalAdvance("⚠ 9j 23h59 / 4h")
    sim.run(PAPER_AT + 3600)
    model.refresh()
    row = model.row_of("etat-civil")
    service = board.proxy.index(row, SERVICE).data(Qt.ItemDataRole.ToolTipRole)
    assert service.startswith("Civil registry\n")
    paper = board.proxy.index(row, PAPER).data(Qt.ItemDataRole.ToolTipRole)
    assert paper == "30 % — Paper register"
