"""Regressions of undo in the window: a value put back from the history is an undoable edit like
any other; several edits of one record undo in turn; the history's chosen row belongs to the
record shown; undo while the same record's form is open does not end in a false conflict; the
undo and redo texts follow a language switch."""

from __future__ import annotations

import pytest

from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import find_dialog, open_record, wait_idle, wait_until

pytest.importorskip("PySide6")


def _edit(window, kind, rec_id, **values):
    """Edit a record through its form in the page, as the officer would, and save."""
    window.edit_record(kind, rec_id)
    wait_idle(window)
    page = window.lists[kind]
    wait_until(lambda: page.editor is not None and page.editor.form.record is not None
               and page.editor.form.record.id == rec_id)
    for name, text in values.items():
        page.editor.form.editors[name].widget.setText(text)
    window.save_current_editor()
    wait_idle(window)
    wait_until(lambda: page.editor is None)


def _undo(window):
    window.act_undo.trigger()
    wait_idle(window)


def _redo(window):
    window.act_redo.trigger()
    wait_idle(window)


def _no_message_box():
    from PySide6.QtWidgets import QApplication, QMessageBox

    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _history(window, kind="stakeholder"):
    page = window.lists[kind]
    if page.detail.tabs.currentIndex() != 1:
        window.act_history.trigger()
    wait_idle(window)
    panel = page.detail.tabs.history
    wait_until(lambda: panel.table.rowCount() > 0 and panel.target[1] == page.current_id)
    return panel


def test_put_back_is_undone_and_redone_like_any_edit(window):
    from database import ops

    iveco = open_record(window, "stakeholder", name="Iveco S.p.A.")
    comau = ops.find_by(window.db, "stakeholder", name="Comau S.p.A.")[0]
    _edit(window, "stakeholder", comau.id, phone="+39 011 0000000")  # an earlier edit of another record
    _edit(window, "stakeholder", iveco.id, city="Torino Nord", tags="trucks, buses")
    open_record(window, "stakeholder", name="Iveco S.p.A.")
    panel = _history(window)
    row = next(r for r, h in enumerate(panel._rows) if h["field"] == "city")
    panel.table.selectRow(row)
    assert panel.put_back_button.isEnabled()
    panel.put_back()
    wait_idle(window)
    assert ops.get(window.db, "stakeholder", iveco.id).city == iveco.city
    assert window.undo_stack.count() == 3
    assert window.undo_stack.undoText() == "Put back City of “Iveco S.p.A.”"
    assert window.act_undo.text() == "Undo Put back City of “Iveco S.p.A.”"
    # the rows moved down by one: no other change is left chosen, Put back waits for a choice
    wait_until(lambda: len(panel._rows) >= 4)  # read again, the put back on top
    assert panel.selected_row() is None and not panel.put_back_button.isEnabled()

    _undo(window)  # the put back
    after = ops.get(window.db, "stakeholder", iveco.id)
    assert (after.city, after.tags) == ("Torino Nord", "trucks, buses")
    _undo(window)  # the edit before it, on the same record: not "changed by someone else"
    after = ops.get(window.db, "stakeholder", iveco.id)
    assert (after.city, after.tags) == (iveco.city, iveco.tags)
    assert _no_message_box() == []
    assert window.undo_stack.count() == 3  # nothing cleared
    _undo(window)
    assert ops.get(window.db, "stakeholder", comau.id).phone == comau.phone
    for _ in range(3):
        _redo(window)
    after = ops.get(window.db, "stakeholder", iveco.id)
    assert (after.city, after.tags) == (iveco.city, "trucks, buses")
    assert ops.get(window.db, "stakeholder", comau.id).phone == "+39 011 0000000"
    assert _no_message_box() == [] and not window.errors_seen


def test_several_edits_of_one_record_undo_in_turn(window):
    from database import ops

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    _edit(window, "stakeholder", poli.id, city="Alba")
    _edit(window, "stakeholder", poli.id, city="Bra")
    _edit(window, "stakeholder", poli.id, tags="three")
    for expected in (("Bra", poli.tags), ("Alba", poli.tags), (poli.city, poli.tags)):
        _undo(window)
        rec = ops.get(window.db, "stakeholder", poli.id)
        assert (rec.city, rec.tags) == expected
    for expected in (("Alba", poli.tags), ("Bra", poli.tags), ("Bra", "three")):
        _redo(window)
        rec = ops.get(window.db, "stakeholder", poli.id)
        assert (rec.city, rec.tags) == expected
    assert _no_message_box() == [] and window.undo_stack.count() == 3


def test_a_change_made_elsewhere_still_stops_the_undo(window):
    from database import ops

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    _edit(window, "stakeholder", poli.id, city="Alba")
    _edit(window, "stakeholder", poli.id, city="Bra")
    _undo(window)
    now = ops.get(window.db, "stakeholder", poli.id)
    ops.update(window.db, "stakeholder", poli.id, {"tags": "theirs"}, expected_version=now.version)  # someone else
    from tests.gui_fixtures import answer_next_message_box

    answer_next_message_box()
    _undo(window)
    wait_until(lambda: window.undo_stack.count() == 0)
    assert ops.get(window.db, "stakeholder", poli.id).tags == "theirs"


def test_history_choice_belongs_to_the_record_shown(window):
    from database import ops

    iveco = open_record(window, "stakeholder", name="Iveco S.p.A.")
    _edit(window, "stakeholder", iveco.id, city="Torino Nord", tags="trucks, buses")
    open_record(window, "stakeholder", name="Iveco S.p.A.")
    panel = _history(window)
    row = next(r for r, h in enumerate(panel._rows) if h["field"] == "tags")
    panel.table.selectRow(row)
    chosen = panel.selected_row()["id"]
    panel.refresh()  # read again (as after any change): the same change stays chosen
    wait_idle(window)
    assert panel.selected_row()["id"] == chosen
    comau = ops.find_by(window.db, "stakeholder", name="Comau S.p.A.")[0]
    window.open_record("stakeholder", comau.id)
    wait_idle(window)
    wait_until(lambda: panel.target == ("stakeholder", comau.id) and panel.table.rowCount() > 0)
    assert panel.selected_row() is None and not panel.put_back_button.isEnabled()


def _iveco_edited_and_its_form_open(window):
    """Iveco's city changed (an undoable edit), then its form opened: (the record before, its page)."""
    iveco = open_record(window, "stakeholder", name="Iveco S.p.A.")
    _edit(window, "stakeholder", iveco.id, city="Torino Nord")
    window.edit_record("stakeholder", iveco.id)
    wait_idle(window)
    page = window.lists["stakeholder"]
    wait_until(lambda: page.editor is not None)
    return iveco, page


def test_undo_with_the_records_form_open_and_nothing_typed_shows_it_undone(window):
    from database import ops

    iveco, page = _iveco_edited_and_its_form_open(window)
    _undo(window)
    wait_until(lambda: page.editor is not None and page.editor.form.editors["city"].widget.text() == iveco.city)
    assert ops.get(window.db, "stakeholder", iveco.id).city == iveco.city
    form = page.editor.form
    assert not form.is_dirty()
    form.editors["phone"].widget.setText("+39 011 123456")
    window.save_current_editor()
    wait_idle(window)
    assert window.last_conflict_dialog is None or not window.last_conflict_dialog.isVisible()
    rec = ops.get(window.db, "stakeholder", iveco.id)
    assert (rec.city, rec.phone) == (iveco.city, "+39 011 123456")


def test_undo_with_unsaved_changes_in_the_records_form_asks_first(window):
    from PySide6.QtWidgets import QMessageBox

    from database import ops

    iveco, page = _iveco_edited_and_its_form_open(window)
    page.editor.form.editors["phone"].widget.setText("+39 011 123456")
    window.act_undo.trigger()
    box = find_dialog(QMessageBox)
    assert "Iveco S.p.A." in box.text() and "not saved" in box.text()
    wait_idle(window)
    # while it asks, nothing is undone and the actions say so
    assert window.act_undo.text() == "Undo Edit organisation “Iveco S.p.A.”" and not window.act_redo.isEnabled()
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle(window)
    assert ops.get(window.db, "stakeholder", iveco.id).city == "Torino Nord"
    assert page.editor is not None and page.editor.form.editors["phone"].widget.text() == "+39 011 123456"
    assert window.undo_stack.index() == 1 and window.act_undo.isEnabled()
    # Save now: the officer's own edit, no conflict
    window.save_current_editor()
    wait_idle(window)
    rec = ops.get(window.db, "stakeholder", iveco.id)
    assert (rec.city, rec.phone) == ("Torino Nord", "+39 011 123456")
    assert window.last_conflict_dialog is None or not window.last_conflict_dialog.isVisible()
    # once more, and this time discard the form and undo
    window.edit_record("stakeholder", iveco.id)
    wait_idle(window)
    wait_until(lambda: page.editor is not None)
    page.editor.form.editors["tags"].widget.setText("typed, not saved")
    window.act_undo.trigger()
    box = find_dialog(QMessageBox)
    next(b for b in box.buttons() if b.text() == "Discard and undo").click()
    wait_idle(window)
    wait_until(lambda: page.editor is not None and page.editor.form.editors["phone"].widget.text() == "")
    rec = ops.get(window.db, "stakeholder", iveco.id)
    assert (rec.city, rec.phone, rec.tags) == ("Torino Nord", None, iveco.tags)
    assert not page.editor.form.is_dirty()
    assert window.undo_stack.index() == 1


def test_undo_and_redo_texts_follow_the_language(window):
    from desktop_app.gui import i18n

    iveco = open_record(window, "stakeholder", name="Iveco S.p.A.")
    _edit(window, "stakeholder", iveco.id, city="Torino Nord")
    _edit(window, "stakeholder", iveco.id, city="Torino Sud")
    _undo(window)
    assert window.act_undo.text() == "Undo Edit organisation “Iveco S.p.A.”"
    window.switch_language("it")
    wait_idle(window)
    assert i18n.current_language() == "it"
    assert window.act_undo.text() == "Annulla Modifica organizzazione “Iveco S.p.A.”"
    assert window.act_redo.text() == "Rifai Modifica organizzazione “Iveco S.p.A.”"
    assert window.undo_stack.text(0) == "Modifica organizzazione “Iveco S.p.A.”"
    window.switch_language("en")
    wait_idle(window)
    assert window.act_redo.text() == "Redo Edit organisation “Iveco S.p.A.”"
