"""Backups of a SQLite register, written with SQLite's online backup API and verified."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from .errors import Ris3Error


def backup_folder(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")


def take_backup(db_path: Path, reason: str, folder: Path | None = None) -> Path:
    """Copy the register while others may be using it; verify the copy; return its path."""
    folder = folder or backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise Ris3Error(f"The backup of {db_path.name} failed its check ({ok}); nothing was changed.")
    partial.replace(target)  # only a verified, complete file ever carries the .db name
    return target
