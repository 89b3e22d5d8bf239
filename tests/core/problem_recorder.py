"""A pytest plugin that records every problem the core reports, for the French-coverage test.

Loaded with ``-p problem_recorder`` in a child pytest run; it writes the problems as JSON Lines
to the file named by ``CRISIS_SIM_PROBLEMS_OUT`` when the run ends.
"""

from __future__ import annotations

import json
import os

from crisis_sim.core.problems import ProblemList

_recorded: list[dict[str, str]] = []
_original_add = ProblemList.add


def _recording_add(self: ProblemList, *args: object, **kwargs: object) -> None:
    _original_add(self, *args, **kwargs)  # type: ignore[arg-type]
    problem = self.items[-1]
    _recorded.append(
        {
            "code": problem.code,
            "message": problem.message,
            "message_fr": problem.text("fr"),
            "hint": problem.hint,
            "hint_fr": problem.hint_text("fr"),
        }
    )


ProblemList.add = _recording_add  # type: ignore[method-assign]


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    with open(os.environ["CRISIS_SIM_PROBLEMS_OUT"], "w", encoding="utf-8") as out:
        for item in _recorded:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
