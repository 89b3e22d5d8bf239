"""Turn pydantic's validation errors into problems a trainer can act on."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from crisis_sim.core.problems import ProblemList
from crisis_sim.core.scenario.errors_fr import description_fr, guess_hint, pydantic_message_fr
from crisis_sim.core.scenario.yamldoc import Path_, YamlDocument
from crisis_sim.core.words import Words

_NO_HINT = Words("", "")
_TOP_LEVEL = "(top level)"


def report_validation_error(
    error: ValidationError,
    model: type[BaseModel],
    base: Path_,
    doc: YamlDocument,
    problems: ProblemList,
) -> None:
    for item in error.errors(include_url=False):
        path = (*base, *item["loc"])
        is_extra = item["type"] == "extra_forbidden"
        line, column = doc.where(path, key=is_extra)
        message, hint = _describe(item, model, item["loc"])
        dotted = _dotted(path)
        dotted_fr = "(premier niveau)" if dotted == _TOP_LEVEL else dotted
        problems.error(
            _code(item["type"]),
            Words(f"{dotted_fr} : {message.fr}", f"{dotted}: {message.en}"),
            line,
            column,
            hint,
        )


def _code(error_type: str) -> str:
    return {"extra_forbidden": "unknown-key", "missing": "missing-key"}.get(error_type, "invalid")


def _dotted(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or _TOP_LEVEL


def _describe(item: dict[str, Any], model: type[BaseModel], loc: Path_) -> tuple[Words, Words]:
    kind, given = item["type"], item.get("input")
    if kind == "extra_forbidden":
        return describe_unknown_key(model, loc)
    if kind == "missing":
        message = Words(
            f"la clé « {loc[-1]} » est obligatoire ici", f"the key '{loc[-1]}' is required here"
        )
        return message, _expected_hint(model, loc)
    english = item["msg"].removeprefix("Value error, ")
    if kind in ("enum", "literal_error"):
        return _bad_choice(english, given)
    if kind == "string_pattern_mismatch":
        message = Words(
            f"« {given} » n'est pas un id ou un code valide", f"'{given}' is not a valid id or code"
        )
        return message, _pattern_hint(loc)
    return Words(pydantic_message_fr(kind, item.get("ctx"), english), english), _NO_HINT


def describe_unknown_key(model: type[BaseModel], loc: Path_) -> tuple[Words, Words]:
    allowed = sorted(_field_names(_model_at(model, loc[:-1])))
    guess = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
    listed = ", ".join(allowed)
    hint = (
        guess_hint(guess[0])
        if guess
        else Words(f"clés permises : {listed}", f"allowed keys: {listed}")
    )
    return Words(f"clé « {loc[-1]} » inconnue", f"unknown key '{loc[-1]}'"), hint


def _bad_choice(message: str, given: Any) -> tuple[Words, Words]:
    choices = [
        c.strip(" '")
        for c in message.removeprefix("Input should be ").replace(" or ", ", ").split(",")
    ]
    guess = difflib.get_close_matches(str(given), choices, n=1, cutoff=0.5)
    hint = guess_hint(guess[0]) if guess else _NO_HINT
    listed = ", ".join(f"« {choice} »" for choice in choices)
    return (
        Words(
            f"« {given} » n'est pas permis ; valeurs possibles : {listed}",
            f"'{given}' is not allowed; {message[0].lower()}{message[1:]}",
        ),
        hint,
    )


def _pattern_hint(loc: Path_) -> Words:
    if "recommendations" in loc:
        return Words(
            "les ids de recommandation ressemblent à ANSSI-HYG-37 (voir assets/catalogue)",
            "recommendation ids look like ANSSI-HYG-37 (see assets/catalogue)",
        )
    if "techniques" in loc:
        return Words(
            "les ids MITRE ATT&CK ressemblent à T1486 ou T1566.001",
            "MITRE ATT&CK ids look like T1486 or T1566.001",
        )
    return Words(
        "les ids sont des mots en minuscules reliés par des tirets, par exemple « etat-civil »",
        "ids are lower-case words joined by dashes, e.g. 'etat-civil'",
    )


def _expected_hint(model: type[BaseModel], loc: Path_) -> Words:
    owner = _model_at(model, loc[:-1])
    field = owner.model_fields.get(str(loc[-1])) if owner else None
    description = field.description or "" if field else ""
    return Words(description_fr(description), description)


def _field_names(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [field.alias or name for name, field in model.model_fields.items()]


def _model_at(model: type[BaseModel] | None, loc: Path_) -> type[BaseModel] | None:
    """The model class that holds the keys found at ``loc`` under ``model``."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            current = _item_type(current)
            continue
        field = _find_field(current, part)
        current = field.annotation if field else None
    return _as_model(current)


def _find_field(model: Any, key: str) -> Any:
    model = _as_model(model)
    if model is None:
        return None
    for name, field in model.model_fields.items():
        if key in (name, field.alias):
            return field
    return None


def _item_type(annotation: Any) -> Any:
    for arg in typing.get_args(_unwrap(annotation)):
        if arg is not Ellipsis:
            return arg
    return None


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        else:
            return annotation


def _as_model(annotation: Any) -> type[BaseModel] | None:
    annotation = _unwrap(annotation)
    is_model = isinstance(annotation, type) and issubclass(annotation, BaseModel)
    return annotation if is_model else None
