"""The console's analyses through real widgets: Simulation › Analyse the graph… ranks the
single points of failure and plans the restoration on a worker thread, with a progress bar
and Cancel, then shows what the core computes; a cancel or a failure shows no results and
leaves the console usable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crisis_sim.core.analysis.overview import analyse_scenario
from crisis_sim.core.exercise import commands as c
from crisis_sim.core.gametime import format_game_time
from crisis_sim.core.scenario.bundled import resolve
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.synthetic import synthetic_scenario
from crisis_sim.gui import analysis_job, analysis_view, dialogs
from crisis_sim.gui import analysis_models as m
from crisis_sim.gui.analysis_view import AnalysisView
from crisis_sim.gui.console import build_console
from crisis_sim.gui.i18n import set_language

pytestmark = pytest.mark.usefixtures("english", "settings_in_tmp")
WAIT_MS = 30_000
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def angers():
    return load_scenario(resolve("angers-2021").path).scenario


@pytest.fixture(scope="module")
def expected(angers):
    """The core's own result for the console's default of 2 IT staff."""
    return analyse_scenario(angers, 2)


@pytest.fixture(scope="module")
def big():
    return synthetic_scenario(3000).scenario  # a few seconds to rank: time to cancel


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(analysis_view, "show_error", lambda _p, t, msg: shown.append((t, msg)))
    return shown


@pytest.fixture
def console(qtbot, angers, monkeypatch, errors):
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)  # closing mid-exercise asks
    built = build_console(angers)
    qtbot.addWidget(built.window)
    qtbot.addWidget(built.players)
    built.window.show()
    yield built
    built.window.close()


def open_analyses(console, qtbot) -> tuple[AnalysisView, list]:
    """Trigger the menu action; the progress bar's states while it runs; wait for the end."""
    console.window.actions_by_name["analyse"].trigger()
    view = console.window.analysis_view
    assert view.running
    assert view.progress.isVisible()
    assert view.cancel.isVisible()
    bar = view.progress
    seen = []
    bar.valueChanged.connect(lambda value: seen.append((bar.format(), value, bar.maximum())))
    qtbot.waitUntil(lambda: not view.running, timeout=WAIT_MS)
    return view, seen


def assert_console_plays(console) -> None:
    console.window.actions_by_name["play"].trigger()
    assert console.driver.running
    assert console.driver.apply(c.JumpToNextInject())
    assert console.driver.source.now > 0
    console.driver.pause()


def texts(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def name(scenario, node_id: str) -> str:
    return scenario.node_by_id[node_id].name.get("en")


def test_the_action_sits_in_the_simulation_menu_with_a_shortcut(console):
    action = console.window.actions_by_name["analyse"]
    assert action in console.window.menus.menus["simulation"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+A"
    assert action.text() == "&Analyse the graph…"
    assert action in console.window.shortcut_actions()


def test_progress_counts_the_nodes_then_the_restorations(console, qtbot, angers, expected):
    view, seen = open_analyses(console, qtbot)
    nodes, steps = len(angers.nodes), len(expected.plan.steps)
    assert ("Ranking the nodes: %v of %m", nodes, nodes) in seen
    assert ("Planning the restoration: %v of %m", steps, steps) in seen
    ranking = [value for fmt, value, _ in seen if fmt.startswith("Ranking")]
    assert ranking == sorted(ranking)  # counts up, one stage after the other
    assert not view.progress.isVisible()
    assert not view.cancel.isVisible()
    assert view.status.text() == "Done."
    assert view.run_again.isEnabled()


def test_single_points_of_failure_are_the_cores(console, qtbot, angers, expected):
    view, _ = open_analyses(console, qtbot)
    spofs = expected.single_points_of_failure
    model = view.weak_points
    assert model.rowCount() == len(spofs) == 44
    assert view.tabs.tabText(0) == "Single points of failure (44)"
    assert [model.index(row, m.NODE).data() for row in range(model.rowCount())] == [
        name(angers, entry.node) for entry in spofs
    ]
    first = spofs[0]
    hits = first.hits
    assert texts(model, 0) == [
        "1",
        name(angers, first.node),
        str(len(first.lost)),
        f"{first.people_lost:,}",
        "at once",
        f"{name(angers, hits[0].function)}, {name(angers, hits[1].function)}, {len(hits) - 2} more",
    ]
    assert texts(model, 0)[1:4] == ["Core network switches", "15", "584,100"]  # as the CLI
    tooltip = model.index(0, m.HIT).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.count("\n") == len(hits) - 1
    assert "78 nodes, 17 business functions and public services. 44 single points" in (
        view.summary.text()
    )


def test_restoration_order_and_services_back_are_the_cores(console, qtbot, angers, expected):
    view, _ = open_analyses(console, qtbot)
    t0 = angers.meta.t0
    plan = expected.plan
    assert view.steps.rowCount() == len(plan.steps)
    for row, step in enumerate(plan.steps):
        shown = texts(view.steps, row)
        assert shown[: m.NOTES] == [
            str(row + 1),
            format_game_time(step.start, t0),
            format_game_time(step.end, t0),
            str(step.staff),
            name(angers, step.node),
        ]
    assert texts(view.steps, 0)[1:5] == ["J+1 04:00", "J+2 04:00", "1", name(angers, "ad-dc-1")]
    assert texts(view.steps, 2)[m.NOTES] == "ready at J+1 04:00, staff busy"
    assert view.returns.rowCount() == len(plan.services)
    for row, back in enumerate(plan.services):
        shown = texts(view.returns, row)
        assert shown[m.SERVICE] == name(angers, back.function)
        assert shown[m.WORKING] == format_game_time(back.working_at, t0)
    doors = [b.function for b in plan.services].index("acces-batiments")
    assert texts(view.returns, doors)[m.WORKING :] == [
        "J+8 04:00",
        "J+8 04:00",
        "4h",
        "⚠ J+1 04:45",
    ]
    assert view.plan_summary.text() == (
        "Restoration after the attack, from J+1 04:00, with 2 IT staff: done at J+50 08:00."
    )
    assert name(angers, "serveur-supervision") in view.blocked.text()


def test_analysing_again_for_fewer_staff_shows_the_longer_plan(console, qtbot, angers):
    view, _ = open_analyses(console, qtbot)
    view.staff.setValue(1)
    qtbot.mouseClick(view.run_again, CLICK)
    assert view.running
    assert view.weak_points.rowCount() == 0
    qtbot.waitUntil(lambda: not view.running, timeout=WAIT_MS)
    one = analyse_scenario(angers, 1).plan
    done = format_game_time(one.finished_at, angers.meta.t0)
    assert view.plan_summary.text().endswith(f"with 1 IT staff: done at {done}.")
    assert {view.steps.step(row).staff for row in range(view.steps.rowCount())} == {1}


def test_cancel_stops_the_worker_shows_nothing_and_the_console_goes_on(console, qtbot, big):
    view = AnalysisView(big, console.window)
    view.show()
    values = []
    view.progress.valueChanged.connect(values.append)
    view.start()
    job = view.job
    # The bar moves while the worker ranks: the interface thread is free meanwhile.
    qtbot.waitUntil(lambda: any(value > 0 for value in values), timeout=WAIT_MS)
    qtbot.mouseClick(view.cancel, CLICK)
    assert job.cancel_requested
    qtbot.waitUntil(lambda: not view.running, timeout=5_000)  # the thread's finished arrived
    assert max(values) < len(big.nodes)  # stopped before the end of the ranking
    assert view.status.text() == "Analysis cancelled: no results."
    assert [model.rowCount() for model in (view.weak_points, view.steps, view.returns)] == [0] * 3
    assert view.summary.text() == ""
    assert view.plan_summary.text() == ""
    assert not view.progress.isVisible()
    assert view.run_again.isEnabled()
    assert_console_plays(console)


def test_closing_the_window_while_it_runs_stops_the_worker(console, qtbot, big):
    view = AnalysisView(big, console.window)
    view.show()
    view.start()
    job = view.job
    qtbot.waitUntil(lambda: view.progress.maximum() > 0, timeout=WAIT_MS)
    view.close()
    assert job.isFinished()


def test_an_analysis_that_fails_says_why_and_shows_nothing(console, qtbot, monkeypatch, errors):
    def broken(*args, **kwargs):
        raise ValueError("the graph is not what it seemed")

    monkeypatch.setattr(analysis_job, "analyse_scenario", broken)
    view, _ = open_analyses(console, qtbot)
    assert errors == [("Analysis failed", "ValueError: the graph is not what it seemed")]
    assert view.status.text() == "The analysis failed."
    assert view.weak_points.rowCount() == 0
    assert_console_plays(console)


def test_results_follow_the_language(console, qtbot):
    view, _ = open_analyses(console, qtbot)
    set_language("fr")
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "Points de défaillance uniques (44)")
    assert view.weak_points.headerData(m.RESIDENTS, Qt.Orientation.Horizontal) == (
        "Habitants touchés"
    )
    assert view.weak_points.index(0, m.FIRST_STOP).data() == "aussitôt"
    assert view.returns.index(0, m.CRITICALITY).data() == "vitale"
    assert view.plan_summary.text().startswith("Restauration après l’attaque")
    assert console.window.actions_by_name["analyse"].text() == "&Analyser le graphe…"


@pytest.mark.parametrize(
    "model_class", [m.WeakPointsModel, m.RestorationStepsModel, m.ServiceReturnsModel]
)
def test_models_pass_the_model_tester(qtmodeltester, expected, model_class):
    model = model_class()
    qtmodeltester.check(model)  # empty, as before an analysis or after a cancel
    model.show(expected)
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.show(None)
    assert model.rowCount() == 0


def test_opening_again_shows_the_results_without_analysing_again(console, qtbot):
    view, _ = open_analyses(console, qtbot)
    view.close()
    console.window.actions_by_name["analyse"].trigger()
    assert console.window.analysis_view is view
    assert view.isVisible()
    assert not view.running
    assert view.weak_points.rowCount() == 44


def test_closing_the_console_stops_a_running_analysis(console, qtbot, big):
    view = console.window.analysis_view = AnalysisView(big, console.window)
    view.show()
    view.start()
    job = view.job
    qtbot.waitUntil(lambda: view.progress.maximum() > 0, timeout=WAIT_MS)
    assert console.window.close()
    assert job.isFinished()  # no worker thread outlives the console
