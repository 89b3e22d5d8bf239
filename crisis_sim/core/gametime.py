"""Game time: durations like ``2h30`` and exercise times like ``J+1 09:00`` or ``J+1 H+2 M-5``.

Game time is an integer number of seconds since T0 (DEBEX). Integers keep every computation
exact and every replay byte-identical; an exercise never needs less than a second.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from crisis_sim.core.words import BilingualValueError, Words

MINUTE = 60
HOUR = 60 * MINUTE
DAY = 24 * HOUR

_UNIT_SECONDS = {
    "j": DAY,
    "d": DAY,
    "jours": DAY,
    "jour": DAY,
    "days": DAY,
    "day": DAY,
    "h": HOUR,
    "min": MINUTE,
    "mn": MINUTE,
    "m": MINUTE,
    "s": 1,
}
_DURATION_PART = re.compile(r"(\d+)\s*(jours|jour|days|day|min|mn|j|d|h|m|s)", re.IGNORECASE)
# "2h30" is how French speakers write two and a half hours: a bare number after hours is minutes.
_HOURS_SHORTHAND = re.compile(r"(\d+)\s*h\s*(\d{1,2})$", re.IGNORECASE)
_RELATIVE_TOKEN = re.compile(r"^([JHM])\s*([+-])\s*(\d+)$", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d{1,2})[:hH](\d{2})$")

DURATION_PATTERN = r"^(?=\s*\d)\s*(\d+\s*[a-zA-Z]+\s*)*(\d+\s*h\s*\d{1,2})?\s*$|^0$"
GAME_TIME_PATTERN = r"^\s*([JjHhMm]\s*[+-]\s*\d+\s*)+(\d{1,2}[:hH]\d{2})?\s*$|" + DURATION_PATTERN


class TimeFormatError(BilingualValueError):
    """A duration or game time a trainer wrote that cannot be read."""


def parse_duration(text: str | int) -> int:
    """Seconds in ``2h30``, ``45min``, ``3j``, ``1j 12h``, ``90s``; ``0`` alone is allowed."""
    if isinstance(text, bool) or not isinstance(text, (str, int)):
        raise TimeFormatError(
            Words(
                f"une durée comme « 2h30 » est attendue, pas {text!r}",
                f"expected a duration such as '2h30', got {text!r}",
            )
        )
    if isinstance(text, int) or text.strip().isdigit():
        if int(text) == 0:
            return 0
        raise TimeFormatError(
            Words(
                f"une durée a besoin d'une unité : écrire « {text}min » ou « {text}h », pas {text}",
                f"a duration needs a unit: write '{text}min' or '{text}h', not {text}",
            )
        )
    return _parse_duration_text(text.strip())


def _parse_duration_text(text: str) -> int:
    shorthand = _HOURS_SHORTHAND.search(text)
    if shorthand:
        if int(shorthand[2]) >= 60:
            raise TimeFormatError(
                Words(
                    f"« {text} » : les minutes après « h » doivent être inférieures à 60",
                    f"'{text}': minutes after 'h' must be below 60",
                )
            )
        text = f"{text[: shorthand.start()]} {shorthand[1]}h {shorthand[2]}min"
    parts = list(_DURATION_PART.finditer(text))
    if not parts or _DURATION_PART.sub("", text).strip():
        raise TimeFormatError(
            Words(
                f"« {text} » n'est pas une durée ; l'écrire comme « 2h30 », « 45min », « 3j » "
                "ou « 1j 12h »",
                f"'{text}' is not a duration; write it like '2h30', '45min', '3j' or '1j 12h'",
            )
        )
    return sum(int(p[1]) * _UNIT_SECONDS[p[2].lower()] for p in parts)


def parse_game_time(text: str | int, t0: datetime) -> int:
    """Seconds since T0 for ``2h30``, ``H+2``, ``J+1 09:00`` or ``J+1 H+2 M-5``.

    ``J+n`` is n days after T0; a clock time ``HH:MM`` then sets the time of that day, in T0's
    time zone. ``H±n`` and ``M±n`` add hours and minutes. A plain duration is an offset from T0.
    """
    if isinstance(text, str) and text.strip()[:1].upper() in {"J", "H", "M"}:
        return _parse_relative(text.strip(), t0)
    try:
        return parse_duration(text)
    except TimeFormatError:
        raise TimeFormatError(
            Words(
                f"« {text} » n'est pas une heure de jeu ; l'écrire comme « J+1 09:00 », "
                "« H+2 », « J+1 H+2 M-5 » ou un décalage comme « 2h30 »",
                f"'{text}' is not a game time; write it like 'J+1 09:00', 'H+2', "
                f"'J+1 H+2 M-5' or an offset such as '2h30'",
            )
        ) from None


def _parse_relative(text: str, t0: datetime) -> int:
    tokens = text.split()
    clock = _CLOCK.match(tokens[-1])
    if clock:
        tokens = tokens[:-1]
    offset = sum(_relative_token_seconds(token, text) for token in _merge_sign_tokens(tokens))
    if clock is None:
        return offset
    return offset + _clock_shift(t0, int(clock[1]), int(clock[2]), text)


def _merge_sign_tokens(tokens: list[str]) -> list[str]:
    # Accept "J + 1" as well as "J+1": glue a lone letter or sign back to its number.
    return re.findall(r"[JHMjhm]\s*[+-]\s*\d+|\S+", " ".join(tokens))


def _relative_token_seconds(token: str, whole: str) -> int:
    match = _RELATIVE_TOKEN.match(token.strip())
    if not match:
        raise TimeFormatError(
            Words(
                f"« {whole} » : impossible de lire « {token} » ; utiliser J+n (jours), "
                "H+n (heures), M+n (minutes) et éventuellement une heure comme 09:00",
                f"'{whole}': cannot read '{token}'; use J+n (days), H+n (hours), M+n (minutes) "
                f"and optionally a clock time such as 09:00",
            )
        )
    unit = {"J": DAY, "H": HOUR, "M": MINUTE}[match[1].upper()]
    sign = -1 if match[2] == "-" else 1
    return sign * int(match[3]) * unit


def _clock_shift(t0: datetime, hour: int, minute: int, whole: str) -> int:
    if hour > 23 or minute > 59:
        clock = f"{hour:02d}:{minute:02d}"
        raise TimeFormatError(
            Words(
                f"« {whole} » : {clock} n'est pas une heure de la journée",
                f"'{whole}': {clock} is not a time of day",
            )
        )
    same_day = t0.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return int((same_day - t0).total_seconds())


def format_game_time(seconds: int, t0: datetime) -> str:
    """``J+1 14:32``: the exercise day relative to T0's date, then the clock time."""
    moment = t0 + timedelta(seconds=seconds)
    day = (moment.date() - t0.date()).days
    sign = "+" if day >= 0 else "-"
    return f"J{sign}{abs(day)} {moment:%H:%M}"


def format_duration(seconds: int) -> str:
    """``1j 2h30`` style, the way trainers write durations."""
    sign = "-" if seconds < 0 else ""
    days, rest = divmod(abs(seconds), DAY)
    hours, rest = divmod(rest, HOUR)
    minutes, secs = divmod(rest, MINUTE)
    parts = [f"{days}j"] if days else []
    if hours:
        parts.append(f"{hours}h{minutes:02d}" if minutes else f"{hours}h")
    elif minutes:
        parts.append(f"{minutes}min")
    if secs:
        parts.append(f"{secs}s")
    return sign + (" ".join(parts) or "0")
