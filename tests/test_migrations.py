"""Migrations: one head, the models and the migrations agree, an upgrade from nothing works on
both back ends, and an upgrade of a register with data takes a backup first and loses no rows —
even when SQLite rebuilds a parent table (batch mode runs with foreign keys off)."""

from __future__ import annotations

import shutil
import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from database import demo, engine, migrate, ops
from database.models import Base
from database.search import PREFIX


def test_one_head_and_the_code_knows_it():
    script = migrate.script()
    assert len(script.get_heads()) == 1
    assert script.get_current_head() == engine.SCHEMA_HEAD


def _differences(url: str) -> list:
    def include(obj, name, type_, reflected, compare_to):
        return not (name or "").startswith(PREFIX)

    eng = create_engine(url)
    with eng.connect() as conn, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "can't compare expression-based index": checked below
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include})
        diff = compare_metadata(ctx, Base.metadata)
        if conn.dialect.name == "sqlite":  # SQLite's inspector leaves expression indexes out
            rows = conn.exec_driver_sql("SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'")
        else:
            rows = [(t, i["name"]) for t in inspect(conn).get_table_names() for i in inspect(conn).get_indexes(t)]
        indexes: dict[str, set] = {}
        for table, name in rows:
            indexes.setdefault(table, set()).add(name)
    eng.dispose()
    expected = {(table.name, index.name) for table in Base.metadata.sorted_tables for index in table.indexes}
    missing = [pair for pair in expected if pair[1] not in indexes.get(pair[0], set())]
    return diff + [("missing index", *pair) for pair in missing]


def test_models_and_migrations_agree_on_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    engine.open_database(url).close()
    assert _differences(url) == []
    # and every index says exactly what the models' does, collations included (Alembic's batch
    # mode, copying a table, once dropped the COLLATE NOCASE the lists' sort orders need)
    created = create_engine(f"sqlite:///{tmp_path / 'created.db'}")
    Base.metadata.create_all(created)

    def index_sql(eng) -> dict:
        with eng.connect() as conn:
            return dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                             "AND sql IS NOT NULL AND tbl_name NOT LIKE 'search%'").all())

    migrated = create_engine(url)
    assert index_sql(migrated) == index_sql(created)
    migrated.dispose()
    created.dispose()


def test_upgrade_from_nothing_on_postgresql(postgres_server):
    import psycopg

    plain = postgres_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute('CREATE DATABASE "fresh_migrations"')
    url = f"{postgres_server}/fresh_migrations"
    database = engine.open_database(url)
    assert ops.stats(database)["regions"] == 2121
    database.close()
    assert _differences(url) == []


def test_downgrade_to_nothing_and_up_again(tmp_path):
    from alembic import command

    url = f"sqlite:///{tmp_path / 'r.db'}"
    engine.open_database(url).close()
    eng = create_engine(url)
    with eng.begin() as conn:
        command.downgrade(migrate.config(conn), "base")
    with eng.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    with eng.begin() as conn:
        command.upgrade(migrate.config(conn), "head")
    eng.dispose()
    assert _differences(url) == []


SECOND_MIGRATION = '''
"""test only: rebuild the stakeholders table (a parent of contacts, links and participants)"""
from alembic import op
import sqlalchemy as sa

revision = "0099"
down_revision = "{head}"


def upgrade():
    with op.batch_alter_table("stakeholders", recreate="always") as batch:
        batch.add_column(sa.Column("test_only", sa.String(10), nullable=True))


def downgrade():
    with op.batch_alter_table("stakeholders", recreate="always") as batch:
        batch.drop_column("test_only")
'''


def test_upgrade_on_open_takes_a_backup_and_keeps_every_child_row(tmp_path, monkeypatch):
    path = tmp_path / "register.db"
    database = engine.open_database(f"sqlite:///{path}")
    demo.load(database)
    before = ops.stats(database)
    database.close()

    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder)
    (folder / "versions" / "0099_test_rebuild.py").write_text(SECOND_MIGRATION.format(head=engine.SCHEMA_HEAD))
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    previous = engine.SCHEMA_HEAD
    monkeypatch.setattr(engine, "SCHEMA_HEAD", "0099")

    database = engine.open_database(f"sqlite:///{path}")
    after = ops.stats(database)
    assert {k: v for k, v in after.items() if k != "database"} == {k: v for k, v in before.items() if k != "database"}
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on after the migration
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0099"
    database.close()

    backups = list(Path(f"{path.with_suffix('')}-backups").glob("*before-upgrade*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == before["contacts"]


def test_a_register_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "register.db"
    engine.open_database(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    content = path.read_bytes()
    with pytest.raises(ops.DatabaseOpenError, match="made by a newer version of RIS3 Desk"):
        engine.open_database(f"sqlite:///{path}")
    assert path.read_bytes() == content
