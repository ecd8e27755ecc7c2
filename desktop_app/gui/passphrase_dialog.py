"""Asking for the passphrase of an encrypted register when it is opened.

    db = open_register_asking(url, parent=None)   # None when the officer cancelled

A wrong passphrase is said so, and asked again; nothing is opened until it is right.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from database import ops


class PassphraseDialog(QDialog):
    def __init__(self, name: str, wrong: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted register"))
        self.setObjectName("passphraseDialog")
        intro = QLabel(self.tr("%1 is encrypted. Type its passphrase to open it.").replace("%1", name), self)
        intro.setWordWrap(True)
        self.warning = QLabel(self.tr("That passphrase is not right. Check it (capitals count) and try again."),
                              self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setVisible(wrong)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setObjectName("passphrase")
        self.field.setAccessibleName(self.tr("Passphrase"))
        show = QCheckBox(self.tr("&Show the passphrase"), self)
        show.toggled.connect(lambda on: self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        ok.setEnabled(False)
        self.field.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        for w in (intro, self.warning, self.field, show, self.buttons):
            layout.addWidget(w)
        self.field.setFocus()
        self.resize(420, self.sizeHint().height())

    def passphrase(self) -> str:
        return self.field.text()


def ask_passphrase(name: str, wrong: bool = False, parent: QWidget | None = None) -> str | None:
    dialog = PassphraseDialog(name, wrong, parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_register_asking(url, parent: QWidget | None = None, passphrase: str | None = None, ask=ask_passphrase):
    """Open the register at ``url``, asking for a passphrase as long as one is needed and wrong.
    Returns the open Database, or None when the officer cancelled. Other errors propagate."""
    while True:
        try:
            return ops.open_database(url, passphrase=passphrase)
        except ops.EncryptedDatabaseError as e:
            passphrase = ask(getattr(e.path, "name", str(e.path)), e.wrong, parent)
            if passphrase is None:
                return None
