"""Play scripts: a scripted exercise as a YAML list of timed actions (docs/play-script.md).

    - at: J+1 08:10
      decide: isoler-reseau
      by: dsi

The file is read safely (the scenario's YAML reader), each action validated into a typed
object, then checked against the scenario (ids, roles, times in order, a paused clock), and
every problem is reported with its file, line and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, field_validator, model_validator

from crisis_sim.core.exercise.clock import MAX_SPEED, MIN_SPEED
from crisis_sim.core.exercise.commands import ReactionMark
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.rules import FACILITATOR_ROLES
from crisis_sim.core.gametime import parse_duration
from crisis_sim.core.problems import Problem, ProblemList, Text
from crisis_sim.core.scenario.checks import did_you_mean
from crisis_sim.core.scenario.errors import report_validation_error
from crisis_sim.core.scenario.fields import GameTime, Slug, Strict
from crisis_sim.core.scenario.model import Scenario
from crisis_sim.core.scenario.model_injects import Channel
from crisis_sim.core.scenario.yamldoc import YamlDocument, read_yaml
from crisis_sim.core.words import BilingualValueError, Words

# A bare word in the list is the action of that name, with no time (right after the previous).
SHORTHANDS = {"finex": {"finex": True}, "pause": {"pause": True}, "resume": {"resume": True}}


class FreeDecision(Strict):
    text: str = Field(min_length=1)


class MarkSpec(Strict):
    reaction: Slug
    status: ReactionMark
    comment: str = ""


class ResendSpec(Strict):
    inject: Slug
    channel: Channel


class RetimeSpec(Strict):
    inject: Slug
    to: GameTime


class EditSpec(Strict):
    note: str = Field(pattern=r"^note-\d+$", description="note-1 is the script's first note")
    text: str = Field(min_length=1)


AFTER_FINEX = ("note", "mark", "edit")
ACTION_KEYS = (
    "decide",
    "note",
    "mark",
    "deliver",
    "resend",
    "skip",
    "retime",
    "edit",
    "speed",
    "jump",
    "pause",
    "resume",
    "finex",
)


class PlayAction(Strict):
    at: GameTime | None = Field(None, description="Game time; left out: same as the previous.")
    by: Slug | None = Field(None, description="The role who acts (author of a note...).")
    decide: Slug | FreeDecision | None = None
    note: str | None = Field(None, min_length=1)
    mark: MarkSpec | None = None
    deliver: Slug | None = None
    channel: Channel | None = Field(None, description="With deliver: another channel.")
    resend: ResendSpec | None = None
    skip: Slug | None = None
    retime: RetimeSpec | None = None
    edit: EditSpec | None = None
    speed: int | None = Field(None, ge=MIN_SPEED, le=MAX_SPEED)
    jump: bool | None = Field(None, description="true: the clock jumps to 'at' (no play).")
    pause: bool | str | None = Field(None, description="true, or how long it lasts: '20min'.")
    resume: bool | None = None
    finex: bool | None = None

    @field_validator("pause")
    @classmethod
    def _pause_is_true_or_duration(cls, value: bool | str | None) -> bool | str | None:
        if value is False:
            raise BilingualValueError(
                Words(
                    "écrire « pause: true » ou une vraie durée comme « pause: 20min »",
                    "write 'pause: true' or a real duration such as 'pause: 20min'",
                )
            )
        if isinstance(value, str):
            parse_duration(value)  # a TimeFormatError is a ValueError pydantic reports
        return value

    @model_validator(mode="after")
    def _exactly_one_action(self) -> PlayAction:
        given = [key for key in ACTION_KEYS if getattr(self, key) is not None]
        if len(given) != 1:
            actions = ", ".join(ACTION_KEYS)
            raise BilingualValueError(
                Words(
                    f"chaque élément fait exactement une action parmi : {actions}",
                    f"each item does exactly one of: {actions}",
                )
            )
        if self.channel is not None and self.deliver is None:
            raise BilingualValueError(
                Words(
                    "« channel » va avec « deliver » (utiliser « resend » pour renvoyer)",
                    "'channel' goes with 'deliver' (use 'resend' to re-send)",
                )
            )
        action = given[0]
        if action in ("decide", "note") and self.by is None:
            raise BilingualValueError(
                Words(
                    f"« {action} » a besoin de « by: », le rôle qui agit",
                    f"'{action}' needs 'by:', the role who acts",
                )
            )
        if action in ("resume", "finex", "jump") and getattr(self, action) is not True:
            raise BilingualValueError(
                Words(f"écrire « {action}: true »", f"write '{action}: true'")
            )
        if action == "jump" and self.at is None:
            raise BilingualValueError(
                Words(
                    "« jump » a besoin de « at: », l'heure où aller",
                    "'jump' needs 'at:', the time to jump to",
                )
            )
        return self

    @property
    def kind(self) -> str:
        return next(key for key in ACTION_KEYS if getattr(self, key) is not None)

    @property
    def pause_ms(self) -> int | None:
        """The real length of a timed pause, in ms; None for 'pause: true'."""
        return parse_duration(self.pause) * 1000 if isinstance(self.pause, str) else None


@dataclass(frozen=True)
class PlayScript:
    actions: tuple[PlayAction, ...]
    lines: tuple[int, ...]  # line of each action, for messages during play


class PlayScriptError(ExerciseError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.render() for p in problems))
        self.problems = problems


def load_play_script(path: Path, scenario: Scenario, *, text: str | None = None) -> PlayScript:
    """The typed script (from ``path``, or ``text`` named after it), or PlayScriptError
    listing every problem found."""
    problems = ProblemList(path)
    doc = read_yaml(path, problems, text=text)
    actions = _validate(doc, scenario, problems) if doc is not None else None
    if problems.errors or actions is None:
        raise PlayScriptError(problems.sorted())
    return actions


def load_play_script_text(text: str, scenario: Scenario, name: str) -> PlayScript:
    """A script carried as text (in a session journal); messages name it ``name``."""
    return load_play_script(Path(name), scenario, text=text)


def _validate(doc: YamlDocument, scenario: Scenario, problems: ProblemList) -> PlayScript | None:
    if not isinstance(doc.data, list):
        problems.error(
            "structure",
            Words(
                "un script de jeu est une liste d'actions, chacune commençant par « - »",
                "a play script is a list of actions, each starting with '- '",
            ),
            1,
            1,
            Words("voir docs/play-script.md", "see docs/play-script.md"),
        )
        return None
    actions, lines = [], []
    for index, raw in enumerate(doc.data):
        raw = SHORTHANDS.get(raw, raw) if isinstance(raw, str) else raw
        action = _validate_action(doc, index, raw, scenario, problems)
        if action is not None:
            actions.append(action)
            lines.append(doc.where((index,))[0])
            ScriptChecks(scenario, doc, problems).references(action, index)
    if not problems.errors:
        ScriptChecks(scenario, doc, problems).sequence(actions)
    return PlayScript(tuple(actions), tuple(lines))


def _validate_action(
    doc: YamlDocument, index: int, raw: Any, scenario: Scenario, problems: ProblemList
) -> PlayAction | None:
    try:
        return PlayAction.model_validate(raw, context={"t0": scenario.meta.t0})
    except ValidationError as error:
        report_validation_error(error, PlayAction, (index,), doc, problems)
        return None


# "no such thing" in French, for what a script names.
_NONE_FR = {
    "role": "aucun rôle",
    "decision": "aucune décision",
    "expected reaction": "aucune réaction attendue",
    "inject": "aucun inject",
}


class ScriptChecks:
    """What only the scenario can tell: ids and roles that exist, and a sensible order."""

    def __init__(self, scenario: Scenario, doc: YamlDocument, problems: ProblemList) -> None:
        self.scenario, self.doc, self.problems = scenario, doc, problems
        self.roles = {role.id for role in scenario.roles} | set(FACILITATOR_ROLES)
        self.reactions = {r.id for i in scenario.injects for r in i.expected}

    def _error(self, message: Text, path: tuple[Any, ...], hint: Text = "") -> None:
        self.problems.error("reference", message, *self.doc.where(path), hint)

    def _known(self, value: str, known: Any, what: str, path: tuple[Any, ...]) -> None:
        if value not in known:
            message = Words(
                f"{_NONE_FR[what]} « {value} » dans le scénario",
                f"no {what} '{value}' in the scenario",
            )
            self._error(message, path, did_you_mean(value, known) or "")

    def references(self, action: PlayAction, index: int) -> None:
        injects = self.scenario.inject_by_id
        if action.by is not None:
            self._known(action.by, self.roles, "role", (index, "by"))
        if isinstance(action.decide, str):
            self._known(action.decide, self.scenario.decision_by_id, "decision", (index, "decide"))
        if action.mark is not None:
            self._known(action.mark.reaction, self.reactions, "expected reaction", (index, "mark"))
        for key in ("deliver", "skip"):
            if getattr(action, key) is not None:
                self._known(getattr(action, key), injects, "inject", (index, key))
        for key in ("resend", "retime"):
            spec = getattr(action, key)
            if spec is not None:
                self._known(spec.inject, injects, "inject", (index, key, "inject"))
        if action.kind == "decide" and action.by not in {r.id for r in self.scenario.roles}:
            self._error(
                Words(
                    f"« {action.by} » n'est pas un rôle de la cellule de crise ; "
                    "les décisions sont prises par les joueurs",
                    f"'{action.by}' is not a role of the crisis cell; "
                    "decisions are taken by players",
                ),
                (index, "by"),
            )

    def sequence(self, actions: list[PlayAction]) -> None:
        """Times never go back; a paused clock does not move; after FINEX, only notes and
        observations (the hot debrief), at the time of FINEX."""
        now, paused, finished = 0, False, False
        for index, action in enumerate(actions):
            at = now if action.at is None else action.at
            if finished and action.kind not in AFTER_FINEX:
                allowed = ", ".join(AFTER_FINEX)
                message = Words(
                    f"après « finex », seules ces actions peuvent suivre : {allowed}",
                    f"after 'finex' only {allowed} can follow",
                )
                self._error(message, (index,))
                return
            if at < now:
                message = Words(
                    "cette action est plus tôt que celle d'avant",
                    "this action is earlier than the one before it",
                )
                self._error(message, (index, "at"))
            elif (paused or finished) and at != now:
                self._error(_stopped_clock(finished), (index, "at"))
            now = max(now, at)
            paused, finished = self._clock_after(action, paused, index, finished)

    def _clock_after(
        self, action: PlayAction, paused: bool, index: int, finished: bool
    ) -> tuple[bool, bool]:
        if action.kind == "pause":
            if paused:
                message = Words("l'horloge est déjà en pause", "the clock is already paused")
                self._error(message, (index, "pause"))
            return action.pause_ms is None, False
        if action.kind == "resume":
            if not paused:
                message = Words(
                    "« resume » sans « pause: true » avant",
                    "'resume' without a 'pause: true' before it",
                )
                self._error(message, (index,))
            return False, False
        return paused, finished or action.kind == "finex"


def _stopped_clock(finished: bool) -> Words:
    if finished:
        return Words("l'exercice est terminé", "the clock is over")
    return Words(
        "l'horloge est en pause ici : le temps de jeu ne peut pas avancer avant « resume »",
        "the clock is paused here: game time cannot move until 'resume'",
    )
