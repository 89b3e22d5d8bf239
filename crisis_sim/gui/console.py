"""Assembling the console: one simulation, its clock, the views that read it, one window.

The views read the state source and follow the clock's ``advanced`` signal; none of them
knows the others. When the exercise session lands, ``build_console`` takes it in place of
the simulation and its driver, and the views stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.sim import Simulation
from crisis_sim.gui.graph_scene import GraphScene
from crisis_sim.gui.graph_view import GraphPanel
from crisis_sim.gui.levels_chart import ServiceLevelsChart
from crisis_sim.gui.main_window import MainWindow
from crisis_sim.gui.players_screen import PlayersScreen
from crisis_sim.gui.services_board import ServicesBoard
from crisis_sim.gui.services_model import ServicesModel
from crisis_sim.gui.sim_driver import SimDriver


@dataclass
class Console:
    window: MainWindow
    driver: SimDriver
    scene: GraphScene
    graph: GraphPanel
    services: ServicesModel
    board: ServicesBoard
    chart: ServiceLevelsChart
    players: PlayersScreen


def build_console(scenario: Scenario, seed: int | None = None) -> Console:
    simulation = Simulation(scenario, seed=seed)
    driver = SimDriver(simulation, end=scenario.meta.duration)
    scene = GraphScene(scenario, simulation)
    graph = GraphPanel(scene)
    services = ServicesModel(scenario, simulation)
    board = ServicesBoard(services)
    chart = ServiceLevelsChart(scenario, simulation)
    players = PlayersScreen(scenario, simulation)
    for follow in (scene.show_state, services.refresh, chart.refresh, players.refresh):
        driver.advanced.connect(follow)
    parts = {"graph": graph, "services": board, "chart": chart}
    window = MainWindow(scenario, driver, parts, players)
    return Console(window, driver, scene, graph, services, board, chart, players)
