"""The detail pane's two tabs: the record with its relations, and its history (when, by whom,
which field, before and after, with *Put back the earlier value*).

The history is built the first time its tab is opened and read only while it is shown, so
walking through a list costs nothing more. A value put back is an ordinary, checked edit:
``restored`` carries its ops ``Outcome`` for the window to refresh from.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

_T = QCoreApplication.translate
DETAILS, HISTORY = 0, 1


class DetailTabs(QTabWidget):
    restored = Signal(object)  # ops Outcome of a value put back

    def __init__(self, view, worker, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self._worker, self._db = worker, db
        self.history = None  # the HistoryPanel, once its tab was opened
        self.setObjectName("detailTabs")
        self.setDocumentMode(True)
        self.addTab(view, "")
        self.addTab(QWidget(self), "")  # stands in for the history until it is first shown
        self.currentChanged.connect(lambda _i: self.sync())
        view.shown.connect(lambda *_: self.sync())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(DETAILS, _T("DetailTabs", "Details"))
        self.setTabText(HISTORY, _T("DetailTabs", "History"))
        self.setTabToolTip(HISTORY, _T("DetailTabs", "Every change to this record: when, by whom, before and "
                                                     "after (Ctrl+H)"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def toggle_history(self) -> None:
        self.setCurrentIndex(DETAILS if self.currentIndex() == HISTORY else HISTORY)
        (self.history if self.currentIndex() == HISTORY else self.view).setFocus()

    def _panel(self):
        if self.history is None:
            from .history_panel import HistoryPanel

            self.history = HistoryPanel(self._db, self._worker, parent=self)
            self.history.restored.connect(self.restored)
            stand_in = self.widget(HISTORY)
            self.blockSignals(True)
            self.removeTab(HISTORY)
            self.insertTab(HISTORY, self.history, "")
            self.setCurrentIndex(HISTORY)
            self.blockSignals(False)
            stand_in.deleteLater()
            self.retranslate()
        return self.history

    def sync(self) -> None:
        """Show the history of the record in the details, when the history tab is open."""
        if self.currentIndex() != HISTORY:
            return
        panel = self._panel()
        target = (self.view.kind, self.view.record_id) if self.view.record_id is not None else None
        if target is None:
            panel.clear()
        elif target != panel.target:
            panel.show_record(*target)
        else:
            panel.refresh()  # the record changed (a refresh of the details follows every change)
