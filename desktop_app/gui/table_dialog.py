"""The layout the register's tool windows share (backups, contacts to review): a sentence on
top, the table, a status line, and a row of buttons with Close at the right."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def lay_out_table_dialog(dialog: QDialog, intro: QLabel, table: QWidget, status: QLabel, buttons) -> None:
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addWidget(table, 1)
    layout.addWidget(status)
    layout.addLayout(row)
