"""Problems found in a scenario, each with its place in the file, a plain message and a hint."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path


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
    message: str
    location: Location
    hint: str = ""

    def render(self) -> str:
        text = f"{self.location}: {self.severity.value}: {self.message}"
        return f"{text}\n    hint: {self.hint}" if self.hint else text

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        data["location"] = asdict(self.location)
        return data


@dataclass
class ProblemList:
    """Collects every problem of a file, so a trainer sees them all at once."""

    file: Path
    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        severity: Severity,
        code: str,
        message: str,
        line: int = 0,
        column: int = 0,
        hint: str = "",
    ) -> None:
        location = Location(str(self.file), line, column)
        self.items.append(Problem(severity, code, message, location, hint))

    def error(
        self, code: str, message: str, line: int = 0, column: int = 0, hint: str = ""
    ) -> None:
        self.add(Severity.ERROR, code, message, line, column, hint)

    def warning(
        self, code: str, message: str, line: int = 0, column: int = 0, hint: str = ""
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
