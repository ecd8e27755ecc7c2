"""The duplicates dialog: review, side-by-side merge choosing fields, undo."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from database import ops  # noqa: E402
from desktop_app.gui.duplicates_dialog import DuplicatesDialog, relation_count  # noqa: E402


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
    assert "1 contact person" in dialog.moves.text()
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


# --- in Italian: what a merge moves, counted with its plural; every choice's label in the language ---

@pytest.fixture
def italian(qapp):
    """The window in Italian for the test; its translators removed after (English again)."""
    from desktop_app.gui.i18n import Translations, ensure_compiled

    ensure_compiled()
    translations = Translations(qapp)
    translations.set_language("it")
    yield
    translations.set_language("en")


def _pair(db):
    sector = ops.find_by(db, "sector", code="AUTO")[0]
    a = ops.create(db, "stakeholder", {"name": "Fondazione LINKS", "type": "research_organisation", "size": "large",
                                       "city": "Torino", "country": "IT"}).record
    b = ops.create(db, "stakeholder", {"name": "FONDAZIONE LINKS", "type": "other", "size": "small",
                                       "city": "TORINO", "country": "IT"}).record
    ops.create(db, "contact", {"stakeholder_id": b.id, "name": "Maria Rossi"})
    ops.create(db, "stakeholder_sector", {"stakeholder_id": b.id, "sector_id": sector.id})
    return a, b


def test_relation_counts_say_one_and_many():
    assert relation_count("contacts", 1) == "1 contact person"
    assert relation_count("stakeholder_kets", 1) == "1 link between an organisation and a KET"
    assert relation_count("stakeholder_sectors", 2) == "2 links between organisations and sectors"
    assert relation_count("interaction_stakeholders", 3) == "3 interactions"


def test_duplicates_dialog_in_italian(qtbot, sqlite_db, worker, italian, tmp_path):
    from database import demo

    demo.load(sqlite_db)
    _pair(sqlite_db)
    dialog = DuplicatesDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 640)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy and not worker.busy, timeout=30_000)
    dialog.scan()
    qtbot.waitUntil(lambda: not dialog.busy and not worker.busy and dialog.list.count() > 0, timeout=60_000)
    row = next(i for i, p in enumerate(dialog.pairs) if {p.a.name, p.b.name} == {"Fondazione LINKS",
                                                                                 "FONDAZIONE LINKS"})
    dialog.list.setCurrentRow(row)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog._current() is dialog.pairs[row]
                    and not dialog.busy, timeout=10_000)
    moves = dialog.moves.text()
    assert "1 referente" in moves and "1 collegamento tra un'organizzazione e un settore" in moves, moves
    assert "links" not in moves and "contact" not in moves
    from PySide6.QtWidgets import QRadioButton

    shown = {b.text() for b in dialog.table.findChildren(QRadioButton)}
    assert {"Grande (250 e oltre)", "Piccola (10–49)"} <= shown, shown
    assert not {"Large (250 and over)", "Small (10–49)", "Research organisation"} & shown
    labels = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Tipo", "Dimensione"} <= labels
    dialog.grab().save(str(tmp_path / "duplicates-it.png"))
