"""Preferences: the officer's name, home region, pack language and folder, backup folder and the language
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

from .preferences import Preferences, documents_folder

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
        self.backup.setPlaceholderText(_T("PreferencesDialog", "Beside the register, in a folder of its own"))
        backup_holder = self._folder_row(self.backup, _T("PreferencesDialog", "Choose the backup folder"),
                                         _T("PreferencesDialog", "Backup folder"))
        self.packs = QLineEdit(prefs.pack_folder, self)
        self.packs.setPlaceholderText(documents_folder())
        packs_holder = self._folder_row(self.packs, _T("PreferencesDialog", "Choose the folder for packs"),
                                        _T("PreferencesDialog", "Folder for briefing packs"))
        holders = {backup_holder: self.backup, packs_holder: self.packs}
        form = QFormLayout()
        rows = [
            (_T("PreferencesDialog", "&Your name:"), self.officer,
             _T("PreferencesDialog", "Named as the author of briefing packs and of your changes in the history.")),
            (_T("PreferencesDialog", "&Home region:"), self.region,
             _T("PreferencesDialog", "Your region (a NUTS code, e.g. ITC1 for Piemonte).")),
            (_T("PreferencesDialog", "&Pack language:"), self.pack_language,
             _T("PreferencesDialog", "The language briefing packs are written in unless you choose otherwise.")),
            (_T("PreferencesDialog", "Folder for p&acks:"), packs_holder,
             _T("PreferencesDialog", "Where briefing packs are saved unless you choose another folder.")),
            (_T("PreferencesDialog", "&Backup folder:"), backup_holder,
             _T("PreferencesDialog", "Where backups of the register are saved.")),
            (_T("PreferencesDialog", "&Window language:"), self.language,
             _T("PreferencesDialog", "Italian or English; applied at once.")),
        ]
        for label, widget, description in rows:
            title = QLabel(label, self)
            focus = holders.get(widget, widget)
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

    def _folder_row(self, edit: QLineEdit, button_name: str, title: str) -> QWidget:
        """A folder field with its Choose… button."""
        browse = QPushButton(_T("PreferencesDialog", "Choose…"), self)
        browse.setAccessibleName(button_name)
        browse.clicked.connect(lambda: self._browse(edit, title))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(browse)
        holder = QWidget(self)
        holder.setLayout(row)
        return holder

    def _browse(self, edit: QLineEdit, title: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, title, edit.text() or edit.placeholderText())
        if folder:
            edit.setText(folder)

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
                       pack_folder=self.packs.text().strip(),
                       language=self.language.currentData() or "")
