"""Assembling the console: one simulation, its clock, the views that read it, one window.

The views read the session's state (through ``SessionSource``) and follow the driver's
``advanced`` signal; none of them knows the others. Every change goes through the session,
so its journal holds the whole exercise.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.exercise.session import Session
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.gui.decisions_model import DecisionsModel
from crisis_sim.gui.graph_scene import GraphScene
from crisis_sim.gui.graph_view import GraphPanel
from crisis_sim.gui.injects_model import InjectsModel
from crisis_sim.gui.levels_chart import ServiceLevelsChart
from crisis_sim.gui.log_model import CrisisLogModel
from crisis_sim.gui.main_window import MainWindow
from crisis_sim.gui.pacing import Pacer
from crisis_sim.gui.players_screen import PlayersScreen
from crisis_sim.gui.reactions_model import ReactionsModel
from crisis_sim.gui.services_board import ServicesBoard
from crisis_sim.gui.services_model import ServicesModel
from crisis_sim.gui.session_driver import DEFAULT_SPEED, SessionDriver
from crisis_sim.gui.session_panels import DecisionsPanel, InjectsPanel, LogPanel, ReactionsPanel


@dataclass
class Console:
    window: MainWindow
    driver: SessionDriver
    scene: GraphScene
    graph: GraphPanel
    services: ServicesModel
    board: ServicesBoard
    chart: ServiceLevelsChart
    players: PlayersScreen
    injects: InjectsPanel
    decisions: DecisionsPanel
    log: LogPanel
    reactions: ReactionsPanel
    pacer: Pacer


def build_console(scenario: Scenario, session: Session | None = None) -> Console:
    """The console on ``session`` (default: a new session without a journal, for trying out)."""
    driver = SessionDriver(session or Session(scenario, speed=DEFAULT_SPEED))
    simulation = driver.source
    scene = GraphScene(scenario, simulation)
    graph = GraphPanel(scene)
    services = ServicesModel(scenario, simulation)
    board = ServicesBoard(services)
    chart = ServiceLevelsChart(scenario, simulation)
    players = PlayersScreen(scenario, simulation)
    # A resumed session opens where it stopped, not at DEBEX: each view follows from now.
    pacer = Pacer(lambda: simulation.now, driver)
    for follow in (scene.show_state, services.refresh, chart.refresh, players.refresh):
        pacer.add(follow)
    driver.advanced.connect(pacer.follow)
    players.follow(driver)
    injects = InjectsPanel(driver, InjectsModel(driver.session))
    decisions = DecisionsPanel(driver, DecisionsModel(driver.session))
    log = LogPanel(driver, CrisisLogModel(driver.session))
    reactions = ReactionsPanel(driver, ReactionsModel(driver.session))
    for model in (injects.model, decisions.model, log.model, reactions.model):
        driver.changed.connect(model.refresh)
    parts = {
        "services": board,
        "chart": chart,
        "injects": injects,
        "decisions": decisions,
        "log": log,
        "reactions": reactions,
    }
    window = MainWindow(scenario, driver, graph, parts, players)
    driver.setParent(window)  # the clock and its connections end with the console
    return Console(
        window,
        driver,
        scene,
        graph,
        services,
        board,
        chart,
        players,
        injects,
        decisions,
        log,
        reactions,
        pacer,
    )
