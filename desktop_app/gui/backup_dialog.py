"""The backups of the register: a list with date, kind, size and counts; Back up now; Restore,
after a confirmation that says what will happen. Every call runs on the database worker.

    dialog = BackupDialog(db, worker, parent=window, prefs=window.prefs)
    dialog.restored.connect(window.reload_everything)
    dialog.exec()

The backups are those of the folder set in Preferences (``prefs.backup_folder``: a folder of the
register's own inside it, see :meth:`Preferences.backup_folder_for`), else of the folder beside
the register. *Back up now* writes there, a restore keeps the state it replaces there, and the
list shows that folder. (Without ``prefs``, the parent window's are used.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from database import backup, ops

from .i18n import error_text
from .preferences import Preferences
from .table_dialog import lay_out_table_dialog

# --- on the database worker ------------------------------------------------------------------------

def backups_folder(db, chosen: str) -> Path | None:
    """Where the register's backups go with the folder ``chosen`` in Preferences ("" for none);
    None for a team register on a server."""
    return Preferences(backup_folder=chosen).backup_folder_for(ops.backup_location(db))


def read_backups(db, chosen: str) -> tuple[Path | None, list]:
    """(the backups' folder, the backups newest first). With a folder chosen in Preferences, the
    ones beside the register are listed too: those the command line, an import or an upgrade took."""
    folder = backups_folder(db, chosen)
    if folder is None:
        return None, []
    infos = backup.list_backups(db, folder)
    beside = ops.backup_location(db)
    if beside is not None and beside != folder and beside.is_dir():
        infos = sorted([*infos, *backup.list_backups(db, beside)], key=lambda i: i.taken_at, reverse=True)
    return folder, infos


def back_up(db, chosen: str) -> Path:
    """A backup taken by hand into the backups' folder; a team register's JSON export into the
    folder chosen (else the default place of exports)."""
    folder = backups_folder(db, chosen)
    if folder is None:
        out = Path(chosen).expanduser().absolute() if chosen else None
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
        return ops.backup_now(db, out)
    return backup.take_backup(db, "manual", folder)


def restore_from(db, path: Path, chosen: str) -> Path | None:
    """Restore, keeping the register as it was among the other backups."""
    return backup.restore(db, path, folder=backups_folder(db, chosen))


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def counts_text(info) -> str:
    if info.counts is None:
        return QCoreApplication.translate("backups", "cannot be read")
    c = info.counts
    return QCoreApplication.translate("backups", "%1 organisations, %2 contacts, %3 partnerships") \
        .replace("%1", str(c.get("stakeholders", 0))).replace("%2", str(c.get("contacts", 0))) \
        .replace("%3", str(c.get("partnerships", 0)))


class BackupDialog(QDialog):
    restored = Signal(object)  # the path of the backup taken of the state before the restore

    COLUMNS = (QT_TRANSLATE_NOOP("BackupDialog", "Taken"), QT_TRANSLATE_NOOP("BackupDialog", "Kind"),
               QT_TRANSLATE_NOOP("BackupDialog", "Size"), QT_TRANSLATE_NOOP("BackupDialog", "Organisations"),
               QT_TRANSLATE_NOOP("BackupDialog", "Contacts"), QT_TRANSLATE_NOOP("BackupDialog", "Partnerships"))

    def __init__(self, db, worker, parent: QWidget | None = None, prefs: Preferences | None = None):
        super().__init__(parent)
        self._db, self._worker = db, worker
        self._prefs = prefs
        self._infos: list = []
        self._folder = None
        self._note = ""  # what the last action did, shown once the list is read again
        self.setWindowTitle(self.tr("Backups"))
        self.setObjectName("backupDialog")
        self.resize(760, 420)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("BackupDialog", c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open the &folder"), self)
        self.folder_button.clicked.connect(self._open_folder)
        lay_out_table_dialog(self, self.intro, self.table, self.status,
                             (self.backup_button, self.restore_button, self.folder_button))
        self._update_buttons()
        self.refresh()

    # --- the list --------------------------------------------------------------------------------

    def chosen_folder(self) -> str:
        """The backup folder set in Preferences ("" when none): read at each action."""
        prefs = self._prefs if self._prefs is not None else getattr(self.parent(), "prefs", None)
        return (getattr(prefs, "backup_folder", "") or "").strip()

    def refresh(self) -> None:
        self.status.setText(self.tr("Reading the backups…"))
        self._worker.submit(read_backups, self._db, self.chosen_folder(), on_done=self._listed, on_error=self._failed)

    def _listed(self, result) -> None:
        self._folder, self._infos = result
        if self._folder is None:
            self.intro.setText(self.tr("This is a team register on a database server: it is backed up on the "
                                       "server by its administrators. “Back up now” saves a copy of its data "
                                       "(a JSON export) on this computer."))
        else:
            self.intro.setText(self.tr("RIS3 Desk keeps a backup of each of the last 7 days you worked, one a week "
                                       "for 4 weeks, and one before every upgrade, import and restore. Every "
                                       "backup is checked after it is written. They are kept in %1.")
                               .replace("%1", str(self._folder)))
        self.table.setRowCount(len(self._infos))
        for r, info in enumerate(self._infos):
            counts = info.counts or {}
            cells = [info.taken_at.strftime("%d/%m/%Y %H:%M"),
                     QCoreApplication.translate("backup", info.reason_label), human_size(info.size),
                     *(str(counts[k]) if k in counts else "—" for k in ("stakeholders", "contacts", "partnerships"))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        listed = self.tr("%n backup(s).", "", len(self._infos)) if self._infos else self.tr("No backups yet.")
        self.status.setText(f"{self._note} {listed}".strip())
        self._note = ""
        self._update_buttons()

    def _failed(self, error) -> None:
        self.status.setText(error_text(error))
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self._infos[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._folder is not None and self.selected() is not None)
        self.folder_button.setEnabled(self._folder is not None and self._folder.is_dir())

    def _open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    # --- actions ---------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.status.setText(self.tr("Backing up and checking the copy…"))
        self._worker.submit(back_up, self._db, self.chosen_folder(), on_done=self._backed_up,
                            on_error=self._action_failed)

    def _backed_up(self, path) -> None:
        self.backup_button.setEnabled(True)
        self._note = self.tr("Backup written and checked: %1.").replace("%1", str(path))
        self.refresh()

    def confirm_text(self, info) -> str:
        return self.tr("Put the register back as it was on %1 (%2)?\n\nEverything entered since then is replaced. "
                       "The register as it is now is backed up first, so this can be undone by restoring that "
                       "backup.").replace("%1", info.taken_at.strftime("%d/%m/%Y %H:%M")).replace(
                           "%2", counts_text(info))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self._folder is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"), self.confirm_text(info),
                          QMessageBox.StandardButton.Cancel, self)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("confirmRestore")
        box.exec()
        if box.clickedButton() is not restore:
            return
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        self._worker.submit(restore_from, self._db, info.path, self.chosen_folder(), on_done=self._restored,
                            on_error=self._action_failed)

    def _restored(self, before) -> None:
        self.restored.emit(before)
        self._note = self.tr("Restored. The register as it was before is kept as a backup.")
        self.refresh()

    def _action_failed(self, error) -> None:
        self.backup_button.setEnabled(True)
        self._update_buttons()
        self.status.setText(error_text(error))
        QMessageBox.warning(self, self.tr("Backups"), error_text(error))
