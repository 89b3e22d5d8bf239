"""Where session files live, and how a session is created, resumed or reopened.

Resuming replays the journal's commands into a fresh Session: the state it reaches is the
state the session had when it stopped, because the core is deterministic and every change
went through a journaled command.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from crisis_sim.core.exercise import commands as c
from crisis_sim.core.exercise.errors import ExerciseError, JournalError, ScenarioMismatchError
from crisis_sim.core.exercise.journal import (
    EmbeddedText,
    Entry,
    Header,
    JournalContents,
    JournalWriter,
    read_journal,
)
from crisis_sim.core.exercise.session import Session
from crisis_sim.core.exercise.words import Words
from crisis_sim.core.scenario.loader import load_scenario
from crisis_sim.core.scenario.model import Scenario

DATA_DIR_VARIABLE = "CRISIS_SIM_DATA_DIR"
SESSION_SUFFIX = ".session.jsonl"


def data_dir(override: Path | str | None = None) -> Path:
    """The user's crisis-sim data folder: the argument, $CRISIS_SIM_DATA_DIR, or the XDG one."""
    if override is not None:
        return Path(override)
    if os.environ.get(DATA_DIR_VARIABLE):
        return Path(os.environ[DATA_DIR_VARIABLE])
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return base / "crisis-sim"


def sessions_dir(override: Path | str | None = None) -> Path:
    return data_dir(override) / "sessions"


def new_session_path(scenario_id: str, override: Path | str | None = None) -> Path:
    """The first free ``<scenario>-NNN.session.jsonl`` in the sessions folder."""
    folder = sessions_dir(override)
    number = 1
    while (folder / f"{scenario_id}-{number:03d}{SESSION_SUFFIX}").exists():
        number += 1
    return folder / f"{scenario_id}-{number:03d}{SESSION_SUFFIX}"


@dataclass
class OpenedSession:
    session: Session
    header: Header
    warnings: list[str] = field(default_factory=list)


def embed_scenario(scenario: Scenario) -> EmbeddedText:
    """The scenario file's text, refusing a file changed on disk since it was loaded."""
    if scenario.source_path is None:
        raise ExerciseError(
            Words(
                "le scénario n'a pas été chargé d'un fichier ; il ne peut pas être journalisé",
                "the scenario was not loaded from a file; it cannot be journaled",
            )
        )
    try:
        raw = scenario.source_path.read_bytes()
    except OSError as error:
        source, why = scenario.source_path, error.strerror
        raise ExerciseError(
            Words(f"impossible de lire {source} : {why}", f"cannot read {source}: {why}")
        ) from None
    text = EmbeddedText.of_bytes(raw)
    if text.sha256 != scenario.content_hash:
        raise ExerciseError(
            Words(
                f"{scenario.source_path} a changé sur le disque depuis son chargement ; "
                "chargez-le à nouveau",
                f"{scenario.source_path} changed on disk since it was loaded; load it again",
            )
        )
    return text


def create_session(
    scenario: Scenario,
    path: Path,
    *,
    seed: int | None = None,
    speed: int = 1,
    script: EmbeddedText | None = None,
) -> Session:
    """A new session whose every command is journaled to ``path`` (which must not exist)."""
    seed = scenario.meta.seed if seed is None else seed
    header = Header(scenario.id, embed_scenario(scenario), seed, speed, script)
    session = Session(scenario, seed=seed, speed=speed)  # validates the speed first
    session.journal = JournalWriter.create(path, header)
    return session


def session_scenario(path: Path) -> Scenario:
    """The scenario a session file carries (to read times before replaying it)."""
    header = read_journal(path).header
    return scenario_from_text(header.scenario, header.scenario_id)


def open_session(
    path: Path, scenario: Scenario | None = None, *, until: int | None = None
) -> OpenedSession:
    """Replay a session file read-only (to look at it or debrief it), up to game time
    ``until`` if given: the state it had when its game clock showed that time."""
    contents = read_journal(path)
    session = _replay(contents, path, _scenario_for(contents.header, scenario), until)
    return OpenedSession(session, contents.header, contents.warnings)


def resume_session(path: Path, scenario: Scenario | None = None) -> OpenedSession:
    """Replay a session file, then keep journaling to it from where it stopped."""
    contents = read_journal(path)
    session = _replay(contents, path, _scenario_for(contents.header, scenario))
    session.journal = JournalWriter.reopen(path, contents)
    return OpenedSession(session, contents.header, contents.warnings)


def _scenario_for(header: Header, scenario: Scenario | None) -> Scenario:
    if scenario is None:
        return scenario_from_text(header.scenario, header.scenario_id)
    if scenario.content_hash != header.scenario.sha256:
        scenario_id, source = header.scenario_id, scenario.source_path
        raise ScenarioMismatchError(
            Words(
                f"cette session a été enregistrée avec une autre version du scénario "
                f"« {scenario_id} » (le fichier a changé depuis) ; elle ne peut pas être reprise "
                f"avec {source}. Reprenez-la sans nommer le scénario : le fichier de session "
                "contient la version avec laquelle elle a été jouée",
                f"this session was recorded with another version of the scenario "
                f"'{scenario_id}' (the file changed since); it cannot be resumed with "
                f"{source}. Resume it without naming the scenario: the session "
                "file carries the version it was played with",
            )
        )
    return scenario


def _replay(
    contents: JournalContents, path: Path, scenario: Scenario, until: int | None = None
) -> Session:
    header = contents.header
    session = Session(scenario, seed=header.seed, speed=header.speed)
    for number, entry in enumerate(contents.entries, start=2):
        try:
            if until is not None and _moves_past(session, entry.command, until):
                _stop_at(session, entry, until)
                break
            session.apply(entry.command, entry.real_ms, tag=entry.tag)
        except ExerciseError as error:
            kind, why = entry.command.KIND, error.reason
            raise JournalError(
                Words(
                    f"{path}:{number} : la commande enregistrée « {kind} » est refusée à la "
                    f"relecture ({why.fr}) ; la session a-t-elle été enregistrée par une autre "
                    "version de crisis-sim ?",
                    f"{path}:{number}: the recorded command '{kind}' is refused on "
                    f"replay ({why.en}); was the session recorded by another version of "
                    "crisis-sim?",
                )
            ) from None
    return session


def _moves_past(session: Session, command: c.Command, until: int) -> bool:
    if isinstance(command, c.Advance):
        return session.clock.target_after(command.real_ms)[0] > until
    if isinstance(command, c.JumpTo):
        return command.t > until
    if isinstance(command, c.JumpToNextInject):
        return session.rules.next_inject_time() > until
    return False


def _stop_at(session: Session, entry: Entry, until: int) -> None:
    """Play the part of a time-moving command that ends at ``until``."""
    if isinstance(entry.command, c.Advance):
        real_ms = session.clock.real_ms_until(until)
        session.apply(c.Advance(real_ms), session.real_ms + real_ms)
    else:
        session.apply(c.JumpTo(until), entry.real_ms)


def scenario_from_text(text: EmbeddedText, scenario_id: str) -> Scenario:
    """Load the scenario a journal carries, as the loader would load its original file.

    Its attachments stayed next to the original file and playing the session does not need
    them, so they are not looked for."""
    path = Path(f"{scenario_id}.yaml")
    result = load_scenario(path, text=text.text, verify_attachments=False)
    if result.scenario is None:
        errors = "; ".join(p.message for p in result.problems if p.severity.value == "error")
        raise JournalError(
            Words(
                f"le scénario enregistré dans la session ne se charge pas : {errors}",
                f"the scenario carried by the session does not load: {errors}",
            )
        )
    return result.scenario
