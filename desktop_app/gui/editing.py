"""Creating, editing and deleting records: the one path every edit of the window takes.

Each edit is one batch on the database worker (``ops.write_batch``), pushed afterwards on the
undo stack as a :class:`ChangeCommand`; the window refreshes from the batch's Changes. A save
that finds the record changed elsewhere opens the conflict dialog; one the register refuses
shows its reasons next to the fields.

The commands' texts are callables, said again in the new language after a switch (the undo
and redo actions follow). An undo or redo that would write over a record whose form is open
does not leave the form behind on an old version (its next save would look like someone else's
change): a form with nothing typed is closed and opened again on the record as undone; a form
with unsaved changes asks first — discard them and undo, or go back to the form.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from database import ops

from . import i18n
from .messages import confirm, show_error
from .records_ui import kind_count, kind_name, record_label
from .undo_commands import ChangeCommand, Text, VersionBook

# forms and dialogs are imported when first needed: the window starts sooner

_T = QCoreApplication.translate

# what a new record starts with
DEFAULTS = {
    "partnership": {"status": "idea"},
    "participant": {"role": "partner"},
    "partner_region": {"role": "partner"},
    "interaction": {"kind": "meeting"},
    "sector": {"kind": "area"},
}


MAX_DELETE = 1000  # records one confirmation may delete (each is surveyed for what goes with it)


class Editing(QObject):
    """Bound to the main window (``host``): its worker, database, undo stack and views."""

    def __init__(self, host):
        super().__init__(host)
        self.host = host
        self.versions = VersionBook()  # what our own last write left each record at (for undo)

    def event(self, event) -> bool:
        # a child of the window: Qt passes the window's LanguageChange on to it
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_undo()
        return super().event(event)

    def retranslate_undo(self) -> None:
        """Say every command's text again in the current language, and let the undo and redo
        actions know (they show the text of the command they would undo or redo)."""
        stack = self.host.undo_stack
        for i in range(stack.count()):
            command = stack.command(i)
            if isinstance(command, ChangeCommand):
                command.retranslate()
        stack.undoTextChanged.emit(stack.undoText())
        stack.redoTextChanged.emit(stack.redoText())

    # --- forms ---------------------------------------------------------------------------------

    def make_form(self, kind: str, record=None, preset: dict | None = None, locked=()):
        from .forms import FormFrame, RecordForm

        start = {**DEFAULTS.get(kind, {}), **(preset or {})} if record is None else preset
        form = RecordForm(self.host.worker, self.host.db, kind, record, start, locked)
        return FormFrame(form)

    def open_dialog(self, kind: str, record=None, preset: dict | None = None, locked=(),
                    extra: Callable[[uuid.UUID], list] | None = None):
        """A form in a dialog (for records without a page of their own)."""
        from .forms import RecordDialog

        frame = self.make_form(kind, record, preset, locked)
        dialog = RecordDialog(frame, self.host)

        def saved(_kind, _rec_id):
            dialog.allow_close()
            dialog.accept()

        frame.save_requested.connect(lambda: self.save(frame, saved, extra))
        dialog.open()
        return dialog

    def edit_in_dialog(self, kind: str, rec_id) -> None:
        self.host.worker.submit(ops.get, self.host.db, kind, rec_id,
                                on_done=lambda rec: self.open_dialog(kind, rec),
                                on_error=self.failed)

    def save(self, frame, on_saved: Callable[[str, uuid.UUID], None],
             extra: Callable[[uuid.UUID], list] | None = None) -> None:
        """Check, then write the form; ``extra(new_id)`` adds steps to a creation's batch (the
        link of a new interaction to the organisation it was logged from)."""
        form = frame.form
        if not form.validate_all():
            return
        values = form.values_to_save()
        kind = form.kind
        if form.record is not None:
            if not values:
                on_saved(kind, form.record.id)
                return
            steps = [ops.Update(kind, form.record.id, values, expected_version=form.record.version)]
            record = form.record

            def text():
                return _T("Editing", "Edit {0} “{1}”").format(kind_name(kind), record_label(kind, record))
        else:
            new_id = uuid.uuid4()
            steps = [ops.Create(kind, values, id=new_id), *(extra(new_id) if extra else [])]

            def text():
                return _T("Editing", "Add {0}").format(kind_name(kind))
        self._write(frame, steps, text, on_saved)

    def _write(self, frame, steps: list, text: Text, on_saved) -> None:
        if frame.busy:  # a save of this form is on its way (Ctrl+S and the menu at once): one is enough
            return
        frame.set_busy(True)
        form = frame.form

        def done(outcome: ops.BatchOutcome):
            alive = shiboken6.isValid(frame)  # (the form may have been closed meanwhile: the write stands)
            if alive:
                frame.set_busy(False)
            self.push(text, outcome)
            if alive:
                rec_id = form.record.id if form.record is not None else outcome.created[0][1].id
                on_saved(form.kind, rec_id)

        def failed(exc):
            if not shiboken6.isValid(frame):  # the form was closed meanwhile: say it as any failure
                self.failed(exc)
                return
            frame.set_busy(False)
            if isinstance(exc, ops.ValidationError):
                form.show_problems(exc.problems)
            elif isinstance(exc, ops.ConflictError):
                self._conflict(frame, steps[0], exc, text, on_saved)
            else:
                self.failed(exc)

        self.host.worker.submit(ops.write_batch, self.host.db, steps, on_done=done, on_error=failed)

    def _conflict(self, frame, step, exc: ops.ConflictError, text: Text, on_saved) -> None:
        from .conflict_dialog import ConflictDialog

        form = frame.form
        if exc.theirs is None and form.kind == "stakeholder":
            # deleted — or merged into another organisation (by this officer, often): say which
            def found(survivor):
                if survivor is None:
                    self._deleted_meanwhile(frame, text, on_saved)
                else:
                    self._merged_meanwhile(frame, step, survivor, text, on_saved)

            self.host.worker.submit(ops.merged_into, self.host.db, form.record.id, on_done=found,
                                    on_error=self.failed)
            return
        if exc.theirs is None:
            self._deleted_meanwhile(frame, text, on_saved)
            return
        dialog = ConflictDialog(form.kind, step.values, exc.theirs, form.record, frame)

        def resolved():
            chosen = dialog.chosen()
            form.record = exc.theirs
            if not chosen:
                on_saved(form.kind, exc.theirs.id)
                return
            self._write(frame, [ops.Update(form.kind, exc.theirs.id, chosen, expected_version=exc.theirs.version)],
                        text, on_saved)

        if not dialog.asks:  # they changed other fields than the officer: both changes stand
            dialog.deleteLater()
            resolved()
            return
        self.host.last_conflict_dialog = dialog
        dialog.accepted.connect(resolved)
        dialog.open()

    def _deleted_meanwhile(self, frame, text: Text, on_saved) -> None:
        """The record being edited was deleted meanwhile: offer to save what was typed as a new one."""
        form = frame.form

        def recreate():
            values = {n: v for n, v in form.raw_values().items() if v not in (None, "")}
            form.record = None
            self._write(frame, [ops.Create(form.kind, values)], text, on_saved)

        confirm(frame, _T("Editing", "Deleted by someone else"),
                _T("Editing", "This {0} was deleted by someone else while you were editing it.")
                .format(kind_name(form.kind)),
                _T("Editing", "Save what you typed as a new {0}?").format(kind_name(form.kind)),
                _T("Editing", "Save as new"), recreate, destructive=False)

    def _merged_meanwhile(self, frame, step, survivor, text: Text, on_saved) -> None:
        """The organisation being edited was merged into ``survivor`` meanwhile: offer to apply the
        fields the officer changed there (checked against the survivor as it is now)."""
        form = frame.form
        changed = dict(step.values)

        def apply_there():
            form.record = survivor
            self._write(frame, [ops.Update("stakeholder", survivor.id, changed, expected_version=survivor.version)],
                        text, on_saved)

        confirm(frame, _T("Editing", "Merged meanwhile"),
                _T("Editing", "This organisation was merged into “{0}” while you were editing it.").format(survivor.name),
                _T("Editing", "Apply what you changed to “{0}”?").format(survivor.name),
                _T("Editing", "Apply there"), apply_there, destructive=False)

    def push(self, text: Text, outcome: ops.BatchOutcome) -> ChangeCommand:
        """Record a write made (already) for undo, and refresh the views from it. ``text`` is
        best a callable giving it in the current language (``lambda: _T(...).format(...)``):
        the undo and redo actions then follow a language switch."""
        command = ChangeCommand(text, outcome, self.host, versions=self.versions, guard=self._undo_guard)
        self.host.undo_stack.push(command)
        self.host.apply_changes(outcome.changes)
        return command

    # --- undo while a form is open ------------------------------------------------------------

    def _open_forms(self, keys) -> list:
        """(page, frame) of the forms open on these records, in the pages of the lists."""
        found = []
        for page in getattr(self.host, "lists", {}).values():
            frame = page.editor
            if frame is not None and frame.form.record is not None and \
                    (frame.form.kind, frame.form.record.id) in keys:
                found.append((page, frame))
        return found

    def _undo_guard(self, command: ChangeCommand, undone: bool) -> bool:
        """Before an undo or redo writes over records: is a form open on one of them? A form with
        nothing typed is closed (and opened again afterwards); one with changes holds the undo
        back and asks."""
        forms = self._open_forms(command.touched())
        if not forms:
            return False
        current = self.host.current_list() if hasattr(self.host, "current_list") else None
        reopen = [(frame.form.kind, frame.form.record.id) for page, frame in forms if page is current]

        def close_forms():
            for page, frame in forms:
                if page.editor is frame:
                    page.close_editor()

        def then(outcome):
            self._reopen(reopen, outcome)

        if not any(frame.form.is_dirty() for _page, frame in forms):
            close_forms()  # nothing typed: the form comes back on the record as it is after the undo
            command.then_once = then
            return False
        frame = next(frame for _page, frame in forms if frame.form.is_dirty())
        label = record_label(frame.form.kind, frame.form.record)
        title = _T("Editing", "Undo") if undone else _T("Editing", "Redo")
        text = (_T("Editing", "Undoing changes “{0}”, whose form has changes that are not saved yet.") if undone
                else _T("Editing", "Redoing changes “{0}”, whose form has changes that are not saved yet.")
                ).format(label)
        informative = _T("Editing", "Discard the form's changes and go on, or go back to the form (save it or "
                                    "cancel it, then try again).")
        yes_text = _T("Editing", "Discard and undo") if undone else _T("Editing", "Discard and redo")

        def discard():
            close_forms()
            command.again(undone, then)

        self.host.last_question = confirm(self.host, title, text, informative, yes_text, discard)
        return True

    def _reopen(self, keys: list, outcome: ops.BatchOutcome) -> None:
        for kind, rec_id in keys:
            if (kind, rec_id) not in outcome.changes.deleted:
                self.host.edit_record(kind, rec_id)

    def run(self, steps: list, text: Text, on_done: Callable | None = None) -> None:
        """Write a batch that needs no form (links, removals) and make it undoable."""
        def done(outcome):
            self.push(text, outcome)
            if on_done:
                on_done(outcome)

        self.host.worker.submit(ops.write_batch, self.host.db, steps, on_done=done, on_error=self.failed)

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, ops.Ris3Error):
            show_error(self.host, _T("Editing", "Not saved"), i18n.error_text(exc))
        else:
            self.host.unexpected_error(exc)

    # --- deleting ------------------------------------------------------------------------------

    def delete(self, kind: str, ids: list, on_deleted: Callable | None = None) -> None:
        """Ask, saying what goes with it, then delete (undoable)."""
        if not ids:
            return
        if len(ids) > MAX_DELETE:
            show_error(self.host, _T("Editing", "Too many to delete at once"),
                       _T("Editing", "{0} are selected; select at most {1} to delete them at once.")
                       .format(kind_count(kind, len(ids)), MAX_DELETE))
            return
        db = self.host.db

        def survey():
            records = ops.get_many(db, kind, ids)
            impact: dict[str, int] = {}
            for rec in records:
                for k, n in ops.delete_impact(db, kind, rec.id).items():
                    impact[k] = impact.get(k, 0) + n
            names = {}
            if kind == "participant" and records:
                names = {r.id: r.name for r in ops.get_many(db, "stakeholder", [p.stakeholder_id for p in records])}
            return records, impact, names

        def ask(result):
            records, impact, names = result
            if not records:
                return
            if len(records) == 1:
                rec = records[0]
                label = names.get(rec.stakeholder_id, "") if kind == "participant" else record_label(kind, rec)
                text = _T("Editing", "Delete the {0} “{1}”?").format(kind_name(kind), label)
            else:
                text = _T("Editing", "Delete {0}?").format(kind_count(kind, len(records)))
            if impact:
                parts = [kind_count(k, n) for k, n in sorted(impact.items(), key=lambda kv: -kv[1])]
                informative = _T("Editing", "This also deletes: {0}.").format(", ".join(parts))
            else:
                informative = _T("Editing", "Nothing else is deleted with it.")
            informative += "\n" + _T("Editing", "You can undo this with Ctrl+Z.")

            def what():
                return (_T("Editing", "Delete {0} “{1}”").format(kind_name(kind), record_label(kind, records[0]))
                        if len(records) == 1 else _T("Editing", "Delete {0}").format(kind_count(kind, len(records))))

            box = confirm(self.host, _T("Editing", "Delete"), text, informative, _T("Editing", "Delete"),
                          lambda: self.run([ops.Delete(kind, r.id) for r in records], what, on_deleted))
            self.host.last_question = box

        self.host.worker.submit(survey, on_done=ask, on_error=self.failed)

    def detach(self, link_kind: str, left_field: str, left_id, right_field: str, right_id) -> None:
        """Remove the link between two records (an organisation from an interaction)."""
        db = self.host.db

        def job():
            ids = ops.list_ids(db, link_kind, filters={left_field: left_id, right_field: right_id})
            return ops.write_batch(db, [ops.Delete(link_kind, i) for i in ids])

        def text():
            return _T("Editing", "Detach {0}").format(kind_name(link_kind))

        self.host.worker.submit(job, on_done=lambda outcome: self.push(text, outcome), on_error=self.failed)

    # --- links to sectors and technologies --------------------------------------------------------

    def edit_links(self, kind: str, own_id) -> None:
        from .relations import LINKS, LinkSetDialog, load_links

        if kind not in LINKS:
            return
        db = self.host.db

        def job():
            return ops.get(db, kind, own_id), load_links(db, kind, own_id)

        def show(result):
            rec, states = result
            title = _T("Editing", "Sectors and technologies of “{0}”").format(record_label(kind, rec))
            dialog = LinkSetDialog(title, own_id, states, self.host)
            self.host.last_link_dialog = dialog

            def accepted():
                steps = dialog.steps()
                if steps:
                    self.run(steps, lambda: _T("Editing", "Change the sectors of “{0}”").format(record_label(kind, rec)))

            dialog.accepted.connect(accepted)
            dialog.open()

        self.host.worker.submit(job, on_done=show, on_error=self.failed)
