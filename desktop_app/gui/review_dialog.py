"""*Tools ▸ Contacts to review*: contact people whose details were not verified for a number of
months (the register's setting, 12 by default; never-verified ones first), as data protection
asks. From here the officer opens a person's organisation to check the details, marks them
verified today (an ordinary edit, undoable), or erases the person's data.

The window's tools give the dialog its actions (``host``: ``open_contact``, ``mark_verified``,
``erase_contact``); every data call runs on the database worker.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from database import ops

from . import i18n
from .records_ui import format_date
from .table_dialog import lay_out_table_dialog


def load_review(db) -> tuple[int, list, dict]:
    """Runs on the database worker: the months of the setting, the contacts to review and the
    names of their organisations."""
    months = ops.review_months(db)
    contacts = ops.contacts_to_review(db, months)
    org_ids = list({c.stakeholder_id for c in contacts if c.stakeholder_id})
    names = {s.id: s.name for s in ops.get_many(db, "stakeholder", org_ids)} if org_ids else {}
    return months, contacts, names


class ReviewDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("ReviewDialog", "Name"), QT_TRANSLATE_NOOP("ReviewDialog", "Organisation"),
               QT_TRANSLATE_NOOP("ReviewDialog", "Role"), QT_TRANSLATE_NOOP("ReviewDialog", "E-mail"),
               QT_TRANSLATE_NOOP("ReviewDialog", "Last verified"))

    def __init__(self, db, worker, host, parent=None):
        super().__init__(parent)
        self._db, self._worker, self._host = db, worker, host
        self.contacts: list = []
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Contacts to review"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ReviewDialog", c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Contact people to review"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.open_button = QPushButton(self.tr("&Open the organisation"), self)
        self.open_button.setToolTip(self.tr("Show the person among their organisation's contacts (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.verified_button = QPushButton(self.tr("&Verified today"), self)
        self.verified_button.setToolTip(self.tr("The details were checked with the person today (Ctrl+Z undoes it)"))
        self.verified_button.clicked.connect(self.mark_selected_verified)
        self.erase_button = QPushButton(self.tr("&Erase personal data…"), self)
        self.erase_button.clicked.connect(self.erase_selected)
        lay_out_table_dialog(self, self.intro, self.table, self.status,
                             (self.open_button, self.verified_button, self.erase_button))
        self.resize(820, 460)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("Reading the contact people…"))
        self._worker.submit(load_review, self._db, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result) -> None:
        months, contacts, names = result
        selected = self.selected()
        self.contacts = contacts
        self.intro.setText(self.tr("Contact people whose details were not verified in the last %n month(s), "
                                   "those never verified first. Check their details with them, then mark them "
                                   "verified — or erase what the register holds about them.", "", months))
        self.table.setRowCount(len(contacts))
        never = self.tr("never")
        for r, c in enumerate(contacts):
            cells = [c.name, names.get(c.stakeholder_id, ""), c.role or "", c.email or "",
                     format_date(c.last_verified) or never]
            for col, text in enumerate(cells):
                self.table.setItem(r, col, QTableWidgetItem(text))
            if selected is not None and c.id == selected.id:
                self.table.selectRow(r)
        self.status.setText(self.tr("%n contact person(s) to review.", "", len(contacts)) if contacts
                            else self.tr("Every contact person was verified recently: nothing to review."))
        self._update_buttons()

    def _failed(self, exc) -> None:
        self.status.setText("⚠ " + i18n.error_text(exc))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.contacts[rows[0].row()] if rows and rows[0].row() < len(self.contacts) else None

    def _update_buttons(self) -> None:
        on = self.selected() is not None
        for b in (self.open_button, self.verified_button, self.erase_button):
            b.setEnabled(on)

    def open_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            self._host.open_contact(contact.id)

    def mark_selected_verified(self) -> None:
        contact = self.selected()
        if contact is not None:
            self.verified_button.setEnabled(False)
            self._host.mark_verified(contact, on_done=self.refresh)

    def erase_selected(self) -> None:
        contact = self.selected()
        if contact is not None:
            self._host.erase_contact(contact.id, on_done=self.refresh)
