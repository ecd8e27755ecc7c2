"""The officer's preferences and the window's remembered state, kept apart (as Picard does):
preferences are choices the officer makes in the Preferences dialog; window state (size, splitter
positions, column order, widths and sort, the last page) is remembered by the window itself and
can be thrown away without losing a choice.

Both live in INI files in the user's configuration folder (QSettings, IniFormat):
``ris3desk/preferences.ini`` and ``ris3desk/window-state.ini``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANISATION = "ris3desk"


def settings_file(name: str) -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, name)


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


@dataclass
class Preferences:
    """Typed preferences; every field has a default, so a missing or damaged file is harmless."""

    officer_name: str = ""  # the author of packs and of the register's history
    home_region: str = "ITC1"  # NUTS code (Piemonte)
    pack_language: str = ""  # "it" or "en"; empty: the interface language
    backup_folder: str = ""  # empty: beside the register (backup_folder_for)
    pack_folder: str = ""  # where briefing packs are saved; empty: the Documents folder
    language: str = ""  # interface language, "it" or "en"; empty: the system's

    @classmethod
    def load(cls, settings: QSettings | None = None) -> Preferences:
        settings = settings or settings_file("preferences")
        prefs = cls()
        for f in fields(cls):
            value = settings.value(f"preferences/{f.name}")
            if isinstance(value, str):
                setattr(prefs, f.name, value.strip())
        if prefs.language not in ("", "it", "en"):
            prefs.language = ""
        if prefs.pack_language not in ("", "it", "en"):
            prefs.pack_language = ""
        return prefs

    def save(self, settings: QSettings | None = None) -> None:
        settings = settings or settings_file("preferences")
        for f in fields(self):
            settings.setValue(f"preferences/{f.name}", getattr(self, f.name))
        settings.sync()

    def effective_language(self) -> str:
        from .i18n import system_language

        return self.language or system_language()

    def effective_pack_language(self) -> str:
        return self.pack_language or self.effective_language()

    def backup_folder_for(self, beside: Path | None) -> Path | None:
        """Where the backups of a register go. ``beside``: its own folder next to it,
        ``<name>-backups`` (``ops.backup_location``; None for a team register on a server).

        With no folder chosen, that one. With a folder chosen, a folder of the register's own
        inside it, ``<chosen>/<name>-backups``: several registers may share the folder chosen,
        and the backups of one must never be listed, rotated or restored as another's."""
        if beside is None:
            return None
        if not self.backup_folder:
            return Path(beside)
        return Path(self.backup_folder).expanduser().absolute() / Path(beside).name

    def effective_pack_folder(self) -> str:
        return self.pack_folder or documents_folder()


class WindowState:
    """Remembered layout: geometry, splitters, each list's header (order, widths, hidden
    columns, sort) and the last page shown."""

    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or settings_file("window-state")

    def value(self, key: str, default=None):
        value = self._settings.value(key)
        return default if value is None else value

    def set_value(self, key: str, value) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
