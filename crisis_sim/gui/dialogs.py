"""The console's few dialogs, behind two small functions tests can replace.

``show_problems`` lists what is wrong with a scenario file, each problem with its line, so a
trainer can fix the file; ``ask`` puts a yes/no question, ``ask_text`` asks for a line of
text. Tests monkeypatch them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crisis_sim.core.problems import Problem, Severity
from crisis_sim.gui.i18n import current_language

translate = QCoreApplication.translate


def problem_lines(problems: Sequence[Problem], lang: str | None = None) -> list[str]:
    """One readable line (and hint) per problem, errors first, in file order, in ``lang``
    (the console's language unless given)."""
    lang = lang or current_language()
    ordered = sorted(problems, key=lambda p: (p.severity is not Severity.ERROR, p.location))
    lines = []
    for problem in ordered:
        where = (
            translate("Problems", "line %1").replace("%1", str(problem.location.line))
            if problem.location.line
            else translate("Problems", "whole file")
        )
        kind = (
            translate("Problems", "error")
            if problem.severity is Severity.ERROR
            else translate("Problems", "warning")
        )
        line = translate("Problems", "%1 — %2: %3").replace("%1", where).replace("%2", kind)
        lines.append(line.replace("%3", problem.text(lang)))
        if hint := problem.hint_text(lang):
            lines.append("    " + translate("Problems", "hint: %1").replace("%1", hint))
    return lines


class ProblemsDialog(QDialog):
    def __init__(self, path: Path, problems: Sequence[Problem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("This scenario cannot be opened"))
        self.resize(760, 420)
        intro = QLabel(
            self.tr("%1 has problems to fix before it can be played:").replace("%1", str(path)),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(
            "\n".join(problem_lines(problems)) or self.tr("(no details)"), self
        )
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


def show_problems(path: Path, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
    ProblemsDialog(path, problems, parent).exec()


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text from the user; None if cancelled."""
    answer, ok = QInputDialog.getText(parent, title, label, text=text)
    return answer if ok else None
