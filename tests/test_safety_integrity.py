"""The integrity check: SQLite's checks, the application's invariants on both back ends, plain
explanations, --repair of the search index, and the cheap start-up check that keeps a damaged
file from ever being opened for writing."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from database import demo, integrity, ops
from database import models as m
from database.engine import open_database, sqlite_url
from database.errors import DamagedDatabaseError, DatabaseOpenError
from tests.safety_support import bulk_stakeholders, corrupt

pytest_plugins = ["tests.safety_fixtures"]  # its fixtures: demo_template, demo_path, register

ROOT = Path(__file__).resolve().parents[1]


def _stamp() -> dict:
    now = m.utcnow()
    return {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1}


def _without_foreign_keys(db):
    """A write session in which the database does not enforce foreign keys (to plant orphans
    the way a buggy importer or an old version could)."""
    from contextlib import contextmanager

    @contextmanager
    def session():
        with db.write() as s:
            if db.is_sqlite:
                s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            else:
                s.execute(text("SET LOCAL session_replication_role = replica"))
            yield s
            if db.is_sqlite:  # nothing may reach the commit's foreign-key check: switch them off
                s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = OFF")

    return session()


def _plant(db, table, values):
    if db.is_sqlite:
        raw = db.engine.raw_connection()
        try:
            raw.execute("PRAGMA foreign_keys = OFF")
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                        [v.hex if isinstance(v, uuid.UUID) else v for v in values.values()])
            raw.execute("COMMIT")
            raw.execute("PRAGMA foreign_keys = ON")
        finally:
            raw.close()
    else:
        with db.write() as s:
            s.execute(text("SET LOCAL session_replication_role = replica"))
            s.execute(insert(m.Base.metadata.tables[table]), [values])


def test_a_healthy_register_passes(db):
    demo.load(db)
    assert integrity.check_register(db) == []
    assert ops.check(db) == []


def test_orphans_and_dangling_links_are_explained(db):
    demo.load(db)
    ghost = uuid.uuid4()
    some = ops.list_page(db, "stakeholder", limit=1).rows[0]
    partnership = ops.list_page(db, "partnership", limit=1).rows[0]
    _plant(db, "contacts", {**_stamp(), "stakeholder_id": ghost, "name": "Nobody's contact", "is_demo": False})
    _plant(db, "stakeholder_sectors", {**_stamp(), "stakeholder_id": some.id, "sector_id": ghost,
                                       "is_primary": False})
    _plant(db, "participants", {**_stamp(), "partnership_id": partnership.id, "stakeholder_id": ghost,
                                "role": "partner", "is_demo": False})
    findings = integrity.check_register(db)
    messages = [f.message for f in findings]
    assert ("1 contact person record whose organisation no longer exists (contacts.stakeholder_id)."
            in messages)
    assert ("1 sector link record linking to a sector that no longer exists (stakeholder_sectors.sector_id)."
            in messages)
    assert ("1 participant record whose organisation no longer exists (participants.stakeholder_id)."
            in messages)
    assert {f.code for f in findings} == {"orphan", "dangling-link", "search-missing"}
    if db.is_sqlite:
        file_findings = integrity.check_file(db.path)
        assert {f.code for f in file_findings} == {"foreign-key"}
        assert any("contacts" in f.message and "stakeholders" in f.message for f in file_findings)
        # the application's explanation stands in for SQLite's terser one
        assert ops.check(db) == integrity.combine([], findings)


def test_search_index_out_of_step_is_found_and_repaired(db):
    demo.load(db)
    target = ops.list_page(db, "stakeholder", limit=1).rows[0]
    key = target.id.hex if db.is_sqlite else target.id
    ghost = uuid.uuid4()
    with db.write() as s:
        s.execute(text("DELETE FROM search_entries WHERE entity_id = :i"), {"i": key})
        for kind in ("partnership", "rumour"):
            s.execute(text("INSERT INTO search_entries (kind, entity_id, label, title, body) "
                           "VALUES (:k, :i, 'Ghost', 'ghost', '')"),
                      {"k": kind, "i": (ghost.hex if db.is_sqlite else ghost)})
            ghost = uuid.uuid4()
    findings = {f.code: f for f in integrity.check_register(db)}
    assert set(findings) == {"search-missing", "search-stale", "search-unknown"}
    assert findings["search-missing"].message.startswith("1 organisation record cannot be found by search")
    assert "1 partnership record that no longer exists" in findings["search-stale"].message
    assert findings["search-unknown"].params["kind"] == "rumour"
    assert all(f.repairable for f in findings.values())
    assert not ops.search(db, target.name)
    assert ops.search(db, "ghost")
    integrity.repair_search_index(db)
    assert integrity.check_register(db) == []
    assert ops.search(db, target.name)[0].id == target.id
    assert not ops.search(db, "ghost")


def test_full_text_index_drifting_from_its_entries_is_found_and_repaired(register):
    """SQLite's FTS5 index can disagree with the entries it indexes (an interrupted rebuild by an
    older version, a bug): FTS5's own check finds it, --repair rebuilds it."""
    _path, db = register
    target = ops.list_page(db, "stakeholder", limit=1).rows[0]
    with db.write() as s:
        row = s.execute(text("SELECT id, title, body FROM search_entries WHERE entity_id = :i"),
                        {"i": target.id.hex}).one()
        s.execute(text("INSERT INTO search_index (search_index, rowid, title, body) VALUES ('delete', :r, :t, :b)"),
                  {"r": row.id, "t": row.title, "b": row.body})
    [finding] = integrity.check_register(db)
    assert finding.code == "search-broken" and finding.repairable
    assert "check --repair" in finding.message
    integrity.repair_search_index(db)
    assert integrity.check_register(db) == []
    assert ops.search(db, target.name)[0].id == target.id


def test_rules_across_fields_are_checked(db):
    from datetime import date

    _plant(db, "partnerships", {**_stamp(), "title": "Backwards", "scheme": "other", "status": "idea",
                                "start_date": date(2025, 5, 1), "end_date": date(2024, 1, 1), "is_demo": False,
                                "total_budget": 100, "eu_contribution": 200})
    messages = {f.message for f in integrity.check_register(db)}
    assert "1 partnership ends before it starts." in messages
    assert "1 partnership has an EU contribution larger than its total budget." in messages


def test_an_out_of_date_schema_is_reported(register):
    path, db = register
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    [finding] = integrity.check_register(db)
    assert finding.code == "schema" and "ris3desk init" in finding.message


# --- the file and the start-up check ------------------------------------------------------------

def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def big_damaged(tmp_path) -> Path:
    path = tmp_path / "damaged.db"
    db = open_database(sqlite_url(path))
    bulk_stakeholders(db, 1500)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    corrupt(path, offset_pages=20, length=60_000)
    return path


def test_a_damaged_file_is_never_opened_for_writing(big_damaged):
    digest = _digest(big_damaged)
    with pytest.raises(DamagedDatabaseError, match="is damaged .* not opened"):
        open_database(sqlite_url(big_damaged))
    assert _digest(big_damaged) == digest
    findings = integrity.check_file(big_damaged)
    assert findings[0].code == "sqlite-integrity" and "damaged" in findings[0].message
    assert _digest(big_damaged) == digest


def test_a_truncated_file_is_damaged(demo_path):
    size = demo_path.stat().st_size
    with demo_path.open("r+b") as fh:
        fh.truncate(size // 2 + 100)
    with pytest.raises(DamagedDatabaseError, match="cut short"):
        open_database(sqlite_url(demo_path))


def test_a_damaged_header_is_damaged(demo_path):
    with demo_path.open("r+b") as fh:
        fh.seek(16)
        fh.write(b"\x00\x07")  # page size 7
    with pytest.raises(DamagedDatabaseError, match="damaged header"):
        open_database(sqlite_url(demo_path))


def test_a_foreign_file_is_still_left_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not a database\n")
    with pytest.raises(DatabaseOpenError, match="not a RIS3 Desk database"):
        open_database(sqlite_url(path))
    assert path.read_text() == "this is not a database\n"


def test_start_up_check_is_bounded(tmp_path):
    """The quick check gives up after its budget on a large register, but still reads the
    header and the schema; a small register is checked whole."""
    path = tmp_path / "big.db"
    db = open_database(sqlite_url(path))
    bulk_stakeholders(db, 6000)
    db.close()
    started = time.perf_counter()
    complete = integrity.quick_check(path, budget_s=0.005)
    elapsed = time.perf_counter() - started
    assert not complete and elapsed < 0.5
    assert integrity.quick_check(path, budget_s=None) is True


def test_opening_costs_little_beyond_the_imports(register):
    """≤ 50 ms to open an existing register once the modules are imported (issue 6)."""
    path, db = register
    db.close()
    open_database(sqlite_url(path)).close()  # warm: imports, file cache
    times = []
    for _ in range(7):
        started = time.perf_counter()
        open_database(sqlite_url(path)).close()
        times.append(time.perf_counter() - started)
    assert sorted(times)[3] < 0.05, times


# --- the command ----------------------------------------------------------------------------------

def _cli(*args):
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_cli_check_healthy_damaged_and_repair(demo_path, big_damaged):
    ok = _cli("--db", demo_path, "check")
    assert ok.returncode == 0 and "healthy" in ok.stdout, ok.stderr
    db = open_database(sqlite_url(demo_path))
    with db.write() as s:
        s.execute(text("DELETE FROM search_entries WHERE kind = 'contact'"))
    n_contacts = ops.count(db, "contact")
    db.close()
    out_of_step = _cli("--db", demo_path, "check")
    assert out_of_step.returncode == 1
    assert n_contacts > 1 and f"{n_contacts} contact person records cannot be found by search" in out_of_step.stdout
    repaired = _cli("--db", demo_path, "check", "--repair")
    assert repaired.returncode == 0 and "search index was rebuilt" in repaired.stdout
    assert _cli("--db", demo_path, "check").returncode == 0
    damaged = _cli("--db", big_damaged, "check")
    assert damaged.returncode == 1 and "damaged" in damaged.stdout and "Traceback" not in damaged.stderr
    missing = _cli("--db", demo_path.with_name("nothing.db"), "check")
    assert missing.returncode == 1 and "no register" in missing.stderr


@pytest.mark.postgres
def test_cli_check_on_a_team_database(pg_url):
    db = open_database(pg_url)
    demo.load(db)
    with db.write() as s:
        s.execute(text("DELETE FROM search_entries WHERE kind = 'partnership'"))
    db.close()
    found = _cli("--database-url", pg_url, "check")
    assert found.returncode == 1 and "partnership records cannot be found by search" in found.stdout
    assert _cli("--database-url", pg_url, "check", "--repair").returncode == 0
