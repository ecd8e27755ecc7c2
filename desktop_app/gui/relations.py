"""Linking a record to sectors and key enabling technologies: a check list (with the primary
sector for organisations) whose changes are saved as one batch."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from database import ops

from .records_ui import record_label

_T = QCoreApplication.translate


@dataclass(frozen=True)
class LinkKind:
    link_kind: str  # e.g. stakeholder_sector
    own_field: str  # stakeholder_id
    other_field: str  # sector_id
    other_kind: str  # sector
    primary: bool = False  # the link has is_primary (an organisation's main sector)


LINKS = {
    "stakeholder": (LinkKind("stakeholder_sector", "stakeholder_id", "sector_id", "sector", primary=True),
                    LinkKind("stakeholder_ket", "stakeholder_id", "ket_id", "ket")),
    "partnership": (LinkKind("partnership_sector", "partnership_id", "sector_id", "sector"),),
    "sector": (LinkKind("sector_ket", "sector_id", "ket_id", "ket"),),
}


@dataclass
class LinkState:
    spec: LinkKind
    options: list  # records of the other kind
    current: dict = field(default_factory=dict)  # other id -> LinkRecord


def load_links(db, kind: str, own_id) -> list[LinkState]:
    """On the worker: every choice and the links the record has now."""
    out = []
    for spec in LINKS[kind]:
        options = [r for r in ops.all_of(db, spec.other_kind) if r.id != own_id]
        ids = ops.list_ids(db, spec.link_kind, filters={spec.own_field: own_id})
        current = {link.right_id: link for link in ops.get_many(db, spec.link_kind, ids)}
        out.append(LinkState(spec, options, current))
    return out


def _heading(spec: LinkKind) -> str:
    if spec.other_kind == "sector":
        return _T("LinkSetDialog", "Sectors")
    return _T("LinkSetDialog", "Key enabling technologies")


class LinkSetDialog(QDialog):
    def __init__(self, title: str, own_id: uuid.UUID, states: list[LinkState], parent=None):
        super().__init__(parent)
        self.own_id = own_id
        self.states = states
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(_T("LinkSetDialog", "Tick what applies. Changes are saved together and can be undone."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.lists: list[QListWidget] = []
        self.primary: QComboBox | None = None
        for state in states:
            heading = QLabel(f"<b>{_heading(state.spec)}</b>", self)
            layout.addWidget(heading)
            checklist = QListWidget(self)
            checklist.setAccessibleName(_heading(state.spec))
            for rec in state.options:
                item = QListWidgetItem(self._option_label(state.spec, rec), checklist)
                item.setData(Qt.ItemDataRole.UserRole, rec.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if rec.id in state.current else Qt.CheckState.Unchecked)
            heading.setBuddy(checklist)
            checklist.setMinimumHeight(min(26 * len(state.options) + 8, 300))
            layout.addWidget(checklist, 1)
            self.lists.append(checklist)
            if state.spec.primary:
                self.primary = QComboBox(self)
                self.primary.setAccessibleName(_T("LinkSetDialog", "Primary sector"))
                form = QFormLayout()
                form.addRow(_T("LinkSetDialog", "Primary sector:"), self.primary)
                layout.addLayout(form)
                checklist.itemChanged.connect(lambda _item, s=state, c=checklist: self._fill_primary(s, c))
                self._fill_primary(state, checklist)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 600)

    @staticmethod
    def _option_label(spec: LinkKind, rec) -> str:
        label = record_label(spec.other_kind, rec)
        if spec.other_kind == "sector" and getattr(rec, "parent_id", None):
            return "    " + label
        return label

    def _fill_primary(self, state: LinkState, checklist: QListWidget) -> None:
        # ids as text: a combo box finds text by value, a Python object only by identity
        chosen = self.primary.currentData() if self.primary.count() else next(
            (str(other) for other, link in state.current.items() if link.is_primary), None)
        self.primary.blockSignals(True)
        self.primary.clear()
        self.primary.addItem(_T("LinkSetDialog", "— none —"), None)
        for i in range(checklist.count()):
            item = checklist.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                self.primary.addItem(item.text().strip(), str(item.data(Qt.ItemDataRole.UserRole)))
        index = self.primary.findData(chosen)
        self.primary.setCurrentIndex(max(index, 0))
        self.primary.blockSignals(False)

    def set_checked(self, other_id, checked: bool) -> None:
        for checklist in self.lists:
            for i in range(checklist.count()):
                item = checklist.item(i)
                if item.data(Qt.ItemDataRole.UserRole) == other_id:
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_primary(self, other_id) -> None:
        self.primary.setCurrentIndex(max(self.primary.findData(str(other_id)), 0))

    def steps(self) -> list:
        """The batch that makes the links what is ticked."""
        steps = []
        for state, checklist in zip(self.states, self.lists, strict=True):
            spec = state.spec
            chosen = self.primary.currentData() if spec.primary and self.primary else None
            primary = uuid.UUID(chosen) if chosen else None
            ticked = {checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(checklist.count())
                      if checklist.item(i).checkState() == Qt.CheckState.Checked}
            for other, link in state.current.items():
                if other not in ticked:
                    steps.append(ops.Delete(spec.link_kind, link.id))
                elif spec.primary and link.is_primary != (other == primary):
                    steps.append(ops.Update(spec.link_kind, link.id, {"is_primary": other == primary},
                                            expected_version=link.version))
            for other in ticked - set(state.current):
                values = {spec.own_field: self.own_id, spec.other_field: other}
                if spec.primary:
                    values["is_primary"] = other == primary
                steps.append(ops.Create(spec.link_kind, values))
        return steps
