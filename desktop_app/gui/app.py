"""Starting the window. (Placeholder main window until the desktop window issue lands.)"""

from __future__ import annotations

import sys


def run_window(database_url: str) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from database import ops

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = ops.open_database(database_url)
    window = QMainWindow()
    window.setWindowTitle(f"RIS3 Desk — {db.name}")
    counts = ops.stats(db)
    window.setCentralWidget(QLabel(f"{counts['stakeholders']} organisations, {counts['partnerships']} partnerships"))
    window.resize(1100, 700)
    window.show()
    return app.exec()
