"""Which spreadsheet column fills which field: the guessed or remembered mapping, shown with the
first rows of the file, each column's field chosen from a list."""

from __future__ import annotations

import codecs
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from database.imports import SheetPreview

from .i18n import label_text

SAMPLES = 3


# The character encodings an officer may choose when a CSV file's text reads wrong, by codec name.
ENCODINGS = [("utf-8", "UTF-8"), ("cp1252", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Windows-1252 (Western Europe)")),
             ("cp1250", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Windows-1250 (Central Europe)")),
             ("cp1253", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Windows-1253 (Greek)")),
             ("cp1251", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Windows-1251 (Cyrillic)")),
             ("cp1257", QT_TRANSLATE_NOOP("ColumnMappingDialog", "Windows-1257 (Baltic)")),
             ("iso8859-15", "ISO-8859-15 (Latin-9)"), ("utf-16", "UTF-16")]


class ColumnMappingDialog(QDialog):
    """Shows each column of the file — header and first values — with the field it goes to, and,
    for a CSV file, the character encoding it is read in: when accented letters read wrong, the
    officer picks another and the columns are read again (``reload(encoding, done)``)."""

    def __init__(self, preview: SheetPreview, parent: QWidget | None = None,
                 reload: Callable[[str, Callable[[SheetPreview], None]], None] | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Columns of %1").replace("%1", preview.file))
        self.resize(760, 480)
        origin = {"guessed": self.tr("guessed from the headers"), "remembered": self.tr("as you set it last time"),
                  "given": self.tr("as you set it")}[preview.origin]
        intro = QLabel(self.tr("Choose the field each column fills; “Not imported” skips a column. "
                               "The mapping shown is %1.").replace("%1", origin))
        intro.setWordWrap(True)
        self.encoding = None
        if preview.encoding and reload is not None:
            self.encoding = QComboBox(self)
            known = {codecs.lookup(name).name: QCoreApplication.translate("ColumnMappingDialog", label)
                     for name, label in ENCODINGS}
            current = codecs.lookup(preview.encoding).name
            for name, label in [(current, known.get(current, preview.encoding)),
                                *((n, lb) for n, lb in known.items() if n != current)]:
                self.encoding.addItem(label, name)
            self.encoding.setAccessibleName(self.tr("Text encoding"))
            self.encoding.currentIndexChanged.connect(lambda: self._read_again(reload))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("First values"), self.tr("Field")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        self._fill(preview)
        self.remember = QCheckBox(self.tr("Remember this mapping for files with the same columns"), self)
        self.remember.setChecked(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if self.encoding is not None:
            form = QFormLayout()
            form.addRow(self.tr("Text encoding:"), self.encoding)
            layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("* needed for every row"), self))
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _fill(self, preview: SheetPreview) -> None:
        self.preview = preview
        self.combos.clear()
        self.table.setRowCount(len(preview.headers))
        for row, header in enumerate(preview.headers):
            self.table.setItem(row, 0, QTableWidgetItem(header))
            samples = [r[row] for r in preview.rows[:SAMPLES] if row < len(r) and r[row].strip()]
            self.table.setItem(row, 1, QTableWidgetItem(" · ".join(s[:40] for s in samples)))
            for col in (0, 1):
                self.table.item(row, col).setFlags(Qt.ItemFlag.ItemIsEnabled)
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            combo.addItem(self.tr("Not imported"), None)
            for t in preview.targets:
                combo.addItem(label_text(t.label) + (" *" if t.required else ""), t.name)
            current = preview.mapping.get(header)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(row, 2, combo)
            self.combos[header] = combo
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 260)

    def chosen_encoding(self) -> str | None:
        """The encoding the officer chose, or None when the detected one stands."""
        return None if self.encoding is None or self.encoding.currentIndex() == 0 else self.encoding.currentData()

    def _read_again(self, reload) -> None:
        self.encoding.setEnabled(False)
        self.table.setEnabled(False)

        def done(preview: SheetPreview) -> None:
            self._fill(preview)
            self.encoding.setEnabled(True)
            self.table.setEnabled(True)
            self._check()

        reload(self.encoding.currentData(), done)

    def mapping(self) -> dict[str, str | None]:
        return {h: c.currentData() for h, c in self.combos.items()}

    def _check(self) -> None:
        """A field may go to one column only; the needed fields must have one."""
        chosen = [f for f in self.mapping().values() if f]
        twice = {f for f in chosen if chosen.count(f) > 1}
        labels = {t.name: label_text(t.label) for t in self.preview.targets}
        problems = []
        if twice:
            problems.append(self.tr("More than one column is set to: %1.").replace(
                "%1", ", ".join(labels[f] for f in sorted(twice))))
        names = set(chosen)
        missing = [t for t in self.preview.targets if t.required and t.name not in names]
        if self.preview.kind == "contact" and {"first_name", "last_name"} & names:
            missing = [t for t in missing if t.name != "name"]
        if missing:
            problems.append(self.tr("No column is set to: %1.").replace(
                "%1", ", ".join(labels[t.name] for t in missing)))
        self.problem.setText(" ".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
