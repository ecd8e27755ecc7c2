"""Undo and redo of every edit (QUndoStack commands calling the operations layer).

An edit is made first, on the database worker, as a batch (``ops.write_batch``); its outcome
says what was created, removed (with everything that went with it) and replaced. The command
pushed afterwards undoes it by running ``ops.inverse(outcome)``, and redoes it by running the
inverse of *that* outcome: records keep their ids, so later commands still find them.

The command's state is updated on the worker thread, inside the job, so an undo queued right
behind a redo already sees the redo's result. When an undo or redo cannot be done — someone
else changed the record since — the host is told, and clears the stack rather than leave it
pointing at a state the register is no longer in.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from database import ops


class Host(Protocol):
    worker: object
    db: object

    def apply_changes(self, changes: ops.Changes) -> None: ...

    def undo_failed(self, command: ChangeCommand, exc: BaseException) -> None: ...


class ChangeCommand(QUndoCommand):
    def __init__(self, text: str, outcome: ops.BatchOutcome, host: Host):
        super().__init__(text)
        self._outcome = outcome
        self._host = host
        self._first = True  # the edit is already made when the command is pushed
        self.undone = False

    @property
    def outcome(self) -> ops.BatchOutcome:
        return self._outcome

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._flip(undone=False)

    def undo(self) -> None:
        self._flip(undone=True)

    def _flip(self, undone: bool) -> None:
        host = self._host

        def job():
            outcome = ops.write_batch(host.db, ops.inverse(self._outcome))
            self._outcome = outcome
            self.undone = undone
            return outcome

        host.worker.submit(job, on_done=lambda outcome: host.apply_changes(outcome.changes),
                           on_error=lambda exc: host.undo_failed(self, exc))
