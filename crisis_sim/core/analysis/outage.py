"""Which nodes are out while some nodes are broken, kept up to date as they are restored.

A node is out if it is broken itself, or if one of its counted dependency groups (k of n
providers) has fewer than k providers that are not out. The out set is the *least* set closed
under that rule, seeded by the broken nodes: the same as the engine's greatest fixed point
of levels, so a cycle of dependencies comes back as soon as nothing inside it is broken.

Counting only hard groups gives the nodes that are down (the "working" view: a node not out
serves, maybe degraded); counting every group, soft ones included, gives the nodes that are
not fully operational. Delays do not matter here: a recovery reaches dependents at once.
"""

from __future__ import annotations

from collections.abc import Iterable

from crisis_sim.core.sim import CompiledGraph


class Outage:
    def __init__(
        self, compiled: CompiledGraph, broken: Iterable[int], *, soft: bool = False
    ) -> None:
        """``soft``: count soft dependencies too (the "not fully operational" view)."""
        self._groups = [
            [(len(g.providers) - g.required, g.providers) for g in groups if g.hard or soft]
            for groups in compiled.groups
        ]
        # For each provider, the (dependent, group position) pairs it counts in.
        self._members: list[list[tuple[int, int]]] = [[] for _ in compiled.ids]
        for dependent, groups in enumerate(self._groups):
            for position, (_, providers) in enumerate(groups):
                for provider in providers:
                    self._members[provider].append((dependent, position))
        self._missing: dict[int, list[int]] = {}  # providers out, per group, of nodes touched
        self.broken: set[int] = set(broken)
        self.out: set[int] = set()
        self._spread(sorted(self.broken))

    def is_out(self, node: int) -> bool:
        return node in self.out

    def providers_ok(self, node: int) -> bool:
        """Every counted group of the node has enough providers that are not out."""
        missing = self._missing.get(node)
        if missing is None:
            return True
        return all(
            count <= spare for count, (spare, _) in zip(missing, self._groups[node], strict=True)
        )

    def needed_by(self, provider: int) -> list[int]:
        """The out dependents that are short of a group the provider belongs to: restoring
        the provider helps them (in a 1-of-2 group whose other provider is back, it does not).
        """
        return [
            dependent
            for dependent, position in self._members[provider]
            if dependent in self.out
            and self._missing[dependent][position] > self._groups[dependent][position][0]
        ]

    def restore(self, node: int) -> list[int]:
        """The node is no longer broken: the nodes that come back with it, sorted."""
        if node not in self.broken:
            return []
        self.broken.discard(node)
        if node not in self.out:
            return []
        region = self._out_downstream(node)
        for member in region:  # every node of the region back, for now
            self.out.discard(member)
            self._count(member, -1)
        # Then what is still out for another reason goes out again, with what it pulls down.
        self._spread(sorted(v for v in region if v in self.broken or not self.providers_ok(v)))
        return sorted(v for v in region if v not in self.out)

    def _out_downstream(self, start: int) -> list[int]:
        """The out nodes reachable from ``start`` through counted dependencies."""
        seen, stack = {start}, [start]
        while stack:
            for dependent, _ in self._members[stack.pop()]:
                if dependent not in seen and dependent in self.out:
                    seen.add(dependent)
                    stack.append(dependent)
        return sorted(seen)

    def _spread(self, starts: list[int]) -> None:
        stack = [node for node in starts if node not in self.out]
        self.out.update(stack)
        while stack:
            node = stack.pop()
            for dependent in self._count(node, +1):
                if dependent not in self.out:
                    self.out.add(dependent)
                    stack.append(dependent)

    def _count(self, node: int, step: int) -> list[int]:
        """Add ``step`` to the groups the node counts in; the dependents now short of it."""
        short = []
        for dependent, position in self._members[node]:
            missing = self._missing.get(dependent)
            if missing is None:
                missing = self._missing[dependent] = [0] * len(self._groups[dependent])
            missing[position] += step
            if missing[position] > self._groups[dependent][position][0]:
                short.append(dependent)
        return short
