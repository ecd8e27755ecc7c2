"""ris3desk restore PATH: put the register back as a backup holds it (the present state is backed
up first; the restore is all or nothing)."""

from __future__ import annotations

from pathlib import Path

from . import common


def register(sub) -> None:
    p = sub.add_parser("restore", help="restore the register from a backup (the present state is backed up first)")
    p.add_argument("path", metavar="PATH", type=Path, help="the backup file to restore")
    p.set_defaults(run=run)


def run(args) -> int:
    from database import backup

    path = common.register_path(args)
    if path is None:
        common.fail("a team database is restored on its server (pg_restore, or point-in-time recovery); "
                    "see the documentation.")
    common.warn_if_unsafe(path)
    before = backup.restore(path, args.path, passphrase=common.passphrase(args))
    info = backup.describe(path, common.passphrase(args), live=True)
    counts = ", ".join(f"{n} {name}" for name, n in (info.counts or {}).items())
    print(f"Restored {path} from {args.path} ({counts}).")
    if before:
        print(f"The register as it was before is kept in {before}")
    return 0
