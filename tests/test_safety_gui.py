"""The safety widgets with real widgets offscreen: the history panel, the backups dialog, the
damaged-register dialog and the passphrase dialog."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from database import backup, ops
from database.engine import open_database, sqlite_url
from desktop_app.gui.backup_dialog import BackupDialog
from desktop_app.gui.damaged_dialog import DamagedDialog, recover_damaged_register
from desktop_app.gui.history_panel import HistoryPanel
from desktop_app.gui.passphrase_dialog import PassphraseDialog, open_register_asking
from tests.gui_fixtures import answer_next_message_box
from tests.safety_support import bulk_stakeholders, corrupt

pytest_plugins = ["tests.safety_fixtures"]
SHOTS = os.environ.get("RIS3DESK_SHOTS")  # a folder: save screenshots there to look at them


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_history_panel_shows_changes_and_puts_a_value_back(qtbot, worker, register):
    _path, db = register
    token = ops.current_author.set("Anna Rossi")
    rec = ops.list_page(db, "stakeholder", limit=1).rows[0]
    rec = ops.update(db, "stakeholder", rec.id, {"city": "Alba", "type": "sme"}, expected_version=rec.version).record
    ops.current_author.reset(token)
    panel = HistoryPanel(db, worker, ("stakeholder", rec.id))
    qtbot.addWidget(panel)
    panel.resize(720, 260)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 2, timeout=10_000)
    texts = {panel.table.item(r, 2).text(): r for r in range(panel.table.rowCount())}
    assert "City" in texts and "Type" in texts
    row = texts["City"]
    assert panel.table.item(row, 1).text() == "Anna Rossi" and panel.table.item(row, 4).text() == "Alba"
    assert panel.table.item(texts["Type"], 4).text() == "SME"  # the choice's label, not its stored value
    _shot(panel, "history_panel")
    assert not panel.put_back_button.isEnabled()
    panel.table.selectRow(row)
    assert panel.put_back_button.isEnabled()
    before = panel.table.item(row, 3).text()
    with qtbot.waitSignal(panel.restored, timeout=10_000) as restored:
        qtbot.mouseClick(panel.put_back_button, Qt.MouseButton.LeftButton)
    assert restored.args[0].record.city == (before or None)
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 3, timeout=10_000)


def test_history_panel_reports_a_conflict(qtbot, worker, register):
    _path, db = register
    rec = ops.list_page(db, "stakeholder", limit=1).rows[0]
    rec = ops.update(db, "stakeholder", rec.id, {"city": "Alba"}, expected_version=rec.version).record
    panel = HistoryPanel(db, worker, ("stakeholder", rec.id))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 1, timeout=10_000)
    ops.update(db, "stakeholder", rec.id, {"city": "Bra"}, expected_version=rec.version)  # someone else
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 2).text() == "City")
    panel.table.selectRow(row)
    seen = {}

    def read_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["text"] = box.text()
            box.close()
        else:
            QTimer.singleShot(20, read_box)

    QTimer.singleShot(20, read_box)
    panel.put_back()
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert "Someone changed this record" in seen["text"]
    assert ops.get(db, "stakeholder", rec.id).city == "Bra"


def test_backup_dialog_lists_backs_up_and_restores_after_confirmation(qtbot, worker, register):
    path, db = register
    backup.take_backup(path, "daily")
    n = ops.count(db, "stakeholder")
    dialog = BackupDialog(db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 1).text() == "daily" and dialog.table.item(0, 3).text() == str(n)
    assert "MB" in dialog.table.item(0, 2).text() and str(path.parent) in dialog.intro.text()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert "checked" in dialog.status.text()
    _shot(dialog, "backup_dialog")
    ops.create(db, "stakeholder", {"name": "Entered Later Srl", "type": "sme"})
    dialog.table.selectRow(1)  # the older, daily one
    assert "Everything entered since then is replaced" in dialog.confirm_text(dialog.selected())
    answer_next_message_box("Cancel")
    dialog.restore_selected()
    assert ops.count(db, "stakeholder") == n + 1  # cancelled: nothing happened
    dialog.table.selectRow(1)
    answer_next_message_box("Restore")
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        dialog.restore_selected()
    assert ops.count(db, "stakeholder") == n
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)  # + the one before the restore


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "register.db"
    db = open_database(sqlite_url(path))
    bulk_stakeholders(db, 1500)
    good = backup.take_backup(path)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(path, offset_pages=20, length=60_000)
    with pytest.raises(ops.DamagedDatabaseError) as caught:
        open_database(sqlite_url(path))
    return path, good, caught.value


def test_damaged_dialog_offers_the_newest_good_backup_and_keeps_the_file_aside(qtbot, damaged):
    path, good, error = damaged
    newest = ops.newest_good_backup(path)
    dialog = DamagedDialog(path, error, newest)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "did not pass its check" in "".join(w.text() for w in dialog.findChildren(type(dialog.offer)))
    assert newest.taken_at.strftime("%d/%m/%Y") in dialog.offer.text()
    _shot(dialog, "damaged_dialog")
    answer_next_message_box()  # "Backup restored" information
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.aside.exists() and "damaged" in dialog.aside.name
    db = open_database(sqlite_url(path))
    assert ops.count(db, "stakeholder") == 1500
    db.close()


def test_recover_without_backups_can_quit(qtbot, tmp_path, damaged):
    path, good, error = damaged
    for p in backup.backup_folder(path).glob("*.db"):
        p.unlink()
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    assert recover_damaged_register(None, path, error) is False
    assert path.exists()  # nothing moved when the officer quits


def test_passphrase_dialog_says_when_it_was_wrong(qtbot, tmp_path):
    from database.sqlite_file import sqlcipher

    if sqlcipher() is None:
        pytest.skip("the sqlcipher3 wheel (extra 'encryption') is not installed")
    path = tmp_path / "secret.db"
    open_database(sqlite_url(path, "the right passphrase")).close()
    dialog = PassphraseDialog("secret.db", wrong=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    qtbot.keyClicks(dialog.field, "abc")
    assert dialog.passphrase() == "abc"
    _shot(dialog, "passphrase_dialog")
    asked = []

    def ask(name, wrong, parent):
        asked.append((name, wrong))
        return ["wrong one", "the right passphrase"][len(asked) - 1]

    db = open_register_asking(sqlite_url(path), ask=ask)
    assert asked == [("secret.db", False), ("secret.db", True)]
    assert ops.stats(db)["regions"] > 0
    db.close()
    assert open_register_asking(sqlite_url(path), ask=lambda *a: None) is None
