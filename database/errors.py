"""Errors the data layer raises for the user to read. Each says, in plain English, what is wrong
and what to do; the GUI translates the English text (context "errors" / "validation")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .i18n import QT_TRANSLATE_NOOP as _N


class Ris3Error(Exception):
    """A problem to show the user in one line, never as a traceback."""


class DatabaseOpenError(Ris3Error):
    """The database cannot be opened (missing folder, not a database, newer schema, no server)."""


class DamagedDatabaseError(DatabaseOpenError):
    """The file failed its integrity check; it must not be opened for writing."""


class EncryptedDatabaseError(DatabaseOpenError):
    """The file is encrypted and no passphrase, or a wrong one, was given. ``wrong`` tells the
    window whether to say so when it asks again."""

    def __init__(self, path, wrong: bool):
        self.path = path
        self.wrong = wrong
        super().__init__((WRONG_PASSPHRASE if wrong else NO_PASSPHRASE).format(name=getattr(path, "name", path)))


WRONG_PASSPHRASE = _N("errors", "The passphrase for {name} is not right; the register was not opened. Check the "
                                "passphrase (capitals count) and try again.")
NO_PASSPHRASE = _N("errors", "{name} is encrypted, or is not a database at all. Give its passphrase with "
                             "--passphrase-file FILE or the RIS3DESK_PASSPHRASE environment variable.")


class NotFoundError(Ris3Error):
    def __init__(self, kind: str, entity_id: Any):
        super().__init__(f"The {kind} you asked for no longer exists (it may have been deleted elsewhere).")
        self.kind = kind
        self.entity_id = entity_id


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field. ``template`` is English with ``{label}``-style
    placeholders, translatable as it stands; ``message`` is it filled in."""

    field: str
    template: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(Ris3Error):
    def __init__(self, problems: list[FieldProblem]):
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message for p in self.problems))

    def for_field(self, name: str) -> list[FieldProblem]:
        return [p for p in self.problems if p.field == name]


class ConflictError(Ris3Error):
    """The record was changed by someone else since it was read. Carries both versions so the
    officer can choose, field by field."""

    def __init__(self, kind: str, entity_id: Any, mine: dict, theirs: Any | None):
        self.kind = kind
        self.entity_id = entity_id
        self.mine = mine
        self.theirs = theirs  # the record as it is now, or None when it was deleted meanwhile
        what = "deleted" if theirs is None else "changed"
        super().__init__(f"This {kind} was {what} by someone else while you were editing it.")
