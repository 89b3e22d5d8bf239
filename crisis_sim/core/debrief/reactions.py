"""Findings on expected reactions: missed, late against their deadline, or only partly done.

A reaction never marked and still open after its deadline at the end of play counts as
missed. A missed reaction to the press or to residents is a silence, which weighs more: the
communication guide says an organisation that says nothing lets rumours speak for it.
"""

from __future__ import annotations

from collections.abc import Iterator

from crisis_sim.core.debrief.model import Finding, FindingKind, RecommendationLink, Severity, links
from crisis_sim.core.debrief.record import SessionRecord
from crisis_sim.core.debrief.text import at_time, quote_en, quote_fr, spoken_duration
from crisis_sim.core.exercise.commands import ReactionMark
from crisis_sim.core.exercise.log import EntryKind
from crisis_sim.core.exercise.reactions import ReactionState
from crisis_sim.core.exercise.wording import Words
from crisis_sim.core.scenario.model_injects import Channel, Inject
from crisis_sim.core.scenario.model_meta import PersonaKind

PUBLIC_CHANNELS = (Channel.PRESS, Channel.SOCIAL_MEDIA, Channel.RADIO_TV)
PUBLIC_PERSONAS = (PersonaKind.PRESS, PersonaKind.RESIDENTS)
COMMUNICATION_GUIDE = "ANSSI-COM-GUIDE"


def reaction_findings(record: SessionRecord) -> Iterator[Finding]:
    for state in record.session.reactions:
        finding = _finding(record, state)
        if finding is not None:
            yield finding


def _finding(record: SessionRecord, state: ReactionState) -> Finding | None:
    if state.opened_at is None or state.deadline is None:
        return None  # its stimulus was never played: nothing to judge
    mark = state.mark
    if mark is None:
        if record.end <= state.deadline:
            return None  # still within its deadline when play stopped
        return _missed(record, state, marked=False)
    if mark.status is ReactionMark.MISSED:
        return _missed(record, state, marked=True)
    if mark.late:
        return _late(record, state)
    if mark.status is ReactionMark.PARTIAL:
        return _partial(record, state)
    return None


def is_public(record: SessionRecord, inject: Inject) -> bool:
    """A stimulus from the press or residents, or through a public channel."""
    if inject.channel in PUBLIC_CHANNELS:
        return True
    persona = next((p for p in record.scenario.personas if p.id == inject.sender), None)
    return persona is not None and persona.kind in PUBLIC_PERSONAS


def _missed(record: SessionRecord, state: ReactionState, *, marked: bool) -> Finding:
    inject = record.scenario.inject_by_id[state.inject]
    text = state.reaction.text
    deadline = at_time(record.scenario, state.deadline or 0)
    silence = is_public(record, inject)
    if silence:
        title = Words(
            f"Silence face à {quote_fr(inject.title.get('fr'))}",
            f"No answer to {quote_en(inject.title.get('en'))}",
        )
        summary = Words(
            f"La cellule devait : {text.get('fr')} Rien n'a été observé avant {deadline}. "
            "Sans réponse, la rumeur et la presse parlent à la place de la collectivité.",
            f"The crisis cell was expected to: {text.get('en')} Nothing was observed by "
            f"{deadline}. Without an answer, rumour and the press speak for the authority.",
        )
    else:
        title = Words(
            f"Réaction attendue non observée : {quote_fr(text.get('fr'))}",
            f"Expected reaction missed: {quote_en(text.get('en'))}",
        )
        how = ("l'observateur l'a notée manquée", "the observer marked it missed")
        if not marked:
            how = ("rien n'a été noté avant l'échéance", "nothing was noted by the deadline")
        summary = Words(
            f"Après le stimulus {quote_fr(inject.title.get('fr'))}, échéance {deadline} : "
            f"{how[0]}.",
            f"After the stimulus {quote_en(inject.title.get('en'))}, due by {deadline}: {how[1]}.",
        )
    kind = FindingKind.COMMUNICATION_SILENCE if silence else FindingKind.REACTION_MISSED
    recs = _recommendations(state, silence)
    return _make(record, state, kind, Severity.MAJOR, title, summary, recs)


def _late(record: SessionRecord, state: ReactionState) -> Finding:
    mark = state.mark
    assert mark is not None
    assert state.deadline is not None
    text = state.reaction.text
    delay = spoken_duration(mark.t - state.deadline)
    resent = len(record.entries(EntryKind.RESEND, state.inject)) > 0
    tail = (
        (" Elle n'est venue qu'après une relance.", " It came only after a reminder.")
        if resent
        else ("", "")
    )
    title = Words(
        f"Réaction en retard : {quote_fr(text.get('fr'))}",
        f"Late reaction: {quote_en(text.get('en'))}",
    )
    when = at_time(record.scenario, mark.t)
    summary = Words(
        f"Observée à {when}, {delay.fr} après l'échéance.{tail[0]}",
        f"Observed at {when}, {delay.en} after the deadline.{tail[1]}",
    )
    recs = _recommendations(state, False)
    return _make(record, state, FindingKind.REACTION_LATE, Severity.MINOR, title, summary, recs)


def _partial(record: SessionRecord, state: ReactionState) -> Finding:
    mark = state.mark
    assert mark is not None
    text = state.reaction.text
    comment = mark.comment.strip().rstrip(".")
    title = Words(
        f"Réaction partielle : {quote_fr(text.get('fr'))}",
        f"Reaction only partly done: {quote_en(text.get('en'))}",
    )
    said = (f" Observateur : {comment}.", f" Observer: {comment}.") if comment else ("", "")
    summary = Words(
        f"Notée partiellement observée à {at_time(record.scenario, mark.t)}.{said[0]}",
        f"Marked partly observed at {at_time(record.scenario, mark.t)}.{said[1]}",
    )
    recs = _recommendations(state, False)
    return _make(record, state, FindingKind.REACTION_PARTIAL, Severity.MINOR, title, summary, recs)


def _recommendations(state: ReactionState, silence: bool) -> tuple[RecommendationLink, ...]:
    text = state.reaction.text
    result = links(
        state.reaction.recommendations,
        f"Ce que recommande la réaction attendue {quote_fr(text.get('fr'))}.",
        f"The guidance behind the expected reaction {quote_en(text.get('en'))}.",
    )
    if silence and COMMUNICATION_GUIDE not in state.reaction.recommendations:
        result += links(
            (COMMUNICATION_GUIDE,),
            "Une communication préparée évite de laisser la presse et les habitants sans réponse.",
            "Prepared communication keeps the press and residents from going unanswered.",
        )
    return result


def _make(
    record: SessionRecord,
    state: ReactionState,
    kind: FindingKind,
    severity: Severity,
    title: Words,
    summary: Words,
    recs: tuple[RecommendationLink, ...],
) -> Finding:
    entries = record.entry_ids(EntryKind.DELIVERY, state.inject)
    entries += record.entry_ids(EntryKind.RESEND, state.inject)
    entries += record.entry_ids(EntryKind.OBSERVATION, state.id)
    times = (state.opened_at or 0, state.deadline or 0)
    if state.mark is not None:
        times += (state.mark.t,)
    return Finding(
        f"{kind.value}:{state.id}",
        kind,
        severity,
        title,
        summary,
        state.id,
        entries,
        times,
        recs,
    )
