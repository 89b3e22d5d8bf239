"""What a debrief is made of: findings with their evidence and the recommendations they map to.

Every text is given in French and English (``Words``), in plain language: a finding's title
and summary are read by elected officials as well as by the IT security lead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crisis_sim.core.exercise.wording import Words


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    POSITIVE = "positive"  # something that went well

    @property
    def weight(self) -> int:
        """How much a finding of this severity raises its recommendations' rank."""
        return {"critical": 3, "major": 2, "minor": 1, "positive": 0}[self.value]


class FindingKind(StrEnum):
    REACTION_MISSED = "reaction-missed"
    REACTION_LATE = "reaction-late"
    REACTION_PARTIAL = "reaction-partial"
    COMMUNICATION_SILENCE = "communication-silence"
    SERVICE_PAST_MTD = "service-past-mtd"
    FALLBACK_USED = "fallback-used"
    FALLBACK_LATE = "fallback-late"
    FALLBACK_UNPREPARED = "fallback-unprepared"
    FALLBACK_MISSING = "fallback-missing"
    SINGLE_POINT_OF_FAILURE = "single-point-of-failure"
    ATTACK_PATH = "attack-path"
    BAD_DECISION = "bad-decision"
    RANSOM_PAID = "ransom-paid"
    EVIDENCE_LOST = "evidence-lost"
    GOOD_DECISION = "good-decision"
    OBJECTIVE_MET = "objective-met"
    OBJECTIVE_PARTLY_MET = "objective-partly-met"
    OBJECTIVE_NOT_MET = "objective-not-met"


@dataclass(frozen=True)
class RecommendationLink:
    """A catalogue id a finding maps to, with one line saying why."""

    id: str
    rationale: Words

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "rationale": self.rationale.to_json()}


@dataclass(frozen=True)
class Finding:
    """One thing the debrief says about the exercise, with what shows it.

    ``subject`` is the scenario id it is about (a reaction, node, fallback, decision or
    objective); ``entries`` the crisis-log entry ids and ``times`` the game times that show it.
    """

    id: str
    kind: FindingKind
    severity: Severity
    title: Words
    summary: Words
    subject: str | None = None
    entries: tuple[str, ...] = ()
    times: tuple[int, ...] = ()
    recommendations: tuple[RecommendationLink, ...] = ()

    @property
    def positive(self) -> bool:
        return self.severity is Severity.POSITIVE

    @property
    def recommendation_ids(self) -> tuple[str, ...]:
        return tuple(link.id for link in self.recommendations)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "severity": self.severity.value,
            "title": self.title.to_json(),
            "summary": self.summary.to_json(),
            "subject": self.subject,
            "evidence": {"entries": list(self.entries), "times": list(self.times)},
            "recommendations": [link.to_json() for link in self.recommendations],
        }


def link(rec_id: str, fr: str, en: str) -> RecommendationLink:
    return RecommendationLink(rec_id, Words(fr, en))


def links(rec_ids: tuple[str, ...] | list[str], fr: str, en: str) -> tuple[RecommendationLink, ...]:
    """The same rationale for several ids, without repeating an id."""
    return tuple(link(rec_id, fr, en) for rec_id in dict.fromkeys(rec_ids))
