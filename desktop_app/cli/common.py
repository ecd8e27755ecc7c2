"""What every sub-command shares: the database options, opening the register, one-line errors."""

from __future__ import annotations

import argparse
import json
import sys

from database.engine import Database, open_database, resolve_url


def add_database_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="a SQLite register file (default: in your data folder)")
    where.add_argument("--database-url", metavar="URL",
                       help="a database URL, e.g. postgresql+psycopg://user@host/ris3 for a team register "
                            "(or set RIS3DESK_DATABASE_URL)")


def database_url(args: argparse.Namespace) -> str:
    return resolve_url(args.db, args.database_url)


def open_register(args: argparse.Namespace, **kw) -> Database:
    return open_database(database_url(args), **kw)


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
