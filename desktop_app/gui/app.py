"""Starting the window: the application, its translations and preferences, the database
worker, the register (opened on the worker; its passphrase asked when it is encrypted, a
damaged one replaced by its newest good backup when the officer agrees — see ``opening.py``;
any other problem is a clear dialog, never a traceback), the main window, and then what
watches over the register while it is open: the warning about an unsafe place and the
automatic backups (``MainWindow.watch_register``).

``RIS3DESK_QUIT_AFTER_PAINT=1`` makes the window print one line, ``window painted in X.XXX s``
(from the start of the process to the first page of the organisation list painted), and exit 0:
the start-up benchmark and the installer's smoke test use it.
"""

from __future__ import annotations

import gc
import os
import sys
import time

QUIT_AFTER_PAINT = "RIS3DESK_QUIT_AFTER_PAINT"


def process_age() -> float:
    """Seconds since this process started (from the kernel's record on Linux; elsewhere from
    the interpreter's start, which is nearly the same)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED_AT + _AGE_AT_IMPORT


_IMPORTED_AT = time.perf_counter()
_AGE_AT_IMPORT = time.process_time()  # a floor for the time spent before this module


def run_window(database_url: str, passphrase: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from database import ops
    from resources import resource_path

    from . import i18n, style
    from .opening import RegisterOpener
    from .preferences import Preferences, WindowState
    from .worker import DbWorker

    quit_after_paint = os.environ.get(QUIT_AFTER_PAINT) == "1"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # quitting is explicit (the main window closed, or the register could not be opened): Qt's
    # own quit when the last window closes arrives late, as an event, and would end whatever
    # event loop runs next in the same process
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("RIS3 Desk")
    app.setOrganizationName("ris3desk")
    app.setDesktopFileName("ris3desk")  # matches the installed ris3desk.desktop (Wayland, task bars)
    icon = QIcon()
    for size in (48, 128, 256):  # rendered from resources/icons/ris3desk.svg by installer/render_icons.py
        icon.addFile(str(resource_path("icons", f"ris3desk-{size}.png")))
    app.setWindowIcon(icon)
    style.apply(app)
    prefs = Preferences.load()
    i18n.ensure_compiled()
    i18n.install(app, prefs.effective_language())
    worker = DbWorker()
    worker.set_author(prefs.officer_name)
    outcome: dict = {}

    def opened(db):
        window = MainWindow(db, worker, prefs, WindowState(), start_page="stakeholder" if quit_after_paint else None)
        outcome["window"] = window
        window.closed.connect(app.quit)
        if quit_after_paint:
            window.lists["stakeholder"].table.painted_rows.connect(lambda: painted(window))
        window.show()
        if not quit_after_paint:  # the smoke test and the benchmark measure the window alone
            window.watch_register()

    def painted(window):
        print(f"window painted in {process_age():.3f} s", flush=True)
        outcome["code"] = 0
        QTimer.singleShot(0, app.quit)

    def failed(exc):
        from PySide6.QtCore import QCoreApplication

        if isinstance(exc, ops.Ris3Error):
            text = i18n.error_text(exc)
        else:
            from desktop_app.cli.common import write_crash_log

            text = i18n.error_text(exc)
            try:
                text += "\n" + QCoreApplication.translate("App", "Details were written to {0}.").format(
                    write_crash_log(exc))
            except OSError:
                pass
        outcome["code"] = 1
        if quit_after_paint:
            print(f"ris3desk: {text}", file=sys.stderr, flush=True)
            app.quit()
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "RIS3 Desk"),
                          QCoreApplication.translate("App", "The register cannot be opened."))
        box.setInformativeText(text)
        box.setTextFormat(box.textFormat().PlainText)
        box.finished.connect(lambda _r: app.quit())
        outcome["box"] = box
        box.open()

    def given_up():
        outcome["code"] = 1  # the register was not opened: nothing to show
        app.quit()

    opener = RegisterOpener(worker, database_url, passphrase, interactive=not quit_after_paint)
    opener.opened.connect(opened)
    opener.failed.connect(failed)
    opener.given_up.connect(given_up)
    opener.start()
    from .main_window import MainWindow  # while the register opens

    if not gc.isenabled():
        # the command line turned the cycle collector off while the modules loaded (cli.main):
        # what they made lives as long as the program, so it is left out of the collector's
        # passes (otherwise the first passes go over all of it, ~0.1 s) before it is on again
        gc.freeze()
        gc.enable()
    code = app.exec()
    window = outcome.get("window")
    if window is not None:
        window.stop_watching()  # a backup under way finishes first
    worker.stop()
    if window is not None:
        window.db.close()
    return outcome.get("code", code)
