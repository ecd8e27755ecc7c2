"""Undo and redo of every edit (QUndoStack commands calling the operations layer).

An edit is made first, on the database worker, as a batch (``ops.write_batch``); its outcome
says what was created, removed (with everything that went with it) and replaced. The command
pushed afterwards undoes it by running ``ops.inverse(outcome)``, and redoes it by running the
inverse of *that* outcome: records keep their ids, so later commands still find them.

The command's state is updated on the worker thread, inside the job, so an undo queued right
behind a redo already sees the redo's result. When an undo or redo cannot be done — someone
else changed the record since — the host is told, and clears the stack rather than leave it
pointing at a state the register is no longer in.

**Versions.** Every write of a record raises its version, and an undo checks that the record is
still at the version the command left it at (else someone else changed it). Two commands on the
same record follow each other: once the later one is undone, the record holds exactly what the
earlier one left, but at a newer version. A :class:`VersionBook` shared by the commands of one
stack remembers the version the window's own last write (an edit, an undo or a redo) left each
record at; an undo expects that one. A write made by anyone else still shows as a conflict.

**Texts.** A command's text may be given as a callable that says it in the current language;
:meth:`ChangeCommand.retranslate` says it again after a language switch.

**Guard.** ``guard(command, undone)`` runs before an undo or redo writes anything (the editor
uses it for a form open on the same record). Returning True holds it back: nothing is written
and the stack steps back to where it was (the undo and redo actions say so meanwhile); the
guard may later call :meth:`ChangeCommand.again`. It may set ``command.then_once``, called with
the outcome once the write is done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from database import ops


class Host(Protocol):
    worker: object
    db: object
    undo_stack: object

    def apply_changes(self, changes: ops.Changes) -> None: ...

    def undo_failed(self, command: ChangeCommand, exc: BaseException) -> None: ...


Text = str | Callable[[], str]


class VersionBook:
    """The version each record was left at by the window's own last write (thread-safe: the
    worker updates it inside the jobs, the GUI thread when an edit is pushed)."""

    def __init__(self):
        self._versions: dict[tuple[str, object], int] = {}
        self._lock = threading.Lock()

    def record(self, outcome: ops.BatchOutcome) -> None:
        with self._lock:
            for kind_name, rec in outcome.removed:
                self._versions.pop((kind_name, rec.id), None)
            for kind_name, rec in outcome.created:
                self._versions[(kind_name, rec.id)] = rec.version
            for r in outcome.replaced:
                self._versions[(r.kind, r.id)] = r.version

    def rebase(self, steps: list) -> list:
        """The steps, each update expecting the version our own last write left."""
        with self._lock:
            return [replace(s, expected_version=self._versions.get((s.kind, s.id), s.expected_version))
                    if isinstance(s, ops.Update) and s.expected_version is not None else s for s in steps]

    def clear(self) -> None:
        with self._lock:
            self._versions.clear()


class ChangeCommand(QUndoCommand):
    def __init__(self, text: Text, outcome: ops.BatchOutcome, host: Host, *,
                 versions: VersionBook | None = None,
                 guard: Callable[[ChangeCommand, bool], bool] | None = None):
        self._say = text if callable(text) else None
        super().__init__(text() if callable(text) else text)
        self._outcome = outcome
        self._host = host
        self._versions = versions
        self._guard = guard
        self._first = True  # the edit is already made when the command is pushed
        self._skip = False  # the next undo/redo only moves the stack (back from one held back)
        self._unguarded = False  # the next undo/redo was asked for again, after the guard's question
        self.then_once: Callable[[ops.BatchOutcome], None] | None = None
        self.undone = False
        if versions is not None:
            versions.record(outcome)

    @property
    def outcome(self) -> ops.BatchOutcome:
        return self._outcome

    def retranslate(self) -> None:
        """Say the text again, in the language of now."""
        if self._say is not None:
            self.setText(self._say())

    def touched(self) -> set[tuple[str, object]]:
        """The records an undo or redo of this command writes over (updates it reverses,
        records it removes); records it restores cannot be open anywhere."""
        out = self._outcome
        return {(r.kind, r.id) for r in out.replaced} | {(k, rec.id) for k, rec in out.created}

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._request(undone=False)

    def undo(self) -> None:
        self._request(undone=True)

    def _request(self, undone: bool) -> None:
        if self._skip:
            self._skip = False
            return
        unguarded, self._unguarded = self._unguarded, False
        if not unguarded and self._guard is not None and self._guard(self, undone):
            # held back: QUndoStack moves its index after this returns, so step back just after
            QTimer.singleShot(0, lambda: self._step_back(undone))
            return
        then, self.then_once = self.then_once, None
        self._flip(undone, then)

    def _at(self, undone: bool) -> bool:
        """Whether the stack stands where an undo (``undone``) or a redo of this command starts."""
        stack = self._host.undo_stack
        index = stack.index()
        if undone:
            return index > 0 and stack.command(index - 1) is self
        return index < stack.count() and stack.command(index) is self

    def _step_back(self, undone: bool) -> None:
        """Undo the stack's move for an undo (or redo) held back, writing nothing."""
        if self._at(not undone):
            self._skip = True
            self._move(undo=not undone)

    def again(self, undone: bool, then: Callable[[ops.BatchOutcome], None] | None = None) -> None:
        """The undo (or redo) held back, now: through the stack, so its index follows."""
        if not self._at(undone):
            return
        self._unguarded = True
        self.then_once = then
        self._move(undo=undone)

    def _move(self, undo: bool) -> None:
        if undo:
            self._host.undo_stack.undo()
        else:
            self._host.undo_stack.redo()

    def _flip(self, undone: bool, then: Callable[[ops.BatchOutcome], None] | None = None) -> None:
        host = self._host
        versions = self._versions

        def job():
            steps = ops.inverse(self._outcome)
            if versions is not None:
                steps = versions.rebase(steps)
            outcome = ops.write_batch(host.db, steps)
            self._outcome = outcome
            self.undone = undone
            if versions is not None:
                versions.record(outcome)
            return outcome

        def done(outcome):
            host.apply_changes(outcome.changes)
            if then is not None:
                then(outcome)

        host.worker.submit(job, on_done=done, on_error=lambda exc: host.undo_failed(self, exc))
