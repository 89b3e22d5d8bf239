"""Headless play: turn a play script into session commands, as fast as the machine allows.

Real time is not measured: each command is stamped with the real time the exercise would
have taken at the session's speed, so a scripted session gives the same record whether it
runs flat out or paced for a demonstration (the caller's ``pace`` sleeps; the core never
does). Each command carries a tag ``[action, part]`` naming the script step it comes from;
resuming skips every step the journal already holds, so no action is applied twice.

Which commands a step needs (advance the clock? by how much?) is worked out from the
session's state just before the step, so a resumed session, whose replayed state is the
same, issues exactly the commands the uninterrupted run would have.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.clock import ClockState
from crisis_sim.core.exercise.errors import ExerciseError
from crisis_sim.core.exercise.playscript import FreeDecision, PlayAction, PlayScript
from crisis_sim.core.exercise.session import Session

Tag = list[int]
Step = tuple[Tag, c.Command, int]  # tag, command, real ms since the previous command
START_TAG: Tag = [-1, 0]


def play(
    session: Session,
    script: PlayScript,
    *,
    pace: Callable[[int], None] | None = None,
    on_step: Callable[[Tag, c.Command], None] | None = None,
) -> int:
    """Apply the script's remaining steps to the session; returns how many were applied."""
    done = _resume_point(session)
    applied = 0
    for tag, command, delay_ms in _steps(session, script):
        if done is not None and tag <= done:
            continue
        if pace is not None and delay_ms > 0:
            pace(delay_ms)
        try:
            session.apply(command, session.real_ms + delay_ms, tag=tag)
        except ExerciseError as error:
            raise ExerciseError(f"{_where(script, tag)}: {error}") from None
        applied += 1
        if on_step is not None:
            on_step(tag, command)
    return applied


def _resume_point(session: Session) -> Tag | None:
    if session.state is ClockState.READY:
        return None
    tag: Any = session.last_tag
    if not (isinstance(tag, list) and len(tag) == 2 and all(isinstance(x, int) for x in tag)):
        raise ExerciseError("this session was not played from a script; it cannot be continued")
    return tag


def _where(script: PlayScript, tag: Tag) -> str:
    index = tag[0]
    if 0 <= index < len(script.actions):
        return f"script action {index + 1} (line {script.lines[index]})"
    return "start of the script" if index < 0 else "end of the script"


def _steps(session: Session, script: PlayScript) -> Iterator[Step]:
    yield START_TAG, c.Start(), 0
    for index, action in enumerate(script.actions):
        yield from _action_steps(session, index, action)
    yield from _closing_steps(session, len(script.actions))


def _action_steps(session: Session, index: int, action: PlayAction) -> Iterator[Step]:
    if action.jump and action.at is not None:
        if action.at > session.now:  # the DIREX skips a quiet stretch: no real time passes
            yield [index, 1], c.JumpTo(action.at), 0
        return
    if action.at is not None and action.at > session.now:
        yield _advance_to(session, index, action.at)
    if action.pause_ms is not None:  # a timed pause: the discussion lasts that long
        yield [index, 1], c.Pause(), 0
        yield [index, 2], c.Resume(), action.pause_ms
    else:
        yield [index, 1], command_of(action), 0


def _closing_steps(session: Session, index: int) -> Iterator[Step]:
    """A script that does not end with 'finex' plays on to the planned FINEX."""
    if session.state is ClockState.FINISHED:
        return
    planned_end = session.scenario.meta.duration
    if planned_end > session.now:
        yield _advance_to(session, index, planned_end)
    if session.state is not ClockState.FINISHED:
        yield [index, 1], c.Finex(), 0


def _advance_to(session: Session, index: int, t: int) -> Step:
    if session.state is not ClockState.RUNNING:
        raise ExerciseError(
            f"script action {index + 1}: the clock is {session.state.value}, "
            f"it cannot reach {session.when(t)}"
        )
    real_ms = session.clock.real_ms_until(t)
    return [index, 0], c.Advance(real_ms), real_ms


def command_of(action: PlayAction) -> c.Command:
    """The session command for one script action (timed pauses excepted)."""
    role = action.by or "animation"
    if action.decide is not None:
        if isinstance(action.decide, FreeDecision):
            return c.TakeDecision(role, text=action.decide.text)
        return c.TakeDecision(role, decision=action.decide)
    simple: dict[str, Callable[[], c.Command]] = {
        "note": lambda: c.AddNote(action.note or "", role),
        "deliver": lambda: c.Deliver(action.deliver or "", _value(action.channel)),
        "skip": lambda: c.Skip(action.skip or ""),
        "speed": lambda: c.SetSpeed(action.speed or 0),
        "pause": c.Pause,
        "resume": c.Resume,
        "finex": c.Finex,
    }
    if action.kind in simple:
        return simple[action.kind]()
    return _structured_command(action, role)


def _structured_command(action: PlayAction, role: str) -> c.Command:
    if action.mark is not None:
        mark = action.mark
        return c.MarkReaction(mark.reaction, mark.status, mark.comment, role)
    if action.resend is not None:
        return c.Resend(action.resend.inject, action.resend.channel.value)
    if action.retime is not None:
        return c.Retime(action.retime.inject, action.retime.to)
    if action.edit is not None:
        return c.EditNote(action.edit.note, action.edit.text, action.by)
    raise ExerciseError(f"unknown script action {action.kind!r}")


def _value(channel: Any) -> str | None:
    return channel.value if channel is not None else None
