"""When the register fails its start-up check: say so plainly, keep the damaged file aside, and
offer the newest good backup (or one the officer picks).

The window, on ``ops.DamagedDatabaseError`` from opening a register:

    if recover_damaged_register(parent, path, error):
        reopen the register          # a backup is now in its place
    else:
        quit, or let the officer choose another register

There is no database worker yet at that point (nothing is open), so the few file operations run
here, with a busy cursor.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from database import ops

from .backup_dialog import counts_text
from .i18n import error_text


class DamagedDialog(QDialog):
    def __init__(self, path: Path, error: Exception, newest, parent: QWidget | None = None,
                 passphrase: str | None = None):
        super().__init__(parent)
        self.path, self.newest, self.passphrase = Path(path), newest, passphrase
        self.chosen: Path | None = None  # the backup to put in place
        self.aside: Path | None = None  # where the damaged file went
        self.setWindowTitle(self.tr("The register is damaged"))
        self.setObjectName("damagedDialog")

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        detail = getattr(error, "detail", None) or str(error)
        text = QLabel(self.tr(
            "<p><b>%1 did not pass its check when it was opened</b>, so RIS3 Desk did not open it: "
            "nothing more has been written to it.</p><p>SQLite reported: %2</p>"
            "<p>This usually comes from the computer switching off while the file was being written, a full or "
            "failing disk, or a sync program (OneDrive, Dropbox, …) copying the file while it was in use.</p>")
            .replace("%1", self.path.name).replace("%2", detail), self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        if newest is not None:
            offer = self.tr("<p>The newest good backup is from <b>%1</b> (%2). Restoring it puts that backup in "
                            "place of the register; the damaged file is kept beside it, renamed, in case "
                            "someone can recover more from it.</p>").replace(
                                "%1", newest.taken_at.strftime("%d/%m/%Y %H:%M")).replace("%2", counts_text(newest))
        else:
            offer = self.tr("<p>No good backup of this register was found in its backup folder. You can choose a "
                            "backup file yourself, for example one you saved elsewhere.</p>")
        self.offer = QLabel(offer, self)
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(Qt.TextFormat.RichText)

        buttons = QDialogButtonBox(self)
        self.restore_button = None
        if newest is not None:
            self.restore_button = buttons.addButton(self.tr("&Restore this backup"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.clicked.connect(lambda: self._install(newest.path))
            self.restore_button.setDefault(True)
        self.choose_button: QPushButton = buttons.addButton(self.tr("&Choose another backup…"),
                                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button.clicked.connect(self._choose)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.clicked.connect(self.reject)

        words = QVBoxLayout()
        words.addWidget(text)
        words.addWidget(self.offer)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _choose(self) -> None:
        start = self.newest.path.parent if self.newest else self.path.parent
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(start),
                                              self.tr("RIS3 Desk backups (*.db);;All files (*)"))
        if name:
            self._install(Path(name))

    def _install(self, backup: Path) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.aside = ops.replace_damaged_register(self.path, backup, self.passphrase)
        except ops.Ris3Error as e:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Restore a backup"), error_text(e))
            return
        QGuiApplication.restoreOverrideCursor()
        self.chosen = backup
        QMessageBox.information(self, self.tr("Backup restored"), self.tr(
            "The backup is in place and the register will open now. The damaged file was kept as %1.")
            .replace("%1", str(self.aside)))
        self.accept()


def recover_damaged_register(parent: QWidget | None, path, error: Exception, passphrase: str | None = None) -> bool:
    """Explain, offer the newest good backup, and put it (or one the officer picks) in place.
    True when a backup is now in place and the register can be opened again."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        newest = ops.newest_good_backup(Path(path), passphrase)
    finally:
        QGuiApplication.restoreOverrideCursor()
    dialog = DamagedDialog(Path(path), error, newest, parent, passphrase)
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None
