"""Backups: verified, rotating, listed with counts; restore is atomic, backs up first and refuses
what is not a healthy register of this or an older version."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from database import backup, demo, ops
from database.engine import PAGE_SIZE, open_database, sqlite_url
from database.errors import Ris3Error
from tests.safety_support import bulk_stakeholders, corrupt

pytest_plugins = ["tests.safety_fixtures"]  # its fixtures: demo_template, demo_path, register


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_is_a_verified_copy_listed_with_date_size_and_counts(register):
    path, db = register
    taken = backup.take_backup(path, "manual", now=datetime(2026, 3, 2, 9, 30))
    assert taken.parent == path.with_name("register-backups") and taken.suffix == ".db"
    assert not list(taken.parent.glob("*.partial"))
    [info] = backup.list_backups(path)
    assert info.path == taken and info.taken_at == datetime(2026, 3, 2, 9, 30) and info.reason == "manual"
    assert info.size == taken.stat().st_size > 100_000
    stats = ops.stats(db)
    assert info.counts == {"stakeholders": stats["stakeholders"], "contacts": stats["contacts"],
                           "partnerships": stats["partnerships"], "sectors": stats["sectors"],
                           "interactions": stats["interactions"]}
    with sqlite3.connect(taken) as conn:  # one self-contained file, healthy
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_while_the_register_is_being_written(register):
    """The online backup API copies a consistent state even while another writer works."""
    path, db = register
    before = ops.count(db, "stakeholder")
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sys; sys.path.insert(0, '.');"
        "from database.engine import open_database, sqlite_url;"
        "from tests.safety_support import bulk_stakeholders;"
        f"db = open_database(sqlite_url({str(path)!r}));"
        "[bulk_stakeholders(db, 200, tag=f'W{i}', seed=i) for i in range(5)]")],
        cwd=Path(__file__).resolve().parents[1])
    copies = []
    while writer.poll() is None:
        copies.append(backup.take_backup(path, "manual"))
    assert writer.wait() == 0
    copies.append(backup.take_backup(path, "manual"))
    seen = set()
    for info in backup.list_backups(path):
        n = info.counts["stakeholders"]
        assert (n - before) % 200 == 0  # whole transactions only, never half of one
        seen.add(n)
    assert before + 1000 in seen


def test_schedule_daily_weekly_and_rotation(register):
    path, _db = register
    start = datetime(2026, 1, 1, 8, 0)
    assert [p.name.rsplit("-", 1)[-1] for p in backup.automatic(path, now=start)] == ["daily.db", "weekly.db"]
    assert backup.automatic(path, now=start + timedelta(hours=3)) == []  # nothing due the same day
    for day in range(1, 40):
        backup.automatic(path, now=start + timedelta(days=day))
    infos = backup.list_backups(path)
    by_reason = {}
    for i in infos:
        by_reason.setdefault(i.reason, []).append(i.taken_at)
    assert len(by_reason["daily"]) == 7 and len(by_reason["weekly"]) == 4
    assert max(by_reason["daily"]) == start + timedelta(days=39)
    assert min(by_reason["daily"]) == start + timedelta(days=33)
    gaps = sorted(by_reason["weekly"])
    assert all(b - a == timedelta(days=7) for a, b in zip(gaps, gaps[1:], strict=False))
    assert all(i.counts and i.counts["stakeholders"] > 40 for i in infos)


def test_backups_before_risky_steps_keep_the_last_five_and_manual_ones_stay(register):
    path, _db = register
    t = datetime(2026, 5, 1, 10, 0)
    for i in range(7):
        backup.automatic(path, now=t + timedelta(minutes=i), before="import")
    for i in range(3):
        backup.take_backup(path, "manual", now=t + timedelta(hours=1, minutes=i))
    backup.automatic(path, now=t + timedelta(hours=2), before="restore")
    reasons = [i.reason for i in backup.list_backups(path)]
    assert reasons.count("before-import") == 5 and reasons.count("manual") == 3
    assert reasons.count("before-restore") == 1
    newest_imports = [i.taken_at for i in backup.list_backups(path) if i.reason == "before-import"]
    assert min(newest_imports) == t + timedelta(minutes=2)


def test_leftover_of_a_killed_backup_is_ignored_then_cleaned(register, monkeypatch):
    path, _db = register
    folder = backup.backup_folder(path)
    folder.mkdir()
    partial = folder / "register-20260101-000000-000000-daily.db.partial"
    partial.write_bytes(b"half a backup")
    assert backup.list_backups(path) == []
    monkeypatch.setattr(backup, "STALE_PARTIAL", timedelta(seconds=-1))
    backup.automatic(path)
    assert not partial.exists() and len(backup.list_backups(path)) == 2


def test_a_damaged_register_gives_no_backup(tmp_path):
    path = tmp_path / "register.db"
    db = open_database(sqlite_url(path))
    bulk_stakeholders(db, 2000)
    db.close()
    corrupt(path, offset_pages=40, length=40_000)
    with pytest.raises(Ris3Error, match="failed its check"):
        backup.take_backup(path)
    folder = backup.backup_folder(path)
    assert not list(folder.glob("*.db")) and not list(folder.glob("*.partial"))


def test_restore_backs_up_first_and_open_windows_see_the_restored_data(register):
    path, db = register
    good = backup.take_backup(path)
    good_count = ops.count(db, "stakeholder")
    bulk_stakeholders(db, 300, tag="LATER")
    other = open_database(sqlite_url(path))  # another window with the register open
    assert ops.count(other, "stakeholder") == good_count + 300
    before = backup.restore(path, good)
    assert ops.count(other, "stakeholder") == good_count == ops.count(db, "stakeholder")
    assert not ops.search(other, "LATER Organisation")
    assert before is not None and "before-restore" in before.name
    assert backup.describe(before).counts["stakeholders"] == good_count + 300
    other.close()
    assert ops.check(db) == []


def test_restore_of_a_backup_with_another_page_size(tmp_path, register):
    """A backup made elsewhere (another SQLite, another page size) still restores atomically."""
    path, db = register
    other = backup.take_backup(path, out=tmp_path / "other.db")
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA page_size = 8192")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    n = ops.count(db, "stakeholder")
    bulk_stakeholders(db, 20, tag="LATER")
    backup.restore(path, other)
    assert ops.count(db, "stakeholder") == n
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE  # the register's own, kept
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ops.check(db) == []


def test_restore_into_a_missing_register(tmp_path, register):
    path, db = register
    good = backup.take_backup(path)
    fresh = tmp_path / "elsewhere" / "new.db"
    fresh.parent.mkdir()
    assert backup.restore(fresh, good) is None
    db2 = open_database(sqlite_url(fresh))
    assert ops.count(db2, "stakeholder") == ops.count(db, "stakeholder")
    db2.close()


def _foreign_sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
        conn.execute("INSERT INTO notes VALUES ('mine')")
    return path


@pytest.mark.parametrize("make, why", [
    (lambda p: p.write_text("name;city\nA;B\n") or p, "not a RIS3 Desk register"),
    (_foreign_sqlite, "not a RIS3 Desk register"),
    ("damaged", "damaged"),
    ("newer", "newer version"),
    ("broken links", "broken links"),
])
def test_restore_refuses_what_is_not_a_healthy_register_and_changes_nothing(register, tmp_path, make, why):
    path, db = register
    candidate = tmp_path / "candidate.db"
    if make == "damaged":
        bulk_stakeholders(db, 2000)
        candidate = backup.take_backup(path, out=candidate)
        corrupt(candidate, offset_pages=30, length=60_000)
    elif make == "newer":
        candidate = backup.take_backup(path, out=candidate)
        with sqlite3.connect(candidate) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    elif make == "broken links":
        candidate = backup.take_backup(path, out=candidate)
        with sqlite3.connect(candidate) as conn:
            conn.execute("UPDATE contacts SET stakeholder_id = 'ffffffffffffffffffffffffffffffff'")
    else:
        make(candidate)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    digest = _digest(path)
    with pytest.raises(Ris3Error, match=why):
        backup.restore(path, candidate)
    assert _digest(path) == digest
    assert not [i for i in backup.list_backups(path) if i.reason == "before-restore"]


def test_restore_of_a_damaged_register_sets_it_aside(register):
    path, db = register
    good = backup.take_backup(path)
    bulk_stakeholders(db, 2000)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(path, offset_pages=50, length=50_000)
    newest = backup.newest_good(path)
    assert newest.path == good
    assert backup.restore(path, good) is None
    aside = [p for p in path.parent.iterdir() if "damaged" in p.name and p.suffix == ".db"]
    assert len(aside) == 1 and aside[0].stat().st_size > 0
    db2 = open_database(sqlite_url(path))
    assert ops.check(db2) == []
    db2.close()


def test_newest_good_skips_damaged_backups_and_replace_damaged_keeps_the_file_aside(register):
    path, db = register
    first = backup.take_backup(path, now=datetime(2026, 1, 1))
    bulk_stakeholders(db, 2000)
    second = backup.take_backup(path, now=datetime(2026, 1, 2))
    corrupt(second, offset_pages=30, length=60_000)
    assert backup.newest_good(path).path == first
    db.close()
    aside = backup.replace_damaged(path, first)
    assert aside.exists() and "damaged" in aside.name
    db2 = open_database(sqlite_url(path))
    assert ops.count(db2, "stakeholder") == backup.describe(first).counts["stakeholders"]
    db2.close()


def test_ops_backup_functions(register):
    path, db = register
    made = ops.backup_now(db)
    assert [i.path for i in ops.list_backups(db)] == [made]
    assert len(ops.automatic_backup(db)) == 2 and ops.automatic_backup(db) == []
    assert ops.restore_backup(db, made).exists()


def test_an_upgrade_is_preceded_by_a_backup(tmp_path, monkeypatch):
    from database.engine import SCHEMA_HEAD
    from tests.safety_support import TEST_HEAD, install_test_migration

    path = tmp_path / "register.db"
    open_database(sqlite_url(path)).close()
    install_test_migration(tmp_path / "migrations", monkeypatch)
    db = open_database(sqlite_url(path))
    [info] = backup.list_backups(path)
    assert info.reason == "before-upgrade" and info.schema == SCHEMA_HEAD
    with db.read() as session:
        from sqlalchemy import text

        assert session.scalar(text("SELECT version_num FROM alembic_version")) == TEST_HEAD
    db.close()


# --- the command line ---------------------------------------------------------------------------

def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parents[1], env=env, timeout=120)


def test_cli_backup_list_and_restore(tmp_path, demo_path):
    path = demo_path
    out = _cli("--db", path, "backup")
    assert out.returncode == 0 and "verified" in out.stdout and "stakeholders" in out.stdout
    made = Path(out.stdout.split("verified: ")[1].split(" (")[0])
    explicit = _cli("--db", path, "backup", "--out", tmp_path / "copy.db")
    assert explicit.returncode == 0 and (tmp_path / "copy.db").is_file()
    listing = _cli("--db", path, "backup", "--list")
    assert str(made) in listing.stdout and "manual" in listing.stdout
    db = open_database(sqlite_url(path))
    bulk_stakeholders(db, 50, tag="LATER")
    db.close()
    restored = _cli("--db", path, "restore", tmp_path / "copy.db")
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00" * 5000)
    refused = _cli("--db", path, "restore", garbage)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "cannot be restored" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.postgres
def test_team_database_backup_writes_the_json_export(request, tmp_path):
    if importlib.util.find_spec("database.export") is None:
        pytest.skip("database/export.py (export_json) is another helper's work, not merged yet")
    pg_url = request.getfixturevalue("pg_url")
    db = open_database(pg_url)
    demo.load(db)
    db.close()
    out = _cli("--database-url", pg_url, "backup", "--out", tmp_path / "team.json")
    assert out.returncode == 0, out.stderr
    import json

    data = json.loads((tmp_path / "team.json").read_text(encoding="utf-8"))
    assert data
    refused = _cli("--database-url", pg_url, "restore", tmp_path / "team.json")
    assert refused.returncode == 1 and "server" in refused.stderr
