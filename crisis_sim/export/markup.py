"""Escaping: text from a scenario (or anywhere) never becomes markup in a document.

ReportLab paragraphs read a small XML markup. Every string is escaped on its way in unless it is
a ``Markup``, which only the helpers below build, from parts they escape themselves. So a
scenario title such as ``<b>x</b> & co`` prints literally.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape as _xml_escape

# C0 control characters other than tab and newline have no glyph and upset PDF viewers.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Markup(str):
    """Paragraph markup that is safe: built only from escaped text by this module."""

    __slots__ = ()


def esc(value: object) -> Markup:
    """Escape plain text for a paragraph; ``Markup`` passes through; newlines become breaks."""
    if isinstance(value, Markup):
        return value
    text = _CONTROL.sub("", str(value))
    return Markup(_xml_escape(text).replace("\n", "<br/>"))


def plain(value: object) -> str:
    """Text for places that take no markup (canvas strings, PDF metadata, bookmarks)."""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def concat(*parts: object) -> Markup:
    """Join parts, escaping each one that is not already ``Markup``."""
    return Markup("".join(esc(part) for part in parts))


def join(parts: Iterable[object], separator: object = ", ") -> Markup:
    return Markup(esc(separator).join(esc(part) for part in parts))


def bold(value: object) -> Markup:
    return Markup(f"<b>{esc(value)}</b>")


def italic(value: object) -> Markup:
    return Markup(f"<i>{esc(value)}</i>")


def label_value(label: object, value: object) -> Markup:
    """``Label: value`` with the label in bold."""
    return concat(bold(label), Markup("&nbsp;"), value)


def line_break() -> Markup:
    return Markup("<br/>")
