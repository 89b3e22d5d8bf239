"""Layered layout of the service graph: columns by node kind, order chosen to cross few edges.

Columns run from infrastructure (left) to public services (right), following
``LAYER_OF_KIND``; empty layers are dropped so no column is left blank. Within a column the
nodes are ordered by a few barycentre sweeps (each node moves towards the mean rank of its
neighbours in the columns already placed), alternating left-to-right and right-to-left, and
the best order seen is kept. No randomness: the same graph always gets the same picture,
so a facilitator finds a node where it was last time. Ties keep the scenario's own order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import LAYER_OF_KIND

DEFAULT_SWEEPS = 4
COLUMN_GAP = 260.0
ROW_GAP = 70.0


@dataclass(frozen=True)
class Layout:
    """Columns of node ids (left to right, top to bottom) and the centre of each node."""

    columns: tuple[tuple[str, ...], ...]
    positions: dict[str, tuple[float, float]]
    crossings: int
    column_gap: float = COLUMN_GAP
    row_gap: float = ROW_GAP

    def column_of(self, node_id: str) -> int:
        return next(i for i, column in enumerate(self.columns) if node_id in column)

    def folded(self, aspect: float) -> dict[str, tuple[float, float]]:
        """The same order, with long columns folded to approach ``aspect`` (width / height).

        Cheap (no sweeps): a view can call it whenever its shape changes.
        """
        sizes = [len(column) for column in self.columns]
        rows = rows_for_aspect(sizes, aspect, self.column_gap, self.row_gap)
        columns = [list(column) for column in self.columns]
        return _positions(columns, self.column_gap, self.row_gap, rows)


def scenario_layout(
    scenario: Scenario,
    sweeps: int = DEFAULT_SWEEPS,
    column_gap: float = COLUMN_GAP,
    row_gap: float = ROW_GAP,
    aspect: float | None = None,
) -> Layout:
    """The layout of a scenario's dependency graph (edges run provider → dependent)."""
    layer_of = {node.id: LAYER_OF_KIND[node.kind] for node in scenario.nodes}
    edges = [
        (provider, node.id)
        for node in scenario.nodes
        for dependency in node.needs
        for provider in dependency.providers
        if provider in layer_of
    ]
    return layered_layout(layer_of, edges, sweeps, column_gap, row_gap, aspect)


def layered_layout(
    layer_of: Mapping[str, int],
    edges: Iterable[tuple[str, str]],
    sweeps: int = DEFAULT_SWEEPS,
    column_gap: float = COLUMN_GAP,
    row_gap: float = ROW_GAP,
    aspect: float | None = None,
) -> Layout:
    """Place every node of ``layer_of`` (in its iteration order for ties) in its column.

    With ``aspect`` (width / height), long columns fold into sub-columns to approach it.
    """
    columns = _initial_columns(layer_of)
    neighbours = _neighbours(layer_of, edges)
    columns = _reduce_crossings(columns, neighbours, sweeps)
    layout = Layout(
        columns=tuple(tuple(column) for column in columns),
        positions=_positions(columns, column_gap, row_gap),
        crossings=count_crossings(columns, neighbours),
        column_gap=column_gap,
        row_gap=row_gap,
    )
    if aspect:
        layout = replace(layout, positions=layout.folded(aspect))
    return layout


def _initial_columns(layer_of: Mapping[str, int]) -> list[list[str]]:
    layers = sorted(set(layer_of.values()))
    rank = {layer: i for i, layer in enumerate(layers)}
    columns: list[list[str]] = [[] for _ in layers]
    for node_id, layer in layer_of.items():
        columns[rank[layer]].append(node_id)
    return columns


def _neighbours(
    layer_of: Mapping[str, int], edges: Iterable[tuple[str, str]]
) -> dict[str, list[str]]:
    """Undirected neighbours in other layers; edges inside one layer do not order it."""
    neighbours: dict[str, list[str]] = {node_id: [] for node_id in layer_of}
    for a, b in edges:
        if a in layer_of and b in layer_of and layer_of[a] != layer_of[b]:
            neighbours[a].append(b)
            neighbours[b].append(a)
    return neighbours


def _reduce_crossings(
    columns: list[list[str]], neighbours: Mapping[str, list[str]], sweeps: int
) -> list[list[str]]:
    best = [list(column) for column in columns]
    best_crossings = count_crossings(best, neighbours)
    current = best
    for sweep in range(sweeps):
        order = range(len(current)) if sweep % 2 == 0 else range(len(current) - 1, -1, -1)
        current = _sweep(current, neighbours, list(order))
        crossings = count_crossings(current, neighbours)
        if crossings < best_crossings:
            best, best_crossings = [list(column) for column in current], crossings
    return best


def _sweep(
    columns: list[list[str]], neighbours: Mapping[str, list[str]], order: Sequence[int]
) -> list[list[str]]:
    """Reorder each column in ``order`` by the barycentre of its already-placed neighbours."""
    columns = [list(column) for column in columns]
    column_of = {node_id: i for i, column in enumerate(columns) for node_id in column}
    placed: set[int] = {order[0]}
    for index in order[1:]:
        rank = _relative_ranks(columns, placed)
        columns[index] = _by_barycentre(columns[index], neighbours, rank, column_of, placed)
        placed.add(index)
    return columns


def _relative_ranks(columns: list[list[str]], placed: set[int]) -> dict[str, float]:
    """Each placed node's row, counted from its column's centre as the picture draws it."""
    rank: dict[str, float] = {}
    for index in placed:
        column = columns[index]
        offset = (len(column) - 1) / 2
        rank.update({node_id: i - offset for i, node_id in enumerate(column)})
    return rank


def _by_barycentre(
    column: list[str],
    neighbours: Mapping[str, list[str]],
    rank: Mapping[str, float],
    column_of: Mapping[str, int],
    placed: set[int],
) -> list[str]:
    offset = (len(column) - 1) / 2
    keys = {}
    for position, node_id in enumerate(column):
        ranks = [rank[n] for n in neighbours[node_id] if column_of[n] in placed]
        # A node with no placed neighbour keeps its row.
        keys[node_id] = (sum(ranks) / len(ranks) if ranks else position - offset, position)
    return sorted(column, key=keys.__getitem__)


def count_crossings(
    columns: Sequence[Sequence[str]], neighbours: Mapping[str, Sequence[str]]
) -> int:
    """Pairs of edges that cross when drawn as straight lines between their columns.

    An edge spanning several columns is cut into one straight piece per gap, and pieces are
    compared within each gap; exact for the drawing's geometry, with rows as units.
    """
    column_of = {node_id: i for i, column in enumerate(columns) for node_id in column}
    rank = _relative_ranks([list(c) for c in columns], set(range(len(columns))))
    segments = _segments(columns, neighbours, column_of, rank)
    crossings = 0
    for gap_segments in segments.values():
        gap_segments.sort()
        crossings += _inversions([end for _, end in gap_segments])
    return crossings


def _segments(
    columns: Sequence[Sequence[str]],
    neighbours: Mapping[str, Sequence[str]],
    column_of: Mapping[str, int],
    rank: Mapping[str, float],
) -> dict[int, list[tuple[float, float]]]:
    """Each edge cut into one straight piece per gap between adjacent columns it spans."""
    segments: dict[int, list[tuple[float, float]]] = {}
    for column in columns:
        for a in column:
            for b in neighbours[a]:
                ca, cb = column_of[a], column_of[b]
                if ca >= cb:
                    continue
                for gap in range(ca, cb):
                    start = _interpolate(rank[a], rank[b], (gap - ca) / (cb - ca))
                    end = _interpolate(rank[a], rank[b], (gap + 1 - ca) / (cb - ca))
                    segments.setdefault(gap, []).append((start, end))
    return segments


def _interpolate(a: float, b: float, fraction: float) -> float:
    return a + (b - a) * fraction


def _inversions(values: list[float]) -> int:
    """Pairs i < j with values[i] > values[j] (crossing pieces in one gap), by merge sort."""
    if len(values) < 2:
        return 0
    middle = len(values) // 2
    left, right = values[:middle], values[middle:]
    count = _inversions(left) + _inversions(right)
    left.sort()
    right.sort()
    j = 0
    for value in left:
        while j < len(right) and right[j] < value:
            j += 1
        count += j
    return count


def rows_for_aspect(sizes: Sequence[int], aspect: float, column_gap: float, row_gap: float) -> int:
    """The most rows per column that make the picture closest to ``aspect`` (width / height).

    A layer with more nodes than that is drawn as several side-by-side sub-columns.
    """
    if not sizes:
        return 1

    def mismatch(rows: int) -> float:
        width = sum(-(-size // rows) for size in sizes) * column_gap
        return abs(width / (rows * row_gap) - aspect)

    return min(range(1, max(sizes) + 1), key=lambda rows: (mismatch(rows), -rows))


def _positions(
    columns: list[list[str]], column_gap: float, row_gap: float, max_rows: int | None = None
) -> dict[str, tuple[float, float]]:
    """Columns side by side, each centred vertically on y = 0.

    A column longer than ``max_rows`` zig-zags over k sub-columns: node i goes to
    sub-column i mod k, at 1/k of a row below the previous node, so the order still reads
    top to bottom and nodes of one sub-column stay a full row apart.
    """
    positions: dict[str, tuple[float, float]] = {}
    x = 0.0
    for column in columns:
        k = -(-len(column) // max_rows) if max_rows else 1
        offset = (len(column) - 1) / 2
        for i, node_id in enumerate(column):
            positions[node_id] = (x + (i % k) * column_gap, (i - offset) * row_gap / k)
        x += k * column_gap
    return positions
