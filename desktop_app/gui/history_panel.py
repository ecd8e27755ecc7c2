"""The history of one record (when, by whom, which field, before, after), with "Put back" for an
earlier value. A standalone widget for the detail panes:

    panel = HistoryPanel(db, worker)
    panel.show_record("stakeholder", some_id)
    panel.restored.connect(window.apply_changes)   # receives the ops Outcome

Putting a value back goes through ``ops.restore_value``: validated, conflict-checked against the
version shown, and itself recorded in the history. In the main window it is an edit like any
other, on the undo stack (Ctrl+Z puts the value back as it was): the panel hands it to the
window's ``editing.push``, which refreshes the views; a panel on its own (no such window)
emits ``restored`` with the ops ``Outcome`` instead.

The row chosen belongs to the record shown: another record starts with none chosen, and after
the history is read again the same change stays chosen (a value put back clears the choice).
"""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database import ops

from . import i18n
from .records_ui import record_label

# translated when shown (in the language of that moment)
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("history", "Created"),
    "update": QT_TRANSLATE_NOOP("history", "Changed"),
    "delete": QT_TRANSLATE_NOOP("history", "Deleted"),
    "erase": QT_TRANSLATE_NOOP("history", "Personal data erased"),
    "merge": QT_TRANSLATE_NOOP("history", "Merged"),
    "import": QT_TRANSLATE_NOOP("history", "Imported"),
}
# What an import or a merge wrote besides the record's own fields (their entries hold several
# values at once, as a JSON object: one row each is shown)
SPECIAL = {
    "merged": QT_TRANSLATE_NOOP("history", "Organisation merged in"),
    "merged into": QT_TRANSLATE_NOOP("history", "Record kept"),
    "merge undone": QT_TRANSLATE_NOOP("history", "Undone (record kept)"),
    "source": QT_TRANSLATE_NOOP("history", "Source"),
    "as_of": QT_TRANSLATE_NOOP("history", "As of"),
    "edited_fields": QT_TRANSLATE_NOOP("history", "Fields edited by hand"),
    "participants": QT_TRANSLATE_NOOP("history", "Participants added"),
    "partner_regions": QT_TRANSLATE_NOOP("history", "Partner regions added"),
}


def load_history(db, kind_name: str, entity_id) -> tuple[int | None, list[dict]]:
    """Runs on the database worker: the record's version and its history as rows of plain text
    (choices by their label, references by the name of the record they point to)."""
    try:
        version = ops.get(db, kind_name, entity_id).version
    except ops.NotFoundError:
        version = None
    fields = {f.name: f for f in ops.kind(kind_name).fields}
    names: dict[str, str] = {}

    def shown(field, value):
        if value is None or field is None:
            return value
        if field.type == "choice" and field.choices is not None:
            try:
                return i18n.translated("choices", field.choices(value).label)
            except ValueError:
                return value
        if field.type == "ref" and field.refers:
            if value not in names:
                try:
                    rec = ops.get(db, field.refers, uuid.UUID(value))
                    names[value] = (getattr(rec, "name", None) or getattr(rec, "title", None)
                                    or getattr(rec, "code", None) or value)
                except (ops.NotFoundError, ValueError):
                    names[value] = QCoreApplication.translate("history", "(a deleted record)")
            return names[value]
        if field.type == "bool":
            return QCoreApplication.translate("history", "yes") if value == "True" else \
                QCoreApplication.translate("history", "no")
        return value

    def listed(value):
        return "; ".join(str(v) for v in value) if isinstance(value, list) else value

    rows = []
    for h in ops.history(db, entity_id):
        f = fields.get(h.field) if h.field else None
        entry = {"id": h.id, "at": h.at, "author": h.author, "action": h.action, "field": h.field}
        several = _values_of(h) if f is None else None
        if several is None:
            rows.append({**entry, "label": f.label if f else (h.field or ""), "before": shown(f, h.before),
                         "after": shown(f, h.after), "restorable": h.action == "update" and f is not None})
            continue
        before, after = several
        for key in [*after, *(k for k in before if k not in after)]:
            kf = fields.get(key)
            if key == "merge undone" and after.get(key):  # (the id of the organisation it had been merged into)
                after = {**after, key: _name(db, after[key])}
            added = key == "added" and h.field in SPECIAL  # "participants": the links an import added
            rows.append({**entry, "label": SPECIAL[h.field] if added else (kf.label if kf else SPECIAL.get(key, key)),
                         "special": kf is None, "before": listed(shown(kf, before.get(key))),
                         "after": listed(shown(kf, after.get(key))), "restorable": False})
    return version, rows


def _values_of(h) -> tuple[dict, dict] | None:
    """(before, after) of an entry that holds several values as JSON objects — an import's update,
    a merge — else None."""
    def parsed(text):
        if not text:
            return {}
        if not text.startswith("{"):
            raise ValueError(text)
        value = json.loads(text)
        if not isinstance(value, dict):
            raise ValueError(text)
        return value

    try:
        before, after = parsed(h.before), parsed(h.after)
    except ValueError:  # (json's errors are ValueErrors too): a plain value
        return None
    return (before, after) if before or after else None


def _name(db, value: str) -> str:
    try:
        return ops.get(db, "stakeholder", uuid.UUID(value)).name
    except (ops.NotFoundError, ValueError):
        return value


def put_back_value(db, kind_name: str, entity_id, history_id, field: str, expected_version: int):
    """Runs on the database worker: put back the value a history entry records as it was before
    (``ops.restore_value``), and say it as an undoable batch outcome.

    Returns ``(outcome, batch, before)``: the ops Outcome, a ``BatchOutcome`` whose inverse sets
    the field back to what it held just before (None when nothing changed) and the record as it
    was. The version is checked by ``restore_value``: when it passes, the record read here was
    the one written over."""
    try:
        before = ops.get(db, kind_name, entity_id)
    except ops.NotFoundError:
        before = None  # deleted meanwhile: restore_value says so (a conflict)
    outcome = ops.restore_value(db, history_id, expected_version=expected_version)
    batch = None
    if before is not None and before.version == expected_version and outcome.record is not None and \
            outcome.record.version != before.version:
        batch = ops.BatchOutcome(replaced=(ops.Replaced(kind_name, before.id, {field: getattr(before, field)},
                                                        outcome.record.version),), changes=outcome.changes)
    return outcome, batch, before


class HistoryPanel(QWidget):
    restored = Signal(object)  # the ops Outcome of a value put back

    COLUMNS = (QT_TRANSLATE_NOOP("HistoryPanel", "When"), QT_TRANSLATE_NOOP("HistoryPanel", "Who"),
               QT_TRANSLATE_NOOP("HistoryPanel", "What"), QT_TRANSLATE_NOOP("HistoryPanel", "Before"),
               QT_TRANSLATE_NOOP("HistoryPanel", "After"))

    def __init__(self, db, worker, target: tuple[str, object] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._worker = db, worker
        self._target: tuple[str, object] | None = None
        self._version: int | None = None
        self._rows: list[dict] = []
        self.setObjectName("historyPanel")

        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for i in range(3):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.put_back())

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.put_back_button = QPushButton(self)
        self.put_back_button.setEnabled(False)
        self.put_back_button.clicked.connect(self.put_back)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.put_back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()
        if target is not None:
            self.show_record(*target)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("HistoryPanel", c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("History of the record"))
        self.put_back_button.setText(self.tr("&Put back the earlier value"))
        self.put_back_button.setToolTip(self.tr("Set this field back to its value before the selected change. "
                                                "The change back is recorded too."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._target is not None and self.isVisible():
                self.refresh()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------

    def show_record(self, kind_name: str, entity_id) -> None:
        if (kind_name, entity_id) != self._target:
            self._forget_choice()  # a change chosen in one record's history is not another's
        self._target = (kind_name, entity_id)
        self.refresh()

    def _forget_choice(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self._selection_changed()

    def clear(self) -> None:
        """Show no record (none is selected)."""
        self._target, self._version, self._rows = None, None, []
        self._forget_choice()
        self.table.setRowCount(0)
        self.status.setText("")
        self._selection_changed()

    @property
    def target(self) -> tuple[str, object] | None:
        return self._target

    def refresh(self) -> None:
        if self._target is None:
            return
        target = self._target
        self.status.setText(self.tr("Loading the history…"))
        self._worker.submit(load_history, self._db, *target,
                            on_done=lambda result: self._loaded(target, result), on_error=self._failed)

    def _loaded(self, target, result) -> None:
        if target != self._target:  # another record was chosen meanwhile
            return
        chosen = self.selected_row()
        chosen_id = chosen["id"] if chosen else None
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.table.blockSignals(False)
        self._version, self._rows = result
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            if row["action"] == "update":
                what = i18n.label_text(row["label"])
            else:
                what = QCoreApplication.translate("history", ACTIONS.get(row["action"], row["action"]))
                if "special" in row:  # one of the values of an import's or a merge's entry
                    label = QCoreApplication.translate("history", row["label"]) if row["special"] \
                        else i18n.label_text(row["label"])
                    what = f"{what} · {label}"
            cells = [row["at"].strftime("%d/%m/%Y %H:%M"), row["author"] or self.tr("(unknown)"), what,
                     row["before"] or "", row["after"] or ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))
                self.table.setItem(r, c, item)
        if not self._rows:
            self.status.setText(self.tr("No changes recorded yet."))
        elif self._version is None:
            self.status.setText(self.tr("This record no longer exists; its history is kept."))
        else:
            self.status.setText(self.tr("%n change(s).", "", len(self._rows)))
        # the change chosen before the history was read again (by its id: new rows come first)
        again = next((r for r, row in enumerate(self._rows) if row["id"] == chosen_id), None)
        if again is not None:
            self.table.selectRow(again)
        self._selection_changed()

    def _failed(self, error) -> None:
        self.status.setText(self.tr("The history could not be read: %1").replace("%1", i18n.error_text(error)))

    # --- putting a value back --------------------------------------------------------------------

    def selected_row(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.put_back_button.setEnabled(bool(row and row["restorable"] and self._version is not None))

    def put_back(self) -> None:
        row = self.selected_row()
        if not row or not row["restorable"] or self._version is None:
            return
        self.put_back_button.setEnabled(False)
        kind_name, entity_id = self._target
        label = row["label"]
        self._worker.submit(put_back_value, self._db, kind_name, entity_id, row["id"], row["field"], self._version,
                            on_done=lambda result: self._put_back_done(result, kind_name, label),
                            on_error=self._put_back_failed)

    def _undo_host(self):
        """The main window's editor (its ``push`` puts a write on the undo stack), if any."""
        editing = getattr(self.window(), "editing", None)
        return editing if callable(getattr(editing, "push", None)) else None

    def _put_back_done(self, result, kind_name: str, label: str) -> None:
        outcome, batch, before = result
        self._forget_choice()  # the rows move down by one: the choice would land on another change
        editing = self._undo_host()
        if editing is not None and batch is not None:
            def text():
                return QCoreApplication.translate("HistoryPanel", "Put back {0} of “{1}”").format(
                    i18n.label_text(label), record_label(kind_name, before))

            editing.push(text, batch)  # refreshes every view, this history with the details
        else:
            self.restored.emit(outcome)
        self.refresh()

    def _put_back_failed(self, error) -> None:
        if isinstance(error, ops.ConflictError):
            text = self.tr("Someone changed this record while you were looking at its history, so nothing was "
                           "put back. The history now shows their change; choose again.")
        elif isinstance(error, ops.ValidationError):
            text = self.tr("The earlier value cannot be put back: %1").replace(
                "%1", "; ".join(QCoreApplication.translate("validation", p.template).format(**p.params)
                                for p in error.problems))
        else:
            text = i18n.error_text(error)
        QMessageBox.warning(self, self.tr("History"), text)
        self.refresh()

    def current_version(self) -> int | None:
        return self._version

