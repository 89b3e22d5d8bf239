"""Scenario facts in the words of a printed page: names, times, channels, conditions, sources.

Plain text only: the callers escape it when they put it on a page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crisis_sim.core.catalogue import Recommendation, load_catalogue
from crisis_sim.core.gametime import format_duration, format_game_time
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_graph import Criticality, NodeKind
from crisis_sim.core.scenario.model_injects import Channel, Condition, Inject, NodeState
from crisis_sim.export.i18n import current_language, translate
from crisis_sim.export.markup import Markup, bold, concat, italic
from crisis_sim.export.pdf_base import ExportError


def game_time(scenario: Scenario, seconds: int) -> str:
    """``J+1 09:00``: the exercise day and clock time, as the facilitator's console shows it."""
    return format_game_time(seconds, scenario.meta.t0)


def duration(seconds: int) -> str:
    text = format_duration(seconds)
    return re.sub(r"(\d+)j", r"\1d", text) if current_language() == "en" else text


def quoted(text: str) -> str:
    return translate("ExportLabels", "“{text}”").format(text=text)


def name_of(scenario: Scenario, some_id: str) -> str:
    """The name of a persona, role, node, decision, fallback or inject; the id if unknown."""
    lang = current_language()
    for group in (scenario.personas, scenario.roles):
        for item in group:
            if item.id == some_id:
                return item.name.get(lang)
    if some_id in scenario.node_by_id:
        return scenario.node_by_id[some_id].name.get(lang)
    if some_id in scenario.decision_by_id:
        return scenario.decision_by_id[some_id].label.get(lang)
    if some_id in scenario.fallback_by_id:
        return scenario.fallback_by_id[some_id].name.get(lang)
    if some_id in scenario.inject_by_id:
        return scenario.inject_by_id[some_id].title.get(lang)
    return some_id


def names_of(scenario: Scenario, ids: Iterable[str]) -> str:
    return ", ".join(name_of(scenario, some_id) for some_id in ids)


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.PHONE: translate("ExportLabels", "Phone"),
        Channel.EMAIL: translate("ExportLabels", "E-mail"),
        Channel.SMS: translate("ExportLabels", "Text message"),
        Channel.PRESS: translate("ExportLabels", "Press"),
        Channel.SOCIAL_MEDIA: translate("ExportLabels", "Social media"),
        Channel.WALK_IN: translate("ExportLabels", "Walk-in"),
        Channel.FAX: translate("ExportLabels", "Fax"),
        Channel.RADIO_TV: translate("ExportLabels", "Radio, TV"),
        Channel.IN_PERSON: translate("ExportLabels", "In person"),
        Channel.LETTER: translate("ExportLabels", "Letter"),
    }
    return labels[channel]


def state_label(state: NodeState) -> str:
    labels = {
        NodeState.OPERATIONAL: translate("ExportLabels", "operational"),
        NodeState.DEGRADED: translate("ExportLabels", "degraded"),
        NodeState.DOWN: translate("ExportLabels", "down"),
        NodeState.COMPROMISED: translate("ExportLabels", "compromised"),
        NodeState.ENCRYPTED: translate("ExportLabels", "encrypted"),
        NodeState.ISOLATED: translate("ExportLabels", "isolated"),
        NodeState.RESTORING: translate("ExportLabels", "being restored"),
        NodeState.PAPER: translate("ExportLabels", "running on paper"),
    }
    return labels[state]


def criticality_label(criticality: Criticality) -> str:
    labels = {
        Criticality.VITAL: translate("ExportLabels", "vital"),
        Criticality.HIGH: translate("ExportLabels", "high"),
        Criticality.MEDIUM: translate("ExportLabels", "medium"),
        Criticality.LOW: translate("ExportLabels", "low"),
    }
    return labels[criticality]


def function_kind_label(kind: NodeKind) -> str:
    if kind is NodeKind.PUBLIC_SERVICE:
        return translate("ExportLabels", "Public service")
    return translate("ExportLabels", "Business function")


def inject_timing(scenario: Scenario, inject: Inject) -> str:
    """When an inject is played, in plain words: a game time, a condition, or held in reserve."""
    if inject.at is not None:
        return game_time(scenario, inject.at)
    if inject.when is None:
        return translate("ExportLabels", "Reserve: the exercise director plays it by hand.")
    text = condition_text(scenario, inject.when)
    if inject.until is not None:
        expiry = translate("ExportLabels", "Lapses at {time} if not played by then.")
        text += " " + expiry.format(time=game_time(scenario, inject.until))
    return text


def condition_text(scenario: Scenario, when: Condition) -> str:
    if when.node is not None and when.state is not None:
        node, state = quoted(name_of(scenario, when.node)), state_label(when.state)
        if when.for_:
            text = translate("ExportLabels", "When {node} has been {state} for {duration}.")
            return text.format(node=node, state=state, duration=duration(when.for_))
        return translate("ExportLabels", "When {node} becomes {state}.").format(
            node=node, state=state
        )
    if when.decision is not None:
        return _decision_condition(scenario, when)
    stimulus = quoted(name_of(scenario, when.inject or ""))
    if when.after:
        text = translate("ExportLabels", "{delay} after the stimulus {stimulus} was played.")
        return text.format(delay=duration(when.after), stimulus=stimulus)
    return translate("ExportLabels", "As soon as the stimulus {stimulus} was played.").format(
        stimulus=stimulus
    )


def _decision_condition(scenario: Scenario, when: Condition) -> str:
    decision = quoted(name_of(scenario, when.decision or ""))
    if not when.taken:
        text = translate("ExportLabels", "If the decision {decision} has not been taken by {time}.")
        return text.format(decision=decision, time=game_time(scenario, when.by or 0))
    if when.by is not None:
        text = translate("ExportLabels", "If the decision {decision} is taken by {time}.")
        return text.format(decision=decision, time=game_time(scenario, when.by))
    return translate("ExportLabels", "As soon as the decision {decision} is taken.").format(
        decision=decision
    )


def recommendation(rec_id: str) -> Recommendation:
    catalogue = load_catalogue()
    if rec_id not in catalogue:
        raise ExportError(f"'{rec_id}' is not in the recommendation catalogue")
    return catalogue.get(rec_id)


def recommendation_title(rec_id: str) -> str:
    return recommendation(rec_id).title.get(current_language())


def source_text(rec_id: str) -> str:
    """``ANSSI — Guide d'hygiène informatique, v2.0, 2017 (mesure 37)``: where it comes from."""
    rec = recommendation(rec_id)
    text = document_text(rec.source.id)
    if rec.ref and rec.ref != rec.id:
        text += f" ({rec.ref})"
    return text


def source_short(rec_id: str) -> str:
    """``Guide d'hygiène informatique, mesure 37``: the document's title and the item's number."""
    rec = recommendation(rec_id)
    text = rec.source.title.get(current_language())
    if rec.ref and rec.ref != rec.id:
        text += f", {rec.ref}"
    return text


def document_text(catalogue_id: str) -> str:
    """``ANSSI — Guide d'hygiène informatique, v2.0, 2017``: a source document in full."""
    source = load_catalogue().source(catalogue_id)
    parts = [source.title.get(current_language())]
    if source.version:
        parts.append(f"v{source.version}")
    if source.year:
        parts.append(str(source.year))
    text = ", ".join(parts)
    if source.publisher:
        text = f"{source.publisher} — {text}"
    return text


def stimuli_in_order(scenario: Scenario) -> list[tuple[str, Inject]]:
    """Injects numbered S01, S02… as played: timed ones by time, then conditional, then reserve."""
    timed = sorted((i for i in scenario.injects if i.at is not None), key=lambda i: i.at or 0)
    conditional = [i for i in scenario.injects if i.at is None and i.when is not None]
    reserve = [i for i in scenario.injects if i.at is None and i.when is None]
    ordered = timed + conditional + reserve
    width = max(2, len(str(len(ordered))))
    return [(f"S{n:0{width}d}", inject) for n, inject in enumerate(ordered, start=1)]


def reaction_deadline(scenario: Scenario, inject: Inject, within: int) -> str:
    if inject.at is None:
        text = translate("ExportLabels", "within {duration} of delivery")
        return text.format(duration=duration(within))
    text = translate("ExportLabels", "within {duration} (by {time})")
    return text.format(duration=duration(within), time=game_time(scenario, inject.at + within))


def recommendation_markup(rec_id: str, *, full_source: bool = True) -> Markup:
    """**ID** — title *(source)*, the way every document cites a recommendation."""
    source = source_text(rec_id) if full_source else source_short(rec_id)
    return concat(bold(rec_id), " — ", recommendation_title(rec_id), " ", italic(f"({source})"))
