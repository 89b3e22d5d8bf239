"""Channel badges: one glyph per channel, told apart by shape (all badges share one colour)."""

from __future__ import annotations

import math

import pytest

from crisis_sim.core.scenario.model_injects import Channel
from crisis_sim.gui.resident_style import CHANNEL_GLYPH, channel_icon

# Telephone glyphs: at table size and in greyscale they all read as "phone".
TELEPHONES = {"☎", "☏", "📞", "🕻", "🕼", "🕽", "🕾", "🕿"}


def test_every_channel_has_its_own_glyph():
    glyphs = [CHANNEL_GLYPH[channel.value] for channel in Channel]
    assert len(set(glyphs)) == len(glyphs)


def test_only_the_phone_is_drawn_as_a_telephone():
    """The fax was "☏" beside the phone's "☎": the same white phone at 24 pixels."""
    others = {CHANNEL_GLYPH[c.value] for c in Channel if c is not Channel.PHONE}
    assert not others & TELEPHONES


@pytest.mark.parametrize("size", [24, 64])
def test_the_fax_word_fits_inside_its_badge(qapp, size):
    """The white letters stay on the disc, at the chronogramme's size as on the players'
    screen: a letter past its edge would be cut or float on the table's background."""
    image = channel_icon(Channel.FAX.value, size).pixmap(size, size).toImage()
    radius = size / 2 - size / 16  # the disc drawn by resident_style._badge
    ink = [
        (x, y)
        for x in range(size)
        for y in range(size)
        if image.pixelColor(x, y).alpha() > 0 and image.pixelColor(x, y).lightness() > 200
    ]
    assert len(ink) > size  # the word is there
    centre = (size - 1) / 2
    outside = [(x, y) for x, y in ink if math.hypot(x - centre, y - centre) > radius - 1]
    assert not outside
