"""Forms built from the operations layer's field descriptions (``ops.kind(name).fields``).

Every field is checked as one types, by the same rules the register applies when storing, and
a problem is explained right below the field (text with a warning sign, not colour alone).
Problems of a field not yet touched wait until the officer tries to save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from database import ops
from database.ops.validation import own_parent_problem

from . import i18n
from .pickers import RecordPicker
from .records_ui import edit_text, kind_name, record_label

_T = QCoreApplication.translate

# Sections of the longer forms: (heading, fields). Fields not named go in a last section.
SECTIONS = {
    "stakeholder": [
        ("Organisation", ["name", "short_name", "type", "size", "pic", "vat_number", "description", "tags"]),
        ("Address", ["address", "postcode", "city", "municipality_id", "province", "region_id", "country"]),
        ("Reaching them", ["website", "email", "phone"]),
        ("Internal", ["notes"]),
        ("Where the data comes from", ["source", "as_of"]),
    ],
    "partnership": [
        ("Partnership", ["title", "acronym", "scheme", "programme", "status", "start_date", "end_date"]),
        ("Money", ["total_budget", "eu_contribution"]),
        ("More", ["description", "website", "topics", "external_ref", "notes"]),
        ("Where the data comes from", ["source", "as_of"]),
    ],
}


def section_title(key: str) -> str:
    titles = {
        "Organisation": _T("RecordForm", "Organisation"),
        "Address": _T("RecordForm", "Address"),
        "Reaching them": _T("RecordForm", "Reaching them"),
        "Internal": _T("RecordForm", "Internal"),
        "Where the data comes from": _T("RecordForm", "Where the data comes from"),
        "Partnership": _T("RecordForm", "Partnership"),
        "Money": _T("RecordForm", "Money"),
        "More": _T("RecordForm", "More"),
    }
    return titles.get(key, key)


# --- one editor per field type -----------------------------------------------------------------

class FieldEditor:
    """Wraps the widget for one field: value(), set_value(), and a callback on change."""

    def __init__(self, form: RecordForm, field):
        self.field = field
        self.form = form
        self.widget = self._make()

    def _make(self):
        w = QLineEdit()
        if self.field.max_length:
            w.setMaxLength(self.field.max_length + 50)  # over-long input is explained, not cut
        w.textChanged.connect(lambda _t: self.form._edited(self.field.name))
        if self.field.type == "date":
            w.setPlaceholderText(_T("RecordForm", "dd/mm/yyyy"))
        return w

    def value(self):
        return self.widget.text()

    def set_value(self, value) -> None:
        self.widget.setText(edit_text(value))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)

    def retranslate(self) -> None:
        if self.field.type == "date":
            self.widget.setPlaceholderText(_T("RecordForm", "dd/mm/yyyy"))


class MultilineEditor(FieldEditor):
    def _make(self):
        w = QPlainTextEdit()
        w.setTabChangesFocus(True)
        w.setFixedHeight(84)
        w.textChanged.connect(lambda: self.form._edited(self.field.name))
        return w

    def value(self):
        return self.widget.toPlainText()

    def set_value(self, value) -> None:
        self.widget.setPlainText(edit_text(value))


class ChoiceEditor(FieldEditor):
    def _make(self):
        w = QComboBox()
        self._fill(w)
        w.currentIndexChanged.connect(lambda _i: self.form._edited(self.field.name))
        return w

    def _fill(self, w: QComboBox) -> None:
        current = w.currentData() if w.count() else None
        w.blockSignals(True)
        w.clear()
        w.addItem(_T("RecordForm", "— choose —") if self.field.required else _T("RecordForm", "— not set —"), None)
        for choice in self.field.choices:
            w.addItem(i18n.choice_label(self.field.choices, choice.value), choice.value)
        if current is not None:
            w.setCurrentIndex(max(w.findData(current), 0))
        w.blockSignals(False)

    def value(self):
        return self.widget.currentData()

    def set_value(self, value) -> None:
        index = self.widget.findData(value)
        self.widget.setCurrentIndex(index if index >= 0 else 0)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def retranslate(self) -> None:
        self._fill(self.widget)


class BoolEditor(FieldEditor):
    def _make(self):
        w = QCheckBox()
        w.toggled.connect(lambda _b: self.form._edited(self.field.name))
        return w

    def value(self):
        return self.widget.isChecked()

    def set_value(self, value) -> None:
        self.widget.setChecked(bool(value))

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def retranslate(self) -> None:
        self.widget.setText(i18n.field_label(self.field))


class RefEditor(FieldEditor):
    def _make(self):
        w = RecordPicker(self.form.worker, self.form.db, self.field.refers)
        w.changed.connect(lambda: self.form._edited(self.field.name))
        # a choice from the list lands in the line a moment after ``changed``: check it again then
        w.edit.textChanged.connect(lambda _t: self.form._rechecked(self.field.name))
        return w

    def value(self):
        return self.widget.value()

    def set_value(self, value) -> None:
        self.widget.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setReadOnly(read_only)

    def retranslate(self) -> None:
        pass  # the picker relabels itself


EDITORS = {"multiline": MultilineEditor, "choice": ChoiceEditor, "bool": BoolEditor, "ref": RefEditor}


# --- the form ----------------------------------------------------------------------------------

class RecordForm(QWidget):
    """The fields of one record. ``values_to_save()`` is what a create or an update sends."""

    edited = Signal()

    def __init__(self, worker, db, kind: str, record=None, preset: dict | None = None,
                 locked: tuple[str, ...] = (), parent=None):
        super().__init__(parent)
        self.worker = worker
        self.db = db
        self.kind = kind
        self.record = record
        self.locked = set(locked)
        self._fields = [f for f in ops.kind(kind).fields if f.type != "json"]
        self.editors: dict[str, FieldEditor] = {}
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._section_labels: list[tuple[QLabel, str]] = []
        self._touched: set[str] = set()
        self._problems: dict[str, object] = {}  # field -> FieldProblem
        self._other_problems: list = []
        self._loading = True
        self._build()
        start = dict(record.values()) if record is not None else {}
        start.update(preset or {})
        for name, editor in self.editors.items():
            if name in start:
                editor.set_value(start[name])
            editor.set_read_only(name in self.locked)
        self._initial = self._clean_values()
        self._loading = False
        self.retranslate()
        self._check()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("formSummary")
        self.summary.setVisible(False)
        outer.addWidget(self.summary)
        by_name = {f.name: f for f in self._fields}
        sections = SECTIONS.get(self.kind) or [("", [f.name for f in self._fields])]
        named = {n for _, names in sections for n in names}
        rest = [f.name for f in self._fields if f.name not in named]
        if rest:
            sections = [*sections[:-1], (sections[-1][0], [*sections[-1][1], *rest])] if sections[-1][0] == "" \
                else [*sections, ("More", rest)]
        # one form layout for every section, so the labels line up all the way down
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for title, names in sections:
            names = [n for n in names if n in by_name]
            if not names:
                continue
            if title:
                heading = QLabel(self)
                heading.setObjectName("formSection")
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                heading.setContentsMargins(0, 8 if self._section_labels else 0, 0, 0)
                self._section_labels.append((heading, title))
                layout.addRow(heading)
            for name in names:
                f = by_name[name]
                editor = EDITORS.get(f.type, FieldEditor)(self, f)
                self.editors[name] = editor
                label = QLabel(self)
                label.setBuddy(editor.widget)
                self._labels[name] = label
                error = QLabel(self)
                error.setWordWrap(True)
                error.setObjectName("fieldError")
                error.setVisible(False)
                error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._errors[name] = error
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(editor.widget)
                box.addWidget(error)
                layout.addRow(label, box)
        outer.addLayout(layout)
        outer.addStretch(1)

    def retranslate(self) -> None:
        for heading, title in self._section_labels:
            heading.setText(section_title(title))
        for f in self._fields:
            text = i18n.field_label(f)
            label = self._labels[f.name]
            if f.type == "bool":
                label.setText("")
            else:
                label.setText(("&" if f is self._fields[0] else "") + text + (" *" if f.required else "") + ":")
            editor = self.editors[f.name]
            editor.retranslate()
            editor.widget.setAccessibleName(text)
            hint = _T("RecordForm", "Required.") if f.required else ""
            editor.widget.setAccessibleDescription(hint)
            if f.hint:
                editor.widget.setToolTip(i18n.translated("validation", f.hint))
        self._show_problems()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- values --------------------------------------------------------------------------------

    def raw_values(self) -> dict:
        return {name: editor.value() for name, editor in self.editors.items()}

    def _clean_values(self) -> dict:
        return {name: ops.clean_value(self.kind, name, raw)[0] for name, raw in self.raw_values().items()}

    def is_dirty(self) -> bool:
        return self._clean_values() != self._initial

    def changed_fields(self) -> list[str]:
        now = self._clean_values()
        return [n for n in now if now[n] != self._initial.get(n)]

    def values_to_save(self) -> dict:
        """For a new record every filled field; for an existing one only what changed."""
        raw = self.raw_values()
        if self.record is None:
            return {n: v for n, v in raw.items() if v not in (None, "") or n in self.locked}
        return {n: raw[n] for n in self.changed_fields()}

    def set_value(self, name: str, value) -> None:
        self.editors[name].set_value(value)

    # --- problems ------------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._check()
        self.edited.emit()

    def _rechecked(self, name: str) -> None:
        if not self._loading and name in self._touched:
            self._check()

    def _check(self) -> list:
        problems = ops.check_values(self.kind, self.raw_values())
        if self.record is not None and "parent_id" in self.editors:
            # a sector or a region chosen as its own parent, said at once (a loop further up is
            # found by the register when saving, and shown under the field all the same)
            own = own_parent_problem(self.kind, self.record.id, self.editors["parent_id"].value())
            if own is not None:
                problems.append(own)
        self._problems = {}
        for p in problems:
            self._problems.setdefault(p.field, p)
        self._show_problems()
        return problems

    def validate_all(self) -> bool:
        """Before saving: show every problem, touched or not. True when there is none."""
        self._touched.update(self.editors)
        problems = self._check()
        if problems:
            first = next((n for n in self.editors if n in self._problems), None)
            if first:
                self.editors[first].widget.setFocus()
        return not problems

    def show_problems(self, problems) -> None:
        """Problems the register found on saving (a duplicate PIC, a deleted reference)."""
        self._touched.update(self.editors)
        self._problems = {}
        self._other_problems = []
        for p in problems:
            if p.field in self.editors:
                self._problems.setdefault(p.field, p)
            else:
                self._other_problems.append(p)
        self._show_problems()
        first = next((n for n in self.editors if n in self._problems), None)
        if first:
            self.editors[first].widget.setFocus()

    def _show_problems(self) -> None:
        for name, label in self._errors.items():
            p = self._problems.get(name) if name in self._touched else None
            widget = self.editors[name].widget
            if p is None:
                label.setVisible(False)
                label.clear()
                widget.setProperty("invalid", False)
                widget.setAccessibleDescription(
                    _T("RecordForm", "Required.") if self.editors[name].field.required else "")
            else:
                text = i18n.problem_text(p)
                label.setText("⚠ " + text)
                label.setVisible(True)
                widget.setProperty("invalid", True)
                widget.setAccessibleDescription(text)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if self._other_problems:
            self.summary.setText("⚠ " + "\n".join(i18n.problem_text(p) for p in self._other_problems))
            self.summary.setVisible(True)
        else:
            self.summary.setVisible(False)

    def problem_for(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        label = self._errors[name]
        return "" if label.isHidden() else label.text().removeprefix("⚠ ")


class FormFrame(QWidget):
    """A form with its title and Save / Cancel, for a pane or a dialog."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, form: RecordForm, parent=None):
        super().__init__(parent)
        self.form = form
        self.title = QLabel(self)
        self.title.setObjectName("formTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(12, 4, 18, 12)
        inner.addWidget(form)
        scroll.setWidget(holder)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.cancel_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.status = QLabel(self)
        self.status.setObjectName("formStatus")
        self.busy = False  # a save is under way
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        # Escape leaves the form (asking first when something was typed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(_T("FormFrame", "&Save"))
        self.save_button.setToolTip(_T("FormFrame", "Save (Ctrl+S)"))
        self.cancel_button.setText(_T("FormFrame", "Cancel"))
        f = self.form
        if f.record is None:
            self.title.setText(_T("FormFrame", "New {0}").format(kind_name(f.kind)))
        else:
            self.title.setText(_T("FormFrame", "Edit {0}: {1}").format(kind_name(f.kind), record_label(f.kind, f.record)))
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.status.setText(_T("FormFrame", "Saving…") if busy else "")


class RecordDialog(QDialog):
    """A form in its own window (contact persons, participants, follow-up actions …). Closing
    it with unsaved changes asks first; closed, it is deleted (so nothing — the main window's
    Ctrl+S least of all — can save its form again)."""

    def __init__(self, frame: FormFrame, parent=None):
        super().__init__(parent)
        self.frame = frame
        self.setObjectName("recordDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.resize(560, min(160 + 64 * len(frame.form.editors), 640))
        self.setWindowTitle(frame.title.text())
        self._closing_allowed = False
        frame.cancel_requested.connect(self.reject)
        # the main window's Ctrl+S does not reach a dialog
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(frame.save_requested)

    def allow_close(self) -> None:
        self._closing_allowed = True

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # the form's title first, then the window's
            QTimer.singleShot(0, lambda: self.setWindowTitle(self.frame.title.text()))

    def reject(self) -> None:
        if self.frame.busy and not self._closing_allowed:
            return  # being saved: the dialog closes itself once the register has it
        if self._closing_allowed or not self.frame.form.is_dirty():
            super().reject()
            return
        from .messages import ask_discard

        ask_discard(self, on_discard=lambda: (self.allow_close(), super(RecordDialog, self).reject()))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._closing_allowed or not self.frame.form.is_dirty():
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

