"""The chronogramme in time order, through the real panel: rows that move keep their
selection, and every button acts on the inject selected by its title, wherever its row is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from scenario_gui import GUI_SCENARIO

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.chronogramme import InjectStatus
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.gui import dialogs
from crisis_sim.gui.console import build_console
from crisis_sim.gui.injects_model import CHANNEL, EXPECTED, STATUS, TITLE, WHEN

LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")


def _inject(id_: str, when: str, title: str, channel: str = "phone") -> str:
    return f"""\
  - id: {id_}
    {when}
    channel: {channel}
    sender: presse
    to: [maire]
    title: {{fr: {title}, en: {title}}}
    text: {{fr: Texte de {title}., en: Text of {title}.}}
"""


# In the file's order: not the time order (the press call, at J+1 08:00, comes first).
MORE_INJECTS = "".join(
    [
        _inject("mail-tard", "at: J+1 10:00", "Late e-mail", "email"),
        _inject("sms-tot", "at: J+0 23:30", "Early text", "sms"),
        _inject("reserve-x", "reserve: true", "Reserve call"),
        _inject("si-isole", "when: {decision: isoler}", "After the isolation"),
        _inject("fax-surprise", "at: J+1 09:00\n    surprise: true", "Surprise fax", "fax"),
        _inject("radio-ensuite", "at: J+1 08:00", "Radio at eight", "radio-tv"),
    ]
)


@pytest.fixture
def console(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "chronogramme.yaml"
    path.write_text(GUI_SCENARIO.replace("decisions:\n", MORE_INJECTS + "decisions:\n", 1))
    result = load_scenario(path)
    assert result.scenario is not None, [p.render() for p in result.problems]
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    built = build_console(result.scenario)
    qtbot.addWidget(built.window)
    qtbot.addWidget(built.players)
    built.window.resize(1920, 1080)  # the facilitator's laptop
    built.window.show()
    yield built
    built.driver.shutdown()


def titles(console) -> list[str]:
    model = console.injects.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def select(console, title: str) -> None:
    console.injects.table.selectRow(titles(console).index(title))


def selected_title(console) -> str:
    rows = console.injects.table.selectionModel().selectedRows()
    assert len(rows) == 1
    return rows[0].siblingAtColumn(TITLE).data()


def status(console, inject_id: str) -> InjectStatus:
    return console.driver.session.chronogramme.get(inject_id).status


def test_rows_come_in_time_order_then_conditional_then_reserve(console):
    assert titles(console) == [
        "Early text",  # J+0 23:30
        "Call from the press",  # J+1 08:00, first in the file
        "Radio at eight",  # J+1 08:00
        "Late e-mail",  # J+1 10:00
        "After the isolation",  # waits for its condition
        "Reserve call",
    ]
    model = console.injects.model
    assert [model.index(row, WHEN).data() for row in range(4, 6)] == ["—", "—"]


def test_a_delivery_takes_its_place_by_the_time_it_was_delivered(console):
    console.driver.apply(c.Start())
    console.driver.apply(c.Deliver("reserve-x"))  # at J+0 23:00, before everything
    assert titles(console)[0] == "Reserve call"
    console.driver.advance_to(10 * 3600 + 60)  # the surprise fax, delivered at J+1 09:00
    assert titles(console)[3:6] == ["Radio at eight", "Surprise fax", "Late e-mail"]


def test_a_retimed_row_moves_and_stays_selected(console, qtbot, monkeypatch, qtmodeltester):
    qtmodeltester.check(console.injects.model)  # and checks the moves below as they happen
    console.driver.apply(c.Start())
    select(console, "Early text")
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "J+1 09:30")
    qtbot.mouseClick(console.injects.retime, LEFT)
    assert titles(console)[:4] == [
        "Call from the press",
        "Radio at eight",
        "Early text",
        "Late e-mail",
    ]
    assert selected_title(console) == "Early text"
    qtbot.mouseClick(console.injects.skip, LEFT)  # the moved row, not the one now first
    assert status(console, "sms-tot") is InjectStatus.SKIPPED
    assert status(console, "appel-presse") is InjectStatus.SCHEDULED


def test_deliver_now_sends_the_inject_selected_by_its_title(console, qtbot):
    console.driver.play()
    select(console, "Late e-mail")
    qtbot.mouseClick(console.injects.deliver, LEFT)
    assert status(console, "mail-tard") is InjectStatus.DELIVERED
    assert status(console, "sms-tot") is InjectStatus.SCHEDULED
    assert titles(console)[0] == "Late e-mail"  # delivered at J+0 23:00: now the first row
    assert selected_title(console) == "Late e-mail"


def test_resend_goes_to_the_inject_selected_by_its_title(console, qtbot):
    console.driver.advance_to(9 * 3600 + 60)  # J+1 08:01
    select(console, "Call from the press")
    panel = console.injects
    panel.channel.setCurrentIndex(panel.channel.findData("sms"))
    qtbot.mouseClick(panel.resend, LEFT)
    deliveries = console.driver.session.chronogramme.get("appel-presse").deliveries
    assert [d.channel.value for d in deliveries] == ["phone", "sms"]
    assert len(console.driver.session.chronogramme.get("radio-ensuite").deliveries) == 1


def test_a_surprise_that_joins_the_table_keeps_the_selection(console):
    console.driver.advance_to(9 * 3600 + 60)  # J+1 08:01
    select(console, "Late e-mail")
    console.driver.advance_to(10 * 3600 + 60)  # the surprise fax joins: the rows are reset
    assert "Surprise fax" in titles(console)
    assert selected_title(console) == "Late e-mail"


def test_the_title_takes_the_room_and_is_whole_in_its_tooltip(console):
    table = console.injects.table
    header = table.horizontalHeader()
    assert header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Stretch
    others = (WHEN, STATUS, CHANNEL, EXPECTED)
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive for c in others)
    assert table.columnWidth(TITLE) > max(table.columnWidth(column) for column in others)
    assert table.wordWrap()
    row = titles(console).index("Late e-mail")
    tooltip = console.injects.model.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>Late e-mail</b>" in tooltip
    assert "Text of Late e-mail." in tooltip
