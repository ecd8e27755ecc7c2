"""Automatic backups while the window is open: when the register is opened, then every hour
(a daily backup on the first open of a day, a weekly one when due; most runs take none).

They run on a thread of their own, not on the database worker: a backup of a large register
takes seconds, and the worker must stay free for the window. ``ops.automatic_backup`` uses
connections of its own, so this is safe while the worker writes.

    backups = AutomaticBackups(db, parent=window, folder=lambda: ...)
    backups.taken.connect(...)        # [paths] when a backup was written
    backups.failed.connect(...)       # the exception, when one could not be
    backups.start(2000)               # in 2 s, then hourly
    backups.stop()                    # on close: waits for a backup under way to finish

Where: ``folder()``, asked before each run, gives the backups' folder (None: the one beside the
register). Without it, the parent window's Preferences decide (the backup folder chosen there,
see :meth:`Preferences.backup_folder_for`), so a folder chosen while the window is open is used
from the next run on.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from database import backup, ops

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

    def __init__(self, db, folder: Path | None = None):
        super().__init__()
        self.setObjectName("ris3desk-backup")
        self._db = db
        self._folder = folder

    def run(self) -> None:
        try:
            if self._folder is None:
                paths = ops.automatic_backup(self._db)
            else:
                paths = backup.automatic(self._db, self._folder)
        except Exception as e:  # noqa: BLE001 - reported in the status bar, never a crash
            self.failed.emit(e)
        else:
            self.taken.emit(list(paths))


class AutomaticBackups(QObject):
    taken = Signal(list)  # the new backup files
    failed = Signal(object)  # the exception

    def __init__(self, db, parent: QObject | None = None, interval_ms: int = HOUR_MS,
                 folder: Callable[[], Path | None] | None = None):
        super().__init__(parent)
        self._db = db
        self._folder = folder
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

    def folder(self) -> Path | None:
        """The folder of this run's backups; None for the one beside the register."""
        if self._folder is not None:
            return self._folder()
        prefs = getattr(self.parent(), "prefs", None)
        if prefs is None or not getattr(prefs, "backup_folder", ""):
            return None
        return prefs.backup_folder_for(ops.backup_location(self._db))

    def run_now(self) -> None:
        """Take the backups that are due, unless a run is still under way."""
        if self._thread is not None or self._stopped:
            return
        try:
            folder = self.folder()
        except Exception as e:  # noqa: BLE001 - reported like a failed backup, never a crash
            self.failed.emit(e)
            return
        thread = _BackupThread(self._db, folder)
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
