"""ris3desk --passphrase-file FILE decrypt: store an encrypted register (and its backups) as plain SQLite."""

from __future__ import annotations

from database.i18n import counted

from . import common
from .cmd_encrypt import ask_passphrase


def register(sub) -> None:
    p = sub.add_parser("decrypt", help="remove the encryption of the register and its backups "
                                       "(its passphrase by --passphrase-file or RIS3DESK_PASSPHRASE, or asked)")
    p.set_defaults(run=run)


def run(args) -> int:
    from database import encryption

    path = common.register_path(args)
    if path is None:
        common.fail("only a local register can be encrypted or decrypted.")
    done = encryption.decrypt_files(path, ask_passphrase(args, confirm=False))
    n = len(done.converted)
    backups = counted(n, "{count} backup", "{count} backups")
    if done.register:
        print(f"Decrypted {path}" + (f" and {backups}." if n else ".") + " Anyone with the file can read it now.")
    else:  # a second run, finishing what an earlier one could not
        print(f"{path} was decrypted already; {backups} still encrypted now decrypted too.")
    for backup_path, why in done.left:
        print(f"Left encrypted: {backup_path} ({why}).")
    return 0
