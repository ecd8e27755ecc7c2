"""Programs the data-safety tests run as separate processes: writers racing each other, and the
crash scenarios killed with SIGKILL at random moments.

    python -m tests.safety_children crash SCENARIO REGISTER
    python -m tests.safety_children write REGISTER TAG N
    python -m tests.safety_children bump REGISTER ID N

A crash scenario prints "ready" just before its risky step and "done" after it, so the test
knows where its kill landed.

Adding a scenario is one line in SCENARIOS: its risky step, and how to tell "all" from
"nothing" afterwards.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from database import backup
from database import models as m
from database.engine import SCHEMA_HEAD, open_database, sqlite_url
from tests.safety_support import TEST_HEAD

SIZE = 3000  # stakeholders the crash register holds; each risky step then takes about a second


@dataclass(frozen=True)
class Scenario:
    """``step(db, path)`` is the risky change; ``measure(path)`` reads, from a healthy register,
    a value that is ``before`` when nothing happened and ``after`` when all of it did."""

    step: Callable
    measure: Callable[[Path], object]
    after: object
    before: object = 0
    uses_test_migration: bool = False


def _raw(path: Path, sql: str):
    import sqlite3

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchone()[0]


def _import(db, _path):
    from tests.safety_support import bulk_stakeholders

    bulk_stakeholders(db, SIZE, tag="IMPORTED", seed=99, contacts_each=1)


CORDIS_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "data" / "cordis" / "he_organization_piemonte_projects.csv"
CORDIS_ORGANISATIONS = 4813  # organisations that file adds (every row of it imports)


def _import_cordis(db, _path):
    from database.imports import import_cordis

    import_cordis(db, CORDIS_SAMPLE)


def _import_cordis_command_line(db, path):
    """As 'ris3desk import cordis' runs it: a one-shot command, so with a rollback journal
    (engine._rollback_journal) — the crash register is small and nobody else has it open."""
    db.one_shot = True
    _import_cordis(db, path)


def _bulk_edit(db, _path):
    """What the window's bulk edit does: one transaction through the ORM, history included."""
    with db.write() as session:
        for obj in session.scalars(select(m.Stakeholder).where(m.Stakeholder.tags == "CRASH")):
            obj.tags = "EDITED"
            obj.city = "Torino"


def _migration(db, path):
    db.close()
    from tests.safety_support import install_test_migration

    install_test_migration(path.parent / "migrations")
    open_database(sqlite_url(path)).close()  # upgrades to the test-only head after its backup


def _backup(db, path):
    for _ in range(3):
        backup.take_backup(path, "manual")


def _restore(db, path):
    backup.restore(path, path.with_name("other.db"))


SCENARIOS: dict[str, Scenario] = {
    "import": Scenario(_import, lambda p: _raw(p, "SELECT count(*) FROM stakeholders WHERE tags = 'IMPORTED'"),
                       SIZE),
    "import-cordis": Scenario(_import_cordis, lambda p: _raw(
        p, "SELECT count(*) FROM stakeholders WHERE source LIKE 'CORDIS %'"), CORDIS_ORGANISATIONS),
    "import-cordis-command-line": Scenario(_import_cordis_command_line, lambda p: _raw(
        p, "SELECT count(*) FROM stakeholders WHERE source LIKE 'CORDIS %'"), CORDIS_ORGANISATIONS),
    "bulk-edit": Scenario(_bulk_edit, lambda p: _raw(p, "SELECT count(*) FROM stakeholders WHERE tags = 'EDITED'"),
                          SIZE),
    "migration": Scenario(_migration, lambda p: _raw(p, "SELECT version_num FROM alembic_version"), TEST_HEAD,
                          before=SCHEMA_HEAD, uses_test_migration=True),
    "backup": Scenario(_backup, lambda p: _raw(p, "SELECT count(*) FROM stakeholders"), SIZE, before=SIZE),
    "restore": Scenario(_restore, lambda p: _raw(p, "SELECT count(*) FROM stakeholders"), 10, before=SIZE),
}


def crash_child(name: str, path: Path) -> None:
    scenario = SCENARIOS[name]
    db = open_database(sqlite_url(path))
    with db.read() as session:  # warm up: the connection and the mappers, so "ready" means ready
        session.scalar(select(func.count()).select_from(m.Stakeholder))
        session.execute(text("SELECT 1"))
    print("ready", flush=True)
    scenario.step(db, path)
    print("done", flush=True)


# --- writers racing each other ------------------------------------------------------------------

def write_child(path: Path, tag: str, n: int) -> None:
    """Create ``n`` organisations one transaction each, as an officer typing fast would."""
    from database import ops

    db = open_database(sqlite_url(path))
    print("ready", flush=True)
    for i in range(n):
        ops.create(db, "stakeholder", {"name": f"{tag} {i}", "type": "sme", "tags": tag})
    print("done", flush=True)


def bump_child(path: Path, entity_id: str, n: int) -> None:
    """Add one to a counter kept in an organisation's description, ``n`` times, the way the
    window saves an edit: read, change, save naming the version read; on a conflict, read again."""
    from database import ops
    from database.errors import ConflictError

    db = open_database(sqlite_url(path))
    print("ready", flush=True)
    conflicts = 0
    for _ in range(n):
        while True:
            rec = ops.get(db, "stakeholder", entity_id)
            try:
                ops.update(db, "stakeholder", entity_id, {"description": str(int(rec.description or 0) + 1)},
                           expected_version=rec.version)
                break
            except ConflictError:
                conflicts += 1
    print(f"done {conflicts}", flush=True)


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "crash":
        crash_child(rest[0], Path(rest[1]))
    elif command == "write":
        write_child(Path(rest[0]), rest[1], int(rest[2]))
    elif command == "bump":
        bump_child(Path(rest[0]), rest[1], int(rest[2]))
    else:
        raise SystemExit(f"unknown command {command}")
