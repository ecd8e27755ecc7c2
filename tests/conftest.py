"""Shared fixtures: a fresh register per test on SQLite, and on a throwaway PostgreSQL server
that the tests start themselves (DESIGN.md §5), plus Qt offscreen settings."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
PG_BIN_DIRS = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15", "14", "13")]


def pytest_collection_modifyitems(config, items):
    if os.environ.get("RIS3DESK_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow test: set RIS3DESK_SLOW=1 (as .ci/run does)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"the real public data folder {SHARED_DATA} is absent")
    return SHARED_DATA


@pytest.fixture
def worker(qapp):
    """The window's database worker thread, stopped after the test."""
    from desktop_app.gui.worker import DbWorker

    w = DbWorker()
    yield w
    w.stop()


@pytest.fixture
def cordis_sample(shared_data, tmp_path) -> Path:
    """The 100-row CORDIS sample and, after it, one row with a malformed PIC (every real row imports)."""
    import csv

    with (shared_data / "cordis/he_organization_sample_100rows.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    pic = rows[0].index("organisationID")
    path = tmp_path / "he_organization_sample.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([*rows, [*rows[1][:pic], "12345", *rows[1][pic + 1:]]])
    return path


def _pg_bin() -> Path | None:
    for d in PG_BIN_DIRS:
        if (d / "initdb").exists():
            return d
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for this test session: yields a base URL without a database name."""
    if os.environ.get("RIS3DESK_TEST_PG_URL"):
        yield os.environ["RIS3DESK_TEST_PG_URL"].rstrip("/")
        return
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL binaries on this machine (apt-get install postgresql; .ci/run does)")
    tmp = Path(tempfile.mkdtemp(prefix="ris3pg-"))
    data = tmp / "data"
    port = _free_port()
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(tmp, "postgres", "postgres")
    subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                    "--no-sync", "-E", "UTF8"], check=True, capture_output=True)
    log = tmp / "log"
    subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o",
                    f"-c listen_addresses=127.0.0.1 -c port={port} -c fsync=off -c full_page_writes=off "
                    f"-c synchronous_commit=off -k {tmp}", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


_pg_counter = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def _pg_template(postgres_server) -> str:
    """A register with its reference data, made once; each test's database is a copy of it."""
    import psycopg

    from database.engine import open_database

    plain = postgres_server.replace("postgresql+psycopg://", "postgresql://")
    name = f"template_{os.getpid()}"
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    open_database(f"{postgres_server}/{name}").close()
    return name


@pytest.fixture
def pg_url(postgres_server, _pg_template) -> str:
    """A new PostgreSQL register (reference data included) for one test."""
    import psycopg

    name = f"t{os.getpid()}_{next(_pg_counter)}"
    plain = postgres_server.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_pg_template}"')
    yield f"{postgres_server}/{name}"


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory) -> Path:
    """A SQLite register with its reference data, made once and copied for each test."""
    from database.engine import open_database

    path = tmp_path_factory.mktemp("template") / "register.db"
    database = open_database(f"sqlite:///{path}")
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def sqlite_url(tmp_path, _sqlite_template) -> str:
    """A new SQLite register (reference data included) for one test."""
    target = tmp_path / "register.db"
    shutil.copyfile(_sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request) -> str:
    """Each test using this runs on SQLite and on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def db(db_url):
    """A fresh register with its reference data, on each back end."""
    from database.engine import open_database

    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def sqlite_db(sqlite_url):
    from database.engine import open_database

    database = open_database(sqlite_url)
    yield database
    database.close()


@pytest.fixture
def wait_for():
    """Poll a condition (for background work) instead of sleeping a fixed time."""

    def _wait(condition, timeout=10.0, interval=0.02):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if condition():
                return True
            time.sleep(interval)
        return condition()

    return _wait


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail a test that leaves the window's database worker (a QThread) or a Qt timer running
    (as napari's test suite does)."""
    yield
    import sys

    if "desktop_app.gui.worker" in sys.modules:
        from desktop_app.gui.worker import live_workers

        running = live_workers()
        for worker in running:
            worker.stop()
        assert not running, f"{len(running)} database worker thread(s) left running: call worker.stop()"
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            active = [t for w in app.topLevelWidgets() if w.isVisible()
                      for t in w.findChildren(QTimer) if t.isActive()]
            for timer in active:
                timer.stop()
            assert not active, f"{len(active)} Qt timer(s) left running in open windows"
