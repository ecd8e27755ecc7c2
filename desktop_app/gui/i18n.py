"""Italian and English: the application's translations, Qt's own, and the data layer's texts.

The data layer speaks English and marks its texts with QT_TRANSLATE_NOOP in the contexts
"fields", "validation", "choices" and "errors"; they are translated here at display time.
Switching language installs other translators; Qt then sends every widget a LanguageChange
event and each one relabels itself — what was typed stays where it is.

The .ts files in resources/translations are made by ``pyside6-lupdate`` and committed; the .qm
files are compiled from them by ``pyside6-lrelease`` (``python tasks.py setup`` does it; so does
:func:`ensure_compiled` when running from a checkout).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from database.i18n import Message, Text
from resources import resource_path

LANGUAGES = ("it", "en")
_LOCALES = {"it": QLocale(QLocale.Language.Italian, QLocale.Country.Italy),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}


def translations_folder() -> Path:
    return resource_path("translations")


def system_language() -> str:
    """Italian on an Italian system, English otherwise."""
    return "it" if QLocale.system().language() == QLocale.Language.Italian else "en"


def ensure_compiled() -> None:
    """Compile .ts files whose .qm is missing or older, when pyside6-lrelease is at hand (a
    checkout; installed copies ship the .qm files)."""
    folder = translations_folder()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if not tool or not folder.is_dir():
        return
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            try:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
            except (OSError, subprocess.CalledProcessError):
                pass  # the window still works, in English


class Translations:
    """The installed translators of the running application."""

    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(_LOCALES[language])
        self.language = language
        ours = QTranslator(self._app)
        if ours.load(str(translations_folder() / f"ris3desk_{language}.qm")):
            self._installed.append(ours)
        qt_own = QTranslator(self._app)  # Qt's dialogs and buttons (from the PySide6 wheel)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)


_current: Translations | None = None


def install(app: QCoreApplication, language: str) -> Translations:
    global _current
    _current = Translations(app)
    _current.set_language(language)
    return _current


def current_language() -> str:
    return _current.language if _current else "en"


def set_language(language: str) -> None:
    if _current is not None:
        _current.set_language(language)


# --- the data layer's English texts -------------------------------------------------------------

def translated(context: str, text: str) -> str:
    """A text known only at run time (a data-layer label) in the current language. (Literal
    texts call QCoreApplication.translate directly, so that pyside6-lupdate sees them.)"""
    return QCoreApplication.translate(context, text) if text else text


def label_text(label: str) -> str:
    """A field label of the data layer in the current language."""
    return translated("fields", label)


def field_label(field) -> str:
    """A FieldInfo's label in the current language."""
    return label_text(field.label)


def choice_label(choices, value) -> str:
    """The label of a stored choice value, or the value itself when it is unknown."""
    if value is None or value == "":
        return ""
    try:
        return translated("choices", choices(value).label)
    except ValueError:
        return str(value)


def message_text(text: str) -> str:
    """A data-layer text in the current language: a marked Text translated; a Message (a marked
    template filled in) said again from its translated template, its values translated in turn;
    any other text as it is."""
    if isinstance(text, Message):
        params = {key: _value_text(key, value) for key, value in text.params.items()}
        try:
            return message_text(text.template).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return str(text)
    if isinstance(text, Text) and text.context:
        return label_text(text) if text.context == "fields" else translated(text.context, text)
    return text


def _value_text(key: str, value):
    if isinstance(value, Text | Message):
        return message_text(value)
    if key == "label" and isinstance(value, str):  # a field's label
        return label_text(value)
    if key == "hint" and value:  # what a valid value looks like
        return translated("validation", value)
    return value


def problem_text(problem) -> str:
    """A FieldProblem in the current language, its placeholders filled in."""
    return message_text(Message(Text("validation", problem.template), problem.params))


def error_text(exc: BaseException) -> str:
    """A data-layer error as one plain sentence (or several, for a form's problems)."""
    from database import ops

    if isinstance(exc, ops.ValidationError):
        return "\n".join(problem_text(p) for p in exc.problems)
    if isinstance(exc, ops.ConflictError):
        if exc.theirs is None:
            return QCoreApplication.translate("errors", "This record was deleted by someone else meanwhile.")
        return QCoreApplication.translate("errors", "This record was changed by someone else meanwhile.")
    if isinstance(exc, ops.NotFoundError):
        return QCoreApplication.translate(
            "errors", "The record you asked for no longer exists (it may have been deleted elsewhere).")
    if exc.args and isinstance(exc.args[0], Message):
        return message_text(exc.args[0])
    if not isinstance(exc, ops.Ris3Error):  # a bug or a database error: its kind and the first line of
        said = ops.explain_error(exc)      # what was said, never SQL with its values (those go to the log)
        return message_text(said) if isinstance(said, Message) else said
    return translated("errors", str(exc))
