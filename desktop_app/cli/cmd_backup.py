"""ris3desk backup [--out PATH]: a verified copy of the register, taken while it may be in use."""

from __future__ import annotations

import os
from pathlib import Path

from . import common


def register(sub) -> None:
    p = sub.add_parser("backup", help="back up the register (a verified copy; on a team database, its JSON export)")
    p.add_argument("--out", metavar="PATH",
                   help="write the backup to this new file, or into this folder (default: the register's backup "
                        "folder); an existing file is never overwritten")
    p.add_argument("--list", action="store_true", help="list the backups in the backup folder instead")
    p.set_defaults(run=run)


def _out_path(text: str | None) -> Path | None:
    """--out as given; a name ending in a slash is a folder, made when missing."""
    if text is None:
        return None
    path = Path(text).expanduser()
    if text.endswith(("/", os.sep)) and not path.exists():
        path.mkdir(parents=True)
    return path


def run(args) -> int:
    from database import backup

    path = common.register_path(args)
    passphrase = common.passphrase(args)
    if path is None:  # a team database on a server
        db = common.open_register(args, create=False)
        try:
            if args.list:
                common.fail("a team database's backups are kept on its server (pg_dump); see the documentation.")
            out = backup.export_copy(db, _out_path(args.out))
        finally:
            db.close()
        print(f"Team register exported to {out}")
        return 0
    common.warn_if_unsafe(path)
    if args.list:
        for info in backup.list_backups(path, passphrase=passphrase):
            print(f"{info.taken_at:%Y-%m-%d %H:%M}  {info.reason:<16} {_size(info.size):>9}  "
                  f"{_counts(info)}  {info.path}")
        return 0
    target = backup.take_backup(path, "manual", out=_out_path(args.out), passphrase=passphrase)
    backup.rotate(path)
    info = backup.describe(target, passphrase)
    print(f"Backup written and verified: {target} ({_size(info.size)}; {_counts(info)})")
    return 0


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _counts(info) -> str:
    if info.counts is None:
        return "unreadable"
    return ", ".join(f"{n} {name}" for name, n in info.counts.items())
