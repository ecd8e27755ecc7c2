"""Data safety for the window and the command line, in plain data: checking the register,
backing it up and restoring it, and whether its place is risky.

The window calls these on the database worker like any other operation:

    worker.submit(ops.automatic_backup, db)           # on open, then hourly: does nothing until due
    worker.submit(ops.list_backups, db, on_done=...)  # the backups dialog
    worker.submit(ops.check, db, on_done=...)         # Tools > Check the register
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .. import backup as _backup
from .. import integrity
from ..engine import Database
from ..i18n import QT_TRANSLATE_NOOP as _N
from ..integrity import Finding
from ..places import UnsafePlace, unsafe_place

CHECKING_FILE = _N("integrity", "Checking the file")
CHECKING_RECORDS = _N("integrity", "Checking the records and the search index")


def check(db: Database, progress=None) -> list[Finding]:
    """Everything ``ris3desk check`` looks at: SQLite's checks of the file (local registers),
    then the application's invariants. An empty list means healthy. ``progress(done, total,
    text)`` is told before each of the two steps (the window's progress bar and Cancel)."""
    report = progress or (lambda *_a: None)
    if db.path is not None:
        report(0, 2, CHECKING_FILE)
        findings = integrity.check_file(db.path, db.passphrase)
        if any(f.code == "sqlite-integrity" for f in findings):
            return findings
    else:
        findings = []
    report(1, 2, CHECKING_RECORDS)
    return integrity.combine(findings, integrity.check_register(db))


def repair_search_index(db: Database) -> int:
    """Rebuild the search index (the one repair ``check --repair`` makes); return its size."""
    return integrity.repair_search_index(db)


def list_backups(db: Database) -> list[_backup.BackupInfo]:
    """Backups of a local register, newest first (a team database's are on its server: [])."""
    return _backup.list_backups(db)


def backup_now(db: Database, out: Path | None = None) -> Path:
    """A backup taken by hand: into the backup folder (kept until deleted), or to ``out``.
    On a team database, its JSON export."""
    if db.path is None:
        return _backup.export_copy(db, out)
    path = _backup.take_backup(db, "manual", out=out)
    _backup.rotate(db.path)
    return path


def automatic_backup(db: Database, before: str | None = None, now: datetime | None = None) -> list[Path]:
    """The backups due now (see :func:`database.backup.automatic`); [] most of the time. Uses
    connections of its own: safe to run on a thread other than the database worker."""
    return _backup.automatic(db, now=now, before=before)


def restore_backup(db: Database, path: Path) -> Path | None:
    """Put the register back as the backup at ``path`` holds it, after backing up the present
    state (returned). Windows with the register open see the restored data on their next read."""
    return _backup.restore(db, path)


def backup_location(db: Database) -> Path | None:
    """The folder the backups of a local register go to; None for a team database."""
    return _backup.backup_folder(db.path) if db.path is not None else None


# --- a damaged register (the window has no Database then: these take the file's path) ----------

def newest_good_backup(path: Path, passphrase: str | None = None) -> _backup.BackupInfo | None:
    """What to offer when the register at ``path`` is damaged: its newest backup that checks out."""
    return _backup.newest_good(Path(path), passphrase=passphrase)


def replace_damaged_register(path: Path, backup_path: Path, passphrase: str | None = None) -> Path:
    """Keep the damaged register aside (returned: where it is now) and put the backup in its place."""
    return _backup.replace_damaged(Path(path), Path(backup_path), passphrase=passphrase)


def describe_backup(path: Path, passphrase: str | None = None) -> _backup.BackupInfo:
    """Date, size and counts of any backup file (one the officer picked by hand, say)."""
    return _backup.describe(Path(path), passphrase)


def unsafe_location(db: Database) -> UnsafePlace | None:
    """Why the register's place is risky (cloud-synced folder, network drive), or None."""
    return unsafe_place(db.path) if db.path is not None else None
