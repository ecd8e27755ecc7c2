"""Regression: the backup folder chosen in Preferences is where the window's backups go — by hand
and automatic — and what the Backups dialog lists (it used to be ignored: every copy went to
``<register>-backups/`` beside the register)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from database import backup, ops  # noqa: E402
from desktop_app.gui.preferences import Preferences  # noqa: E402
from tests.gui_fixtures import *  # noqa: E402,F403
from tests.gui_fixtures import wait_idle, wait_until  # noqa: E402


def _register_path(window) -> Path:
    return Path(window.db.path)


def test_backup_folder_for_a_register():
    beside = Path("/data/piemonte-backups")
    assert Preferences().backup_folder_for(beside) == beside
    assert Preferences(backup_folder="/media/usb/RIS3").backup_folder_for(beside) == \
        Path("/media/usb/RIS3/piemonte-backups")
    assert Preferences(backup_folder="~/b").backup_folder_for(beside) == Path.home() / "b" / "piemonte-backups"
    assert Preferences(backup_folder="/media/usb").backup_folder_for(None) is None  # a team register


def test_back_up_now_and_the_list_use_the_folder_chosen(window, tmp_path):
    chosen = tmp_path / "chosen"
    window.prefs.backup_folder = str(chosen)
    beside = backup.backup_folder(_register_path(window))
    before_beside = sorted(beside.glob("*.db")) if beside.is_dir() else []
    window.tools.act_backups.trigger()
    wait_idle(window)
    dialog = window.tools.dialog("backups")
    wait_until(lambda: dialog._folder is not None)
    own = chosen / beside.name
    assert dialog._folder == own and str(own) in dialog.intro.text()
    dialog.back_up_now()
    wait_idle(window)
    wait_until(lambda: dialog.table.rowCount() == 1)
    taken = sorted(own.glob("*-manual.db"))
    assert len(taken) == 1 and str(taken[0]) in dialog.status.text()
    assert (sorted(beside.glob("*.db")) if beside.is_dir() else []) == before_beside  # nothing beside
    assert [i.path for i in dialog._infos] == taken
    assert dialog.folder_button.isEnabled()

    # a restore keeps the register as it was among the backups of the folder chosen
    dialog.table.selectRow(0)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def press_restore():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text().replace("&", "") == "Restore").click()
        else:
            QTimer.singleShot(20, press_restore)

    QTimer.singleShot(20, press_restore)
    dialog.restore_selected()
    wait_idle(window)
    wait_until(lambda: len(dialog._infos) == 2)
    assert len(list(own.glob("*-before-restore.db"))) == 1
    assert not (beside.is_dir() and list(beside.glob("*-before-restore.db")))
    dialog.close()


def test_without_a_choice_backups_stay_beside_the_register(window):
    window.prefs.backup_folder = ""
    window.tools.act_backups.trigger()
    wait_idle(window)
    dialog = window.tools.dialog("backups")
    wait_until(lambda: dialog._folder is not None)
    beside = backup.backup_folder(_register_path(window))
    assert dialog._folder == beside
    dialog.back_up_now()
    wait_idle(window)
    wait_until(lambda: any(i.reason == "manual" for i in dialog._infos))
    assert list(beside.glob("*-manual.db"))
    dialog.close()


def test_automatic_backups_use_the_folder_chosen(window, tmp_path):
    from desktop_app.gui.auto_backup import AutomaticBackups

    chosen = tmp_path / "auto"
    window.prefs.backup_folder = str(chosen)
    backups = AutomaticBackups(window.db, window)
    taken, failed = [], []
    backups.taken.connect(taken.extend)
    backups.failed.connect(failed.append)
    try:
        backups.run_now()
        wait_until(lambda: not backups.running and (taken or failed), timeout=60)
    finally:
        backups.stop()
    assert not failed
    own = chosen / backup.backup_folder(_register_path(window)).name
    assert taken and all(Path(p).parent == own for p in taken)
    assert {Path(p).name.rsplit("-", 1)[1] for p in taken} == {"daily.db", "weekly.db"}
    # the Backups dialog lists them
    window.tools.act_backups.trigger()
    wait_idle(window)
    dialog = window.tools.dialog("backups")
    wait_until(lambda: len(dialog._infos) == 2)
    dialog.close()


def test_automatic_backups_follow_a_folder_given_by_the_window(window, tmp_path):
    from desktop_app.gui.auto_backup import AutomaticBackups

    target = tmp_path / "given"
    backups = AutomaticBackups(window.db, window, folder=lambda: target)
    taken = []
    backups.taken.connect(taken.extend)
    try:
        backups.run_now()
        end = time.monotonic() + 60
        while backups.running and time.monotonic() < end:
            wait_idle(window)
            time.sleep(0.02)
        wait_until(lambda: bool(taken))
    finally:
        backups.stop()
    assert all(Path(p).parent == target for p in taken)
    assert ops.list_backups(window.db) == [] or all(i.path.parent != target for i in ops.list_backups(window.db))


def test_with_a_folder_chosen_the_backups_beside_the_register_are_listed_too(window, tmp_path):
    window.prefs.backup_folder = str(tmp_path / "chosen")
    beside = backup.backup_folder(_register_path(window))
    by_hand = backup.take_backup(window.db, "manual", beside)  # as `ris3desk backup` or an import takes them
    window.tools.act_backups.trigger()
    wait_idle(window)
    dialog = window.tools.dialog("backups")
    wait_until(lambda: dialog._folder is not None)
    assert by_hand in [i.path for i in dialog._infos]
    dialog.close()


def test_an_import_and_its_undo_keep_their_backups_in_the_folder_chosen(window, tmp_path, shared_data, qtbot):
    """The backup taken just before an import, and the one taken before *Undo this import* puts
    it back, go to the folder chosen — not beside the register (they used to)."""
    from PySide6.QtCore import Qt

    from desktop_app.gui.import_dialog import ImportDialog
    from tests.gui_fixtures import answer_next_message_box

    chosen = tmp_path / "usb"
    window.prefs.backup_folder = str(chosen)
    own = chosen / backup.backup_folder(_register_path(window)).name
    beside = backup.backup_folder(_register_path(window))
    beside_before = sorted(beside.glob("*.db")) if beside.is_dir() else []
    organisations = ops.stats(window.db)["stakeholders"]
    dialog = ImportDialog(window.db, window.worker, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(str(shared_data / "cordis/he_organization_sample_100rows.csv"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(window)
    wait_until(lambda: dialog.report is not None and not dialog.report.dry_run)
    taken = list(own.glob("*-before-import.db"))
    assert len(taken) == 1 and dialog.report.backup == str(taken[0])
    assert ops.stats(window.db)["stakeholders"] > organisations
    answer_next_message_box("Undo the import")
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.undo_import()
    wait_idle(window)
    assert ops.stats(window.db)["stakeholders"] == organisations
    assert len(list(own.glob("*-before-restore.db"))) == 1
    assert (sorted(beside.glob("*.db")) if beside.is_dir() else []) == beside_before  # nothing beside
    dialog.close()
