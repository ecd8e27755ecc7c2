"""Starting the window. (Placeholder main window until the desktop window issue lands.)"""

from __future__ import annotations

import os
import sys
import time

# The contract the installer's benchmark and frozen-program test rely on: with this variable set
# to 1 the program prints "window painted in X.XXX s" (seconds since the process started) once
# the main window has painted, and exits 0.
QUIT_AFTER_PAINT = "RIS3DESK_QUIT_AFTER_PAINT"


def seconds_since_process_start() -> float:
    """Wall time since this process started (Linux: from /proc; elsewhere: since this module loaded)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _LOADED


_LOADED = time.perf_counter()


def application_icon():
    from PySide6.QtGui import QIcon

    from resources import resource_path

    icon = QIcon()
    for size in (48, 128, 256):
        icon.addFile(str(resource_path("icons", f"ris3desk-{size}.png")))
    return icon


def quit_after_first_paint(app, window) -> None:
    """Print the time to the first paint of the window and quit (see QUIT_AFTER_PAINT)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                print(f"window painted in {seconds_since_process_start():.3f} s", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint(window)
    watcher.seen = False
    window.installEventFilter(watcher)


def run_window(database_url: str) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from database import ops

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("RIS3 Desk")
    app.setDesktopFileName("ris3desk")  # matches the installed ris3desk.desktop (Wayland, task bars)
    app.setWindowIcon(application_icon())
    db = ops.open_database(database_url)
    window = QMainWindow()
    window.setWindowTitle(f"RIS3 Desk — {db.name}")
    counts = ops.stats(db)
    window.setCentralWidget(QLabel(f"{counts['stakeholders']} organisations, {counts['partnerships']} partnerships"))
    window.resize(1100, 700)
    if os.environ.get(QUIT_AFTER_PAINT) == "1":
        quit_after_first_paint(app, window)
    window.show()
    return app.exec()
