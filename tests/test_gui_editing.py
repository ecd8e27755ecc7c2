"""Editing through the real widgets: forms that validate as one types, create / edit / delete
of every kind of record, relations, the unsaved-changes guard, undo and redo of every command,
and the conflict dialog when someone else saved first."""

from __future__ import annotations

import pytest

from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import choose_in_picker, find_dialog, open_record, wait_idle, wait_until

pytest.importorskip("PySide6")



def _type(qtbot, editor, text):
    widget = editor.widget
    if hasattr(widget, "clear"):
        widget.clear()
    target = widget.edit if hasattr(widget, "edit") else widget
    qtbot.keyClicks(target, text)


def _choose(editor, value):
    editor.widget.setCurrentIndex(editor.widget.findData(value))


def _undo(window):
    window.undo_stack.undo()
    wait_idle(window)


def _redo(window):
    window.undo_stack.redo()
    wait_idle(window)


def _confirm(window):
    from PySide6.QtWidgets import QMessageBox

    box = find_dialog(QMessageBox)
    text = box.text() + "\n" + box.informativeText()
    yes = next(b for b in box.buttons() if box.buttonRole(b) in (QMessageBox.ButtonRole.DestructiveRole,
                                                                  QMessageBox.ButtonRole.AcceptRole))
    yes.click()
    wait_idle(window)
    return text


# --- organisations -----------------------------------------------------------------------------

def test_create_an_organisation_with_validation_as_one_types(window, qtbot):
    from database import ops

    window.new_record("stakeholder")
    wait_idle(window)
    page = window.lists["stakeholder"]
    frame = page.editor
    form = frame.form
    assert frame.title.text() == "New organisation"
    # nothing is complained about before the officer types
    assert form.problem_for("name") == ""
    _type(qtbot, form.editors["pic"], "12345")
    assert form.problem_for("pic") == "PIC is not valid: a PIC is exactly 9 digits."
    _type(qtbot, form.editors["pic"], "999888777")
    assert form.problem_for("pic") == ""
    _type(qtbot, form.editors["website"], "www.example.org")
    assert form.problem_for("website") == "Website must be a web address starting with http:// or https://."
    _type(qtbot, form.editors["website"], "https://www.example.org")
    # saving with the name missing says so, and writes nothing
    frame.save_button.click()
    wait_idle(window)
    assert form.problem_for("name") == "Name is required."
    assert form.problem_for("type") == "Type is required."
    assert ops.count(window.db, "stakeholder") == 62
    _type(qtbot, form.editors["name"], "Robotica Subalpina S.r.l.")
    _choose(form.editors["type"], "sme")
    _type(qtbot, form.editors["city"], "Pinerolo")
    frame.save_button.click()
    wait_idle(window)
    rec = ops.find_by(window.db, "stakeholder", name="Robotica Subalpina S.r.l.")[0]
    assert (rec.type, rec.city, rec.pic, rec.website) == ("sme", "Pinerolo", "999888777", "https://www.example.org")
    assert page.editor is None and page.current_id == rec.id
    wait_until(lambda: page.model.rowCount() == 63)
    wait_until(lambda: "Robotica Subalpina" in page.detail.view.toPlainText())
    # undo removes it, redo brings it back with the same id
    _undo(window)
    assert not ops.find_by(window.db, "stakeholder", name="Robotica Subalpina S.r.l.")
    _redo(window)
    assert ops.get(window.db, "stakeholder", rec.id).city == "Pinerolo"


def test_a_duplicate_pic_is_explained_next_to_the_field(window, qtbot):
    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    window.new_record("stakeholder")
    wait_idle(window)
    form = window.lists["stakeholder"].editor.form
    _type(qtbot, form.editors["name"], "Copy")
    _choose(form.editors["type"], "university")
    _type(qtbot, form.editors["pic"], poli.pic)
    window.lists["stakeholder"].editor.save_button.click()
    wait_idle(window)
    assert form.problem_for("pic") == f"PIC {poli.pic} is already used by “Politecnico di Torino”."


def test_edit_an_organisation_then_undo_and_redo(window, qtbot):
    from database import ops

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    qtbot.keyClick(window, __import__("PySide6.QtCore").QtCore.Qt.Key.Key_E,
                   __import__("PySide6.QtCore").QtCore.Qt.KeyboardModifier.ControlModifier)
    wait_idle(window)
    frame = window.lists["stakeholder"].editor
    assert frame.title.text() == "Edit organisation: Politecnico di Torino"
    _type(qtbot, frame.form.editors["short_name"], "PoliTo!")
    _type(qtbot, frame.form.editors["tags"], "engineering, research")
    assert frame.form.changed_fields() == ["short_name", "tags"]
    frame.save_button.click()
    wait_idle(window)
    after = ops.get(window.db, "stakeholder", poli.id)
    assert (after.short_name, after.tags) == ("PoliTo!", "engineering, research")
    assert window.undo_stack.undoText() == "Edit organisation “Politecnico di Torino”"
    _undo(window)
    back = ops.get(window.db, "stakeholder", poli.id)
    assert (back.short_name, back.tags) == (poli.short_name, poli.tags)
    _redo(window)
    assert ops.get(window.db, "stakeholder", poli.id).short_name == "PoliTo!"
    _undo(window)
    _redo(window)
    assert ops.get(window.db, "stakeholder", poli.id).tags == "engineering, research"


def test_delete_says_what_goes_with_it_and_undo_restores_everything(window, qtbot):
    from database import ops

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    impact = ops.delete_impact(window.db, "stakeholder", poli.id)
    before = ops.stakeholder_detail(window.db, poli.id)
    window.lists["stakeholder"].detail.delete_button.click()
    text = _confirm(window)
    assert "Delete the organisation “Politecnico di Torino”?" in text
    assert f"{impact['contact']} contact persons" in text and "participations in partnerships" in text
    assert "You can undo this with Ctrl+Z." in text
    with pytest.raises(ops.NotFoundError):
        ops.get(window.db, "stakeholder", poli.id)
    wait_until(lambda: window.lists["stakeholder"].model.rowCount() == 61)
    _undo(window)
    restored = ops.stakeholder_detail(window.db, poli.id)
    assert [c.id for c in restored.contacts] == [c.id for c in before.contacts]
    assert {p.participant_id for p in restored.participations} == {p.participant_id for p in before.participations}
    assert [s.sector.id for s in restored.sectors] == [s.sector.id for s in before.sectors]
    assert ops.search(window.db, "politecnico torino")[0].id == poli.id
    _redo(window)
    with pytest.raises(ops.NotFoundError):
        ops.get(window.db, "stakeholder", poli.id)


def test_delete_several_selected_rows(window, qtbot):
    from PySide6.QtCore import Qt

    from database import ops

    page = window.lists["stakeholder"]
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    ids = window.current_selection()[1]
    assert len(ids) == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    text = _confirm(window)
    assert text.startswith("Delete 2 organisations?")
    assert not ops.get_many(window.db, "stakeholder", ids)
    _undo(window)
    assert len(ops.get_many(window.db, "stakeholder", ids)) == 2


# --- every other kind with a page of its own ---------------------------------------------------

CASES = {
    "sector": ({"code": "SPACE-X", "name_en": "Space economy", "name_it": "Economia dello spazio", "kind": "trajectory"},
               "name_en", "Space economy and services"),
    "partnership": ({"title": "Alpine hydrogen corridor", "acronym": "AHC", "scheme": "interreg",
                     "status": "submitted", "start_date": "01/03/2025", "end_date": "28/02/2028",
                     "total_budget": "2.500.000,00", "eu_contribution": "1.800.000"},
                    "acronym", "AHC-2"),
    "interaction": ({"date": "15/01/2026", "kind": "call", "subject": "Call with the cluster"},
                    "subject", "Call with the cluster (follow-up)"),
    "region": ({"code": "ZZ999", "country_code": "ZZ", "level": "3", "name": "Test region"},
               "name", "Test region renamed"),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_create_edit_delete_each_kind(window, qtbot, kind):
    from database import ops

    values, field, changed = CASES[kind]
    window.go_page(kind)
    wait_idle(window)
    page = window.lists[kind]
    before = ops.count(window.db, kind)
    window.new_record(kind)
    wait_idle(window)
    form = page.editor.form
    for name, value in values.items():
        if form.editors[name].field.type == "choice":
            _choose(form.editors[name], value)
        else:
            _type(qtbot, form.editors[name], value)
    assert not [n for n in values if form.problem_for(n)]
    page.editor.save_button.click()
    wait_idle(window)
    assert page.editor is None, page.editor and [form.problem_for(n) for n in form.editors]
    assert ops.count(window.db, kind) == before + 1
    rec = ops.get(window.db, kind, page.current_id)
    if kind == "partnership":
        assert str(rec.total_budget) == "2500000.00" and str(rec.eu_contribution) == "1800000.00"
        assert rec.start_date.isoformat() == "2025-03-01"
    # edit
    window.edit_record(kind, rec.id)
    wait_idle(window)
    _type(qtbot, page.editor.form.editors[field], changed)
    page.editor.save_button.click()
    wait_idle(window)
    assert getattr(ops.get(window.db, kind, rec.id), field) == changed
    # delete
    window.handle_action("delete", kind, rec.id)
    _confirm(window)
    assert ops.count(window.db, kind) == before
    _undo(window)
    assert getattr(ops.get(window.db, kind, rec.id), field) == changed
    _undo(window)  # the edit
    assert getattr(ops.get(window.db, kind, rec.id), field) != changed
    _undo(window)  # the creation
    assert ops.count(window.db, kind) == before
    for _ in range(3):
        _redo(window)
    assert ops.count(window.db, kind) == before


def test_partnership_dates_are_checked_across_fields(window, qtbot):
    window.go_page("partnership")
    window.new_record("partnership")
    wait_idle(window)
    form = window.lists["partnership"].editor.form
    _type(qtbot, form.editors["start_date"], "01/06/2026")
    _type(qtbot, form.editors["end_date"], "31/12/2025")
    assert form.problem_for("end_date") == "End must not be before start."
    _type(qtbot, form.editors["end_date"], "31/02/2027")
    assert form.problem_for("end_date").startswith("End is not a real date: “31/02/2027”")
    _type(qtbot, form.editors["total_budget"], "1000")
    _type(qtbot, form.editors["eu_contribution"], "2000")
    assert form.problem_for("eu_contribution") == "EU contribution cannot exceed the total budget."


# --- relations ---------------------------------------------------------------------------------

def test_contact_person_added_edited_and_removed_from_the_detail(window, qtbot):
    from database import ops
    from desktop_app.gui.forms import RecordDialog

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    contacts = len(ops.stakeholder_detail(window.db, poli.id).contacts)
    window.handle_action("new-contact", "stakeholder", poli.id)
    dialog = find_dialog(RecordDialog)
    form = dialog.frame.form
    assert form.editors["stakeholder_id"].widget.edit.isReadOnly()
    _type(qtbot, form.editors["name"], "Giulia Ferraris")
    _type(qtbot, form.editors["email"], "giulia.ferraris@")
    assert "is not an e-mail address" in form.problem_for("email")
    _type(qtbot, form.editors["email"], "giulia.ferraris@polito.it")
    dialog.frame.save_button.click()
    wait_idle(window)
    detail = ops.stakeholder_detail(window.db, poli.id)
    assert len(detail.contacts) == contacts + 1
    contact = next(c for c in detail.contacts if c.name == "Giulia Ferraris")
    wait_until(lambda: "Giulia Ferraris" in window.lists["stakeholder"].detail.view.toPlainText())
    window.handle_action("edit", "contact", contact.id)
    dialog = find_dialog(RecordDialog)
    wait_until(lambda: dialog.frame.form.record is not None)
    _type(qtbot, dialog.frame.form.editors["role"], "Head of EU projects")
    dialog.frame.save_button.click()
    wait_idle(window)
    assert ops.get(window.db, "contact", contact.id).role == "Head of EU projects"
    _undo(window)
    assert ops.get(window.db, "contact", contact.id).role is None
    _redo(window)
    window.handle_action("delete", "contact", contact.id)
    assert "Delete the contact person “Giulia Ferraris”?" in _confirm(window)
    assert len(ops.stakeholder_detail(window.db, poli.id).contacts) == contacts
    _undo(window)
    assert ops.get(window.db, "contact", contact.id).role == "Head of EU projects"


def test_add_a_participant_with_role_and_contribution(window, qtbot):
    from database import ops
    from desktop_app.gui.forms import RecordDialog

    p = open_record(window, "partnership", acronym="S3-4AlpClusters")
    before = {x.stakeholder.name for x in ops.partnership_detail(window.db, p.id).participants}
    assert "Fondazione Torino Wireless" not in before or True
    candidate = next(s for s in ops.all_of(window.db, "stakeholder") if s.name not in before and s.country == "IT")
    window.handle_action("new-participant", "partnership", p.id)
    dialog = find_dialog(RecordDialog)
    form = dialog.frame.form
    choose_in_picker(window, qtbot, form.editors["stakeholder_id"].widget, candidate.name.split()[0], candidate.name)
    _choose(form.editors["role"], "associated_partner")
    _type(qtbot, form.editors["contribution"], "125000")
    dialog.frame.save_button.click()
    wait_idle(window)
    detail = ops.partnership_detail(window.db, p.id)
    added = next(x for x in detail.participants if x.stakeholder.id == candidate.id)
    assert added.role == "associated_partner" and str(added.contribution) == "125000.00"
    wait_until(lambda: candidate.name in window.lists["partnership"].detail.view.toPlainText())
    _undo(window)
    assert candidate.id not in {x.stakeholder.id for x in ops.partnership_detail(window.db, p.id).participants}
    _redo(window)
    assert candidate.id in {x.stakeholder.id for x in ops.partnership_detail(window.db, p.id).participants}
    # the same organisation twice is refused, next to the field
    window.handle_action("new-participant", "partnership", p.id)
    dialog = find_dialog(RecordDialog)
    choose_in_picker(window, qtbot, dialog.frame.form.editors["stakeholder_id"].widget, candidate.name.split()[0], candidate.name)
    dialog.frame.save_button.click()
    wait_idle(window)
    assert dialog.frame.form.problem_for("stakeholder_id") == \
        f"“{candidate.name}” is already listed here; it cannot be added twice."
    dialog.allow_close()
    dialog.reject()


def test_partner_region_added_and_removed(window, qtbot):
    from database import ops
    from desktop_app.gui.forms import RecordDialog

    p = open_record(window, "partnership", acronym="S3-4AlpClusters")
    regions = len(ops.partnership_detail(window.db, p.id).regions)
    window.handle_action("new-partner_region", "partnership", p.id)
    dialog = find_dialog(RecordDialog)
    choose_in_picker(window, qtbot, dialog.frame.form.editors["region_id"].widget, "Tirol", "Tirol (AT33)")
    _choose(dialog.frame.form.editors["role"], "observer")
    dialog.frame.save_button.click()
    wait_idle(window)
    detail = ops.partnership_detail(window.db, p.id)
    added = next(r for r in detail.regions if r.region.code == "AT33")
    assert added.role == "observer" and len(detail.regions) == regions + 1
    window.handle_action("delete", "partner_region", added.link_id)
    _confirm(window)
    assert len(ops.partnership_detail(window.db, p.id).regions) == regions
    _undo(window)
    assert len(ops.partnership_detail(window.db, p.id).regions) == regions + 1


def test_sectors_and_technologies_link_set(window, qtbot):
    from database import ops
    from desktop_app.gui.relations import LinkSetDialog

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    before = ops.stakeholder_detail(window.db, poli.id)
    window.lists["stakeholder"].detail.links_button.click()
    dialog = find_dialog(LinkSetDialog)
    sectors = {s.code: s for s in ops.all_of(window.db, "sector")}
    linked = {link.sector.code for link in before.sectors}
    new = next(code for code in sectors if code not in linked)
    dropped = next(iter(linked - {before.sectors[0].sector.code}), None)
    dialog.set_checked(sectors[new].id, True)
    if dropped:
        dialog.set_checked(sectors[dropped].id, False)
    dialog.set_primary(sectors[new].id)
    dialog.accept()
    wait_idle(window)
    after = ops.stakeholder_detail(window.db, poli.id)
    codes = {link.sector.code: link.is_primary for link in after.sectors}
    assert codes[new] is True and (dropped is None or dropped not in codes)
    assert sum(codes.values()) == 1
    _undo(window)
    again = ops.stakeholder_detail(window.db, poli.id)
    assert {(link.sector.code, link.is_primary) for link in again.sectors} == \
        {(link.sector.code, link.is_primary) for link in before.sectors}
    _redo(window)
    assert {link.sector.code for link in ops.stakeholder_detail(window.db, poli.id).sectors} == set(codes)


def test_log_an_interaction_from_an_organisation_and_attach_more(window, qtbot):
    from database import ops
    from desktop_app.gui.forms import RecordDialog

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    before = len(ops.stakeholder_detail(window.db, poli.id).interactions)
    window.handle_action("new-interaction", "stakeholder", poli.id)
    dialog = find_dialog(RecordDialog)
    form = dialog.frame.form
    _type(qtbot, form.editors["date"], "02/02/2026")
    _type(qtbot, form.editors["subject"], "Visit to the lab")
    _choose(form.editors["kind"], "visit")
    dialog.frame.save_button.click()
    wait_idle(window)
    interactions = ops.stakeholder_detail(window.db, poli.id).interactions
    assert len(interactions) == before + 1
    visit = next(i for i in interactions if i.subject == "Visit to the lab")
    _undo(window)  # the interaction and its link go together
    assert len(ops.stakeholder_detail(window.db, poli.id).interactions) == before
    _redo(window)
    assert visit.id in {i.id for i in ops.stakeholder_detail(window.db, poli.id).interactions}
    # attach a partnership and a follow-up action on the interaction's page
    window.open_record("interaction", visit.id)
    wait_idle(window)
    p = ops.find_by(window.db, "partnership", acronym="S3-4AlpClusters")[0]
    window.handle_action("new-interaction_partnership", "interaction", visit.id)
    dialog = find_dialog(RecordDialog)
    picker = dialog.frame.form.editors["partnership_id"].widget
    choose_in_picker(window, qtbot, picker, "Alp", p.label)
    # a long title is shown from its start, where the acronym is, and whole in the tooltip
    wait_until(lambda: picker.edit.text() == p.label)
    assert picker.edit.cursorPosition() == 0 and picker.edit.toolTip() == p.label
    dialog.frame.save_button.click()
    wait_idle(window)
    assert [x.id for x in ops.interaction_detail(window.db, visit.id).partnerships] == [p.id]
    window.handle_action("new-action", "interaction", visit.id)
    dialog = find_dialog(RecordDialog)
    _type(qtbot, dialog.frame.form.editors["text"], "Send the draft agreement")
    _type(qtbot, dialog.frame.form.editors["due_date"], "2026-03-01")
    dialog.frame.save_button.click()
    wait_idle(window)
    actions = ops.interaction_detail(window.db, visit.id).actions
    assert [a.text for a in actions] == ["Send the draft agreement"] and actions[0].due_date.isoformat() == "2026-03-01"
    # detach the partnership again (undoable)
    window.handle_action("unlink-partnership", "interaction", p.id)
    wait_idle(window)
    assert not ops.interaction_detail(window.db, visit.id).partnerships
    _undo(window)
    assert [x.id for x in ops.interaction_detail(window.db, visit.id).partnerships] == [p.id]


# --- guarding what was typed -------------------------------------------------------------------

def test_leaving_a_form_with_unsaved_changes_asks_first(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from database import ops

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    window.edit_record("stakeholder", poli.id)
    wait_idle(window)
    page = window.lists["stakeholder"]
    _type(qtbot, page.editor.form.editors["city"], "Torino centro")
    window.go_page("home")
    box = find_dialog(QMessageBox)
    assert box.text() == "You have changes to “Edit organisation: Politecnico di Torino” that are not saved yet."
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_idle(window)
    assert window.current_page_key() == "stakeholder" and page.editor is not None
    assert page.editor.form.editors["city"].widget.text() == "Torino centro"
    # Back (Alt+Left) asks too; Save keeps the change and goes on
    window.open_record("partnership", ops.find_by(window.db, "partnership")[0].id)
    box = find_dialog(QMessageBox)
    box.button(QMessageBox.StandardButton.Save).click()
    wait_idle(window)
    assert ops.get(window.db, "stakeholder", poli.id).city == "Torino centro"
    assert window.current_page_key() == "partnership"


def test_closing_the_window_with_unsaved_changes_asks(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    window.new_record("stakeholder")
    wait_idle(window)
    _type(qtbot, window.lists["stakeholder"].editor.form.editors["name"], "Half typed")
    window.close()
    box = find_dialog(QMessageBox)
    assert window.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible() and window.lists["stakeholder"].editor is not None


def test_a_dialog_with_unsaved_changes_asks_before_closing(window, qtbot):
    import shiboken6
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui.forms import RecordDialog

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    window.handle_action("new-contact", "stakeholder", poli.id)
    dialog = find_dialog(RecordDialog)
    _type(qtbot, dialog.frame.form.editors["name"], "Someone")
    dialog.frame.cancel_button.click()
    box = find_dialog(QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible()
    dialog.frame.cancel_button.click()
    box = find_dialog(QMessageBox)
    box.button(QMessageBox.StandardButton.Discard).click()
    # closed, the dialog is deleted (tests/test_gui_guard.py: Ctrl+S cannot save it again)
    wait_until(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


# --- someone else saved first ------------------------------------------------------------------

def test_conflict_dialog_lets_the_officer_choose_per_field(window, qtbot):
    from database import ops
    from desktop_app.gui.conflict_dialog import ConflictDialog

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    window.edit_record("stakeholder", poli.id)
    wait_idle(window)
    frame = window.lists["stakeholder"].editor
    # another officer saves while this one types
    ops.update(window.db, "stakeholder", poli.id, {"city": "Turin", "phone": "+39 011 000 0000"},
               expected_version=poli.version)
    _type(qtbot, frame.form.editors["city"], "Torino (centro)")
    _type(qtbot, frame.form.editors["tags"], "mine")
    frame.save_button.click()
    dialog = find_dialog(ConflictDialog)
    assert set(dialog.groups) == {"city"}  # tags: only this officer changed them, not a conflict
    assert dialog.untouched == {"tags": "mine"}
    mine_city, theirs_city = dialog.groups["city"]
    assert mine_city.text() == "Torino (centro)" and theirs_city.text() == "Turin"
    dialog.choose("city", keep_mine=False)
    dialog.save_button.click()
    wait_idle(window)
    now = ops.get(window.db, "stakeholder", poli.id)
    assert (now.city, now.tags, now.phone) == ("Turin", "mine", "+39 011 000 0000")
    assert window.lists["stakeholder"].editor is None
    _undo(window)
    assert ops.get(window.db, "stakeholder", poli.id).tags == poli.tags


def test_changes_to_different_fields_are_both_kept_without_a_question(window, qtbot):
    from database import ops

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    window.edit_record("stakeholder", poli.id)
    wait_idle(window)
    frame = window.lists["stakeholder"].editor
    ops.update(window.db, "stakeholder", poli.id, {"phone": "+39 011 000 0000"}, expected_version=poli.version)
    _type(qtbot, frame.form.editors["tags"], "mine")
    frame.save_button.click()
    wait_idle(window)
    now = ops.get(window.db, "stakeholder", poli.id)
    assert (now.tags, now.phone) == ("mine", "+39 011 000 0000")  # theirs and mine, no dialog
    assert window.last_conflict_dialog is None or not window.last_conflict_dialog.isVisible()
    assert window.lists["stakeholder"].editor is None


def test_record_deleted_meanwhile_can_be_saved_as_new(window, qtbot):
    from database import ops

    rec = open_record(window, "interaction", subject=ops.all_of(window.db, "interaction")[0].subject)
    window.edit_record("interaction", rec.id)
    wait_idle(window)
    frame = window.lists["interaction"].editor
    ops.delete(window.db, "interaction", rec.id)
    _type(qtbot, frame.form.editors["subject"], "Rescued notes")
    frame.save_button.click()
    text = _confirm(window)
    assert "deleted by someone else" in text
    assert ops.find_by(window.db, "interaction", subject="Rescued notes")


def test_organisation_merged_meanwhile_says_into_which_and_applies_the_change_there(window, qtbot):
    """Editing an organisation that is merged into another meanwhile (from the duplicates view):
    not "deleted by someone else" with *Save as new* (a third copy), but which one it now is, and
    the changed field applied there."""
    from database import ops

    dup = ops.create(window.db, "stakeholder", {"name": "POLITECNICO DI TORINO", "type": "university"}).record
    kept = ops.find_by(window.db, "stakeholder", name="Politecnico di Torino")[0]
    open_record(window, "stakeholder", name="POLITECNICO DI TORINO")
    window.edit_record("stakeholder", dup.id)
    wait_idle(window)
    frame = window.lists["stakeholder"].editor
    ops.merge_stakeholders(window.db, kept.id, dup.id)
    _type(qtbot, frame.form.editors["website"], "https://www.polito.it/ricerca")
    frame.save_button.click()
    wait_idle(window)
    text = _confirm(window)
    assert "merged into “Politecnico di Torino”" in text and "deleted" not in text
    wait_idle(window)
    assert ops.get(window.db, "stakeholder", kept.id).website == "https://www.polito.it/ricerca"
    assert not ops.find_by(window.db, "stakeholder", name="POLITECNICO DI TORINO")


def test_undo_that_meets_a_change_made_elsewhere_explains_and_clears(window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from database import ops

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    window.edit_record("stakeholder", poli.id)
    wait_idle(window)
    frame = window.lists["stakeholder"].editor
    _type(qtbot, frame.form.editors["city"], "Mine")
    frame.save_button.click()
    wait_idle(window)
    current = ops.get(window.db, "stakeholder", poli.id)
    ops.update(window.db, "stakeholder", poli.id, {"city": "Theirs"}, expected_version=current.version)
    _undo(window)
    box = find_dialog(QMessageBox)
    assert "cannot be undone" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert ops.get(window.db, "stakeholder", poli.id).city == "Theirs"
    assert window.undo_stack.count() == 0


def test_keyboard_edit_save_and_escape(window, qtbot):
    from PySide6.QtCore import Qt

    from database import ops

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    page = window.lists["stakeholder"]
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_idle(window)
    form = page.editor.form
    _type(qtbot, form.editors["postcode"], "10128")
    qtbot.keyClick(form.editors["postcode"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(window)
    assert ops.get(window.db, "stakeholder", poli.id).postcode == "10128" and page.editor is None
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_idle(window)
    assert page.editor is not None
    qtbot.keyClick(page.editor.form.editors["name"].widget, Qt.Key.Key_Escape)
    assert page.editor is None  # nothing typed: it just closes
