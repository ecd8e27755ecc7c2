"""Several writes in one transaction — all of them or none — and the exact inverse of each.

The window's edits are batches: a form with its relations (a new interaction and its link to the
organisation), a set of sector links, and the undo and redo of any of them. A batch returns what
it created, what it removed (with everything that went with it) and what each update replaced,
so ``inverse(outcome)`` is the batch that puts the register back, and the inverse of that batch's
outcome redoes it — records keep their ids throughout.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from .. import models as m
from .. import search as text_search
from ..engine import Database
from ..errors import ConflictError, NotFoundError, Ris3Error
from ..i18n import QT_TRANSLATE_NOOP as _N
from . import validation
from .crud import (
    _as_uuid,
    _check_pairs,
    _check_refs,
    _check_unique,
    _current_values,
    changes_of,
    restored_values,
)
from .impact import dependant_records
from .kinds import KINDS, kind, to_record
from .records import Changes, Record


@dataclass(frozen=True)
class Create:
    kind: str
    values: dict
    id: uuid.UUID | None = None  # given when another step of the batch refers to the new record


@dataclass(frozen=True)
class Update:
    kind: str
    id: uuid.UUID
    values: dict
    expected_version: int | None = None
    by_officer: bool = True


@dataclass(frozen=True)
class Delete:
    kind: str
    id: uuid.UUID
    expected_version: int | None = None


@dataclass(frozen=True)
class Restore:
    """Put back records exactly as they were (same ids), parents before children."""

    records: tuple[tuple[str, Record], ...]
    pairs: tuple[dict, ...] = ()  # possible-duplicate pairs that went with them (see _pairs_of)


@dataclass(frozen=True)
class Replaced:
    """What an update changed: the fields' values before, and the version it left."""

    kind: str
    id: uuid.UUID
    before: dict
    version: int


@dataclass(frozen=True)
class BatchOutcome:
    created: tuple[tuple[str, Record], ...] = ()  # created or restored, as stored
    removed: tuple[tuple[str, Record], ...] = ()  # deleted, with their dependants, in restoring order
    replaced: tuple[Replaced, ...] = ()
    changes: Changes = field(default_factory=Changes)
    removed_pairs: tuple[dict, ...] = ()  # possible-duplicate pairs the removed organisations were in

    @property
    def record(self) -> Record | None:
        """The first record created, or the first one updated (what a form goes on to show)."""
        return self.created[0][1] if self.created else None


def _restore(session, kind_name: str, rec: Record):
    k = KINDS[kind_name]
    obj = k.model(**restored_values(k, rec))
    session.add(obj)
    session.flush()
    if rec.version != obj.version:
        # the ORM numbers an inserted row 1; the restored record keeps its own version, so an
        # edit made before the delete can still be undone after the delete is
        table = k.model.__table__
        session.execute(table.update().where(table.c.id == rec.id).values(version=rec.version))
        session.expire(obj, ["version"])
    return obj


def _pairs_of(session, ids: list[uuid.UUID]) -> list[dict]:
    """The possible-duplicate pairs (waiting for review, dismissed or merged) that these records
    are in. They go with an organisation by ON DELETE CASCADE, and are no kind of record of their
    own: an undo puts them back from these rows, or an officer's review list would lose them."""
    pairs = m.DuplicateCandidate.__table__
    found = []
    for start in range(0, len(ids), 400):
        chunk = ids[start:start + 400]
        found += [dict(row._mapping) for row in session.execute(pairs.select().where(
            pairs.c.stakeholder_a_id.in_(chunk) | pairs.c.stakeholder_b_id.in_(chunk)))]
    return found


def _restore_pairs(session, rows: tuple[dict, ...]) -> None:
    """Put back pairs taken by :func:`_pairs_of` whose two organisations are both there (again)
    and that are not on the list meanwhile."""
    if not rows:
        return
    pairs, orgs = m.DuplicateCandidate.__table__, m.Stakeholder.__table__
    ends = {i for row in rows for i in (row["stakeholder_a_id"], row["stakeholder_b_id"])}
    present = set(session.scalars(select(orgs.c.id).where(orgs.c.id.in_(ends))))
    listed = {tuple(r) for r in session.execute(select(pairs.c.stakeholder_a_id, pairs.c.stakeholder_b_id).where(
        pairs.c.stakeholder_a_id.in_(ends)))}
    back = [row for row in rows if {row["stakeholder_a_id"], row["stakeholder_b_id"]} <= present
            and (row["stakeholder_a_id"], row["stakeholder_b_id"]) not in listed]
    if back:
        session.execute(pairs.insert(), back)


REFUSED = _N("errors", "The register refused this change (it would contradict records it holds); nothing was saved.")
def write_batch(db: Database, steps: Iterable[Create | Update | Delete | Restore]) -> BatchOutcome:
    """Run the steps in order in one transaction. Raises ValidationError, ConflictError or
    NotFoundError — and then nothing of the batch is written."""
    steps = list(steps)
    created_objs: list[tuple[str, object]] = []
    removed: list[tuple[str, Record]] = []
    removed_pairs: list[dict] = []
    replaced: list[tuple[str, object, dict]] = []
    try:
        with db.write() as session:
            for step in steps:
                if isinstance(step, Create):
                    k = kind(step.kind)
                    clean = validation.clean(k, step.values, partial=False)
                    validation.check_record(k, clean)
                    session.flush()
                    _check_refs(session, k, clean)
                    _check_pairs(session, k, clean)
                    _check_unique(session, k, clean)
                    obj = k.model(**clean, **({"id": step.id} if step.id else {}))
                    session.add(obj)
                    session.flush()
                    created_objs.append((step.kind, obj))
                elif isinstance(step, Update):
                    k = kind(step.kind)
                    clean = validation.clean(k, step.values, partial=True)
                    obj = session.get(k.model, _as_uuid(step.id))
                    if obj is None:
                        raise ConflictError(k.label, step.id, mine=step.values, theirs=None)
                    if step.expected_version is not None and obj.version != step.expected_version:
                        raise ConflictError(k.label, step.id, mine=step.values, theirs=to_record(obj))
                    validation.check_record(k, {**_current_values(obj, k), **clean})
                    _check_refs(session, k, clean)
                    _check_pairs(session, k, {**_current_values(obj, k), **clean}, own_id=obj.id)
                    _check_unique(session, k, clean, own_id=obj.id)
                    changed = [name for name, v in clean.items() if getattr(obj, name) != v]
                    before = {name: getattr(obj, name) for name in changed}
                    for name in changed:
                        setattr(obj, name, clean[name])
                    if step.by_officer and changed and hasattr(obj, "edited_fields"):
                        obj.edited_fields = sorted(set(obj.edited_fields or ()) | set(changed))
                    session.flush()
                    replaced.append((step.kind, obj, before))
                elif isinstance(step, Delete):
                    k = kind(step.kind)
                    obj = session.get(k.model, _as_uuid(step.id))
                    if obj is None:
                        raise NotFoundError(k.label, step.id)
                    if step.expected_version is not None and obj.version != step.expected_version:
                        raise ConflictError(k.label, step.id, mine={}, theirs=to_record(obj))
                    gone = [(step.kind, to_record(obj)), *dependant_records(session, k, obj.id)]
                    removed_pairs += _pairs_of(session, [r.id for _kn, r in gone])
                    # later deletes first: a record deleted after its children is restored before them
                    removed[:0] = gone
                    session.delete(obj)
                    session.flush()
                    # dependants go by ON DELETE CASCADE, out of the ORM's sight
                    text_search.forget(session.connection(), [(kn, r.id) for kn, r in gone[1:]])
                    session.info.setdefault("changes", {"created": set(), "updated": set(), "deleted": set()})
                    session.info["changes"]["deleted"].update((kn, r.id) for kn, r in gone[1:])
                elif isinstance(step, Restore):
                    for kind_name, rec in step.records:
                        created_objs.append((kind_name, _restore(session, kind_name, rec)))
                    session.flush()
                    _restore_pairs(session, step.pairs)
                else:
                    raise TypeError(f"not a batch step: {step!r}")
            session.flush()
            created = tuple((kn, to_record(o)) for kn, o in created_objs)
            done = tuple(Replaced(kn, o.id, before, o.version) for kn, o, before in replaced)
            changes = changes_of(session)
    except StaleDataError:
        raise ConflictError("record", None, mine={}, theirs=None) from None
    except IntegrityError:
        raise Ris3Error(REFUSED) from None
    return BatchOutcome(created, tuple(removed), done, changes, tuple(removed_pairs))


def inverse(outcome: BatchOutcome) -> list[Create | Update | Delete | Restore]:
    """The steps that undo ``outcome``: updates put back, created records removed, removed
    records restored (parents first). Running them and inverting again redoes the original."""
    steps: list = [Update(r.kind, r.id, r.before, expected_version=r.version) for r in reversed(outcome.replaced)]
    # children were created after their parents: removing them first leaves nothing dangling
    steps += [Delete(kn, rec.id) for kn, rec in reversed(outcome.created)]
    if outcome.removed:
        steps.append(Restore(outcome.removed, outcome.removed_pairs))
    return steps
