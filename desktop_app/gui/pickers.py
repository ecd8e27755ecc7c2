"""Choosing a related record by typing part of its name: the picker asks the database (on the
worker, the latest keystroke only) and offers the matches in a drop-down list."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from database import ops

from .records_ui import kind_name, record_label
from .worker import LatestOnly

_T = QCoreApplication.translate


class RecordPicker(QWidget):
    """A line to type in and a list of matching records; ``value()`` is the chosen id."""

    changed = Signal()

    def __init__(self, worker, db, kind: str, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._db = db
        self.kind = kind
        self._id: uuid.UUID | None = None
        self._label = ""
        self._labelling = False
        self._matches: list = []
        self._query = LatestOnly(worker, self)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self.edit)
        self._completer.activated.connect(self._chosen_text)
        self.edit.textEdited.connect(self._typed)
        self.browse = QToolButton(self)
        self.browse.setText("▾")
        self.browse.clicked.connect(lambda: self._typed(self.edit.text() or " "))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(_T("RecordPicker", "Type to find a {0}…").format(kind_name(self.kind)))
        self.browse.setToolTip(_T("RecordPicker", "Show matches"))
        self.browse.setAccessibleName(_T("RecordPicker", "Show matches"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- value ---------------------------------------------------------------------------------

    def value(self):
        """The chosen id; None when empty; the typed text when it matches no choice (invalid)."""
        text = self.edit.text().strip()
        if self._id is not None and (text == self._label or (self._labelling and not text)):
            return self._id
        if not text:
            return None
        return text

    def set_value(self, rec_id, label: str | None = None) -> None:
        self._id = rec_id
        self._label = label or ""
        self._show(self._label)
        self._labelling = rec_id is not None and label is None  # its name is on the way
        if self._labelling:
            self._worker.submit(ops.get, self._db, self.kind, rec_id, on_done=self._labelled,
                                on_error=lambda _e: None)

    def _labelled(self, rec) -> None:
        if rec.id == self._id and self._labelling:
            self._labelling = False
            self._label = record_label(self.kind, rec)
            self._show(self._label)

    def _show(self, label: str) -> None:
        """The chosen record's label from its start (a long partnership title would otherwise
        show its end, hiding the acronym), and whole in the tooltip."""
        self.edit.setText(label)
        self.edit.setCursorPosition(0)
        self.edit.setToolTip(label)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - like QLineEdit
        self.edit.setReadOnly(read_only)
        self.browse.setEnabled(not read_only)

    # --- finding -------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self.edit.isReadOnly():
            return
        self.changed.emit()
        self._query.request(ops.choose, self._db, self.kind, text.strip() or "", 30, on_done=self._offer,
                            interrupt=self._db)

    def _offer(self, records) -> None:
        self._matches = list(records)
        self._model.setStringList([record_label(self.kind, r) for r in self._matches])
        if self._matches and self.edit.hasFocus():
            self._completer.complete()

    def _chosen_text(self, text: str) -> None:
        for rec in self._matches:
            if record_label(self.kind, rec) == text:
                self._id = rec.id
                self._label = text
                QTimer.singleShot(0, lambda: self._show(text))
                self.changed.emit()
                return
