"""Questions and messages, opened window-modal without blocking (``QMessageBox.open``): the
answer arrives by callback, so the database worker's results keep coming meanwhile and tests
can answer them like an officer would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

_T = QCoreApplication.translate
Button = QMessageBox.StandardButton


def _box(parent: QWidget | None, icon, title: str, text: str, informative: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    return box


def ask_discard(parent: QWidget, on_discard: Callable[[], None], on_save: Callable[[], None] | None = None,
                what: str = "") -> QMessageBox:
    """Unsaved changes: Save (when possible), Discard, or Cancel (stay)."""
    text = _T("Messages", "You have changes that are not saved yet.")
    if what:
        text = _T("Messages", "You have changes to “{0}” that are not saved yet.").format(what)
    box = _box(parent, QMessageBox.Icon.Warning, _T("Messages", "Unsaved changes"), text,
               _T("Messages", "Save them, discard them, or go back to the form?"))
    buttons = (Button.Save if on_save else Button.NoButton) | Button.Discard | Button.Cancel
    box.setStandardButtons(buttons)
    box.setDefaultButton(Button.Save if on_save else Button.Cancel)
    box.setEscapeButton(Button.Cancel)

    def answered(_result):
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else Button.Cancel
        if button == Button.Discard:
            on_discard()
        elif button == Button.Save and on_save:
            on_save()

    box.finished.connect(answered)
    box.open()
    return box


def confirm(parent: QWidget, title: str, text: str, informative: str, yes_text: str,
            on_yes: Callable[[], None], destructive: bool = True) -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text, informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole if destructive
                        else QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(Button.Cancel)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.finished.connect(lambda _r: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box


def show_error(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Critical, title, text, informative)
    box.setStandardButtons(Button.Ok)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str, informative: str = "") -> QMessageBox:
    box = _box(parent, QMessageBox.Icon.Information, title, text, informative)
    box.setStandardButtons(Button.Ok)
    box.open()
    return box
