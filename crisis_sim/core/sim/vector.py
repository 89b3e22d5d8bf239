"""The compiled graph again, as flat numpy arrays (CSR): what the engine's vector path reads.

A large settle (a major incident: tens of thousands of nodes at one instant) spends its time
in the interpreter, a few microseconds a node, however lean the loop. Numpy does the same
work on whole sets at once; the arrays here are its view of the graph, built once per
compiled graph on the first large settle (a small incident never pays for them).

CSR ("compressed sparse rows"): the rows of node ``v`` are ``values[offsets[v]:offsets[v + 1]]``.
Groups are numbered in node order, so a node's groups are a range of group numbers too.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain
from operator import itemgetter

import numpy as np

from crisis_sim.core.sim.compiled import CompiledGraph, IdentityCache

INDEX = np.int32  # node, group and edge numbers (half the memory of int64)
TIME = np.int64  # delays and times, in seconds


class GraphArrays:
    """Node → its groups; group → required, hard, delay, providers; node → dependents (all,
    immediate, delayed with their delays)."""

    def __init__(self, compiled: CompiledGraph) -> None:
        groups = compiled.groups
        self.group_offsets = _offsets(map(len, groups))
        count = int(self.group_offsets[-1])
        # One pass over the groups per field, allocating no Python container on the way: a
        # list of them all would set off the garbage collector over the whole graph.
        self.required = _column(groups, 1, INDEX, count)
        self.hard = _column(groups, 2, np.bool_, count)
        self.delay = _column(groups, 3, TIME, count)
        self.provider_offsets = _offsets(map(len, map(itemgetter(0), chain.from_iterable(groups))))
        self.providers = _values(map(itemgetter(0), chain.from_iterable(groups)))
        self.dependent_offsets = _offsets(map(len, compiled.dependents))
        self.dependents = _values(compiled.dependents)
        self.immediate_offsets = _offsets(map(len, compiled.immediate_dependents))
        self.immediate = _values(compiled.immediate_dependents)
        delayed = compiled.delayed_dependents
        self.delayed_offsets = _offsets(map(len, delayed))
        pairs = np.fromiter(chain.from_iterable(chain.from_iterable(delayed)), TIME)
        self.delayed = pairs[0::2].astype(INDEX)
        self.delayed_delay = pairs[1::2].copy()


def _column(groups, field: int, dtype: type, count: int) -> np.ndarray:
    return np.fromiter(map(itemgetter(field), chain.from_iterable(groups)), dtype, count)


def _offsets(lengths) -> np.ndarray:
    counts = np.fromiter(lengths, INDEX)
    offsets = np.zeros(len(counts) + 1, INDEX)
    np.cumsum(counts, out=offsets[1:])
    return offsets


def _values(rows) -> np.ndarray:
    return np.fromiter(chain.from_iterable(rows), INDEX)


def ranges(offsets: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the given rows' values, and for each the row's place in ``rows``."""
    starts = offsets[rows]
    counts = offsets[rows + 1] - starts
    owner = np.repeat(np.arange(len(rows), dtype=INDEX), counts)
    # Position i of the result is starts[owner] + (i - first position of owner's row).
    first = np.cumsum(counts) - counts
    return np.arange(len(owner), dtype=INDEX) + (starts - first)[owner], owner


# The arrays of a compiled graph, built once (the graph is immutable).
arrays_for: Callable[[CompiledGraph], GraphArrays] = IdentityCache(GraphArrays)
