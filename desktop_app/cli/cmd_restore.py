"""ris3desk restore PATH: put the register back as a backup holds it (the present state is backed
up first; the restore is all or nothing)."""

from __future__ import annotations

import sys
from pathlib import Path

from . import common


def register(sub) -> None:
    p = sub.add_parser("restore", help="restore the register from a backup (the present state is backed up first)")
    p.add_argument("path", metavar="PATH", type=Path, help="the backup file to restore")
    p.set_defaults(run=run)


def run(args) -> int:
    from database import backup
    from database.sqlite_file import probably_encrypted

    path = common.register_path(args)
    if path is None:
        common.fail("a team database is restored on its server (pg_restore, or point-in-time recovery); "
                    "see the documentation.")
    common.warn_if_unsafe(path)
    passphrase = common.passphrase(args)
    if not passphrase and path.is_file() and probably_encrypted(path):
        if sys.stdin.isatty():  # an encrypted register: its passphrase, asked (never taken for damage)
            import getpass

            passphrase = getpass.getpass(f"{path.name} is encrypted. Its passphrase: ") or None
        common.refuse_encrypted_without_passphrase(path, passphrase, "restore a backup into it")
    done = backup.restore_details(path, args.path, passphrase=passphrase)
    info = backup.describe(path, passphrase, live=True)
    counts = ", ".join(f"{n} {name}" for name, n in (info.counts or {}).items())
    if done.set_aside:
        print(f"The register was damaged: it was moved aside, unchanged, to {done.set_aside} (kept for "
              "inspection; a damaged register is not backed up).")
    print(f"Restored {path} from {args.path} ({counts}).")
    if done.converted:
        print("The register is encrypted, the backup was not: the restored register is encrypted with the "
              "register's passphrase, as before." if done.encrypted else
              "The backup was encrypted, the register was not: the restored register is stored unencrypted, "
              "as it was before; 'ris3desk encrypt' encrypts it.")
    if done.before:
        print(f"The register as it was before is kept in {done.before}")
    return 0
