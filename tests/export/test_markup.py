"""Escaping: text never turns into paragraph markup unless a helper built it."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from crisis_sim.export.markup import Markup, bold, concat, esc, join, label_value, plain
from crisis_sim.export.styles import styles


def test_plain_text_is_escaped():
    assert esc("<b>x</b> & co") == "&lt;b&gt;x&lt;/b&gt; &amp; co"
    assert esc("a\nb") == "a<br/>b"
    assert esc("bell\x07 and nul\x00") == "bell and nul"


def test_markup_passes_and_parts_are_escaped():
    built = concat(bold("<i>"), " & ", Markup("<br/>"))
    assert built == "<b>&lt;i&gt;</b> &amp; <br/>"
    assert esc(built) is built
    assert join(["<a>", "b&"], " / ") == "&lt;a&gt; / b&amp;"
    assert label_value("Canal :", "<fax>") == "<b>Canal :</b>&nbsp;&lt;fax&gt;"


def test_plain_strips_control_characters_and_folds_spaces():
    assert plain("a\tb\n\x01c  d") == "a b c d"


def test_a_paragraph_of_escaped_markup_renders_it_literally():
    paragraph = Paragraph(esc('<font size="40">x</font> &amp;'), styles().body)
    assert "".join(frag.text for frag in paragraph.frags) == '<font size="40">x</font> &amp;'
    assert {frag.fontSize for frag in paragraph.frags} == {styles().body.fontSize}
