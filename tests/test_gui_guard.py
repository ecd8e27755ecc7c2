"""What the officer typed is never lost or saved twice behind their back: Find (Enter, Back) asks
before closing a form, Ctrl+S saves only the form on screen (never a dialog already closed), the
first window fits the screen, and the keyboard shortcuts are a real two-column table."""

from __future__ import annotations

import pytest

from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import find_dialog, open_record, wait_idle, wait_until

pytest.importorskip("PySide6")

PHONE = "+39 011 999 888"
NOTES = "Met their CTO at the Brussels event; follow up in January."


def _edit_comau(window, qtbot):
    """Comau's form open with a phone and notes typed (unsaved)."""
    comau = open_record(window, "stakeholder", name="Comau S.p.A.")
    window.edit_record("stakeholder", comau.id)
    wait_idle(window)
    form = window.lists["stakeholder"].editor.form
    qtbot.keyClicks(form.editors["phone"].widget, PHONE)
    qtbot.keyClicks(form.editors["notes"].widget, NOTES)
    assert window.lists["stakeholder"].editor_dirty()
    return comau


def _find(window, qtbot, words):
    """Ctrl+F and type, as the officer does; wait for the results."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()  # shortcuts of the window need it active (a question may just have closed)
    wait_until(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, words)
    wait_idle(window)
    wait_until(lambda: window.current_page_key() == "find" and window.find_page.model.hits())


def _question():
    from PySide6.QtWidgets import QMessageBox

    box = find_dialog(QMessageBox)
    assert box.windowTitle() == "Unsaved changes"
    return box


def _answer(window, box, button):
    from PySide6.QtWidgets import QMessageBox

    box.button(getattr(QMessageBox.StandardButton, button)).click()
    wait_idle(window)


def _still_typed(window):
    page = window.lists["stakeholder"]
    assert page.editor is not None and window.current_page_key() == "stakeholder"
    assert page.editor.isVisible()
    form = page.editor.form
    assert form.editors["phone"].widget.text() == PHONE
    assert form.editors["notes"].widget.toPlainText() == NOTES


# --- Find does not close a form without asking ----------------------------------------------------

def test_enter_in_find_asks_before_leaving_a_form(window, qtbot):
    from PySide6.QtCore import Qt

    from database import ops

    comau = _edit_comau(window, qtbot)
    _find(window, qtbot, "politecnico")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # opens the first result
    box = _question()
    assert "Comau S.p.A." in box.text()
    # asked over the form itself, not over the results
    assert window.current_page_key() == "stakeholder" and window.lists["stakeholder"].editor.isVisible()
    _answer(window, box, "Cancel")
    _still_typed(window)
    form = window.lists["stakeholder"].editor.form
    assert form.isAncestorOf(window.focusWidget())  # back in the form, not in Find
    assert ops.get(window.db, "stakeholder", comau.id).phone is None
    # asked again, Discard: the result opens, the typing is gone, nothing was written
    window.focus_search()
    assert window.current_page_key() == "find"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    _answer(window, _question(), "Discard")
    page = window.lists["stakeholder"]
    wait_until(lambda: page.current_id is not None and page.current_id != comau.id)
    assert page.editor is None and ops.get(window.db, "stakeholder", page.current_id).name.startswith("Politecnico")
    assert ops.get(window.db, "stakeholder", comau.id).phone is None


def test_enter_in_find_then_save_keeps_the_changes(window, qtbot):
    from PySide6.QtCore import Qt

    from database import ops

    comau = _edit_comau(window, qtbot)
    _find(window, qtbot, "politecnico")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    _answer(window, _question(), "Save")
    stored = ops.get(window.db, "stakeholder", comau.id)
    assert (stored.phone, stored.notes) == (PHONE, NOTES)
    page = window.lists["stakeholder"]
    wait_until(lambda: page.current_id not in (None, comau.id))
    assert page.editor is None


def test_back_from_find_asks_before_leaving_a_form(window, qtbot):
    from PySide6.QtCore import Qt

    from database import ops

    open_record(window, "stakeholder", name="Iveco S.p.A.")
    comau = _edit_comau(window, qtbot)
    _find(window, qtbot, "brussels")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    box = _question()
    _answer(window, box, "Cancel")
    _still_typed(window)
    window.act_back.trigger()
    _answer(window, _question(), "Save")
    assert ops.get(window.db, "stakeholder", comau.id).phone == PHONE
    page = window.lists["stakeholder"]
    wait_until(lambda: page.detail.view.record_id not in (None, comau.id))
    assert ops.get(window.db, "stakeholder", page.current_id).name == "Iveco S.p.A."


def test_every_way_out_of_find_asks(window, qtbot):
    """Another page, a list of results, a new record: each would close the form."""
    from database import ops

    comau = _edit_comau(window, qtbot)
    for leave in (lambda: window.go_page("partnership"),
                  lambda: window._open_found_list("stakeholder", {"text": "politecnico"}),
                  lambda: window.new_record("stakeholder"),
                  lambda: window.open_record("partnership", ops.find_by(window.db, "partnership")[0].id)):
        _find(window, qtbot, "poli")
        leave()
        _answer(window, _question(), "Cancel")
        _still_typed(window)
        window.search_field.clear()
    assert ops.get(window.db, "stakeholder", comau.id).phone is None


def test_going_back_to_the_form_from_find_asks_nothing(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    _edit_comau(window, qtbot)
    _find(window, qtbot, "poli")
    window.go_page("stakeholder")  # Ctrl+3, or the navigation
    wait_idle(window)
    assert QApplication.activeModalWidget() is None
    _still_typed(window)
    # Escape in Find goes back to the form as well
    _find(window, qtbot, "tor")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    _still_typed(window)


# --- Ctrl+S saves only the form on screen -------------------------------------------------------

def _contacts(window, org_id):
    from database import ops

    return sorted(c.name for c in ops.find_by(window.db, "contact", stakeholder_id=org_id))


def _ctrl_s(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.act_save.trigger()  # the menu entry
    wait_idle(window)


def test_ctrl_s_never_saves_a_closed_dialog_again(window, qtbot):
    import shiboken6
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui.forms import RecordDialog

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    before = _contacts(window, poli.id)
    # typed, then Cancel and Discard: the dialog is gone, and so is what was typed
    window.handle_action("new-contact", "stakeholder", poli.id)
    dialog = find_dialog(RecordDialog)
    qtbot.keyClicks(dialog.frame.form.editors["name"].widget, "Discarded Person")
    dialog.frame.cancel_button.click()
    find_dialog(QMessageBox).button(QMessageBox.StandardButton.Discard).click()
    wait_until(lambda: not shiboken6.isValid(dialog))  # deleted, not only hidden
    _ctrl_s(window, qtbot)
    _ctrl_s(window, qtbot)
    assert _contacts(window, poli.id) == before
    # saved once from the dialog; Ctrl+S afterwards adds no copy
    window.handle_action("new-contact", "stakeholder", poli.id)
    dialog = find_dialog(RecordDialog)
    qtbot.keyClicks(dialog.frame.form.editors["name"].widget, "Saved Person")
    dialog.frame.save_button.click()
    wait_idle(window)
    wait_until(lambda: not shiboken6.isValid(dialog))
    _ctrl_s(window, qtbot)
    _ctrl_s(window, qtbot)
    assert _contacts(window, poli.id) == sorted([*before, "Saved Person"])
    assert not [w for w in window.findChildren(RecordDialog) if shiboken6.isValid(w)]


def test_ctrl_s_saves_the_dialog_in_front_once(window, qtbot):
    import shiboken6
    from PySide6.QtCore import Qt

    from desktop_app.gui.forms import RecordDialog

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    before = _contacts(window, poli.id)
    window.handle_action("new-contact", "stakeholder", poli.id)
    dialog = find_dialog(RecordDialog)
    field = dialog.frame.form.editors["name"].widget
    qtbot.keyClicks(field, "Front Person")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # the dialog's own Ctrl+S
    wait_idle(window)
    wait_until(lambda: not shiboken6.isValid(dialog))
    assert _contacts(window, poli.id) == sorted([*before, "Front Person"])
    # the window's save, while a dialog is in front, saves that dialog
    window.handle_action("new-contact", "stakeholder", poli.id)
    dialog = find_dialog(RecordDialog)
    qtbot.keyClicks(dialog.frame.form.editors["name"].widget, "Second Person")
    window.save_current_editor()
    wait_idle(window)
    wait_until(lambda: not shiboken6.isValid(dialog))
    assert _contacts(window, poli.id) == sorted([*before, "Front Person", "Second Person"])


def test_a_dialog_being_saved_does_not_close_half_way(window, qtbot):
    from desktop_app.gui.forms import RecordDialog

    poli = open_record(window, "stakeholder", name="Politecnico di Torino")
    window.handle_action("new-contact", "stakeholder", poli.id)
    dialog = find_dialog(RecordDialog)
    qtbot.keyClicks(dialog.frame.form.editors["name"].widget, "Busy Person")
    dialog.frame.set_busy(True)  # as while the worker writes it
    dialog.reject()
    assert dialog.isVisible()
    dialog.frame.set_busy(False)
    dialog.allow_close()
    dialog.reject()


def test_ctrl_s_does_not_save_a_form_that_find_hides(window, qtbot):
    from database import ops

    comau = _edit_comau(window, qtbot)
    _find(window, qtbot, "politecnico")
    _ctrl_s(window, qtbot)
    assert ops.get(window.db, "stakeholder", comau.id).phone is None
    window.go_page("stakeholder")  # back to the form: now Ctrl+S saves it
    _ctrl_s(window, qtbot)
    assert ops.get(window.db, "stakeholder", comau.id).phone == PHONE


# --- the first window fits the screen ------------------------------------------------------------

@pytest.fixture
def first_window(qtbot, gui_db, settings_dir):
    """A window as on the very first start: no remembered state."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preferences import Preferences, WindowState
    from desktop_app.gui.worker import DbWorker

    worker = DbWorker()
    windows = []

    def make(state=None):
        w = MainWindow(gui_db, worker, Preferences(language="en", officer_name="Test Officer"),
                       state or WindowState(), start_page="home")
        windows.append(w)
        return w

    yield make
    for w in windows:
        w._closing = True
        w.close()
        w.deleteLater()
    worker.stop()


def test_the_first_window_fits_the_screen_frame_included(first_window):
    from desktop_app.gui.main_window import FIRST_FRAME, FIRST_SHARE

    window = first_window()
    area = window.screen().availableGeometry()
    outer = window.size().grownBy(FIRST_FRAME)  # before the window system frames it
    assert abs(outer.width() - area.width() * FIRST_SHARE) <= 1
    assert abs(outer.height() - area.height() * FIRST_SHARE) <= 1
    frame = window.frameGeometry().adjusted(0, 0, FIRST_FRAME.left() + FIRST_FRAME.right(),
                                            FIRST_FRAME.top() + FIRST_FRAME.bottom())
    assert area.contains(frame)
    assert abs(frame.center().x() - area.center().x()) <= 1 and abs(frame.center().y() - area.center().y()) <= 1
    window.show()
    wait_until(lambda: window.isVisible())
    assert area.contains(window.frameGeometry())


def test_a_remembered_window_keeps_its_size(first_window, qtbot):
    from desktop_app.gui.preferences import WindowState

    window = first_window()
    window.show()
    window.resize(700, 500)
    window.move(30, 20)
    window.save_state()
    again = first_window(WindowState())
    again.show()
    wait_until(lambda: again.isVisible())
    qtbot.wait(350)  # past the first start's second look at the frame
    assert again.size().width() == 700 and again.size().height() == 500


# --- Help ▸ Keyboard shortcuts -------------------------------------------------------------------

def test_keyboard_shortcuts_are_a_two_column_table(window, qtbot):
    from PySide6.QtWidgets import QTableWidget

    window.act_shortcuts.trigger()
    dialog = window.shortcuts_dialog
    wait_until(lambda: dialog.isVisible())
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table.columnCount() == 2 and table.rowCount() == 17
    headers = [table.horizontalHeaderItem(c).text() for c in range(2)]
    assert headers == ["Keys", "What it does"]
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+S"] == "Save the form"
    assert rows["Ctrl+1 … Ctrl+7"] == "Home, Sectors, Organisations, Partnerships, Regions, Interactions, Network"
    # each text whole in its cell: no padding with spaces, nothing cut or wrapped
    for r in range(table.rowCount()):
        for c in range(2):
            text = table.item(r, c).text()
            assert text == text.strip() and "  " not in text and "\n" not in text
    for c in range(2):
        assert table.sizeHintForColumn(c) <= table.columnWidth(c), c
    assert sum(table.columnWidth(c) for c in range(2)) <= table.viewport().width()
    assert dialog.width() <= window.screen().availableGeometry().width()
    # asked again: the same window comes forward, no second one
    window.act_shortcuts.trigger()
    assert window.shortcuts_dialog is dialog
    dialog.close()


def test_a_save_asked_twice_at_once_writes_once(window, qtbot):
    """Ctrl+S and the menu's Save in the same moment: the second request, while the first is on
    its way, is ignored — it used to write again, fail on the version the first had moved, and
    reach a form already closed (a crash in the event loop)."""
    from database import ops

    comau = _edit_comau(window, qtbot)
    frame = window.lists["stakeholder"].editor
    before = window.undo_stack.count()
    frame.save_requested.emit()
    frame.save_requested.emit()
    wait_idle(window)
    assert ops.get(window.db, "stakeholder", comau.id).phone == PHONE
    assert window.undo_stack.count() == before + 1
