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


# --- undo after a merge, refusals and failures in plain words, clashes, a list kept current -------

def _linked_pair(db):
    """Two records of one organisation, both in METHAREN (the other one as coordinator with
    €500,000); the other one with a contact."""
    from decimal import Decimal

    a = ops.create(db, "stakeholder", {"name": "Politecnico di Torino", "type": "university", "city": "Torino",
                                       "country": "IT"}).record
    b = ops.create(db, "stakeholder", {"name": "POLITECNICO DI TORINO", "type": "university", "city": "TORINO",
                                       "country": "IT", "pic": "999976881"}).record
    project = ops.create(db, "partnership", {"title": "Methane to hydrogen", "acronym": "METHAREN",
                                             "scheme": "horizon_europe"}).record
    ops.create(db, "participant", {"partnership_id": project.id, "stakeholder_id": a.id, "role": "partner"})
    ops.create(db, "participant", {"partnership_id": project.id, "stakeholder_id": b.id, "role": "coordinator",
                                   "contribution": Decimal("500000")})
    ops.create(db, "contact", {"stakeholder_id": b.id, "name": "Maria Rossi"})
    ops.find_duplicates(db)
    return a, b


def _open(qtbot, db, worker):
    dialog = DuplicatesDialog(db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def test_the_preview_says_what_happens_to_a_link_both_have(qtbot, sqlite_db, worker):
    _linked_pair(sqlite_db)
    dialog = _open(qtbot, sqlite_db, worker)
    text = dialog.moves.text()
    # the shared partnership is not counted as moving; what becomes of it is said
    assert text.startswith("Moves to the kept record: 1 contact person. The other"), text
    assert "• Participation in “METHAREN — Methane to hydrogen”: the kept record is already in it; " \
           "one participation stays, as Coordinator / lead, €500,000.00." in text, text


def test_ctrl_z_undoes_the_merge_just_done(qtbot, sqlite_db, worker):
    from PySide6.QtCore import Qt

    a, b = _linked_pair(sqlite_db)
    dialog = _open(qtbot, sqlite_db, worker)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, dialog)
    assert dialog.merges.currentRow() == 0 and dialog.undo_button.isEnabled()  # the merge just done
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, dialog)
    assert ops.get(sqlite_db, "stakeholder", b.id).pic == "999976881"
    assert dialog.status.text() == "Merge undone: both records are back as they were."


def test_an_undo_that_cannot_put_everything_back_says_so(qtbot, sqlite_db, worker):
    a, b = _linked_pair(sqlite_db)
    merge = ops.merge_stakeholders(sqlite_db, a.id, b.id)
    ops.delete(sqlite_db, "stakeholder", a.id, expected_version=ops.get(sqlite_db, "stakeholder", a.id).version)
    dialog = DuplicatesDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    idle(qtbot, dialog)
    dialog.merges.setCurrentRow(0)
    emitted = []
    dialog.changed.connect(emitted.append)
    dialog.undo_button.click()
    idle(qtbot, dialog)
    status = dialog.status.text()
    assert "has been deleted since" in status and "Nothing was changed" in status, status
    assert "undone" not in status and emitted == []
    assert not ops.list_merges(sqlite_db)[0].undone and merge.merge_id == ops.list_merges(sqlite_db)[0].id


def test_an_unexpected_failure_is_one_plain_sentence_and_a_log(qtbot, sqlite_db, worker, tmp_path, monkeypatch):
    from sqlalchemy.exc import IntegrityError

    import desktop_app.cli.common as common

    a, b = _linked_pair(sqlite_db)
    ops.merge_stakeholders(sqlite_db, a.id, b.id)
    logged = []

    def boom(*_args):
        raise IntegrityError("INSERT INTO stakeholders …", {}, Exception("UNIQUE constraint failed: stakeholders.pic"))

    def write_crash_log(exc):
        logged.append(exc)
        return tmp_path / "ris3desk.log"

    monkeypatch.setattr(ops, "undo_merge", boom)
    monkeypatch.setattr(common, "write_crash_log", write_crash_log)
    dialog = DuplicatesDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    idle(qtbot, dialog)
    dialog.merges.setCurrentRow(0)
    dialog.undo_button.click()
    idle(qtbot, dialog)
    assert dialog.status.text() == ("⚠ Something went wrong, and nothing was changed. The details were written "
                                    f"to {tmp_path / 'ris3desk.log'}.")
    assert len(logged) == 1 and isinstance(logged[0], IntegrityError)


def test_merging_a_pair_deleted_meanwhile_takes_it_off_the_list(qtbot, sqlite_db, worker):
    a, b = _linked_pair(sqlite_db)
    dialog = _open(qtbot, sqlite_db, worker)
    assert dialog.list.count() == 1
    # the main window deletes one of the two while the dialog shows them
    ops.delete(sqlite_db, "stakeholder", b.id, expected_version=ops.get(sqlite_db, "stakeholder", b.id).version)
    dialog.merge_button.click()
    idle(qtbot, dialog)
    assert dialog.status.text() == ("⚠ “POLITECNICO DI TORINO” is no longer in the register (it was deleted or "
                                    "merged meanwhile), so the pair was taken off the list. Nothing was merged.")
    assert dialog.list.count() == 0 and dialog.pairs == [] and not dialog.merge_button.isEnabled()
    assert ops.list_merges(sqlite_db) == []


def test_the_lists_are_read_again_when_the_dialog_comes_back(qtbot, sqlite_db, worker):
    a, b = _linked_pair(sqlite_db)
    for name in ("Acme Robotica", "ACME ROBOTICA"):
        ops.create(sqlite_db, "stakeholder", {"name": name, "type": "sme", "city": "Alba", "country": "IT"})
    ops.find_duplicates(sqlite_db)
    dialog = _open(qtbot, sqlite_db, worker)
    assert dialog.list.count() == 2
    row = next(i for i, p in enumerate(dialog.pairs) if p.a.id in (a.id, b.id))
    dialog.list.setCurrentRow(row)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.survivor.id in (a.id, b.id)
                    and not dialog.busy, timeout=10_000)
    dialog.choose("name", "other")
    # meanwhile, in the main window: one of the Acme records is deleted
    acme = next(p for p in dialog.pairs if p.a.id not in (a.id, b.id)).b
    ops.delete(sqlite_db, "stakeholder", acme.id, expected_version=acme.version)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(dialog, QEvent(QEvent.Type.ActivationChange))  # back from the main window
    idle(qtbot, dialog)
    assert dialog.list.count() == 1 and {dialog.pairs[0].a.id, dialog.pairs[0].b.id} == {a.id, b.id}
    assert dialog.take()["name"] == "other"  # the pair being reviewed keeps the officer's choices


def test_every_kind_of_shared_link_is_said(qapp, sqlite_db):
    from datetime import date

    from desktop_app.gui.duplicates_dialog import moves_text

    a, b = _linked_pair(sqlite_db)
    sector = ops.find_by(sqlite_db, "sector", code="AUTO")[0]
    ket = min(ops.find_by(sqlite_db, "ket"), key=lambda k: k.code)
    meeting = ops.create(sqlite_db, "interaction", {"date": date(2025, 1, 20), "kind": "meeting",
                                                    "subject": "Kick-off"}).record
    for org in (a, b):
        ops.create(sqlite_db, "stakeholder_sector", {"stakeholder_id": org.id, "sector_id": sector.id,
                                                     "is_primary": org is b})
        ops.create(sqlite_db, "stakeholder_ket", {"stakeholder_id": org.id, "ket_id": ket.id})
        ops.create(sqlite_db, "interaction_stakeholder", {"interaction_id": meeting.id, "stakeholder_id": org.id})
    text = moves_text(ops.merge_preview(sqlite_db, a.id, b.id))
    assert f"• Sector “{sector.name_en}”: both are linked to it; the kept record's link stays and becomes primary, " \
           "as the other's was." in text, text
    assert f"• KET “{ket.name_en}”: both are linked to it; the kept record's link stays." in text, text
    assert "• Interaction “20/01/2025 — Kick-off”: both took part; the kept record's link stays." in text, text
    assert text.startswith("Moves to the kept record: 1 contact person. The other"), text
