"""Crash safety: kill -9 at random moments during two kinds of import (the CORDIS one also as the
command line runs it, with a rollback journal), a bulk edit, a migration, a backup and a restore;
after each kill the register passes the integrity check and the change is there entirely or not
at all. 84 kills in all (slow mode: RIS3DESK_SLOW=1, as .ci/run sets).

The scenarios live in tests/safety_children.py, the CORDIS import of the 8,876-row Piemonte
projects table among them; adding one is one line there.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from database import backup, integrity
from database.engine import open_database, sqlite_url
from tests.safety_children import CORDIS_SAMPLE, SCENARIOS, SIZE
from tests.safety_support import TEST_HEAD

ROOT = Path(__file__).resolve().parents[1]
KILLS_PER_SCENARIO = 12


@pytest.fixture(scope="module")
def crash_template(tmp_path_factory) -> Path:
    """A register of SIZE organisations tagged CRASH, and a small one to restore from."""
    from tests.safety_support import bulk_stakeholders

    folder = tmp_path_factory.mktemp("crash")
    path = folder / "register.db"
    db = open_database(sqlite_url(path))
    bulk_stakeholders(db, SIZE, tag="CRASH", seed=5)
    db.close()
    other = folder / "other.db"
    db = open_database(sqlite_url(other))
    bulk_stakeholders(db, 10, tag="OTHER", seed=6)
    db.close()
    for p in (path, other):
        with sqlite3.connect(p) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to copy
    return folder


def _fresh(template: Path, folder: Path) -> Path:
    folder.mkdir()
    for name in ("register.db", "other.db"):
        shutil.copyfile(template / name, folder / name)
    return folder / "register.db"


def _run_and_kill(name: str, path: Path, delay: float) -> bool:
    """Start the scenario, kill it ``delay`` seconds after it said "ready"; True when the kill
    landed before it said "done"."""
    child = subprocess.Popen([sys.executable, "-m", "tests.safety_children", "crash", name, str(path)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = child.stdout.readline().strip()
    assert line == "ready", child.stderr.read()
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)
    reader.start()
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=5)
    return not any(x.strip() == "done" for x in lines)


def _healthy(path: Path, scenario) -> object:
    """The register passes every check; return the scenario's measure of it."""
    findings = integrity.check_file(path)
    assert findings == [], [f.message for f in findings]
    value = scenario.measure(path)
    if scenario.uses_test_migration and value == TEST_HEAD:
        from tests.safety_support import install_test_migration

        with pytest.MonkeyPatch.context() as mp:
            install_test_migration(path.parent / "migrations", mp)
            db = open_database(sqlite_url(path), upgrade=False)
            assert integrity.check_register(db) == []
            db.close()
        assert int(_sql(path, "SELECT count(*) FROM stakeholders WHERE test_marker = 'migrated'")) == SIZE
    else:
        db = open_database(sqlite_url(path), upgrade=False)
        findings = integrity.check_register(db)
        db.close()
        assert findings == [], [f.message for f in findings]
    for copy in backup.backup_folder(path).glob("*.db"):  # a killed backup never leaves a .db behind
        assert integrity.check_file(copy) == [], copy
    return value


def _sql(path: Path, query: str):
    with sqlite3.connect(path) as conn:
        return conn.execute(query).fetchone()[0]


def _typical_duration(name: str, template: Path, folder: Path) -> float:
    path = _fresh(template, folder)
    child = subprocess.Popen([sys.executable, "-m", "tests.safety_children", "crash", name, str(path)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready", child.stderr.read()
    started = time.monotonic()
    done = child.stdout.readline().strip()
    duration = time.monotonic() - started  # the risky step itself, not the process's exit
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0 and done == "done", err
    assert _healthy(path, SCENARIOS[name]) == SCENARIOS[name].after
    return duration


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_kill_at_random_moments(name, crash_template, tmp_path):
    if name.startswith("import-cordis") and not CORDIS_SAMPLE.exists():
        pytest.skip(f"the real CORDIS data {CORDIS_SAMPLE} is absent")
    scenario = SCENARIOS[name]
    duration = _typical_duration(name, crash_template, tmp_path / "timing")
    rnd = random.Random(f"{name}-{os.getpid()}")
    outcomes, mid_step, span = [], 0, duration * 1.25  # a little past the end: both outcomes occur
    for i in range(KILLS_PER_SCENARIO):
        path = _fresh(crash_template, tmp_path / f"kill{i}")
        landed_inside = _run_and_kill(name, path, rnd.uniform(0.0, span))
        mid_step += landed_inside
        if not landed_inside:  # the step ran faster than timed (a busy machine varies): aim earlier
            span *= 0.7
        value = _healthy(path, scenario)
        assert value in (scenario.before, scenario.after), f"kill {i}: half a change ({value!r})"
        outcomes.append(value)
    print(f"{name}: step ≈ {duration:.2f}s; {mid_step}/{KILLS_PER_SCENARIO} kills before it finished; "
          f"outcomes {outcomes}")
    assert mid_step >= KILLS_PER_SCENARIO // 3  # kills really interrupted the step (timing varies with load)
