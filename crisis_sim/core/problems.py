"""Problems found in a scenario, each with its place in the file, a plain message and a hint.

Message and hint are in English and French: the CLI prints the English, the console shows the
language it is in. A text given in English only is shown as is in both.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

from crisis_sim.core.words import Words

Text = str | Words


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    file: str
    line: int = 0  # 1-based; 0 when the problem concerns the whole file
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str
    message: str  # English, as the CLI and the JSON output give it
    location: Location
    hint: str = ""
    message_fr: str = ""  # empty when there is no French: the English is shown instead
    hint_fr: str = ""

    def text(self, lang: str = "en") -> str:
        return self.message_fr or self.message if lang == "fr" else self.message

    def hint_text(self, lang: str = "en") -> str:
        return self.hint_fr or self.hint if lang == "fr" else self.hint

    def render(self, lang: str = "en") -> str:
        text = f"{self.location}: {self.severity.value}: {self.text(lang)}"
        hint = self.hint_text(lang)
        label = "conseil :" if lang == "fr" else "hint:"
        return f"{text}\n    {label} {hint}" if hint else text

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        # The JSON output stays in English, as scripts that read it expect.
        del data["message_fr"], data["hint_fr"]
        data["severity"] = self.severity.value
        data["location"] = asdict(self.location)
        return data


def _split(text: Text) -> tuple[str, str]:
    """(English, French) of a text; French empty when only English was given."""
    return (text.en, text.fr) if isinstance(text, Words) else (text, "")


@dataclass
class ProblemList:
    """Collects every problem of a file, so a trainer sees them all at once."""

    file: Path
    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        severity: Severity,
        code: str,
        message: Text,
        line: int = 0,
        column: int = 0,
        hint: Text = "",
    ) -> None:
        location = Location(str(self.file), line, column)
        (message_en, message_fr), (hint_en, hint_fr) = _split(message), _split(hint)
        self.items.append(
            Problem(severity, code, message_en, location, hint_en, message_fr, hint_fr)
        )

    def error(
        self, code: str, message: Text, line: int = 0, column: int = 0, hint: Text = ""
    ) -> None:
        self.add(Severity.ERROR, code, message, line, column, hint)

    def warning(
        self, code: str, message: Text, line: int = 0, column: int = 0, hint: Text = ""
    ) -> None:
        self.add(Severity.WARNING, code, message, line, column, hint)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (p.location, p.severity.value, p.code))
