"""A register's file reached directly with the sqlite3 module (or SQLCipher's), below SQLAlchemy.

Backups, checks and encryption work on whole files: they need SQLite's backup API, its
pragmas and exact control of what is opened for writing, none of which goes through the ORM.
Nothing here imports SQLAlchemy, so the start-up check costs no more than the file reads.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import DamagedDatabaseError, EncryptedDatabaseError, Ris3Error
from .i18n import QT_TRANSLATE_NOOP as _N
from .i18n import Message, Text

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 15.0


def sqlcipher():
    """The SQLCipher module, or None when the optional `encryption` extra is not installed."""
    try:
        import sqlcipher3
    except ImportError:
        return None
    return sqlcipher3


def _sqlcipher_in_use():
    """SQLCipher's module when something imported it: its errors cannot arise otherwise, and
    importing it only to name them cost every start of the window ~10 ms."""
    return sys.modules.get("sqlcipher3")


def database_errors() -> tuple[type[Exception], ...]:
    """sqlite3's DatabaseError and, when in use, SQLCipher's (a separate class)."""
    module = _sqlcipher_in_use()
    return (sqlite3.DatabaseError, module.DatabaseError) if module else (sqlite3.DatabaseError,)


def operational_errors() -> tuple[type[Exception], ...]:
    module = _sqlcipher_in_use()
    return (sqlite3.OperationalError, module.OperationalError) if module else (sqlite3.OperationalError,)


def require_sqlcipher():
    module = sqlcipher()
    if module is None:
        raise Ris3Error("Encryption needs the SQLCipher module, which this installation lacks "
                        "(pip install 'ris3desk[encryption]').")
    return module


def quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(path: Path, passphrase: str | None = None, *, readonly: bool = False,
            immutable: bool = False) -> sqlite3.Connection:
    """A raw connection; with a passphrase, through SQLCipher with the key set and tried.

    ``readonly`` opens the file so that nothing can be written to it (``immutable`` also skips
    locking, for files nobody else writes: backups). Raises EncryptedDatabaseError when the
    key does not fit.
    """
    path = Path(path)
    if readonly or immutable:
        target = f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
        uri = True
    else:
        target, uri = str(path), False
    module = require_sqlcipher() if passphrase else sqlite3
    conn = module.connect(target, uri=uri, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                          check_same_thread=False)
    if passphrase:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log line
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except module.DatabaseError:
            conn.close()
            raise EncryptedDatabaseError(path, wrong=True) from None
    return conn


def roll_back_hot_journal(path: Path, passphrase: str | None = None) -> None:
    """A rollback journal left beside the register by a program killed while writing with one
    (engine._rollback_journal) is "hot": SQLite rolls it back for the next connection that may
    write — but a read-only one, such as the start-up check, cannot, and would call the register
    damaged. Roll it back here first, so such a check meets the register as it was before the
    interrupted write. Nothing happens without a journal, while its writer is still at work (the
    journal is not hot then), or when the file may not be written (the check then says why)."""
    journal = Path(path).with_name(Path(path).name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    try:
        conn = connect(path, passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except database_errors():
        pass


@dataclass(frozen=True)
class Header:
    page_size: int
    pages: int  # the page count the header claims
    pages_valid: bool  # whether that count is current (SQLite 3.7+ keeps it so)
    file_size: int
    wal_mode: bool


def read_header(path: Path) -> Header | None:
    """The plain-text header, or None when the file is not a plain SQLite file (encrypted, or
    not a database). Raises DamagedDatabaseError when the header is SQLite's but impossible."""
    with Path(path).open("rb") as fh:
        head = fh.read(100)
    if head[:16] != SQLITE_MAGIC:
        return None
    size = os.path.getsize(path)
    if len(head) < 100:
        raise DamagedDatabaseError(CUT_SHORT.format(name=Path(path).name, size=size))
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    write_version, read_version = head[18], head[19]
    change_counter, pages = struct.unpack(">II", head[24:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    if page_size < 512 or page_size & (page_size - 1) or write_version not in (1, 2) or read_version not in (1, 2):
        raise DamagedDatabaseError(DAMAGED_HEADER.format(name=Path(path).name, page_size=page_size))
    return Header(page_size, pages, valid_for == change_counter and pages > 0, size, read_version == 2)


def looks_encrypted(path: Path) -> bool:
    """True for a non-empty file that is not plain SQLite: an SQLCipher register, or not a
    database at all (only the passphrase can tell them apart)."""
    path = Path(path)
    return path.is_file() and path.stat().st_size > 0 and read_header(path) is None


def probably_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite but has the shape of an SQLCipher register:
    whole pages of what looks like noise. Only the passphrase can tell it from a file damaged
    from its first byte on; without the passphrase it must be treated as encrypted, never as
    damaged (a healthy encrypted register must not be set aside)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        return path.is_file() and size >= 1024 and size % 512 == 0 and read_header(path) is None
    except (OSError, DamagedDatabaseError):
        return False


def unwritable_reason(path: Path) -> Text | Message | None:
    """Why a register at ``path`` cannot be written (or created) here, in plain words; None when
    it can. SQLite needs to write the file and to create its log files beside it."""
    path = Path(path)
    folder = path.parent
    read_only_disk = False
    try:
        read_only_disk = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # (no statvfs on Windows)
        pass
    if read_only_disk:
        return READ_ONLY_DISK.format(folder=folder)
    if path.exists():
        if not os.access(path, os.R_OK):
            return MAY_NOT_READ
        if not os.access(path, os.W_OK):
            return READ_ONLY_FILE
    if not os.access(folder, os.W_OK | os.X_OK):
        return READ_ONLY_FOLDER.format(folder=folder)
    return None


CUT_SHORT = _N("errors", "{name} is cut short: only {size} bytes of a database header.")
DAMAGED_HEADER = _N("errors", "{name} has a damaged header (page size {page_size}).")

# unwritable_reason's words, to be said inside a sentence (context "errors")
READ_ONLY_DISK = _N("errors", "the disk or folder it is on ({folder}) is read-only")
MAY_NOT_READ = _N("errors", "you are not permitted to read it")
READ_ONLY_FILE = _N("errors", "the file is read-only, or you are not permitted to change it")
READ_ONLY_FOLDER = _N("errors", "its folder {folder} is read-only, or you are not permitted to write there (SQLite "
                                "keeps its log files beside the register)")


def remove_quietly(path: Path) -> None:
    """Delete a file if it is there; a failure is not worth hiding the error being handled."""
    try:
        Path(path).unlink(missing_ok=True)
    except OSError:
        pass


@contextmanager
def partial_file(target: Path, partial: Path | None = None) -> Iterator[Path]:
    """The one way files are written whole: yields ``partial`` (``<target>.partial`` unless
    given) to write; the caller renames it to ``target`` inside the block once it is complete.
    On ANY exception — an error, Ctrl+C (KeyboardInterrupt), SystemExit — the partial file and
    SQLite's companion files beside it are removed before the exception goes on, so a
    half-written file (often full of personal data) never stays behind. A failure to remove
    never replaces the real error."""
    target = Path(target)
    partial = Path(partial) if partial is not None else target.with_name(target.name + ".partial")
    leftovers = [partial, *companions(partial)]
    for stale in leftovers:  # a killed earlier attempt's
        stale.unlink(missing_ok=True)
    try:
        yield partial
    except BaseException:
        for stale in leftovers:
            remove_quietly(stale)
        raise


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with Path(path).open("rb+") as fh:
        os.fsync(fh.fileno())


def companions(path: Path) -> list[Path]:
    """The write-ahead log and shared-memory files SQLite keeps beside a register."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
