"""ris3desk stats: the register's figures as one JSON object."""

from __future__ import annotations

from . import common


def register(sub) -> None:
    p = sub.add_parser("stats", help="print the register's figures as JSON")
    p.set_defaults(run=run)


def run(args) -> int:
    from database import ops

    db = common.open_register(args, create=False)
    common.print_json(ops.stats(db))
    return 0
