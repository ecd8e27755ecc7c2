"""The duplicates dialog: review, side-by-side merge choosing fields, undo."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from database import ops  # noqa: E402
from desktop_app.gui.duplicates_dialog import DuplicatesDialog  # noqa: E402
from desktop_app.gui.worker import DbWorker  # noqa: E402


@pytest.fixture
def worker(qtbot):
    w = DbWorker()
    yield w
    w.stop()


def idle(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.worker.busy, timeout=30_000)


def test_scan_merge_and_undo(qtbot, sqlite_db, worker, tmp_path):
    a = ops.create(sqlite_db, "stakeholder", {"name": "Fondazione LINKS", "type": "research_organisation",
                                              "city": "Torino", "country": "IT"}).record
    b = ops.create(sqlite_db, "stakeholder", {"name": "FONDAZIONE LINKS", "type": "other", "city": "TORINO",
                                              "country": "IT", "pic": "906326005"}).record
    ops.create(sqlite_db, "contact", {"stakeholder_id": b.id, "name": "Maria Rossi"})
    dialog = DuplicatesDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, dialog)
    assert dialog.list.count() == 0
    dialog.scan_button.click()
    idle(qtbot, dialog)
    assert dialog.list.count() == 1 and dialog.status.text() == "1 new possible duplicates found."
    assert dialog.list.item(0).toolTip() == "Similar names (100%) in Torino"
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Type" in labels and "PIC" in labels and "Name" in labels
    assert "1 contact people" in dialog.moves.text()
    assert dialog.take()["pic"] == "other"  # an empty field is filled from the other record
    assert dialog.take()["type"] == "survivor"
    dialog.choose("type", "other")
    dialog.grab().save(str(tmp_path / "duplicates.png"))
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        dialog.merge_button.click()
    idle(qtbot, dialog)
    kept = ops.get(sqlite_db, "stakeholder", a.id)
    assert (kept.name, kept.type, kept.pic) == ("Fondazione LINKS", "other", "906326005")
    assert [c.name for c in ops.stakeholder_detail(sqlite_db, a.id).contacts] == ["Maria Rossi"]
    assert dialog.list.count() == 0 and dialog.merges.count() == 1
    dialog.merges.setCurrentRow(0)
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        dialog.undo_button.click()
    idle(qtbot, dialog)
    assert ops.get(sqlite_db, "stakeholder", b.id).pic == "906326005"
    assert ops.get(sqlite_db, "stakeholder", a.id).type == "research_organisation"
    assert dialog.list.count() == 1 and "(undone)" in dialog.merges.item(0).text()


def test_dismiss(qtbot, sqlite_db, worker):
    for name in ("Acme Robotica", "ACME ROBOTICA"):
        ops.create(sqlite_db, "stakeholder", {"name": name, "type": "sme", "city": "Alba", "country": "IT"})
    ops.find_duplicates(sqlite_db)
    dialog = DuplicatesDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    idle(qtbot, dialog)
    assert dialog.list.count() == 1
    dialog.dismiss_button.click()
    idle(qtbot, dialog)
    assert dialog.list.count() == 0 and ops.count_duplicates(sqlite_db) == 0


def test_a_scan_can_be_cancelled_and_adds_nothing(qtbot, sqlite_db, worker):
    import threading

    for city in ("Torino", "TORINO"):
        ops.create(sqlite_db, "stakeholder", {"name": "Fondazione LINKS", "type": "other", "city": city,
                                              "country": "IT"})
    dialog = DuplicatesDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, dialog)
    gate = threading.Event()
    worker.submit(gate.wait)  # the worker is busy: the scan waits its turn, and is cancelled meanwhile
    dialog.scan_button.click()
    assert dialog.cancel_button.isVisible() and not dialog.scan_button.isEnabled()
    dialog.cancel_button.click()
    gate.set()
    idle(qtbot, dialog)
    assert dialog.status.text() == "Cancelled: no pairs were added."
    assert not dialog.cancel_button.isVisible() and dialog.scan_button.isEnabled()
    assert ops.list_duplicates(sqlite_db) == []
    dialog.scan_button.click()  # and a scan let run finds the pair
    idle(qtbot, dialog)
    assert dialog.list.count() == 1
