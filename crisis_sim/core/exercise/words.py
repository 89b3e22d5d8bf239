"""A sentence in French and English, and the quoting rules both languages use.

Kept apart from ``wording`` (which reads the simulation's states) so that the exercise's
errors can carry their reason in both languages without an import cycle.
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
