"""Recommendations gathered from the findings, without duplicates, ranked by what they address.

Rank: the sum of the severity weights of the findings that call for the recommendation
(critical 3, major 2, minor 1; findings on what went well weigh nothing), then the number of
findings, then the catalogue's own order. A recommendation only backed by what went well is
*confirmed* practice: it is listed after the others and gets no action.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisis_sim.core.catalogue import Catalogue, load_catalogue
from crisis_sim.core.debrief.model import Finding, Severity
from crisis_sim.core.exercise.wording import Words


class UnknownRecommendationError(ValueError):
    """A finding maps to an id the recommendation catalogue does not hold."""


@dataclass(frozen=True)
class RankedRecommendation:
    id: str
    rank: int
    score: int  # sum of the weights of the findings calling for it
    finding_ids: tuple[str, ...]
    worst: Severity  # the most serious finding calling for it
    title: Words
    source: Words  # the source document, e.g. "ANSSI — Guide d'hygiène informatique, v2.0, 2017"
    ref: str | None  # the source's own numbering, e.g. "mesure 37"
    url: str | None  # the catalogue's link to the item or its document
    rationales: tuple[Words, ...]

    @property
    def confirmed_only(self) -> bool:
        return self.score == 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rank": self.rank,
            "score": self.score,
            "worst_severity": self.worst.value,
            "findings": list(self.finding_ids),
            "title": self.title.to_json(),
            "source": self.source.to_json(),
            "ref": self.ref,
            "url": self.url,
            "rationales": [r.to_json() for r in self.rationales],
        }


def check_ids(findings: list[Finding], catalogue: Catalogue | None = None) -> None:
    """Raise UnknownRecommendationError if a finding cites an id not in the catalogue."""
    catalogue = catalogue or load_catalogue()
    for finding in findings:
        for rec_id in finding.recommendation_ids:
            if rec_id not in catalogue:
                raise UnknownRecommendationError(
                    f"finding '{finding.id}' cites '{rec_id}', which is not in the "
                    "recommendation catalogue"
                )


def rank_recommendations(
    findings: list[Finding], catalogue: Catalogue | None = None
) -> list[RankedRecommendation]:
    catalogue = catalogue or load_catalogue()
    check_ids(findings, catalogue)
    order = {rec_id: n for n, rec_id in enumerate(catalogue.ids)}
    gathered: dict[str, list[tuple[Finding, Words]]] = {}
    for finding in findings:
        for link in finding.recommendations:
            gathered.setdefault(link.id, []).append((finding, link.rationale))
    scored = [
        (sum(f.severity.weight for f, _ in calls), len(calls), rec_id, calls)
        for rec_id, calls in gathered.items()
    ]
    scored.sort(key=lambda item: (-item[0], -item[1], order[item[2]]))
    return [
        _ranked(catalogue, rank, rec_id, score, calls)
        for rank, (score, _, rec_id, calls) in enumerate(scored, start=1)
    ]


def _ranked(
    catalogue: Catalogue,
    rank: int,
    rec_id: str,
    score: int,
    calls: list[tuple[Finding, Words]],
) -> RankedRecommendation:
    rec = catalogue.get(rec_id)
    worst = max((f.severity for f, _ in calls), key=lambda s: s.weight)
    rationales = tuple(dict.fromkeys(words for _, words in calls))
    return RankedRecommendation(
        rec_id,
        rank,
        score,
        tuple(dict.fromkeys(f.id for f, _ in calls)),
        worst,
        Words(rec.title.fr, rec.title.en),
        Words(
            source_text(catalogue, rec.source.id, "fr"), source_text(catalogue, rec.source.id, "en")
        ),
        rec.ref if rec.ref != rec.id else None,
        rec.url or rec.source.url,
        rationales,
    )


def source_text(catalogue: Catalogue, source_id: str, lang: str) -> str:
    """``ANSSI — Guide d'hygiène informatique, v2.0, 2017``: a source document in full."""
    source = catalogue.source(source_id)
    parts = [source.title.get(lang)]
    if source.version:
        parts.append(f"v{source.version}")
    if source.year:
        parts.append(str(source.year))
    text = ", ".join(parts)
    return f"{source.publisher} — {text}" if source.publisher else text
