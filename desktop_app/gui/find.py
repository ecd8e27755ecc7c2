"""Find (Ctrl+F): everything matching the words typed, as one types, grouped by kind.

Each keystroke asks the database at once (no delay); while one search runs, only the latest
words wait behind it (:class:`~.worker.LatestOnly`), so the results follow the typing closely.
"""

from __future__ import annotations

import time
import uuid

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from database import ops

from .records_ui import kind_title
from .worker import LatestOnly

_T = QCoreApplication.translate
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LIST_ROLE = Qt.ItemDataRole.UserRole + 3
MIN_LETTERS = 2
LISTED = ("stakeholder", "partnership", "sector", "region", "interaction")  # kinds with a list to filter


class FindResultsModel(QAbstractItemModel):
    """Two levels: a row per kind ("Organisations (8)"), and under it the matching records."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: ops.FindResult | None = None
        self._groups: list = []

    def set_result(self, result: ops.FindResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self._groups = list(result.groups) if result else []
        self.endResetModel()

    def hits(self) -> list:
        return [h for g in self._groups for h in g.hits]

    def _rows_of(self, group: int) -> int:
        g = self._groups[group]
        return len(g.hits) + (1 if g.more and g.kind in LISTED else 0)

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        # internal id 0: a kind's row; n > 0: a hit of kind row n - 1
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() == 0:
            group = parent.row()
            if group < len(self._groups) and row < self._rows_of(group):
                return self.createIndex(row, 0, group + 1)
        return QModelIndex()

    def _group_of(self, index: QModelIndex) -> int:
        """-1 for a kind's row, else the row of the kind the hit is under."""
        return index.internalId() - 1

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        group = self._group_of(index)
        if group < 0:
            return QModelIndex()
        return self.createIndex(group, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0:
            return 0
        if self._group_of(parent) < 0:
            return self._rows_of(parent.row())
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 1

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        group = self._group_of(index)
        if group < 0:
            g = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                more = "+" if g.more else ""
                return f"{kind_title(g.kind)} ({len(g.hits)}{more})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == KIND_ROLE:
                return g.kind
            return None
        g = self._groups[group]
        if index.row() >= len(g.hits):  # "show them all in the list"
            if role == Qt.ItemDataRole.DisplayRole:
                return _T("FindPage", "Show all matching {0} in their list…").format(kind_title(g.kind).lower())
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == KIND_ROLE:
                return g.kind
            if role == LIST_ROLE:
                return True
            return None
        hit = g.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.label
        if role == KIND_ROLE:
            return hit.kind
        if role == ID_ROLE:
            return hit.id
        return None

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._group_of(index) < 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FindPage(QWidget):
    """The results of the search field; Enter or a click opens a record."""

    open_record = Signal(str, object)  # kind, id
    open_list = Signal(str, dict)  # kind, filters
    updated = Signal(float)  # seconds from the keystroke to the results on screen

    def __init__(self, worker, db, parent=None):
        super().__init__(parent)
        self._db = db
        self._search = LatestOnly(worker, self)
        self.query = ""
        self._asked_at: dict[str, float] = {}
        self.model = FindResultsModel(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setAccessibleName(_T("FindPage", "Search results, grouped by kind"))
        self._describe()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.layoutChanged.emit()
        super().changeEvent(event)

    def search(self, text: str) -> None:
        self.query = text
        self._asked_at[text] = time.perf_counter()
        if len(text.strip()) < MIN_LETTERS:
            # one letter matches one record in twenty and says nothing: wait for the second
            self.model.set_result(None)
            self._describe()
            return
        self._search.request(ops.find, self._db, text, on_done=self._arrived, interrupt=self._db)

    def _arrived(self, result: ops.FindResult) -> None:
        if result.query != self.query and self.query.strip():
            # an older answer: newer words are already asked for
            return
        self.model.set_result(result)
        self.tree.expandAll()
        first = self.first_hit_index()
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self._describe()
        asked = self._asked_at.pop(result.query, None)
        self._asked_at.clear()
        if asked is not None:
            self.updated.emit(time.perf_counter() - asked)

    def _describe(self) -> None:
        result = self.model.result
        self.heading.setText(_T("FindPage", "Find: “{0}”").format(self.query.strip()) if self.query.strip()
                             else _T("FindPage", "Find"))
        if not self.query.strip():
            self.note.setText(_T("FindPage", "Type in the search field to find organisations, partnerships, "
                                             "sectors, regions, contact persons and interactions."))
        elif len(self.query.strip()) < MIN_LETTERS:
            self.note.setText(_T("FindPage", "Type one more letter…"))
        elif result is None:
            self.note.setText(_T("FindPage", "Searching…"))
        elif not result.groups:
            self.note.setText(_T("FindPage", "Nothing matches these words."))
        elif result.partial:
            self.note.setText(_T("FindPage", "Many records match: type more letters to narrow the search."))
        else:
            self.note.setText(_T("FindPage", "Enter opens the highlighted record; Down moves through the results."))

    def first_hit_index(self) -> QModelIndex:
        if self.model.rowCount() and self.model.rowCount(self.model.index(0, 0)):
            return self.model.index(0, 0, self.model.index(0, 0))
        return QModelIndex()

    def open_current(self) -> bool:
        index = self.tree.currentIndex()
        if not index.isValid():
            index = self.first_hit_index()
        if index.isValid() and index.data(ID_ROLE) is not None:
            self._activated(index)
            return True
        return False

    def _activated(self, index: QModelIndex) -> None:
        if index.data(LIST_ROLE):
            self.open_list.emit(index.data(KIND_ROLE), {"text": self.query.strip()})
            return
        rec_id = index.data(ID_ROLE)
        if isinstance(rec_id, uuid.UUID):
            self.open_record.emit(index.data(KIND_ROLE), rec_id)
