"""Cross-reference and consistency checks, run after each part validated on its own."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from crisis_sim.core.catalogue import Catalogue, load_catalogue
from crisis_sim.core.problems import ProblemList, Text
from crisis_sim.core.scenario.errors_fr import guess_hint
from crisis_sim.core.scenario.loader import PartialScenario
from crisis_sim.core.scenario.yamldoc import Path_
from crisis_sim.core.words import Words


@dataclass
class CheckContext:
    """What every check needs: the validated parts, where they stand, and the problem list."""

    partial: PartialScenario
    problems: ProblemList
    catalogue: Catalogue

    def items(self, section: str) -> list[Any]:
        return self.partial.items(section)

    @property
    def steps(self) -> list[Any]:
        return list(self.partial.attack.steps) if self.partial.attack else []

    def ids(self, section: str) -> set[str]:
        """Ids of a section, including items that failed validation (their ids still exist)."""
        items = self.steps if section == "steps" else self.items(section)
        return {item.id for item in items} | self.partial.raw_ids.get(section, set())

    def provenance_items(self) -> list[Any]:
        """Everything that can say it is real and cite sources."""
        attack = [self.partial.attack] if self.partial.attack else []
        sections = [self.items(name) for name in ("nodes", "fallbacks", "injects", "decisions")]
        return [item for items in sections for item in items] + attack + self.steps

    def where(self, obj: object, *suffix: str | int, key: bool = False) -> tuple[int, int]:
        return self.partial.doc.where((*self.partial.path_of(obj), *suffix), key=key)

    def error(
        self, code: str, message: Text, obj: object, *suffix: str | int, hint: Text = ""
    ) -> None:
        self.problems.error(code, message, *self.where(obj, *suffix), hint)

    def warning(
        self, code: str, message: Text, obj: object, *suffix: str | int, hint: Text = ""
    ) -> None:
        self.problems.warning(code, message, *self.where(obj, *suffix), hint)

    def path(self, obj: object) -> Path_:
        return self.partial.path_of(obj)


def did_you_mean(word: str, candidates: Iterable[str]) -> Words | None:
    guesses = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=0.6)
    return guess_hint(guesses[0]) if guesses else None


def run_checks(partial: PartialScenario, problems: ProblemList) -> None:
    # Imported here because each checks module imports CheckContext from this one.
    from crisis_sim.core.scenario import checks_graph, checks_refs, checks_timing

    context = CheckContext(partial, problems, load_catalogue())
    # Checks that reason on the whole graph would report noise about what failed to validate.
    complete = not problems.errors
    for module in (checks_refs, checks_graph, checks_timing):
        for check in module.CHECKS + (module.WHOLE_SCENARIO_CHECKS if complete else ()):
            check(context)
