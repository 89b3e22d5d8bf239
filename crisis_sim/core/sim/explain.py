"""Why is a node in its state: the chain of causes from the node down to the root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crisis_sim.core.sim.causes import Cause
from crisis_sim.core.sim.states import NodeRecord, NodeStatus


@dataclass(frozen=True)
class Link:
    """One node of the chain; ``cause`` is why it is not fully working (None if it is)."""

    node: str
    status: NodeStatus
    cause: Cause | None


def explain_chain(node_id: str, state: Callable[[str], NodeRecord]) -> list[Link]:
    """Follow dependency causes from provider to provider until a node's own cause.

    A function on paper is followed through why its IT is down, not through the fallback.
    A cycle stops the chain at the first node seen twice.
    """
    chain: list[Link] = []
    seen: set[str] = set()
    current: str | None = node_id
    while current is not None and current not in seen:
        seen.add(current)
        record = state(current)
        cause = record.underlying if record.status is NodeStatus.PAPER else record.cause
        chain.append(Link(current, record.status, cause))
        current = cause.ref if cause is not None and cause.kind == "dependency" else None
    return chain


def format_chain(chain: list[Link]) -> str:
    """``payroll ← app-paie ← srv-paie ← encrypted by step 'chiffrement-serveurs'``."""
    text = " ← ".join(link.node for link in chain)
    last = chain[-1].cause if chain else None
    return f"{text} ← {last.detail}" if last is not None else text
