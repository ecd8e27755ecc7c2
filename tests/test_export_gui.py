"""The export dialog: a list or a selection, the whole register, one person."""

from __future__ import annotations

import csv
import json

import pytest

pytest.importorskip("PySide6.QtWidgets")

from database import demo, ops  # noqa: E402
from desktop_app.gui.export_dialog import ExportDialog  # noqa: E402
from tests.gui_fixtures import *  # noqa: E402,F403
from tests.gui_fixtures import wait_idle, wait_until  # noqa: E402


def idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.job is None and not dialog.worker.busy, timeout=60_000)


def test_selection_list_register_and_person(qtbot, sqlite_db, worker, tmp_path):
    demo.load(sqlite_db)
    picked = ops.list_ids(sqlite_db, "stakeholder")[:4]
    dialog = ExportDialog(sqlite_db, worker, kind="stakeholder", ids=picked)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentData() == "stakeholder" and dialog.only_selected.isChecked()
    dialog.path.setText(str(tmp_path / "four.csv"))
    dialog.run_export()
    idle(qtbot, dialog)
    assert dialog.status.text() == f"4 rows written to {tmp_path / 'four.csv'}"
    with (tmp_path / "four.csv").open(encoding="utf-8-sig", newline="") as fh:
        names = [r["Name"] for r in csv.DictReader(fh)]
    assert names == [ops.get(sqlite_db, "stakeholder", i).name for i in picked]

    dialog.choose(ExportDialog.REGISTER)
    assert dialog.path.text().endswith("register.json")
    dialog.path.setText(str(tmp_path / "all.json"))
    dialog.run_export()
    idle(qtbot, dialog)
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["format"] == "ris3desk-register"

    dialog.choose(ExportDialog.PERSON)
    assert not dialog.export_button.isEnabled()  # nobody chosen yet
    person = ops.list_page(sqlite_db, "contact", limit=1).rows[0]
    dialog.person_query.setText(person.name)
    qtbot.waitUntil(lambda: dialog.people.count() >= 1, timeout=10_000)
    dialog.people.setCurrentRow(0)
    assert dialog.export_button.isEnabled() and dialog.path.text().endswith(".json")
    dialog.grab().save(str(tmp_path / "export.png"))
    dialog.run_export()
    idle(qtbot, dialog)
    written = json.loads(open(dialog.path.text(), encoding="utf-8").read())
    assert written["person"]["Name"] == person.name
    assert dialog.status.text().startswith(f"Everything held about {person.name} written to")


def test_export_error_is_shown(qtbot, sqlite_db, worker, tmp_path, monkeypatch):
    from database import export

    def full(*_args, **_kwargs):
        raise export.ExportError("list.csv cannot be written: the disk is full.")

    monkeypatch.setattr(export, "export_list", full)
    dialog = ExportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "list.csv"))
    dialog.run_export()
    idle(qtbot, dialog)
    assert dialog.status.text() == "⚠ list.csv cannot be written: the disk is full."


# --- the list's filters and selection apply to the kind they came from only --------------------------
# (They used to cut another list down without a word, or fail with "interaction lists have no
# filter 'type'"; the dialog says what will be written; a folder that does not exist is said
# plainly instead of "Unexpected error: FileNotFoundError … .partial".)

def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _sector_id(db, code):
    return str(ops.find_by(db, "sector", code=code)[0].id)


def test_filters_apply_only_to_the_list_they_came_from(qtbot, sqlite_db, worker, tmp_path):
    demo.load(sqlite_db)
    filters = {"sector": _sector_id(sqlite_db, "AUTO")}
    matching = ops.count(sqlite_db, "stakeholder", filters)
    dialog = ExportDialog(sqlite_db, worker, kind="stakeholder", filters=filters)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.scope_note.text() != "", timeout=10_000)
    assert dialog.scope_note.text() == f"{matching} organisations matching the list's filters"
    dialog.path.setText(str(tmp_path / "orgs.csv"))
    dialog.run_export()
    idle(qtbot, dialog)
    assert len(_rows(tmp_path / "orgs.csv")) == matching

    # partnerships know a 'sector' filter too: they used to be cut down to the automotive ones
    dialog.kind.setCurrentIndex(dialog.kind.findData("partnership"))
    total = ops.count(sqlite_db, "partnership")
    assert ops.count(sqlite_db, "partnership", filters) < total
    qtbot.waitUntil(lambda: dialog.scope_note.text().startswith(f"{total} partnerships"), timeout=10_000)
    assert dialog.scope_note.text() == (f"{total} partnerships: the whole list\n"
                                        "The filters and the selection of the list shown apply to organisations only.")
    dialog.path.setText(str(tmp_path / "partnerships.csv"))
    dialog.run_export()
    idle(qtbot, dialog)
    assert len(_rows(tmp_path / "partnerships.csv")) == total
    assert dialog.status.text() == f"{total} rows written to {tmp_path / 'partnerships.csv'}"
    dialog.grab().save(str(tmp_path / "export-other-kind.png"))


def test_a_filter_another_list_does_not_know_is_not_an_error(qtbot, sqlite_db, worker, tmp_path):
    demo.load(sqlite_db)
    dialog = ExportDialog(sqlite_db, worker, kind="stakeholder", filters={"type": "sme"})
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("interaction"))
    dialog.path.setText(str(tmp_path / "interactions.csv"))
    dialog.run_export()
    idle(qtbot, dialog)
    assert "⚠" not in dialog.status.text()
    assert len(_rows(tmp_path / "interactions.csv")) == ops.count(sqlite_db, "interaction")


def test_a_selection_applies_to_its_own_list_only(qtbot, sqlite_db, worker, tmp_path):
    demo.load(sqlite_db)
    picked = ops.list_ids(sqlite_db, "stakeholder")[:3]
    dialog = ExportDialog(sqlite_db, worker, kind="stakeholder", ids=picked, filters={"type": "sme"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.only_selected.isVisible() and dialog.only_selected.isChecked()
    qtbot.waitUntil(lambda: dialog.scope_note.text() == "3 organisations selected in the list", timeout=10_000)
    dialog.only_selected.setChecked(False)  # the list's filters then
    sme = ops.count(sqlite_db, "stakeholder", {"type": "sme"})
    qtbot.waitUntil(lambda: dialog.scope_note.text() == f"{sme} organisations matching the list's filters",
                    timeout=10_000)
    dialog.only_selected.setChecked(True)
    dialog.kind.setCurrentIndex(dialog.kind.findData("contact"))
    assert not dialog.only_selected.isVisible()
    assert dialog.list_scope() == (None, None)
    dialog.path.setText(str(tmp_path / "contacts.csv"))
    dialog.run_export()
    idle(qtbot, dialog)
    assert len(_rows(tmp_path / "contacts.csv")) == ops.count(sqlite_db, "contact")
    dialog.kind.setCurrentIndex(dialog.kind.findData("stakeholder"))
    assert dialog.only_selected.isVisible() and dialog.list_scope() == (picked, None)


def test_a_folder_that_does_not_exist_is_said_plainly(qtbot, sqlite_db, worker, tmp_path):
    dialog = ExportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    for what, name in ((ExportDialog.REGISTER, "x.json"), (ExportDialog.LIST, "x.csv")):
        dialog.choose(what)
        dialog.path.setText(str(tmp_path / "nowhere" / name))
        dialog.run_export()
        assert dialog.job is None  # nothing was started
        assert dialog.status.text() == (f"⚠ The folder {tmp_path / 'nowhere'} does not exist. Choose another one "
                                        "(Browse…), or create it first.")
    assert not (tmp_path / "nowhere").exists()
    dialog.path.setText(str(tmp_path))
    dialog.run_export()
    assert dialog.status.text() == f"⚠ {tmp_path} is a folder: add the name of the file to write."
    (tmp_path / "afile").write_text("x")
    dialog.path.setText(str(tmp_path / "afile" / "x.csv"))
    dialog.run_export()
    assert dialog.status.text().startswith(f"⚠ {tmp_path / 'afile'} is not a folder.")
    dialog.path.setText(str(tmp_path / "sectors.pdf"))  # (the data layer's refusal was in English only)
    dialog.run_export()
    assert dialog.job is None and dialog.status.text() == (
        "⚠ A list is written as a .csv or .xlsx file: end the file's name with one of them.")


def test_export_from_the_window_with_organisations_filtered_by_type(window, tmp_path):
    """The tester's path: Organisations filtered by type, Ctrl+Shift+E, Interactions."""
    page = window.lists["stakeholder"]
    combo = page.filter_bar.combos["type"]
    combo.setCurrentIndex(combo.findData("sme"))
    wait_idle(window)
    wait_until(lambda: page.model.filters.get("type") == "sme")
    window.tools.act_export.trigger()
    wait_idle(window)
    dialog = window.tools.dialog("export")
    dialog.kind.setCurrentIndex(dialog.kind.findData("interaction"))
    dialog.path.setText(str(tmp_path / "interactions.csv"))
    dialog.run_export()
    wait_until(lambda: dialog.job is None)
    wait_idle(window)
    assert "⚠" not in dialog.status.text()
    assert len(_rows(tmp_path / "interactions.csv")) == ops.count(window.db, "interaction")
    dialog.close()
