"""Words worked out when read, and (re-exported from ``core.words``) a sentence in French and
English with the quoting rules both languages use.

Kept apart from ``wording`` (which reads the simulation's states) so that the exercise's
errors can carry their reason in both languages without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable

from crisis_sim.core.words import Words, quoted, same

__all__ = ["DeferredWords", "Words", "quoted", "same"]  # Words and co.: kept importable from here


class DeferredWords:
    """Words worked out when first read, by ``make``: a sentence that costs a reading of the
    simulation (why a service stopped) and that nobody may read before the next one comes.

    Whoever makes one must have it read (``resolve``) before the facts ``make`` reads can
    change; after that it is the same sentence as one made at once."""

    __slots__ = ("_make", "_words")

    def __init__(self, make: Callable[[], Words]) -> None:
        self._make: Callable[[], Words] | None = make
        self._words: Words | None = None

    def resolve(self) -> Words:
        if self._words is None:
            assert self._make is not None
            self._words, self._make = self._make(), None
        return self._words

    @property
    def resolved(self) -> bool:
        return self._words is not None

    @property
    def fr(self) -> str:
        return self.resolve().fr

    @property
    def en(self) -> str:
        return self.resolve().en

    def get(self, lang: str) -> str:
        return self.resolve().get(lang)

    def to_json(self) -> dict[str, str]:
        return self.resolve().to_json()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DeferredWords):
            other = other.resolve()
        return self.resolve() == other

    def __hash__(self) -> int:
        return hash(self.resolve())
