"""Opening the register when the window starts, and what may stand in the way.

The register is opened on the database worker, while the window's code loads. When it is
encrypted, its passphrase is asked (:func:`passphrase_dialog.open_register_asking`, as long as
the one typed is wrong); when it fails its start-up check, the damaged-register dialog explains,
keeps the file aside and puts the newest good backup in its place
(:func:`damaged_dialog.recover_damaged_register`), and the register is opened again.

Without ``interactive`` (``RIS3DESK_QUIT_AFTER_PAINT=1``: the installer's smoke test and the
start-up benchmark) nothing is asked: any of these is a failure with its reason.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from database import ops


class RegisterOpener(QObject):
    opened = Signal(object)  # the open Database
    failed = Signal(object)  # the exception: the register cannot be opened
    given_up = Signal()  # the officer cancelled the passphrase, or chose Quit for a damaged register

    def __init__(self, worker, url: str, passphrase: str | None = None, interactive: bool = True,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._worker, self._url = worker, url
        self.passphrase = passphrase
        self.interactive = interactive

    def start(self) -> None:
        self._worker.submit(ops.open_database, self._url, passphrase=self.passphrase,
                            on_done=self.opened.emit, on_error=self._refused)

    def _refused(self, exc: BaseException) -> None:
        if not self.interactive:
            self.failed.emit(exc)
        elif isinstance(exc, ops.EncryptedDatabaseError):
            # out of the worker's callback: the dialogs below run event loops of their own
            QTimer.singleShot(0, self._ask_passphrase)
        elif isinstance(exc, ops.DamagedDatabaseError) and getattr(exc, "path", None) is not None:
            QTimer.singleShot(0, lambda: self._recover(exc))
        else:
            self.failed.emit(exc)

    def _ask_passphrase(self) -> None:
        from .passphrase_dialog import ask_passphrase, open_register_asking

        def ask(name: str, wrong: bool, parent):
            QGuiApplication.restoreOverrideCursor()
            self.passphrase = ask_passphrase(name, wrong, parent)
            if self.passphrase is not None:  # the key derivation and the check take a moment
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            return self.passphrase

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = open_register_asking(self._url, None, passphrase=self.passphrase, ask=ask)
        except Exception as e:  # noqa: BLE001 - a damaged file, or any other reason: handled as on the worker
            QGuiApplication.restoreOverrideCursor()
            self._refused(e)
            return
        QGuiApplication.restoreOverrideCursor()
        if db is None:
            self.given_up.emit()
        else:
            self.opened.emit(db)

    def _recover(self, exc: ops.DamagedDatabaseError) -> None:
        from .damaged_dialog import recover_damaged_register

        if recover_damaged_register(None, exc.path, exc, self.passphrase):
            self.start()  # a checked backup is in its place now
        else:
            self.given_up.emit()
