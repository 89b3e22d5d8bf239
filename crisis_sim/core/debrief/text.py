"""Small bilingual phrases the findings are written with: durations, times, counts, names."""

from __future__ import annotations

from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.gametime import DAY, HOUR, MINUTE, format_game_time
from crisis_sim.core.scenario.model import Scenario


def spoken_duration(seconds: int) -> Words:
    """``1 jour 4 h`` / ``1 day 4 h``, ``2 h 30`` / ``2 h 30 min``, ``45 min``."""
    seconds = max(0, seconds)
    days, rest = divmod(seconds, DAY)
    hours, rest = divmod(rest, HOUR)
    minutes = rest // MINUTE
    fr: list[str] = []
    en: list[str] = []
    if days:
        fr.append(f"{days} jour{'s' if days > 1 else ''}")
        en.append(f"{days} day{'s' if days > 1 else ''}")
    if hours and minutes and not days:
        fr.append(f"{hours} h {minutes:02d}")
        en.append(f"{hours} h {minutes:02d} min")
    elif hours:
        fr.append(f"{hours} h")
        en.append(f"{hours} h")
    elif minutes and not days:
        fr.append(f"{minutes} min")
        en.append(f"{minutes} min")
    if not fr:
        return Words("moins d'une minute", "less than a minute")
    return Words(" ".join(fr), " ".join(en))


def people(count: int) -> Words:
    """``12 000 personnes`` / ``12,000 people``."""
    return Words(f"{count:,}".replace(",", "\u202f") + " personnes", f"{count:,} people")


def at_time(scenario: Scenario, t: int) -> str:
    """``J+1 09:00``: the exercise day and the clock time."""
    return format_game_time(t, scenario.meta.t0)


def node_name(scenario: Scenario, node_id: str) -> Words:
    node = scenario.node_by_id.get(node_id)
    if node is None:
        return Words(node_id, node_id)
    return Words(node.name.get("fr"), node.name.get("en"))


def decision_label(scenario: Scenario, decision_id: str) -> Words:
    decision = scenario.decision_by_id.get(decision_id)
    if decision is None:
        return Words(decision_id, decision_id)
    return Words(decision.label.get("fr"), decision.label.get("en"))


def quote_fr(text: str) -> str:
    return f"«\u00a0{text}\u00a0»"


def quote_en(text: str) -> str:
    return f"“{text}”"
