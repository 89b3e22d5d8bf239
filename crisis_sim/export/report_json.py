"""The debrief as JSON, for archiving and other tools (format in docs/debrief.md).

Built from the core debrief alone (no Qt): texts are given in French and English, game times
in seconds since DEBEX with their ``J+1 09:00`` form beside them. ``lang`` records the
language asked for, for tools that show one.
"""

from __future__ import annotations

import json
from typing import Any

from crisis_sim.core.debrief.action_plan import ActionPlan
from crisis_sim.core.debrief.debrief import Debrief
from crisis_sim.core.debrief.guide import SCALE
from crisis_sim.core.gametime import format_game_time

JSON_FORMAT = "crisis-sim-debrief"
JSON_VERSION = 1


def debrief_document(
    debrief: Debrief, plan: ActionPlan, *, plan_saved: bool, lang: str = "fr"
) -> dict[str, Any]:
    scenario = debrief.scenario
    t0 = scenario.meta.t0
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "lang": lang,
        "scenario": {
            "id": scenario.id,
            "title": {"fr": scenario.meta.title.get("fr"), "en": scenario.meta.title.get("en")},
            "organisation": scenario.organisation.name,
            "t0": t0.isoformat(),
        },
        "play": {
            "end": debrief.end,
            "end_text": format_game_time(debrief.end, t0),
            "finished": debrief.finished,
        },
        "figures": debrief.figures.to_json(),
        "findings": [f.to_json() for f in debrief.findings],
        "recommendations": [r.to_json() for r in debrief.recommendations],
        "action_plan": {"saved": plan_saved, "actions": plan.to_json()},
        "chronology": {
            "stimuli": [row.to_json() for row in debrief.stimuli],
            "decisions": [row.to_json() for row in debrief.decisions],
        },
        "service_levels": [lane.to_json() for lane in debrief.lanes],
        "hot_debrief": [step.to_json() for step in debrief.hot_debrief],
        "questionnaire": {
            "scale": [level.to_json() for level in SCALE],
            "themes": [theme.to_json() for theme in debrief.questionnaire],
        },
    }


def render_json(debrief: Debrief, plan: ActionPlan, *, plan_saved: bool, lang: str) -> str:
    document = debrief_document(debrief, plan, plan_saved=plan_saved, lang=lang)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
