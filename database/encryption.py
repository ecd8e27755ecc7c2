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
from dataclasses import dataclass
from pathlib import Path

from .backup import backup_folder
from .errors import EncryptedDatabaseError, Ris3Error
from .sqlite_file import (
    companions,
    connect,
    fsync_dir,
    looks_encrypted,
    partial_file,
    quote,
    require_sqlcipher,
)

PASSPHRASE_MIN = 8
WRONG_KEY = "it does not open with the passphrase given"


def _counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _convert(source: Path, key_in: str | None, key_out: str, *, live: bool) -> None:
    """Rewrite ``source`` with ``key_out`` ('' = plain text), checked, in place, all or nothing."""
    cipher = require_sqlcipher()
    with partial_file(source, source.with_name(source.name + ".crypt.partial")) as partial:
        _convert_into(cipher, source, partial, key_in, key_out, live=live)


def _convert_into(cipher, source: Path, partial: Path, key_in: str | None, key_out: str, *, live: bool) -> None:
    conn = cipher.connect(str(source), isolation_level=None, timeout=15)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key_in:
            conn.execute(f"PRAGMA key = {quote(key_in)}")
        try:
            before = _counts(conn)
        except cipher.DatabaseError:
            raise Ris3Error(f"{source.name} cannot be read " + ("with the passphrase given." if key_in else
                                                                "(it is damaged, or not a database).")) from None
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
        try:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        except (sqlite3.Error, cipher.Error):  # the error being raised is the one to report
            pass
        conn.close()
        partial.unlink(missing_ok=True)


def _backups(db_path: Path) -> list[Path]:
    folder = backup_folder(db_path)
    return sorted(folder.glob("*.db")) if folder.is_dir() else []


@dataclass(frozen=True)
class Conversion:
    """What ``encrypt`` / ``decrypt`` did."""

    converted: tuple[Path, ...]  # the backups converted
    left: tuple[tuple[Path, str], ...] = ()  # backups left as they were, and why
    register: bool = True  # False: the register was converted already (a run finishing an earlier one)


def _readable(path: Path, key: str | None, *, live: bool = False) -> str | None:
    """Why ``path`` cannot be converted with ``key`` (None: plain), or None when it can: it
    opens, and SQLite's quick check passes (a damaged or cut-short copy would fail half-way).
    Read-only; a backup (not ``live``) is read as immutable, so no log file appears beside it."""
    cipher = require_sqlcipher()
    uri = f"{path.absolute().as_uri()}?mode=ro" + ("" if live else "&immutable=1")
    try:
        with closing(cipher.connect(uri, uri=True, isolation_level=None)) as conn:
            conn.execute("PRAGMA cipher_log_level = NONE")
            if key:
                conn.execute(f"PRAGMA key = {quote(key)}")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except cipher.DatabaseError:
                return WRONG_KEY if key else "it is not a database SQLite can read"
            result = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
            if result != ["ok"]:
                return "it is damaged or cut short (" + "; ".join(result[:2]) + ")"
    except (OSError, sqlite3.DatabaseError, cipher.DatabaseError) as e:
        return f"it cannot be read ({e})"
    return None


def _convert_all(db_path: Path, backups: list[Path], key_in: str | None, key_out: str,
                 left: list[tuple[Path, str]], *, register: bool = True) -> Conversion:
    """Convert the register (unless done already), then each backup; a failure half-way says
    exactly what was converted and what was not (the files done stay done: each is whole and
    checked), and running the command again finishes the work."""
    if register:
        _convert(db_path, key_in, key_out, live=True)
    done: list[Path] = []
    for b in backups:
        try:
            _convert(b, key_in, key_out, live=False)
        except (Ris3Error, OSError) as e:
            state = "encrypted" if key_out else "decrypted"
            rest = [p.name for p in backups if p != b and p not in done]
            raise Ris3Error(
                f"{db_path.name} was {state}" + ("" if register else " already")
                + f", and {len(done)} of its {len(backups)} backups; then {b.name} could not "
                f"be converted ({getattr(e, 'strerror', None) or e}), so it"
                + (f" and {', '.join(rest)}" if rest else "")
                + f" stayed as before ({'unencrypted' if key_out else 'encrypted'}). Run the command again to "
                "finish.") from None
        done.append(b)
    return Conversion(tuple(done), tuple(left), register)


def encrypt_files(db_path, passphrase: str) -> Conversion:
    """Encrypt a plain register and its backups with ``passphrase``. Every file is checked
    first: when the register or a plain backup cannot be read (damaged, cut short), nothing is
    changed and the error names it — a backup that stayed plain would keep the personal data
    readable. Backups encrypted already are left as they are (and listed)."""
    db_path = Path(db_path)
    if len(passphrase) < PASSPHRASE_MIN:
        raise Ris3Error(f"Choose a passphrase of at least {PASSPHRASE_MIN} characters.")
    if not db_path.is_file():
        raise Ris3Error(f"There is no register at {db_path}.")
    register = not looks_encrypted(db_path)
    if not register:  # encrypted already: with this passphrase, finish what an earlier run left
        try:
            connect(db_path, passphrase, readonly=True).close()
        except EncryptedDatabaseError:
            raise Ris3Error(f"{db_path.name} is encrypted already, with another passphrase (or is not a database); "
                            "nothing was changed.") from None
    else:
        problem = _readable(db_path, None, live=True)
        if problem:
            raise Ris3Error(f"{db_path.name} cannot be encrypted: {problem}. Nothing was changed; run 'ris3desk check'.")
    plain, left = [], []
    for b in _backups(db_path):
        if looks_encrypted(b):
            left.append((b, "encrypted already"))
            continue
        problem = _readable(b, None)
        if problem:
            raise Ris3Error(f"Nothing was encrypted: the backup {b} cannot be converted, because {problem}. It may hold "
                            "personal data unencrypted: delete it (or move it out of the backup folder), then run "
                            "'ris3desk encrypt' again.")
        plain.append(b)
    return _convert_all(db_path, plain, None, passphrase, left, register=register)


def encrypt(db_path, passphrase: str) -> int:
    """Encrypt a plain register and its backups with ``passphrase``; return how many backups
    were converted (:func:`encrypt_files` says more). From now on the passphrase is needed to
    open it."""
    return len(encrypt_files(db_path, passphrase).converted)


def decrypt_files(db_path, passphrase: str) -> Conversion:
    """Store an encrypted register, and its backups under the same passphrase, as plain SQLite
    again. Backups that do not open with it (another passphrase) are left encrypted, and listed;
    a backup that opens but is damaged stops everything before any change."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise Ris3Error(f"There is no register at {db_path}.")
    register = looks_encrypted(db_path)
    if register:
        connect(db_path, passphrase, readonly=True).close()  # a wrong passphrase says so clearly
    todo, left = [], []
    for b in _backups(db_path):
        if not looks_encrypted(b):
            continue  # plain already
        problem = _readable(b, passphrase)
        if problem is None:
            todo.append(b)
        elif problem == WRONG_KEY:
            left.append((b, "it is encrypted with another passphrase"))
        else:
            raise Ris3Error(f"Nothing was decrypted: the backup {b} cannot be converted, because {problem}. "
                            "Delete it (or move it out of the backup folder), then run 'ris3desk decrypt' again.")
    if not register and not todo:
        raise Ris3Error(f"{db_path.name} is not encrypted" + (", nor are its backups." if not left else
                                                              "; its encrypted backups do not open with this passphrase."))
    return _convert_all(db_path, todo, passphrase, "", left, register=register)


def decrypt(db_path, passphrase: str) -> int:
    """Store an encrypted register, and its backups, as plain SQLite again; return how many
    backups were converted."""
    return len(decrypt_files(db_path, passphrase).converted)
