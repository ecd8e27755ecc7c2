"""Schema migrations with Alembic, run from code (no alembic.ini needed by users).

On SQLite, migrations run with foreign keys off: Alembic's batch mode rebuilds a table by
copying it, and with foreign keys on, dropping the old copy silently deletes the child rows.
An existing register is backed up before any migration touches it.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from .engine import schema_lock, sqlite_path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head() -> str:
    return script().get_current_head()


def is_known(revision: str) -> bool:
    try:
        return script().get_revision(revision) is not None
    except Exception:
        return False


def upgrade(engine: Engine, *, backup_first: bool, target: str = "head", then=None) -> None:
    """Bring the register at ``engine`` to ``target`` in one transaction, after a backup of an
    existing register file when ``backup_first``. ``then(connection)``, when given, runs at the
    end of that transaction (a new register's reference data)."""
    path = sqlite_path(engine.url)
    if backup_first and path is not None:
        from . import backup

        passphrase = engine.url.password if engine.url.drivername == "sqlite+pysqlcipher" else None
        backup.automatic(path, before="upgrade", passphrase=passphrase)
    with engine.connect() as conn:
        # straight to the driver: the pragma is ignored inside a transaction, and SQLAlchemy
        # would open one for any statement it runs
        raw = conn.connection.driver_connection if engine.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                if raw is None:
                    # PostgreSQL: one program at a time creates or upgrades a register (two CREATE
                    # TABLEs at once, the second fails); Alembic reads the revision again once
                    # this turn is ours, so the second finds the first's work done and does nothing
                    schema_lock(conn)
                command.upgrade(config(conn), target)
                if then is not None:
                    then(conn)
                if raw is not None:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:  # rolls the whole migration back
                        raise RuntimeError(f"The upgrade would leave {len(problems)} broken links; "
                                           "nothing was changed.")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
