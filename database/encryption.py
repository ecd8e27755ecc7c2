"""Encrypting a register with SQLCipher, and decrypting it again (``ris3desk encrypt`` /
``ris3desk decrypt``; the optional ``encryption`` extra installs ``sqlcipher3``).

The new file is written beside the old one with ``sqlcipher_export``, checked, and renamed over
it; the backups in the register's backup folder are converted the same way, so no readable copy
stays behind in that folder. Nobody else may have the register open meanwhile: switching it out
of write-ahead logging needs sole access, which is how this finds out.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from .backup import backup_folder
from .errors import Ris3Error
from .sqlite_file import companions, connect, fsync_dir, looks_encrypted, quote, require_sqlcipher

PASSPHRASE_MIN = 8


def _counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _convert(source: Path, key_in: str | None, key_out: str, *, live: bool) -> None:
    """Rewrite ``source`` with ``key_out`` ('' = plain text), checked, in place, all or nothing."""
    cipher = require_sqlcipher()
    partial = source.with_name(source.name + ".crypt.partial")
    partial.unlink(missing_ok=True)
    conn = cipher.connect(str(source), isolation_level=None, timeout=15)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key_in:
            conn.execute(f"PRAGMA key = {quote(key_in)}")
        try:
            before = _counts(conn)
        except cipher.DatabaseError:
            raise Ris3Error(f"{source.name} cannot be read with the passphrase given.") from None
        if live:
            # leaving write-ahead logging needs every other process's connection closed: the
            # test that nobody else has the register open (callers in this process close theirs)
            conn.execute("PRAGMA busy_timeout = 1000")
            try:
                mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            except cipher.OperationalError:
                mode = "busy"
            if mode.lower() != "delete":
                raise Ris3Error("The register is open in another window or program; close it there first. "
                                "Nothing was changed.")
        conn.execute(f"ATTACH DATABASE {quote(str(partial))} AS converted KEY {quote(key_out)}")
        conn.execute("BEGIN EXCLUSIVE")  # nobody writes while it is converted
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE converted")
        conn.execute("BEGIN EXCLUSIVE")  # ... nor until the converted copy has taken its place
        with closing(connect(partial, key_out or None)) as check:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
            after = _counts(check)
            if live:
                check.execute("PRAGMA journal_mode = WAL")
        if result != "ok" or after != before:
            raise Ris3Error(f"The converted copy of {source.name} did not check out; nothing was changed.")
        os.replace(partial, source)
        for extra in companions(source):
            extra.unlink(missing_ok=True)
        fsync_dir(source.parent)
    except (sqlite3.DatabaseError, cipher.DatabaseError) as e:
        raise Ris3Error(f"{source.name} could not be converted ({e}); nothing was changed.") from None
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        partial.unlink(missing_ok=True)


def _backups(db_path: Path) -> list[Path]:
    folder = backup_folder(db_path)
    return sorted(folder.glob("*.db")) if folder.is_dir() else []


def encrypt(db_path, passphrase: str) -> int:
    """Encrypt a plain register and its backups with ``passphrase``; return how many backups
    were converted. From now on the passphrase is needed to open it."""
    db_path = Path(db_path)
    if len(passphrase) < PASSPHRASE_MIN:
        raise Ris3Error(f"Choose a passphrase of at least {PASSPHRASE_MIN} characters.")
    if not db_path.is_file():
        raise Ris3Error(f"There is no register at {db_path}.")
    if looks_encrypted(db_path):
        raise Ris3Error(f"{db_path.name} is encrypted already (or is not a database).")
    _convert(db_path, None, passphrase, live=True)
    done = 0
    for b in _backups(db_path):
        if not looks_encrypted(b):
            _convert(b, None, passphrase, live=False)
            done += 1
    return done


def decrypt(db_path, passphrase: str) -> int:
    """Store an encrypted register, and its backups, as plain SQLite again."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise Ris3Error(f"There is no register at {db_path}.")
    if not looks_encrypted(db_path):
        raise Ris3Error(f"{db_path.name} is not encrypted.")
    connect(db_path, passphrase, readonly=True).close()  # a wrong passphrase says so clearly
    _convert(db_path, passphrase, "", live=True)
    done = 0
    for b in _backups(db_path):
        if looks_encrypted(b):
            try:
                _convert(b, passphrase, "", live=False)
                done += 1
            except Ris3Error:
                continue  # a backup under another passphrase stays as it is
    return done
