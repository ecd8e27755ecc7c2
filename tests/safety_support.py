"""Helpers for the data-safety tests: bulk synthetic records written the way an importer writes
them (Core inserts in one transaction, then the search index), and raw looks at a register."""

from __future__ import annotations

import random
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import insert

from database import models as m
from database import search

CITIES = ["Torino", "Novara", "Alessandria", "Cuneo", "Asti", "Biella", "Vercelli", "Verbania"]
TYPES = ["university", "sme", "large_company", "research_organisation", "innovation_cluster", "public_body"]


def _stamp() -> dict:
    now = m.utcnow()
    return {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1}


def stakeholder_rows(n: int, tag: str, seed: int = 1) -> list[dict]:
    rnd = random.Random(seed)
    return [{**_stamp(), "name": f"{tag} Organisation {i:06d} {rnd.choice(CITIES)}", "type": rnd.choice(TYPES),
             "city": rnd.choice(CITIES), "country": "IT", "tags": tag, "is_demo": False,
             "description": " ".join(rnd.choice(["ricerca", "materiali", "automotive", "aerospazio", "energia",
                                                 "chimica", "tessile", "agrifood"]) for _ in range(12))}
            for i in range(n)]


def bulk_stakeholders(db, n: int, tag: str = "SYN", seed: int = 1, contacts_each: int = 0,
                      progress=None) -> list[uuid.UUID]:
    """Insert ``n`` stakeholders (and contacts) in ONE transaction, indexed: an import in small."""
    rows = stakeholder_rows(n, tag, seed)
    ids = [r["id"] for r in rows]
    with db.write() as session:
        conn = session.connection()
        for start in range(0, n, 500):
            conn.execute(insert(m.Stakeholder), rows[start:start + 500])
            if progress:
                progress(start)
        # the whole kind: reindex(ids) deletes id by id, a scan of the FTS table each time
        search.reindex(session, "stakeholder")
        if contacts_each:
            contacts = [{**_stamp(), "stakeholder_id": sid, "name": f"Person {i} of {tag}", "is_demo": False,
                         "email": f"p{i}.{sid.hex[:8]}@example.org"}
                        for sid in ids for i in range(contacts_each)]
            for start in range(0, len(contacts), 500):
                conn.execute(insert(m.Contact), contacts[start:start + 500])
            search.reindex(session, "contact")
    return ids


def run_cli(capsys, *args) -> tuple[int, str, str]:
    """``ris3desk ARGS`` in this process: (exit code, stdout, stderr)."""
    from desktop_app import cli

    try:
        code = cli.main([str(a) for a in args])
    except SystemExit as e:
        code = e.code
    out = capsys.readouterr()
    return code, out.out, out.err


def raw_count(path: Path, sql: str, passphrase: str | None = None):
    from database.sqlite_file import connect

    conn = connect(path, passphrase, readonly=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def file_bytes(path: Path) -> bytes:
    """The register and its write-ahead log, as raw bytes (what a thief with the disk reads)."""
    out = b""
    for p in (path, path.with_name(path.name + "-wal")):
        if p.exists():
            out += p.read_bytes()
    return out


def corrupt(path: Path, offset_pages: int = 3, length: int = 4096) -> None:
    """Overwrite a stretch of a register's pages with garbage (never the header)."""
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek(page * offset_pages)
        fh.write(bytes(random.Random(7).randrange(256) for _ in range(length)))


TEST_HEAD = "0099"
TEST_MIGRATION = '''"""test-only migration on top of the real ones: adds a column to stakeholders and fills it

Revision ID: 0099
Revises: {head}
"""
from alembic import op
import sqlalchemy as sa

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stakeholders") as batch_op:
        batch_op.add_column(sa.Column("test_marker", sa.String(40), nullable=True))
    op.execute("UPDATE stakeholders SET test_marker = 'migrated'")


def downgrade() -> None:
    with op.batch_alter_table("stakeholders") as batch_op:
        batch_op.drop_column("test_marker")
'''


def install_test_migration(folder: Path, monkeypatch=None) -> Path:
    """A copy of the migrations with a test-only one (TEST_HEAD) on top, made the one this process
    uses (the project's own migrations are never touched)."""
    import shutil

    import database.engine
    import database.migrate

    src = database.migrate.MIGRATIONS
    if not folder.exists():
        shutil.copytree(src, folder, ignore=shutil.ignore_patterns("__pycache__"))
        text = TEST_MIGRATION.replace("{head}", database.engine.SCHEMA_HEAD)
        (folder / "versions" / f"{TEST_HEAD}_test_only.py").write_text(text, encoding="utf-8")
    if monkeypatch is not None:
        monkeypatch.setattr(database.migrate, "MIGRATIONS", folder)
        monkeypatch.setattr(database.engine, "SCHEMA_HEAD", TEST_HEAD)
    else:
        database.migrate.MIGRATIONS = folder
        database.engine.SCHEMA_HEAD = TEST_HEAD
    return folder
