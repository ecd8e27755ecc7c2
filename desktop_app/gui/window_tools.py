"""The window's commands beyond browsing and editing, in the File and Tools menus: briefing packs,
import and export, possible duplicates, backups, checking the register, contacts to review, and
erasing a contact person's data.

The dialogs are built elsewhere (``pack_dialog``, ``import_dialog``, ``export_dialog``,
``duplicates_dialog``, ``backup_dialog``, ``check_dialog``, ``review_dialog``) and imported when
first opened, so the window starts as fast as without them. What they change reaches every view
through ``window.apply_changes``.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from database import ops

from .messages import confirm, show_info
from .records_ui import field_label, kind_name

_T = QCoreApplication.translate


def _check(db, job):
    """Runs on the database worker: ``ops.check`` with progress and Cancel between its steps."""
    return ops.check(db, progress=job.progress)


def _repair(db, job):
    return ops.repair_search_index(db)


class WindowTools(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialogs: dict[str, QDialog] = {}  # the open tool windows, one of each
        seq = QKeySequence
        self.act_pack = self._action(self.open_pack, seq(Qt.Modifier.CTRL | Qt.Key.Key_P))
        self.act_import = self._action(self.open_import, seq(Qt.Modifier.CTRL | Qt.Key.Key_I))
        self.act_export = self._action(self.open_export, seq(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E))
        self.act_duplicates = self._action(self.open_duplicates)
        self.act_review = self._action(self.open_review)
        self.act_check = self._action(self.check_register)
        self.act_backups = self._action(self.open_backups, seq(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_B))
        file_menu = window.menu_file
        for action in (self.act_pack, None, self.act_import, self.act_export):
            if action is None:
                file_menu.insertSeparator(window._file_end)
            else:
                file_menu.insertAction(window._file_end, action)
        for action in (self.act_duplicates, self.act_review, None, self.act_check, self.act_backups):
            window.menu_tools.addSeparator() if action is None else window.menu_tools.addAction(action)

    def _action(self, slot, shortcut=None) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        self.act_pack.setText(_T("WindowTools", "&Briefing pack…"))
        self.act_pack.setToolTip(_T("WindowTools", "A briefing pack of what is selected, or of the whole register"))
        self.act_import.setText(_T("WindowTools", "&Import…"))
        self.act_export.setText(_T("WindowTools", "E&xport…"))
        self.act_duplicates.setText(_T("WindowTools", "Possible &duplicates…"))
        self.act_review.setText(_T("WindowTools", "Contacts to &review…"))
        self.act_check.setText(_T("WindowTools", "&Check the register"))
        self.act_backups.setText(_T("WindowTools", "&Backups…"))

    # --- one window of each kind ------------------------------------------------------------------

    def dialog(self, name: str) -> QDialog | None:
        """The tool window ``name`` when it is open."""
        dialog = self.dialogs.get(name)
        return dialog if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible() else None

    def _show(self, name: str, make, modal: bool = False) -> QDialog:
        dialog = self.dialog(name)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = make()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs[name] = dialog
        if modal:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def close_dialogs(self) -> None:
        """With the window (a pack being laid out or an import under way is cancelled)."""
        for name in list(self.dialogs):
            dialog = self.dialog(name)
            if dialog is not None:
                dialog.close()

    # --- File ----------------------------------------------------------------------------------------

    def open_pack(self) -> None:
        """The pack dialog, its scope set to what is selected (an overview when nothing is)."""
        existing = self.dialog("pack")
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return
        from .pack_dialog import PackDialog, scope_of_selection

        w = self.window
        kind, ids = w.current_selection()

        def scoped(result):
            scope, left_out = result
            dialog = self._show("pack", lambda: PackDialog(w.db, w.worker, w, w.prefs, scope=scope))
            if left_out:
                dialog.status.setText(_T("WindowTools", "The scope holds the first {0} records selected; {1} more "
                                                        "were left out.").format(len(ids) - left_out, left_out))

        w.worker.submit(scope_of_selection, w.db, kind, ids, on_done=scoped, on_error=w.editing.failed)

    def open_import(self) -> None:
        from .import_dialog import ImportDialog

        def make():
            dialog = ImportDialog(self.window.db, self.window.worker, self.window)
            dialog.imported.connect(self.window.apply_changes)
            dialog.restored.connect(self.after_restore)
            return dialog

        self._show("import", make)

    def open_export(self) -> None:
        """The list shown (with its filters), or the rows selected in it when there are several."""
        from .export_dialog import ExportDialog

        w = self.window
        kind, ids = w.current_selection()
        page = w.current_list()
        filters = dict(page.model.filters) if page is not None else None
        if len(ids) < 2:
            ids = None
        self._show("export", lambda: ExportDialog(w.db, w.worker, w, kind=kind, ids=ids, filters=filters))

    # --- Tools -------------------------------------------------------------------------------------

    def open_duplicates(self) -> None:
        from .duplicates_dialog import DuplicatesDialog

        def make():
            dialog = DuplicatesDialog(self.window.db, self.window.worker, self.window)
            dialog.changed.connect(self.window.apply_changes)
            return dialog

        self._show("duplicates", make)

    def open_backups(self) -> None:
        from .backup_dialog import BackupDialog

        def make():
            dialog = BackupDialog(self.window.db, self.window.worker, self.window)
            dialog.restored.connect(self.after_restore)
            return dialog

        self._show("backups", make, modal=True)

    def after_restore(self, _before) -> None:
        """The register's content was replaced by a backup's: nothing shown or remembered for
        undo is true any more. Read everything again."""
        w = self.window
        w.undo_stack.clear()
        w.refresh()
        for name in ("duplicates", "review"):
            dialog = self.dialog(name)
            if dialog is not None:
                dialog.refresh()
        w.show_message(_T("WindowTools", "The register was put back as the backup holds it; everything shown "
                                         "was read again."), 10_000)

    def check_register(self) -> None:
        if self.window.progress.isVisible():  # a long job is under way (its Cancel is in the status bar)
            return
        self.window.run_long(_T("WindowTools", "Checking the register…"), _check, self.window.db,
                             on_done=self._checked, on_error=self._check_failed)

    def _checked(self, findings) -> None:
        from .check_dialog import CheckDialog

        def make():
            dialog = CheckDialog(self.window)
            dialog.repair_requested.connect(self.repair_search_index)
            return dialog

        dialog = self._show("check", make)
        dialog.show_findings(findings)

    def _check_failed(self, exc) -> None:
        from . import i18n

        if isinstance(exc, ops.Ris3Error):
            self.window.last_question = show_info(self.window, _T("WindowTools", "Check the register"),
                                                  _T("WindowTools", "The register could not be checked."),
                                                  i18n.error_text(exc))
        else:
            self.window.unexpected_error(exc)

    def repair_search_index(self) -> None:
        dialog = self.dialog("check")
        if dialog is not None:
            dialog.repair_button.setEnabled(False)

        def repaired(_entries):
            self.window.refresh()
            self.check_register()

        self.window.run_long(_T("WindowTools", "Rebuilding the search index…"), _repair, self.window.db,
                             on_done=repaired, on_error=self._check_failed)

    def open_review(self) -> None:
        from .review_dialog import ReviewDialog

        self._show("review", lambda: ReviewDialog(self.window.db, self.window.worker, self, self.window))

    # --- contact people -------------------------------------------------------------------------------

    def open_contact(self, contact_id) -> None:
        self.window.open_record("contact", contact_id)  # shown among its organisation's contacts

    def mark_verified(self, contact, on_done=None) -> None:
        """The contact's details were checked with them today: an ordinary, undoable edit."""
        step = ops.Update("contact", contact.id, {"last_verified": date.today()}, expected_version=contact.version)
        self.window.editing.run([step], lambda: _T("WindowTools", "Mark “{0}” as verified").format(contact.name),
                                lambda _outcome: on_done and on_done())

    def erase_contact(self, contact_id, on_done=None) -> None:
        """Ask, saying it cannot be undone, then erase the person everywhere (``ops.erase_contact``)."""
        w = self.window

        def ask(contact):
            parent = self.dialog("review") or w
            w.last_question = confirm(
                parent, _T("WindowTools", "Erase personal data"),
                _T("WindowTools", "Erase everything the register holds about “{0}”?").format(contact.name),
                _T("WindowTools", "The contact person, the history of their record and their traces in the search "
                                  "index are removed for good, and their e-mail address and phone number are taken "
                                  "out of other records' history and of merges. Notes of other records that name "
                                  "them are listed afterwards, not changed. This cannot be undone, not even with "
                                  "Undo: the list of changes to undo is emptied too, since it may hold their data. "
                                  "Backups taken before today keep them until they are rotated out."),
                _T("WindowTools", "Erase"), lambda: erase(contact))

        def erase(contact):
            w.worker.submit(ops.erase_contact, w.db, contact.id, on_done=lambda outcome: erased(contact, outcome),
                            on_error=w.editing.failed)

        def erased(contact, outcome):
            w.undo_stack.clear()
            w.apply_changes(outcome.changes)
            done = _T("WindowTools", "The personal data of “{0}” were erased.").format(contact.name)
            left = _remaining_text(outcome.remaining, outcome.scrubbed)
            if left:  # where the name still is: said, not hidden in a passing status message
                w.last_question = show_info(self.dialog("review") or w, _T("WindowTools", "Erase personal data"),
                                            done, left)
            else:
                w.show_message(done, 10_000)
            if on_done:
                on_done()

        w.worker.submit(ops.get, w.db, "contact", contact_id, on_done=ask, on_error=w.editing.failed)


LISTED = 12  # records named one by one after an erasure; the rest are counted


def _remaining_text(remaining, scrubbed: int) -> str:
    """What an erasure left, in the officer's words: the records whose text still names the
    person (they may edit those), what cannot be edited (earlier values in history, merges
    kept to undo them), and what was taken out besides the record."""
    records = [m for m in remaining if m.where == "record"]
    kept = len(remaining) - len(records)
    lines = []
    if records:
        lines.append(_T("WindowTools", "Their name still appears in these records, which the erasure does not "
                                       "change; edit them if it should go too:"))
        lines += [f"• {kind_name(m.kind).capitalize()} “{m.title or '…'}” — {field_label(m.kind, m.field)}"
                  for m in records[:LISTED]]
        if len(records) > LISTED:
            lines.append(_T("WindowTools", "…and %n more.", "", len(records) - LISTED))
    if kept:
        lines.append(_T("WindowTools", "It also appears in earlier values kept in the history of other records or "
                                       "in merges kept to undo them ({0}); these cannot be edited.").format(kept))
    if scrubbed:
        lines.append(_T("WindowTools", "Their e-mail address or phone number was taken out of history entries "
                                       "and merges ({0}).").format(scrubbed))
    return "\n".join(lines)


__all__ = ["WindowTools"]
