"""Fixtures for the window's tests: a demo register per test (copied from one made per session),
settings in a temporary folder, and the real main window on the real database worker.

Test modules use them with ``from tests.gui_fixtures import *``.
"""

from __future__ import annotations

import shutil
import time

import pytest

__all__ = ["demo_template", "gui_url", "gui_db", "settings_dir", "window", "wait_idle", "wait_until", "find_dialog",
           "answer_next_message_box", "choose_in_picker"]


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """A demo register made once; each test gets a copy."""
    from database import demo, ops

    path = tmp_path_factory.mktemp("template") / "demo.db"
    db = ops.open_database(f"sqlite:///{path}")
    demo.load(db)
    db.close()
    return path


@pytest.fixture
def gui_url(demo_template, tmp_path) -> str:
    path = tmp_path / "register.db"
    shutil.copy(demo_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def gui_db(gui_url):
    from database import ops

    db = ops.open_database(gui_url)
    yield db
    db.close()


@pytest.fixture
def settings_dir(tmp_path, qapp):
    """Preferences and window state in the test's own folder, never the officer's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def wait_idle(window, timeout: float = 20.0) -> None:
    """Let the database worker finish and its results reach the widgets."""
    from PySide6.QtCore import QCoreApplication

    assert window.worker.wait_idle(timeout), f"the database worker did not finish: {window.worker.open_jobs()}"
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
    assert window.worker.wait_idle(timeout)


def wait_until(condition, timeout: float = 20.0) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
        if condition():
            return
        time.sleep(0.005)
    assert condition(), "timed out waiting"


def open_record(window, kind, **equals):
    """Show the first record of ``kind`` with these values, as a click would, and wait for its
    details; returns the record."""
    from database import ops

    rec = ops.find_by(window.db, kind, **equals)[0]
    window.open_record(kind, rec.id)
    wait_idle(window)
    page = window.lists[kind]
    wait_until(lambda: page.detail.view.record_id == rec.id and page.detail.view.detail is not None)
    return rec


def find_dialog(cls, timeout: float = 10.0):
    """The open top-level widget of a class (message boxes, forms, the conflict dialog)."""
    from PySide6.QtWidgets import QApplication

    found = []

    def look():
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        return bool(found)

    wait_until(look, timeout)
    return found[-1]


def answer_next_message_box(button_text: str | None = None) -> None:
    """Press a button of the next modal message box (by its text; default: the default button)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        for b in box.buttons():
            if button_text is None or b.text().replace("&", "") == button_text:
                b.click()
                return
        box.close()

    QTimer.singleShot(20, press)


@pytest.fixture
def window(qtbot, gui_db, settings_dir):
    """The main window on a demo register, in English, showing the organisations."""
    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preferences import Preferences, WindowState
    from desktop_app.gui.worker import DbWorker

    i18n.ensure_compiled()
    i18n.install(qtbot_app(), "en")
    worker = DbWorker()
    prefs = Preferences(language="en", officer_name="Test Officer")
    w = MainWindow(gui_db, worker, prefs, WindowState(), start_page="stakeholder")
    # closed below rather than by qtbot, whose closing comes before this fixture's end and
    # would meet the unsaved-changes question of a form a test left open
    w.resize(1280, 800)
    w.show()
    wait_idle(w)
    wait_until(lambda: w.lists["stakeholder"].model.ids_known)
    yield w
    assert not w.errors_seen, f"unexpected errors in the window: {w.errors_seen!r}"
    w._closing = True
    for page in w.lists.values():
        page.close_editor()
    from PySide6.QtWidgets import QApplication

    for other in QApplication.topLevelWidgets():
        if other is not w and other.isVisible() and other.window() is other:
            other.close()
    w.close()
    worker.stop()
    w.deleteLater()
    i18n.install(qtbot_app(), "en")


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def choose_in_picker(window, qtbot, picker, text: str, label: str) -> None:
    """Choose a record in a picker as the officer does: type, then take the suggestion ``label``."""
    picker.edit.clear()
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, text)
    wait_idle(window)
    wait_until(lambda: label in picker._model.stringList())
    picker._chosen_text(label)
    wait_until(lambda: picker.value() is not None and not isinstance(picker.value(), str))
