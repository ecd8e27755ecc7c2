"""Preferences: the officer's name, home region, pack language, backup folder and the language
of the window (applied at once, nothing typed elsewhere is lost)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from database import ops

from .preferences import Preferences, default_backup_folder

_T = QCoreApplication.translate


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, worker, db, parent=None):
        super().__init__(parent)
        self.prefs = prefs
        self._worker = worker
        self._db = db
        self.setWindowTitle(_T("PreferencesDialog", "Preferences"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.officer = QLineEdit(prefs.officer_name, self)
        self.officer.setMaxLength(200)
        self.region = QComboBox(self)
        self.region.setEditable(True)
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.region.addItem(prefs.home_region, prefs.home_region)
        self.pack_language = QComboBox(self)
        self.language = QComboBox(self)
        for combo, current in ((self.language, prefs.language), (self.pack_language, prefs.pack_language)):
            combo.addItem(_T("PreferencesDialog", "As the system") if combo is self.language
                          else _T("PreferencesDialog", "As the window"), "")
            combo.addItem("Italiano", "it")
            combo.addItem("English", "en")
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self.backup = QLineEdit(prefs.backup_folder, self)
        self.backup.setPlaceholderText(default_backup_folder())
        browse = QPushButton(_T("PreferencesDialog", "Choose…"), self)
        browse.clicked.connect(self._browse)
        browse.setAccessibleName(_T("PreferencesDialog", "Choose the backup folder"))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup, 1)
        backup_row.addWidget(browse)
        backup_holder = QWidget(self)
        backup_holder.setLayout(backup_row)
        backup_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        rows = [
            (_T("PreferencesDialog", "&Your name:"), self.officer,
             _T("PreferencesDialog", "Named as the author of briefing packs and of your changes in the history.")),
            (_T("PreferencesDialog", "&Home region:"), self.region,
             _T("PreferencesDialog", "Your region (a NUTS code, e.g. ITC1 for Piemonte).")),
            (_T("PreferencesDialog", "&Pack language:"), self.pack_language,
             _T("PreferencesDialog", "The language briefing packs are written in unless you choose otherwise.")),
            (_T("PreferencesDialog", "&Backup folder:"), backup_holder,
             _T("PreferencesDialog", "Where backups of the register are saved.")),
            (_T("PreferencesDialog", "&Window language:"), self.language,
             _T("PreferencesDialog", "Italian or English; applied at once.")),
        ]
        for label, widget, description in rows:
            title = QLabel(label, self)
            focus = self.backup if widget is backup_holder else widget
            title.setBuddy(focus)
            focus.setAccessibleName(label.replace("&", "").rstrip(":"))
            focus.setAccessibleDescription(description)
            focus.setToolTip(description)
            form.addRow(title, widget)
        self.problem = QLabel(self)
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 280)
        worker.submit(lambda: [r for r in ops.all_of(db, "region") if r.level <= 3], on_done=self._regions,
                      on_error=lambda _e: None)

    def _regions(self, regions) -> None:
        current = self.region.currentData() or self.region.currentText()
        self.region.clear()
        for r in regions:
            self.region.addItem(f"{r.code} — {r.name}", r.code)
        index = self.region.findData(current)
        if index >= 0:
            self.region.setCurrentIndex(index)
        else:
            self.region.setEditText(current or "")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _T("PreferencesDialog", "Backup folder"),
                                                  self.backup.text() or default_backup_folder())
        if folder:
            self.backup.setText(folder)

    def region_code(self) -> str:
        data = self.region.currentData()
        text = self.region.currentText().strip()
        if data and text.startswith(str(data)):
            return str(data)
        return text.split("—")[0].strip().upper()

    def _check(self) -> None:
        code = self.region_code()
        if code and self.region.findData(code) < 0 and self.region.count() > 1:
            self.problem.setText("⚠ " + _T("PreferencesDialog", "{0} is not a NUTS region code.").format(code))
            self.problem.setVisible(True)
            self.region.setFocus()
            return
        self.accept()

    def result_preferences(self) -> Preferences:
        return replace(self.prefs, officer_name=self.officer.text().strip(), home_region=self.region_code(),
                       pack_language=self.pack_language.currentData() or "", backup_folder=self.backup.text().strip(),
                       language=self.language.currentData() or "")
