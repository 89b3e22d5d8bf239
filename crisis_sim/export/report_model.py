"""The debrief report as a tree of plain blocks in one language, that every renderer walks.

Built by report_build.py from the core debrief (crisis_sim.core.debrief) and the action plan;
rendered by report_pdf.py, report_html.py, report_md.py and report_odt.py. Text here is
plain, never markup: each renderer escapes it for its own format. A ``Run`` may carry a link,
and only report_build.py makes links, from the recommendation catalogue's addresses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from crisis_sim.core.debrief.levels import Lane


@dataclass(frozen=True)
class Run:
    """A piece of inline text."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None  # only the catalogue's source addresses


Inline = tuple[Run, ...]


def runs(*parts: str | Run) -> Inline:
    return tuple(part if isinstance(part, Run) else Run(part) for part in parts if part != "")


def plain_text(inline: Inline) -> str:
    return "".join(run.text for run in inline)


class Tick:
    """An empty box to tick by hand (questionnaire, status)."""


Cell = Inline | Tick


@dataclass(frozen=True)
class Heading:
    level: int  # 0 section, 1 sub-section, 2 item
    text: str
    anchor: str = ""


@dataclass(frozen=True)
class Para:
    content: Inline
    style: str = "body"  # body, lead, note, small


@dataclass(frozen=True)
class Bullets:
    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    shares: tuple[float, ...]  # relative column widths


@dataclass(frozen=True)
class KeyFigures:
    """A few numbers in big type, each with its label."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Callout:
    """A boxed group: a title and short blocks (the priorities of the summary, a note)."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class FindingBlock:
    """One finding: severity tag, title, summary, evidence and recommendations."""

    tag: str
    title: str
    summary: str
    evidence: Inline
    recommendations: tuple[Inline, ...]


@dataclass(frozen=True)
class ChartLegend:
    working: str
    degraded: str
    paper: str
    down: str
    mtd: str


@dataclass(frozen=True)
class Chart:
    """Service levels over time: one lane per service, ticks at each exercise day."""

    lanes: tuple[Lane, ...]
    names: tuple[str, ...]  # each lane's name in the report's language
    end: int
    ticks: tuple[tuple[int, str], ...]  # (game time, label)
    legend: ChartLegend
    caption: str


@dataclass(frozen=True)
class WritingSpace:
    """Room to write by hand on paper; a few empty lines elsewhere."""

    lines: int


Block = (
    Heading | Para | Bullets | Table | KeyFigures | Callout | FindingBlock | Chart | WritingSpace
)


@dataclass(frozen=True)
class Section:
    anchor: str
    title: str
    blocks: tuple[Block, ...]
    landscape: bool = False
    in_contents: bool = True


@dataclass(frozen=True)
class Report:
    lang: str
    title: str  # "Exercise debrief report"
    subtitle: str  # the scenario's title
    organisation: str
    facts: tuple[tuple[str, str], ...]  # cover facts: label, value
    notice: str  # a line that says the events were simulated
    running_title: str
    sections: tuple[Section, ...] = field(default_factory=tuple)
    contents_title: str = ""
    page_label: str = "{page} / {total}"

    def section(self, anchor: str) -> Section:
        return next(s for s in self.sections if s.anchor == anchor)


def blocks(*items: Block | Sequence[Block]) -> tuple[Block, ...]:
    """Flatten blocks and lists of blocks."""
    out: list[Block] = []
    for item in items:
        if isinstance(item, list | tuple):
            out.extend(item)
        else:
            out.append(item)
    return tuple(out)
