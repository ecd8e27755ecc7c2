"""The export dialog: a list or a selection, the whole register, one person."""

from __future__ import annotations

import csv
import json

import pytest

pytest.importorskip("PySide6.QtWidgets")

from database import demo, ops  # noqa: E402
from desktop_app.gui.export_dialog import ExportDialog  # noqa: E402
from desktop_app.gui.worker import DbWorker  # noqa: E402


@pytest.fixture
def worker(qtbot):
    w = DbWorker()
    yield w
    w.stop()


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


def test_export_error_is_shown(qtbot, sqlite_db, worker, tmp_path):
    dialog = ExportDialog(sqlite_db, worker)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "list.pdf"))
    dialog.run_export()
    idle(qtbot, dialog)
    assert dialog.status.text().startswith("⚠ list.pdf: lists are written as .csv or .xlsx")
