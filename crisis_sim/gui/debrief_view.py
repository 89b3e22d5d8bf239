"""The debrief window: findings, ranked recommendations, the editable action plan, exports.

It shows the debrief of a session file (``open_debrief``: the file is replayed read-only,
so the console's own session is never touched). Editing the action plan goes through the
core plan and saves it beside the session at once (``ActionPlanModel``). Exports use the
same function as ``crisis-sim debrief`` (``export_debrief``) and run on a worker thread with
a busy indicator and a Cancel button: a cancelled export leaves the target as it was, and
an export that fails says why in a dialog.

``choose_export_path`` and ``show_error`` are the seams tests replace.
"""

from __future__ import annotations

import html
import os
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crisis_sim.core.debrief import ActionPlan, ActionPlanError, OpenedDebrief, open_debrief
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import format_game_time
from crisis_sim.export.i18n import TranslationError, use_language
from crisis_sim.export.pdf_base import ExportError
from crisis_sim.export.report import Format, export_debrief
from crisis_sim.gui.debrief_models import (
    CHOICES_ROLE,
    KIND,
    OWNER,
    REC_TITLE,
    SEVERITY,
    TEXT,
    TITLE,
    ActionPlanModel,
    FindingsModel,
    RecommendationsModel,
)
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


# --- seams (tests replace them) -------------------------------------------------------------------


def choose_export_path(parent: QWidget | None, title: str, suggested: Path) -> Path | None:
    """Where to write an export; None if the user cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested))
    return Path(name) if name else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


# --- the export worker ----------------------------------------------------------------------------


class ExportJob(QThread):
    """One export on a worker thread, written first beside the target then renamed into
    place, so that Cancel leaves the target untouched."""

    succeeded = Signal(str, str)  # the file written, a short description (31 pages, 48 KB)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, opened: OpenedDebrief, fmt: Format, output: Path, lang: str, parent=None):
        super().__init__(parent)
        self.opened, self.fmt, self.output, self.lang = opened, fmt, Path(output), lang
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        output = self.output
        part = output.with_name(f".{output.name}.part{output.suffix}")
        try:
            description = export_debrief(self.opened, self.fmt, part, lang=self.lang)
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


# --- editors for the action plan ------------------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells that offer choices (``CHOICES_ROLE``), a line edit otherwise."""

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


def _table(model, *stretch: int, editable: bool = False) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if editable:
        table.setItemDelegate(ChoiceDelegate(table))
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
    else:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _e(text: str) -> str:
    return html.escape(text, quote=False)


# --- the window -----------------------------------------------------------------------------------


class DebriefView(QWidget):
    """The debrief of one session file, in its own window."""

    def __init__(self, opened: OpenedDebrief, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("debrief")
        self.opened = opened
        self.debrief = opened.debrief
        self.plan_saved = opened.plan_saved
        self.job: ExportJob | None = None
        self.resize(1100, 720)

        self.findings = FindingsModel(self.debrief, self)
        self.recommendations = RecommendationsModel(self.debrief, self)
        self.plan = ActionPlanModel(
            self.debrief.scenario, opened.plan, opened.path, self.debrief.recommendations, self
        )
        self.plan.refused.connect(self._on_refused)
        self.plan.saved.connect(self._on_saved)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.findings_table = _table(self.findings, TITLE)
        self.findings_table.setColumnWidth(SEVERITY, 110)
        self.findings_table.setColumnWidth(KIND, 200)
        self.finding_details = QTextBrowser()
        self.finding_details.setOpenExternalLinks(False)
        self.tabs.addTab(self._split(self.findings_table, self.finding_details), "")
        self.recommendations_table = _table(self.recommendations, REC_TITLE)
        self.recommendation_details = QTextBrowser()
        self.recommendation_details.setOpenExternalLinks(True)
        self.tabs.addTab(self._split(self.recommendations_table, self.recommendation_details), "")
        self.plan_table = _table(self.plan, TEXT, editable=True)
        self.plan_table.setColumnWidth(OWNER, 220)
        self.add_action = QPushButton()
        self.remove_action = QPushButton()
        self.plan_status = QLabel()
        self.plan_status.setWordWrap(True)
        self.add_action.clicked.connect(self._on_add_action)
        self.remove_action.clicked.connect(self._on_remove_action)
        self.tabs.addTab(self._plan_page(), "")

        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.export_label = QLabel()
        self.export_buttons: dict[Format, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton()
            button.setObjectName(f"export-{fmt.value}")
            button.clicked.connect(lambda _=False, fmt=fmt: self._on_export(fmt))
            self.export_buttons[fmt] = button
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the export functions report no steps
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        self.cancel = QPushButton()
        self.cancel.hide()
        self.cancel.clicked.connect(self._on_cancel)
        self.export_status = QLabel()
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        exports = QHBoxLayout()
        exports.addWidget(self.export_label)
        exports.addWidget(self.language)
        for button in self.export_buttons.values():
            exports.addWidget(button)
        exports.addWidget(self.progress)
        exports.addWidget(self.cancel)
        exports.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.tabs, 1)
        column.addLayout(exports)
        column.addWidget(self.export_status)

        self.findings_table.selectionModel().currentRowChanged.connect(self._on_finding)
        self.recommendations_table.selectionModel().currentRowChanged.connect(
            self._on_recommendation
        )
        self.retranslate()
        if self.findings.row_count():
            self.findings_table.selectRow(0)
        if self.recommendations.row_count():
            self.recommendations_table.selectRow(0)

    def _split(self, table: QTableView, details: QTextBrowser) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _plan_page(self) -> QWidget:
        page = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action)
        buttons.addWidget(self.remove_action)
        buttons.addWidget(self.plan_status, 1)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plan_table, 1)
        column.addLayout(buttons)
        return page

    # --- details --------------------------------------------------------------------------------

    def _on_finding(self, current: QModelIndex, _previous: object = None) -> None:
        if not current.isValid():
            self.finding_details.clear()
            return
        self.finding_details.setHtml(self.finding_html(current.row()))

    def _on_recommendation(self, current: QModelIndex, _previous: object = None) -> None:
        if not current.isValid():
            self.recommendation_details.clear()
            return
        self.recommendation_details.setHtml(self.recommendation_html(current.row()))

    def finding_html(self, row: int) -> str:
        """The finding, what shows it (log entries, times) and why each recommendation."""
        lang = current_language()
        finding = self.findings.finding(row)
        session = self.opened.session
        t0 = self.debrief.scenario.meta.t0
        entries = {entry.id: entry for entry in session.log.entries}
        titles = {rec.id: rec.title.get(lang) for rec in self.debrief.recommendations}
        parts = [
            f"<h3>{_e(finding.title.get(lang))}</h3>",
            f"<p>{_e(finding.summary.get(lang))}</p>",
        ]
        evidence, recommendations = self.tr("Evidence"), self.tr("Recommendations")
        parts.append(f"<h4>{_e(evidence)}</h4><ul>")
        shown = [entries[e] for e in finding.entries if e in entries]
        for entry in sorted(shown, key=lambda e: e.t):
            who = session.wording.who(entry.role, lang)
            when = format_game_time(entry.t, t0)
            parts.append(f"<li><b>{_e(when)}</b> — {_e(who)}: {_e(entry.text.get(lang))}</li>")
        if not shown:
            for t in finding.times:
                parts.append(f"<li>{_e(format_game_time(t, t0))}</li>")
        if not shown and not finding.times:
            simulated = self.tr("from the simulation of the scenario")
            parts.append(f"<li>{_e(simulated)}</li>")
        parts.append(f"</ul><h4>{_e(recommendations)}</h4><ul>")
        for link in finding.recommendations:
            title = titles.get(link.id, "")
            parts.append(
                f"<li><b>{_e(link.id)}</b> {_e(title)}<br>{_e(link.rationale.get(lang))}</li>"
            )
        parts.append("</ul>")
        return "".join(parts)

    def recommendation_html(self, row: int) -> str:
        lang = current_language()
        rec = self.recommendations.recommendation(row)
        source = rec.source.get(lang) + (f", {rec.ref}" if rec.ref else "")
        parts = [f"<h3>{_e(rec.id)} — {_e(rec.title.get(lang))}</h3>", f"<p>{_e(source)}</p>"]
        if rec.url:
            url = html.escape(rec.url, quote=True)
            parts.append(f'<p><a href="{url}">{_e(rec.url)}</a></p>')
        why, findings = self.tr("Why"), self.tr("Findings")
        parts.append(f"<h4>{_e(why)}</h4><ul>")
        for rationale in rec.rationales:
            parts.append(f"<li>{_e(rationale.get(lang))}</li>")
        parts.append(f"</ul><h4>{_e(findings)}</h4><ul>")
        for finding_id in rec.finding_ids:
            parts.append(f"<li>{_e(self.debrief.finding(finding_id).title.get(lang))}</li>")
        parts.append("</ul>")
        return "".join(parts)

    # --- the action plan --------------------------------------------------------------------------

    def _on_add_action(self) -> None:
        if self.plan.add_action(self.tr("New action: say what is to be done")):
            row = self.plan.row_count() - 1
            self.plan_table.setCurrentIndex(self.plan.index(row, TEXT))
            self.plan_table.edit(self.plan.index(row, TEXT))

    def _on_remove_action(self) -> None:
        rows = self.plan_table.selectionModel().selectedRows()
        if rows:
            self.plan.remove_action(rows[0].row())

    def _on_saved(self, path: Path) -> None:
        self.plan_saved = True
        self.plan_status.setText(self.tr("Action plan saved in %1").replace("%1", str(path)))

    def _on_refused(self, reason: str) -> None:
        show_error(self, self.tr("Action plan"), reason)

    # --- exports ----------------------------------------------------------------------------------

    def export_language(self) -> str:
        return self.language.currentData()

    def suggested_path(self, fmt: Format) -> Path:
        path = self.opened.path
        stem = path.name.split(".")[0] or "session"
        return path.with_name(f"{stem}-debrief-{self.export_language()}{SUFFIXES[fmt]}")

    def snapshot(self) -> OpenedDebrief:
        """What the worker exports: the plan as it is now, copied (actions are immutable)."""
        plan = ActionPlan(self.plan.plan.actions)
        return replace(self.opened, plan=plan, plan_saved=self.plan_saved)

    def _on_export(self, fmt: Format) -> None:
        if self.job is not None:
            return
        output = choose_export_path(self, self.tr("Export the debrief"), self.suggested_path(fmt))
        if output is not None:
            self.start_export(fmt, output)

    def start_export(self, fmt: Format, output: Path) -> None:
        lang = self.export_language()
        try:
            use_language(lang)  # on this thread: the worker then finds it installed
        except (TranslationError, ValueError) as error:
            show_error(self, self.tr("Export failed"), str(error))
            return
        job = ExportJob(self.snapshot(), fmt, output, lang, self)
        job.succeeded.connect(self._on_export_done)
        job.failed.connect(self._on_export_failed)
        job.cancelled.connect(self._on_export_cancelled)
        job.finished.connect(self._on_job_finished)
        self.job = job
        self._set_busy(True)
        self.export_status.setText(self.tr("Exporting %1…").replace("%1", str(output)))
        job.start()

    def _on_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.export_status.setText(self.tr("Cancelling…"))

    def _on_export_done(self, path: str, description: str) -> None:
        self.export_status.setText(
            self.tr("Written: %1 (%2)").replace("%1", path).replace("%2", description)
        )

    def _on_export_failed(self, reason: str) -> None:
        self.export_status.setText(self.tr("The export failed."))
        show_error(self, self.tr("Export failed"), reason)

    def _on_export_cancelled(self) -> None:
        self.export_status.setText(self.tr("Export cancelled; nothing was written."))

    def _on_job_finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(not busy)
        self.language.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)

    # --- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = current_language()
        scenario = self.debrief.scenario
        end = format_game_time(self.debrief.end, scenario.meta.t0)
        state = (
            self.tr("ended (FINEX) at %1") if self.debrief.finished else self.tr("stopped at %1")
        ).replace("%1", end)
        title = scenario.meta.title.get(lang)
        self.setWindowTitle(self.tr("Debrief — %1").replace("%1", title))
        self.heading.setText(
            self.tr("<b>%1</b> — exercise %2. Session file: %3")
            .replace("%1", _e(title))
            .replace("%2", _e(state))
            .replace("%3", _e(str(self.opened.path)))
        )
        self.tabs.setTabText(
            0, self.tr("Findings (%1)").replace("%1", str(self.findings.row_count()))
        )
        self.tabs.setTabText(1, self.tr("Recommendations"))
        self.tabs.setTabText(2, self.tr("Action plan"))
        self.add_action.setText(self.tr("Add an action"))
        self.remove_action.setText(self.tr("Remove the selected action"))
        self.plan_table.setToolTip(
            self.tr("Double-click a cell to edit it; every change is saved at once.")
        )
        if not self.plan_status.text():
            self.plan_status.setText(
                self.tr("Saved action plan") if self.plan_saved else self.tr("Draft action plan")
            )
        self.export_label.setText(self.tr("Export in"))
        labels = {
            Format.PDF: "PDF",
            Format.HTML: "HTML",
            Format.MD: "Markdown",
            Format.JSON: "JSON",
            Format.ODT: "ODT",
            Format.CSV: self.tr("Crisis log (CSV)"),
        }
        for fmt, button in self.export_buttons.items():
            button.setText(labels[fmt])
        self.cancel.setText(self.tr("Cancel"))
        for model in (self.findings, self.recommendations, self.plan):
            model.retranslate()
        self._on_finding(self.findings_table.currentIndex())
        self._on_recommendation(self.recommendations_table.currentIndex())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        event.accept()


# --- opening --------------------------------------------------------------------------------------


def session_file(session: Session) -> Path | None:
    """The file the session is journaled to; None for a try-out session without one."""
    journal = session.journal
    return getattr(journal, "path", None) if journal is not None else None


def open_debrief_view(session: Session, parent: QWidget | None = None) -> DebriefView | None:
    """The debrief window of the session's file, shown; None (after saying why) if it cannot."""
    title = QCoreApplication.translate("DebriefView", "Debrief")
    path = session_file(session)
    if path is None:
        message = QCoreApplication.translate(
            "DebriefView",
            "This session is not saved to a file, so it cannot be debriefed. "
            "Open the console on a scenario to record a session.",
        )
        show_error(parent, title, message)
        return None
    try:
        opened = open_debrief(path)
    except (ExerciseError, ActionPlanError, OSError) as error:
        show_error(parent, title, str(error))
        return None
    view = DebriefView(opened, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
