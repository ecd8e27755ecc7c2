"""A calm look: Qt's Fusion style with the system palette, a little spacing, and problems
marked by a sign and a coloured border (never by colour alone)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


def apply(app: QApplication) -> None:
    if app.style().objectName().lower() not in ("windows11", "windowsvista", "macos"):
        app.setStyle("Fusion")
    palette = app.palette()
    mid = palette.color(QPalette.ColorRole.Mid).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    alt = palette.color(QPalette.ColorRole.AlternateBase).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    app.setStyleSheet(f"""
        QListWidget#navigation {{ border: none; background: {alt}; padding-top: 6px; }}
        QListWidget#navigation::item {{ padding: 6px 10px; border-radius: 4px; margin: 1px 6px; }}
        QListWidget#navigation::item:selected {{ background: {highlight}; color: white; }}
        QLabel#pageCount, QLabel#cardNote, QLabel#homeTotals, QLabel#legend, QLabel#formStatus {{ color: {muted}; }}
        QLabel#fieldError, QLabel#formSummary {{ color: #a4000f; }}
        QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
            border: 1px solid #c0392b; border-radius: 3px; }}
        QFrame#card {{ background: {base}; border: 1px solid {mid}; border-radius: 6px; }}
        QTableView {{ border: 1px solid {mid}; }}
        QStatusBar QLabel {{ padding: 0px 6px; }}
    """)
