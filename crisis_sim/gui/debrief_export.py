"""The debrief window's export bar, and the worker thread each export runs on.

Exports use the same function as ``crisis-sim debrief`` and run off the interface thread
with a busy indicator and a Cancel button: a cancelled export leaves the target as it was.
The window passes in what to export and the export function itself (so that its module
stays the one place tests replace it), and shows the dialog when ``failed`` is emitted.

The strings keep the debrief window's translation context ("DebriefView"), written out in
each ``QCoreApplication.translate`` call so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisis_sim.core.debrief import OpenedDebrief
from crisis_sim.export.i18n import TranslationError, use_language
from crisis_sim.export.pdf_base import ExportError
from crisis_sim.export.report import Format
from crisis_sim.gui.i18n import LANGUAGES, current_language

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language
FORMATS = (Format.PDF, Format.HTML, Format.MD, Format.JSON, Format.ODT, Format.CSV)
SUFFIXES = {
    Format.PDF: ".pdf",
    Format.HTML: ".html",
    Format.MD: ".md",
    Format.JSON: ".json",
    Format.ODT: ".odt",
    Format.CSV: ".csv",
}
# export_debrief's signature: (opened, fmt, output, *, lang) -> a short description
ExportFunction = Callable[..., str]


class ExportJob(QThread):
    """One export on a worker thread, written first beside the target then renamed into
    place, so that Cancel leaves the target untouched."""

    succeeded = Signal(str, str)  # the file written, a short description (31 pages, 48 KB)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        opened: OpenedDebrief,
        fmt: Format,
        output: Path,
        lang: str,
        export: ExportFunction,
        parent=None,
    ):
        super().__init__(parent)
        self.opened, self.fmt, self.output, self.lang = opened, fmt, Path(output), lang
        self.export = export
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        output = self.output
        part = output.with_name(f".{output.name}.part{output.suffix}")
        try:
            description = self.export(self.opened, self.fmt, part, lang=self.lang)
            if self._cancel.is_set():
                self.cancelled.emit()
                return
            os.replace(part, output)
        except ExportError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"cannot write {output}: {error.strerror or error}")
        except Exception as error:  # reported to the user, never a crash
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(str(output), description)
        finally:
            if part.exists():
                part.unlink(missing_ok=True)


class ExportBar(QWidget):
    """Language, one button per format, the busy indicator, Cancel, and what happened."""

    requested = Signal(object)  # the Format whose button was clicked, while no export runs
    failed = Signal(str)  # why an export could not be written, for a dialog

    def __init__(self, session_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_path = session_path
        self.job: ExportJob | None = None
        self.label = QLabel()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.buttons: dict[Format, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton()
            button.setObjectName(f"export-{fmt.value}")
            button.clicked.connect(lambda _=False, fmt=fmt: self._on_button(fmt))
            self.buttons[fmt] = button
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the export functions report no steps
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.cancel = QPushButton()
        self.cancel.hide()
        self.cancel.clicked.connect(self._on_cancel)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.language)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addWidget(self.progress)
        row.addWidget(self.cancel)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.status)

    # --- reading ------------------------------------------------------------------------------

    def export_language(self) -> str:
        return self.language.currentData()

    def suggested_path(self, fmt: Format) -> Path:
        path = self.session_path
        stem = path.name.split(".")[0] or "session"
        return path.with_name(f"{stem}-debrief-{self.export_language()}{SUFFIXES[fmt]}")

    # --- running an export --------------------------------------------------------------------

    def _on_button(self, fmt: Format) -> None:
        if self.job is None:  # one export at a time
            self.requested.emit(fmt)

    def start(self, opened: OpenedDebrief, fmt: Format, output: Path, export: ExportFunction):
        lang = self.export_language()
        try:
            use_language(lang)  # on this thread: the worker then finds it installed
        except (TranslationError, ValueError) as error:
            self.failed.emit(str(error))
            return
        # Garbage cycles holding widgets are collected here, on the interface thread: a
        # collection the worker triggered would destroy them on its thread (seen crashing
        # the analyses' worker, analysis_view.py).
        gc.collect()
        job = ExportJob(opened, fmt, output, lang, export, self)
        job.succeeded.connect(self._on_done)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.finished.connect(self._on_job_finished)
        self.job = job
        self._set_busy(True)
        exporting = QCoreApplication.translate("DebriefView", "Exporting %1…")
        self.status.setText(exporting.replace("%1", str(output)))
        job.start()

    def stop(self) -> None:
        """Cancel a running export and wait for its thread (before the window goes)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _on_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(QCoreApplication.translate("DebriefView", "Cancelling…"))

    def _on_done(self, path: str, description: str) -> None:
        written = QCoreApplication.translate("DebriefView", "Written: %1 (%2)")
        self.status.setText(written.replace("%1", path).replace("%2", description))

    def _on_failed(self, reason: str) -> None:
        self.status.setText(QCoreApplication.translate("DebriefView", "The export failed."))
        self.failed.emit(reason)

    def _on_cancelled(self) -> None:
        self.status.setText(
            QCoreApplication.translate("DebriefView", "Export cancelled; nothing was written.")
        )

    def _on_job_finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)
        self.language.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("DebriefView", "Export in"))
        labels = {
            Format.PDF: "PDF",
            Format.HTML: "HTML",
            Format.MD: "Markdown",
            Format.JSON: "JSON",
            Format.ODT: "ODT",
            Format.CSV: QCoreApplication.translate("DebriefView", "Crisis log (CSV)"),
        }
        for fmt, button in self.buttons.items():
            button.setText(labels[fmt])
        self.cancel.setText(QCoreApplication.translate("DebriefView", "Cancel"))
