"""Restores found by the command-line audit: a restore started during an import took its
"before" backup, then waited for the import and wrote over it (the import was in no backup); an
encrypted register restored without its passphrase was set aside as "damaged" and replaced by a
plain one; a damaged register went aside without a word; a folder given as the backup."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from database import backup
from database.engine import open_database, sqlite_url
from database.sqlite_file import looks_encrypted
from tests.safety_support import bulk_stakeholders, raw_count, stakeholder_rows

pytest_plugins = ["tests.safety_fixtures"]  # demo_template, demo_path, register

ROOT = Path(__file__).resolve().parents[1]
SECRET = "correct horse battery"


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=180, stdin=stdin)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stakeholders(path: Path, passphrase: str | None = None) -> int:
    return raw_count(path, "SELECT count(*) FROM stakeholders", passphrase)


def _before_restore(path: Path) -> list[Path]:
    return [i.path for i in backup.list_backups(path) if i.reason == "before-restore"]


def test_a_restore_waiting_for_an_import_backs_up_the_import_it_replaces(register, tmp_path):
    """Audit: `import … & sleep 3; restore` → the 23,130 imported organisations existed nowhere.
    The before-restore backup is taken inside the restore's own write lock: an import committed
    while the restore waited is in it."""
    from sqlalchemy import insert

    from database import models as m

    path, db = register
    manual = backup.take_backup(path, out=tmp_path / "manual.db")
    n_manual = _stakeholders(manual)
    importing, commit = threading.Event(), threading.Event()
    outcome: dict = {}

    def import_():  # an import: one write transaction, holding the lock until it commits
        with db.write() as session:
            session.connection().execute(insert(m.Stakeholder), stakeholder_rows(300, "IMPORTED"))
            importing.set()
            commit.wait(30)

    def restore():
        try:
            outcome["before"] = backup.restore(path, manual)
        except BaseException as e:  # noqa: BLE001 - reported below
            outcome["error"] = e

    importer = threading.Thread(target=import_)
    importer.start()
    assert importing.wait(30)
    restorer = threading.Thread(target=restore)
    restorer.start()
    time.sleep(1.0)
    assert restorer.is_alive(), outcome  # waiting for the import's lock
    commit.set()  # the import commits while the restore waits
    importer.join(30)
    restorer.join(60)
    db.close()
    assert "error" not in outcome, outcome.get("error")
    before = outcome["before"]
    assert before is not None and _before_restore(path) == [before]
    # the import is kept: in the backup of the state the restore replaced
    assert raw_count(before, "SELECT count(*) FROM stakeholders WHERE tags = 'IMPORTED'") == 300
    assert _stakeholders(path) == n_manual  # and the register is the backup restored


def test_the_before_restore_backup_is_taken_while_the_restore_holds_the_write_lock(register, tmp_path, monkeypatch):
    path, db = register
    manual = backup.take_backup(path, out=tmp_path / "manual.db")
    db.close()
    seen = []
    real = backup.automatic

    def automatic(*args, **kwargs):
        other = sqlite3.connect(path, isolation_level=None, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            seen.append("another writer got in")
            other.execute("ROLLBACK")
        except sqlite3.OperationalError as e:
            seen.append(str(e))
        finally:
            other.close()
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "automatic", automatic)
    backup.restore(path, manual)
    assert seen == ["database is locked"]


def test_a_failing_before_restore_backup_leaves_the_register_as_it_was(register, tmp_path, monkeypatch):
    path, db = register
    manual = backup.take_backup(path, out=tmp_path / "manual.db")
    bulk_stakeholders(db, 40, tag="LATER")
    db.close()
    n = _stakeholders(path)

    def broken(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(backup, "automatic", broken)
    with pytest.raises(KeyboardInterrupt):
        backup.restore(path, manual)
    assert _stakeholders(path) == n
    assert not list(path.parent.glob("*.partial")) and not _before_restore(path)


def _encrypted(demo_path: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """(an encrypted register, its passphrase file, a plain backup taken before encrypting)."""
    pytest.importorskip("sqlcipher3")
    key = tmp_path / "key.txt"
    key.write_text(SECRET + "\n", encoding="utf-8")
    plain_backup = backup.take_backup(demo_path, out=tmp_path / "plain-backup.db")
    done = _cli("--db", demo_path, "--passphrase-file", key, "encrypt")
    assert done.returncode == 0, done.stderr
    return demo_path, key, plain_backup


def test_restore_into_an_encrypted_register_without_its_passphrase_changes_nothing(demo_path, tmp_path):
    path, _key, plain_backup = _encrypted(demo_path, tmp_path)
    digest = _digest(path)
    refused = _cli("--db", path, "restore", plain_backup, stdin=subprocess.DEVNULL)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert "encrypted" in refused.stderr and "--passphrase-file" in refused.stderr
    assert "damaged" not in refused.stderr + refused.stdout
    assert _digest(path) == digest and looks_encrypted(path)
    assert not list(path.parent.glob("*-damaged-*")) and not _before_restore(path)


def test_check_of_an_encrypted_register_without_its_passphrase_says_encrypted(demo_path, tmp_path):
    path, key, _plain = _encrypted(demo_path, tmp_path)
    checked = _cli("--db", path, "check")
    assert checked.returncode == 1
    assert "encrypted" in checked.stderr and "passphrase" in checked.stderr
    assert "damaged" not in checked.stdout + checked.stderr
    assert _cli("--db", path, "--passphrase-file", key, "check").returncode == 0


def test_restore_keeps_the_registers_encryption(demo_path, tmp_path):
    """A plain backup restored into an encrypted register comes out encrypted (with the register's
    passphrase), and the state replaced is backed up, encrypted too."""
    path, key, plain_backup = _encrypted(demo_path, tmp_path)
    n = _stakeholders(plain_backup)
    db = open_database(sqlite_url(path, SECRET))
    bulk_stakeholders(db, 30, tag="LATER")
    db.close()
    done = _cli("--db", path, "--passphrase-file", key, "restore", plain_backup)
    assert done.returncode == 0, done.stderr
    assert "encrypted with the register's passphrase" in done.stdout
    assert looks_encrypted(path) and _stakeholders(path, SECRET) == n
    [before] = _before_restore(path)
    assert looks_encrypted(before) and _stakeholders(before, SECRET) == n + 30
    with pytest.raises(sqlite3.DatabaseError):
        _stakeholders(path)  # unreadable without the passphrase
    assert _cli("--db", path, "--passphrase-file", key, "check").returncode == 0


def test_an_encrypted_backup_restored_into_a_plain_register_stays_plain(register, tmp_path):
    pytest.importorskip("sqlcipher3")
    path, db = register
    n = _stakeholders(path)
    encrypted_copy = tmp_path / "copy.db"
    shutil.copyfile(backup.take_backup(path, out=tmp_path / "plain.db"), encrypted_copy)
    from database import encryption

    encryption._convert(encrypted_copy, None, SECRET, live=False)
    assert looks_encrypted(encrypted_copy)
    bulk_stakeholders(db, 5, tag="LATER")
    db.close()
    done = backup.restore_details(path, encrypted_copy, passphrase=SECRET)
    assert done.converted and not done.encrypted
    assert not looks_encrypted(path) and _stakeholders(path) == n
    assert not looks_encrypted(done.before) and _stakeholders(done.before) == n + 5


def test_restore_over_a_damaged_register_says_where_the_damaged_file_went(demo_path, tmp_path):
    good = backup.take_backup(demo_path, out=tmp_path / "good.db")
    with demo_path.open("r+b") as fh:  # cut short: no longer a whole number of pages
        fh.truncate(100_000)
    done = _cli("--db", demo_path, "restore", good)
    assert done.returncode == 0, done.stderr
    [aside] = demo_path.parent.glob("register-damaged-*.db")
    assert str(aside) in done.stdout and "damaged" in done.stdout
    assert aside.stat().st_size == 100_000
    assert _stakeholders(demo_path) == _stakeholders(good)


def test_restore_of_a_folder_says_it_is_a_folder(demo_path, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    refused = _cli("--db", demo_path, "restore", folder)
    assert refused.returncode == 1 and "is a folder" in refused.stderr and "does not exist" not in refused.stderr
