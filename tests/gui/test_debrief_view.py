"""The debrief window on a scripted Angers session: findings, recommendations, the editable
action plan saved at once, exports off the UI thread, and the console's menu action."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from crisis_sim.core.debrief import ActionStatus, load_plan, open_debrief
from crisis_sim.core.exercise.journal import EmbeddedText
from crisis_sim.core.exercise.playscript import load_play_script
from crisis_sim.core.exercise.runner import play
from crisis_sim.core.exercise.store import create_session
from crisis_sim.core.resources import scenarios_dir
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.export.report import Format, export_debrief
from crisis_sim.gui import debrief_view, dialogs
from crisis_sim.gui.debrief_models import DUE, KIND, OWNER, SEVERITY, STATUS, TITLE
from crisis_sim.gui.debrief_view import DebriefView, open_debrief_view

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")


@pytest.fixture(scope="module")
def played_angers(tmp_path_factory) -> Path:
    """The bundled Angers exercise played from its script, as ``crisis-sim run`` does."""
    out = tmp_path_factory.mktemp("angers") / "angers.session.jsonl"
    scenario = load_scenario(resolve("angers-2021").path).scenario
    script_path = scenarios_dir() / "angers-2021.play.yaml"
    session = create_session(scenario, out, script=EmbeddedText.of_bytes(script_path.read_bytes()))
    play(session, load_play_script(script_path, scenario))
    session.close()
    return out


@pytest.fixture
def session_path(played_angers, tmp_path) -> Path:
    """A copy per test: editing the plan writes beside the session file."""
    path = tmp_path / "angers.session.jsonl"
    shutil.copyfile(played_angers, path)
    return path


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(debrief_view, "show_error", lambda _p, t, m: shown.append((t, m)))
    return shown


@pytest.fixture
def view(qtbot, session_path, errors):
    shown = DebriefView(open_debrief(session_path))
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    if shown.exports.job is not None:
        shown.exports.job.wait()


def test_findings_and_recommendations_are_listed_with_their_values(view, session_path):
    expected = open_debrief(session_path).debrief
    findings, recs = view.findings, view.recommendations
    assert findings.rowCount() == len(expected.findings) > 10
    assert recs.rowCount() == len(expected.recommendations) > 5
    first = expected.findings[0]
    assert first.kind.value == "fallback-missing"
    assert findings.index(0, SEVERITY).data() == "Critical"
    assert findings.index(0, KIND).data() == "Paper fallback not used"
    assert findings.index(0, TITLE).data() == first.title.en
    last = findings.rowCount() - 1
    assert findings.index(last, SEVERITY).data() == "Strength"
    top = expected.recommendations[0]
    row = [recs.index(0, column).data() for column in range(recs.columnCount())]
    assert row[:3] == [1, "ANSSI-CRISE-CONTINUITY", top.title.en]
    assert row[3].startswith(top.source.en)
    assert row[4] == len(top.finding_ids)


def test_selecting_a_finding_shows_its_evidence_and_rationale(view, session_path):
    expected = open_debrief(session_path)
    finding = next(f for f in expected.debrief.findings if f.entries)
    row = expected.debrief.findings.index(finding)
    view.findings_table.selectRow(row)
    text = view.finding_details.toPlainText()
    entry = next(e for e in expected.session.log.entries if e.id == finding.entries[0])
    assert finding.title.en in text
    assert entry.text.en in text
    assert finding.recommendations[0].id in text
    assert finding.recommendations[0].rationale.en in text


def test_editing_an_owner_in_the_table_saves_the_plan_at_once(view, session_path, qtbot):
    assert load_plan(session_path) is None  # a draft until someone edits it
    index = view.plan.index(0, OWNER)
    view.tabs.setCurrentIndex(2)
    view.plan_page.table.setCurrentIndex(index)
    view.plan_page.table.edit(index)
    editor = view.plan_page.table.indexWidget(index)  # the delegate's editor, open on the cell
    assert isinstance(editor, QLineEdit)
    editor.setText("Mme Durand, DGS")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: load_plan(session_path) is not None, timeout=3000)
    saved = load_plan(session_path)
    assert saved.actions[0].owner == "Mme Durand, DGS"
    assert view.plan.index(0, OWNER).data() == "Mme Durand, DGS"
    assert "saved" in view.plan_page.status.text()


def test_status_is_chosen_from_a_list_and_saved(view, session_path):
    index = view.plan.index(1, STATUS)
    view.plan_page.table.setCurrentIndex(index)
    view.plan_page.table.edit(index)
    editor = view.plan_page.table.indexWidget(index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("in-progress"))
    view.plan_page.table.commitData(editor)
    assert load_plan(session_path).actions[1].status is ActionStatus.IN_PROGRESS
    assert view.plan.index(1, STATUS).data() == "In progress"


def test_a_bad_date_is_refused_with_the_reason_and_nothing_changes(view, session_path, errors):
    index = view.plan.index(0, DUE)
    assert not view.plan.setData(index, "31/06/2025")
    assert errors
    assert "YYYY-MM-DD" in errors[0][1]
    assert load_plan(session_path) is None
    assert view.plan.setData(index, "2025-06-30")
    assert load_plan(session_path).actions[0].due_date == "2025-06-30"


def test_a_refused_edit_is_explained_in_the_debrief_language(view, session_path, errors):
    """The plan's reasons used to reach a French window in English."""
    from crisis_sim.gui.i18n import set_language

    set_language("fr")
    assert not view.plan.setData(view.plan.index(0, DUE), "31/06/2025")
    assert errors[-1][1] == (
        "« 31/06/2025 » n'est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2025-06-30"
    )
    set_language("en")
    assert not view.plan.setData(view.plan.index(0, DUE), "31/06/2025")
    assert errors[-1][1] == "'31/06/2025' is not a date; write it as YYYY-MM-DD, e.g. 2025-06-30"
    assert load_plan(session_path) is None


def test_actions_can_be_added_and_removed(view, session_path):
    count = view.plan.rowCount()
    view.plan_page.add.click()
    assert view.plan.rowCount() == count + 1
    assert len(load_plan(session_path)) == count + 1
    view.plan_page.table.selectRow(0)
    view.plan_page.remove.click()
    saved = load_plan(session_path)
    assert len(saved) == count
    assert saved.actions[0].id == "A2"


def test_export_to_html_runs_off_the_ui_thread_and_writes_the_file(
    view, session_path, tmp_path, qtbot, monkeypatch, errors
):
    view.plan.setData(view.plan.index(0, OWNER), "Mme Durand")
    target = tmp_path / "out" / "debrief.html"
    target.parent.mkdir()
    monkeypatch.setattr(debrief_view, "choose_export_path", lambda *args: target)
    view.exports.buttons[Format.HTML].click()
    assert view.exports.job is not None
    assert view.exports.progress.isVisible()
    qtbot.waitUntil(lambda: view.exports.job is None, timeout=30_000)
    assert not errors
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html")
    assert "Mme Durand" in text
    assert "Written:" in view.exports.status.text()
    assert not view.exports.progress.isVisible()
    assert sorted(p.name for p in target.parent.iterdir()) == ["debrief.html"]


def test_cancelling_an_export_leaves_nothing_behind(view, tmp_path, qtbot, monkeypatch):
    release = threading.Event()
    held = []

    def slow_export(opened, fmt, output, *, lang):  # the real one, held until cancelled
        held.append(output)
        assert release.wait(10)
        return export_debrief(opened, fmt, output, lang=lang)

    monkeypatch.setattr(debrief_view, "export_debrief", slow_export)
    target = tmp_path / "debrief.md"
    view.start_export(Format.MD, target)
    assert view.exports.cancel.isVisible()
    view.exports.cancel.click()
    release.set()
    qtbot.waitUntil(lambda: view.exports.job is None, timeout=30_000)
    assert not target.exists()
    assert list(tmp_path.glob("*.part*")) == []
    assert "cancelled" in view.exports.status.text()
    assert len(held) == 1  # the cancel came while the export was being written


def test_an_export_that_fails_is_reported_in_a_dialog(view, tmp_path, qtbot, errors):
    view.start_export(Format.MD, tmp_path / "missing-folder" / "debrief.md")
    qtbot.waitUntil(lambda: view.exports.job is None, timeout=30_000)
    assert errors
    assert errors[0][0] == "Export failed"
    assert "missing-folder" in errors[0][1]
    assert view.exports.buttons[Format.MD].isEnabled()


def test_every_model_passes_the_model_tester(view, qtmodeltester):
    for model in (view.findings, view.recommendations, view.plan):
        qtmodeltester.check(model)


def test_the_console_menu_opens_the_debrief_of_its_session(
    qtbot, gui_scenario, tmp_path, monkeypatch, errors
):
    from crisis_sim.gui.console import build_console

    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    session = create_session(gui_scenario, tmp_path / "gui.session.jsonl")
    console = build_console(gui_scenario, session)
    qtbot.addWidget(console.window)
    qtbot.addWidget(console.players)
    console.driver.advance_to(3600)
    action = console.window.actions_by_name["debrief"]
    assert action in console.window.file_menu.actions()
    assert action.text() == "&Debrief…"
    action.trigger()
    shown = console.window.debrief_view
    assert isinstance(shown, DebriefView)
    assert shown.isVisible()
    assert shown.opened.path == tmp_path / "gui.session.jsonl"
    assert not errors
    shown.close()
    console.driver.shutdown()


def test_a_session_without_a_file_cannot_be_debriefed_and_says_why(qtbot, gui_scenario, errors):
    from crisis_sim.core.exercise.session import Session

    assert open_debrief_view(Session(gui_scenario)) is None
    assert errors
    assert "not saved to a file" in errors[0][1]
