"""What keeps the window fast at 100,000 organisations (issue 3, tests/benchmarks/bench_gui.py):
every order a list offers is read from an index, every id of a list comes as one string, reads
nobody asked for wait behind the officer's clicks, and the rest of a list is read after its first
page is on screen."""

from __future__ import annotations

import uuid

import pytest

from database import demo, ops
from database.ops.crud import _filtered, _order
from database.ops.kinds import kind, record_columns
from desktop_app.gui.records_ui import COLUMNS

# every list the window shows, with the orders its columns offer
LIST_SORTS = sorted({(k, col.attribute(lang)) for k, cols in COLUMNS.items() for col in cols for lang in ("it", "en")})


@pytest.mark.parametrize(("kind_name", "sort"), LIST_SORTS)
def test_every_order_a_list_offers_is_read_from_an_index(sqlite_db, kind_name, sort):
    k = kind(kind_name)
    assert sort in k.sortable
    with sqlite_db.engine.connect() as conn:
        for descending in (False, True):
            _, order, _ = _order(k, sort, descending)
            query = _filtered(sqlite_db, k, {}).with_only_columns(*record_columns(k)).order_by(*order).limit(200)
            sql = str(query.compile(dialect=sqlite_db.engine.dialect, compile_kwargs={"literal_binds": True}))
            plan = " / ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, (sort, descending, plan)


def test_ordered_ids_come_as_one_string_in_list_order(sqlite_db):
    demo.load(sqlite_db)
    expected = ops.list_ids(sqlite_db, "stakeholder", sort="city", descending=True)
    ids = ops.ordered_ids(sqlite_db, "stakeholder", sort="city", descending=True)
    assert isinstance(ids._text, str) and len(ids._text) == 32 * len(expected)
    assert list(ids) == expected and ids[-1] == expected[-1] and ids[2:5] == expected[2:5]
    assert ids.index(str(expected[5])) == 5 and ids.index(expected[-1]) == len(expected) - 1
    with pytest.raises(ValueError):
        ids.index(uuid.uuid4())
    with pytest.raises(IndexError):
        ids[len(expected)]
    assert ops.ordered_ids(sqlite_db, "stakeholder", filters={"text": "no such organisation"}) == ops.IdList()
    assert ops.IdList.of(expected) == ids


def test_an_id_found_across_two_ids_is_not_a_match():
    a, b = uuid.UUID(int=0x1234), uuid.UUID(int=0x5678)
    straddling = uuid.UUID(hex=(a.hex + b.hex)[16:48])
    ids = ops.IdList.of([a, b])
    assert straddling not in ids and ids.index(b) == 1


def test_background_reads_wait_for_the_officers_clicks(qapp):
    import threading

    from desktop_app.gui.worker import DbWorker

    worker = DbWorker()
    try:
        gate = threading.Event()
        order = []
        worker.submit(gate.wait, 5)  # holds the worker while the rest is queued
        worker.submit(order.append, "choices", background=True)
        worker.submit(order.append, "saved searches", background=True)
        worker.submit(order.append, "sort")
        worker.submit(order.append, "page")
        gate.set()
        assert worker.wait_idle(10)
        assert order == ["sort", "page", "choices", "saved searches"]
    finally:
        worker.stop()


def test_background_reads_wait_for_a_pause_in_the_officers_work(qapp):
    import time

    from desktop_app.gui import worker as worker_module
    from desktop_app.gui.worker import DbWorker

    worker = DbWorker()
    try:
        ran = {}
        worker.submit(lambda: ran.setdefault("keystroke", time.monotonic()))
        worker.submit(lambda: ran.setdefault("choices", time.monotonic()), background=True)
        assert worker.wait_idle(10)
        assert ran["choices"] - ran["keystroke"] >= worker_module.BACKGROUND_PAUSE * 0.9
    finally:
        worker.stop()


def test_every_id_is_read_after_the_first_page_is_painted(qtbot, sqlite_db):
    from desktop_app.gui.list_model import RecordListModel
    from desktop_app.gui.list_page import RecordTable
    from desktop_app.gui.worker import DbWorker

    class Table(RecordTable):
        painted_with_rows = 0

        def paintEvent(self, event):  # noqa: N802 - Qt's name
            if self.model().rowCount():
                self.painted_with_rows += 1
            super().paintEvent(event)

    demo.load(sqlite_db)
    worker = DbWorker()
    asked = []
    submit = worker.submit

    def spy(fn, *args, **kwargs):
        asked.append((fn.__name__, table.painted_with_rows))
        return submit(fn, *args, **kwargs)

    worker.submit = spy
    table = Table()
    try:
        model = RecordListModel(worker, sqlite_db, "stakeholder")
        table.setModel(model)
        table.resize(800, 500)
        table.show()
        model.reload()
        qtbot.waitUntil(lambda: model.ids_known, timeout=10_000)
        assert [name for name, _ in asked] == ["first_page", "ordered_ids"]
        assert asked[1][1] >= 1  # asked once the first page was on screen
        # a model no view paints reads them all the same
        hidden = RecordListModel(worker, sqlite_db, "partnership")
        hidden.reload()
        qtbot.waitUntil(lambda: hidden.ids_known, timeout=10_000)
        assert len(hidden.ids_between(0, 10**6)) == hidden.rowCount() > 0
    finally:
        table.close()
        worker.stop()
