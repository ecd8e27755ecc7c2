"""A message bar across the top of the window, for a warning the officer should read but need
not answer now (the register sits in a cloud-synced folder, say): a sign, the sentence, and a
Dismiss button. It never blocks the window and goes away when dismissed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

_T = QCoreApplication.translate


class MessageBar(QWidget):
    dismissed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = QFrame(self)
        self.frame.setObjectName("messageBar")
        # amber with a dark text and a sign: readable in light and dark palettes, never colour alone
        self.frame.setStyleSheet("QFrame#messageBar { background: #fff4ce; border: 1px solid #d8b24a; "
                                 "border-radius: 4px; } QFrame#messageBar QLabel { color: #3b2f00; }")
        self.icon = QLabel(self.frame)
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        self.text = QLabel(self.frame)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(self.frame)
        self.dismiss_button.clicked.connect(self.dismiss)
        inner = QHBoxLayout(self.frame)
        inner.setContentsMargins(10, 6, 6, 6)
        inner.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        inner.addWidget(self.text, 1)
        inner.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 2)
        outer.addWidget(self.frame)
        self._message = None  # a callable giving the text in the current language
        self.setVisible(False)
        self.retranslate()

    def show_message(self, message) -> None:
        """``message``: a callable returning the text, so that it follows a language switch."""
        self._message = message
        self.retranslate()
        self.setVisible(True)

    def dismiss(self) -> None:
        self.setVisible(False)
        self.dismissed.emit()

    def retranslate(self) -> None:
        self.dismiss_button.setText(_T("MessageBar", "Dismiss"))
        self.dismiss_button.setToolTip(_T("MessageBar", "Hide this warning until the register is opened again"))
        if self._message is not None:
            self.text.setText(self._message())
            self.frame.setAccessibleName(_T("MessageBar", "Warning"))
            self.frame.setAccessibleDescription(self.text.text())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
