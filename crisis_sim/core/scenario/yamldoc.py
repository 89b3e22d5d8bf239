"""Read a YAML file safely into plain data plus the line and column of every key and value.

Safety: only the plain YAML types (no tags that build Python objects), a size limit, a limit on
the number of nodes after alias expansion (alias bombs), and duplicate keys refused. Implicit
typing is narrowed to what a trainer means: ``no``, ``on`` and ``09:00`` stay strings, dates stay
strings for the model to parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from crisis_sim.core.problems import ProblemList, Text
from crisis_sim.core.words import Words

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
UTF8_BOM = b"\xef\xbb\xbf"

Path_ = tuple[str | int, ...]


# libyaml's parser is about ten times faster than the pure-Python one on a large scenario.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TrainerLoader(_SAFE_LOADER):  # type: ignore[misc, valid-type]
    """SafeLoader with YAML 1.2-like implicit types: only true/false, numbers and null."""


_TrainerLoader.yaml_implicit_resolvers = {}
for _tag, _regexp, _first in (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9_]*)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?$",
        "-+0123456789",
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    _TrainerLoader.add_implicit_resolver(_tag, re.compile(_regexp), list(_first))

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


@dataclass
class YamlDocument:
    """Plain data from a YAML file, and where each piece of it stands in the file."""

    path: Path
    data: Any
    value_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of the value at ``path``, or of its nearest ancestor."""
        marks = self.key_marks if key else self.value_marks
        for depth in range(len(path), -1, -1):
            prefix = tuple(path[:depth])
            if prefix in marks:
                return marks[prefix]
            if prefix in self.value_marks:
                return self.value_marks[prefix]
        return (1, 1)


class _RefusedError(Exception):
    def __init__(self, message: Words, mark: yaml.Mark | None, hint: Text = "") -> None:
        super().__init__(message.en)
        self.message, self.mark, self.hint = message, mark, hint


def read_yaml(path: Path, problems: ProblemList, *, text: str | None = None) -> YamlDocument | None:
    """The document at ``path`` (or ``text``, named after ``path``), or None with the reasons
    added to ``problems``."""
    text = _read_text(path, problems) if text is None else _with_content(text, problems)
    if text is None:
        return None
    try:
        return _compose(path, text)
    except _RefusedError as refused:
        line, column = _position(refused.mark)
        problems.error("yaml", refused.message, line, column, refused.hint)
    except yaml.MarkedYAMLError as error:
        problems.error("yaml", *_describe_yaml_error(error, text))
    except yaml.YAMLError as error:
        problems.error(
            "yaml", Words(f"YAML non valide : {error}", f"not valid YAML: {error}"), 1, 1
        )
    return None


def _read_text(path: Path, problems: ProblemList) -> str | None:
    raw = _read_bytes(path, problems)
    if raw is None:
        return None
    if raw.startswith(UTF8_BOM):
        problems.warning(
            "bom",
            Words(
                "le fichier commence par une marque d'ordre des octets UTF-8 (BOM) ; "
                "elle a été ignorée",
                "the file starts with a UTF-8 byte-order mark; it was ignored",
            ),
            1,
            1,
            Words(
                "certains éditeurs Windows l'ajoutent ; l'enregistrer en « UTF-8 » sans BOM "
                "la retire",
                "some Windows editors add it; saving as 'UTF-8' without BOM removes it",
            ),
        )
        raw = raw[len(UTF8_BOM) :]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.error(
            "encoding",
            Words("le fichier est en UTF-16, pas en UTF-8", "the file is in UTF-16, not UTF-8"),
            1,
            1,
            Words(
                "enregistrer le fichier avec l'encodage UTF-8",
                "save the file with the UTF-8 encoding",
            ),
        )
        return None
    return _decode(raw, problems)


def _read_bytes(path: Path, problems: ProblemList) -> bytes | None:
    if path.is_dir():
        problems.error(
            "file",
            Words(
                f"« {path} » est un dossier, pas un fichier de scénario",
                f"'{path}' is a folder, not a scenario file",
            ),
            hint=Words(
                "donner le chemin d'un fichier .yaml qu'il contient",
                "give the path of a .yaml file inside it",
            ),
        )
        return None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.error(
                "file",
                Words(
                    f"le fichier est trop gros ({size // 1024 // 1024} Mo ; la "
                    f"limite est de {MAX_FILE_BYTES // 1024 // 1024} Mo)",
                    f"the file is too large ({size // 1024 // 1024} MB; the "
                    f"limit is {MAX_FILE_BYTES // 1024 // 1024} MB)",
                ),
                hint=Words(
                    "un scénario est du texte ; vérifier que c'est le bon fichier",
                    "a scenario is text; check that this is the right file",
                ),
            )
            return None
        return path.read_bytes()
    except FileNotFoundError:
        problems.error(
            "file",
            Words(f"fichier introuvable : « {path} »", f"no such file: '{path}'"),
            hint=Words(
                "vérifier le chemin, ou donner l'id d'un scénario fourni",
                "check the path, or give the id of a bundled scenario",
            ),
        )
    except OSError as error:
        problems.error(
            "file",
            Words(
                f"impossible de lire « {path} » : {error.strerror}",
                f"cannot read '{path}': {error.strerror}",
            ),
        )
    return None


def _decode(raw: bytes, problems: ProblemList) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        problems.error(
            "encoding",
            Words("le fichier n'est pas du texte UTF-8", "the file is not UTF-8 text"),
            line,
            column,
            Words(
                "enregistrer le fichier avec l'encodage UTF-8 (pas Latin-1 ni Windows-1252)",
                "save the file with the UTF-8 encoding (not Latin-1 or Windows-1252)",
            ),
        )
        return None
    return _with_content(text, problems)


def _with_content(text: str, problems: ProblemList) -> str | None:
    if not text.strip():
        problems.error(
            "empty",
            Words("le fichier est vide", "the file is empty"),
            1,
            1,
            Words(
                "partir de l'exemple de docs/scenario-format.md",
                "start from the example in docs/scenario-format.md",
            ),
        )
        return None
    return text


def _compose(path: Path, text: str) -> YamlDocument:
    loader = _TrainerLoader(text)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    if root is None:
        raise _RefusedError(
            Words("le fichier ne contient aucun document YAML", "the file holds no YAML document"),
            None,
        )
    document = YamlDocument(path, None)
    document.data = _Builder(loader, document).build(root, ())
    return document


class _Builder:
    """Turns YAML nodes into plain data while recording marks and counting expanded nodes."""

    def __init__(self, loader: _TrainerLoader, document: YamlDocument) -> None:
        self.loader, self.document, self.count = loader, document, 0

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _RefusedError(
                Words(
                    f"le document se développe en plus de {MAX_NODES} valeurs",
                    f"the document expands to more than {MAX_NODES} values",
                ),
                node.start_mark,
                Words(
                    "les alias (*nom) qui répètent de nombreuses fois de grands blocs sont refusés",
                    "aliases (*name) that repeat large blocks many times are refused",
                ),
            )
        self.document.value_marks[path] = _position(node.start_mark)
        if node.tag not in _PLAIN_TAGS:
            raise _RefusedError(
                Words(
                    f"l'étiquette « {node.tag} » n'est pas permise dans un scénario",
                    f"the tag '{node.tag}' is not allowed in a scenario",
                ),
                node.start_mark,
                Words(
                    "retirer l'étiquette « ! » ; un scénario ne contient que du texte, "
                    "des nombres et des listes",
                    "remove the '!' tag; scenarios hold plain text, numbers and lists",
                ),
            )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        self.loader.flatten_mapping(node)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key in result:
                raise _RefusedError(
                    Words(
                        f"la clé « {key} » apparaît deux fois dans le même bloc",
                        f"the key '{key}' appears twice in the same block",
                    ),
                    key_node.start_mark,
                    Words("n'en garder qu'une", "keep only one of them"),
                )
            self.document.key_marks[(*path, key)] = _position(key_node.start_mark)
            result[key] = self.build(value_node, (*path, key))
        return result

    def _key(self, key_node: yaml.Node) -> str:
        if not isinstance(key_node, yaml.ScalarNode):
            raise _RefusedError(
                Words("une clé doit être un simple mot", "a key must be a plain word"),
                key_node.start_mark,
            )
        key = self.loader.construct_object(key_node)
        return key if isinstance(key, str) else str(key)


def _position(mark: yaml.Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _describe_yaml_error(error: yaml.MarkedYAMLError, text: str) -> tuple[Words, int, int, Words]:
    mark = error.problem_mark or error.context_mark
    line, column = _position(mark)
    problem = error.problem or str(error)
    if _tab_near(text, line):
        return (
            Words("une tabulation sert à l'indentation", "a tab character is used for indentation"),
            line,
            column,
            Words(
                "YAML n'indente qu'avec des espaces ; remplacer la tabulation par des espaces",
                "YAML indents with spaces only; replace the tab with spaces",
            ),
        )
    if "mapping values are not allowed" in problem:
        return (
            Words(
                "un « : » apparaît là où YAML n'attendait pas de nouvelle clé",
                "a ':' appears where YAML did not expect a new key",
            ),
            line,
            column,
            Words(
                "vérifier l'indentation de cette ligne, ou mettre le texte entre guillemets",
                "check the indentation of this line, or put the text in quotes",
            ),
        )
    if "block" in (error.context or "") and "expected" in problem:
        return (
            Words(
                f"l'indentation est incohérente ici ({problem})",
                f"the indentation is inconsistent here ({problem})",
            ),
            line,
            column,
            Words(
                "les éléments d'une même liste ou d'un même bloc doivent commencer "
                "à la même colonne",
                "items of the same list or block must start in the same column",
            ),
        )
    context = f" {error.context}" if error.context else ""
    return (
        Words(f"YAML non valide : {problem}{context}", f"not valid YAML: {problem}{context}"),
        line,
        column,
        Words(
            "vérifier aussi la ligne du dessus ; une erreur YAML commence souvent "
            "une ligne plus tôt",
            "check the line above too; YAML errors often start one line earlier",
        ),
    )


def _tab_near(text: str, line: int) -> bool:
    """Whether the line YAML stopped at is indented with a tab (libyaml does not say so)."""
    lines = text.splitlines()
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    return "\t" in current[: len(current) - len(current.lstrip())]
