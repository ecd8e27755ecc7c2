"""Marking user-facing text of the data layer for Qt's translation tools without importing Qt.

``pyside6-lupdate`` collects ``QT_TRANSLATE_NOOP(context, text)`` calls from Python sources;
the GUI translates the English text at display time with ``QCoreApplication.translate``.
The data layer itself always speaks English.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
