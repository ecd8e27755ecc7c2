"""A killed import leaves the register exactly as it was (one transaction), and so does Cancel."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from database import ops
from database.engine import open_database
from database.imports import import_cordis

ROOT = Path(__file__).resolve().parents[1]


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("journal", ["wal", "rollback"])
def test_killed_mid_import_leaves_register_as_it_was(tmp_path, shared_data, journal):
    """``wal``: another program has the register open, so the import writes through the
    write-ahead log; ``rollback``: nobody else has the small register open, so the import writes
    it with a rollback journal (engine._rollback_journal), which the next opening rolls back."""
    path = tmp_path / "register.db"
    db = open_database(f"sqlite:///{path}")
    import_cordis(db, shared_data / "cordis/he_organization_piemonte_only.csv")
    db.close()
    before = dump(path)
    backups = tmp_path / "register-backups"
    reader = sqlite3.connect(path) if journal == "wal" else None  # (an open window, say)
    if reader is not None:
        reader.execute("SELECT count(*) FROM stakeholders").fetchone()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app.cli", "--db", str(path), "import", "cordis",
                             str(shared_data / "cordis/he_organization_piemonte_projects.csv")],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    log = Path(str(path) + ("-wal" if journal == "wal" else "-journal"))
    deadline = time.monotonic() + 120
    try:
        # the backup is taken as the writing starts; once the log or journal grows, it is mid-import
        while time.monotonic() < deadline and proc.poll() is None:
            if any(backups.glob("*.db")) and log.exists() and log.stat().st_size > 64 * 1024:
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the import finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        out, _err = proc.communicate(timeout=60)
        if reader is not None:
            reader.close()
    assert proc.returncode == -signal.SIGKILL
    assert b"Imported." not in out
    # the register opens and works as before (the program's own opening meets what was left)
    db = open_database(f"sqlite:///{path}")
    assert ops.stats(db)["participants"] == 644
    db.close()
    assert integrity(path) == "ok"
    assert dump(path) == before


def test_a_left_rollback_journal_is_rolled_back_before_the_start_up_check(tmp_path, shared_data):
    """A program killed while writing with a rollback journal leaves it "hot": the start-up check
    reads the register read-only, which cannot roll it back — the opening does that first, as
    SQLite would for any writer, instead of calling the register damaged."""
    path = tmp_path / "register.db"
    db = open_database(f"sqlite:///{path}")
    import_cordis(db, shared_data / "cordis/he_organization_piemonte_only.csv", backup=False)
    db.close()
    before = dump(path)
    script = (f"import os, sqlite3; c = sqlite3.connect({str(path)!r}, isolation_level=None); "
              "c.execute('PRAGMA journal_mode = DELETE'); c.execute('PRAGMA cache_size = 1'); "
              "c.execute('BEGIN IMMEDIATE'); c.execute('DELETE FROM participants'); "
              "c.execute('UPDATE stakeholders SET name = upper(name)'); os._exit(9)")
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9
    assert Path(str(path) + "-journal").stat().st_size > 0  # hot: written half-way, never committed
    db = open_database(f"sqlite:///{path}")
    assert ops.stats(db)["participants"] == 644
    db.close()
    assert not Path(str(path) + "-journal").exists()
    assert dump(path) == before


class Cancel(Exception):
    pass


@pytest.mark.parametrize("when", ["Reading", "Matching", "Writing"])
def test_cancel_leaves_register_as_it_was(sqlite_db, shared_data, when):
    import_cordis(sqlite_db, shared_data / "cordis/he_organization_piemonte_only.csv")
    before = dump(Path(sqlite_db.path))

    def progress(done, total, text):
        if text.startswith(when):
            raise Cancel()

    with pytest.raises(Cancel):
        import_cordis(sqlite_db, shared_data / "cordis/he_organization_piemonte_projects.csv", progress=progress)
    assert dump(Path(sqlite_db.path)) == before


def test_two_imports_at_once_take_turns(db, db_url, shared_data):
    """Two officers import the same file into one register at the same moment: the second waits
    for the first and finds everything there (on PostgreSQL it failed on the first's new records)."""
    from concurrent.futures import ThreadPoolExecutor

    from database.engine import open_database

    other = open_database(db_url)
    path = shared_data / "cordis/he_organization_piemonte_projects.csv"
    try:
        with ThreadPoolExecutor(2) as pool:
            reports = list(pool.map(lambda register: import_cordis(register, path, backup=False), [db, other]))
    finally:
        other.close()
    first, second = sorted(reports, key=lambda r: -r.counts["stakeholder"].new)
    assert first.counts["stakeholder"].new == ops.stats(db)["stakeholders"] > 4000
    assert (second.counts["stakeholder"].new, second.counts["partnership"].new) == (0, 0)
    assert second.counts["stakeholder"].unchanged == first.counts["stakeholder"].new
