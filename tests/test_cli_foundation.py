"""The command line as DESIGN.md §4 specifies it: init (with --demo, repeatable), stats as one
JSON object, the database options, and one-line errors without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def ris3desk(*args, env=None, timeout=300):
    full_env = {k: v for k, v in os.environ.items() if k != "RIS3DESK_DATABASE_URL"}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *map(str, args)], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def _one_line_error(result, code=1):
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ris3desk: ")
    return lines[0]


def test_init_demo_twice_then_stats(tmp_path):
    db = tmp_path / "register.db"
    first = ris3desk("--db", db, "init", "--demo")
    assert first.returncode == 0, first.stderr
    assert "records added" in first.stdout
    second = ris3desk("--db", db, "init", "--demo")
    assert second.returncode == 0 and "nothing changed" in second.stdout
    stats = json.loads(ris3desk("--db", db, "stats").stdout)
    assert {"sectors", "stakeholders", "contacts", "partnerships", "regions"} <= set(stats)
    assert stats["sectors"] >= 10 and stats["stakeholders"] >= 40 and stats["contacts"] >= 20
    assert stats["partnerships"] >= 12 and stats["regions"] == 2121


def test_database_url_and_environment_variable_give_the_same_register(tmp_path, pg_url):
    db = tmp_path / "register.db"
    assert ris3desk("--db", db, "init", "--demo").returncode == 0
    assert ris3desk("--database-url", pg_url, "init", "--demo").returncode == 0
    on_sqlite = json.loads(ris3desk("--database-url", f"sqlite:///{db}", "stats").stdout)
    on_pg = json.loads(ris3desk("stats", env={"RIS3DESK_DATABASE_URL": pg_url}).stdout)
    for counts in (on_sqlite, on_pg):
        counts.pop("database")
    assert on_sqlite == on_pg


def test_without_options_the_register_lives_in_the_users_data_folder(tmp_path):
    home = tmp_path / "home"
    result = ris3desk("init", env={"HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")})
    assert result.returncode == 0, result.stderr
    assert (home / ".local" / "share" / "ris3desk" / "register.db").is_file()


def test_remove_demo_in_one_step(tmp_path):
    db = tmp_path / "register.db"
    ris3desk("--db", db, "init", "--demo")
    assert ris3desk("--db", db, "init", "--remove-demo").returncode == 0
    stats = json.loads(ris3desk("--db", db, "stats").stdout)
    assert (stats["stakeholders"], stats["partnerships"], stats["demo_records"]) == (0, 0, 0)


def test_missing_folder(tmp_path):
    line = _one_line_error(ris3desk("--db", tmp_path / "nowhere" / "r.db", "init"))
    assert "does not exist" in line


def test_a_file_that_is_not_a_database_is_left_byte_for_byte(tmp_path):
    victim = tmp_path / "minutes.db"
    content = b"Minutes of the meeting with the Catalan delegation\n" * 100
    victim.write_bytes(content)
    for command in ("init", "stats"):
        line = _one_line_error(ris3desk("--db", victim, command))
        assert "not a RIS3 Desk database" in line and "left untouched" in line
    assert victim.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.db"]


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text)")
    content = other.read_bytes()
    assert "not a RIS3 Desk register" in _one_line_error(ris3desk("--db", other, "init"))
    assert other.read_bytes() == content


def test_a_register_made_by_a_newer_version(tmp_path):
    import sqlite3

    db = tmp_path / "register.db"
    ris3desk("--db", db, "init")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    assert "newer version of RIS3 Desk" in _one_line_error(ris3desk("--db", db, "stats"))


def test_a_server_that_does_not_answer():
    line = _one_line_error(ris3desk("--database-url", "postgresql+psycopg://nobody@127.0.0.1:9/ris3", "stats"))
    assert "does not answer" in line


@pytest.mark.postgres
def test_a_server_that_answers_says_what_is_wrong(postgres_server):
    line = _one_line_error(ris3desk("--database-url", f"{postgres_server}/no_such_register", "stats"))
    assert "answers, but has no database called 'no_such_register'" in line and "createdb" in line
    who = postgres_server.replace("postgres@", "nobody_here@")
    assert "knows no user called 'nobody_here'" in _one_line_error(ris3desk("--database-url", f"{who}/postgres", "stats"))


def test_stats_of_an_empty_file_asks_for_init(tmp_path):
    assert "run 'ris3desk init'" in _one_line_error(ris3desk("--db", tmp_path / "new.db", "stats"))


@pytest.mark.parametrize("args", [["--no-such-option"], ["stats", "--bogus"], ["--db", "a.db", "--database-url", "sqlite://", "stats"]])
def test_usage_errors_exit_2(args):
    result = ris3desk(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
