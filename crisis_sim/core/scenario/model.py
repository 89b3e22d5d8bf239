"""The typed scenario: what the loader returns and every other part of crisis_sim reads."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import Field, PrivateAttr

from crisis_sim.core.scenario.fields import Strict
from crisis_sim.core.scenario.model_attack import Attack
from crisis_sim.core.scenario.model_decisions import Decision, Objective
from crisis_sim.core.scenario.model_graph import Fallback, Node, Zone
from crisis_sim.core.scenario.model_injects import Inject
from crisis_sim.core.scenario.model_meta import Meta, Organisation, Persona, Role


class Scenario(Strict):
    meta: Meta
    organisation: Organisation
    roles: tuple[Role, ...] = Field(min_length=1)
    personas: tuple[Persona, ...] = ()
    zones: tuple[Zone, ...] = ()
    nodes: tuple[Node, ...] = Field(min_length=1)
    fallbacks: tuple[Fallback, ...] = ()
    attack: Attack | None = None
    injects: tuple[Inject, ...] = ()
    decisions: tuple[Decision, ...] = ()
    objectives: tuple[Objective, ...] = ()

    _source_path: Path | None = PrivateAttr(None)
    _content_hash: str = PrivateAttr("")

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def source_path(self) -> Path | None:
        """The file it was loaded from; attachments are relative to its folder."""
        return self._source_path

    @property
    def content_hash(self) -> str:
        """SHA-256 of the file's bytes: a session journal refuses a changed scenario."""
        return self._content_hash

    @cached_property
    def node_by_id(self) -> dict[str, Node]:
        return {node.id: node for node in self.nodes}

    @cached_property
    def fallback_by_id(self) -> dict[str, Fallback]:
        return {fallback.id: fallback for fallback in self.fallbacks}

    @cached_property
    def inject_by_id(self) -> dict[str, Inject]:
        return {inject.id: inject for inject in self.injects}

    @cached_property
    def decision_by_id(self) -> dict[str, Decision]:
        return {decision.id: decision for decision in self.decisions}

    @property
    def functions(self) -> tuple[Node, ...]:
        """Business functions and public services."""
        return tuple(node for node in self.nodes if node.kind.is_function)

    @property
    def channels(self) -> list[str]:
        return sorted({inject.channel.value for inject in self.injects})

    @property
    def dependency_count(self) -> int:
        return sum(len(dep.providers) for node in self.nodes for dep in node.needs)
