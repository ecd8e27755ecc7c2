"""The pack dialog with real widgets (pytest-qt): generate in the background, preview, save, print,
log and issue again, presets, Cancel."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from database import ops
from tests.packs_helpers import make_demo_register

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from desktop_app.gui.pack_dialog import PackDialog  # noqa: E402
from desktop_app.gui.preferences import Preferences  # noqa: E402
from desktop_app.gui.worker import DbWorker  # noqa: E402


@pytest.fixture
def demo_db(tmp_path):
    db = make_demo_register(tmp_path / "register.db")
    yield db
    db.close()


@pytest.fixture
def dialog(qtbot, demo_db):
    worker = DbWorker()
    dlg = PackDialog(demo_db, worker, prefs=Preferences(officer_name="Giulia Ferrero", pack_language="en"))
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.close()
    worker.stop()


def generate(qtbot, dlg, timeout=90_000):
    dlg.generate()
    assert dlg.busy
    qtbot.waitUntil(lambda: not dlg.busy, timeout=timeout)


def test_generate_preview_save_print_and_log(qtbot, dialog, demo_db, tmp_path):
    dialog.pickers["sector"].add("AUTO", "Automotive (AUTO)")
    dialog.pickers["region"].add("DE1", "Baden-Württemberg (DE1)")
    dialog.occasion_edit.setText("Visit of the Baden-Württemberg delegation")
    dialog.external_radio.setChecked(True)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("it"))
    assert not dialog.save_button.isEnabled()
    generate(qtbot, dialog)
    result = dialog._result
    assert result is not None and result.pages > 5
    assert dialog.document.pageCount() == result.pages
    assert str(result.pages) in dialog.status.text()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert dialog.view.zoomFactor() > 0.2  # fitted to the width, without the FitToWidth hang
    assert dialog.page_label.text().startswith("Page 1 of")

    target = tmp_path / "out" / "bw.pdf"
    target.parent.mkdir()
    assert dialog.save_to(target)
    assert PdfReader(target).metadata.author == "Giulia Ferrero"
    qtbot.waitUntil(lambda: dialog.log_table.rowCount() == 1, timeout=10_000)
    issued = ops.packs_issued(demo_db)
    assert issued[0].file_path == str(target) and issued[0].audience == "external" and issued[0].language == "it"
    assert issued[0].options["scope"]["sectors"] == ["AUTO"]
    assert dialog.log_table.item(0, 2).text() == "AUTO, DE1"

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == result.pages
    assert len(PdfReader(printed).pages) == result.pages
    qtbot.waitUntil(lambda: dialog.log_table.rowCount() == 2, timeout=10_000)
    assert dialog.log_table.item(0, 6).text() == "(printed)"


def test_issue_again_from_the_log(qtbot, dialog, demo_db):
    ops.log_pack(demo_db, title="Automotive", language="en", audience="internal",
                 options={"scope": {"sectors": ["AUTO"]}, "language": "en", "audience": "internal",
                        "title": "Automotive", "date": "2024-01-01"}, pages=9)
    dialog.refresh_log()
    qtbot.waitUntil(lambda: dialog.log_table.rowCount() == 1, timeout=10_000)
    dialog.log_table.selectRow(0)
    dialog.issue_again()
    assert dialog.pickers["sector"].values() == ["AUTO"] and dialog.title_edit.text() == "Automotive"
    assert dialog.date_edit.date().year() > 2024  # issued again with today's date and data
    qtbot.waitUntil(lambda: not dialog.busy, timeout=90_000)
    assert dialog._result is not None and dialog._result.pages > 3


def test_presets_save_and_apply(qtbot, dialog):
    dialog.pickers["partnership"].add("PIE-BW Auto")
    dialog.title_edit.setText("BW visit")
    dialog.directory_check.setChecked(True)
    dialog.save_preset_as("Delegation visit")
    qtbot.waitUntil(lambda: dialog.preset_box.findText("Delegation visit") >= 0, timeout=10_000)
    dialog.pickers["partnership"].set_values([])
    dialog.title_edit.clear()
    dialog.directory_check.setChecked(False)
    dialog._apply_preset(dialog.preset_box.findText("Delegation visit"))
    assert dialog.pickers["partnership"].values() == ["PIE-BW Auto"]
    assert dialog.title_edit.text() == "BW visit" and dialog.directory_check.isChecked()
    item = dialog.pickers["partnership"].list.item(0)
    qtbot.waitUntil(lambda: item.text().startswith("PIE-BW Auto — Piemonte"), timeout=10_000)  # readable again


def test_cancel_stops_cleanly(qtbot, dialog):
    dialog.directory_check.setChecked(True)
    dialog.generate()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog._result is None
    assert dialog.status.text() == "Cancelled."
    assert not dialog.save_button.isEnabled()
    # and it works again afterwards
    generate(qtbot, dialog)
    assert dialog._result is not None


def test_a_scope_matching_nothing_is_reported(qtbot, dialog):
    dialog.pickers["sector"].add("NOPE")
    generate(qtbot, dialog)
    assert "no sector with code 'NOPE'" in dialog.status.text()
    assert dialog._result is None


def test_search_adds_scope_items(qtbot, dialog):
    picker = dialog.pickers["stakeholder"]
    picker.edit.setText("politecnico tor")
    picker._search()
    qtbot.waitUntil(lambda: bool(picker._hits), timeout=10_000)
    label = next(iter(picker._hits))
    picker._chosen(label)
    qtbot.waitUntil(lambda: picker.list.count() == 1, timeout=10_000)
    assert picker.list.item(0).text() == "Politecnico di Torino"
    assert ops.PackScope(stakeholders=picker.values()).stakeholders  # an id the scope resolves


# --- a pack is saved or printed only as the options shown describe it --------------------------------
# Changing the audience (or any option) after a preview used to leave Save enabled, and the file
# written was the earlier internal preview — contact people's e-mails and all.

def _text(path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _emails(db) -> set[str]:
    """Every contact person's e-mail in the register."""
    return {c.email for c in ops.list_page(db, "contact", limit=1000).rows if c.email}


def test_external_after_an_internal_preview_is_never_saved_as_the_internal_one(qtbot, dialog, demo_db, tmp_path):
    partnership = ops.find_by(demo_db, "partnership", acronym="S3-4AlpClusters")[0]
    dialog.pickers["partnership"].add(str(partnership.id), partnership.acronym)
    generate(qtbot, dialog)
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert not dialog.stale_label.isVisible()
    internal = tmp_path / "internal.pdf"
    assert dialog.save_to(internal)
    emails = {e for e in _emails(demo_db) if e in _text(internal)}
    assert emails, "the internal pack should hold contact e-mails for this test to mean anything"

    dialog.external_radio.setChecked(True)  # the officer now picks "External (public)"
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.stale_label.isVisible() and "options changed" in dialog.stale_label.text()
    assert "out of date" in dialog.status.text()
    leaked = tmp_path / "external-before-preview.pdf"
    assert dialog.save_to(leaked) is False and not leaked.exists()
    dialog.save()  # Ctrl+S: refused the same way, no file dialog
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 0 and not (tmp_path / "printed.pdf").exists()

    dialog.internal_radio.setChecked(True)  # back to what the preview shows: offered again
    assert dialog.save_button.isEnabled() and not dialog.stale_label.isVisible()
    dialog.external_radio.setChecked(True)
    generate(qtbot, dialog)
    assert dialog.save_button.isEnabled() and not dialog.stale_label.isVisible()
    external = tmp_path / "external.pdf"
    assert dialog.save_to(external)
    text = _text(external)
    assert not any(e in text for e in emails)
    assert "Internal" not in text
    qtbot.waitUntil(lambda: dialog.log_table.rowCount() == 2, timeout=10_000)
    assert [e.audience for e in ops.packs_issued(demo_db)][:2] == ["external", "internal"]


@pytest.mark.parametrize("change", ["title", "language", "scope", "directory", "summary", "date", "author"])
def test_any_option_changed_after_the_preview_asks_for_a_new_one(qtbot, dialog, change):
    dialog.pickers["sector"].add("AUTO", "Automotive (AUTO)")
    generate(qtbot, dialog)
    assert dialog.save_button.isEnabled()
    if change == "title":
        dialog.title_edit.setText("Another title")
    elif change == "language":
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("it"))
    elif change == "scope":
        dialog.pickers["region"].add("DE1", "Baden-Württemberg (DE1)")
    elif change == "directory":
        dialog.directory_check.setChecked(True)
    elif change == "summary":
        dialog.summary_edit.setPlainText("- a point")
    elif change == "date":
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
    else:
        dialog.author_edit.setText("Someone else")
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.stale_label.isVisible()


def test_an_option_changed_while_the_preview_is_made(qtbot, dialog):
    dialog.pickers["sector"].add("AUTO", "Automotive (AUTO)")
    dialog.generate()
    dialog.external_radio.setChecked(True)  # while the data is gathered for an internal pack
    qtbot.waitUntil(lambda: not dialog.busy, timeout=90_000)
    assert dialog._result is not None
    assert not dialog.save_button.isEnabled() and dialog.stale_label.isVisible()
    assert "out of date" in dialog.status.text()
