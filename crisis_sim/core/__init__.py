"""Qt-free core: scenario model, loader, validation, simulation, exercise, debrief.

Nothing under this package may import PySide6; tests/core/test_qt_free.py enforces it.
"""
