"""Messages found by the command-line audit: a register on a read-only location called
"damaged", `init` there an "unexpected error"; database URLs RIS3 Desk cannot use; a bad
--mapping; a --rejects path that fails after the import was committed; --summary-file naming a
folder or a binary file; `check` of another program's SQLite file calling it healthy; two `init`
at once on a new register."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA
from tests.safety_support import raw_count

pytest_plugins = ["tests.safety_fixtures"]  # demo_template, demo_path, register

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = SHARED_DATA / "cordis" / "he_organization_sample_100rows.csv"
CLI = [sys.executable, "-m", "desktop_app.cli"]


def _cli(*args, env=None):
    full = {k: v for k, v in os.environ.items() if k != "RIS3DESK_DATABASE_URL"}
    full.update(env or {})
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=180, env=full)


def _one_line(result, code=1) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ris3desk: "), result.stderr
    assert "unexpected" not in lines[0] and "Traceback" not in result.stderr
    return lines[0]


# --- a read-only location -----------------------------------------------------------------------

def _read_only(folder: Path, *args) -> subprocess.CompletedProcess:
    """Run the command line with ``folder`` read-only: chmod for an ordinary user; for root (whom
    permissions do not stop), a read-only bind mount in a private mount namespace."""
    command = [*CLI, *map(str, args)]
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=180)
        finally:
            folder.chmod(0o755)
    if not shutil.which("unshare") or subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode:
        pytest.skip("running as root without unshare: no way to make a folder read-only here")
    script = (f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && exec "$@"')
    return subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", *command], capture_output=True, text=True,
                          cwd=ROOT, timeout=180)


@pytest.mark.parametrize("command", [["stats"], ["init"], ["check"], ["import", "cordis", SAMPLE]])
def test_a_register_on_a_read_only_location_is_not_called_damaged(demo_template, tmp_path, command):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "register.db"
    shutil.copyfile(demo_template, path)
    line = _one_line(_read_only(folder, "--db", path, *command))
    assert "read-only" in line and "damaged" not in line and "Restore" not in line


def test_init_of_a_new_register_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    line = _one_line(_read_only(folder, "--db", folder / "new.db", "init"))
    assert "cannot be created" in line and "read-only" in line and "sqlalche.me" not in line


# --- URLs ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["garbage", "mysql://user:secret@db.example.org/ris3", "oracle+cx_oracle://u@h/x",
                                 "sqlite+nodriver:///x.db"])
def test_a_database_url_ris3_desk_cannot_use_says_which_work(url):
    for result in (_cli("--database-url", url, "stats"), _cli("stats", env={"RIS3DESK_DATABASE_URL": url}),
                   _cli("--database-url", url, "backup")):
        line = _one_line(result)
        assert "postgresql+psycopg://" in line and "sqlite:///" in line
        assert "secret" not in line and "ModuleNotFoundError" not in line and "ArgumentError" not in line


def test_a_plain_postgresql_url_gets_the_installed_driver():
    from database.engine import check_url

    assert check_url("postgresql://u@h/ris3") == "postgresql+psycopg://u@h/ris3"
    assert check_url("postgresql+psycopg://u@h/ris3") == "postgresql+psycopg://u@h/ris3"


# --- import options -----------------------------------------------------------------------------

def test_a_bad_mapping_is_a_usage_error(demo_path, tmp_path):
    sheet = tmp_path / "enti.csv"
    sheet.write_text("Nome;Città\nA;Torino\n", encoding="utf-8")
    line = _one_line(_cli("--db", demo_path, "import", "spreadsheet", sheet, "--kind", "stakeholder",
                          "--mapping", "garbage"), code=2)
    assert "HEADER=FIELD" in line and "ValueError" not in line


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs the CORDIS sample")
@pytest.mark.parametrize("where", ["missing folder", "a folder", "the input"])
def test_a_rejects_path_that_cannot_be_written_is_refused_before_importing(demo_path, tmp_path, where):
    source = tmp_path / "sample.csv"
    shutil.copyfile(SAMPLE, source)
    folder = tmp_path / "adir"
    folder.mkdir()
    rejects = {"missing folder": tmp_path / "no" / "such" / "r.csv", "a folder": folder, "the input": source}[where]
    before = raw_count(demo_path, "SELECT count(*) FROM stakeholders")
    line = _one_line(_cli("--db", demo_path, "import", "cordis", source, "--rejects", rejects))
    assert "Nothing was imported" in line and ".partial" not in line
    assert raw_count(demo_path, "SELECT count(*) FROM stakeholders") == before
    assert not [p for p in tmp_path.rglob("*") if ".partial" in p.name]
    assert source.read_bytes() == SAMPLE.read_bytes()
    assert not list(tmp_path.glob("register-backups/*before-import*"))


# --- pack --summary-file ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["folder", "binary", "pdf", "missing"])
def test_a_summary_file_that_is_not_text_is_said_in_plain_words(demo_path, tmp_path, kind):
    summary = tmp_path / "summary"
    if kind == "folder":
        summary.mkdir()
    elif kind == "binary":
        summary.write_bytes(bytes(range(256)) * 4)
    elif kind == "pdf":
        summary.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    line = _one_line(_cli("--db", demo_path, "pack", "--out", tmp_path / "p.pdf", "--summary-file", summary))
    assert "summary file" in line and "Errno" not in line and "codec" not in line
    assert not (tmp_path / "p.pdf").exists()


# --- check of another program's database --------------------------------------------------------

def test_check_of_another_programs_sqlite_file_never_says_healthy(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    digest = other.read_bytes()
    result = _cli("--db", other, "check")
    assert result.returncode == 1 and "healthy" not in result.stdout
    assert "holds other data" in result.stdout and "1 problem found" in result.stdout
    assert other.read_bytes() == digest


# --- two programs creating one register ---------------------------------------------------------

def test_two_inits_at_once_on_a_new_register_both_succeed(tmp_path):
    for attempt in range(3):
        path = tmp_path / f"new{attempt}.db"
        procs = [subprocess.Popen([*CLI, "--db", str(path), "init"], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
        for p in procs:
            p.stdout.close()
            p.stderr.close()
        assert [code for code, _err in results] == [0, 0], results
        assert raw_count(path, "SELECT count(*) FROM regions") > 2000
        assert _cli("--db", path, "check").returncode == 0


class _LockedCursor:
    """Says "database is locked" to its first ``fails`` statements, as SQLite does to the switch to
    WAL while another program switches the same new file."""

    def __init__(self, fails: int, said: str = "database is locked"):
        self.fails, self.said, self.statements = fails, said, []

    def execute(self, sql):
        self.statements.append(sql)
        if len(self.statements) <= self.fails:
            raise sqlite3.OperationalError(self.said)


def test_the_switch_to_wal_waits_while_another_program_makes_the_same_file():
    from database import engine

    cursor = _LockedCursor(fails=3)
    engine._wal(cursor)
    assert cursor.statements == ["PRAGMA journal_mode = WAL"] * 4


def test_the_switch_to_wal_gives_up_after_the_busy_timeout_and_on_other_errors(monkeypatch):
    from database import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        engine._wal(_LockedCursor(fails=10**6))
    cursor = _LockedCursor(fails=1, said="disk I/O error")
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        engine._wal(cursor)
    assert len(cursor.statements) == 1


def test_a_register_held_by_another_program_while_being_created(tmp_path, monkeypatch):
    """When the other program does not let go in time: the register is being created or used by
    another program — never an "unexpected error" with SQL in it."""
    from database import engine
    from database.errors import DatabaseOpenError

    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    try:
        with pytest.raises(DatabaseOpenError, match="being created or used by another program"):
            engine.open_database(engine.sqlite_url(path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_damage_found_past_the_opening_check_is_said_in_plain_words(demo_path, monkeypatch, capsys):
    """A large register damaged where the check at opening did not reach (its time budget): the
    first statement to read the broken page fails — in plain words, not as an 'unexpected error'."""
    import sqlalchemy.exc

    from database import ops
    from desktop_app.cli import main

    def broken(*_args, **_kwargs):
        raise sqlalchemy.exc.DatabaseError("SELECT count(*) FROM partner_regions", {},
                                           sqlite3.DatabaseError("database disk image is malformed"))

    monkeypatch.setattr(ops, "stats", broken)
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(demo_path), "stats"])
    err = capsys.readouterr().err
    assert ended.value.code == 1 and err.count("\n") == 1
    assert "the register is damaged" in err and "ris3desk check" in err and "unexpected" not in err


def test_a_team_server_going_away_during_a_command_is_said_in_plain_words(demo_path, monkeypatch, capsys):
    import sqlalchemy.exc

    from database import ops
    from desktop_app.cli import main

    def gone(*_args, **_kwargs):
        raise sqlalchemy.exc.OperationalError("INSERT INTO participants …", {"name": "Someone's data"},
                                              Exception("consuming input failed: server closed the connection "
                                                        "unexpectedly"))

    monkeypatch.setattr(ops, "stats", gone)
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(demo_path), "stats"])
    err = capsys.readouterr().err
    assert ended.value.code == 1 and err.count("\n") == 1 and "Someone's data" not in err
    assert "the database server closed the connection while the command ran" in err
