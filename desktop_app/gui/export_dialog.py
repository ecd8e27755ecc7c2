"""Exporting in the window: a list (or the rows selected in it) to CSV or Excel, the whole
register to one JSON file, or everything held about one contact person (a data-subject access
request). Every data call runs on the database worker.

The list shown when the dialog opened lends it its filters and its selection; they belong to
that kind of record only. Choosing another list exports all of it, and a line under the choice
says what will be written ("12 organisations matching the list's filters", "17 partnerships:
the whole list"). The file's folder is checked before anything runs."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from database import export, ops

from . import i18n
from .import_dialog import error_text
from .records_ui import kind_count, kind_title
from .worker import Cancelled

LIST_KINDS = [
    ("stakeholder", QT_TRANSLATE_NOOP("ExportDialog", "Organisations")),
    ("contact", QT_TRANSLATE_NOOP("ExportDialog", "Contact people")),
    ("partnership", QT_TRANSLATE_NOOP("ExportDialog", "Partnerships")),
    ("participant", QT_TRANSLATE_NOOP("ExportDialog", "Participations")),
    ("interaction", QT_TRANSLATE_NOOP("ExportDialog", "Interactions")),
    ("action", QT_TRANSLATE_NOOP("ExportDialog", "Follow-up actions")),
    ("sector", QT_TRANSLATE_NOOP("ExportDialog", "Sectors")),
    ("region", QT_TRANSLATE_NOOP("ExportDialog", "Regions")),
]


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def folder_problem(path: str) -> str | None:
    """Why a file cannot be written at ``path`` (its folder missing, not a folder, read-only, or
    the path itself a folder), in a sentence; None when it can be tried."""
    target = Path(path).expanduser()
    folder = target.parent
    if target.is_dir():
        text, where = QCoreApplication.translate(
            "ExportDialog", "%1 is a folder: add the name of the file to write."), target
    elif not folder.exists():
        text, where = QCoreApplication.translate(
            "ExportDialog", "The folder %1 does not exist. Choose another one (Browse…), or create it first."), folder
    elif not folder.is_dir():
        text, where = QCoreApplication.translate(
            "ExportDialog", "%1 is not a folder. Choose another place for the file (Browse…)."), folder
    elif not os.access(folder, os.W_OK | os.X_OK):
        text, where = QCoreApplication.translate(
            "ExportDialog", "The folder %1 cannot be written to. Choose another one (Browse…)."), folder
    else:
        return None
    return text.replace("%1", str(where))


class ExportDialog(QDialog):
    """``kind``/``ids``/``filters``: the list shown, the rows selected in it and its filters
    (``filters_kind``: the kind they belong to, ``kind`` unless said). They apply to that kind of
    list only."""

    LIST, REGISTER, PERSON = range(3)

    def __init__(self, db, worker, parent: QWidget | None = None, kind: str | None = None, ids=None,
                 filters: dict | None = None, filters_kind: str | None = None):
        super().__init__(parent)
        self.db, self.worker = db, worker
        self.ids = list(ids or [])
        self.filters = filters or None
        self.source_kind = filters_kind or kind  # the list the selection and the filters come from
        self._described = 0  # the newest description asked for (older answers are dropped)
        self.job = None
        self.person_id = None
        self.setWindowTitle(self.tr("Export"))
        self.resize(640, 420)

        self.what = QButtonGroup(self)
        options = [(self.LIST, self.tr("A &list to a spreadsheet (CSV or Excel)")),
                   (self.REGISTER, self.tr("The whole &register to one JSON file (to move or keep it)")),
                   (self.PERSON, self.tr("Everything held about one &contact person (access request)"))]
        choice = QVBoxLayout()
        for value, text in options:
            button = QRadioButton(text, self)
            self.what.addButton(button, value)
            choice.addWidget(button)
        self.what.button(self.LIST).setChecked(True)

        self.pages = QStackedWidget(self)
        # a list
        list_page = QWidget(self)
        self.kind = QComboBox(list_page)
        self.kind.setAccessibleName(self.tr("Which list"))
        for value, label in LIST_KINDS:
            self.kind.addItem(_t(label), value)
        if kind and self.kind.findData(kind) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.only_selected = QCheckBox(self.tr("Only the %1 selected rows").replace("%1", str(len(self.ids))), list_page)
        self.only_selected.setVisible(bool(self.ids))
        self.only_selected.setChecked(bool(self.ids))
        self.scope_note = QLabel(list_page)  # what will be written: counted on the worker
        self.scope_note.setObjectName("exportScope")
        self.scope_note.setWordWrap(True)
        self.scope_note.setAccessibleName(self.tr("What will be exported"))
        self.external = QCheckBox(self.tr("For outside readers: leave out personal data and internal notes"),
                                  list_page)
        form = QFormLayout(list_page)
        form.addRow(self.tr("List:"), self.kind)
        form.addRow("", self.only_selected)
        form.addRow(self.tr("Rows:"), self.scope_note)
        form.addRow("", self.external)
        self.pages.addWidget(list_page)
        # the register
        register_page = QLabel(self.tr("Every record, link and history entry, exactly: importing the file into a "
                                       "new, empty register (Import ▸ JSON, or 'ris3desk import json') gives the "
                                       "same register back."), self)
        register_page.setWordWrap(True)
        register_page.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(register_page)
        # a person
        person_page = QWidget(self)
        self.person_query = QLineEdit(person_page)
        self.person_query.setPlaceholderText(self.tr("type a name or an e-mail address"))
        self.person_query.setAccessibleName(self.tr("Find the contact person"))
        self.people = QListWidget(person_page)
        self.people.setAccessibleName(self.tr("Contact people found"))
        person_layout = QVBoxLayout(person_page)
        person_layout.setContentsMargins(0, 0, 0, 0)
        person_layout.addWidget(self.person_query)
        person_layout.addWidget(self.people, 1)
        self.person_query.textChanged.connect(self._find_people)
        self.people.currentItemChanged.connect(self._person_chosen)
        self.pages.addWidget(person_page)

        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.run_export)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.pages, 1)
        file_label = QLabel(self.tr("&Save to:"), self)
        file_label.setBuddy(self.path)
        layout.addWidget(file_label)
        layout.addLayout(path_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.what.idToggled.connect(lambda _id, on: on and self._what_changed())
        self.kind.currentIndexChanged.connect(self._suggest_path)
        self.kind.currentIndexChanged.connect(lambda _i: self._describe())
        self.only_selected.toggled.connect(lambda _on: self._describe())
        self.path.textChanged.connect(self._update)
        self._what_changed()
        self._describe()

    # --- choices --------------------------------------------------------------------------------

    def choose(self, what: int) -> None:
        self.what.button(what).setChecked(True)

    def _what_changed(self) -> None:
        self.status.clear()
        self.pages.setCurrentIndex(self.what.checkedId())
        self._suggest_path()

    def _suggest_path(self) -> None:
        what = self.what.checkedId()
        folder = Path(self.path.text()).parent if self.path.text().strip() else Path.home()
        if what == self.LIST:
            name = f"{self.kind.currentData()}s.xlsx"
        elif what == self.REGISTER:
            name = f"{self.db.name}.json"
        else:
            name = "access-request.json"
        self.path.setText(str(folder / name))
        self._update()

    def _browse(self) -> None:
        filters = {self.LIST: self.tr("Excel (*.xlsx);;CSV (*.csv)"), self.REGISTER: self.tr("JSON (*.json)"),
                   self.PERSON: self.tr("JSON (*.json);;Text (*.txt)")}[self.what.checkedId()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), filters)
        if path:
            self.path.setText(path)

    def _find_people(self, text: str) -> None:
        if len(text.strip()) < 2:
            self.people.clear()
            return
        self.worker.submit(ops.search, self.db, text, ["contact"], 30, on_done=self._people_found,
                           on_error=self._failed)

    def _people_found(self, hits) -> None:
        self.people.clear()
        for hit in hits:
            item = QListWidgetItem(hit.label)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.people.addItem(item)
        if self.people.count() == 1:
            self.people.setCurrentRow(0)

    def _person_chosen(self, item) -> None:
        self.person_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if item:
            slug = "".join(c if c.isalnum() else "-" for c in item.text().lower()).strip("-")
            self.path.setText(str(Path(self.path.text()).with_name(f"{slug}.json")))
        self._update()

    # --- what a list export writes ------------------------------------------------------------------

    def list_scope(self, kind: str | None = None) -> tuple[list | None, dict | None]:
        """(ids, filters) for exporting the list of ``kind``: the selection or the filters of the
        list shown when it is that kind, else neither (the whole list)."""
        kind = kind or self.kind.currentData()
        if kind != self.source_kind:
            return None, None
        if self.ids and self.only_selected.isChecked():
            return list(self.ids), None
        return None, dict(self.filters) if self.filters else None

    def _describe(self) -> None:
        kind = self.kind.currentData()
        from_here = kind == self.source_kind
        self.only_selected.setVisible(bool(self.ids) and from_here)
        ids, filters = self.list_scope(kind)
        self._described += 1
        token = self._described
        if ids is not None:
            self._described_as(token, kind, "selected", len(ids))
            return
        self.worker.submit(ops.count, self.db, kind, filters,
                           on_done=lambda n: self._described_as(token, kind, "filtered" if filters else "all", n),
                           on_error=lambda _e: None)

    def _described_as(self, token: int, kind: str, how: str, n: int) -> None:
        if token != self._described:
            return
        count = kind_count(kind, n)
        if how == "selected":
            text = self.tr("%1 selected in the list").replace("%1", count)
        elif how == "filtered":
            text = self.tr("%1 matching the list's filters").replace("%1", count)
        else:
            text = self.tr("%1: the whole list").replace("%1", count)
        if kind != self.source_kind and self.source_kind and (self.filters or self.ids):
            text += "\n" + self.tr("The filters and the selection of the list shown apply to %1 only.").replace(
                "%1", kind_title(self.source_kind).lower())
        self.scope_note.setText(text)

    def _update(self) -> None:
        ready = bool(self.path.text().strip()) and self.job is None
        if self.what.checkedId() == self.PERSON:
            ready = ready and self.person_id is not None
        self.export_button.setEnabled(ready)

    # --- running --------------------------------------------------------------------------------

    def run_export(self) -> None:
        path = self.path.text().strip()
        what = self.what.checkedId()
        db = self.db
        problem = folder_problem(path) if path else None
        if not problem and what == self.LIST and Path(path).suffix.lower() not in (".csv", ".xlsx"):
            problem = self.tr("A list is written as a .csv or .xlsx file: end the file's name with one of them.")
        if problem:
            self.status.setText("⚠ " + problem)
            return
        if what == self.LIST:
            kind, external = self.kind.currentData(), self.external.isChecked()
            ids, filters = self.list_scope(kind)

            def fn(job):
                return ("list", export.export_list(db, kind, path, ids=ids, filters=filters, external=external))
        elif what == self.REGISTER:
            def fn(job):
                return ("register", sum(export.export_json(db, path, progress=job.progress).values()))
        else:
            person = self.person_id

            def fn(job):
                data = export.export_subject_access(db, person, path, say=i18n.message_text)
                return ("person", data["person"].get("Name"))
        self.status.setText(self.tr("Exporting…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.job = self.worker.submit(fn, long=True, on_done=self._done, on_error=self._failed,
                                      on_progress=self._progressed)
        self._update()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result) -> None:
        self.job = None
        self.progress.hide()
        what, value = result
        path = self.path.text().strip()
        if what == "list":
            self.status.setText(self.tr("%1 rows written to %2").replace("%1", str(value)).replace("%2", path))
        elif what == "register":
            self.status.setText(self.tr("The register (%1 rows) written to %2").replace("%1", str(value))
                                .replace("%2", path))
        else:
            self.status.setText(self.tr("Everything held about %1 written to %2").replace("%1", str(value))
                                .replace("%2", path))
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress.hide()
        self.status.setText(self.tr("Cancelled: no file was written.") if isinstance(exc, Cancelled)
                            else "⚠ " + error_text(exc))
        self._update()

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()
