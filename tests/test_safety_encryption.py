"""Optional encryption with SQLCipher: unreadable without the passphrase, a wrong passphrase
answered clearly, encrypting and decrypting an existing register (and its backups)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from database import backup, demo, encryption, ops
from database.engine import open_database, sqlite_url
from database.errors import DatabaseOpenError, EncryptedDatabaseError, Ris3Error
from database.sqlite_file import looks_encrypted, sqlcipher
from tests.safety_support import file_bytes

if sqlcipher() is None:
    pytest.skip("the sqlcipher3 wheel (extra 'encryption') is not installed", allow_module_level=True)

pytest_plugins = ["tests.safety_fixtures"]
ROOT = Path(__file__).resolve().parents[1]
SECRET = "corretto cavallo batteria graffetta"


def _cli(*args, env=None):
    full_env = {k: v for k, v in os.environ.items() if k != "RIS3DESK_PASSPHRASE"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=full_env, timeout=180)


def test_an_encrypted_register_is_unreadable_without_its_passphrase(tmp_path):
    path = tmp_path / "secret.db"
    db = open_database(sqlite_url(path, SECRET))
    demo.load(db)
    org = ops.list_page(db, "stakeholder", limit=1).rows[0]
    ops.create(db, "contact", {"stakeholder_id": org.id, "name": "Ottavia Segretissima",
                               "email": "ottavia@example.org"})
    backup_path = backup.take_backup(db)  # a backup of an encrypted register is encrypted too
    db.close()
    for f in (path, backup_path):
        assert looks_encrypted(f)
        raw = file_bytes(f)
        assert b"SQLite format 3" not in raw[:100]
        assert b"Segretissima" not in raw and b"Politecnico" not in raw and b"ottavia@" not in raw
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            sqlite3.connect(f).execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(EncryptedDatabaseError, match="is encrypted") as no_key:
        open_database(sqlite_url(path))
    assert not no_key.value.wrong
    with pytest.raises(EncryptedDatabaseError, match="passphrase for secret.db is not right") as wrong:
        open_database(sqlite_url(path, SECRET.upper()))
    assert wrong.value.wrong
    db = open_database(sqlite_url(path, SECRET))
    assert ops.search(db, "segretissima")
    assert ops.check(db) == []
    assert [i.counts for i in backup.list_backups(db)][0]["contacts"] == ops.count(db, "contact")
    db.close()


def test_a_plain_register_with_a_passphrase_is_refused_clearly(demo_path):
    with pytest.raises(DatabaseOpenError, match="is not encrypted"):
        open_database(sqlite_url(demo_path, SECRET))


def test_encrypt_and_decrypt_an_existing_register_with_its_backups(register):
    path, db = register
    n = ops.count(db, "stakeholder")
    backup.take_backup(path)
    db.close()
    window = subprocess.Popen([sys.executable, "-c", (  # a window with the register open
        "import time; from database import ops; from database.engine import open_database, sqlite_url;"
        f"db = open_database(sqlite_url({str(path)!r})); ops.stats(db); print('open', flush=True); time.sleep(60)")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout.readline().strip() == "open"
        with pytest.raises(Ris3Error, match="open in another window"):
            encryption.encrypt(path, SECRET)
    finally:
        window.kill()
        window.wait()
    assert not looks_encrypted(path)
    assert encryption.encrypt(path, SECRET) == 1
    assert looks_encrypted(path) and all(looks_encrypted(b.path) for b in backup.list_backups(path, passphrase=SECRET))
    assert not list(path.parent.glob("*.partial"))
    enc = open_database(sqlite_url(path, SECRET))
    assert ops.count(enc, "stakeholder") == n and ops.check(enc) == []
    with enc.read() as s:
        from sqlalchemy import text

        assert s.scalar(text("PRAGMA journal_mode")) == "wal"
    enc.close()
    with pytest.raises(EncryptedDatabaseError):
        encryption.decrypt(path, "not the passphrase")
    assert encryption.decrypt(path, SECRET) == 1
    assert not looks_encrypted(path)
    plain = open_database(sqlite_url(path))
    assert ops.count(plain, "stakeholder") == n
    plain.close()


def test_restore_of_an_encrypted_register(tmp_path):
    path = tmp_path / "secret.db"
    db = open_database(sqlite_url(path, SECRET))
    demo.load(db)
    good = backup.take_backup(db)
    n = ops.count(db, "stakeholder")
    ops.create(db, "stakeholder", {"name": "Later Srl", "type": "sme"})
    before = backup.restore(db, good)
    assert ops.count(db, "stakeholder") == n and looks_encrypted(before)
    db.close()


def test_command_line_with_a_passphrase_file_or_variable(tmp_path):
    path = tmp_path / "r.db"
    key = tmp_path / "key.txt"
    key.write_text(SECRET + "\n", encoding="utf-8")
    made = _cli("--db", path, "--passphrase-file", key, "init", "--demo")
    assert made.returncode == 0, made.stderr
    assert looks_encrypted(path)
    stats = _cli("--db", path, "stats", env={"RIS3DESK_PASSPHRASE": SECRET})
    assert stats.returncode == 0 and '"stakeholders"' in stats.stdout
    none = _cli("--db", path, "stats")
    assert none.returncode == 1 and "encrypted" in none.stderr and "--passphrase-file" in none.stderr
    wrong = _cli("--db", path, "stats", env={"RIS3DESK_PASSPHRASE": "sbagliata"})
    assert wrong.returncode == 1 and "not right" in wrong.stderr and wrong.stderr.count("\n") == 1
    assert "Traceback" not in wrong.stderr + none.stderr
    assert _cli("--db", path, "--passphrase-file", key, "check").returncode == 0
    assert _cli("--db", path, "--passphrase-file", key, "backup").returncode == 0
    decrypted = _cli("--db", path, "--passphrase-file", key, "decrypt")
    assert decrypted.returncode == 0 and not looks_encrypted(path), decrypted.stderr
    encrypted = _cli("--db", path, "encrypt", env={"RIS3DESK_PASSPHRASE": "short"})
    assert encrypted.returncode == 1 and "at least 8 characters" in encrypted.stderr
    encrypted = _cli("--db", path, "--passphrase-file", key, "encrypt")
    assert encrypted.returncode == 0 and looks_encrypted(path), encrypted.stderr
    assert "2 backups" in encrypted.stdout or "1 backup." in encrypted.stdout


def test_an_import_into_an_encrypted_register_stays_encrypted(tmp_path, shared_data):
    """The import writes through its own connection and checkpoint (Database.bulk_write): the
    register and its write-ahead log stay unreadable without the passphrase."""
    from database.imports import import_cordis

    path = tmp_path / "secret.db"
    db = open_database(sqlite_url(path, SECRET))
    reading, imported = threading.Event(), threading.Event()

    def reader():  # a read open meanwhile (as the window's) keeps the write-ahead log from being emptied
        with db.read() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM stakeholders").all()
            reading.set()
            imported.wait(60)

    holder = threading.Thread(target=reader)
    holder.start()
    assert reading.wait(60)
    try:
        report = import_cordis(db, shared_data / "cordis" / "he_organization_piemonte_only.csv")
        assert Path(f"{path}-wal").stat().st_size > 0
        assert b"POLITECNICO" not in file_bytes(path)  # the register and its log
    finally:
        imported.set()
        holder.join()
    assert report.counts["stakeholder"].new > 100
    assert ops.search(db, "politecnico torino")
    db.close()
    assert b"POLITECNICO" not in file_bytes(path)
    db = open_database(sqlite_url(path, SECRET))
    assert ops.count(db, "stakeholder") == report.counts["stakeholder"].new
    db.close()
