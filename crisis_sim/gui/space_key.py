"""Space presses the focused button, and pauses or resumes the clock anywhere else.

Space is the console's pause/resume shortcut, and a window shortcut wins over the widget
with the focus: a facilitator who reached a button with Tab could not press it from the
keyboard. A widget that accepts the ShortcutOverride event for a key gets that key itself,
so this filter accepts it for Space when a button or a drop-down list has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox

TAKES_SPACE = (QAbstractButton, QComboBox)


class SpaceForFocusedButtons(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, TAKES_SPACE)
        ):
            event.accept()  # the button gets the key press, not the shortcut
            return True
        return False
