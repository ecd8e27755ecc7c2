"""Two windows or processes on one register: writes wait their turn, nothing is lost, and a
record changed meanwhile is a conflict, never a silent overwrite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from database import ops
from database.engine import open_database, sqlite_url
from database.errors import ConflictError

ROOT = Path(__file__).resolve().parents[1]
pytest_plugins = ["tests.safety_fixtures"]


def _spawn(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.safety_children", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_ready(*procs) -> None:
    for p in procs:
        assert p.stdout.readline().strip() == "ready", p.stderr.read()


def test_two_processes_writing_at_once_lose_nothing(demo_path):
    before = ops.count(db := open_database(sqlite_url(demo_path)), "stakeholder")
    a, b = _spawn("write", demo_path, "ALPHA", 150), _spawn("write", demo_path, "BRAVO", 150)
    _wait_ready(a, b)
    for p in (a, b):
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0 and out.strip() == "done", err
    assert ops.count(db, "stakeholder") == before + 300
    names = {r.name for r in ops.get_many(db, "stakeholder", ops.list_ids(db, "stakeholder"))}
    assert {f"ALPHA {i}" for i in range(150)} <= names and {f"BRAVO {i}" for i in range(150)} <= names
    assert ops.check(db) == []
    db.close()


def test_racing_edits_of_one_record_are_conflicts_not_lost_updates(demo_path):
    """Two processes each add 1 to the same record 40 times, saving with the version they read.
    Every lost update would leave the total short of 80."""
    db = open_database(sqlite_url(demo_path))
    target = ops.create(db, "stakeholder", {"name": "Counter Srl", "type": "sme", "description": "0"}).record
    a, b = _spawn("bump", demo_path, target.id, 40), _spawn("bump", demo_path, target.id, 40)
    _wait_ready(a, b)
    conflicts = 0
    for p in (a, b):
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        conflicts += int(out.split()[-1])
    final = ops.get(db, "stakeholder", target.id)
    assert final.description == "80"
    assert final.version == target.version + 80
    history = [h for h in ops.history(db, target.id) if h.field == "description"]
    assert len(history) == 80
    print(f"conflicts met and retried: {conflicts}")
    db.close()


def test_a_record_changed_by_another_process_is_a_conflict(demo_path):
    db = open_database(sqlite_url(demo_path))
    mine = ops.list_page(db, "stakeholder", limit=1).rows[0]  # what this window shows
    other = subprocess.run([sys.executable, "-c", (
        "from database import ops; from database.engine import open_database, sqlite_url;"
        f"db = open_database(sqlite_url({str(demo_path)!r}));"
        f"r = ops.get(db, 'stakeholder', {str(mine.id)!r});"
        "ops.update(db, 'stakeholder', r.id, {'city': 'Alba'}, expected_version=r.version)")],
        cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert other.returncode == 0, other.stderr
    with pytest.raises(ConflictError) as caught:
        ops.update(db, "stakeholder", mine.id, {"city": "Bra"}, expected_version=mine.version)
    assert caught.value.theirs.city == "Alba" and caught.value.mine == {"city": "Bra"}
    assert "changed by someone else" in str(caught.value)
    assert ops.get(db, "stakeholder", mine.id).city == "Alba"  # the other edit stands
    # deleted meanwhile by the other process: also a conflict, saying so
    subprocess.run([sys.executable, "-c", (
        "from database import ops; from database.engine import open_database, sqlite_url;"
        f"db = open_database(sqlite_url({str(demo_path)!r}));"
        f"ops.delete(db, 'stakeholder', {str(mine.id)!r})")], cwd=ROOT, check=True, timeout=120)
    with pytest.raises(ConflictError, match="deleted by someone else") as caught:
        ops.update(db, "stakeholder", mine.id, {"city": "Bra"}, expected_version=mine.version + 1)
    assert caught.value.theirs is None
    db.close()


def test_a_writer_waits_for_a_long_transaction_instead_of_failing(demo_path):
    """One process holds the write lock for a second (an import); another's save waits, then lands."""
    import time

    holder = subprocess.Popen([sys.executable, "-c", (
        "import time; from database.engine import open_database, sqlite_url; from sqlalchemy import text;"
        f"db = open_database(sqlite_url({str(demo_path)!r}));"
        "s = db.write().__enter__(); s.execute(text(\"UPDATE settings SET value = value\"));"
        "print('locked', flush=True); time.sleep(1.5); db.close()")],  # never commits: rolled back
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    db = open_database(sqlite_url(demo_path))
    started = time.monotonic()
    made = ops.create(db, "stakeholder", {"name": "Patient Srl", "type": "sme"}).record
    assert time.monotonic() - started > 0.5  # it did wait
    assert ops.get(db, "stakeholder", made.id).name == "Patient Srl"
    holder.wait(timeout=60)
    db.close()
