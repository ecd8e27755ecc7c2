"""Possible duplicate organisations: the list to review (from imports, or a scan of the whole
register), the two records side by side with a choice for each field that differs, the merge
(relations move to the organisation kept), and its undo. Every data call runs on the database
worker; ``changed`` carries the ops ``Changes`` of a merge or an undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import ops

from . import i18n
from .records_ui import field_info, format_value, kind_count, record_label
from .worker import Cancelled

# what a merge moves (ops.merge_preview's ``moves``) -> the kind of record counted, so the count
# reads in the window's language with its plural: "2 sector links", "1 KET link", "3 interactions"
RELATION_KINDS = {"contacts": "contact", "participants": "participant", "stakeholder_sectors": "stakeholder_sector",
                  "stakeholder_kets": "stakeholder_ket", "interaction_stakeholders": "interaction"}


def relation_count(relation: str, n: int) -> str:
    return kind_count(RELATION_KINDS.get(relation, relation), n)


_T = QCoreApplication.translate
CLASHES_SHOWN = 6  # a long list of clashes would push the merge button off the window


def clash_text(clash) -> str:
    """One link both organisations have (ops.Clash), in a sentence: it does not move, the kept
    record's own link stays — and what it takes from the other's, or what of it is lost."""
    target = record_label(clash.target_kind, clash.target) if clash.target is not None else "?"
    if clash.relation == "participants":
        kept = format_value("participant", "role", clash.kept["role"])
        if clash.kept["contribution"] is not None:
            kept += ", " + format_value("participant", "contribution", clash.kept["contribution"])
        text = _T("DuplicatesDialog", "Participation in “%1”: the kept record is already in it; one participation "
                                      "stays, as %2.").replace("%1", target).replace("%2", kept)
        theirs = clash.other["contribution"]
        if theirs is not None and theirs != clash.kept["contribution"]:
            text += " " + _T("DuplicatesDialog", "The other record's contribution, %1, is not added to it.").replace(
                "%1", format_value("participant", "contribution", theirs))
        return text
    if clash.relation == "stakeholder_sectors":
        if "is_primary" in clash.taken:
            return _T("DuplicatesDialog", "Sector “%1”: both are linked to it; the kept record's link stays and "
                                          "becomes primary, as the other's was.").replace("%1", target)
        return _T("DuplicatesDialog", "Sector “%1”: both are linked to it; the kept record's link stays.").replace(
            "%1", target)
    if clash.relation == "stakeholder_kets":
        return _T("DuplicatesDialog", "KET “%1”: both are linked to it; the kept record's link stays.").replace(
            "%1", target)
    return _T("DuplicatesDialog", "Interaction “%1”: both took part; the kept record's link stays.").replace(
        "%1", target)


def moves_text(preview) -> str:
    """What a merge moves (counted without the clashes) and, line by line, what happens to each
    link both records have."""
    moving = [relation_count(k, n) for k, n in preview.moves.items() if n]
    text = _T("DuplicatesDialog", "Moves to the kept record: %1. The other record is then deleted; "
                                  "Undo merge brings it back.").replace(
        "%1", ", ".join(moving) or _T("DuplicatesDialog", "nothing"))
    clashes = getattr(preview, "clashes", ())
    if clashes:
        lines = [clash_text(c) for c in clashes[:CLASHES_SHOWN]]
        if len(clashes) > CLASHES_SHOWN:
            lines.append(_T("DuplicatesDialog", "…and %1 more.").replace("%1", str(len(clashes) - CLASHES_SHOWN)))
        text += "\n" + _T("DuplicatesDialog", "Already linked to the kept record, so not moved:") + "\n" + \
            "\n".join("• " + line for line in lines)
    return text


def failure_text(exc: BaseException) -> str:
    """A failure in one plain sentence: the data layer's own words, or — for a bug — a sentence
    saying nothing changed, the details written to the log as the main window does."""
    from database.errors import Ris3Error

    if isinstance(exc, Ris3Error):
        return i18n.error_text(exc)
    from desktop_app.cli.common import write_crash_log

    try:
        log = write_crash_log(exc)
    except OSError:
        return _T("DuplicatesDialog", "Something went wrong, and nothing was changed.")
    return _T("DuplicatesDialog", "Something went wrong, and nothing was changed. The details were written "
                                  "to %1.").replace("%1", str(log))


def _shown(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


def value_text(field, value, text: str | None) -> str:
    """A value of an organisation's field as the window shows it, in its language: a choice by
    its label (type, size …), yes/no, dates and amounts as elsewhere; a reference by the name
    ``merge_preview`` found for it."""
    if value is None or value == "":
        return "—"
    info = field_info("stakeholder", field.name)
    if info is not None and info.type == "ref" and text:
        return text
    if isinstance(value, tuple | list):
        return _shown(value)
    return format_value("stakeholder", field.name, value) or _shown(value)


class DuplicatesDialog(QDialog):
    changed = Signal(object)  # ops Changes

    def __init__(self, db, worker, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.worker = db, worker
        self.pairs: list = []
        self.preview = None
        self.survivor_is_a = True
        self.choices: dict[str, QButtonGroup] = {}
        self.merge_records: list = []
        self._select_merge = None  # the merge to select once the list is read again (after a merge)
        self._pending = 0
        self.setWindowTitle(self.tr("Possible duplicate organisations"))
        self.resize(1100, 640)

        # the list
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Possible duplicates"))
        self.list.currentRowChanged.connect(self._pair_chosen)
        self.scan_button = QPushButton(self.tr("&Look for duplicates"), self)
        self.scan_button.setToolTip(self.tr("Compare every organisation with the others in its city"))
        self.scan_button.clicked.connect(self.scan)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop looking; nothing is added to the list"))
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.cancel_button.hide()
        self.scan_job = None
        self.dismiss_button = QPushButton(self.tr("&Not the same"), self)
        self.dismiss_button.setToolTip(self.tr("Take the pair off the list; it will not be offered again"))
        self.dismiss_button.clicked.connect(self.dismiss)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Pairs to review, closest first:"), left))
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.scan_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.dismiss_button)
        left_layout.addLayout(row)

        # side by side
        self.keep_a = QRadioButton(self)
        self.keep_b = QRadioButton(self)
        self.keep = QButtonGroup(self)
        self.keep.addButton(self.keep_a, 0)
        self.keep.addButton(self.keep_b, 1)
        self.keep.idToggled.connect(lambda _id, on: on and self._survivor_changed())
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("First record"), self.tr("Second record")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.moves = QLabel(self)
        self.moves.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.clicked.connect(self.merge)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep:"), right))
        keep_row.addWidget(self.keep_a, 1)
        keep_row.addWidget(self.keep_b, 1)
        right_layout.addLayout(keep_row)
        right_layout.addWidget(QLabel(self.tr("For each field that differs, choose the value to keep:"), right))
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.moves)
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.merge_button)
        right_layout.addLayout(merge_row)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 740])

        # merges done, to undo
        self.merges = QListWidget(self)
        self.merges.setAccessibleName(self.tr("Merges done"))
        self.merges.setMaximumHeight(110)
        self.undo_button = QPushButton(self.tr("&Undo merge"), self)
        self.undo_button.clicked.connect(self.undo)
        self.merges.currentRowChanged.connect(lambda _r: self._update())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(QLabel(self.tr("Merges done (newest first):"), self))
        bottom = QHBoxLayout()
        bottom.addWidget(self.merges, 1)
        undo_col = QVBoxLayout()
        undo_col.addWidget(self.undo_button)
        undo_col.addStretch(1)
        bottom.addLayout(undo_col)
        layout.addLayout(bottom)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(close)
        layout.addLayout(footer)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.merge)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        self.refresh()

    # --- loading --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _call(self, fn, *args, on_done, on_error=None, **kwargs):
        self._pending += 1
        self._update()

        def done(result):
            self._pending -= 1
            on_done(result)
            self._update()

        def failed(exc):
            self._pending -= 1
            (on_error or self._failed)(exc)
            self._update()

        return self.worker.submit(fn, *args, on_done=done, on_error=failed, **kwargs)

    def refresh(self) -> None:
        self._call(ops.list_duplicates, self.db, on_done=self._pairs_loaded)
        self._call(ops.list_merges, self.db, on_done=self._merges_loaded)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Back from the main window, where an organisation may have been edited, deleted or
        merged: read the lists again (what did not change stays as it was, choices included)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self.busy:
            self.refresh()

    def _why(self, pair) -> str:
        """Why the pair is on the list, in the window's language (the stored reason is English)."""
        why = self.tr("Similar names (%1%) in %2").replace("%1", f"{pair.score:.0f}").replace(
            "%2", pair.a.city or pair.b.city or self.tr("the same place"))
        if pair.a.pic and pair.b.pic and pair.a.pic != pair.b.pic:
            why += "; " + self.tr("different PICs %1 and %2").replace("%1", pair.a.pic).replace("%2", pair.b.pic)
        return why

    def _pairs_loaded(self, pairs) -> None:
        current = self._current()
        if pairs and pairs == self.pairs and self.list.count() == len(pairs):
            self._load_preview()  # the same pairs: only the counts may have changed
            return
        self.pairs = pairs
        self.list.clear()
        for p in pairs:
            city = p.a.city or p.b.city or ""
            item = QListWidgetItem(f"{p.score:.0f}%  {p.a.name}\n       {p.b.name}" + (f"\n       {city}" if city else ""))
            item.setToolTip(self._why(p))
            self.list.addItem(item)
        if pairs:  # the pair being reviewed stays chosen when it is still on the list
            ids = [p.id for p in pairs]
            self.list.setCurrentRow(ids.index(current.id) if current is not None and current.id in ids else 0)
        else:
            self._show_preview(None)
            if not self.status.text():  # what a merge, an undo or a scan just said stays readable
                self.status.setText(self.tr("No possible duplicates on the list."))

    def _merges_loaded(self, merges) -> None:
        row = self.merges.currentRow()
        chosen = self._select_merge or (self.merge_records[row].id if 0 <= row < len(self.merge_records) else None)
        self._select_merge = None
        self.merge_records = merges
        self.merges.clear()
        for x in merges:
            when = x.at.strftime("%Y-%m-%d %H:%M")
            text = self.tr("%1: “%2” merged into “%3”").replace("%1", when).replace("%2", x.merged_name).replace(
                "%3", x.survivor_name or "?")
            if x.undone:
                text += " " + self.tr("(undone)")
            self.merges.addItem(text)
        # the merge just done (or the one chosen before) is selected: Undo merge and Ctrl+Z act on it
        ids = [x.id for x in merges]
        if chosen in ids:
            self.merges.setCurrentRow(ids.index(chosen))

    def _pair_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        if not self._previewing(self.pairs[row]):  # another pair: the first record is kept, to start with
            self.survivor_is_a = True
            self.keep_a.setChecked(True)
        self._load_preview()

    def _previewing(self, pair) -> bool:
        """Whether the preview shown is of this pair (either way round)."""
        p = self.preview
        return p is not None and {p.survivor.id, p.other.id} == {pair.a.id, pair.b.id}

    def _current(self):
        row = self.list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _load_preview(self) -> None:
        pair = self._current()
        if pair is None:
            return
        first, second = (pair.a, pair.b) if self.survivor_is_a else (pair.b, pair.a)
        self._call(ops.merge_preview, self.db, first.id, second.id, on_done=self._show_preview)

    def _survivor_changed(self) -> None:
        self.survivor_is_a = self.keep.checkedId() == 0
        self._load_preview()

    def _show_preview(self, preview) -> None:
        # the same two records the same way round (read again): the officer's choices stay
        same = (preview is not None and self.preview is not None and (preview.survivor.id, preview.other.id)
                == (self.preview.survivor.id, self.preview.other.id))
        chosen = self.take() if same else {}
        self.preview = preview
        self.choices.clear()
        self.table.setRowCount(0)
        pair = self._current()
        if preview is None or pair is None:
            self.keep_a.setText("")
            self.keep_b.setText("")
            self.moves.setText("")
            return
        self.keep_a.setText(pair.a.name)
        self.keep_b.setText(pair.b.name)
        differing = [f for f in preview.fields if f.differs]
        self.table.setRowCount(len(differing))
        for row, f in enumerate(differing):
            label = QCoreApplication.translate("fields", f.label)
            self.table.setItem(row, 0, QTableWidgetItem(label))
            group = QButtonGroup(self.table)
            take_other = chosen[f.name] == "other" if f.name in chosen else (
                f.survivor in (None, "") and f.other not in (None, ""))
            for col, (value, text, side) in enumerate(((f.survivor, f.survivor_text, "survivor"),
                                                       (f.other, f.other_text, "other")), start=1):
                text = value_text(f, value, text)
                button = QRadioButton(text, self.table)
                button.setProperty("side", side)
                button.setAccessibleName(f"{label}: {text}")
                group.addButton(button, col)
                button.setChecked((side == "other") == take_other)
                self.table.setCellWidget(row, col, button)
            self.choices[f.name] = group
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Kept record"), self.tr("Merged record")])
        self.table.resizeColumnToContents(0)
        self.moves.setText(moves_text(preview))

    # --- acting ---------------------------------------------------------------------------------

    def take(self) -> dict[str, str]:
        """Per differing field: "other" (the merged record's value) or "survivor"."""
        return {name: group.checkedButton().property("side") for name, group in self.choices.items()
                if group.checkedButton() is not None}

    def choose(self, field: str, side: str) -> None:
        group = self.choices[field]
        group.button(2 if side == "other" else 1).setChecked(True)

    def merge(self) -> None:
        if self.preview is None or self.busy:
            return
        survivor, other = self.preview.survivor, self.preview.other
        self._call(ops.merge_stakeholders, self.db, survivor.id, other.id, self.take(), on_done=self._merged,
                   on_error=lambda exc: self._merge_failed(exc, survivor, other))

    def _merged(self, result) -> None:
        self.status.setText(self.tr("Merged into “%1”. Undo merge brings the other record back.")
                            .replace("%1", result.survivor.name))
        self._select_merge = result.merge_id
        self.changed.emit(result.changes)
        self.refresh()

    def _merge_failed(self, exc: BaseException, survivor, other) -> None:
        """One of the two was deleted or merged from the main window since the list was read:
        the pair is gone from the register's list; take it off this one too and say why."""
        if not isinstance(exc, ops.NotFoundError):
            self._failed(exc)
            return
        gone = other if exc.entity_id == other.id else survivor
        rows = [i for i, p in enumerate(self.pairs) if {p.a.id, p.b.id} == {survivor.id, other.id}]
        for row in reversed(rows):
            del self.pairs[row]
            self.list.takeItem(row)  # (the next pair is chosen, and previewed)
        if not self.pairs:
            self._show_preview(None)
        self.status.setText("⚠ " + self.tr("“%1” is no longer in the register (it was deleted or merged "
                                           "meanwhile), so the pair was taken off the list. Nothing was merged.")
                            .replace("%1", gone.name))
        self.refresh()

    def dismiss(self) -> None:
        pair = self._current()
        if pair is not None and not self.busy:
            self._call(ops.dismiss_duplicate, self.db, pair.id, on_done=lambda _r: self.refresh())

    def scan(self) -> None:
        if self.busy:
            return
        self.status.setText(self.tr("Looking for duplicates…"))
        db = self.db
        self.scan_job = self._call(
            lambda job: ops.find_duplicates(db, progress=job.progress), on_done=self._scanned, long=True,
            on_progress=lambda done, total, _t: self.status.setText(
                self.tr("Looking for duplicates… %1%").replace("%1", str(100 * done // max(total, 1)))))
        self._update()

    def cancel_scan(self) -> None:
        """The scan of a big register takes seconds: it stops at the next city, adding nothing."""
        if self.scan_job is not None:
            self.scan_job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _scanned(self, added: int) -> None:
        self.scan_job = None
        self.status.setText(self.tr("%1 new possible duplicates found.").replace("%1", str(added)))
        self.refresh()

    def undo(self) -> None:
        row = self.merges.currentRow()
        if self.busy or not 0 <= row < len(self.merge_records):
            return
        record = self.merge_records[row]
        if record.undone:
            return
        self._call(ops.undo_merge, self.db, record.id, on_done=self._undone)

    def _undone(self, changes) -> None:
        self.status.setText(self.tr("Merge undone: both records are back as they were."))
        self.changed.emit(changes)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.scan_job = None
            self.status.setText(self.tr("Cancelled: no pairs were added."))
        else:
            self.scan_job = None
            self.status.setText("⚠ " + failure_text(exc))

    def _update(self) -> None:
        has_pair = self._current() is not None
        self.merge_button.setEnabled(not self.busy and has_pair and self.preview is not None)
        self.dismiss_button.setEnabled(not self.busy and has_pair)
        self.scan_button.setEnabled(not self.busy)
        self.cancel_button.setVisible(self.scan_job is not None)
        row = self.merges.currentRow()
        records = self.merge_records
        self.undo_button.setEnabled(not self.busy and 0 <= row < len(records) and not records[row].undone)
        self.keep_a.setEnabled(not self.busy and has_pair)
        self.keep_b.setEnabled(not self.busy and has_pair)
