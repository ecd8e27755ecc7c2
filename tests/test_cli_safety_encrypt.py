"""`encrypt` found by the command-line audit: with a cut-short copy in the backup folder it
encrypted the register and two backups, then stopped with "zz-copy.db cannot be read with the
passphrase given" — exit 1, and the officer thought nothing had changed. Now every file is
checked first and nothing changes when one cannot be converted; a failure half-way says exactly
what was converted and what was not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from database import backup, encryption
from database.errors import Ris3Error
from database.sqlite_file import looks_encrypted

pytest_plugins = ["tests.safety_fixtures"]  # demo_template, demo_path, register

pytest.importorskip("sqlcipher3")

ROOT = Path(__file__).resolve().parents[1]
SECRET = "correct horse battery"


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=180)


def _with_backups(path: Path) -> list[Path]:
    return [backup.take_backup(path, "manual") for _ in range(2)]


def test_encrypt_with_an_unreadable_backup_changes_nothing_and_names_it(demo_path, tmp_path):
    backups = _with_backups(demo_path)
    cut = backups[0].with_name("zz-copy.db")
    cut.write_bytes(demo_path.read_bytes()[:100_000])  # a copy cut short
    key = tmp_path / "key.txt"
    key.write_text(SECRET, encoding="utf-8")
    result = _cli("--db", demo_path, "--passphrase-file", key, "encrypt")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "Nothing was encrypted" in result.stderr and "zz-copy.db" in result.stderr
    assert "with the passphrase given" not in result.stderr
    assert not looks_encrypted(demo_path) and not any(looks_encrypted(b) for b in backups)
    assert sorted(p.name for p in cut.parent.iterdir()) == sorted([*(b.name for b in backups), "zz-copy.db"])
    cut.unlink()
    done = _cli("--db", demo_path, "--passphrase-file", key, "encrypt")
    assert done.returncode == 0 and "and 2 backups" in done.stdout
    assert looks_encrypted(demo_path) and all(looks_encrypted(b) for b in backups)


def test_a_failure_half_way_says_what_was_converted_and_what_was_not(register, monkeypatch):
    path, db = register
    backups = _with_backups(path)
    db.close()
    real = encryption._convert

    def fails_on_the_second_backup(source, *args, **kwargs):
        if source == backups[1]:
            raise OSError(28, "No space left on device")
        return real(source, *args, **kwargs)

    monkeypatch.setattr(encryption, "_convert", fails_on_the_second_backup)
    with pytest.raises(Ris3Error) as caught:
        encryption.encrypt(path, SECRET)
    message = str(caught.value)
    assert "register.db was encrypted, and 1 of its 2 backups" in message
    assert backups[1].name in message and "stayed as before (unencrypted)" in message
    assert "No space left on device" in message and "again" in message
    assert looks_encrypted(path) and looks_encrypted(backups[0]) and not looks_encrypted(backups[1])
    monkeypatch.setattr(encryption, "_convert", real)
    with pytest.raises(Ris3Error, match="another passphrase"):  # finishing needs the same passphrase
        encryption.encrypt(path, "not the same passphrase")
    finished = encryption.encrypt_files(path, SECRET)  # running it again finishes the work
    assert not finished.register and finished.converted == (backups[1],)
    assert finished.left == ((backups[0], "encrypted already"),)
    assert all(looks_encrypted(b) for b in backups)


def test_encrypt_lists_backups_left_as_they_were(demo_path, tmp_path):
    backups = _with_backups(demo_path)
    encryption._convert(backups[0], None, "another passphrase", live=False)
    done = encryption.encrypt_files(demo_path, SECRET)
    assert done.converted == (backups[1],) and done.left == ((backups[0], "encrypted already"),)
    back = encryption.decrypt_files(demo_path, SECRET)
    assert back.converted == (backups[1],)
    assert back.left == ((backups[0], "it is encrypted with another passphrase"),)
    assert not looks_encrypted(demo_path) and looks_encrypted(backups[0])
