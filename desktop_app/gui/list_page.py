"""One page of the window per kind: filters, the list, and the selected record's details (or
its form, while it is being edited)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database import ops

from . import i18n
from .detail_tabs import DetailTabs
from .detail_views import DetailView
from .filter_bar import FilterBar, choice_keys, load_choices
from .list_model import RecordListModel
from .records_ui import format_value, kind_count, kind_name, kind_title

_T = QCoreApplication.translate


class RecordTable(QTableView):
    """The list itself: rows selected whole, several at once; columns chosen, moved and sorted
    from the header; Ctrl+C copies the selected rows."""

    painted_rows = Signal()  # the first time rows of data were painted
    copy_requested = Signal()
    delete_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._reported = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setSortingEnabled(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        # a fixed row height: Qt never measures 100,000 rows
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.choose_columns)
        self.doubleClicked.connect(lambda _i: self.open_requested.emit())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, RecordListModel):
            model.view_painted()
            # rows of data on screen, or a list known to be empty (a new register)
            if not self._reported and model.is_loaded and \
                    (not model.rowCount() or model.record(max(self.rowAt(0), 0)) is not None):
                self._reported = True
                self.painted_rows.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def choose_columns(self, pos=None) -> None:
        """The column chooser: tick the columns to show."""
        model = self.model()
        header = self.horizontalHeader()
        menu = QMenu(self)
        menu.setTitle(_T("RecordTable", "Columns"))
        shown = [i for i in range(model.columnCount()) if not header.isSectionHidden(i)]
        for i in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(i, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(not (len(shown) == 1 and i in shown))  # keep at least one
            action.toggled.connect(lambda on, i=i: header.setSectionHidden(i, not on))
        menu.addSeparator()
        fit = menu.addAction(_T("RecordTable", "Fit column widths"))
        fit.triggered.connect(self.resizeColumnsToContents)
        if pos is None:
            menu.popup(self.mapToGlobal(header.geometry().bottomLeft()))
        else:
            menu.popup(header.mapToGlobal(pos))
        self._column_menu = menu


class DetailPanel(QWidget):
    """The record's details with its main actions above them."""

    action = Signal(str, str, object)  # action, kind, id

    def __init__(self, worker, db, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.view = DetailView(worker, db, self)
        self.edit_button = QToolButton(self)
        self.delete_button = QToolButton(self)
        self.network_button = QToolButton(self)
        self.links_button = QToolButton(self)
        for button, name in ((self.edit_button, "edit"), (self.delete_button, "delete"),
                             (self.network_button, "network"), (self.links_button, "links")):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _c=False, name=name: self._act(name))
        self.network_button.setVisible(kind in ("stakeholder", "sector", "region", "partnership"))
        self.links_button.setVisible(kind in ("stakeholder", "partnership", "sector"))
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 0)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.links_button)
        bar.addWidget(self.network_button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        self.tabs = DetailTabs(self.view, worker, db, self)  # details and history
        layout.addWidget(self.tabs, 1)
        self.view.shown.connect(lambda *_: self._enable(True))
        self._enable(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(_T("DetailPanel", "&Edit"))
        self.edit_button.setToolTip(_T("DetailPanel", "Edit this {0} (Ctrl+E)").format(kind_name(self.kind)))
        self.delete_button.setText(_T("DetailPanel", "Delete…"))
        self.delete_button.setToolTip(_T("DetailPanel", "Delete this {0}").format(kind_name(self.kind)))
        self.network_button.setText(_T("DetailPanel", "Network"))
        self.network_button.setToolTip(_T("DetailPanel", "Who works with whom, around this {0}")
                                       .format(kind_name(self.kind)))
        self.links_button.setText(_T("DetailPanel", "Sectors…"))
        self.links_button.setToolTip(_T("DetailPanel", "Link sectors and technologies"))
        for button in (self.edit_button, self.delete_button, self.network_button, self.links_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(button.toolTip())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _enable(self, on: bool) -> None:
        for button in (self.edit_button, self.delete_button, self.network_button, self.links_button):
            button.setEnabled(on)

    def _act(self, name: str) -> None:
        if self.view.record_id is not None:
            self.action.emit(name, self.kind, self.view.record_id)

    def show_record(self, rec_id) -> None:
        self.view.show_record(self.kind, rec_id)

    def clear(self) -> None:
        self._enable(False)
        self.view.clear_record()
        self.tabs.sync()


class ListPage(QWidget):
    """Filters, list and detail of one kind. The window talks to it through ``show_record``,
    ``apply_changes``, ``selected_ids`` and the editor methods."""

    record_shown = Signal(str, object)  # kind, id: the officer looked at a record (history)
    action = Signal(str, str, object)  # action, kind, id (from the detail pane)
    status = Signal()  # the count changed

    def __init__(self, host, kind: str, parent=None):
        super().__init__(parent)
        self.host = host
        self.kind = kind
        self.model = RecordListModel(host.worker, host.db, kind, self)
        self.filter_bar = FilterBar(kind, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.detail = DetailPanel(host.worker, host.db, kind, self)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.detail)
        self.editor = None  # the FormFrame while a record is edited here
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pageCount")
        self.new_button = QToolButton(self)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_button.clicked.connect(lambda: self.action.emit("new", kind, None))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 8, 4, 6)
        left_layout.addLayout(top)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.current_id: uuid.UUID | None = None
        self._pending_select: uuid.UUID | None = None
        self._activated = False
        self._restoring = False
        self._scroll_to_restore: int | None = None
        self.model.loaded.connect(self._loaded)
        self.model.ids_ready.connect(self._ids_ready)
        self.model.failed.connect(host.editing.failed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.status.emit())
        self.table.copy_requested.connect(self.copy_rows)
        self.table.delete_requested.connect(lambda: self.action.emit("delete-selected", kind, None))
        self.table.open_requested.connect(lambda: self.detail.view.setFocus())
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sorted)
        self.filter_bar.changed.connect(self.model.set_filters)
        self.filter_bar.save_requested.connect(lambda: self.action.emit("save-search", kind, None))
        self.detail.action.connect(self.action)
        self.detail.view.link_activated.connect(self._link)
        self.detail.view.missing.connect(lambda *_: self.detail.clear())
        self.retranslate()

    # --- text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(kind_title(self.kind))
        self.new_button.setText(_T("ListPage", "+ New {0}").format(kind_name(self.kind)))
        self.new_button.setAccessibleName(_T("ListPage", "New {0}").format(kind_name(self.kind)))
        self.table.setAccessibleName(_T("ListPage", "List of {0}").format(kind_title(self.kind).lower()))
        self.table.setAccessibleDescription(_T("ListPage", "Ctrl+C copies the selected rows; right-click the "
                                                           "header to choose columns."))
        self._update_count()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.language_changed()
        super().changeEvent(event)

    def _update_count(self) -> None:
        if not self.model.is_loaded:
            self.count_label.setText("")
            return
        n = self.model.rowCount()
        text = kind_count(self.kind, n)
        if self.model.filters:
            text = _T("ListPage", "{0} match the filters").format(text)
        self.count_label.setText(text)
        self.status.emit()

    # --- loading -------------------------------------------------------------------------------

    def activate(self) -> None:
        """The first time the page is shown: restore its columns, load choices and rows. Shown
        again after its rows could not be read (the team's server was away), it reads them again."""
        if self._activated:
            if self.model.load_failed:
                self.model.reload()
            return
        self._activated = True
        self.restore_state()
        self.model.reload()
        # the filters' choices (every region, every province…) once the rows are in: reading
        # them meanwhile would slow down the first page
        self.model.ids_ready.connect(self._load_choices, Qt.ConnectionType.SingleShotConnection)

    def _load_choices(self) -> None:
        # one small job per filter, in the background: a click on the list never waits for them
        # (read-only, so a click that comes while one reads stops it; it is read again later)
        for key in choice_keys(self.kind):
            self.host.worker.submit(load_choices, self.host.db, self.kind, (key,), background=True,
                                    interrupt=self.host.db,
                                    on_done=self.filter_bar.set_choices, on_error=lambda _e: None)

    def _loaded(self) -> None:
        self._update_count()
        if self._scroll_to_restore is not None:
            self.table.verticalScrollBar().setValue(self._scroll_to_restore)
        if self.current_id is not None:
            row = self.model.row_of(self.current_id)
            if row >= 0:
                self._select_row(row)

    def _ids_ready(self) -> None:
        target = self._pending_select or self.current_id
        if target is not None:
            row = self.model.row_of(target)
            if row >= 0:
                self._select_row(row, scroll=self._pending_select is not None)
        self._pending_select = None
        self._scroll_to_restore = None

    def _select_row(self, row: int, scroll: bool = False) -> None:
        self._restoring = True
        try:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            if scroll:
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._restoring = False

    # --- records -------------------------------------------------------------------------------

    def _current_changed(self, current, _previous) -> None:
        if self._restoring or not current.isValid():
            return
        rec_id = self.model.id_at(current.row())
        if rec_id is None or rec_id == self.current_id:
            return
        self.host.navigate_to(self.kind, rec_id, from_list=True)

    def show_record(self, rec_id, select: bool = True) -> None:
        """Show a record's details (and select it in the list when it is there)."""
        self.close_editor()
        self.current_id = rec_id
        self.detail.show_record(rec_id)
        if select:
            row = self.model.row_of(rec_id)
            if row >= 0:
                if self.table.currentIndex().row() != row:
                    self._select_row(row, scroll=True)
            elif not self.model.ids_known:
                self._pending_select = rec_id
            else:
                self.table.selectionModel().clearSelection()
        self.record_shown.emit(self.kind, rec_id)

    def reselect_current(self) -> None:
        """Put the selection back on the record shown (after a refused navigation)."""
        if self.current_id is not None:
            row = self.model.row_of(self.current_id)
            if row >= 0:
                self._select_row(row)

    def selected_ids(self) -> list[uuid.UUID]:
        ids: list[uuid.UUID] = []
        for sel_range in self.table.selectionModel().selection():
            ids.extend(self.model.ids_between(sel_range.top(), sel_range.bottom()))
        if not ids and self.current_id is not None:
            ids = [self.current_id]
        return ids

    def select_all(self) -> None:
        if self.model.rowCount():
            selection = QItemSelection(self.model.index(0, 0),
                                       self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _link(self, scheme: str, action: str, kind: str, rec_id) -> None:
        if scheme == "record":
            self.host.open_record(kind, rec_id)
        else:
            self.action.emit(action, kind, rec_id)

    def apply_changes(self, changes: ops.Changes) -> None:
        if not self._activated:
            return
        if changes.touches(self.kind) or (self.model.filters and changes):
            self._scroll_to_restore = self.table.verticalScrollBar().value()
            self.model.reload()
        if self.current_id is not None and (self.kind, self.current_id) in changes.deleted:
            self.current_id = None
            self.detail.clear()
        elif self.current_id is not None and changes and self.editor is None:
            self.detail.view.refresh()

    # --- sorting and columns -------------------------------------------------------------------

    def _sorted(self, section: int, order) -> None:
        if not self._restoring:
            self.model.sort(section, order)

    def restore_state(self) -> None:
        header = self.table.horizontalHeader()
        state = self.host.state.value(f"lists/{self.kind}/header")
        self._restoring = True
        try:
            restored = isinstance(state, QByteArray | bytes) and header.restoreState(QByteArray(state)) \
                and header.count() == self.model.columnCount()
            if not restored:
                for i, col in enumerate(self.model.columns):
                    header.setSectionHidden(i, not col.visible)
                    header.resizeSection(i, col.width)
                column = self.model.sort_column()
                header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if self.model.descending
                                        else Qt.SortOrder.AscendingOrder)
            else:
                column = header.sortIndicatorSection()
                if 0 <= column < self.model.columnCount():
                    col = self.model.columns[column]
                    self.model.sort_key = col.attribute(i18n.current_language())
                    self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            header.setSectionsClickable(True)
        finally:
            self._restoring = False
        splitter = self.host.state.value(f"lists/{self.kind}/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))
        else:
            self.splitter.setSizes([620, 480])

    def save_state(self) -> None:
        if self._activated:
            self.host.state.set_value(f"lists/{self.kind}/header", self.table.horizontalHeader().saveState())
            self.host.state.set_value(f"lists/{self.kind}/splitter", self.splitter.saveState())

    # --- copy ----------------------------------------------------------------------------------

    def copy_rows(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        header = self.table.horizontalHeader()
        language = i18n.current_language()
        columns = [self.model.columns[header.logicalIndex(v)] for v in range(header.count())
                   if not header.isSectionHidden(header.logicalIndex(v))]
        kind = self.kind

        def fetch(job):
            rows = []
            for start in range(0, len(ids), 500):
                rows.extend(ops.get_many(self.host.db, kind, ids[start:start + 500]))
                job.progress(min(start + 500, len(ids)), len(ids))
            return rows

        def done(records):
            lines = ["\t".join(c.title(kind) for c in columns)]
            for rec in records:
                cells = [format_value(kind, c.attribute(language), getattr(rec, c.attribute(language)))
                         for c in columns]
                lines.append("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells))
            QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
            self.host.show_message(_T("ListPage", "Copied {0}.").format(kind_count(kind, len(records))))

        self.host.run_long(_T("ListPage", "Copying rows…"), fetch, on_done=done)

    # --- editing in the pane -------------------------------------------------------------------

    def open_editor(self, frame) -> None:
        self.close_editor()
        self.editor = frame
        self.right.addWidget(frame)
        self.right.setCurrentWidget(frame)
        frame.form.setFocus()
        first = next(iter(frame.form.editors.values()), None)
        if first is not None:
            first.widget.setFocus()

    def close_editor(self) -> None:
        if self.editor is not None:
            self.right.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.right.setCurrentWidget(self.detail)

    def editor_dirty(self) -> bool:
        return self.editor is not None and self.editor.form.is_dirty()

