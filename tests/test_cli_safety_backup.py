"""`backup --out` found by the command-line audit: it overwrote an existing file silently and,
with SQLite's log files of another database beside the target, reported "verified" for a file
that was not what it had verified."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from database import backup
from database.errors import Ris3Error
from tests.safety_support import raw_count

pytest_plugins = ["tests.safety_fixtures"]  # demo_template, demo_path, register

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=180)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_out_onto_an_existing_file_is_refused_and_the_file_kept(demo_path, tmp_path):
    target = tmp_path / "precious.db"
    target.write_bytes(b"the officer's other file" * 100)
    digest = _digest(target)
    refused = _cli("--db", demo_path, "backup", "--out", target)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
    assert "exists already" in refused.stderr and "another name" in refused.stderr
    assert "verified" not in refused.stdout
    assert _digest(target) == digest and not list(tmp_path.glob("*.partial"))


def test_a_second_backup_onto_the_same_name_is_refused(register, tmp_path):
    path, _db = register
    first = backup.take_backup(path, out=tmp_path / "copy.db")
    digest = _digest(first)
    with pytest.raises(Ris3Error, match="exists already"):
        backup.take_backup(path, out=first)
    assert _digest(first) == digest


@pytest.mark.parametrize("leftover", ["-wal", "-shm", "-journal"])
def test_a_target_with_another_databases_log_beside_it_is_refused(demo_path, tmp_path, leftover):
    """A leftover write-ahead log under the target's name would be read into the backup the
    first time it is opened: the "verified" backup would not be what was verified."""
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
    target = tmp_path / "copy.db"
    (tmp_path / f"copy.db{leftover}").write_bytes(b"\0" * 64)
    refused = _cli("--db", demo_path, "backup", "--out", target)
    assert refused.returncode == 1 and leftover in refused.stderr and "verified" not in refused.stdout
    assert not target.exists() and not list(tmp_path.glob("*.partial"))


def test_backup_out_into_a_folder_and_a_new_folder(demo_path, tmp_path):
    made = _cli("--db", demo_path, "backup", "--out", f"{tmp_path / 'usb'}/")
    assert made.returncode == 0, made.stderr
    [copy] = (tmp_path / "usb").glob("register-*-manual.db")
    assert f"verified: {copy}" in made.stdout
    again = _cli("--db", demo_path, "backup", "--out", tmp_path / "usb")
    assert again.returncode == 0 and len(list((tmp_path / "usb").glob("*.db"))) == 2


def test_an_interrupted_backup_leaves_no_partial_file(register, tmp_path, monkeypatch):
    path, _db = register

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(backup, "_check_copy", interrupted)
    with pytest.raises(KeyboardInterrupt):
        backup.take_backup(path, out=tmp_path / "bk.db")
    with pytest.raises(KeyboardInterrupt):
        backup.take_backup(path)
    assert not [p for p in tmp_path.rglob("*") if ".partial" in p.name or p.name.startswith("bk.db")]


def test_the_backup_named_is_the_file_verified(register, tmp_path, monkeypatch):
    """Placing the copy never goes over a file that appeared meanwhile."""
    path, _db = register
    target = tmp_path / "bk.db"
    real = backup._check_copy

    def meanwhile(conn, size, *, links):
        result = real(conn, size, links=links)
        target.write_bytes(b"made by another program meanwhile")
        return result

    monkeypatch.setattr(backup, "_check_copy", meanwhile)
    with pytest.raises(Ris3Error, match="exists already"):
        backup.take_backup(path, out=target)
    assert target.read_bytes() == b"made by another program meanwhile"
    assert not list(tmp_path.glob("*.partial"))


def test_automatic_backups_still_rotate_and_copy(register):
    """The weekly backup copied from the daily one goes through the same no-overwrite placing."""
    path, _db = register
    taken = backup.automatic(path)
    assert sorted(p.name.rsplit("-", 1)[1] for p in taken) == ["daily.db", "weekly.db"]
    assert all(raw_count(p, "SELECT count(*) FROM stakeholders") > 0 for p in taken)
    assert backup.automatic(path) == []
