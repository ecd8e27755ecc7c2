"""The briefing-pack dialog: choose a scope and options (or a saved preset), generate the pack in
the background with progress and Cancel, preview it, print it, save it, and see the packs issued
before — any of which can be issued again.

    dialog = PackDialog(db, worker, parent=window, prefs=window.prefs, scope=ops.PackScope(sectors=["AUTO"]))
    dialog.show()

The data is gathered on the database worker (``DbWorker``); the layout runs on a thread of its
own, so the window stays responsive and Cancel stops either step cleanly. ``prefs`` are the
officer's :class:`Preferences`: the author printed on the cover (``officer_name``), the pack
language and the folder Save starts in. ``scope`` fills the scope to begin with (the window
passes what is selected: :func:`scope_of_selection`).

Save and Print give the pack previewed, so they are offered only while it is the pack the options
describe: any change of an option after a preview (the audience above all — an external pack
leaves out personal data) marks the preview out of date and disables them until it is generated
again; ``save_to`` and ``print_to`` refuse an out-of-date preview as well.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, QStringListModel, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database import ops
from desktop_app.packs import PackCancelled, PackOptions, build_pack, presets

from . import i18n
from .preferences import Preferences
from .worker import Cancelled, DbWorker

SCOPE_KINDS = ("sector", "region", "partnership", "stakeholder")


MAX_SELECTED = 1000  # records of a selection put into a scope (wider scopes: sectors and regions)


def gather(db, scope, *, audience, today, directory, job=None):
    """Runs on the database worker: the pack's data, reporting progress and obeying Cancel."""
    report = (lambda done, total, text: job.progress(done, total, text)) if job is not None else None
    return ops.pack_data(db, scope, audience=audience, today=today, directory=directory, progress=report)


def scope_value(kind: str, record) -> str:
    """What a scope stores for a record: codes and references where they exist (readable in
    presets and the log), else the id (names and acronyms are not unique: two CORDIS projects
    may share an acronym)."""
    if kind in ("sector", "region"):
        return record.code
    if kind == "partnership" and record.external_ref:
        return record.external_ref
    return str(record.id)


def find_label(db, kind: str, value: str) -> str | None:
    """Runs on the database worker: the readable label of a scope value read from a preset or the log."""
    if kind == "sector":
        found = ops.find_by(db, "sector", code=value)
    elif kind == "region":
        found = [r for r in [ops.region_by_code(db, value)] if r]
    elif kind == "partnership":
        found = (_by_id(db, kind, value) or ops.find_by(db, "partnership", external_ref=value)
                 or ops.find_by(db, "partnership", acronym=value) or ops.find_by(db, "partnership", title=value))
    else:
        found = _by_id(db, kind, value) or ops.find_by(db, "stakeholder", name=value)
    return scope_label(kind, found[0]) if found else None


def _by_id(db, kind: str, value: str) -> list:
    try:
        return [ops.get(db, kind, uuid.UUID(value))]
    except (ValueError, ops.NotFoundError):
        return []


def find_labels(db, kind: str, values) -> dict[str, str]:
    """Runs on the database worker: the readable labels of many scope values at once."""
    if kind == "stakeholder":
        ids = []
        for v in values:
            try:
                ids.append(uuid.UUID(v))
            except ValueError:
                pass
        known = {str(r.id): scope_label(kind, r) for r in ops.get_many(db, kind, ids)} if ids else {}
        return {v: known.get(v) or find_label(db, kind, v) for v in values}
    return {v: find_label(db, kind, v) for v in values}


def scope_of_selection(db, kind: str | None, ids) -> tuple[ops.PackScope, int]:
    """Runs on the database worker: the pack scope for records selected in the window (an
    interaction stands for its organisations and partnerships), and how many were left out
    beyond :data:`MAX_SELECTED`."""
    ids = list(ids or [])
    if kind == "interaction":
        found: dict[str, list[str]] = {"stakeholder": [], "partnership": []}
        for rec_id in ids[:MAX_SELECTED]:
            detail = ops.interaction_detail(db, rec_id)
            found["stakeholder"] += [scope_value("stakeholder", r) for r in detail.stakeholders]
            found["partnership"] += [scope_value("partnership", r) for r in detail.partnerships]
        return ops.PackScope(stakeholders=found["stakeholder"], partnerships=found["partnership"]), \
            max(0, len(ids) - MAX_SELECTED)
    if kind not in SCOPE_KINDS or not ids:
        return ops.PackScope(), 0
    records = ops.get_many(db, kind, ids[:MAX_SELECTED])
    return ops.PackScope(**{f"{kind}s": [scope_value(kind, r) for r in records]}), max(0, len(ids) - MAX_SELECTED)


def scope_label(kind: str, record) -> str:
    if kind == "sector":
        return f"{record.name_en} ({record.code})"
    if kind == "region":
        return f"{record.name} ({record.code})"
    if kind == "partnership":
        return record.label
    return record.name


class _LayoutThread(QThread):
    """Lays the pack out with reportlab, away from the GUI thread."""

    progressed = Signal(int, int)
    done = Signal(object)  # PackResult
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, data, options: PackOptions, path: Path):
        super().__init__()
        self.setObjectName("ris3desk-pack-layout")
        self.data, self.options, self.path = data, options, path
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = build_pack(self.data, self.options, self.path, cancelled=self._cancel.is_set,
                                progress=lambda done, total, _text: self.progressed.emit(done, total))
        except PackCancelled:
            self.stopped.emit()
        except Exception as e:  # noqa: BLE001 - shown to the officer, never a crash
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.done.emit(result)


class ScopePicker(QWidget):
    """Find records of one kind by typing (search runs on the database worker) and collect them."""

    changed = Signal()

    def __init__(self, kind: str, db, worker: DbWorker, placeholder: str, parent=None):
        super().__init__(parent)
        self.kind, self.db, self.worker = kind, db, worker
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(62)
        self.remove = QToolButton()
        self.remove.setText(self.tr("Remove"))
        self.remove.clicked.connect(self.remove_selected)
        self._hits: dict[str, object] = {}
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(self._chosen)
        self.edit.setCompleter(self.completer)
        self._timer = QTimer(self, singleShot=True, interval=180)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(lambda: self._chosen(self.edit.text()))
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)

    def _search(self) -> None:
        words = self.edit.text().strip()
        if len(words) < 1:
            return
        self.worker.submit(ops.search, self.db, words, [self.kind], 30, on_done=self._found,
                           on_error=lambda _e: None)

    def _found(self, hits) -> None:
        self._hits = {h.label: h for h in hits}
        self.completer.setModel(QStringListModel(list(self._hits), self.completer))
        if self.edit.hasFocus() and self._hits:
            self.completer.complete()

    def _chosen(self, label: str) -> None:
        hit = self._hits.get(label)
        if hit is None:
            return
        self.worker.submit(ops.get, self.db, self.kind, hit.id, on_done=self._add_record, on_error=lambda _e: None)
        self.edit.clear()

    def _add_record(self, record) -> None:
        self.add(scope_value(self.kind, record), scope_label(self.kind, record))

    def add(self, value: str, label: str | None = None) -> None:
        if value in self.values():
            return
        item = QListWidgetItem(label or value)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setToolTip(value)
        self.list.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def values(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_values(self, values) -> None:
        """Show values from a preset, the log or the window's selection; their readable labels
        follow from the worker (one job for all of them)."""
        self.list.clear()
        for v in values:
            self.add(v)
        if values:
            self.worker.submit(find_labels, self.db, self.kind, list(values), on_done=self._relabel,
                               on_error=lambda _e: None)

    def _relabel(self, labels: dict[str, str | None]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            label = labels.get(item.data(Qt.ItemDataRole.UserRole))
            if label:
                item.setText(label)


class PackDialog(QDialog):
    """The pack dialog (see the module's docstring)."""

    generated = Signal(object)  # PackResult, when a preview is ready
    issued = Signal(object)  # IssuedPack, when a pack was saved or printed

    def __init__(self, db, worker: DbWorker, parent=None, prefs: Preferences | None = None,
                 scope: ops.PackScope | None = None):
        super().__init__(parent)
        self.db, self.worker, self.prefs = db, worker, prefs or Preferences()
        self.setWindowTitle(self.tr("Briefing pack"))
        # large enough for a page beside the options, never larger than the screen (a laptop's
        # 1366×768 leaves less once the title bar and the task bar are counted)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1240, screen.width() - 40), min(800, screen.height() - 60))
        self._tmp = Path(tempfile.mkdtemp(prefix="ris3desk-pack-"))
        self._generation = 0
        self._job = None
        self._thread: _LayoutThread | None = None
        self._result = None
        self._issued_options: tuple | None = None  # (scope, options) of the pack previewed
        self._presets: dict[str, object] = {}
        self._log_rows: list = []
        self._closed = False
        self.document = QPdfDocument(self)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._options_tab(), self.tr("Options"))
        self.tabs.addTab(self._log_tab(), self.tr("Packs issued"))
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._preview_pane())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 720])

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.generate_button = QPushButton(self.tr("Generate preview"))
        self.generate_button.setDefault(True)
        self.generate_button.setToolTip(self.tr("Gather the data and lay the pack out (Ctrl+Return)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_pack)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.generate)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pack)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        for b in (self.generate_button, self.cancel_button, self.save_button, self.print_button, close):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._set_busy(False)
        self.refresh_presets()
        self.refresh_log()
        if scope is not None:
            for kind in SCOPE_KINDS:
                self.pickers[kind].set_values(getattr(scope, f"{kind}s"))
        self._watch_options()

    def _watch_options(self) -> None:
        """Every change of an option may leave the preview behind: check it each time."""
        for edit in (self.title_edit, self.occasion_edit, self.author_edit):
            edit.textChanged.connect(self._options_changed)
        self.summary_edit.textChanged.connect(self._options_changed)
        self.date_edit.dateChanged.connect(self._options_changed)
        self.language_box.currentIndexChanged.connect(self._options_changed)
        for button in (self.internal_radio, self.external_radio, self.directory_check):
            button.toggled.connect(self._options_changed)
        for picker in self.pickers.values():
            picker.changed.connect(self._options_changed)

    # --- building the form -------------------------------------------------------------------

    def _options_tab(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        self.preset_box = QComboBox()
        self.preset_box.setPlaceholderText(self.tr("(no preset)"))
        self.preset_box.activated.connect(self._apply_preset)
        save_preset = QToolButton(text=self.tr("Save as…"))
        save_preset.clicked.connect(self.save_preset)
        self.delete_preset_button = QToolButton(text=self.tr("Delete"))
        self.delete_preset_button.clicked.connect(self.delete_preset)
        row = QHBoxLayout()
        row.addWidget(self.preset_box, 1)
        row.addWidget(save_preset)
        row.addWidget(self.delete_preset_button)
        form.addRow(self.tr("Preset"), row)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Default: from the scope"))
        self.occasion_edit = QLineEdit()
        self.occasion_edit.setPlaceholderText(self.tr("e.g. Visit of the Baden-Württemberg delegation"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.author_edit = QLineEdit(self.prefs.officer_name)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Occasion"), self.occasion_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Author"), self.author_edit)

        self.language_box = QComboBox()
        self.language_box.addItem("Italiano", "it")
        self.language_box.addItem("English", "en")
        lang = self.prefs.effective_pack_language()
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(lang)))
        form.addRow(self.tr("Language of the pack"), self.language_box)
        self.internal_radio = QRadioButton(self.tr("Internal"))
        self.external_radio = QRadioButton(self.tr("External (public)"))
        self.external_radio.setToolTip(self.tr("Leaves out contact people's personal data and internal notes"))
        self.internal_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.internal_radio)
        group.addButton(self.external_radio)
        box = QVBoxLayout()
        box.addWidget(self.internal_radio)
        box.addWidget(self.external_radio)
        form.addRow(self.tr("Audience"), box)

        scope = QGroupBox(self.tr("Scope (empty: an overview of the whole register)"))
        scope_form = QFormLayout(scope)
        self.pickers = {
            "sector": ScopePicker("sector", self.db, self.worker, self.tr("Type a sector…")),
            "region": ScopePicker("region", self.db, self.worker, self.tr("Type a region or NUTS code…")),
            "partnership": ScopePicker("partnership", self.db, self.worker, self.tr("Type a partnership…")),
            "stakeholder": ScopePicker("stakeholder", self.db, self.worker, self.tr("Type an organisation…")),
        }
        for kind, label in (("sector", self.tr("Sectors")), ("region", self.tr("Partner regions")),
                            ("partnership", self.tr("Partnerships")), ("stakeholder", self.tr("Organisations"))):
            scope_form.addRow(label, self.pickers[kind])
        form.addRow(scope)

        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(
            self.tr("Executive summary or talking points. Start a line with '- ' for a point."))
        self.summary_edit.setMaximumHeight(110)
        form.addRow(self.tr("Summary"), self.summary_edit)
        self.directory_check = QCheckBox(self.tr("Add the directory of every organisation in scope"))
        form.addRow("", self.directory_check)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        return scroll

    def _log_tab(self) -> QWidget:
        w = QWidget()
        self.log_table = QTableWidget(0, 7)
        self.log_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Title"), self.tr("Scope"),
                                                  self.tr("Language"), self.tr("Audience"), self.tr("Pages"),
                                                  self.tr("File")])
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.verticalHeader().setVisible(False)
        self.log_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_table.horizontalHeader().setStretchLastSection(True)
        self.log_table.doubleClicked.connect(lambda _i: self.issue_again())
        again = QPushButton(self.tr("Issue again"))
        again.setToolTip(self.tr("The same scope and options, with today's data and date"))
        again.clicked.connect(self.issue_again)
        layout = QVBoxLayout(w)
        layout.addWidget(self.log_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(again)
        layout.addLayout(row)
        return w

    def _preview_pane(self) -> QWidget:
        w = QWidget()
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # FitToWidth / FitInView hang offscreen (DESIGN.md §5): a custom zoom, computed here, and
        # the vertical scroll bar always on so the width does not flip-flop
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(self.view.documentMargins())
        self._fit_width = True
        # says, over the preview, that it no longer shows the options chosen (a sign, not colour alone)
        self.stale_label = QLabel()
        self.stale_label.setObjectName("packPreviewStale")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("QLabel#packPreviewStale { background: #fff4ce; color: #3b2f00; "
                                       "border: 1px solid #d8b24a; border-radius: 4px; padding: 6px; }")
        self.stale_label.setVisible(False)
        self.page_label = QLabel()
        zoom_out = QToolButton(text="−")
        zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        zoom_in = QToolButton(text="+")
        zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        fit = QToolButton(text=self.tr("Fit width"))
        zoom_out.clicked.connect(lambda: self.zoom(1 / 1.2))
        zoom_in.clicked.connect(lambda: self.zoom(1.2))
        fit.clicked.connect(self.fit_width)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom(1.2))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom(1 / 1.2))
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._show_page())
        bar = QHBoxLayout()
        bar.addWidget(self.page_label, 1)
        for b in (zoom_out, zoom_in, fit):
            bar.addWidget(b)
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.view, 1)
        return w

    # --- the form's values -------------------------------------------------------------------

    def scope(self) -> ops.PackScope:
        return ops.PackScope(**{f"{k}s": self.pickers[k].values() for k in SCOPE_KINDS})

    def options(self) -> PackOptions:
        d = self.date_edit.date()
        return PackOptions(
            language=self.language_box.currentData(), audience="external" if self.external_radio.isChecked()
            else "internal", title=self.title_edit.text().strip(), occasion=self.occasion_edit.text().strip(),
            date=date(d.year(), d.month(), d.day()), author=self.author_edit.text().strip(),
            summary=self.summary_edit.toPlainText(), directory=self.directory_check.isChecked())

    def set_form(self, scope: ops.PackScope, options: PackOptions, *, keep_date: bool = False) -> None:
        self.title_edit.setText(options.title)
        self.occasion_edit.setText(options.occasion)
        if keep_date and options.date:
            self.date_edit.setDate(QDate(options.date.year, options.date.month, options.date.day))
        else:
            self.date_edit.setDate(QDate.currentDate())
        if options.author:
            self.author_edit.setText(options.author)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(options.language)))
        (self.external_radio if options.audience == "external" else self.internal_radio).setChecked(True)
        self.summary_edit.setPlainText(options.summary)
        self.directory_check.setChecked(options.directory)
        for kind in SCOPE_KINDS:
            self.pickers[kind].set_values(getattr(scope, f"{kind}s"))

    # --- generating --------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.generate_button.setEnabled(not busy)
        self._update_ready()

    def preview_is_current(self) -> bool:
        """Whether the pack previewed is the one the options describe now."""
        if self._result is None or self._issued_options is None:
            return False
        try:
            return (self.scope(), self.options()) == self._issued_options
        except ValueError:
            return False

    def _stale_text(self) -> str:
        return self.tr("The options changed after this preview, so it is not the pack they describe. "
                       "Generate the preview again (Ctrl+Return) to save or print it.")

    def _update_ready(self) -> bool:
        """Save and Print only for a preview of the options shown; says so when it is out of date.
        Returns whether the preview is current."""
        busy = self.busy
        current = self.preview_is_current()
        self.save_button.setEnabled(not busy and current)
        self.print_button.setEnabled(not busy and current)
        stale = self._result is not None and not current
        self.stale_label.setText("⚠ " + self._stale_text() if stale else "")
        self.stale_label.setVisible(stale)
        tip = self._stale_text() if stale else ""
        self.save_button.setToolTip(tip)
        self.print_button.setToolTip(tip)
        return current

    def _stale_status(self) -> str:
        return self.tr("The preview is out of date: generate it again (Ctrl+Return) to save or print.")

    def _options_changed(self, *_args) -> None:
        if self._result is None or self.busy:
            return  # nothing previewed yet (or the preview under way is checked when it is ready)
        was = self.save_button.isEnabled()
        if not self._update_ready():
            self.status.setText(self._stale_status())
        elif not was:  # back to the options previewed
            self.status.setText(self._ready_text())

    def _ready_text(self) -> str:
        return self.tr("{pages} pages, ready to save or print.").format(pages=self._result.pages)

    @property
    def busy(self) -> bool:
        return self._job is not None or self._thread is not None

    @Slot()
    def generate(self) -> None:
        if self.busy:
            return
        try:
            scope, options = self.scope(), self.options()
        except ValueError as e:
            self.status.setText(str(e))
            return
        self._pending = (scope, options)
        self._result = None
        self.progress.setRange(0, 0)
        self._set_busy(True)
        self.status.setText(self.tr("Gathering the data…"))
        self._job = self.worker.submit(
            gather, self.db, scope, audience=options.audience, today=options.date, directory=options.directory,
            long=True, on_done=self._gathered, on_error=self._gather_failed, on_progress=self._gather_progress)

    def _gather_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(int(20 * done / max(total, 1)))

    def _gather_failed(self, exc) -> None:
        self._job = None
        if self._closed:
            return
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled."))
        elif isinstance(exc, ops.Ris3Error):
            self.status.setText(i18n.error_text(exc))
        else:
            self.status.setText(self.tr("The pack could not be made: {error}").format(error=i18n.error_text(exc)))

    def _gathered(self, data) -> None:
        job, self._job = self._job, None
        if self._closed:
            return
        if job is not None and job.cancelled:  # Cancel came just as the data arrived
            self._set_busy(False)
            self.status.setText(self.tr("Cancelled."))
            return
        scope, options = self._pending
        self._generation += 1
        path = self._tmp / f"preview-{self._generation}.pdf"
        self.status.setText(self.tr("Laying out the pages…"))
        self.progress.setRange(0, 100)
        thread = _LayoutThread(data, options, path)
        thread.progressed.connect(self._layout_progress)
        thread.done.connect(self._laid_out)
        thread.failed.connect(self._layout_failed)
        thread.stopped.connect(self._layout_stopped)
        thread.finished.connect(thread.deleteLater)
        self._thread = thread
        thread.start()

    def _layout_progress(self, done: int, total: int) -> None:
        self.progress.setValue(20 + int(80 * done / max(total, 1)))

    def _end_thread(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread = None

    def _laid_out(self, result) -> None:
        self._end_thread()
        self._result = result
        self._issued_options = self._pending
        self.document.close()
        self.document.load(str(result.path))
        self.fit_width()
        self._show_page()
        self._set_busy(False)
        # options changed while it was being made: it is shown, but not offered for saving
        self.status.setText(self._ready_text() if self.preview_is_current() else self._stale_status())
        self.generated.emit(result)

    def _layout_failed(self, message: str) -> None:
        self._end_thread()
        self._set_busy(False)
        self.status.setText(self.tr("The pack could not be made: {error}").format(error=message))

    def _layout_stopped(self) -> None:
        self._end_thread()
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled."))

    @Slot()
    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        if self._thread is not None:
            self._thread.cancel()

    # --- preview -----------------------------------------------------------------------------

    def _show_page(self) -> None:
        pages = self.document.pageCount()
        if pages:
            current = self.view.pageNavigator().currentPage() + 1
            self.page_label.setText(self.tr("Page {page} of {pages}").format(page=current, pages=pages))
        else:
            self.page_label.setText("")

    def zoom(self, factor: float) -> None:
        self._fit_width = False
        self.view.setZoomFactor(max(0.2, min(6.0, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        self._fit_width = True
        if self.document.pageCount() == 0:
            return
        points = self.document.pagePointSize(0).width()
        margins = self.view.documentMargins()
        avail = self.view.viewport().width() - margins.left() - margins.right() - 4
        dpi = self.view.logicalDpiX() or 96
        if points > 0 and avail > 50:
            self.view.setZoomFactor(avail / (points * dpi / 72.0))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fit_width:
            QTimer.singleShot(0, self.fit_width)

    # --- save, print, log --------------------------------------------------------------------

    def _log(self, file_path: str | None) -> None:
        scope, options = self._issued_options
        self.worker.submit(ops.log_pack, self.db, title=self._result.title, language=options.language,
                           audience=options.audience, options=presets.to_dict(scope, options), file_path=file_path,
                           pages=self._result.pages, author=options.author or None,
                           on_done=self._logged, on_error=lambda e: self.status.setText(i18n.error_text(e)))

    def _logged(self, entry) -> None:
        self.refresh_log()
        self.issued.emit(entry)

    def suggested_name(self) -> str:
        _, options = self._issued_options
        base = self._result.title or self.tr("briefing-pack")
        base = re.sub(r"[^\w\s-]", "", base, flags=re.UNICODE).strip()
        base = re.sub(r"\s+", "-", base)[:60] or "briefing-pack"
        return f"{base}-{options.date.isoformat()}.pdf"

    def _refuse_stale(self) -> bool:
        """True (and says why) when Save or Print would give a pack the options no longer describe."""
        if self.preview_is_current():
            return False
        self._update_ready()
        self.status.setText(self._stale_status() if self._result is not None
                            else self.tr("Generate the preview first (Ctrl+Return)."))
        return True

    @Slot()
    def save(self) -> None:
        if self._result is None or self.busy or self._refuse_stale():
            return
        folder = self.prefs.effective_pack_folder()
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the briefing pack"),
                                                str(Path(folder) / self.suggested_name()), self.tr("PDF (*.pdf)"))
        if target:
            self.save_to(target)

    def save_to(self, target: str | os.PathLike) -> bool:
        """Copy the previewed pack to ``target`` (complete or not at all) and log it. Refused
        (False) when the preview is not of the options shown."""
        if self._result is None or self.busy or self._refuse_stale():
            return False
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(target.suffix + ".pdf") if target.suffix else target.with_suffix(".pdf")
        partial = target.with_name(f".{target.name}.part")
        try:
            shutil.copyfile(self._result.path, partial)
            os.replace(partial, target)
        except OSError as e:
            partial.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The pack could not be saved: {error}")
                                .format(error=e.strerror or str(e)))
            return False
        self.status.setText(self.tr("Saved to {path}").format(path=str(target)))
        self._log(str(target.absolute()))
        return True

    @Slot()
    def print_pack(self) -> None:
        if self._result is None or self.busy or self._refuse_stale():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._result.title or "RIS3 Desk")
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the previewed pages onto ``printer``; returns how many were printed (none when
        the preview is not of the options shown)."""
        if self._result is None or self.busy or self._refuse_stale():
            return 0
        first, last = printer.fromPage(), printer.toPage()
        count = self.document.pageCount()
        if first == 0 and last == 0:
            first, last = 1, count
        first, last = max(1, first), min(count, last)
        dpi = min(printer.resolution(), 300)  # sharp on paper without images of 100 MB a page
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be opened."))
            return 0
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number - 1)
                size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
                image = self.document.render(number - 1, size)
                flat = QImage(image.size(), QImage.Format.Format_RGB32)  # the render is transparent
                flat.fill(QColor("white"))
                p = QPainter(flat)
                p.drawImage(QPointF(0, 0), image)
                p.end()
                rect = painter.viewport()
                scale = min(rect.width() / flat.width(), rect.height() / flat.height())
                w, h = flat.width() * scale, flat.height() * scale
                painter.drawImage(QRectF((rect.width() - w) / 2, (rect.height() - h) / 2, w, h), flat)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent {pages} pages to the printer.").format(pages=last - first + 1))
        self._log(None)
        return last - first + 1

    def refresh_log(self) -> None:
        self.worker.submit(ops.packs_issued, self.db, on_done=self._show_log, on_error=lambda _e: None)

    def _show_log(self, rows) -> None:
        self._log_rows = rows
        self.log_table.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            scope, _ = presets.from_dict(entry.options)
            parts = [*scope.sectors, *scope.regions, *scope.partnerships]
            if scope.stakeholders:
                parts.append(self.tr("{n} organisations").format(n=len(scope.stakeholders)))
            values = [entry.issued_at.strftime("%Y-%m-%d %H:%M"), entry.title, ", ".join(parts) or self.tr("whole register"),
                      entry.language, self.tr("Internal") if entry.audience == "internal" else self.tr("External"),
                      str(entry.pages or ""), entry.file_path or self.tr("(printed)")]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.log_table.setItem(r, c, item)

    @Slot()
    def issue_again(self) -> None:
        row = self.log_table.currentRow()
        if row < 0 or row >= len(self._log_rows) or self.busy:
            return
        scope, options = presets.from_dict(self._log_rows[row].options)
        self.set_form(scope, replace(options, reproducible=False))
        self.tabs.setCurrentIndex(0)
        self.generate()

    # --- presets -----------------------------------------------------------------------------

    def refresh_presets(self) -> None:
        self.worker.submit(ops.list_page, self.db, "pack_preset", limit=500, on_done=self._show_presets,
                           on_error=lambda _e: None)

    def _show_presets(self, page) -> None:
        current = self.preset_box.currentText()
        self._presets = {p.name: p for p in page.rows}
        self.preset_box.clear()
        self.preset_box.addItems(list(self._presets))
        self.preset_box.setCurrentIndex(self.preset_box.findText(current))
        self.delete_preset_button.setEnabled(bool(self._presets))

    def _apply_preset(self, index: int) -> None:
        preset = self._presets.get(self.preset_box.itemText(index))
        if preset is not None:
            scope, options = presets.from_dict(preset.options)
            self.set_form(scope, options)

    @Slot()
    def save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save preset"), self.tr("Name of the preset:"),
                                        text=self.preset_box.currentText())
        if ok and name.strip():
            self.save_preset_as(name.strip())

    def save_preset_as(self, name: str) -> None:
        try:
            values = presets.to_dict(self.scope(), self.options(), preset=True)
        except ValueError as e:
            self.status.setText(str(e))
            return
        existing = self._presets.get(name)
        if existing is not None:
            job = (ops.update, self.db, "pack_preset", existing.id, {"options": values})
            kw = {"expected_version": existing.version}
        else:
            job = (ops.create, self.db, "pack_preset", {"name": name, "options": values})
            kw = {}

        def saved(_outcome):
            self.status.setText(self.tr("Preset \u201c{name}\u201d saved.").format(name=name))
            self.preset_box.setCurrentText(name)
            self.refresh_presets()

        self.worker.submit(*job, on_done=saved, on_error=lambda e: self.status.setText(str(e)), **kw)

    @Slot()
    def delete_preset(self) -> None:
        preset = self._presets.get(self.preset_box.currentText())
        if preset is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete preset"),
                                      self.tr("Delete the preset \u201c{name}\u201d?").format(name=preset.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.worker.submit(ops.delete, self.db, "pack_preset", preset.id,
                               on_done=lambda _o: self.refresh_presets(),
                               on_error=lambda e: self.status.setText(i18n.error_text(e)))

    # --- closing -----------------------------------------------------------------------------

    def done(self, result: int) -> None:  # close, Esc and Close all end here
        self._closed = True
        if self.busy:
            self.cancel()
            if self._thread is not None:
                self._thread.wait(30_000)
        self.document.close()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(result)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._closed = False  # shown again after a close: results count again
        self._tmp.mkdir(parents=True, exist_ok=True)
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.busy:
            self.cancel()  # Esc cancels the generation first, and closes only when idle
            return
        super().keyPressEvent(event)


__all__ = ["PackDialog"]
