"""The state of a session at one moment, as plain data (JSON) or as text for a terminal.

What ``crisis-sim replay`` prints: the clock, every public service and business function
with its state and cause, the injects delivered, the reactions still expected, the decisions
and the crisis log up to that moment.
"""

from __future__ import annotations

from typing import Any

from crisis_sim.core.exercise.chronogramme import InjectStatus
from crisis_sim.core.exercise.clock import format_real_time
from crisis_sim.core.exercise.log import Audience
from crisis_sim.core.exercise.reactions import ReactionStatus
from crisis_sim.core.exercise.session import Session


def snapshot(session: Session, lang: str = "fr") -> dict[str, Any]:
    return {
        "scenario": session.scenario.id,
        "clock": _clock(session),
        "services": _services(session, lang),
        "injects": _delivered(session, lang),
        "open_reactions": _open_reactions(session, lang),
        "decisions": _decisions(session),
        "log": [
            {**entry.to_json(), "when": session.when(entry.t)} for entry in session.log.entries
        ],
    }


def _clock(session: Session) -> dict[str, Any]:
    return {
        "state": session.state.value,
        "game_time": session.now,
        "game_time_text": session.when(session.now),
        "speed": session.clock.speed,
        "real_ms": session.real_ms,
        "real_time_text": format_real_time(session.real_ms),
    }


def _services(session: Session, lang: str) -> list[dict[str, Any]]:
    rows = []
    for node in session.scenario.functions:
        record = session.world.state(node.id, session.now)
        chain = session.world.explain(node.id, session.now)
        words = session.wording.service_change(node.id, record, chain, current=True)
        rows.append(
            {
                "id": node.id,
                "name": node.name.get(lang),
                "status": record.status.value,
                "capacity": record.capacity,
                "since": record.since,
                "since_text": session.when(record.since),
                "summary": words.get(lang),
            }
        )
    return rows


def _delivered(session: Session, lang: str) -> list[dict[str, Any]]:
    return [
        {
            "id": state.id,
            "title": state.inject.title.get(lang),
            "surprise": state.inject.surprise,
            "deliveries": [
                {
                    "t": d.t,
                    "when": session.when(d.t),
                    "real_ms": d.real_ms,
                    "channel": d.channel.value,
                    "resend": d.resend,
                    "by_hand": d.by_hand,
                }
                for d in state.deliveries
            ],
        }
        for state in sorted(
            session.chronogramme.states, key=lambda s: (s.delivered_at or 0, s.order)
        )
        if state.status is InjectStatus.DELIVERED
    ]


def _open_reactions(session: Session, lang: str) -> list[dict[str, Any]]:
    return [
        {
            "id": state.id,
            "inject": state.inject,
            "text": state.reaction.text.get(lang),
            "deadline": state.deadline,
            "deadline_text": session.when(state.deadline or 0),
            "late": state.status_at(session.now) is ReactionStatus.LATE,
        }
        for state in session.reactions.open_at(session.now)
    ]


def _decisions(session: Session) -> list[dict[str, Any]]:
    return [
        {
            "t": record.t,
            "when": session.when(record.t),
            "role": record.role,
            "decision": record.decision,
            "text": record.text,
        }
        for record in session.decisions.records
    ]


def render_text(session: Session, lang: str = "fr") -> str:
    """A terminal view of the snapshot: short sections, one line per item."""
    data = snapshot(session, lang)
    clock = data["clock"]
    en = lang == "en"
    lines = [
        f"{data['scenario']} — {clock['game_time_text']} "
        f"({'real' if en else 'réel'} {clock['real_time_text']}), "
        f"{clock['state']}, x{clock['speed']}",
        "",
        "Services:" if en else "Services :",
        *(f"  {row['summary']}" for row in data["services"]),
        "",
        "Injects delivered:" if en else "Stimuli envoyés :",
        *(_inject_line(row) for row in data["injects"]),
        "",
        "Expected reactions still open:" if en else "Réactions attendues en cours :",
        *(
            f"  {row['id']}: {row['text']} (⌛ {row['deadline_text']}"
            f"{', late' if en and row['late'] else ', en retard' if row['late'] else ''})"
            for row in data["open_reactions"]
        ),
        "",
        "Crisis log:" if en else "Main courante :",
        *(f"  {entry.render(session.scenario.meta.t0, lang)}" for entry in session.log.entries),
    ]
    return "\n".join(lines)


def _inject_line(row: dict[str, Any]) -> str:
    first, *resends = row["deliveries"]
    again = "".join(f", + {d['when']} ({d['channel']})" for d in resends)
    return f"  {first['when']} {row['id']} ({first['channel']}){again}: {row['title']}"


def players_view(session: Session) -> list[Any]:
    """Log entries the players may see (observations stay with the animation team)."""
    return [entry for entry in session.log.entries if entry.audience is Audience.ALL]
