"""The crisis log (main courante) as CSV for a spreadsheet.

French Excel opens it with a double click: UTF-8 with a byte-order mark, ``;`` between
columns, CRLF line ends. A cell that a spreadsheet could take for a formula (starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe, so a note
such as ``=cmd|' /C calc'!A0`` stays text.
"""

from __future__ import annotations

import csv
import io

from crisis_sim.core.exercise.clock import format_real_time
from crisis_sim.core.exercise.log import LogEntry
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.gametime import format_game_time
from crisis_sim.export.i18n import current_language, translate

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def headers() -> list[str]:
    return [
        translate("ExportLog", "Entry"),
        translate("ExportLog", "Game time"),
        translate("ExportLog", "Seconds since DEBEX"),
        translate("ExportLog", "Real time"),
        translate("ExportLog", "Kind"),
        translate("ExportLog", "Who"),
        translate("ExportLog", "Text"),
        translate("ExportLog", "About"),
        translate("ExportLog", "Seen by"),
        translate("ExportLog", "Edited"),
    ]


def render_log_csv(session: Session) -> str:
    """The whole crisis log as CSV text, with its byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers())
    for entry in session.log.entries:
        writer.writerow([neutralise(cell) for cell in _row(session, entry)])
    return "\ufeff" + buffer.getvalue()


def _row(session: Session, entry: LogEntry) -> list[str]:
    lang = current_language()
    audience = (
        translate("ExportLog", "everyone")
        if entry.audience.value == "all"
        else translate("ExportLog", "animation team")
    )
    return [
        entry.id,
        format_game_time(entry.t, session.scenario.meta.t0),
        str(entry.t),
        format_real_time(entry.real_ms),
        entry.kind.value,
        session.wording.who(entry.role, lang),
        entry.text.get(lang),
        entry.ref or "",
        audience,
        translate("ExportLog", "yes") if entry.edits else "",
    ]
