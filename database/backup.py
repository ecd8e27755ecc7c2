"""Backups of a SQLite register: written with SQLite's online backup API while the register is
in use, verified after writing, kept on a rotating schedule, listed, and restored atomically.

Where they live: a folder beside the register, ``<name>-backups/``, one file per backup named
``<name>-<YYYYMMDD-HHMMSS-micro>-<reason>.db``. A backup is first written as ``.partial`` and
only renamed to ``.db`` once SQLite's integrity check passed, so a ``.db`` file in that folder
is always a complete, checked register.

What is kept (after Anki's schedule): the newest 7 ``daily`` backups (one per day the register
is opened), 4 ``weekly`` ones, the newest 5 taken before each kind of risky step
(``before-upgrade``, ``before-import``, ``before-restore``), and every ``manual`` one.

One entry point for the schedule, :func:`automatic`: the window calls it when it opens a
register and then every hour (it does nothing until a backup is due); importers call it with
``before="import"`` just before they write (restores and upgrades do so themselves). It works
on the file with its own connections, not the Database's sessions, so it may run on any thread:
at 100,000 organisations a backup takes a few seconds, better spent off the database worker.

A team register on PostgreSQL is backed up on the server (pg_dump, point-in-time recovery; see
README.md); ``ris3desk backup`` writes its JSON export instead (:func:`export_copy`).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .errors import DamagedDatabaseError, EncryptedDatabaseError, Ris3Error
from .i18n import QT_TRANSLATE_NOOP as _N
from .i18n import said
from .sqlite_file import (
    companions,
    connect,
    database_errors,
    fsync_dir,
    looks_encrypted,
    partial_file,
    probably_encrypted,
    read_header,
    require_sqlcipher,
    unwritable_reason,
)

KEEP = {"daily": 7, "weekly": 4, "before-upgrade": 5, "before-import": 5, "before-restore": 5}
REASONS = ("manual", *KEEP)
REASON_LABELS = {
    "manual": _N("backup", "taken by hand"), "daily": _N("backup", "daily"), "weekly": _N("backup", "weekly"),
    "before-upgrade": _N("backup", "before an upgrade"), "before-import": _N("backup", "before an import"),
    "before-restore": _N("backup", "before a restore"),
}
COUNTED = ("stakeholders", "contacts", "partnerships", "sectors", "interactions")
STALE_PARTIAL = timedelta(hours=1)
THOROUGH_UP_TO = 64 * 1024 * 1024  # bytes: smaller files get SQLite's full integrity_check  # a .partial older than this is the leftover of a killed backup

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z][a-z-]*)\.db$")
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the list of backups shows it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    counts: dict[str, int] | None  # None when the file cannot be read (damaged, or a wrong key)
    schema: str | None

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


# --- where ------------------------------------------------------------------------------------

def backup_folder(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + "-backups")


def _local_file(target, passphrase: str | None = None) -> tuple[Path, str | None] | None:
    """(path, passphrase) of a SQLite register given as a path or an open Database; None for a
    server database."""
    if isinstance(target, str | os.PathLike):
        return Path(target), passphrase
    path = getattr(target, "path", None)
    if path is None:
        return None
    return Path(path), passphrase if passphrase is not None else getattr(target, "passphrase", None)


def _require_local(target, passphrase):
    found = _local_file(target, passphrase)
    if found is None:
        raise Ris3Error(ON_THE_SERVER)
    return found


# What stands in the way of a backup or a restore, in the officer's words (context "errors")
ON_THE_SERVER = _N("errors", "A team register on a database server is backed up on the server (see the "
                             "documentation); 'ris3desk backup' writes its JSON export instead.")
NOT_A_REGISTER = _N("errors", "it is a SQLite database but not a RIS3 Desk register")
DAMAGED = _N("errors", "it is damaged ({why})")
BROKEN_LINKS = _N("errors", "it holds {count} broken links between records")
EXISTS = _N("errors", "{target} exists already, and a backup is never written over another file. Choose another "
                      "name (or a folder), or remove that file first.")
LOG_BESIDE = _N("errors", "{log}, a log file SQLite left for another database of that name, lies beside {target}; a "
                          "backup there would be mixed with it. Choose another name, or remove {log} first.")
CHANGED_WHILE_WRITTEN = _N("errors", "{target} was changed by another program while the backup was written; it is "
                                     "not the checked copy. Take the backup again under another name.")
NOTHING_TO_BACK_UP = _N("errors", "There is no register at {path} to back up.")
OVER_THE_REGISTER = _N("errors", "A backup cannot be written over the register itself; choose another file.")
NO_BACKUP_FOLDER = _N("errors", "The backup folder {folder} cannot be made ({why}); nothing was written. Give a "
                                "folder of your own with --out.")
UNREADABLE_THERE = _N("errors", "{name} cannot be read where it is: {reason} (SQLite writes its lock files beside a "
                                "register even to read it). Nothing was written.")
UNREADABLE = _N("errors", "it could not be read ({why})")
FAILED_CHECK = _N("errors", "The backup of {name} failed its check: {why}. Nothing was changed; the register may be "
                            "damaged: run 'ris3desk check'.")
A_FOLDER = _N("errors", "{path} is a folder; give the backup file itself ('ris3desk backup --list' shows the backups "
                        "in the register's backup folder).")
NO_SUCH_FILE = _N("errors", "{path} does not exist.")
CANNOT_RESTORE = _N("errors", "{name} cannot be restored: {why}.")
CANNOT_RESTORE_DAMAGED = _N("errors", "{name} cannot be restored: {why}")  # (why: a sentence of its own)
NOT_OURS_OR_LOCKED = _N("errors", "it is not a RIS3 Desk register (or it is encrypted and no passphrase was given)")
NOT_OURS_OR_OTHER_KEY = _N("errors", "it is not a RIS3 Desk register, or it is encrypted with another passphrase")
NEWER = _N("errors", "it was made by a newer version of RIS3 Desk (schema {schema}); install that version to use it")
PAGES_DIFFER = _N("errors", "The backup cannot be restored into this register: their pages differ in size and the "
                            "register is encrypted. Decrypt the register ('ris3desk decrypt') and try again.")
TOO_SMALL = _N("errors", "The backup is too small to be a register; nothing was restored.")
THE_REGISTER_ITSELF = _N("errors", "That file is the register itself; choose a backup.")
NO_FOLDER = _N("errors", "the folder {folder} does not exist")
CANNOT_RESTORE_HERE = _N("errors", "{name} cannot be restored: {why}. Nothing was changed.")
NO_EXPORT = _N("errors", "This version cannot export a team register yet; back it up on the server with pg_dump "
                         "(see the documentation).")


# --- writing ------------------------------------------------------------------------------------

def _counts(conn: sqlite3.Connection) -> tuple[dict[str, int], str | None]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        raise Ris3Error(NOT_A_REGISTER)
    schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED if t in tables}
    return counts, schema[0] if schema else None


def _check_copy(conn: sqlite3.Connection, size: int, *, links: bool) -> tuple[dict[str, int], str | None]:
    """Check a file we are about to trust; raise Ris3Error saying what is wrong.

    SQLite's ``integrity_check`` for files up to THOROUGH_UP_TO; above, its ``quick_check``
    (the b-trees and pages, not index contents: a tenth of the time, which at 100,000
    organisations is seconds instead of a minute). ``links`` adds ``foreign_key_check``, for
    files arriving from elsewhere (a restore); a fresh copy of a checked register needs none.
    """
    pragma = "integrity_check" if size <= THOROUGH_UP_TO else "quick_check"
    try:
        result = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
        if result != ["ok"]:
            raise Ris3Error(DAMAGED.format(why="; ".join(result[:3])))
        if links:
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise Ris3Error(BROKEN_LINKS.format(count=len(broken)))
        return _counts(conn)
    except database_errors() as e:
        raise Ris3Error(DAMAGED.format(why=e)) from None


def _name(db_path: Path, reason: str, now: datetime) -> str:
    return f"{db_path.stem}-{now.strftime(_STAMP)}-{reason}.db"


def _refuse_existing(target: Path) -> None:
    """A backup is never written over another file, nor beside SQLite log files that another
    database left under the same name (opening the backup would mix them into it)."""
    if target.exists() or target.is_symlink():
        raise Ris3Error(EXISTS.format(target=target))
    for extra in companions(target):
        if extra.exists():
            raise Ris3Error(LOG_BESIDE.format(log=extra.name, target=target))


def _place(partial: Path, target: Path) -> None:
    """Give a complete, verified file its final name — never over another file — and check that
    the file under that name is the one verified."""
    made = os.stat(partial)
    _refuse_existing(target)
    try:
        os.link(partial, target)  # fails when the name is taken, even by a file made a moment ago
    except FileExistsError:
        _refuse_existing(target)
        raise
    except OSError:  # a disk without hard links (a FAT or exFAT USB stick): check, then rename
        _refuse_existing(target)
        os.replace(partial, target)
    else:
        partial.unlink()
    placed = os.stat(target)
    if (placed.st_dev, placed.st_ino, placed.st_size) != (made.st_dev, made.st_ino, made.st_size):
        raise Ris3Error(CHANGED_WHILE_WRITTEN.format(target=target))
    fsync_dir(target.parent)


def take_backup(db_path, reason: str = "manual", folder: Path | None = None, *, passphrase: str | None = None,
                now: datetime | None = None, out: Path | None = None) -> Path:
    """Copy the register while others may be using it, verify the copy, return its path.

    ``out`` writes to that file instead of the backup folder (``ris3desk backup --out``); a
    file that exists already is refused, never overwritten. Nothing named ``.db`` in the
    backup folder, nor ``out``, is ever left half-written, and the ``.partial`` file is removed
    on any failure, Ctrl+C included.
    """
    db_path, passphrase = _require_local(db_path, passphrase)
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise Ris3Error(NOTHING_TO_BACK_UP.format(path=db_path))
    now = now or datetime.now()
    if out is not None:
        target = Path(out).expanduser().absolute()
        if target.exists() and target.samefile(db_path):
            raise Ris3Error(OVER_THE_REGISTER)
        if target.is_dir():
            target = target / _name(db_path, reason, now)
        _refuse_existing(target)
        target.parent.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(folder) if folder else backup_folder(db_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise Ris3Error(NO_BACKUP_FOLDER.format(folder=folder, why=e.strerror or e)) from None
        target = folder / _name(db_path, reason, now)
        _refuse_existing(target)
    with partial_file(target) as partial:
        src = connect(db_path, passphrase, readonly=True)
        try:
            dst = connect(partial, passphrase)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
                _check_copy(dst, db_path.stat().st_size, links=False)
            finally:
                dst.close()
        except (Ris3Error, *database_errors()) as e:
            where = unwritable_reason(db_path)
            if where and not isinstance(e, Ris3Error):  # SQLite cannot even read it there
                raise Ris3Error(UNREADABLE_THERE.format(name=db_path.name, reason=where)) from None
            why = said(e) if isinstance(e, Ris3Error) else UNREADABLE.format(why=e)
            raise Ris3Error(FAILED_CHECK.format(name=db_path.name, why=why)) from None
        finally:
            src.close()
        _place(partial, target)  # only a verified, complete file ever carries the final name
    return target


def _copy_file(source: Path, target: Path) -> Path:
    """A byte copy of a verified backup under another name, as safely as any backup."""
    with partial_file(target) as partial:
        shutil.copyfile(source, partial)
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        _place(partial, target)
    return target


# --- reading ------------------------------------------------------------------------------------

def _scan(folder: Path) -> list[tuple[Path, datetime, str]]:
    """Backups in a folder by their names alone (cheap): newest first."""
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            match = _NAME.match(p.name)
            if match and p.is_file():
                try:
                    found.append((p, datetime.strptime(match["stamp"], _STAMP), match["reason"]))
                except ValueError:
                    continue
    found.sort(key=lambda t: t[1], reverse=True)
    return found


def describe(path: Path, passphrase: str | None = None, taken_at: datetime | None = None,
             reason: str | None = None, *, live: bool = False) -> BackupInfo:
    """What a backup file holds (counts and schema), read without locking it. ``live``: the
    file is a register in use (read through its write-ahead log, with locks)."""
    path = Path(path)
    counts = schema = None
    try:
        conn = connect(path, passphrase if looks_encrypted(path) else None, immutable=not live, readonly=True)
        try:
            counts, schema = _counts(conn)
        finally:
            conn.close()
    except (Ris3Error, OSError, *database_errors()):
        pass
    if taken_at is None:
        match = _NAME.match(path.name)
        taken_at = datetime.strptime(match["stamp"], _STAMP) if match else datetime.fromtimestamp(path.stat().st_mtime)
        reason = reason or (match["reason"] if match else "manual")
    return BackupInfo(path, taken_at, reason or "manual", path.stat().st_size, counts, schema)


def list_backups(target, folder: Path | None = None, *, passphrase: str | None = None) -> list[BackupInfo]:
    """The backups of a register, newest first, with date, reason, size and counts."""
    found = _local_file(target, passphrase)
    if found is None:
        return []
    db_path, passphrase = found
    folder = Path(folder) if folder else backup_folder(db_path)
    return [describe(p, passphrase, at, reason) for p, at, reason in _scan(folder)]


def verify(path, passphrase: str | None = None) -> BackupInfo:
    """Check that a file is a healthy RIS3 Desk register this version can use; raise Ris3Error
    saying why not (not a database, damaged, not ours, made by a newer version)."""
    from .engine import SCHEMA_HEAD

    path = Path(path).expanduser()
    if path.is_dir():
        raise Ris3Error(A_FOLDER.format(path=path))
    if not path.is_file():
        raise Ris3Error(NO_SUCH_FILE.format(path=path))
    try:
        header = read_header(path)
    except DamagedDatabaseError as e:
        raise Ris3Error(CANNOT_RESTORE_DAMAGED.format(name=path.name, why=said(e))) from None
    if header is None and not passphrase:
        raise Ris3Error(CANNOT_RESTORE.format(name=path.name, why=NOT_OURS_OR_LOCKED))
    try:
        conn = connect(path, passphrase if header is None else None, readonly=True)
    except EncryptedDatabaseError:
        raise Ris3Error(CANNOT_RESTORE.format(name=path.name, why=NOT_OURS_OR_OTHER_KEY)) from None
    try:
        counts, schema = _check_copy(conn, path.stat().st_size, links=True)
    except Ris3Error as e:
        raise Ris3Error(CANNOT_RESTORE.format(name=path.name, why=said(e))) from None
    finally:
        conn.close()
    if schema != SCHEMA_HEAD:
        from . import migrate

        if not migrate.is_known(schema):
            raise Ris3Error(CANNOT_RESTORE.format(name=path.name, why=NEWER.format(schema=schema)))
    return describe(path, passphrase)


def newest_good(target, folder: Path | None = None, *, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup that passes :func:`verify` (what to offer when the register is damaged)."""
    db_path, passphrase = _require_local(target, passphrase)
    folder = Path(folder) if folder else backup_folder(db_path)
    for path, _at, _reason in _scan(folder):
        try:
            return verify(path, passphrase)
        except Ris3Error:
            continue
    return None


# --- the schedule -------------------------------------------------------------------------------

def rotate(db_path, folder: Path | None = None, now: datetime | None = None) -> list[Path]:
    """Delete what the schedule no longer keeps, and leftovers of killed backups; return them."""
    db_path = Path(db_path)
    folder = Path(folder) if folder else backup_folder(db_path)
    removed, seen = [], {}
    for path, _at, reason in _scan(folder):
        seen[reason] = seen.get(reason, 0) + 1
        if reason in KEEP and seen[reason] > KEEP[reason]:
            path.unlink(missing_ok=True)
            removed.append(path)
    limit = time.time() - STALE_PARTIAL.total_seconds()
    for partial in folder.glob("*.partial") if folder.is_dir() else []:
        if partial.stat().st_mtime < limit:
            partial.unlink(missing_ok=True)
            removed.append(partial)
    return removed


def automatic(target, folder: Path | None = None, now: datetime | None = None, *, before: str | None = None,
              passphrase: str | None = None) -> list[Path]:
    """Take the backups that are due and rotate; return the new files (usually none).

    Without ``before``: a daily backup when none was taken today, a weekly one when the newest
    is a week old. With ``before="upgrade" | "import" | "restore"``: one backup now, whatever
    the schedule. A server database, or a register not yet written, needs none here.
    """
    found = _local_file(target, passphrase)
    if found is None:
        return []
    db_path, passphrase = found
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return []
    now = now or datetime.now()
    folder = Path(folder) if folder else backup_folder(db_path)
    taken = []
    if before:
        taken.append(take_backup(db_path, f"before-{before}", folder, passphrase=passphrase, now=now))
    else:
        existing = _scan(folder)
        if not any(r == "daily" and at.date() == now.date() for _p, at, r in existing):
            taken.append(take_backup(db_path, "daily", folder, passphrase=passphrase, now=now))
        if not any(r == "weekly" and now - at < timedelta(days=7) for _p, at, r in existing):
            if taken:  # the daily one just verified serves as this week's too
                taken.append(_copy_file(taken[0], folder / _name(db_path, "weekly", now)))
            else:
                taken.append(take_backup(db_path, "weekly", folder, passphrase=passphrase, now=now))
    rotate(db_path, folder, now)
    return taken


# --- restoring ----------------------------------------------------------------------------------

def set_aside(db_path: Path, now: datetime | None = None) -> Path:
    """Move a damaged register (and its log files) out of the way, keeping it for inspection;
    return where it went."""
    db_path = Path(db_path)
    now = now or datetime.now()
    aside = db_path.with_name(f"{db_path.stem}-damaged-{now.strftime(_STAMP)}{db_path.suffix}")
    for src, dst in [(db_path, aside), *zip(companions(db_path), companions(aside), strict=True)]:
        if src.exists():
            os.replace(src, dst)
    fsync_dir(db_path.parent)
    return aside


def _page_size(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA page_size").fetchone()[0]


def _copy_converted(source: Path, key_in: str | None, target: Path, key_out: str | None,
                    page_size: int | None = None) -> None:
    """Write ``source`` (opened with ``key_in``) to the new file ``target`` with ``key_out``
    (None: plain SQLite) and, when given, ``page_size``: what SQLite's backup API cannot do
    itself (it copies pages as they are, so both ends need the same key and page size)."""
    if key_in == key_out:
        _backup_api(source, target, key_in, page_size=page_size)
        return
    from .sqlite_file import quote

    cipher = require_sqlcipher()
    with closing(cipher.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None)) as conn:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key_in:
            conn.execute(f"PRAGMA key = {quote(key_in)}")
        conn.execute(f"ATTACH DATABASE {quote(str(target))} AS converted KEY {quote(key_out or '')}")
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    with closing(connect(target, key_out)) as conn:
        if page_size and _page_size(conn) != page_size:
            if key_out:
                raise Ris3Error(PAGES_DIFFER)
            conn.execute(f"PRAGMA page_size = {int(page_size)}")
            conn.execute("VACUUM")
        conn.execute("PRAGMA journal_mode = WAL")


def _copy_under_lock(src: sqlite3.Connection, dst: sqlite3.Connection, before: Callable[[], None] | None) -> None:
    """SQLite's backup API from ``src`` into ``dst``, in ONE write transaction on ``dst``.

    SQLite holds the destination's write lock from the backup's first step to its last. With
    ``before``, the copy goes in steps and ``before()`` runs after the first one: inside that
    lock, when nobody can commit anything any more, and before anything is committed — so what
    it sees (the backup taken of the state being replaced) is exactly what the restore then
    replaces. An import committed while the restore waited for the lock is in that backup; one
    that starts later waits for the restore. If ``before()`` fails, the backup is abandoned and
    the register is left as it was."""
    if before is None:
        src.backup(dst)
        return
    pages = src.execute("PRAGMA page_count").fetchone()[0]
    step = max(1, min(1024, pages // 8))  # never the whole file in the first step
    called = []

    def progress(_status: int, remaining: int, _total: int) -> None:
        if called:
            return
        called.append(True)
        if remaining == 0:  # (a file of one page: never a register, which verify() has made sure of)
            raise Ris3Error(TOO_SMALL)
        before()

    src.backup(dst, pages=step, progress=progress)


def _install(backup_path: Path, db_path: Path, key_in: str | None, key_out: str | None = None, *,
             before: Callable[[], None] | None = None) -> None:
    """Make ``db_path`` hold what ``backup_path`` (opened with ``key_in``) holds, all or nothing,
    encrypted with ``key_out`` (the register's own passphrase; None: plain).

    An existing register is overwritten through SQLite's backup API: one write transaction,
    so other windows wait and then see the restored data, and a crash half-way leaves the old
    data (the write-ahead log undoes it). ``before`` runs inside that transaction's lock (see
    :func:`_copy_under_lock`). A missing register is written beside its place and renamed
    into it. A backup with another page size or encryption than the register is converted
    into a scratch copy first (the backup API copies pages as they are).
    """
    if not db_path.exists():
        with partial_file(db_path) as partial:
            _copy_converted(backup_path, key_in, partial, key_out)
            os.replace(partial, db_path)
        fsync_dir(db_path.parent)
        return
    scratch = db_path.with_name(db_path.name + ".restore.partial")
    with partial_file(scratch, scratch):
        with closing(connect(db_path, key_out)) as dst:
            wanted = _page_size(dst)
        with closing(connect(backup_path, key_in, readonly=True)) as src:
            same_pages = _page_size(src) == wanted
        source = backup_path
        if key_in != key_out or not same_pages:
            _copy_converted(backup_path, key_in, scratch, key_out, page_size=wanted)
            source = scratch
        with closing(connect(source, key_out, readonly=True)) as src, \
                closing(connect(db_path, key_out)) as dst:
            _copy_under_lock(src, dst, before)
        for leftover in (scratch, *companions(scratch)):
            leftover.unlink(missing_ok=True)


def _backup_api(source: Path, target: Path, passphrase: str | None, page_size: int | None = None) -> None:
    with closing(connect(source, passphrase, readonly=True)) as src, closing(connect(target, passphrase)) as dst:
        src.backup(dst)
        if page_size and _page_size(dst) != page_size:
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.execute(f"PRAGMA page_size = {int(page_size)}")
            dst.execute("VACUUM")
        dst.execute("PRAGMA journal_mode = WAL")


@dataclass(frozen=True)
class Restored:
    """What a restore did, for the officer to be told."""

    before: Path | None  # the backup taken of the state replaced (None: there was none to take)
    set_aside: Path | None  # where a damaged register was moved (kept for inspection)
    encrypted: bool  # the register is encrypted now
    converted: bool  # the backup was (or was not) encrypted unlike the register, and was converted


def _register_key(db_path: Path, passphrase: str | None) -> str | None:
    """The key the register at ``db_path`` is encrypted with: None for a plain register, the
    passphrase for an encrypted one. An encrypted register without a passphrase is refused
    here, changing nothing: without the key it cannot be told from a damaged file, and a
    healthy register must never be set aside as damaged."""
    try:
        plain = read_header(db_path) is not None
    except DamagedDatabaseError:
        return None  # SQLite's header, damaged: quick_check says so
    if plain:
        return None
    if passphrase:
        return passphrase
    if probably_encrypted(db_path):
        raise EncryptedDatabaseError(db_path, wrong=False)
    return None  # not a database at all: quick_check finds it damaged


def restore(target, backup_path, *, passphrase: str | None = None, folder: Path | None = None,
            now: datetime | None = None) -> Path | None:
    """Replace the register's content by a backup's, atomically; return the backup taken of the
    state before (None when there was nothing, or it was damaged and set aside instead).
    :func:`restore_details` says everything that was done.

    Refuses, changing nothing, a file that is not a healthy RIS3 Desk register, or one made by
    a newer version.
    """
    return restore_details(target, backup_path, passphrase=passphrase, folder=folder, now=now).before


def restore_details(target, backup_path, *, passphrase: str | None = None, folder: Path | None = None,
                    now: datetime | None = None) -> Restored:
    """:func:`restore`, saying what was done: the backup of the state replaced, where a damaged
    register went, and whether the register is (still) encrypted.

    The register keeps its encryption: a plain backup restored into an encrypted register is
    encrypted with the register's passphrase, an encrypted backup restored into a plain register
    is stored plain (as the register was). An encrypted register needs its passphrase: without
    it the restore is refused and nothing changes.
    """
    from .integrity import quick_check

    db_path, passphrase = _require_local(target, passphrase)
    backup_path = Path(backup_path).expanduser().absolute()
    if backup_path.is_file() and db_path.exists() and backup_path.samefile(db_path):
        raise Ris3Error(THE_REGISTER_ITSELF)
    info = verify(backup_path, passphrase)
    key_in = passphrase if looks_encrypted(backup_path) else None
    problem = unwritable_reason(db_path) if db_path.parent.is_dir() else NO_FOLDER.format(folder=db_path.parent)
    if problem:
        raise Ris3Error(CANNOT_RESTORE_HERE.format(name=db_path.name, why=problem))
    now = now or datetime.now()
    present = db_path.is_file() and db_path.stat().st_size > 0
    key_out, aside, taken = key_in, None, []
    if present:
        key_out = _register_key(db_path, passphrase)
        try:
            quick_check(db_path, key_out, budget_s=None)
        except DamagedDatabaseError:
            aside = set_aside(db_path, now)
            present = False

    def before() -> None:  # inside the restore's write lock (see _install)
        taken.extend(automatic(db_path, folder, now, before="restore", passphrase=key_out))

    _install(backup_path, db_path, key_in, key_out, before=before if present else None)
    quick_check(db_path, key_out, budget_s=None)
    if info.schema:
        from .engine import SCHEMA_HEAD

        if info.schema != SCHEMA_HEAD:  # an older backup: bring it up to this version now
            from .engine import open_database, sqlite_url

            open_database(sqlite_url(db_path), passphrase=key_out).close()
    return Restored(before=taken[0] if taken else None, set_aside=aside, encrypted=key_out is not None,
                    converted=key_in != key_out)


def replace_damaged(db_path, backup_path, *, passphrase: str | None = None,
                    now: datetime | None = None) -> Path:
    """For the window's damaged-register dialog: keep the damaged file aside and put the backup
    in its place. Returns where the damaged file now is."""
    db_path, passphrase = _require_local(db_path, passphrase)
    backup_path = Path(backup_path)
    verify(backup_path, passphrase)
    key_in = passphrase if looks_encrypted(backup_path) else None
    try:  # the damaged register keeps its encryption when it had some and the passphrase is known
        was_plain = read_header(db_path) is not None
    except (OSError, DamagedDatabaseError):
        was_plain = True
    key_out = passphrase if passphrase and not was_plain else key_in
    aside = set_aside(db_path, now)
    _install(backup_path, db_path, key_in, key_out)
    return aside


# --- team databases -----------------------------------------------------------------------------

def export_copy(db, out: Path | None = None, now: datetime | None = None) -> Path:
    """A team register's backup from the application's side: its JSON export."""
    try:
        from .export import export_json
    except ImportError:
        raise Ris3Error(NO_EXPORT) from None
    now = now or datetime.now()
    if out is None:
        from platformdirs import user_data_path

        out = user_data_path("ris3desk", appauthor=False) / "exports" / f"{db.url.database}-{now.strftime(_STAMP)}.json"
    out = Path(out).expanduser().absolute()
    if out.is_dir():
        out = out / f"{db.url.database}-{now.strftime(_STAMP)}.json"
    _refuse_existing(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with partial_file(out, out.with_name(out.stem + ".partial" + out.suffix)) as partial:
        export_json(db, partial)
        os.replace(partial, out)
    return out
