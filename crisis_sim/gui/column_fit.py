"""Column widths for the console's tables, worked out once from the texts a column can hold.

Tables are sized once, not to their contents as they change: a column that follows its
contents would read every cell at every change and make its dock grow and shrink while the
exercise plays. So a column is made wide enough for the texts it may show (all the labels
of a status, a sample of its widest value), and the text column beside it takes the rest.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 16  # the cell's margins either side of its text, in the default styles


def text_width(font: QFont, texts: Iterable[str]) -> int:
    """The widest of ``texts`` on one line (each line of a text broken by "\\n")."""
    metrics = QFontMetrics(font)
    lines = [line for text in texts for line in text.split("\n")]
    return max((metrics.horizontalAdvance(line) for line in lines), default=0) + PADDING


def two_line_width(font: QFont, texts: Iterable[str]) -> int:
    """Wide enough for each of ``texts`` on two lines at most when words wrap."""
    return max((text_width(font, wrap_in_two(text).split("\n")) for text in texts), default=0)


def wrap_in_two(text: str) -> str:
    """``text`` on two lines, broken at the space that makes the longer line shortest; a
    single word stays whole."""
    words = text.split(" ")
    if len(words) < 2:
        return text
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(len(pair[0]), len(pair[1])))
    return f"{first}\n{second}"


def size_columns_once(table: QTableView, stretch: Iterable[int]) -> None:
    """Columns sized to what they hold now, then left to the user; the ``stretch`` columns
    share the room left."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
