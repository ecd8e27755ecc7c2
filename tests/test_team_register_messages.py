"""A team register on PostgreSQL, as the officer sees it going wrong (the PostgreSQL audit): an
unexpected SQL error said in one line without its statement or parameters; a user who may read
but not change, or not even read, the register; the server going away mid-command; two `init`
at once on a new database; demo data loaded while an import runs; `postgres://` URLs; and the
import's message when someone else changed records meanwhile."""

from __future__ import annotations

import itertools
import os
import socket
import threading
import time

import pytest
from sqlalchemy import select, text

from database import models as m
from tests.safety_support import run_cli

pytest_plugins = ["tests.gui_fixtures"]  # settings_dir: the window's settings in the test's folder

_roles = itertools.count(1)
PERSONAL = "mario.rossi@example.org"


def _admin(pg_url: str):
    import psycopg

    return psycopg.connect(pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def _role(pg_url: str, prefix: str, *grants: str) -> str:
    """A login role on the test server (trust authentication: no password), granted ``grants``
    in ``pg_url``'s database; returns the URL of that database as that role."""
    name = f"{prefix}_{os.getpid()}_{next(_roles)}"
    with _admin(pg_url) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN')
        for grant in grants:
            conn.execute(grant.format(role=f'"{name}"'))
    return pg_url.replace("://postgres@", f"://{name}@")


_run = run_cli


def _line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ris3desk: "), err
    return lines[0]


@pytest.fixture
def crash_log(tmp_path, monkeypatch):
    """The command line's log file, in the test's folder."""
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_log_path", lambda *a, **k: tmp_path / "logs")
    return tmp_path / "logs" / "ris3desk.log"


# --- 1. an unexpected SQL error: one line, no statement, no parameters ---------------------------

def _failing_update(db):
    """A real PostgreSQL error whose SQLAlchemy text carries the statement and a personal parameter."""
    with db.write() as session:
        session.execute(text("UPDATE stakeholders SET email = :email WHERE no_such_column = 1"), {"email": PERSONAL})


@pytest.mark.postgres
def test_an_unexpected_sql_error_is_one_line_without_its_statement_or_parameters(pg_url, capsys, monkeypatch,
                                                                                   crash_log):
    from database.engine import open_database
    from desktop_app.cli import cmd_stats

    def run(args):
        _failing_update(open_database(pg_url))

    monkeypatch.setattr(cmd_stats, "run", run)
    code, _out, err = _run(capsys, "--database-url", pg_url, "stats")
    line = _line(err)
    assert code == 1
    assert line.startswith("ris3desk: unexpected error (ProgrammingError: column \"no_such_column\" does not exist)")
    assert "details in" in line
    for leak in (PERSONAL, "UPDATE", "[SQL", "parameters", "LINE 1"):
        assert leak not in err
    assert PERSONAL in crash_log.read_text(encoding="utf-8")  # the details are in the log only


@pytest.mark.postgres
def test_explain_error_keeps_the_first_line_of_what_the_driver_said(pg_url):
    from database.engine import explain_error, open_database

    db = open_database(pg_url)
    try:
        with pytest.raises(Exception) as caught:
            _failing_update(db)
        said = db.explain_error(caught.value)
    finally:
        db.close()
    assert said == 'ProgrammingError: column "no_such_column" does not exist'
    assert explain_error(ValueError("first\nsecond")) == "ValueError: first"


# --- 1. a user who may read the register but not change it ---------------------------------------

def _reader(pg_url: str) -> str:
    return _role(pg_url, "reader", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")


@pytest.mark.postgres
def test_a_user_who_may_only_read_is_told_so_on_the_command_line(pg_url, capsys, crash_log):
    url = _reader(pg_url)
    user = url.split("://")[1].split("@")[0]
    code, _out, err = _run(capsys, "--database-url", url, "init", "--demo")
    assert code == 1
    assert _line(err) == (f"ris3desk: Your database user ({user}) may read this register but not change it; "
                          "ask its administrator.")
    code, out, _err = _run(capsys, "--database-url", url, "stats")  # reading still works
    assert code == 0 and out


@pytest.mark.postgres
def test_a_user_who_may_only_read_is_told_so_in_the_window(pg_url, qtbot, settings_dir, monkeypatch, crash_log):
    from database import ops
    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preferences import Preferences, WindowState
    from desktop_app.gui.worker import DbWorker
    from tests.gui_fixtures import qtbot_app, wait_idle

    url = _reader(pg_url)
    user = url.split("://")[1].split("@")[0]
    db = ops.open_database(url)
    i18n.install(qtbot_app(), "en")
    worker = DbWorker()
    w = MainWindow(db, worker, Preferences(language="en", officer_name="Test Officer"), WindowState(),
                   start_page="stakeholder")
    try:
        wait_idle(w)
        with pytest.raises(Exception) as denied:
            with db.write() as session:
                session.add(m.Setting(key="x", value=PERSONAL))
        w.unexpected_error(denied.value)
        box = w.last_question
        assert box.text() == (f"Your database user ({user}) may read this register but not change it; "
                              "ask its administrator.")
        assert box.windowTitle().endswith("Not allowed") or "Not allowed" in box.windowTitle()

        with pytest.raises(Exception) as other:
            _failing_update(db)
        w.unexpected_error(other.value)
        shown = w.last_question.text() + w.last_question.informativeText()
        assert w.last_question.text() == 'Something went wrong: ProgrammingError: column "no_such_column" does not exist.'
        for leak in (PERSONAL, "UPDATE", "[SQL", "parameters"):
            assert leak not in shown
        w.last_question.close()
    finally:
        w._closing = True
        w.close()
        worker.stop()
        w.deleteLater()
        db.close()


# --- 2. a user who may not even read it -----------------------------------------------------------

@pytest.mark.postgres
def test_a_user_who_may_not_read_the_register_is_not_told_it_is_damaged(pg_url, capsys):
    url = _role(pg_url, "nobody")
    user = url.split("://")[1].split("@")[0]
    database = url.rsplit("/", 1)[1]
    code, _out, err = _run(capsys, "--database-url", url, "stats")
    line = _line(err)
    assert code == 1
    assert f"answers, but user '{user}' may not read the register {database}: ask its administrator to grant " \
           "access." in line
    assert "not a readable database" not in line and "untouched" not in line


@pytest.mark.postgres
def test_a_user_without_connect_privilege_is_told_the_same(pg_url, capsys):
    database = pg_url.rsplit("/", 1)[1]
    url = _role(pg_url, "outsider")
    with _admin(pg_url) as conn:
        conn.execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
    code, _out, err = _run(capsys, "--database-url", url, "stats")
    assert code == 1 and "may not read the register" in _line(err)


# --- 3. the server going away while the command reads its file -----------------------------------

class _Proxy:
    """A TCP relay to the test server that can be shut like a server that stops: its port then
    refuses connections, and the connections through it are cut."""

    def __init__(self, port: int):
        self.target = ("127.0.0.1", port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = []
        self.open = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while self.open:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(a, b):
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self):
        self.open = False
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # (wakes the accept() under way: the port closes)
        except OSError:
            pass
        self.listener.close()
        for s in self.sockets:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass


@pytest.mark.postgres
def test_a_server_that_stops_while_the_file_is_read_is_said_plainly(pg_url, tmp_path, capsys, monkeypatch,
                                                                    crash_log):
    from database.imports import spreadsheet

    port = int(pg_url.rsplit(":", 1)[1].split("/")[0])
    proxy = _Proxy(port)
    url = pg_url.replace(f":{port}/", f":{proxy.port}/")
    sheet = tmp_path / "enti.csv"
    sheet.write_text("name,city\nFondazione Esempio,Torino\n", encoding="utf-8")
    opened = spreadsheet._open

    def open_then_stop(*args, **kw):
        proxy.stop()  # the server stops while the file is being read
        return opened(*args, **kw)

    monkeypatch.setattr(spreadsheet, "_open", open_then_stop)
    try:
        code, _out, err = _run(capsys, "--database-url", url, "import", "spreadsheet", "--kind", "stakeholder", sheet)
    finally:
        proxy.stop()
    assert code == 1
    assert _line(err) == ("ris3desk: the database server closed the connection while the command ran; what it had "
                          "not committed was not saved (an import is all or nothing). Run it again once the server "
                          "is back.")


@pytest.mark.postgres
def test_psycopg_log_lines_do_not_reach_the_officer(pg_url, tmp_path):
    """In a process of its own: pytest's log capture would hide what Python prints of a warning."""
    import subprocess
    import sys
    from pathlib import Path

    script = f"""
import logging, sys
import psycopg
from sqlalchemy import exc
from desktop_app import cli
from desktop_app.cli import cmd_stats

def run(args):  # what psycopg logs, then raises, when the connection is lost inside a pipeline
    logging.getLogger("psycopg").warning("error ignored terminating %r: %s", "<psycopg.Pipeline [BAD]>",
                                         "the connection is lost")
    raise exc.OperationalError("SELECT 1", {{}}, psycopg.OperationalError("the connection is lost"))

cmd_stats.run = run
sys.exit(cli.main(["--database-url", {pg_url!r}, "stats"]))
"""
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("RIS3DESK_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[1], env=env)
    assert result.returncode == 1
    assert "closed the connection" in _line(result.stderr)
    assert "Pipeline" not in result.stderr


# --- 4. two `init` at once on a new team database ------------------------------------------------

@pytest.mark.postgres
def test_two_inits_at_once_on_a_new_team_database_both_succeed(postgres_server, monkeypatch):
    from database import migrate
    from database.engine import open_database

    name = f"empty_{os.getpid()}_{next(_roles)}"
    with _admin(f"{postgres_server}/postgres") as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{postgres_server}/{name}"
    both_looked = threading.Barrier(2, timeout=30)
    upgrade = migrate.upgrade

    def upgrade_after_both_looked(*args, **kw):  # both found the database empty before either creates it
        both_looked.wait()
        return upgrade(*args, **kw)

    monkeypatch.setattr(migrate, "upgrade", upgrade_after_both_looked)
    results: list = []

    def init():
        try:
            open_database(url).close()
            results.append("ok")
        except Exception as e:  # noqa: BLE001 - the test reports it
            results.append(e)

    threads = [threading.Thread(target=init) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results == ["ok", "ok"], results
    db = open_database(url)
    try:
        with db.read() as session:
            assert session.scalar(text("SELECT count(*) FROM regions")) > 0
            assert session.scalar(text("SELECT count(*) FROM settings")) == 1
    finally:
        db.close()


# --- 5. demo data loaded while an import runs -------------------------------------------------------

@pytest.mark.postgres
def test_demo_data_waits_for_a_running_import(pg_url):
    from database import demo
    from database.engine import open_database

    db = open_database(pg_url)
    outcome: list = []
    try:
        with db.bulk_write() as session:  # an import, holding its turn, adds an organisation of the demo data
            session.add(m.Stakeholder(name="Politecnico di Torino", type="university", pic="999977754", country="IT"))
            session.flush()

            def load():
                try:
                    outcome.append(demo.load(db))
                except Exception as e:  # noqa: BLE001 - the test reports it
                    outcome.append(e)

            loader = threading.Thread(target=load)
            loader.start()
            time.sleep(1.0)
            assert loader.is_alive()  # waiting for its turn
        loader.join(60)
        assert len(outcome) == 1 and isinstance(outcome[0], int), outcome
        with db.read() as session:
            assert session.scalar(text("SELECT count(*) FROM stakeholders WHERE pic = '999977754'")) == 1
    finally:
        db.close()


# --- 6. postgres:// URLs ------------------------------------------------------------------------

@pytest.mark.postgres
def test_a_postgres_url_in_libpq_form_is_accepted(pg_url, capsys):
    from database.engine import check_url

    assert check_url("postgres://u@h/ris3") == "postgresql+psycopg://u@h/ris3"
    assert check_url("postgres://u:secret@h:5433/ris3") == "postgresql+psycopg://u:secret@h:5433/ris3"
    libpq = pg_url.replace("postgresql+psycopg://", "postgres://")
    code, out, err = _run(capsys, "--database-url", libpq, "stats")
    assert code == 0 and out and not err


def test_an_unknown_kind_of_url_is_said_not_crashed(capsys):
    from database.engine import check_url
    from database.errors import DatabaseOpenError

    with pytest.raises(DatabaseOpenError, match="cannot use a nosuchdb database"):
        check_url("nosuchdb://u@h/x")


# --- 7. an import that meets someone else's changes ------------------------------------------------

@pytest.mark.parametrize("changed, words", [(1, "one of the organisations"), (2, "2 of the organisations")])
def test_the_import_says_which_records_someone_else_changed(db, changed, words):
    from datetime import UTC, datetime

    from database.imports import bulk

    with db.write() as session:
        for i in range(changed):
            session.add(m.Stakeholder(name=f"Ente {i}", type="company"))
    with db.read() as session:
        rows = session.execute(select(m.Stakeholder.id, m.Stakeholder.version)).all()
    with pytest.raises(bulk.ConcurrentChangeError) as caught:
        with db.write() as session:
            bulk.update_rows(session, m.Stakeholder.__table__, [(i, v + 1, {"city": "Torino"}) for i, v in rows],
                             datetime.now(UTC))
    assert str(caught.value) == (f"Someone else changed {words} this import was updating; nothing was imported. "
                                 "Run the import again.")


def test_every_window_error_text_leaves_the_sql_and_its_values_out(qapp):
    """The import and export dialogs, undo, the automatic backup, the pack dialog and the start-up
    all say an unexpected error through i18n.error_text: its first line, no statement, no values."""
    from sqlalchemy import exc as sa_exc

    from desktop_app.gui import i18n

    class Orig(Exception):
        pass

    error = sa_exc.IntegrityError("INSERT INTO contacts (email) VALUES (?)", ("maria.rossi@example.org",),
                                  Orig("UNIQUE constraint failed: contacts.email\nDETAIL: more"))
    text = i18n.error_text(error)
    assert text == "IntegrityError: UNIQUE constraint failed: contacts.email"
    assert "maria.rossi" not in text and "INSERT" not in text
