"""Regression guard: PySide6 6.12.0 on Python < 3.12 releases a reference to None on every
void Qt call and aborts the process after a few thousand calls (pitfalls.md). If an upgrade
brings it back, this test fails instead of the facilitator's console crashing mid-exercise."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPainterPath
from PySide6.QtWidgets import QGraphicsEllipseItem

CALLS = 3000


def _void_calls(qtbot) -> None:
    path, colour, item, timer = QPainterPath(), QColor(), QGraphicsEllipseItem(), QTimer()
    for index in range(CALLS):
        path.lineTo(float(index), 2.0)
        colour.setRgb(index % 256, 0, 0)
        item.setPos(float(index), 0.0)
        item.setToolTip("x")
    timer.start(1000)
    timer.stop()


def test_void_qt_calls_keep_none_alive(qtbot):
    before = sys.getrefcount(None)
    _void_calls(qtbot)
    # A healthy binding leaves None's count where it was (give or take a few references).
    assert sys.getrefcount(None) - before > -100


def test_installed_pyside_is_not_the_broken_release():
    import PySide6

    if sys.version_info < (3, 12):
        assert tuple(int(p) for p in PySide6.__version__.split(".")[:2]) < (6, 12)
