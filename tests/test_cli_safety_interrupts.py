"""Ctrl+C, found by the command-line audit: an import interrupted after its commit said "nothing
half-written was kept" (it was saved); one interrupted in its transaction ended in "unexpected
error (ProgrammingError: Cannot operate on a closed database.)" (the clean-up used the connection
SQLAlchemy had closed, hiding the interrupt); `export json`, `backup --out` and the rejects file
left their `.partial` files behind, full of personal data; `export … --out FOLDER` left
`FOLDER.partial`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import event, text

from database import export
from database.imports import bulk
from database.imports.rejects import Reject, write_rejects
from database.sqlite_file import partial_file
from tests.conftest import SHARED_DATA
from tests.safety_support import raw_count, run_cli

pytest_plugins = ["tests.safety_fixtures"]  # demo_template, demo_path, register

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = SHARED_DATA / "cordis" / "he_organization_sample_100rows.csv"


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if ".partial" in p.name]


# --- the one helper every writer of a .partial file uses ----------------------------------------

@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit, OSError, ValueError])
def test_partial_file_is_removed_on_any_exception(tmp_path, exc):
    target = tmp_path / "out.json"
    with pytest.raises(exc), partial_file(target) as partial:
        partial.write_text("personal data")
        partial.with_name(partial.name + "-journal").write_text("more")
        raise exc
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_partial_file_clean_up_never_hides_the_real_error(tmp_path, monkeypatch):
    from database import sqlite_file

    def refuses(self, missing_ok=False):
        raise PermissionError("cannot remove")

    target = tmp_path / "out.json"
    with pytest.raises(KeyboardInterrupt), partial_file(target) as partial:
        partial.write_text("x")
        monkeypatch.setattr(sqlite_file.Path, "unlink", refuses)
        raise KeyboardInterrupt


def test_partial_file_renamed_when_complete_and_stale_leftovers_removed(tmp_path):
    target = tmp_path / "out.csv"
    (tmp_path / "out.csv.partial").write_text("a killed earlier attempt")
    with partial_file(target) as partial:
        assert not partial.exists()
        partial.write_text("complete")
        partial.replace(target)
    assert target.read_text() == "complete" and _leftovers(tmp_path) == []


# --- writers ------------------------------------------------------------------------------------

def test_an_interrupted_json_export_leaves_nothing(register, tmp_path, monkeypatch):
    _path, db = register
    rows = {"n": 0}
    real = export.encode_row

    def slow(row):
        rows["n"] += 1
        if rows["n"] == 500:
            raise KeyboardInterrupt
        return real(row)

    monkeypatch.setattr(export, "encode_row", slow)
    out = tmp_path / "fx.json"
    with pytest.raises(KeyboardInterrupt):
        export.export_json(db, out)
    assert not out.exists() and _leftovers(tmp_path) == []


@pytest.mark.parametrize("what", [["json"], ["contact", "anna.bosch@example.org"], ["list", "stakeholder"]])
def test_export_to_a_folder_says_so_and_writes_nothing(demo_path, tmp_path, capsys, what):
    folder = tmp_path / ("adir.csv" if what[0] == "list" else "adir")
    folder.mkdir()
    code = _run(capsys, "--db", demo_path, "export", *what, "--out", folder)
    assert code[0] == 1 and "is a folder" in code[2] and "unexpected" not in code[2]
    assert _leftovers(tmp_path) == [] and list(folder.iterdir()) == []


def test_export_into_a_missing_folder_says_so(demo_path, tmp_path, capsys):
    code, _out, err = _run(capsys, "--db", demo_path, "export", "json", "--out", tmp_path / "no" / "fx.json")
    assert code == 1 and "does not exist" in err and ".partial" not in err


def test_an_interrupted_rejects_file_leaves_nothing(tmp_path):
    class Boom(list):
        def __iter__(self):
            yield Reject(2, ("a", "b"), "bad", "stakeholder")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_rejects(tmp_path / "r.csv", ["x", "y"], Boom())
    assert list(tmp_path.iterdir()) == []


# --- transactions -------------------------------------------------------------------------------

def test_an_interrupt_inside_an_import_transaction_is_reported_as_such(register):
    """SQLAlchemy closes a connection that KeyboardInterrupt stopped mid-statement: the clean-up
    of bulk_write and bulk_session must neither use it nor hide the interrupt."""
    path, db = register
    before = raw_count(path, "SELECT count(*) FROM settings")

    def interrupt(_conn, _cursor, statement, *_args):
        if statement.startswith("INSERT INTO settings"):
            raise KeyboardInterrupt

    event.listen(db.engine, "before_cursor_execute", interrupt)
    try:
        with pytest.raises(KeyboardInterrupt), db.bulk_write() as session, bulk.bulk_session(session):
            session.execute(text("INSERT INTO settings (id, created_at, updated_at, version, key, value) "
                                 "VALUES ('0123456789abcdef0123456789abcdef', '2024-01-01', '2024-01-01', 1, 'k', 'v')"))
    finally:
        event.remove(db.engine, "before_cursor_execute", interrupt)
    assert db.commits == 0 and raw_count(path, "SELECT count(*) FROM settings") == before
    with db.write() as session:  # the register is still usable
        session.execute(text("UPDATE settings SET value = value"))
    assert db.commits == 1


_run = run_cli


def test_cli_interrupt_before_the_imports_commit_says_nothing_was_kept(demo_path, capsys, monkeypatch):
    import database.imports as imports

    def interrupted(db, *_args, **_kwargs):
        with db.bulk_write() as session:
            session.execute(text("UPDATE stakeholders SET city = 'X'"))
            raise KeyboardInterrupt

    monkeypatch.setattr(imports, "import_cordis", interrupted)
    code, _out, err = _run(capsys, "--db", demo_path, "import", "cordis", "whatever.csv")
    assert code == 130 and err.strip() == "ris3desk: interrupted; nothing half-written was kept."
    assert raw_count(demo_path, "SELECT count(*) FROM stakeholders WHERE city = 'X'") == 0


def test_cli_interrupt_after_the_imports_commit_says_it_was_saved(demo_path, capsys, monkeypatch):
    import database.imports as imports

    def saved_then_interrupted(db, *_args, **_kwargs):
        with db.bulk_write() as session:
            session.execute(text("UPDATE stakeholders SET city = 'X'"))
        raise KeyboardInterrupt  # while the summary is made

    monkeypatch.setattr(imports, "import_cordis", saved_then_interrupted)
    code, _out, err = _run(capsys, "--db", demo_path, "import", "cordis", "whatever.csv")
    assert code == 130 and "after the import was saved" in err and err.count("\n") == 1
    assert raw_count(demo_path, "SELECT count(*) FROM stakeholders WHERE city = 'X'") > 0


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs the CORDIS sample")
def test_ctrl_c_during_the_commit_waits_for_it_and_says_it_was_saved(demo_path, tmp_path):
    """A real SIGINT, sent just as the import commits: the commit completes (Ctrl+C takes effect
    after it), and the message says the import was saved — the register agrees."""
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from sqlalchemy.orm import Session
        real = Session.commit
        def commit(self):  # Ctrl+C arrives as the transaction commits
            os.kill(os.getpid(), signal.SIGINT)
            return real(self)
        Session.commit = commit
        from desktop_app.cli import main
        sys.exit(main(["--db", {str(demo_path)!r}, "import", "cordis", {str(SAMPLE)!r}]))
    """), encoding="utf-8")
    before = raw_count(demo_path, "SELECT count(*) FROM stakeholders")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, timeout=180)
    assert done.returncode == 130, done.stderr
    assert "after the import was saved" in done.stderr and "unexpected" not in done.stderr
    assert raw_count(demo_path, "SELECT count(*) FROM stakeholders") > before


def test_cli_export_json_interrupted_leaves_no_partial(demo_path, tmp_path, capsys, monkeypatch):
    def interrupted(row):
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "encode_row", interrupted)
    code, _out, err = _run(capsys, "--db", demo_path, "export", "json", "--out", tmp_path / "fx.json")
    assert code == 130 and "nothing half-written" in err
    assert _leftovers(tmp_path) == [] and not (tmp_path / "fx.json").exists()
