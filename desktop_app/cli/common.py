"""What every sub-command shares: the database options, opening the register, one-line errors."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from database.errors import Ris3Error

if TYPE_CHECKING:
    from database.engine import Database

PASSPHRASE_ENV = "RIS3DESK_PASSPHRASE"


def add_database_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="a SQLite register file (default: in your data folder)")
    where.add_argument("--database-url", metavar="URL",
                       help="a database URL, e.g. postgresql+psycopg://user@host/ris3 for a team register "
                            "(or set RIS3DESK_DATABASE_URL)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="the passphrase of an encrypted register, read from FILE "
                             f"(or set {PASSPHRASE_ENV})")


def database_url(args: argparse.Namespace) -> str:
    from database.engine import resolve_url  # here: `ris3desk --help` needs no SQLAlchemy

    return resolve_url(args.db, args.database_url)


def passphrase(args: argparse.Namespace) -> str | None:
    """--passphrase-file FILE (its first line), else $RIS3DESK_PASSPHRASE, else None."""
    name = getattr(args, "passphrase_file", None)
    if name:
        try:
            text = Path(name).expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise Ris3Error(f"The passphrase file {name} cannot be read ({getattr(e, 'strerror', None) or e}).") \
                from None
        lines = text.splitlines()
        if not lines or not lines[0]:
            raise Ris3Error(f"The passphrase file {name} is empty.")
        return lines[0]
    return os.environ.get(PASSPHRASE_ENV) or None


def register_path(args: argparse.Namespace) -> Path | None:
    """The register's file, for commands that work on the file itself; None for a server."""
    from database.engine import sqlite_path

    return sqlite_path(database_url(args))


def warn_if_unsafe(path: Path | None) -> None:
    """One line on stderr when the register sits in a cloud-synced folder or on a network drive."""
    from database.places import unsafe_reason

    reason = unsafe_reason(path) if path is not None else None
    if reason:
        print(f"ris3desk: warning: {reason}", file=sys.stderr)


def open_register(args: argparse.Namespace, **kw) -> Database:
    from database.engine import open_database, sqlite_path

    url = database_url(args)
    warn_if_unsafe(sqlite_path(url))
    db = open_database(url, passphrase=passphrase(args), **kw)
    db.one_shot = True  # (a command reads nothing beside its own writes: see Database.one_shot)
    return db


# (Database, its commit count when watching began, what its next commit saves): see interrupted_message
_watched: list[tuple[Database, int, str]] = []


def watch_commits(db: Database, what: str) -> None:
    """From now on, Ctrl+C tells whether ``what`` (one transaction on ``db``) was saved before it."""
    _watched.append((db, db.commits, what))


def forget_watched() -> None:
    """A new command (main() may run several in one process: the tests do)."""
    _watched.clear()


def interrupted_message() -> str:
    """What Ctrl+C leaves: every transaction is all or nothing, and every file is written whole,
    so nothing half-written is kept; a transaction committed before the interrupt stays."""
    for db, mark, what in _watched:
        if db.commits > mark:
            return (f"interrupted after {what} was saved: it is in the register (its summary was not printed; "
                    "'ris3desk stats' shows the figures). Nothing half-written was kept.")
    return "interrupted; nothing half-written was kept."


def refuse_encrypted_without_passphrase(path: Path, passphrase_given: str | None, doing: str) -> None:
    """An encrypted register given no passphrase: say so (never "damaged") and stop."""
    from database.sqlite_file import probably_encrypted

    if not passphrase_given and path.is_file() and probably_encrypted(path):
        fail(f"{path.name} is encrypted: give its passphrase with --passphrase-file FILE or the "
             f"{PASSPHRASE_ENV} environment variable to {doing}. Nothing was changed.")


def write_crash_log(exc: BaseException):
    """Append the traceback to ris3desk.log in the user's log folder; return its path."""
    import traceback
    from datetime import datetime

    from platformdirs import user_log_path

    path = user_log_path("ris3desk", appauthor=False) / "ris3desk.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {' '.join(sys.argv)}\n")
        fh.write("".join(traceback.format_exception(exc)))
    return path


def fail(message: str, code: int = 1) -> None:
    print(f"ris3desk: {message}", file=sys.stderr)
    raise SystemExit(code)


def print_json(data) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
