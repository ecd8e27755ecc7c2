"""Running an import the same way for every kind of file: a dry run reads and decides but
writes nothing; a real run takes a backup (SQLite), then matches, writes, indexes and records
possible duplicates in ONE transaction — a failure, a Cancel or a killed process leaves the
register as it was."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from .. import models as m
from ..backup import automatic
from ..engine import Database
from ..ops.records import Changes
from .matching import PossibleDuplicate
from .plan import Plan
from .rejects import RejectSet
from .report import SAVING, ImportReport


def quiet_gc(fn):
    """Run ``fn`` with Python's cyclic garbage collector paused: an import makes hundreds of
    thousands of small objects, and each automatic collection would walk them all again (it made
    the full CORDIS import several times slower). Reference counting still frees memory."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        was_on = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return wrapper


def record_duplicates(session: Session, pairs: list[PossibleDuplicate], plan: Plan) -> int:
    """Store the pairs not already on the list (in either order); return how many were new."""
    if not pairs:
        return 0
    dc = m.DuplicateCandidate
    keys = {(p.a, p.b) for p in pairs} | {(p.b, p.a) for p in pairs}
    known = set()
    key_list = list(keys)
    for start in range(0, len(key_list), 400):
        known.update(tuple(r) for r in session.execute(
            select(dc.stakeholder_a_id, dc.stakeholder_b_id).where(
                tuple_(dc.stakeholder_a_id, dc.stakeholder_b_id).in_(key_list[start:start + 400]))))
    rows, seen = [], set()
    for p in pairs:
        if (p.a, p.b) in known or (p.b, p.a) in known or (p.a, p.b) in seen:
            continue
        seen.add((p.a, p.b))
        rows.append({"id": plan.new_id(), "created_at": plan.now, "updated_at": plan.now, "version": 1,
                     "stakeholder_a_id": p.a, "stakeholder_b_id": p.b, "score": p.score,
                     "reason": p.reason[:300], "status": "open"})
    if rows:
        session.execute(m.DuplicateCandidate.__table__.insert(), rows)
    return len(rows)


def run_import(db: Database, plan: Plan, build: Callable[[Session], list[PossibleDuplicate]], *, file: str,
               rows_read: int, reject_sets: list[RejectSet], notes: list[str], dry_run: bool, backup: bool,
               backup_folder: str | Path | None = None,
               progress: Callable[[int, int, str], None] | None) -> ImportReport:
    """``build(session)`` matches the file's records against the register, filling ``plan``,
    and returns the possible duplicates it found. ``backup_folder``: where the backup taken just
    before the import goes (the folder the officer chose for backups); None, beside the register."""
    backup_path = None
    changes = Changes()

    def writing(done: int, total: int, text: str) -> None:
        if progress:
            progress(700 + int(300 * done / max(total, 1)), 1000, text)

    if dry_run:
        with db.read() as session:
            duplicates = build(session)
        found = len(duplicates)
    else:
        with db.bulk_write() as session:
            duplicates = build(session)
            if backup and db.is_sqlite and db.path and plan.has_changes:
                # nothing is written yet and this transaction holds the write lock: the copy is
                # the register exactly as it was before the import (encrypted like it, rotated) —
                # what *Undo this import* puts back, even when it was still empty (30 ms then)
                taken = automatic(db, Path(backup_folder) if backup_folder else None, before="import")
                backup_path = taken[0] if taken else None
            changes = plan.apply(session, writing)
            found = record_duplicates(session, duplicates, plan)
            if progress:
                progress(1000, 1000, SAVING)
    return ImportReport(
        file=file, source=plan.source, as_of=plan.as_of, dry_run=dry_run, rows_read=rows_read,
        counts=plan.counts(), reject_sets=tuple(RejectSet(s.file, tuple(s.header), s.delimiter,
                                                          tuple(sorted(s.rejects, key=lambda r: r.line)))
                                                for s in reject_sets),
        possible_duplicates=found, notes=tuple(notes), backup=str(backup_path) if backup_path else None,
        changes=changes)
