"""The layered layout: columns by kind, fewer crossings, same picture every time."""

from __future__ import annotations

import time
from pathlib import Path

from crisis_sim.core.layout import (
    count_crossings,
    layered_layout,
    rows_for_aspect,
    scenario_layout,
)
from crisis_sim.core.scenario.loader import load_scenario

EXAMPLE = Path(__file__).parents[2] / "docs" / "examples" / "petite-mairie.yaml"


def test_columns_follow_layers_and_skip_empty_ones():
    layout = layered_layout({"app": 2, "srv": 1, "svc": 4}, [("srv", "app"), ("app", "svc")])
    assert layout.columns == (("srv",), ("app",), ("svc",))
    assert layout.positions["srv"][0] < layout.positions["app"][0] < layout.positions["svc"][0]


def test_columns_are_centred_on_zero():
    layout = layered_layout({"a": 0, "b": 0, "c": 0}, [], row_gap=10.0)
    assert [layout.positions[n][1] for n in "abc"] == [-10.0, 0.0, 10.0]


def test_two_crossing_edges_are_untangled():
    # a→y and b→x cross when drawn in input order; swapping one column removes the crossing.
    layer_of = {"a": 0, "b": 0, "x": 1, "y": 1}
    edges = [("a", "y"), ("b", "x")]
    assert (
        count_crossings([["a", "b"], ["x", "y"]], {"a": ["y"], "b": ["x"], "x": ["b"], "y": ["a"]})
        == 1
    )
    layout = layered_layout(layer_of, edges)
    assert layout.crossings == 0
    assert layout.columns in ((("a", "b"), ("y", "x")), (("b", "a"), ("x", "y")))


def test_hand_checked_three_layer_case():
    # Column 0: s1 s2 s3; column 1: a b c with a←s3, b←s2, c←s1: reversed order, 3 crossings.
    layer_of = {"s1": 0, "s2": 0, "s3": 0, "a": 1, "b": 1, "c": 1, "svc": 2}
    edges = [("s3", "a"), ("s2", "b"), ("s1", "c"), ("a", "svc"), ("c", "svc")]
    layout = layered_layout(layer_of, edges)
    assert layout.crossings == 0
    assert layout.columns[1] == ("c", "b", "a")


def test_ties_keep_the_input_order():
    layout = layered_layout({"z": 0, "m": 0, "a": 0, "k": 1}, [("z", "k"), ("m", "k"), ("a", "k")])
    assert layout.columns[0] == ("z", "m", "a")


def test_same_input_same_layout():
    layer_of = {f"n{i}": i % 4 for i in range(60)}
    edges = [(f"n{i}", f"n{(i * 7 + 3) % 60}") for i in range(60)]
    assert layered_layout(layer_of, edges) == layered_layout(dict(layer_of), list(edges))


def test_sweeps_never_make_it_worse():
    layer_of = {f"n{i}": i % 3 for i in range(30)}
    edges = [(f"n{i}", f"n{(i * 11 + 1) % 30}") for i in range(30)]
    unswept = layered_layout(layer_of, edges, sweeps=0)
    assert layered_layout(layer_of, edges).crossings <= unswept.crossings


def test_long_edges_count_in_every_gap_they_span():
    # Rows: a at 0; b at -0.5, c at +0.5; z at -0.5, w at +0.5. c→z crosses b→w in the second
    # gap, and also the second piece of the long edge a→w (from 0.25 to 0.5).
    columns = [["a"], ["b", "c"], ["z", "w"]]
    edges = {("a", "w"), ("b", "w"), ("c", "z")}
    neighbours = {n: [m for e in edges for m in e if n in e and m != n] for n in "abczw"}
    assert count_crossings(columns, neighbours) == 2


def test_scenario_layout_puts_infrastructure_left_and_services_right():
    scenario = load_scenario(EXAMPLE).scenario
    layout = scenario_layout(scenario)
    assert set(layout.positions) == {node.id for node in scenario.nodes}
    assert layout.column_of("acces-internet") == 0
    assert layout.column_of("etat-civil") == len(layout.columns) - 1


def test_two_thousand_nodes_lay_out_quickly():
    layer_of = {f"n{i}": i % 5 for i in range(2000)}
    edges = [(f"n{i}", f"n{(i * 37 + 11) % 2000}") for i in range(2000)]
    edges += [(f"n{i}", f"n{(i * 13 + 5) % 2000}") for i in range(2000)]
    start = time.perf_counter()
    layout = layered_layout(layer_of, edges)
    assert time.perf_counter() - start < 5.0
    assert len(layout.positions) == 2000


def test_rows_for_aspect_folds_long_columns():
    # Layers of 20, 26, 14, 8 and 9 nodes; 14 rows gives 2+2+1+1+1 = 7 columns of 280:
    # 1960 wide for 14 * 88 = 1232 high, aspect 1.59, the closest to 1.6.
    assert rows_for_aspect([20, 26, 14, 8, 9], 1.6, 280.0, 88.0) == 14


def test_a_folded_column_zig_zags_and_keeps_its_order_top_to_bottom():
    # Two rows: 2 + 1 columns of 100 for 2 rows of 10 is exactly the aspect asked, 15.
    layer_of = {"a": 0, "b": 0, "c": 0, "d": 0, "s": 1}
    layout = layered_layout(layer_of, [], column_gap=100.0, row_gap=10.0, aspect=15.0)
    xs = [layout.positions[n][0] for n in "abcd"]
    ys = [layout.positions[n][1] for n in "abcd"]
    assert xs == [0.0, 100.0, 0.0, 100.0]
    assert ys == sorted(ys)
    assert layout.positions["c"][1] - layout.positions["a"][1] == 10.0
    assert layout.positions["s"][0] == 200.0


def test_folding_again_keeps_the_order_and_changes_only_the_shape():
    layer_of = {f"n{i}": 0 for i in range(8)} | {"s": 1}
    layout = layered_layout(layer_of, [], column_gap=100.0, row_gap=10.0)
    tall, wide = layout.folded(0.01), layout.folded(100.0)
    assert {x for x, _ in tall.values()} == {0.0, 100.0}  # one column, then the service
    assert len({x for x, _ in wide.values()}) == 9  # every node side by side
    assert [wide[f"n{i}"][1] for i in range(8)] == sorted(wide[f"n{i}"][1] for i in range(8))
