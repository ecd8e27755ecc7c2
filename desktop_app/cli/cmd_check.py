"""ris3desk check [--repair]: is the register healthy? Exit 0 when it is, 1 when not."""

from __future__ import annotations

from . import common


def register(sub) -> None:
    p = sub.add_parser("check", help="check the register's integrity; exit 0 when healthy, 1 otherwise",
                       description="Runs SQLite's integrity and foreign-key checks (on a local register) and "
                                   "the application's own checks: no orphans, no dangling links, the search "
                                   "index in step with the data. Each problem is explained; nothing is changed "
                                   "unless --repair is given.")
    p.add_argument("--repair", action="store_true",
                   help="rebuild the search index when it is out of step (the only repair made)")
    p.set_defaults(run=run)


def run(args) -> int:
    from database import backup, integrity
    from database.errors import DatabaseOpenError
    from database.sqlite_file import unwritable_reason

    path = common.register_path(args)
    passphrase = common.passphrase(args)
    if path is not None:
        common.warn_if_unsafe(path)
        if not path.is_file() or path.stat().st_size == 0:
            common.fail(f"there is no register at {path}.")
        common.refuse_encrypted_without_passphrase(path, passphrase, "check it")
        reason = unwritable_reason(path)
        if reason:  # SQLite's "unable to open database file" would read as damage
            common.fail(f"{path} cannot be checked here: {reason} (SQLite writes its lock files beside a register "
                        "even to read it). It was not changed; copy it to a folder of your own and check the copy.")
        findings = integrity.check_file(path, passphrase)
        if any(f.code == "sqlite-integrity" for f in findings):
            _print(findings)
            good = backup.newest_good(path, passphrase=passphrase)
            if good:
                print(f"The newest good backup is from {good.taken_at:%d/%m/%Y %H:%M}: "
                      f"ris3desk --db {path} restore {good.path}")
            return 1
    else:
        findings = []
    try:
        db = common.open_register(args, upgrade=False, create=False)
    except DatabaseOpenError as e:
        _print(findings, also=[str(e)])
        return 1
    try:
        app_findings = integrity.check_register(db)
        if args.repair and any(f.repairable for f in app_findings):
            entries = integrity.repair_search_index(db)
            print(f"Repaired: the search index was rebuilt ({entries} entries).")
            app_findings = integrity.check_register(db)
    finally:
        db.close()
    findings = integrity.combine(findings, app_findings)
    _print(findings)
    return 1 if findings else 0


def _print(findings, also: list[str] = ()) -> None:
    """The findings, and ``also`` problems that stopped the check (a file that is not a register)."""
    messages = [f.message for f in findings] + list(also)
    if not messages:
        print("The register is healthy: the database's own checks and the application's checks found nothing wrong.")
        return
    print(f"{len(messages)} problem{'s' if len(messages) > 1 else ''} found:")
    for message in messages:
        print(f"- {message}")
