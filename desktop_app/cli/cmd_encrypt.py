"""ris3desk --passphrase-file FILE encrypt: encrypt the register (and its backups) with SQLCipher."""

from __future__ import annotations

import sys

from database.i18n import counted

from . import common


def register(sub) -> None:
    p = sub.add_parser("encrypt", help="encrypt the register and its backups with a passphrase "
                                       "(given by --passphrase-file or RIS3DESK_PASSPHRASE, or asked)",
                       description="Close every window on the register first. Without the passphrase the "
                                   "register cannot be opened by anyone, including you: keep it safe.")
    p.set_defaults(run=run)


def ask_passphrase(args, *, confirm: bool) -> str:
    given = common.passphrase(args)
    if given:
        return given
    if not sys.stdin.isatty():
        common.fail("give the passphrase with --passphrase-file FILE or the RIS3DESK_PASSPHRASE variable.")
    import getpass

    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        common.fail("the two passphrases differ; nothing was changed.")
    return first


def run(args) -> int:
    from database import encryption

    path = common.register_path(args)
    if path is None:
        common.fail("a team database is protected by its server; only a local register can be encrypted.")
    common.warn_if_unsafe(path)
    done = encryption.encrypt_files(path, ask_passphrase(args, confirm=True))
    n = len(done.converted)
    backups = counted(n, "{count} backup", "{count} backups")
    if done.register:
        print(f"Encrypted {path}" + (f" and {backups}." if n else "."))
    else:  # a second run, finishing what an earlier one could not
        print(f"{path} was encrypted already; " + (f"{backups} still unencrypted now encrypted too." if n else
                                                   "its backups too: nothing more to do."))
    for backup_path, why in done.left:
        print(f"Left as it was: {backup_path} ({why}).")
    print("From now on it opens only with the passphrase. Keep the passphrase safe: without it, "
          "nobody can recover the data.")
    return 0
