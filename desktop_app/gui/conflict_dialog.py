"""When a record was changed elsewhere while the officer edited it: both versions side by
side, and a choice per field of which one to keep."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from database import ops

from .records_ui import field_info, field_label, format_value, kind_name, record_label

_T = QCoreApplication.translate


def _shown(kind: str, name: str, value) -> str:
    if field_info(kind, name) is not None and value not in (None, ""):
        value = ops.clean_value(kind, name, value)[0]
    text = format_value(kind, name, value)
    return text if text else _T("ConflictDialog", "(empty)")


class ConflictDialog(QDialog):
    """``chosen()`` gives the values to save over *their* version: the fields where the officer
    kept their own value, and those only the officer changed. ``base`` is the record as the
    officer's form read it: a field they did not change since is not in conflict — the officer's
    value goes in without a question (``asks`` is False when nothing is left to ask)."""

    def __init__(self, kind: str, mine: dict, theirs, base=None, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.mine = mine
        self.theirs = theirs
        self.untouched: dict = {}  # changed by the officer only: saved as they are
        self.setWindowTitle(_T("ConflictDialog", "Changed by someone else"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(_T("ConflictDialog",
                          "While you were editing “{0}”, someone else saved a change to this {1}. "
                          "For each field, choose the value to keep.")
                       .format(record_label(kind, theirs), kind_name(kind)), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        header = [_T("ConflictDialog", "Field"), _T("ConflictDialog", "Your version"),
                  _T("ConflictDialog", "Their version (saved now)")]
        for col, text in enumerate(header):
            label = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(label, 0, col)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        row = 1
        for name, value in mine.items():
            theirs_value = getattr(theirs, name, None)
            if _shown(kind, name, value) == _shown(kind, name, theirs_value):
                continue  # the same either way: nothing to choose
            if base is not None and _shown(kind, name, getattr(base, name, None)) == _shown(kind, name, theirs_value):
                self.untouched[name] = value  # they left it as it was: not a conflict
                continue
            label = field_label(kind, name)
            grid.addWidget(QLabel(label, self), row, 0, Qt.AlignmentFlag.AlignTop)
            keep_mine = QRadioButton(_shown(kind, name, value), self)
            keep_theirs = QRadioButton(_shown(kind, name, theirs_value), self)
            keep_mine.setAccessibleName(_T("ConflictDialog", "{0}: keep your version").format(label))
            keep_theirs.setAccessibleName(_T("ConflictDialog", "{0}: keep their version").format(label))
            group = QButtonGroup(self)
            group.addButton(keep_mine)
            group.addButton(keep_theirs)
            # what they changed and I did not touch was never in `mine`; of what we both
            # changed, mine is the default: it is what the officer just typed
            keep_mine.setChecked(True)
            grid.addWidget(keep_mine, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(keep_theirs, row, 2, Qt.AlignmentFlag.AlignTop)
            self.groups[name] = (keep_mine, keep_theirs)
            row += 1
        holder = QWidget(self)
        holder.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        all_mine = QPushButton(_T("ConflictDialog", "Keep all &mine"), self)
        all_theirs = QPushButton(_T("ConflictDialog", "Keep all &theirs"), self)
        all_mine.clicked.connect(lambda: [m.setChecked(True) for m, _ in self.groups.values()])
        all_theirs.clicked.connect(lambda: [t.setChecked(True) for _, t in self.groups.values()])
        quick = QHBoxLayout()
        quick.addWidget(all_mine)
        quick.addWidget(all_theirs)
        quick.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(_T("ConflictDialog", "Save my choice"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_T("ConflictDialog", "Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(quick)
        layout.addWidget(buttons)
        self.resize(680, min(220 + 44 * len(self.groups), 620))

    def choose(self, name: str, keep_mine: bool) -> None:
        mine, theirs = self.groups[name]
        (mine if keep_mine else theirs).setChecked(True)

    @property
    def asks(self) -> bool:
        return bool(self.groups)

    def chosen(self) -> dict:
        """The values to write: mine where kept, and where only I changed them; fields equal on
        both sides need no write."""
        out = dict(self.untouched)
        for name, value in self.mine.items():
            buttons = self.groups.get(name)
            if buttons is None:
                continue
            if buttons[0].isChecked():
                out[name] = value
        return out
