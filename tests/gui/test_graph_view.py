"""The service graph: markers follow the simulation, tooltips explain, a click highlights."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from scenario_gui import ENCRYPTED_AT, PAPER_AT

from crisis_sim.core.scenario.model_graph import LAYER_OF_KIND
from crisis_sim.core.sim import NodeStatus
from crisis_sim.gui.graph_scene import GraphScene
from crisis_sim.gui.graph_view import GraphPanel
from crisis_sim.gui.node_item import Role
from crisis_sim.gui.state_style import STYLES

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def panel(qtbot, gui_scenario, sim):
    widget = GraphPanel(GraphScene(gui_scenario, sim))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def test_every_node_has_an_item_at_its_layout_position(panel, gui_scenario):
    scene = panel.scene
    assert set(scene.items_by_id) == {node.id for node in gui_scenario.nodes}
    for node_id, item in scene.items_by_id.items():
        assert (item.pos().x(), item.pos().y()) == scene.positions[node_id]
    assert scene.layout.column_of("san-principal") == 0
    assert scene.layout.column_of("etat-civil") == len(scene.layout.columns) - 1


def test_a_wide_view_unfolds_the_columns_and_moves_the_edges(panel):
    scene = panel.scene
    edges_before = scene.edges.hard.path().boundingRect()
    assert scene.refold(50.0)  # very wide: every node of a layer side by side
    xs = {item.pos().x() for item in scene.items_by_id.values()}
    assert len(xs) == len(scene.items_by_id)
    assert scene.edges.hard.path().boundingRect() != edges_before
    assert not scene.refold(50.0)  # same shape: nothing moves


def test_layer_headings_follow_the_columns_when_they_fold_again(panel):
    """The headings are worked out once per layout (the view paints them at every paint),
    and again when the columns move."""
    scene = panel.scene

    def middles() -> list[float]:
        by_layer: dict[int, list[float]] = {}
        for node in scene.scenario.nodes:
            by_layer.setdefault(LAYER_OF_KIND[node.kind], []).append(scene.positions[node.id][0])
        return [(min(xs) + max(xs)) / 2 for _, xs in sorted(by_layer.items())]

    assert [x for x, _ in scene.column_headings()] == middles()
    assert scene.column_headings() is scene.column_headings()  # not walked at each paint
    before = scene.column_headings()
    assert scene.refold(50.0)
    assert [x for x, _ in scene.column_headings()] == middles() != [x for x, _ in before]


def test_markers_change_status_when_the_simulation_moves_on(panel, sim):
    items = panel.scene.items_by_id
    assert items["san-principal"].status is NodeStatus.OPERATIONAL
    sim.run(ENCRYPTED_AT)
    changed = panel.scene.show_state()
    assert set(changed) == {"san-principal", "srv", "app-ec", "etat-civil", "paie"}
    assert items["san-principal"].status is NodeStatus.ENCRYPTED
    assert items["etat-civil"].status is NodeStatus.DOWN
    sim.run(PAPER_AT)
    assert panel.scene.show_state() == ["etat-civil"]
    assert items["etat-civil"].status is NodeStatus.PAPER


def test_a_large_change_is_shown_a_slice_per_turn_of_the_event_loop(panel, sim, qtbot, monkeypatch):
    """A cascade over more nodes than a slice is spread over several frames, none left out."""
    from crisis_sim.gui import graph_scene

    monkeypatch.setattr(graph_scene, "SLICE", 2)
    items, scene = panel.scene.items_by_id, panel.scene
    sim.run(ENCRYPTED_AT)
    changed = scene.show_state()
    assert len(changed) == 5
    shown = [node_id for node_id in changed if items[node_id].status is not NodeStatus.OPERATIONAL]
    assert shown == changed[:2]  # this frame's slice, in the scenario's order
    assert not scene.settled
    qtbot.waitUntil(lambda: scene.settled)
    for node_id in changed:
        assert items[node_id].status is sim.state_at(node_id).status, node_id


def test_each_status_has_its_own_shape_or_glyph_and_colour():
    looks = {(style.shape, style.glyph) for style in STYLES.values()}
    colours = {style.colour for style in STYLES.values()}
    assert len(looks) == len(NodeStatus)
    assert len(colours) == len(NodeStatus)


def test_a_changed_node_flashes_and_the_others_do_not(panel, sim):
    sim.run(PAPER_AT - 1)
    panel.scene.show_state()
    sim.run(PAPER_AT)
    panel.scene.show_state()
    items = panel.scene.items_by_id
    assert items["etat-civil"].animating
    assert not items["web"].animating


def _pixels_of(panel, node_id: str, qapp):
    qapp.processEvents()  # let the scene apply pending item updates
    view = panel.view
    rect = view.mapFromScene(panel.scene.items_by_id[node_id].sceneBoundingRect()).boundingRect()
    return view.viewport().grab(rect).toImage()


def test_repainted_pixels_follow_the_status(panel, sim, qapp):
    before = _pixels_of(panel, "san-principal", qapp)
    sim.run(ENCRYPTED_AT)
    panel.scene.show_state(animate=False)
    assert _pixels_of(panel, "san-principal", qapp) != before


def test_edges_say_where_they_paint_and_are_drawn_zoomed_in(panel, qapp):
    edges = panel.scene.edges
    for item in (edges.hard, edges.soft):
        assert item.boundingRect().contains(item.path().controlPointRect())
    # Zoomed in on the middle of one edge, far from any node: its pixels are there.
    provider, dependent = "srv", "app-ec"
    start, end = panel.scene.items_by_id[provider].pos(), panel.scene.items_by_id[dependent].pos()
    middle = (start + end) / 2
    panel.view.zoom_by(3.0)
    panel.view.centerOn(middle)
    qapp.processEvents()
    image = panel.view.viewport().grab().toImage()
    centre = panel.view.mapFromScene(middle)
    around = [
        image.pixelColor(centre.x() + dx, centre.y() + dy)
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    ]
    assert any(colour.red() == colour.green() == colour.blue() < 200 for colour in around)


def test_tooltip_tells_state_cause_and_root_in_plain_words(panel, sim):
    sim.run(PAPER_AT)
    panel.scene.show_state()
    text = panel.scene.tooltip_for("paie")
    assert text.splitlines()[0] == "Payroll"
    assert "Down since J+1 02:00" in text
    assert "depends on “Registry software” (Down)" in text
    assert "Root cause: “Storage array” encrypted by the attack, since J+1 02:00" in text
    assert "san-principal" not in text


def test_tooltip_of_a_function_on_paper_names_the_fallback(panel, sim):
    sim.run(PAPER_AT)
    panel.scene.show_state()
    text = panel.scene.tooltip_for("etat-civil")
    assert "On paper since J+1 04:00" in text
    assert "“Paper register”, 30 % of normal" in text


def test_tooltip_of_a_working_node_is_short(panel):
    assert panel.scene.tooltip_for("web") == "Website\nWorking"


def test_click_highlights_what_a_node_needs_and_what_needs_it(panel, qtbot):
    scene, view = panel.scene, panel.view
    item = scene.items_by_id["app-ec"]
    with qtbot.waitSignal(scene.node_selected) as signal:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.scenePos())
        )
    assert signal.args == ["app-ec"]
    assert scene.needs == {"srv", "san-principal"}
    assert scene.needed_by == {"etat-civil", "paie"}
    assert scene.items_by_id["srv"].role is Role.NEEDS
    assert scene.items_by_id["paie"].role is Role.NEEDED_BY
    assert scene.items_by_id["web"].role is Role.DIMMED
    assert not scene.edges.highlight.path().isEmpty()
    assert "needs 2 nodes, needed by 2 nodes" in panel.summary.text()


def test_clicking_empty_space_clears_the_highlight(panel, qtbot):
    panel.scene.select("app-ec")
    corner = QPoint(3, 3)  # the small graph sits in the middle of the view: nothing here
    assert panel.view.itemAt(corner) is None
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    assert panel.scene.selected is None
    assert all(item.role is Role.NONE for item in panel.scene.items_by_id.values())
    assert panel.scene.edges.highlight.path().isEmpty()


def test_zoom_keys_and_fit(panel, qtbot):
    view = panel.view
    start = view.zoom
    qtbot.keyClick(view, "+")
    assert view.zoom > start
    qtbot.keyClick(view, "-")
    qtbot.keyClick(view, "-")
    assert view.zoom < start
    view.fit()
    assert view.zoom <= 1.0


def test_no_antialiasing_when_zoomed_far_out(panel):
    from PySide6.QtGui import QPainter

    panel.view.zoom_by(0.1)
    assert not panel.view.renderHints() & QPainter.RenderHint.Antialiasing
    panel.view.resetTransform()
    panel.view.zoom_by(1.0)
    assert panel.view.renderHints() & QPainter.RenderHint.Antialiasing


def test_each_layer_is_named_over_its_columns_in_the_console_language(panel, qtbot):
    """At the whole-graph zoom node names are too small to draw: the columns say what they
    hold, in a band along the top that no node hides."""
    from crisis_sim.core.scenario.model_graph import LAYER_OF_KIND
    from crisis_sim.gui.graph_view import HEADING_BAND
    from crisis_sim.gui.i18n import set_language

    view = panel.view
    qtbot.waitExposed(panel)
    headings = view.headings()
    layers = sorted({LAYER_OF_KIND[node.kind] for node in panel.scene.scenario.nodes})
    assert len(headings) == len(layers) >= 3
    assert headings[0][1] == "Infrastructure and network"
    assert headings[-1][1] == "Public services"
    xs = [x for x, _ in headings]
    assert xs == sorted(xs)
    top = min(view.mapFromScene(item.pos()).y() for item in panel.scene.items_by_id.values())
    assert top > HEADING_BAND  # the band hides no marker
    image = view.viewport().grab().toImage()
    for x, _ in headings:  # dark text over each heading's column
        band = [
            image.pixelColor(int(x) + dx, y).value()
            for dx in range(-30, 30)
            for y in range(4, HEADING_BAND - 4)
        ]
        assert min(band) < 120, x
    set_language("fr")
    assert view.headings()[-1][1] == "Services publics"


def test_whole_graph_names_the_right_hand_columns_without_overlaps(panel, qtbot):
    """Zoomed out to the whole graph, node items draw no names: the business functions and
    public services are named beside their markers, cut where the next column begins, drawn
    once per zoom and position rather than at each repaint."""
    from crisis_sim.core.scenario.model_graph import LAYER_OF_KIND
    from crisis_sim.gui.graph_labels import LAYERS

    view, scene = panel.view, panel.scene
    qtbot.waitExposed(panel)
    view.fit()
    assert view.column_labels.shown()
    labels = view.column_labels.labels()
    named = {node_id for node_id, _, _ in labels}
    wanted = {n.id for n in scene.scenario.nodes if LAYER_OF_KIND[n.kind] in LAYERS}
    assert named == wanted
    boxes = [box for _, box, _ in labels]
    for i, box in enumerate(boxes):
        assert view.viewport().rect().toRectF().contains(box)
        assert not any(box.intersects(other) for other in boxes[i + 1 :])
    for node_id, item in scene.items_by_id.items():  # no name covers a marker
        centre = view.mapFromScene(item.pos()).toPointF()
        assert not any(box.contains(centre) for box in boxes), node_id
    renders = view.column_labels.renders
    view.viewport().repaint()
    view.viewport().repaint()
    assert view.column_labels.renders <= renders + 1
    view.zoom_by(4.0)  # close enough for the items' own names
    assert not view.column_labels.shown()
