"""The session journal: JSON Lines, one command per line, each line flushed and fsynced.

Line 1 is the header: the journal format, the scenario's id, content hash and full YAML text
(so a finished session file can be replayed and debriefed without the original file), the
seed, the initial speed, and the play script when the session was scripted. Every following
line is ``{"seq": n, "real_ms": stamp, "command": {...}, "tag": ...}``. Keys are sorted and
nothing in a line depends on the machine or the wall clock: the same inputs give the same
bytes.

A crash can cut the last line short; reading then drops that line with a warning. Any other
damage is an error: a journal that cannot be trusted is not replayed.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crisis_sim.core.exercise.commands import Command, command_from_json, command_to_json
from crisis_sim.core.exercise.errors import JournalError
from crisis_sim.core.exercise.words import Words

JOURNAL_FORMAT = "crisis-sim-session"
JOURNAL_VERSION = 1


@dataclass(frozen=True)
class EmbeddedText:
    """A file carried inside the journal, with the SHA-256 of its bytes."""

    text: str
    sha256: str

    @classmethod
    def of_bytes(cls, raw: bytes) -> EmbeddedText:
        return cls(raw.decode("utf-8"), hashlib.sha256(raw).hexdigest())

    def intact(self) -> bool:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest() == self.sha256


@dataclass(frozen=True)
class Header:
    scenario_id: str
    scenario: EmbeddedText
    seed: int
    speed: int
    script: EmbeddedText | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": JOURNAL_FORMAT,
            "version": JOURNAL_VERSION,
            "scenario_id": self.scenario_id,
            "scenario_sha256": self.scenario.sha256,
            "scenario_yaml": self.scenario.text,
            "seed": self.seed,
            "speed": self.speed,
            "script_sha256": self.script.sha256 if self.script else None,
            "script_yaml": self.script.text if self.script else None,
        }

    @classmethod
    def from_json(cls, data: Any, path: Path) -> Header:
        if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
            raise JournalError(
                Words(
                    f"{path} n'est pas un journal de session de crisis-sim",
                    f"{path} is not a crisis-sim session journal",
                )
            )
        if data.get("version") != JOURNAL_VERSION:
            raise JournalError(
                Words(
                    f"{path} est un journal de session de version {data.get('version')} ; "
                    f"ce programme lit la version {JOURNAL_VERSION}",
                    f"{path} is a session journal of version {data.get('version')}; "
                    f"this program reads version {JOURNAL_VERSION}",
                )
            )
        try:
            script = None
            if data["script_yaml"] is not None:
                script = EmbeddedText(data["script_yaml"], data["script_sha256"])
            header = cls(
                data["scenario_id"],
                EmbeddedText(data["scenario_yaml"], data["scenario_sha256"]),
                int(data["seed"]),
                int(data["speed"]),
                script,
            )
        except (KeyError, TypeError, ValueError) as error:
            raise JournalError(
                Words(
                    f"{path} : l'en-tête du journal est incomplet ({error})",
                    f"{path}: the journal header is incomplete ({error})",
                )
            ) from None
        if not header.scenario.intact() or (script is not None and not script.intact()):
            raise JournalError(
                Words(
                    f"{path} : les textes de l'en-tête du journal ne correspondent pas à leurs "
                    "empreintes",
                    f"{path}: the texts in the journal header do not match their hashes",
                )
            )
        return header


@dataclass(frozen=True)
class Entry:
    """One journal line after the header."""

    seq: int
    real_ms: int
    command: Command
    tag: Any = None


@dataclass
class JournalContents:
    header: Header
    entries: list[Entry]
    warnings: list[str] = field(default_factory=list)
    good_bytes: int = 0  # length of the file up to the end of the last complete line


def encode_line(data: dict[str, Any]) -> bytes:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


class JournalWriter:
    """Appends commands to a journal file; each line reaches the disk before the command runs."""

    def __init__(self, path: Path, next_seq: int) -> None:
        self.path = path
        self._next_seq = next_seq
        self._file = path.open("ab")

    @classmethod
    def create(cls, path: Path, header: Header) -> JournalWriter:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise JournalError(_cannot_create(path, error)) from None
        try:
            with path.open("xb") as file:
                _write_synced(file, encode_line(header.to_json()))
        except FileExistsError:
            raise JournalError(
                Words(
                    f"{path} existe déjà ; reprenez-le, ou choisissez un autre fichier",
                    f"{path} already exists; resume it, or choose another file",
                )
            ) from None
        except OSError as error:
            raise JournalError(_cannot_create(path, error)) from None
        _sync_directory(path.parent)
        return cls(path, 1)

    @classmethod
    def reopen(cls, path: Path, contents: JournalContents) -> JournalWriter:
        """Continue a journal after its last complete line (a torn tail is cut off)."""
        try:
            with path.open("r+b") as file:
                file.truncate(contents.good_bytes)
                file.flush()
                os.fsync(file.fileno())
            return cls(path, len(contents.entries) + 1)
        except OSError as error:
            raise JournalError(_cannot_write(path, error)) from None

    def append(self, command: Command, real_ms: int, tag: Any) -> None:
        line = {"seq": self._next_seq, "real_ms": real_ms, "command": command_to_json(command)}
        if tag is not None:
            line["tag"] = tag
        try:
            _write_synced(self._file, encode_line(line))
        except OSError as error:
            raise JournalError(_cannot_write(self.path, error)) from None
        self._next_seq += 1

    def close(self) -> None:
        self._file.close()


def _write_synced(file: Any, data: bytes) -> None:
    file.write(data)
    file.flush()
    os.fsync(file.fileno())


def _sync_directory(folder: Path) -> None:
    # The new file's name must reach the disk too, or a crash could lose the whole file.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some systems cannot open folders; the file itself is synced
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_journal(path: Path) -> JournalContents:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise JournalError(
            Words(f"aucun fichier de session « {path} »", f"no session file '{path}'")
        ) from None
    except OSError as error:
        raise JournalError(
            Words(
                f"impossible de lire « {path} » : {error.strerror}",
                f"cannot read '{path}': {error.strerror}",
            )
        ) from None
    lines = raw.split(b"\n")
    torn = lines.pop()  # after the last newline: empty unless the last write was cut short
    warnings, good_bytes = [], len(raw) - len(torn)
    if not lines:
        raise JournalError(
            Words(
                f"{path} n'a pas de ligne d'en-tête complète : la session s'est arrêtée avant "
                "de commencer ; supprimez le fichier et recommencez",
                f"{path} has no complete header line: the session stopped before it began; "
                "delete the file and start again",
            )
        )
    header = Header.from_json(_parse(lines[0], path, 1), path)
    entries = []
    for number, line in enumerate(lines[1:], start=2):
        try:
            entries.append(_entry(_parse(line, path, number), path, number, len(entries) + 1))
        except JournalError:
            if number != len(lines):
                raise
            # A complete-looking last line that does not parse: also a torn write.
            good_bytes -= len(line) + 1
            torn = line
    if torn:
        warnings.append(
            f"{path}: the last line was cut off (the program stopped while writing it); "
            "it was ignored, so the last action before the stop is lost"
        )
    return JournalContents(header, entries, warnings, good_bytes)


def _parse(line: bytes, path: Path, number: int) -> Any:
    try:
        return json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise JournalError(
            Words(
                f"{path}:{number} : cette ligne est abîmée",
                f"{path}:{number}: this line is damaged",
            )
        ) from None


def _entry(data: Any, path: Path, number: int, expected_seq: int) -> Entry:
    if not isinstance(data, dict) or data.get("seq") != expected_seq:
        raise JournalError(
            Words(
                f"{path}:{number} : la commande numéro {expected_seq} était attendue ; des "
                "lignes manquent ou sont dans le désordre",
                f"{path}:{number}: expected command number {expected_seq}; lines are missing "
                "or out of order",
            )
        )
    real_ms = data.get("real_ms")
    if not isinstance(real_ms, int) or isinstance(real_ms, bool):
        raise JournalError(
            Words(
                f"{path}:{number} : l'horodatage en temps réel manque",
                f"{path}:{number}: the real-time stamp is missing",
            )
        )
    try:
        command = command_from_json(data.get("command"))
    except JournalError as error:
        reason = error.reason
        raise JournalError(
            Words(f"{path}:{number} : {reason.fr}", f"{path}:{number}: {reason.en}")
        ) from None
    return Entry(expected_seq, real_ms, command, data.get("tag"))


def _cannot_create(path: Path, error: OSError) -> Words:
    return Words(
        f"impossible de créer {path} : {error.strerror}", f"cannot create {path}: {error.strerror}"
    )


def _cannot_write(path: Path, error: OSError) -> Words:
    return Words(
        f"impossible d'écrire dans {path} : {error.strerror}",
        f"cannot write to {path}: {error.strerror}",
    )
