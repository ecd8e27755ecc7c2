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


def test_killed_mid_import_leaves_register_as_it_was(tmp_path, shared_data):
    path = tmp_path / "register.db"
    db = open_database(f"sqlite:///{path}")
    import_cordis(db, shared_data / "cordis/he_organization_piemonte_only.csv")
    db.close()
    before = dump(path)
    backups = tmp_path / "register-backups"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "desktop_app.cli", "--db", str(path), "import", "cordis",
                             str(shared_data / "cordis/he_organization_piemonte_projects.csv")],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = Path(str(path) + "-wal")
    deadline = time.monotonic() + 120
    try:
        # the backup is taken as the writing starts; once the write-ahead log grows, it is mid-import
        while time.monotonic() < deadline and proc.poll() is None:
            if any(backups.glob("*.db")) and wal.exists() and wal.stat().st_size > 512 * 1024:
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the import finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        out, _err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert b"Imported." not in out
    assert integrity(path) == "ok"
    assert dump(path) == before
    # and the register opens and works as before
    db = open_database(f"sqlite:///{path}")
    assert ops.stats(db)["participants"] == 644
    db.close()


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
