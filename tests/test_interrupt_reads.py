"""A query a newer click or keystroke made useless is stopped, not waited for: the data layer
interrupts the read a thread runs (never a write), and the window's worker ends such a job as
Cancelled and goes on with the next one."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from database import ops

# a read that runs until it is interrupted (a recursive count with no end)
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def _endless_read(db):
    with db.read() as session:
        return session.execute(text(ENDLESS)).scalar()


def _reader_thread(db):
    outcome: dict = {}

    def run():
        started = time.monotonic()
        try:
            _endless_read(db)
        except Exception as e:  # noqa: BLE001 - what the read raised is the result
            outcome["error"] = e
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def _wait_reading(db, thread) -> None:
    end = time.monotonic() + 10
    while thread.ident not in db._readers and time.monotonic() < end:
        time.sleep(0.01)
    time.sleep(0.1)  # inside the statement by now


def test_a_running_read_is_interrupted_and_the_register_stays_usable(sqlite_db):
    thread, outcome = _reader_thread(sqlite_db)
    _wait_reading(sqlite_db, thread)
    assert ops.interrupt_reads(sqlite_db, thread.ident)
    thread.join(10)
    assert not thread.is_alive() and "interrupted" in str(outcome["error"])
    assert not sqlite_db._readers  # nothing left registered
    assert ops.count(sqlite_db, "region") > 2000  # the next read works


def test_nothing_happens_without_a_read_under_way(sqlite_db):
    assert not ops.interrupt_reads(sqlite_db, threading.get_ident())
    # a write on this thread is never registered, so never interrupted
    with sqlite_db.write():
        assert not ops.interrupt_reads(sqlite_db, threading.get_ident())
    rec = ops.create(sqlite_db, "stakeholder", {"name": "Fondazione Dopo", "type": "other"}).record
    assert ops.get(sqlite_db, "stakeholder", rec.id).name == "Fondazione Dopo"


def test_the_worker_stops_a_cancelled_read_and_runs_the_next_job(qtbot, sqlite_db):
    pytest.importorskip("PySide6")
    from desktop_app.gui.worker import Cancelled, DbWorker

    worker = DbWorker()
    got: dict = {}
    try:
        job = worker.submit(_endless_read, sqlite_db, interrupt=sqlite_db,
                            on_done=lambda r: got.setdefault("done", r), on_error=lambda e: got.setdefault("error", e))
        worker.submit(ops.count, sqlite_db, "region", on_done=lambda n: got.setdefault("next", n))
        end = time.monotonic() + 10
        while job._thread is None and time.monotonic() < end:
            qtbot.wait(10)
        qtbot.wait(100)
        started = time.monotonic()
        job.cancel()
        qtbot.waitUntil(lambda: "next" in got, timeout=10_000)
        assert time.monotonic() - started < 5
        assert isinstance(got["error"], Cancelled) and "done" not in got
        assert got["next"] > 2000
    finally:
        worker.stop()


def test_a_background_read_gives_way_to_the_officers_job_and_runs_again(qtbot, sqlite_db):
    pytest.importorskip("PySide6")
    from desktop_app.gui.worker import DbWorker

    calls = []

    def choices(db):  # endless the first time (a slow read), quick the second
        calls.append(time.monotonic())
        return _endless_read(db) if len(calls) == 1 else "choices"

    worker = DbWorker()
    got: dict = {}
    try:
        job = worker.submit(choices, sqlite_db, background=True, interrupt=sqlite_db,
                            on_done=lambda r: got.setdefault("choices", r), on_error=lambda e: got.setdefault("error", e))
        qtbot.waitUntil(lambda: job._thread is not None, timeout=10_000)
        qtbot.wait(100)  # inside the statement by now
        started = time.monotonic()
        worker.submit(ops.count, sqlite_db, "region", on_done=lambda n: got.setdefault("sort", (n, time.monotonic())))
        qtbot.waitUntil(lambda: "choices" in got, timeout=10_000)
        assert got["sort"][0] > 2000 and got["sort"][1] - started < 5  # the officer's job did not wait
        assert got["choices"] == "choices" and "error" not in got and len(calls) == 2
        assert calls[1] > got["sort"][1]  # read again after it
    finally:
        worker.stop()
