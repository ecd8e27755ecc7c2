"""Automatic backups while the window is open: when the register is opened, then every hour
(a daily backup on the first open of a day, a weekly one when due; most runs take none).

They run on a thread of their own, not on the database worker: a backup of a large register
takes seconds, and the worker must stay free for the window. ``ops.automatic_backup`` uses
connections of its own, so this is safe while the worker writes.

    backups = AutomaticBackups(db, parent=window)
    backups.taken.connect(...)        # [paths] when a backup was written
    backups.failed.connect(...)       # the exception, when one could not be
    backups.start(2000)               # in 2 s, then hourly
    backups.stop()                    # on close: waits for a backup under way to finish
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from database import ops

HOUR_MS = 3_600_000
_LIVE: weakref.WeakSet = weakref.WeakSet()


def live_backup_threads() -> list[QThread]:
    """Backup threads still running (tests check that none is left behind)."""
    return [t for t in list(_LIVE) if _valid(t) and t.isRunning()]


def _valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


class _BackupThread(QThread):
    taken = Signal(list)
    failed = Signal(object)

    def __init__(self, db):
        super().__init__()
        self.setObjectName("ris3desk-backup")
        self._db = db

    def run(self) -> None:
        try:
            paths = ops.automatic_backup(self._db)
        except Exception as e:  # noqa: BLE001 - reported in the status bar, never a crash
            self.failed.emit(e)
        else:
            self.taken.emit(list(paths))


class AutomaticBackups(QObject):
    taken = Signal(list)  # the new backup files
    failed = Signal(object)  # the exception

    def __init__(self, db, parent: QObject | None = None, interval_ms: int = HOUR_MS):
        super().__init__(parent)
        self._db = db
        self._thread: _BackupThread | None = None
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.run_now)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, first_in_ms: int = 0) -> None:
        """The first run in ``first_in_ms`` (once the window has settled), then hourly."""
        self._stopped = False
        self._first.start(first_in_ms)
        self.timer.start()

    def run_now(self) -> None:
        """Take the backups that are due, unless a run is still under way."""
        if self._thread is not None or self._stopped:
            return
        thread = _BackupThread(self._db)
        thread.taken.connect(self.taken)
        thread.failed.connect(self.failed)
        thread.finished.connect(self._finished)
        self._thread = thread
        _LIVE.add(thread)
        thread.start()

    def _finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()

    def stop(self) -> None:
        """No more runs; wait for one under way (a backup is checked before it gets its name,
        so stopping half-way would only waste it)."""
        self._stopped = True
        self._first.stop()
        self.timer.stop()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
