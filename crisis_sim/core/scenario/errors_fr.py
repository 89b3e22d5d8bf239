"""French for what pydantic and our validators say in English about a scenario's values.

Our validators and ``core.gametime`` raise ``BilingualValueError`` with both languages at the
place they are found; pydantic's own error types are worded here from their context, and the
field descriptions given as hints are matched by their text. A message without French keeps
its English text in French too.
"""

from __future__ import annotations

import re
from typing import Any

from crisis_sim.core.words import BilingualValueError, Words

# Pydantic error types, worded from the error's ctx.
_PYDANTIC_FR: dict[str, str] = {
    "int_parsing": "un nombre entier est attendu",
    "int_type": "un nombre entier est attendu",
    "int_from_float": "un nombre entier est attendu, sans décimales",
    "float_parsing": "un nombre est attendu",
    "float_type": "un nombre est attendu",
    "bool_parsing": "true ou false est attendu",
    "bool_type": "true ou false est attendu",
    "string_type": "du texte est attendu",
    "list_type": "une liste est attendue",
    "tuple_type": "une liste est attendue",
    "set_type": "une liste est attendue",
    "dict_type": "un bloc de clés est attendu",
    "model_type": "un bloc de clés est attendu",
    "model_attributes_type": "un bloc de clés est attendu",
    "datetime_parsing": "une date et heure est attendue, comme 2021-01-15T23:00:00+01:00",
    "datetime_from_date_parsing": (
        "une date et heure est attendue, comme 2021-01-15T23:00:00+01:00"
    ),
    "datetime_type": "une date et heure est attendue, comme 2021-01-15T23:00:00+01:00",
    "date_parsing": "une date est attendue, comme 2021-01-15",
    "date_from_datetime_parsing": "une date est attendue, comme 2021-01-15",
    "date_type": "une date est attendue, comme 2021-01-15",
    "timezone_aware": "l'heure doit préciser son fuseau horaire, comme +01:00",
    "greater_than": "la valeur doit être supérieure à {gt}",
    "greater_than_equal": "la valeur doit être supérieure ou égale à {ge}",
    "less_than": "la valeur doit être inférieure à {lt}",
    "less_than_equal": "la valeur doit être inférieure ou égale à {le}",
    "too_short": "au moins {min_length} élément(s) attendu(s), {actual_length} donné(s)",
    "too_long": "au plus {max_length} élément(s) attendu(s), {actual_length} donné(s)",
    "string_too_short": "le texte doit compter au moins {min_length} caractère(s)",
    "string_too_long": "le texte doit compter au plus {max_length} caractère(s)",
}

# Field descriptions given as the hint of a missing key (required fields only).
_DESCRIPTIONS_FR: dict[str, str] = {
    "e.g. ransomware, defacement, denial of service, data theft.": (
        "par exemple rançongiciel, défiguration, déni de service, vol de données."
    ),
    "A readable id: lower-case letters, digits and dashes, e.g. 'etat-civil'.": (
        "Un id lisible : lettres minuscules, chiffres et tirets, par exemple « etat-civil »."
    ),
    "Text as {fr: ..., en: ...}; a plain string counts as French.": (
        "Texte sous la forme {fr: ..., en: ...} ; un simple texte compte comme du français."
    ),
    "The business function or public service it keeps alive.": (
        "La fonction métier ou le service public qu'elle fait tenir."
    ),
    "Made ready before the crisis (printed, stocked, trained).": (
        "Préparée avant la crise (imprimée, stockée, agents formés)."
    ),
    "Delay from the function's loss (or the decision) to the fallback working, when prepared.": (
        "Délai entre la perte de la fonction (ou la décision) et la solution de repli "
        "en marche, quand elle est préparée."
    ),
    "Share of normal service kept, e.g. '30%'.": (
        "Part du service normal maintenue, par exemple « 30% »."
    ),
    "The persona (or role) who sends it.": "Le persona (ou le rôle) qui l'envoie.",
    "Roles it is addressed to.": "Les rôles à qui il est adressé.",
    "Planned length of play, from DEBEX to FINEX.": ("Durée de jeu prévue, du DEBEX à la FINEX."),
    "DEBEX: date, time and time zone, e.g. 2021-01-15T23:00:00+01:00.": (
        "DEBEX : date, heure et fuseau horaire, par exemple 2021-01-15T23:00:00+01:00."
    ),
    "Deadline after the inject is delivered.": "Délai après la remise de l'inject.",
}

_FORMAT_HINT = re.compile(r"Scenario format version; this program reads (\S+)\.")


def guess_hint(guess: str) -> Words:
    return Words(f"vouliez-vous dire « {guess} » ?", f"did you mean '{guess}'?")


def pydantic_message_fr(kind: str, ctx: dict[str, Any] | None, english: str) -> str:
    """French for a pydantic error of type ``kind``; the English when there is none."""
    if kind == "value_error":
        error = (ctx or {}).get("error")
        return error.reason.fr if isinstance(error, BilingualValueError) else english
    template = _PYDANTIC_FR.get(kind)
    if template is None:
        return english
    try:
        return template.format(**(ctx or {}))
    except (KeyError, IndexError):
        return english


def description_fr(english: str) -> str:
    if match := _FORMAT_HINT.fullmatch(english):
        return f"Version du format de scénario ; ce programme lit la version {match[1]}."
    return _DESCRIPTIONS_FR.get(english, english)
