"""What *Tools ▸ Check the register* found, in plain words: each problem on a line, and — when
the search index is out of step, the one thing a program can mend — *Rebuild the search index*."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QStyle,
    QVBoxLayout,
)


def finding_text(finding) -> str:
    """A finding of ``ops.check`` in the window's language."""
    template = QCoreApplication.translate("integrity", finding.template)
    try:
        return template.format(**finding.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return finding.message


class CheckDialog(QDialog):
    repair_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(self.tr("Check the register"))
        self.icon = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Problems found"))
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.repair_button = QPushButton(self.tr("&Rebuild the search index"), self)
        self.repair_button.setToolTip(self.tr("Reads every record again into the search index; nothing else "
                                              "is changed"))
        self.repair_button.clicked.connect(self.repair_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.advice)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def show_findings(self, findings) -> None:
        healthy = not findings
        pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation if healthy else QStyle.StandardPixmap.SP_MessageBoxWarning
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self.list.clear()
        for finding in findings:
            self.list.addItem("• " + finding_text(finding))
        self.list.setVisible(not healthy)
        if healthy:
            self.summary.setText(self.tr("The register is healthy: the database's own checks and the application's "
                                         "checks found nothing wrong."))
            self.advice.setText("")
        else:
            self.summary.setText(self.tr("The check found %n problem(s):", "", len(findings)))
            self.advice.setText(self.tr("Nothing was changed. The search index can be rebuilt here; any other "
                                        "problem needs a person: correct the records named, or put back a "
                                        "backup (Tools ▸ Backups…)."))
        self.repair_button.setVisible(any(f.repairable for f in findings))
        self.repair_button.setEnabled(True)
