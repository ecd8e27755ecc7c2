"""Importing a file in the window: choose it and say what it is (a CORDIS table, or a
spreadsheet of organisations, contacts, partnerships or participations), set the columns of a
spreadsheet, look at the preview (a dry run: new, updated, unchanged and rejected records per
kind, with examples), then import — with progress and Cancel — save the rejected rows, and
undo the import (a local register is backed up just before every import that changes anything;
*Undo this import…* restores that backup).

Every data call runs on the database worker; a Cancel stops the import before anything is
written (it is one transaction). When records changed, ``imported`` carries the ops ``Changes``
for the window to refresh from; after an undo, ``restored`` says everything must be read again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.imports import ImportReport, import_cordis, import_spreadsheet, preview
from database.imports.rows import open_table

from . import i18n
from .backup_dialog import backups_folder, restore_from
from .i18n import message_text
from .mapping_dialog import ColumnMappingDialog
from .messages import confirm
from .worker import Cancelled

CORDIS = "cordis"
KIND_CHOICES = [  # (value, label)
    (CORDIS, QT_TRANSLATE_NOOP("ImportDialog", "CORDIS table (participants or projects)")),
    ("stakeholder", QT_TRANSLATE_NOOP("ImportDialog", "Spreadsheet of organisations")),
    ("contact", QT_TRANSLATE_NOOP("ImportDialog", "Spreadsheet of contact people")),
    ("partnership", QT_TRANSLATE_NOOP("ImportDialog", "Spreadsheet of partnerships")),
    ("participant", QT_TRANSLATE_NOOP("ImportDialog", "Spreadsheet of participations")),
]
ENTITY_LABELS = {"stakeholder": QT_TRANSLATE_NOOP("ImportDialog", "Organisations"),
                 "partnership": QT_TRANSLATE_NOOP("ImportDialog", "Partnerships"),
                 "participant": QT_TRANSLATE_NOOP("ImportDialog", "Participations"),
                 "partner_region": QT_TRANSLATE_NOOP("ImportDialog", "Partner regions"),
                 "contact": QT_TRANSLATE_NOOP("ImportDialog", "Contact people")}
FILE_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Tables (*.csv *.csv.gz *.gz *.xlsx *.txt);;All files (*)")


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def looks_like_cordis(path: str) -> bool:
    """Whether the file's header is a CORDIS table's (read quickly, for the default choice)."""
    try:
        with open_table(path) as table:
            header = set(table.header)
    except Exception:  # noqa: BLE001 - an unreadable file is said so by the preview
        return False
    return {"projectID", "organisationID"} <= header or {"id", "acronym", "title", "startDate"} <= header


def error_text(exc: BaseException) -> str:
    from database.errors import Ris3Error

    if isinstance(exc, Ris3Error):
        return i18n.error_text(exc)
    return QCoreApplication.translate("ImportDialog", "Unexpected error: %1").replace("%1", i18n.error_text(exc))


class ReportView(QWidget):
    """Counts per kind of record (new, updated, unchanged, rejected), examples, notes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Records"), self.tr("New"), self.tr("Updated"),
                                              self.tr("Unchanged"), self.tr("Rejected")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(170)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Examples and notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.details, 1)

    def show_report(self, report: ImportReport) -> None:
        self.table.setRowCount(len(report.counts))
        for row, (kind, c) in enumerate(report.counts.items()):
            cells = [_t(ENTITY_LABELS.get(kind, kind)), c.new, c.updated, c.unchanged, c.rejected]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        lines = []
        head = self.tr("Preview: nothing has been written yet.") if report.dry_run else self.tr("Imported.")
        lines.append(head + " " + self.tr("%1 rows read, %2 rejected.").replace("%1", str(report.rows_read))
                     .replace("%2", str(report.rows_rejected)))
        if report.source:
            lines.append(self.tr("Source recorded: %1").replace("%1", report.source))
        names = {"new": self.tr("new"), "updated": self.tr("updated"), "kept": self.tr("kept as edited"),
                 "rejected": self.tr("rejected")}
        for kind, c in report.counts.items():
            for what in ("new", "updated", "kept", "rejected"):
                for example in c.examples.get(what, ()):
                    lines.append(f"{_t(ENTITY_LABELS.get(kind, kind))}, {names[what]}: {message_text(example)}")
        if report.possible_duplicates:
            lines.append(self.tr("%n possible duplicate organisation(s) to review (Tools ▸ Duplicates).", "",
                                 report.possible_duplicates))
        lines += [self.tr("Note: %1").replace("%1", message_text(n)) for n in report.notes]
        if report.backup:
            lines.append(self.tr("Backup taken just before the import: %1").replace("%1", report.backup))
        self.details.setPlainText("\n".join(lines))

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.details.clear()


class ImportDialog(QDialog):
    """The import window; see the module's docstring."""

    imported = Signal(object)  # ops Changes of a real import that changed something
    restored = Signal(object)  # an import was undone: the backup of the register as it was with it

    def __init__(self, db, worker, parent: QWidget | None = None, path: str | None = None):
        super().__init__(parent)
        self.db, self.worker = db, worker
        self.job = None
        self.mapping: dict | None = None
        self.encoding: str | None = None  # a CSV file's encoding as the officer chose it (else detected)
        self.remember_mapping = True
        self.sheet_preview = None
        self.report: ImportReport | None = None
        self.undone = False  # the last import was undone
        self.previewed = False
        self.setWindowTitle(self.tr("Import"))
        self.resize(780, 620)

        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr("a .csv, .csv.gz or .xlsx file"))
        self.file.setAccessibleName(self.tr("File to import"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("What the file holds"))
        for value, label in KIND_CHOICES:
            self.kind.addItem(_t(label), value)

        self.cordis_box = QGroupBox(self.tr("CORDIS"), self)
        self.projects = QLineEdit(self)
        self.projects.setPlaceholderText(self.tr("optional: the CORDIS project table, for titles, dates and budgets"))
        projects_browse = QPushButton(self.tr("Browse…"), self)
        projects_browse.clicked.connect(self._browse_projects)
        self.region = QLineEdit(self)
        self.region.setPlaceholderText(self.tr("optional: a NUTS code, e.g. ITC1 for Piemonte"))
        self.region.setAccessibleName(self.tr("Only projects with a participant in this region"))
        form = QFormLayout(self.cordis_box)
        row = QHBoxLayout()
        row.addWidget(self.projects, 1)
        row.addWidget(projects_browse)
        form.addRow(self.tr("Project table:"), row)
        form.addRow(self.tr("Only projects in region:"), self.region)

        self.sheet_box = QGroupBox(self.tr("Spreadsheet"), self)
        self.columns_label = QLabel(self.sheet_box)
        self.columns_label.setWordWrap(True)
        self.columns_button = QPushButton(self.tr("Columns…"), self.sheet_box)
        self.columns_button.clicked.connect(self._edit_columns)
        sheet_row = QHBoxLayout(self.sheet_box)
        sheet_row.addWidget(self.columns_label, 1)
        sheet_row.addWidget(self.columns_button)

        self.overwrite = QCheckBox(self.tr("Overwrite values edited by hand (normally kept)"), self)
        self.report_view = ReportView(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.rejects_button = QPushButton(self.tr("Save &rejected rows…"), self)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.setToolTip(self.tr("Put the register back as it was just before this import "
                                            "(from the backup taken then)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.preview_button.clicked.connect(lambda: self._run(dry_run=True))
        self.import_button.clicked.connect(lambda: self._run(dry_run=False))
        self.rejects_button.clicked.connect(self._save_rejects)
        self.undo_button.clicked.connect(self.undo_import)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.close)
        self.cancel_button.hide()

        top = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        file_label, kind_label = QLabel(self.tr("&File:"), self), QLabel(self.tr("It &holds:"), self)
        file_label.setBuddy(self.file)
        kind_label.setBuddy(self.kind)
        top.addRow(file_label, file_row)
        top.addRow(kind_label, self.kind)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.rejects_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cordis_box)
        layout.addWidget(self.sheet_box)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Open, self, activated=self._browse)

        self._chosen = ""
        self.file.editingFinished.connect(self._file_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for w in (self.projects, self.region):
            w.textChanged.connect(self._inputs_changed)
        self.overwrite.toggled.connect(self._inputs_changed)
        if path:
            self.set_file(path)
        self._update()

    # --- inputs ---------------------------------------------------------------------------------

    def set_file(self, path: str, kind: str | None = None) -> None:
        """Choose the file (and what it holds; guessed from its columns when not given)."""
        self.file.setText(path)
        if kind is None:
            kind = CORDIS if looks_like_cordis(path) else (self.kind.currentData() if self.kind.currentData()
                                                            != CORDIS else "stakeholder")
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self._file_chosen()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), "", _t(FILE_FILTER))
        if path:
            self.set_file(path)

    def _browse_projects(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the CORDIS project table"), "",
                                              _t(FILE_FILTER))
        if path:
            self.projects.setText(path)

    def _file_edited(self) -> None:
        if self.file.text().strip() != self._chosen:  # focus leaving the field is not a new choice
            self._file_chosen()

    def _file_chosen(self) -> None:
        self._chosen = self.file.text().strip()
        self.mapping = self.encoding = None
        self.sheet_preview = None
        self._inputs_changed()
        if self.kind.currentData() != CORDIS and self.file.text().strip():
            self._load_sheet_preview()

    def _kind_changed(self) -> None:
        self._file_chosen()

    def _inputs_changed(self) -> None:
        """Anything changed: the last preview no longer holds."""
        self.previewed = False
        self.report = None
        self.report_view.clear()
        self._update()

    def _load_sheet_preview(self) -> None:
        path, kind = self.file.text().strip(), self.kind.currentData()
        self.columns_label.setText(self.tr("Reading the columns…"))
        self.worker.submit(preview, self.db, path, kind, mapping=self.mapping, encoding=self.encoding,
                           on_done=self._sheet_previewed, on_error=self._failed)

    def _sheet_previewed(self, sheet) -> None:
        self.sheet_preview = sheet
        used = sum(1 for f in sheet.mapping.values() if f)
        origin = {"guessed": self.tr("guessed from the headers"), "remembered": self.tr("remembered from last time"),
                  "given": self.tr("as you set them")}[sheet.origin]
        self.columns_label.setText(self.tr("%1 of %2 columns imported, %3.").replace("%1", str(used))
                                   .replace("%2", str(len(sheet.headers))).replace("%3", origin))
        self._update()

    def _edit_columns(self) -> None:
        if self.sheet_preview is None:
            return
        path, kind = self.file.text().strip(), self.kind.currentData()

        def read_again(encoding: str, then) -> None:  # the columns as another encoding reads them (their
            self.worker.submit(preview, self.db, path, kind, encoding=encoding,  # headers may differ: no mapping)
                               on_done=then, on_error=self._failed)

        dialog = ColumnMappingDialog(self.sheet_preview, self, reload=read_again)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result):
            if result == QDialog.DialogCode.Accepted:
                self.encoding = dialog.chosen_encoding() or self.encoding
                self.mapping = dialog.mapping()
                self.remember_mapping = dialog.remember.isChecked()
                self._inputs_changed()
                self._load_sheet_preview()

        dialog.finished.connect(done)
        dialog.open()
        self.mapping_dialog = dialog

    # --- running --------------------------------------------------------------------------------

    def _call(self, dry_run: bool):
        path = self.file.text().strip()
        overwrite = self.overwrite.isChecked()
        kind = self.kind.currentData()
        db = self.db
        chosen = self._chosen_backup_folder()
        if kind == CORDIS:
            projects = self.projects.text().strip() or None
            region = self.region.text().strip() or None

            def job_fn(job):
                return import_cordis(db, path, projects=projects, region=region, dry_run=dry_run,
                                     overwrite_edits=overwrite, backup_folder=backups_folder(db, chosen),
                                     progress=job.progress)
        else:
            mapping, remember, encoding = self.mapping, self.remember_mapping, self.encoding

            def job_fn(job):
                return import_spreadsheet(db, path, kind, mapping=mapping, encoding=encoding, dry_run=dry_run,
                                          overwrite_edits=overwrite, remember_mapping=remember,
                                          backup_folder=backups_folder(db, chosen), progress=job.progress)
        return job_fn

    def _chosen_backup_folder(self) -> str:
        """The backup folder chosen in Preferences ("" for none): the backup taken before an import,
        and the one taken before undoing it, go where the officer keeps backups."""
        prefs = getattr(self.parent(), "prefs", None)
        return getattr(prefs, "backup_folder", "") or ""

    def _run(self, dry_run: bool) -> None:
        if not self.file.text().strip() or self.job is not None:
            return
        self.status.setText(self.tr("Reading the file…") if dry_run else self.tr("Importing…"))
        self.progress.setValue(0)
        self.progress.show()
        self.job = self.worker.submit(self._call(dry_run), long=True, on_done=self._done,
                                      on_error=self._failed, on_progress=self._progressed)
        self._update()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.status.setText(message_text(text) + "…")

    def _done(self, report: ImportReport) -> None:
        self.job = None
        self.progress.hide()
        self.report, self.undone = report, False
        self.report_view.show_report(report)
        if report.dry_run:
            self.previewed = True
            self.status.setText(self.tr("This is what the import would do. Nothing has been written yet."))
        else:
            self.previewed = False
            self.status.setText(self.tr("Done: %1 rows imported, %2 rejected.")
                                .replace("%1", str(report.rows_read - report.rows_rejected))
                                .replace("%2", str(report.rows_rejected)))
            if report.changes:
                self.imported.emit(report.changes)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.progress.hide()
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was written."))
        else:
            self.status.setText("⚠ " + error_text(exc))
            if self.sheet_preview is None and self.kind.currentData() != CORDIS:
                self.columns_label.setText(self.tr("The columns could not be read."))
        self._update()

    def undo_confirm_text(self) -> str:
        return self.tr("Put the register back as it was just before this import?\n\nEverything written since — by "
                       "this import, and by anyone else since — is replaced. The register as it is now is backed up "
                       "first, so this too can be undone from Tools ▸ Backups…")

    def undo_import(self) -> None:
        """Restore the backup taken just before the import (after asking)."""
        if self.job is not None or not self._can_undo():
            return
        confirm(self, self.tr("Undo this import"), self.undo_confirm_text(), "", self.tr("Undo the import"),
                self._restore_before_import)

    def _restore_before_import(self) -> None:
        if self.job is not None or not self._can_undo():  # (the answer came after something else started)
            return
        self.status.setText(self.tr("Undoing the import…"))
        self.job = self.worker.submit(restore_from, self.db, Path(self.report.backup), self._chosen_backup_folder(),
                                      on_done=self._undone, on_error=self._undo_failed)
        self._update()

    def _undone(self, before) -> None:
        self.job, self.undone = None, True
        self.status.setText(self.tr("Import undone: the register is as it was before it. (As it was with the import, "
                                    "it is kept as a backup.)"))
        self.restored.emit(before)
        self._update()

    def _undo_failed(self, exc: BaseException) -> None:
        self.job = None
        self.status.setText("⚠ " + self.tr("The import could not be undone: %1").replace("%1", error_text(exc)))
        self._update()

    def _can_undo(self) -> bool:
        return bool(self.report and not self.report.dry_run and self.report.backup and not self.undone)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _save_rejects(self) -> None:
        if not self.report or not self.report.rows_rejected:
            return
        suggested = str(Path(self.file.text().strip()).with_name(Path(self.file.text().strip()).stem.split(".")[0]
                                                                  + "-rejected.csv"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rejected rows"), suggested,
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.save_rejects_to(path)

    def save_rejects_to(self, path: str) -> None:
        try:
            written = self.report.write_rejects(path, say=message_text)  # the reasons in the window's language
        except OSError as e:
            self.status.setText("⚠ " + self.tr("The rejected rows could not be saved: %1").replace("%1", str(e)))
            return
        self.status.setText(self.tr("Rejected rows saved, with the reason in the first column: %1")
                            .replace("%1", ", ".join(str(p) for p in written)))

    # --- state ----------------------------------------------------------------------------------

    def _update(self) -> None:
        busy = self.job is not None
        has_file = bool(self.file.text().strip())
        is_cordis = self.kind.currentData() == CORDIS
        self.cordis_box.setVisible(is_cordis)
        self.sheet_box.setVisible(not is_cordis)
        if not is_cordis and not has_file:
            self.columns_label.setText(self.tr("Choose a file to see its columns."))
        ready = has_file and (is_cordis or self.sheet_preview is not None)
        for w in (self.file, self.kind, self.projects, self.region, self.overwrite, self.columns_button):
            w.setEnabled(not busy)
        self.columns_button.setEnabled(not busy and self.sheet_preview is not None)
        self.preview_button.setEnabled(not busy and ready)
        self.import_button.setEnabled(not busy and ready and self.previewed)
        self.import_button.setToolTip("" if self.previewed else self.tr("Preview first, to see what will change."))
        self.rejects_button.setEnabled(not busy and bool(self.report and self.report.rows_rejected))
        self.undo_button.setVisible(self._can_undo())
        self.undo_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.close_button.setEnabled(not busy)
        if self.previewed:
            self.import_button.setDefault(True)
        elif ready:
            self.preview_button.setDefault(True)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.job is not None:
            self.job.cancel()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc: cancel a running job first
        if self.job is not None:
            self._cancel()
            return
        super().reject()
