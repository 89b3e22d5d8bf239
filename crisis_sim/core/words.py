"""A sentence in French and English, and the quoting rules both languages use.

A neutral core module: scenario problems and the exercise's texts both carry their words in
both languages, and the problems must not import the exercise package (it imports the loader).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Words:
    """One sentence in both languages."""

    fr: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.fr

    def to_json(self) -> dict[str, str]:
        return {"fr": self.fr, "en": self.en}


def same(text: str) -> Words:
    """Text a person typed: kept as written, whatever the language shown."""
    return Words(text, text)


def quoted(text: str, lang: str) -> str:
    """« text » or “text”, unless the text is already a quotation."""
    if text.startswith(("«", "“", '"')):
        return text
    return f"« {text} »" if lang == "fr" else f"“{text}”"


class BilingualValueError(ValueError):
    """A value a user gave that cannot be taken, said in French and English where it is
    found: ``str()`` is the English (pydantic's message and the command line show it),
    ``reason`` both, for the console. Text given as one string reads the same in both."""

    def __init__(self, reason: Words | str) -> None:
        self.reason = reason if isinstance(reason, Words) else same(reason)
        super().__init__(self.reason.en)
