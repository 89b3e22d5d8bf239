"""Cards go two to a sheet; a card too long for half a sheet gets a whole one."""

from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from crisis_sim.export.cards import FULL, HALF, CardSlot, card_pages
from crisis_sim.export.styles import styles


def _card(lines: int) -> list[Paragraph]:
    return [Paragraph("ligne de texte", styles().card_text) for _ in range(lines)]


def _shape(story: list) -> list[str]:
    names = {HALF: "half", FULL: "full"}
    return [
        "break"
        if isinstance(f, PageBreak)
        else f"{names[f.slot_height]}-{'top' if f.top else 'bottom'}"
        for f in story
        if isinstance(f, PageBreak | CardSlot)
    ]


def test_short_cards_pair_up_on_a_sheet():
    assert _shape(card_pages([_card(3)] * 3)) == ["half-top", "half-bottom", "break", "half-top"]


def test_a_long_card_takes_a_sheet_of_its_own():
    story = card_pages([_card(3), _card(40), _card(3)])
    assert _shape(story) == ["half-top", "break", "full-top", "break", "half-top"]


def test_a_card_longer_than_a_sheet_flows_at_full_size():
    story = card_pages([_card(3), _card(200)])
    assert _shape(story) == ["half-top", "break"]
    assert sum(isinstance(f, Paragraph) for f in story) == 200
