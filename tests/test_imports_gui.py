"""The import, column-mapping, export and duplicates dialogs, driven as an officer would (pytest-qt)."""

from __future__ import annotations

import csv

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QDialogButtonBox  # noqa: E402

from database import ops  # noqa: E402
from desktop_app.gui.import_dialog import ImportDialog  # noqa: E402


def wait_idle(qtbot, dialog, timeout=60_000):
    qtbot.waitUntil(lambda: dialog.job is None and not dialog.worker.busy, timeout=timeout)


def test_cordis_preview_then_import(qtbot, sqlite_db, worker, cordis_sample, tmp_path):
    dialog = ImportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(str(cordis_sample))
    assert dialog.kind.currentData() == "cordis" and dialog.cordis_box.isVisible()
    assert not dialog.import_button.isEnabled()  # a preview comes first
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    table = dialog.report_view.table
    assert table.item(0, 0).text() == "Organisations" and table.item(0, 1).text() == "92"
    assert table.item(0, 4).text() == "1"
    assert "nothing has been written" in dialog.report_view.details.toPlainText()
    assert ops.stats(sqlite_db)["stakeholders"] == 0
    assert dialog.import_button.isEnabled() and dialog.rejects_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert signal.args[0].touches("stakeholder")
    assert ops.stats(sqlite_db)["stakeholders"] == 92
    assert dialog.status.text().startswith("Done: 100 rows imported, 1 rejected")
    out = tmp_path / "rejected.csv"
    dialog.save_rejects_to(str(out))
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 2 and "the PIC “12345” is malformed" in rows[1][0]
    dialog.grab().save(str(tmp_path / "import.png"))


def test_cancel_writes_nothing(qtbot, sqlite_db, worker, shared_data):
    dialog = ImportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.set_file(str(shared_data / "cordis/he_organization_piemonte_projects.csv"))
    dialog.previewed = True  # straight to the import, to cancel it
    dialog._update()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() or dialog.job is not None
    qtbot.waitUntil(lambda: dialog.progress.value() > 0 or dialog.job is None, timeout=30_000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert ops.stats(sqlite_db)["stakeholders"] == 0


def test_spreadsheet_with_column_mapping(qtbot, sqlite_db, worker, tmp_path):
    from desktop_app.gui.mapping_dialog import ColumnMappingDialog

    path = tmp_path / "enti.csv"
    path.write_text("Denominazione;Comune;Codice interno\nFondazione Links;Torino;X-1\nAcme;Alba;X-2\n",
                    encoding="utf-8")
    dialog = ImportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(str(path), kind="stakeholder")
    wait_idle(qtbot, dialog)
    assert dialog.sheet_box.isVisible() and "2 of 3 columns imported" in dialog.columns_label.text()
    dialog.columns_button.click()
    mapping: ColumnMappingDialog = dialog.mapping_dialog
    assert mapping.combos["Denominazione"].currentData() == "name"
    assert mapping.table.item(0, 1).text() == "Fondazione Links · Acme"
    combo = mapping.combos["Codice interno"]
    combo.setCurrentIndex(combo.findData("tags"))
    # two columns on one field: OK is refused until it is put right
    mapping.combos["Comune"].setCurrentIndex(mapping.combos["Comune"].findData("name"))
    assert not mapping.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "More than one column" in mapping.problem.text()
    mapping.combos["Comune"].setCurrentIndex(mapping.combos["Comune"].findData("city"))
    mapping.grab().save(str(tmp_path / "mapping.png"))
    mapping.accept()
    assert mapping.result() == QDialog.DialogCode.Accepted
    wait_idle(qtbot, dialog)
    assert "3 of 3 columns imported, as you set them" in dialog.columns_label.text()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    [links] = ops.find_by(sqlite_db, "stakeholder", name="Fondazione Links")
    assert links.tags == "X-1" and links.province == "TO"


def test_text_read_in_the_wrong_encoding_can_be_read_again(qtbot, sqlite_db, worker, tmp_path):
    path = tmp_path / "enti.csv"  # Polish, in Windows-1250
    path.write_bytes("Name;City\nPolitechnika Łódzka;Łódź\nUniwersytet Śląski;Katowice\n".encode("cp1250"))
    dialog = ImportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(str(path), kind="stakeholder")
    wait_idle(qtbot, dialog)
    dialog.columns_button.click()
    mapping = dialog.mapping_dialog
    assert mapping.encoding.currentData() == "cp1250"  # (detected; read as another, the letters go wrong)
    mapping.encoding.setCurrentIndex(mapping.encoding.findData("cp1252"))
    qtbot.waitUntil(lambda: mapping.table.item(0, 1).text() == "Politechnika £ódzka · Uniwersytet Œl¹ski",
                    timeout=10_000)
    mapping.encoding.setCurrentIndex(mapping.encoding.findData("cp1250"))
    qtbot.waitUntil(lambda: mapping.table.item(0, 1).text() == "Politechnika Łódzka · Uniwersytet Śląski",
                    timeout=10_000)
    assert mapping.encoding.isEnabled() and mapping.combos["Name"].currentData() == "name"
    mapping.accept()
    wait_idle(qtbot, dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert ops.find_by(sqlite_db, "stakeholder", name="Politechnika Łódzka")[0].city == "Łódź"


def test_an_import_can_be_undone(qtbot, sqlite_db, worker, shared_data):
    """After a real import, *Undo this import…* (asked first) puts the register back as it was
    just before — from the backup taken then — and tells the window to read everything again."""
    from tests.gui_fixtures import answer_next_message_box

    typed = ops.create(sqlite_db, "stakeholder", {"name": "Typed By Hand Srl", "type": "sme"}).record
    dialog = ImportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(str(shared_data / "cordis/he_organization_sample_100rows.csv"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert not dialog.undo_button.isVisible()  # a preview wrote nothing: nothing to undo
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert ops.stats(sqlite_db)["stakeholders"] == 93 and dialog.undo_button.isVisible()
    assert "Backup taken just before the import" in dialog.report_view.details.toPlainText()
    assert "this too can be undone" in dialog.undo_confirm_text()
    from PySide6.QtWidgets import QApplication

    answer_next_message_box("Cancel")
    dialog.undo_import()
    qtbot.wait(200)  # the question opens without blocking; it is answered by a timer
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    wait_idle(qtbot, dialog)
    assert ops.stats(sqlite_db)["stakeholders"] == 93  # not asked twice: nothing happened
    answer_next_message_box("Undo the import")
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.undo_import()
    wait_idle(qtbot, dialog)
    assert [s.id for s in ops.list_page(sqlite_db, "stakeholder", limit=10).rows] == [typed.id]
    assert dialog.status.text().startswith("Import undone") and not dialog.undo_button.isVisible()


@pytest.fixture
def language(request, qapp):
    """The window's language for the test (Italian unless parametrized), English again after."""
    from desktop_app.gui.i18n import Translations, ensure_compiled

    ensure_compiled()
    translations = Translations(qapp)
    translations.set_language(getattr(request, "param", "it"))
    yield translations.language
    translations.set_language("en")


UNREADABLE = {"en": "⚠ old.xls is an old Excel (.xls) file", "it": "⚠ old.xls è un vecchio file Excel (.xls)"}


@pytest.mark.parametrize("language", ["en", "it"], indirect=True)
def test_unreadable_file_says_why(qtbot, language, sqlite_db, worker, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    dialog = ImportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.set_file(str(path), kind="cordis")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.status.text().startswith(UNREADABLE[language])


def test_the_italian_window_says_why_rows_are_refused_in_italian(qtbot, language, sqlite_db, worker, tmp_path):
    path = tmp_path / "referenti.csv"
    path.write_text("Nome;Cognome;Ente;Email\n"
                    "Maria;Rossi;Nessun ente;maria.rossi@example.org\n"
                    "Anna;Bianchi;;non-una-email\n", encoding="utf-8")
    dialog = ImportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.set_file(str(path), kind="contact")
    wait_idle(qtbot, dialog)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    details = dialog.report_view.details.toPlainText()
    assert "riga 2: l'organizzazione “Nessun ente” non è nel registro" in details, details
    assert "riga 3: Colonna Email: E-mail: non è un indirizzo e-mail" in details, details
    assert "line " not in details and "column " not in details  # nothing left in English
    out = tmp_path / "rifiutate.csv"
    dialog.save_rejects_to(str(out))
    with out.open(encoding="utf-8-sig", newline="") as fh:
        reasons = [row[0] for row in csv.reader(fh)][1:]
    assert reasons[0].startswith("riga 2: l'organizzazione") and reasons[1].startswith("riga 3: ")
