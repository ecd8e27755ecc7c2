"""The dialogs built elsewhere, as parts of the window: File ▸ Briefing pack / Import / Export,
Tools ▸ Possible duplicates / Contacts to review / Check the register / Backups, erasing a
contact person, the History tab of the details, the warning about an unsafe place, automatic
backups on a thread of their own, and opening a damaged or an encrypted register at start-up.
Real widgets, offscreen, on a copy of the demo register."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import find_dialog, open_record, wait_idle, wait_until

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt, QTimer, QUrl  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from database import ops  # noqa: E402


def _press(window, key, modifiers=Qt.KeyboardModifier.ControlModifier):
    from PySide6.QtTest import QTest

    window.activateWindow()  # shortcuts of the window need it active (a dialog may just have closed)
    wait_until(window.isActiveWindow)
    QTest.keyClick(window, key, modifiers)
    wait_idle(window)


def _click_box_button(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


# --- the menus ----------------------------------------------------------------------------------

def test_file_and_tools_menus_hold_the_dialogs_with_shortcuts(window):
    file_texts = [a.text() for a in window.menu_file.actions()]
    assert file_texts.index("&Briefing pack…") < file_texts.index("&Import…") < file_texts.index("E&xport…") \
        < file_texts.index("&Quit")
    tools_texts = [a.text() for a in window.menu_tools.actions()]
    for text in ("Possible &duplicates…", "Contacts to &review…", "&Check the register", "&Backups…"):
        assert text in tools_texts
    assert window.tools.act_pack.shortcut().toString() == "Ctrl+P"
    assert window.tools.act_import.shortcut().toString() == "Ctrl+I"
    assert window.act_history.shortcut().toString() == "Ctrl+H"
    window.switch_language("it")
    try:
        assert window.tools.act_pack.text() == "&Dossier informativo…"
        assert "&Controlla il registro" in [a.text() for a in window.menu_tools.actions()]
    finally:
        window.switch_language("en")  # the next tests click buttons by their English names


def test_briefing_pack_opens_on_the_selected_partnership(window, qtbot):
    from desktop_app.gui.pack_dialog import PackDialog

    window.prefs.pack_language = "it"
    rec = open_record(window, "partnership", acronym="S3-4AlpClusters")
    _press(window, Qt.Key.Key_P)
    dialog = find_dialog(PackDialog)
    wait_idle(window)
    # by its reference, or its id (an acronym may name two projects)
    assert dialog.pickers["partnership"].values() == [rec.external_ref or str(rec.id)]
    assert not any(dialog.pickers[k].values() for k in ("sector", "region", "stakeholder"))
    wait_until(lambda: dialog.pickers["partnership"].list.item(0).text() == rec.label)
    assert dialog.author_edit.text() == "Test Officer"  # from Preferences
    assert dialog.language_box.currentData() == "it"
    _press(window, Qt.Key.Key_P)  # again: the same window comes forward, as the officer left it
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, PackDialog) and w.isVisible()] == [dialog]
    dialog.close()
    wait_idle(window)

    window.go_page("home")  # nothing selected: an overview of the whole register
    _press(window, Qt.Key.Key_P)
    dialog = find_dialog(PackDialog)
    wait_idle(window)
    assert dialog.scope().is_empty
    assert dialog.language_box.currentData() == "it"


def test_pack_scope_of_selected_organisations_and_of_an_interaction(window):
    from desktop_app.gui.pack_dialog import scope_of_selection

    ids = ops.list_ids(window.db, "stakeholder")[:3]
    scope, left_out = scope_of_selection(window.db, "stakeholder", ids)
    assert scope.stakeholders == tuple(str(i) for i in ids) and left_out == 0
    interaction = next(i for i in ops.all_of(window.db, "interaction")
                       if ops.interaction_detail(window.db, i.id).stakeholders)
    detail = ops.interaction_detail(window.db, interaction.id)
    scope, _ = scope_of_selection(window.db, "interaction", [interaction.id])
    assert set(scope.stakeholders) == {str(s.id) for s in detail.stakeholders}
    assert scope_of_selection(window.db, None, [])[0].is_empty


def test_import_through_the_dialog_refreshes_the_list(window, tmp_path):
    from desktop_app.gui.import_dialog import ImportDialog

    path = tmp_path / "enti.csv"
    path.write_text("Denominazione;Comune\nFondazione Nuove Imprese;Torino\n", encoding="utf-8")
    page = window.lists["stakeholder"]
    before = page.model.rowCount()
    _press(window, Qt.Key.Key_I)
    dialog = find_dialog(ImportDialog)
    dialog.set_file(str(path), kind="stakeholder")
    wait_idle(window)
    wait_until(lambda: dialog.preview_button.isEnabled())
    dialog.preview_button.click()
    wait_idle(window)
    wait_until(lambda: dialog.import_button.isEnabled())
    dialog.import_button.click()
    wait_idle(window)
    wait_until(lambda: page.model.rowCount() == before + 1)
    assert page.count_label.text() == f"{before + 1} organisations"
    assert ops.find_by(window.db, "stakeholder", name="Fondazione Nuove Imprese")


def test_export_offers_the_rows_selected(window, tmp_path):
    import csv

    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    from desktop_app.gui.export_dialog import ExportDialog

    page = window.lists["stakeholder"]
    model = page.model
    wait_until(lambda: model.rowCount() > 5)
    page.table.selectionModel().select(QItemSelection(model.index(1, 0), model.index(3, model.columnCount() - 1)),
                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.tools.act_export.trigger()
    dialog = find_dialog(ExportDialog)
    assert dialog.kind.currentData() == "stakeholder" and dialog.only_selected.isChecked()
    assert dialog.only_selected.text() == "Only the 3 selected rows"
    dialog.path.setText(str(tmp_path / "three.csv"))
    dialog.run_export()
    wait_idle(window)
    wait_until(lambda: dialog.job is None)
    with (tmp_path / "three.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 3


def test_duplicates_merge_refreshes_the_list(window):
    from desktop_app.gui.duplicates_dialog import DuplicatesDialog

    for name in ("Acme Robotica", "ACME ROBOTICA"):
        ops.create(window.db, "stakeholder", {"name": name, "type": "sme", "city": "Alba", "country": "IT"})
    window.refresh()
    page = window.lists["stakeholder"]
    wait_idle(window)
    before = page.model.rowCount()
    window.tools.act_duplicates.trigger()
    dialog = find_dialog(DuplicatesDialog)
    wait_idle(window)
    dialog.scan_button.click()
    wait_idle(window)
    wait_until(lambda: dialog.list.count() >= 1)
    row = next(r for r in range(dialog.list.count()) if "ACME ROBOTICA" in dialog.list.item(r).text().upper())
    dialog.list.setCurrentRow(row)
    wait_idle(window)
    wait_until(lambda: dialog.preview is not None and "ACME" in (dialog.preview.survivor.name + dialog.preview.other.name).upper())
    dialog.merge_button.click()
    wait_idle(window)
    wait_until(lambda: page.model.rowCount() == before - 1)


# --- backups, checks, contacts ------------------------------------------------------------------

def test_restoring_a_backup_reloads_the_window(window, qtbot):
    from desktop_app.gui.backup_dialog import BackupDialog

    page = window.lists["stakeholder"]
    before = page.model.rowCount()
    _press(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = find_dialog(BackupDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    wait_idle(window)
    dialog.back_up_now()
    wait_idle(window)
    wait_until(lambda: dialog.table.rowCount() == 1)
    window.editing.run([ops.Create("stakeholder", {"name": "Added after the backup", "type": "sme"})], "Add")
    wait_idle(window)
    wait_until(lambda: page.model.rowCount() == before + 1)
    assert window.undo_stack.count() == 1
    dialog.table.selectRow(0)

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            _click_box_button(box, "Restore")
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.restore_selected()
    wait_idle(window)
    wait_until(lambda: page.model.rowCount() == before)
    assert not ops.find_by(window.db, "stakeholder", name="Added after the backup")
    assert window.undo_stack.count() == 0  # nothing to undo in a register put back
    assert "put back as the backup holds it" in window.statusBar().currentMessage()


def test_check_the_register_explains_and_rebuilds_the_search_index(window):
    from database import search
    from desktop_app.gui.check_dialog import CheckDialog

    window.tools.act_check.trigger()
    wait_idle(window)
    dialog = find_dialog(CheckDialog)
    assert dialog.summary.text().startswith("The register is healthy")
    assert not dialog.repair_button.isVisible()
    dialog.close()
    with sqlite3.connect(window.db.path) as conn:  # another program damages the search index
        conn.execute(f"DELETE FROM {search.ENTRIES} WHERE kind = 'stakeholder' AND rowid IN "
                     f"(SELECT rowid FROM {search.ENTRIES} WHERE kind = 'stakeholder' LIMIT 3)")
    window.tools.act_check.trigger()
    wait_idle(window)
    dialog = find_dialog(CheckDialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("3 organisation" in t and "cannot be found by search" in t for t in texts) or \
        any("cannot be found by search" in t for t in texts), texts
    assert dialog.summary.text() == "The check found 1 problem:"
    assert dialog.repair_button.isVisible()
    dialog.repair_button.click()
    wait_idle(window)
    wait_until(lambda: dialog.summary.text().startswith("The register is healthy"))


def test_contacts_to_review_open_mark_verified_and_erase(window):
    from desktop_app.gui.review_dialog import ReviewDialog

    window.tools.act_review.trigger()
    dialog = find_dialog(ReviewDialog)
    wait_idle(window)
    wait_until(lambda: dialog.table.rowCount() > 0)
    due = ops.contacts_to_review(window.db)
    assert dialog.table.rowCount() == len(due)
    assert dialog.table.item(0, 0).text() == due[0].name
    dialog.table.selectRow(0)
    dialog.open_button.click()
    wait_idle(window)
    wait_until(lambda: window.lists["stakeholder"].current_id == due[0].stakeholder_id)
    dialog.verified_button.click()
    wait_idle(window)
    wait_until(lambda: dialog.table.rowCount() == len(due) - 1)
    assert window.undo_stack.count() == 1  # verifying is an ordinary edit: undoable
    assert ops.get(window.db, "contact", due[0].id).last_verified is not None

    dialog.table.selectRow(0)
    person = due[1]
    dialog.erase_button.click()
    wait_idle(window)
    box = window.last_question
    assert "cannot be undone" in box.informativeText()
    _click_box_button(box, "Erase")
    wait_idle(window)
    wait_until(lambda: dialog.table.rowCount() == len(due) - 2)
    with pytest.raises(ops.NotFoundError):
        ops.get(window.db, "contact", person.id)
    assert window.undo_stack.count() == 0


def test_erasing_a_contact_from_the_details_removes_it_from_the_window(window):
    window.worker.set_author("Test Officer")  # as ris3desk does from Preferences
    org = open_record(window, "stakeholder", name="Politecnico di Torino")
    page = window.lists["stakeholder"]
    person = page.detail.view.detail.contacts[0]
    assert person.name in page.detail.view.toPlainText()
    assert "Erase personal data…" in page.detail.view.toPlainText()
    page.detail.view.anchorClicked.emit(QUrl(f"do:erase/contact/{person.id}"))
    wait_idle(window)
    box = window.last_question
    assert isinstance(box, QMessageBox) and person.name in box.text()
    assert "not even with Undo" in box.informativeText()
    _click_box_button(box, "Cancel")
    wait_idle(window)
    assert ops.get(window.db, "contact", person.id)  # nothing happens without the confirmation
    from datetime import date

    ops.create(window.db, "interaction", {"date": date(2026, 3, 2), "kind": "meeting", "subject": "Steering committee",
                                          "notes": f"{person.name} asked for the minutes."})
    page.detail.view.anchorClicked.emit(QUrl(f"do:erase/contact/{person.id}"))
    wait_idle(window)
    asked = window.last_question
    _click_box_button(asked, "Erase")
    wait_idle(window)
    wait_until(lambda: person.name not in page.detail.view.toPlainText())
    # the note that still names the person is said, for the officer to edit
    told = window.last_question
    assert told is not asked and "were erased" in told.text()
    assert "Interaction “Steering committee” — Notes" in told.informativeText()
    _click_box_button(told, "OK")
    assert page.current_id == org.id
    assert ops.search(window.db, person.name, ["contact"], 10) == []
    history = ops.history(window.db, person.id)
    assert [h.action for h in history] == ["erase"] and history[0].author == "Test Officer"


# --- the history tab ----------------------------------------------------------------------------

def test_history_tab_puts_a_value_back_and_the_details_follow(window):
    rec = open_record(window, "stakeholder", name="Politecnico di Torino")
    page = window.lists["stakeholder"]
    old_city = rec.city
    ops.update(window.db, "stakeholder", rec.id, {"city": "Alba"}, expected_version=rec.version)
    window.refresh()
    wait_idle(window)
    wait_until(lambda: "Alba" in page.detail.view.toPlainText())
    _press(window, Qt.Key.Key_H)
    tabs = page.detail.tabs
    assert tabs.currentIndex() == 1
    panel = tabs.history
    wait_idle(window)
    wait_until(lambda: panel.table.rowCount() > 0)
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 4).text() == "Alba")
    assert panel.table.item(row, 3).text() == old_city
    panel.table.selectRow(row)
    panel.put_back_button.click()
    wait_idle(window)
    assert ops.get(window.db, "stakeholder", rec.id).city == old_city
    _press(window, Qt.Key.Key_H)
    assert tabs.currentIndex() == 0
    wait_until(lambda: f"{old_city} (" in page.detail.view.toPlainText())
    # another record: the history follows it
    other = open_record(window, "stakeholder", name="Università degli Studi di Torino")
    _press(window, Qt.Key.Key_H)
    wait_idle(window)
    assert panel.target == ("stakeholder", other.id)


# --- watching over the register -----------------------------------------------------------------

@pytest.fixture
def open_window(qtbot, settings_dir, demo_template, tmp_path):
    """A window on a copy of the demo register at a path of the test's choosing."""
    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preferences import Preferences, WindowState
    from desktop_app.gui.worker import DbWorker

    made = []

    def make(path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(demo_template, path)
        i18n.install(QApplication.instance(), "en")
        db = ops.open_database(f"sqlite:///{path}")
        worker = DbWorker()
        w = MainWindow(db, worker, Preferences(language="en"), WindowState(), start_page="stakeholder")
        w.show()
        made.append((w, worker, db))
        wait_idle(w)
        return w

    yield make
    for w, worker, db in made:
        w._closing = True
        w.close()
        worker.stop()
        db.close()
        w.deleteLater()


def test_a_register_in_a_dropbox_folder_gets_a_dismissable_warning(open_window, tmp_path):
    window = open_window(tmp_path / "Dropbox" / "ris3" / "register.db")
    assert not window.message_bar.isVisible()
    window.watch_register(backup_delay_ms=60_000)
    wait_idle(window)
    wait_until(lambda: window.message_bar.isVisible())
    text = window.message_bar.text.text()
    assert "synchronised by Dropbox" in text and str(tmp_path / "Dropbox") in text
    window.switch_language("it")
    try:
        wait_until(lambda: window.message_bar.text.text() != text)  # on the posted LanguageChange
        assert "sincronizzata da Dropbox" in window.message_bar.text.text()
        assert window.message_bar.dismiss_button.text() == "Ignora"
    finally:
        window.switch_language("en")
    window.message_bar.dismiss_button.click()
    assert not window.message_bar.isVisible()
    window.stop_watching()


def test_a_register_in_a_local_folder_gets_no_warning(open_window, tmp_path):
    window = open_window(tmp_path / "work" / "register.db")
    window.watch_register(backup_delay_ms=60_000)
    wait_idle(window)
    assert not window.message_bar.isVisible()
    window.stop_watching()


def test_automatic_backups_run_on_their_own_thread(open_window, tmp_path):
    window = open_window(tmp_path / "work" / "register.db")
    folder = tmp_path / "work" / "register-backups"
    gate = threading.Event()
    window.worker.submit(gate.wait, 30)  # the database worker is busy meanwhile: backups must not need it
    try:
        window.watch_register(backup_delay_ms=0)
        wait_until(lambda: any(folder.glob("*-daily.db")), timeout=30)
        assert window.worker.busy
    finally:
        gate.set()
    wait_idle(window)
    wait_until(lambda: not window.backups.running)
    assert window.backups.timer.isActive() and window.backups.timer.interval() == 3_600_000
    assert not window.backup_label.isVisible()
    window.backups.run_now()  # an hour later: nothing is due, nothing taken
    wait_until(lambda: not window.backups.running)
    assert len(list(folder.glob("*-daily.db"))) == 1
    window.stop_watching()
    assert not window.backups.timer.isActive()


def test_a_failing_automatic_backup_is_reported_in_the_status_bar(open_window, tmp_path):
    window = open_window(tmp_path / "work" / "register.db")
    (tmp_path / "work" / "register-backups").write_text("not a folder")  # backups cannot go there
    window.watch_register(backup_delay_ms=0)
    wait_until(lambda: window.backup_label.isVisible(), timeout=30)
    assert window.backup_label.text() == "⚠ The automatic backup failed"
    assert "tried again in an hour" in window.backup_label.toolTip()
    window.stop_watching()


# --- start-up: a damaged register, an encrypted one -----------------------------------------------

def _run_window(url: str, tick, passphrase=None) -> int:
    """``ris3desk`` as started from the command line, with ``tick`` answering its dialogs."""
    from desktop_app.gui.app import run_window

    timer = QTimer()
    timer.setInterval(25)
    timer.timeout.connect(tick)
    timer.start()
    try:
        return run_window(url, passphrase)
    finally:
        timer.stop()


def _main_window():
    from desktop_app.gui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def _close_when_listed(seen: dict) -> bool:
    window = _main_window()
    if window is None:
        return False
    if "stakeholder" not in window.lists:  # a fresh window starts on Home
        window.go_page("stakeholder")
        return False
    if not window.lists["stakeholder"].model.ids_known:
        return False
    if not seen.get("closed"):
        seen["closed"] = True
        seen["rows"] = window.lists["stakeholder"].model.rowCount()
        seen["title"] = window.windowTitle()
        window.close()
    return True


def test_a_damaged_register_is_replaced_by_its_newest_backup_at_start(qtbot, settings_dir, demo_template, tmp_path):
    from database import backup
    from desktop_app.gui.damaged_dialog import DamagedDialog
    from desktop_app.gui.preferences import Preferences
    from tests.safety_support import corrupt

    Preferences(language="en").save()
    path = tmp_path / "register.db"
    shutil.copy(demo_template, path)
    backup.take_backup(path)
    corrupt(path, offset_pages=20, length=60_000)
    seen: dict = {}

    def tick():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, DamagedDialog) and "damaged" not in seen:
            seen["damaged"] = modal.offer.text()
            # after this tick returns: the click opens a message box, and a timer is not run
            # again while its own slot is still running
            QTimer.singleShot(0, modal.restore_button.click)
        elif isinstance(modal, QMessageBox) and "damaged" in seen and "restored" not in seen:
            seen["restored"] = modal.text()
            modal.accept()
        else:
            _close_when_listed(seen)

    assert _run_window(f"sqlite:///{path}", tick) == 0
    assert "newest good backup" in seen["damaged"]
    assert "kept as" in seen["restored"]
    assert seen["rows"] == 62 and seen["title"] == "RIS3 Desk — register"
    assert list(tmp_path.glob("register-damaged-*.db"))


def test_a_damaged_register_without_backups_quits_when_asked(qtbot, settings_dir, demo_template, tmp_path):
    from desktop_app.gui.damaged_dialog import DamagedDialog
    from desktop_app.gui.preferences import Preferences
    from tests.safety_support import corrupt

    Preferences(language="en").save()
    path = tmp_path / "register.db"
    shutil.copy(demo_template, path)
    corrupt(path, offset_pages=20, length=60_000)
    seen: dict = {}

    def tick():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, DamagedDialog):
            seen["offer"] = modal.offer.text()
            modal.reject()

    assert _run_window(f"sqlite:///{path}", tick) == 1
    assert "No good backup" in seen["offer"] and _main_window() is None
    assert path.exists() and not list(tmp_path.glob("register-damaged-*.db"))  # left as it was


def test_an_encrypted_register_asks_its_passphrase_at_start(qtbot, settings_dir, tmp_path):
    from database.sqlite_file import sqlcipher
    from desktop_app.gui.passphrase_dialog import PassphraseDialog
    from desktop_app.gui.preferences import Preferences

    if sqlcipher() is None:
        pytest.skip("the sqlcipher3 wheel (extra 'encryption') is not installed")
    Preferences(language="en").save()
    path = tmp_path / "secret.db"
    db = ops.open_database(f"sqlite:///{path}", passphrase="correct horse")
    ops.create(db, "stakeholder", {"name": "Fondazione Segreta", "type": "other"})
    db.close()
    seen: dict = {"asked": []}

    def tick():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, PassphraseDialog) and modal.isVisible() and not modal.field.text():
            seen["asked"].append(modal.warning.isVisible())
            modal.field.setText("wrong" if len(seen["asked"]) == 1 else "correct horse")
            modal.accept()
        else:
            _close_when_listed(seen)

    assert _run_window(f"sqlite:///{path}", tick) == 0
    assert seen["asked"] == [False, True]  # the second time it says the first was not right
    assert seen["rows"] == 1

    seen = {"asked": []}

    def cancel():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, PassphraseDialog):
            seen["asked"].append(True)
            modal.reject()

    assert _run_window(f"sqlite:///{path}", cancel) == 1
    assert seen["asked"] == [True] and _main_window() is None
    # a passphrase given on the command line (RIS3DESK_PASSPHRASE) opens it without a question
    seen = {"asked": []}
    assert _run_window(f"sqlite:///{path}", lambda: _close_when_listed(seen), passphrase="correct horse") == 0
    assert seen["rows"] == 1


def test_quit_after_paint_does_not_ask_for_a_passphrase(tmp_path):
    import os
    import subprocess
    import sys

    from database.sqlite_file import sqlcipher

    if sqlcipher() is None:
        pytest.skip("the sqlcipher3 wheel (extra 'encryption') is not installed")
    path = tmp_path / "secret.db"
    ops.open_database(f"sqlite:///{path}", passphrase="pw").close()
    env = dict(os.environ, RIS3DESK_QUIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen")
    env.pop("RIS3DESK_PASSPHRASE", None)
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "desktop_app.cli", "--db", str(path)], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "passphrase" in done.stderr.lower()
    env["RIS3DESK_PASSPHRASE"] = "pw"
    done = subprocess.run([sys.executable, "-m", "desktop_app.cli", "--db", str(path)], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("window painted in "), done.stderr


