"""The window's item models: checked by Qt's own model tester, and against the database."""

from __future__ import annotations

import pytest

from tests.gui_fixtures import *  # noqa: F403

pytest.importorskip("PySide6")


def _loaded(qtbot, model):
    with qtbot.waitSignal(model.ids_ready, timeout=20_000):
        model.reload()


@pytest.mark.parametrize("kind", ["stakeholder", "partnership", "sector", "region", "interaction", "contact"])
def test_list_model_passes_qt_model_tester(qtmodeltester, qtbot, worker, gui_db, kind):
    from PySide6.QtCore import Qt

    from desktop_app.gui.list_model import RecordListModel

    # the tester checks the loaded model through, and keeps watching its signals while the
    # database sorts it by every column, both ways
    model = RecordListModel(worker, gui_db, kind)
    _loaded(qtbot, model)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            with qtbot.waitSignal(model.ids_ready, timeout=20_000):
                model.sort(column, order)
            for row in range(min(model.rowCount(), 30)):
                model.index(row, column).data()
            worker.wait_idle()


def test_list_model_rows_match_the_database_order(qtbot, worker, gui_db):
    from PySide6.QtCore import Qt

    from database import ops
    from desktop_app.gui.list_model import ID_ROLE, RecordListModel

    model = RecordListModel(worker, gui_db, "stakeholder")
    _loaded(qtbot, model)
    expected = ops.list_ids(gui_db, "stakeholder", sort="name")
    assert model.rowCount() == len(expected)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == expected
    # rows come on demand: the first page is there, and its names are the database's
    first = ops.get_many(gui_db, "stakeholder", expected[:5])
    assert [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(5)] == [r.name for r in first]

    with qtbot.waitSignal(model.ids_ready, timeout=20_000):
        model.sort(3, Qt.SortOrder.DescendingOrder)  # province, descending
    expected = ops.list_ids(gui_db, "stakeholder", sort="province", descending=True)
    assert [model.id_at(r) for r in range(model.rowCount())] == expected
    provinces = [ops.get(gui_db, "stakeholder", i).province for i in expected]
    filled = [p for p in provinces if p]
    assert filled == sorted(filled, reverse=True) and len(filled) < len(provinces)


def test_list_model_filters_in_the_database(qtbot, worker, gui_db):
    from database import ops
    from desktop_app.gui.list_model import RecordListModel

    model = RecordListModel(worker, gui_db, "stakeholder")
    _loaded(qtbot, model)
    everyone = model.rowCount()
    with qtbot.waitSignal(model.ids_ready, timeout=20_000):
        model.set_filters({"type": "university", "text": ""})
    universities = ops.count(gui_db, "stakeholder", {"type": "university"})
    assert 0 < model.rowCount() == universities < everyone
    with qtbot.waitSignal(model.ids_ready, timeout=20_000):
        model.set_filters({"text": "torino"})
    names = [ops.get(gui_db, "stakeholder", model.id_at(r)).name for r in range(model.rowCount())]
    assert "Politecnico di Torino" in names and all(names)


def test_list_model_keeps_few_pages_in_memory(qtbot, worker, sqlite_db):
    """Scrolling through a long list keeps at most MAX_PAGES pages of rows."""
    from PySide6.QtCore import Qt

    from database import ops
    from desktop_app.gui import list_model
    from desktop_app.gui.list_model import RecordListModel

    ops.write_batch(sqlite_db, [ops.Create("stakeholder", {"name": f"Org {i:04d}", "type": "sme"})
                                for i in range(1300)])
    model = RecordListModel(worker, sqlite_db, "stakeholder")
    _loaded(qtbot, model)
    assert model.rowCount() == 1300
    seen = []
    for row in range(0, 1300, 97):
        model.data(model.index(row, 0))
        worker.wait_idle()
        seen.append(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole))
    assert seen == [f"Org {r:04d}" for r in range(0, 1300, 97)]
    assert model.cached_rows() <= list_model.MAX_PAGES * list_model.PAGE


def test_find_results_model_passes_qt_model_tester(qtmodeltester, qtbot, worker, gui_db):
    from database import ops
    from desktop_app.gui.find import FindResultsModel

    model = FindResultsModel()
    model.set_result(ops.find(gui_db, "torino"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() >= 2  # organisations, partnerships, regions, …
    labels = [model.index(0, 0).data()]
    assert labels[0].startswith("Organisations (")
    model.set_result(ops.find(gui_db, "zzzz"))
    assert model.rowCount() == 0
    model.set_result(ops.find(gui_db, "univ"))
    assert model.rowCount() >= 1


def test_amounts_show_their_cents_in_every_language(qapp):
    """Whole and fractional amounts read alike, so a column of contributions lines up."""
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from desktop_app.gui.records_ui import format_money, format_value

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert [format_money(Decimal(v)) for v in ("13318002", "598591.88", "0")] == [
            "€13,318,002.00", "€598,591.88", "€0.00"]
        assert format_value("partnership", "total_budget", Decimal("2000000")) == "€2,000,000.00"
        assert format_money(None) == ""
        QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
        assert format_money(Decimal("13318002")).replace("\xa0", " ") == "13.318.002,00 €"
    finally:
        QLocale.setDefault(before)
