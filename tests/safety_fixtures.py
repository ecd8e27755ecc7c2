"""Fixtures of the data-safety tests, loaded by ``pytest_plugins = ["tests.safety_fixtures"]``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo register built once per session; tests get copies (building one takes seconds)."""
    from database import demo
    from database.engine import open_database, sqlite_url

    path = tmp_path_factory.mktemp("template") / "register.db"
    db = open_database(sqlite_url(path))
    demo.load(db)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    """A fresh copy of the demo register, as a file (nothing holds it open)."""
    import shutil

    path = tmp_path / "register.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def register(demo_path):
    """(path, open Database) of a fresh demo register."""
    from database.engine import open_database, sqlite_url

    db = open_database(sqlite_url(demo_path))
    yield demo_path, db
    db.close()
