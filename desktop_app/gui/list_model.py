"""A table model over one kind of record, for lists of 100,000 rows (after Anki's browser).

The model holds the ids of the list, in the order the database sorted them, and fetches rows
on demand, a page at a time, on the database worker; at most ``MAX_PAGES`` pages are kept.
Sorting and filtering are done by the database (a new ordered id list), never here.

A (re)load is two jobs: the count and the first page (what the view paints at once), then,
once a view painted it, every id in order (what scrolling, selecting and copying use).
"""

from __future__ import annotations

import uuid
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from database import ops

from . import i18n
from .records_ui import COLUMNS, DEFAULT_SORT, Column, format_value

PAGE = 200
MAX_PAGES = 30  # 6,000 rows in memory at most
IDS_AT_THE_LATEST_MS = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RecordListModel(QAbstractTableModel):
    loaded = Signal()  # the count and the first page are in (after every reload)
    ids_ready = Signal()  # every id of the list is in
    failed = Signal(object)  # a load failed: the exception

    def __init__(self, worker, db, kind: str, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._db = db
        self.kind = kind
        self.columns: tuple[Column, ...] = COLUMNS[kind]
        self._right_aligned = tuple(col.right_aligned(kind) for col in self.columns)
        self._attributes = self._column_attributes()
        self.sort_key, self.descending = DEFAULT_SORT.get(kind, (None, False))
        self.filters: dict = {}
        self._count = 0
        self._ids: ops.IdList | None = None
        self._first_ids: list[uuid.UUID] = []
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._jobs: dict[int, object] = {}
        self._waiting: set[int] = set()  # pages asked for before the ids came
        self._generation = 0
        self._loading: list = []  # the jobs of the current (re)load
        self._ids_args: dict = {}
        self._ids_due: int | None = None  # the generation whose ids are to be read after the paint
        self.is_loaded = False
        self.load_failed = False  # the last reading failed (a server gone): showing the page again retries

    # --- loading -------------------------------------------------------------------------------

    def reload(self, same_rows: bool = False) -> None:
        """Read the list again; ``same_rows`` when only the order changed (the count is kept)."""
        self._generation += 1
        generation = self._generation
        self.load_failed = False
        for job in [*self._jobs.values(), *self._loading]:
            job.cancel()  # a sort or filter that is already out of date need not run
        self._jobs.clear()
        self._waiting.clear()
        self._ids_due = None
        args = dict(sort=self.sort_key, descending=self.descending, filters=self.filters)
        total = self._count if same_rows and self.is_loaded else None
        self._loading = [self._worker.submit(
            ops.first_page, self._db, self.kind, limit=PAGE, total=total, **args, interrupt=self._db,
            on_done=lambda result: self._first_done(generation, result), on_error=self._failed)]
        self._ids_args = args

    def _ask_ids(self, generation: int) -> None:
        """Every id in order: asked once the first page is in, so that reading 100,000 ids does
        not hold up the first page."""
        if generation == self._generation:
            self._loading.append(self._worker.submit(
                ops.ordered_ids, self._db, self.kind, **self._ids_args, interrupt=self._db,
                on_done=lambda ids: self._ids_done(generation, ids), on_error=self._failed))

    def _failed(self, exc) -> None:
        if not isinstance(exc, Exception) or type(exc).__name__ == "Cancelled":
            return
        self.load_failed = True
        self.failed.emit(exc)

    def _first_done(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        count, page = result
        self.beginResetModel()
        self._count = count
        self._ids = None
        self._first_ids = [r.id for r in page.rows]
        self._pages = OrderedDict({0: list(page.rows)}) if page.rows else OrderedDict()
        self.endResetModel()
        self.is_loaded = True
        self.loaded.emit()
        # every id is read once a view painted the first page (reading them meanwhile competed
        # with the painting for the processor), or a moment later when no view paints
        self._ids_due = generation
        QTimer.singleShot(IDS_AT_THE_LATEST_MS, self, self._ask_due_ids)

    def view_painted(self) -> None:
        """A view of this model painted (RecordTable calls it): the rest of the list may come."""
        if self._ids_due is not None:
            self._ask_due_ids()

    def _ask_due_ids(self) -> None:
        generation, self._ids_due = self._ids_due, None
        if generation is not None:
            self._ask_ids(generation)

    def _ids_done(self, generation: int, ids) -> None:
        if generation != self._generation:
            return
        if len(ids) != self._count or list(ids[:len(self._first_ids)]) != self._first_ids:
            # the register changed between the two reads: show the newer state
            self.beginResetModel()
            self._count = len(ids)
            self._pages = OrderedDict()
            self.endResetModel()
        self._ids = ids
        waiting, self._waiting = self._waiting, set()
        for page in sorted(waiting):
            self._request(page)
        self.ids_ready.emit()

    def _request(self, page: int) -> None:
        if page in self._jobs or page in self._pages:
            return
        if self._ids is None:
            self._waiting.add(page)
            return
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        if not ids:
            return
        generation = self._generation
        # scrolling fast asks for pages that are gone from view before they come: keep the
        # queue short by dropping the oldest requests
        if len(self._jobs) >= 4:
            oldest = next(iter(self._jobs))
            self._jobs.pop(oldest).cancel()
        self._jobs[page] = self._worker.submit(
            ops.get_many, self._db, self.kind, ids,
            on_done=lambda rows: self._page_done(generation, page, ids, rows),
            on_error=lambda _exc: self._jobs.pop(page, None) if generation == self._generation else None)

    def _page_done(self, generation: int, page: int, ids: list, rows: list) -> None:
        if generation != self._generation:
            return
        self._jobs.pop(page, None)
        by_id = {r.id: r for r in rows}
        self._pages[page] = [by_id.get(i) for i in ids]
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE
        last = min(first + len(ids), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # --- what the list shows -------------------------------------------------------------------

    def set_sort(self, key: str | None, descending: bool) -> None:
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.reload(same_rows=True)

    def set_filters(self, filters: dict) -> None:
        clean = {k: v for k, v in filters.items() if v not in (None, "", [], ())}
        if clean != self.filters:
            self.filters = clean
            self.reload()

    def record(self, row: int):
        """The record of a row if it is in memory (None otherwise, and it is asked for)."""
        if not 0 <= row < self._count:
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        offset = row % PAGE
        return rows[offset] if offset < len(rows) else None

    def id_at(self, row: int) -> uuid.UUID | None:
        if self._ids is not None:
            return self._ids[row] if 0 <= row < len(self._ids) else None
        return self._first_ids[row] if 0 <= row < len(self._first_ids) else None

    def ids_between(self, first: int, last: int) -> list[uuid.UUID]:
        """Ids of rows first..last (inclusive), as far as they are known."""
        if self._ids is not None:
            return self._ids[first:last + 1]
        return self._first_ids[first:last + 1]

    def row_of(self, entity_id) -> int:
        """The row of a record, -1 when it is not in the list (or not known yet)."""
        if self._ids is not None:
            try:
                return self._ids.index(entity_id)
            except ValueError:
                return -1
        try:
            return self._first_ids.index(entity_id)
        except ValueError:
            return -1

    @property
    def ids_known(self) -> bool:
        return self._ids is not None

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def _column_attributes(self) -> tuple[str, ...]:
        """The record attribute each column shows in the current language."""
        language = i18n.current_language()
        return tuple(col.attribute(language) for col in self.columns)

    def language_changed(self) -> None:
        """Relabel, and sort again when the sort column is the language's (sector names)."""
        self._attributes = self._column_attributes()
        language = i18n.current_language()
        for col in self.columns:
            if col.by_language and self.sort_key in col.by_language and self.sort_key != col.attribute(language):
                self.set_sort(col.attribute(language), self.descending)
                break
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1))

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=_DISPLAY):
        # asked for every role of every cell painted: the roles a list serves come first
        if role == _DISPLAY:
            column = index.column()
            if not index.isValid() or not 0 <= column < len(self._attributes):
                return None
            rec = self.record(index.row())
            if rec is None:
                return None
            name = self._attributes[column]
            return format_value(self.kind, name, getattr(rec, name))
        if role == _ALIGNMENT:
            column = index.column()
            if index.isValid() and 0 <= column < len(self._right_aligned) and self._right_aligned[column]:
                return _RIGHT
            return None
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role == RECORD_ROLE:
            return self.record(index.row())
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.columns[section].title(self.kind)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                if self.columns[section].right_aligned(self.kind):
                    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.set_sort(self.columns[column].attribute(i18n.current_language()),
                      order == Qt.SortOrder.DescendingOrder)

    def sort_column(self) -> int:
        """The column the list is sorted by, -1 for the kind's own order (sectors' position)."""
        for i, col in enumerate(self.columns):
            if self.sort_key in (col.key, *(col.by_language or ())):
                return i
        return -1
