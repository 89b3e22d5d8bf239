"""Field types shared by the scenario model: ids, bilingual text, durations, game times."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from crisis_sim.core.gametime import (
    DURATION_PATTERN,
    GAME_TIME_PATTERN,
    parse_duration,
    parse_game_time,
)
from crisis_sim.core.words import BilingualValueError, Words

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
RECOMMENDATION_PATTERN = r"^[A-Z][A-Z0-9-]*[A-Z0-9]$"

Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, max_length=64),
    Field(description="A readable id: lower-case letters, digits and dashes, e.g. 'etat-civil'."),
]
RecommendationId = Annotated[
    str,
    StringConstraints(pattern=RECOMMENDATION_PATTERN),
    Field(description="An id from the recommendation catalogue, e.g. 'ANSSI-HYG-37'."),
]


class Strict(BaseModel):
    """Base of every scenario object: unknown keys are errors, objects are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """Text in French and English; at least one is required, the other falls back to it."""

    fr: str | None = None
    en: str | None = None

    @model_validator(mode="after")
    def _one_language_at_least(self) -> Text:
        if not (self.fr or self.en):
            raise BilingualValueError(
                Words(
                    "donner le texte en français (fr:) ou en anglais (en:), ou les deux",
                    "give the text in French (fr:) or English (en:), or both",
                )
            )
        return self

    def get(self, lang: str) -> str:
        preferred = self.en if lang == "en" else self.fr
        return preferred or self.fr or self.en or ""


def _text_from_plain_string(value: Any) -> Any:
    # A plain string is French text: scenarios are written by French trainers first.
    return {"fr": value} if isinstance(value, str) else value


Bilingual = Annotated[
    Text,
    BeforeValidator(_text_from_plain_string),
    Field(description="Text as {fr: ..., en: ...}; a plain string counts as French."),
]


def _duration(value: Any) -> int:
    return parse_duration(value)  # a TimeFormatError is a ValueError pydantic reports


# With meta.t0 broken (already reported), times are still read against a stand-in T0 so their
# spelling is checked; the scenario is invalid anyway, so the values themselves never escape.
_STAND_IN_T0 = datetime(2000, 1, 1, tzinfo=UTC)


def _game_time(value: Any, info: ValidationInfo) -> int:
    t0 = (info.context or {}).get("t0")
    if not isinstance(t0, datetime):
        t0 = _STAND_IN_T0
    return parse_game_time(value, t0)


Duration = Annotated[
    int,
    BeforeValidator(_duration),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "pattern": DURATION_PATTERN}, {"const": 0}],
            "description": "A duration: '2h30', '45min', '3j', '1j 12h', or 0.",
        }
    ),
]
GameTime = Annotated[
    int,
    BeforeValidator(_game_time),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": GAME_TIME_PATTERN,
            "description": "A game time: 'J+1 09:00', 'H+2', 'J+1 H+2 M-5' or '2h30'.",
        }
    ),
]


def _percent(value: Any) -> Any:
    if isinstance(value, str) and value.strip().endswith("%"):
        try:
            return float(value.strip()[:-1]) / 100
        except ValueError:
            raise BilingualValueError(
                Words(
                    f"« {value} » n'est pas un pourcentage comme « 30% »",
                    f"'{value}' is not a percentage such as '30%'",
                )
            ) from None
    return value


Fraction = Annotated[
    float,
    BeforeValidator(_percent),
    Field(ge=0, le=1),
    WithJsonSchema(
        {
            "oneOf": [
                {"type": "string", "pattern": r"^\d+(\.\d+)?\s*%$"},
                {"type": "number", "minimum": 0, "maximum": 1},
            ],
            "description": "A share such as '30%' or 0.3.",
        }
    ),
]


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


_SLUG_SCHEMA = {"type": "string", "pattern": SLUG_PATTERN}
SlugList = Annotated[
    tuple[Slug, ...],
    BeforeValidator(_one_or_many),
    WithJsonSchema(
        {
            "anyOf": [_SLUG_SCHEMA, {"type": "array", "items": _SLUG_SCHEMA}],
            "description": "One id, or a list of ids.",
        }
    ),
]
