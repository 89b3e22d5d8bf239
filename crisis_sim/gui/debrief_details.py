"""The details pane of the debrief window, as HTML: one finding, or one recommendation.

Every text from the scenario, the session or the catalogue is escaped. Headings keep the
debrief window's translation context ("DebriefView").
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from crisis_sim.core.debrief import OpenedDebrief
from crisis_sim.core.gametime import format_game_time


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def finding_html(opened: OpenedDebrief, finding, lang: str) -> str:
    """The finding, what shows it (log entries, times) and why each recommendation."""
    debrief = opened.debrief
    titles = {rec.id: rec.title.get(lang) for rec in debrief.recommendations}
    evidence = QCoreApplication.translate("DebriefView", "Evidence")
    recommendations = QCoreApplication.translate("DebriefView", "Recommendations")
    parts = [
        f"<h3>{_e(finding.title.get(lang))}</h3>",
        f"<p>{_e(finding.summary.get(lang))}</p>",
        f"<h4>{_e(evidence)}</h4><ul>",
        *_evidence(opened, finding, lang),
        f"</ul><h4>{_e(recommendations)}</h4><ul>",
    ]
    for link in finding.recommendations:
        title = titles.get(link.id, "")
        parts.append(f"<li><b>{_e(link.id)}</b> {_e(title)}<br>{_e(link.rationale.get(lang))}</li>")
    parts.append("</ul>")
    return "".join(parts)


def _evidence(opened: OpenedDebrief, finding, lang: str) -> list[str]:
    """The log entries behind the finding; else its times; else where it comes from."""
    session = opened.session
    t0 = opened.debrief.scenario.meta.t0
    entries = {entry.id: entry for entry in session.log.entries}
    shown = [entries[e] for e in finding.entries if e in entries]
    items = []
    for entry in sorted(shown, key=lambda e: e.t):
        who = session.wording.who(entry.role, lang)
        when = format_game_time(entry.t, t0)
        items.append(f"<li><b>{_e(when)}</b> — {_e(who)}: {_e(entry.text.get(lang))}</li>")
    if not shown:
        items.extend(f"<li>{_e(format_game_time(t, t0))}</li>" for t in finding.times)
    if not shown and not finding.times:
        simulated = QCoreApplication.translate("DebriefView", "from the simulation of the scenario")
        items.append(f"<li>{_e(simulated)}</li>")
    return items


def recommendation_html(opened: OpenedDebrief, rec, lang: str) -> str:
    """The recommendation, its source and link, why it is made and from which findings."""
    source = rec.source.get(lang) + (f", {rec.ref}" if rec.ref else "")
    parts = [f"<h3>{_e(rec.id)} — {_e(rec.title.get(lang))}</h3>", f"<p>{_e(source)}</p>"]
    if rec.url:
        url = html.escape(rec.url, quote=True)
        parts.append(f'<p><a href="{url}">{_e(rec.url)}</a></p>')
    why = QCoreApplication.translate("DebriefView", "Why")
    findings = QCoreApplication.translate("DebriefView", "Findings")
    parts.append(f"<h4>{_e(why)}</h4><ul>")
    for rationale in rec.rationales:
        parts.append(f"<li>{_e(rationale.get(lang))}</li>")
    parts.append(f"</ul><h4>{_e(findings)}</h4><ul>")
    for finding_id in rec.finding_ids:
        parts.append(f"<li>{_e(opened.debrief.finding(finding_id).title.get(lang))}</li>")
    parts.append("</ul>")
    return "".join(parts)
