"""Durations and game times as trainers write them, hand-checked against T0."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from crisis_sim.core.gametime import (
    DAY,
    HOUR,
    MINUTE,
    TimeFormatError,
    format_duration,
    format_game_time,
    parse_duration,
    parse_game_time,
)

T0 = datetime(2021, 1, 15, 23, 0, tzinfo=timezone(timedelta(hours=1)))  # Friday 23:00


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2h30", 2 * HOUR + 30 * MINUTE),
        ("2h", 2 * HOUR),
        ("45min", 45 * MINUTE),
        ("45 min", 45 * MINUTE),
        ("3j", 3 * DAY),
        ("2d", 2 * DAY),
        ("1j 12h", DAY + 12 * HOUR),
        ("1j 2h30", DAY + 2 * HOUR + 30 * MINUTE),
        ("1h30min", HOUR + 30 * MINUTE),
        ("90s", 90),
        ("0", 0),
        (0, 0),
    ],
)
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["2x", "", "h", "2h75", "5", 5, "-2h", True, 1.5])
def test_bad_durations_are_refused(text):
    with pytest.raises(TimeFormatError):
        parse_duration(text)


@pytest.mark.parametrize(
    ("text", "offset", "shown"),
    [
        ("2h30", 2 * HOUR + 30 * MINUTE, "J+1 01:30"),  # plain offset from T0
        ("H+2", 2 * HOUR, "J+1 01:00"),
        ("J+0 23:30", 30 * MINUTE, "J+0 23:30"),
        ("J+1 09:00", 10 * HOUR, "J+1 09:00"),  # Saturday 09:00 is 10 h after Friday 23:00
        ("J+1 H+2 M-5", DAY + 2 * HOUR - 5 * MINUTE, "J+2 00:55"),
        ("J + 1 H + 2", DAY + 2 * HOUR, "J+2 01:00"),
        ("j+3 8h30", 3 * DAY - 14 * HOUR - 30 * MINUTE, "J+3 08:30"),
        ("J-1 08:00", -DAY - 15 * HOUR, "J-1 08:00"),
    ],
)
def test_parse_and_show_game_time(text, offset, shown):
    assert parse_game_time(text, T0) == offset
    assert format_game_time(offset, T0) == shown


@pytest.mark.parametrize("text", ["J+1 25:00", "J+1 09:60", "J+", "X+1", "demain", "J+1 H"])
def test_bad_game_times_are_refused_with_the_forms_to_use(text):
    with pytest.raises(TimeFormatError, match=r"J\+1|J\+n|time of day"):
        parse_game_time(text, T0)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0"),
        (90, "1min 30s"),
        (2 * HOUR, "2h"),
        (2 * HOUR + 30 * MINUTE, "2h30"),
        (DAY + 2 * HOUR, "1j 2h"),
        (DAY + 2 * HOUR + 30 * MINUTE, "1j 2h30"),
        (-HOUR, "-1h"),
        (45 * MINUTE, "45min"),
    ],
)
def test_format_duration_reads_back(seconds, text):
    assert format_duration(seconds) == text
    if seconds >= 0:
        assert parse_duration(text) == seconds
