"""French for what pydantic and our validators say in English about a scenario's values.

The models, their validators and ``core.gametime`` raise in English (the CLI prints it); the
console shows French, so the messages are matched here by their stable wording. A message not
matched keeps its English text in French too.
"""

from __future__ import annotations

import re
from typing import Any

from crisis_sim.core.words import Words

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

# Our validators' and game time's ValueError messages: (English pattern, French template).
_VALUE_ERRORS_FR: tuple[tuple[str, str], ...] = (
    (
        r"a condition names exactly one of 'node', 'decision' or 'inject'",
        "une condition nomme exactement un élément parmi « node », « decision » ou « inject »",
    ),
    (
        r"a node condition needs 'state:' \(e\.g\. down, degraded\)",
        "une condition sur un nœud a besoin de « state: » (par exemple down, degraded)",
    ),
    (
        r"'taken: false' needs 'by:' the time when the absence is judged",
        "« taken: false » a besoin de « by: », l'heure à laquelle l'absence est jugée",
    ),
    (
        r"give either 'at:' \(timed\) or 'when:' \(conditional\), not both",
        "donner soit « at: » (à heure fixe), soit « when: » (conditionnel), pas les deux",
    ),
    (
        r"an inject needs 'at:' or 'when:', or 'reserve: true'",
        "un inject a besoin de « at: » ou de « when: », ou de « reserve: true »",
    ),
    (
        r"a precondition is one of 'decision', 'not_decision', 'node' \(with 'state'\) "
        r"or 'after'",
        "une précondition est l'une de « decision », « not_decision », « node » "
        "(avec « state ») ou « after »",
    ),
    (r"'node' and 'state' go together", "« node » et « state » vont ensemble"),
    (r"each effect is one of: (.+)", r"chaque effet est l'un de : \1"),
    (
        r"evidence is one of 'decision', 'reaction' or 'fallback'",
        "une preuve est l'une de « decision », « reaction » ou « fallback »",
    ),
    (
        r"give the text in French \(fr:\) or English \(en:\), or both",
        "donner le texte en français (fr:) ou en anglais (en:), ou les deux",
    ),
    (r"'(.*)' is not a percentage such as '30%'", r"« \1 » n'est pas un pourcentage comme « 30% »"),
    (
        r"give either 'node: ID' or 'any_of: \[ID, \.\.\.\]', not both or neither",
        "donner soit « node: ID », soit « any_of: [ID, ...] », ni les deux ni aucun",
    ),
    (r"'at_least' only goes with 'any_of'", "« at_least » ne va qu'avec « any_of »"),
    (
        r"at_least is (\S+) but any_of lists only (\d+) nodes",
        r"at_least vaut \1 mais any_of ne liste que \2 nœuds",
    ),
    (
        r"expected a duration such as '2h30', got (.*)",
        r"une durée comme « 2h30 » est attendue, pas \1",
    ),
    (
        r"a duration needs a unit: write '(.*)min' or '.*h', not (.*)",
        r"une durée a besoin d'une unité : écrire « \1min » ou « \1h », pas \2",
    ),
    (
        r"'(.*)': minutes after 'h' must be below 60",
        r"« \1 » : les minutes après « h » doivent être inférieures à 60",
    ),
    (
        r"'(.*)' is not a duration; write it like '2h30', '45min', '3j' or '1j 12h'",
        r"« \1 » n'est pas une durée ; l'écrire comme « 2h30 », « 45min », « 3j » ou « 1j 12h »",
    ),
    (
        r"'(.*)' is not a game time; write it like 'J\+1 09:00', 'H\+2', 'J\+1 H\+2 M-5' "
        r"or an offset such as '2h30'",
        r"« \1 » n'est pas une heure de jeu ; l'écrire comme « J+1 09:00 », « H+2 », "
        r"« J+1 H+2 M-5 » ou un décalage comme « 2h30 »",
    ),
    (
        r"'(.*)': cannot read '(.*)'; use J\+n \(days\), H\+n \(hours\), M\+n \(minutes\) "
        r"and optionally a clock time such as 09:00",
        r"« \1 » : impossible de lire « \2 » ; utiliser J+n (jours), H+n (heures), "
        r"M+n (minutes) et éventuellement une heure comme 09:00",
    ),
    (
        r"'(.*)': (\d+:\d+) is not a time of day",
        r"« \1 » : \2 n'est pas une heure de la journée",
    ),  # The play script's actions (core/exercise/playscript.py).
    (
        r"write 'pause: true' or a real duration such as 'pause: 20min'",
        "écrire « pause: true » ou une vraie durée comme « pause: 20min »",
    ),
    (
        r"each item does exactly one of: (.+)",
        r"chaque élément fait exactement une action parmi : \1",
    ),
    (
        r"'channel' goes with 'deliver' \(use 'resend' to re-send\)",
        "« channel » va avec « deliver » (utiliser « resend » pour renvoyer)",
    ),
    (r"'(.*)' needs 'by:', the role who acts", r"« \1 » a besoin de « by: », le rôle qui agit"),
    (r"write '(.*): true'", r"écrire « \1: true »"),
    (
        r"'jump' needs 'at:', the time to jump to",
        "« jump » a besoin de « at: », l'heure où aller",
    ),
)

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
        return value_error_fr(english)
    template = _PYDANTIC_FR.get(kind)
    if template is None:
        return english
    try:
        return template.format(**(ctx or {}))
    except (KeyError, IndexError):
        return english


def value_error_fr(english: str) -> str:
    for pattern, french in _VALUE_ERRORS_FR:
        match = re.fullmatch(pattern, english)
        if match:
            return match.expand(french)
    return english


def description_fr(english: str) -> str:
    if match := _FORMAT_HINT.fullmatch(english):
        return f"Version du format de scénario ; ce programme lit la version {match[1]}."
    return _DESCRIPTIONS_FR.get(english, english)
