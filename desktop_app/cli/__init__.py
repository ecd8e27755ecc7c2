"""The ``ris3desk`` command: without a sub-command it opens the window; with one, it works on the
register and exits. Errors are one line on stderr and exit 1; usage errors exit 2
(DESIGN.md §4). No Qt is imported unless the window is asked for."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys

from database.errors import Ris3Error
from database.i18n import Message

from . import common

# Each module registers one sub-command: register(subparsers) and run(args) -> int.
COMMAND_MODULES = [
    "init",
    "stats",
    "import",
    "export",
    "check",
    "backup",
    "restore",
    "encrypt",
    "decrypt",
    "pack",
]


def _modules():
    import importlib

    return [importlib.import_module(f"{__name__}.cmd_{name}") for name in COMMAND_MODULES]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ris3desk",
        description="RIS3 Desk: the register of S3 sectors, stakeholders and partnerships. "
                    "Without a command, opens the window.")
    common.add_database_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _modules():
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    # Loading the program (SQLAlchemy, Qt's wrappers, the mapped classes) makes several hundred
    # thousand objects that live as long as it does, and next to no garbage: the cycle collector's
    # repeated passes over them cost ~0.1 s of every start of the window. It is off while the
    # modules load and on again before any work (run_window turns it on before its event loop).
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    common.forget_watched()
    # psycopg logs what it could not clean up after a server went away ("error ignored terminating
    # <psycopg.Pipeline [BAD]>…"): the officer gets our one line about it instead
    logging.getLogger("psycopg").setLevel(logging.CRITICAL)
    try:
        if args.command is None:
            from desktop_app.gui.app import run_window

            return run_window(common.database_url(args), common.passphrase(args))
        gc.enable()
        return args.run(args)
    except Ris3Error as e:
        common.fail(str(e))
    except KeyboardInterrupt:
        common.fail(common.interrupted_message(), code=130)
    except BrokenPipeError:  # the reader stopped early (`ris3desk stats | head`): nothing to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (no second error at exit)
        return 0
    except OSError as e:
        common.fail(f"{e.strerror or e}: {e.filename}" if e.filename else str(e))
    except Exception as e:  # noqa: BLE001 - a bug: one line for the officer, the details in a log
        damage = _damage(e)
        if damage:
            common.fail(damage)
        said = _explain(e, args)
        if isinstance(said, Message):  # something the officer can act on, said plainly
            common.fail(said)
        log = common.write_crash_log(e)  # the statement and its parameters go here only
        common.fail(f"unexpected error ({said}); details in {log}")
    return 1


def _explain(e: Exception, args: argparse.Namespace) -> str:
    """engine.explain_error for the register the command worked on (its user named)."""
    from database.engine import explain_error

    try:
        url = common.database_url(args)
    except Exception:  # noqa: BLE001 - the error itself still has to be said
        url = None
    return explain_error(e, url)


# What a team register's server says when it goes away during a command
_SERVER_GONE = ("server closed the connection", "terminating connection", "connection is closed",
                "could not receive data from server", "the connection is lost", "connection failed",
                "Connection refused", "consuming input failed")


def _damage(e: Exception) -> str | None:
    """Plain words for what the database itself ran into during a command — damage SQLite found
    in a part of a large register the check at opening did not reach in its time budget, or a
    team register's server going away — or None for any other error."""
    said = str(getattr(e, "orig", None) or e)
    if "malformed" in said or "file is not a database" in said:
        return (f"the register is damaged: SQLite found a broken page while reading it ({said}); nothing more "
                "was written. Run 'ris3desk check', then restore the newest good backup ('ris3desk backup --list').")
    if any(words in said for words in _SERVER_GONE):
        return ("the database server closed the connection while the command ran; what it had not committed "
                "was not saved (an import is all or nothing). Run it again once the server is back.")
    return None


if __name__ == "__main__":
    sys.exit(main())
