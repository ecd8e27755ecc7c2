"""Create, read, update, delete and list every kind of record, by id and plain values.

Writes run in one transaction each, record their field-level history, and return an
:class:`Outcome` with the stored record and a :class:`Changes` set. An update names the version
the officer started from; when the row moved on meanwhile, :class:`ConflictError` carries both.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from .. import models as m
from .. import search as text_search
from ..engine import Database
from ..errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from . import validation
from .kinds import TABLE_KINDS, Kind, kind
from .records import Changes, HistoryRecord, Outcome, Page, Record


def changes_of(session: Session) -> Changes:
    c = session.info.get("changes") or {}
    return Changes(frozenset(c.get("created", ())), frozenset(c.get("updated", ())) - frozenset(c.get("created", ())),
                   frozenset(c.get("deleted", ())))


def _as_uuid(value) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except (ValueError, TypeError, AttributeError):
        raise NotFoundError("record", value) from None


def _load(session: Session, k: Kind, entity_id, **kw):
    obj = session.get(k.model, _as_uuid(entity_id), **kw)
    if obj is None:
        raise NotFoundError(k.label, entity_id)
    return obj


def _check_refs(session: Session, k: Kind, values: dict) -> None:
    problems = []
    for f in k.fields:
        if f.type == "ref" and values.get(f.name) is not None and f.refers:
            target = kind(f.refers).model
            if session.get(target, values[f.name]) is None:
                problems.append(FieldProblem(f.name, validation.BAD_REF, {"label": f.label}))
    if problems:
        raise ValidationError(problems)


def _check_unique(session: Session, k: Kind, values: dict, own_id=None) -> None:
    problems = []
    for f in k.fields:
        col = k.column(f.name)
        if col.unique and values.get(f.name) is not None:
            q = select(k.model).where(col == values[f.name])
            other = session.scalars(q).first()
            if other is not None and other.id != own_id:
                label = getattr(other, "name", None) or getattr(other, "title", None) or getattr(other, "code", "")
                problems.append(FieldProblem(f.name, validation.DUPLICATE,
                                             {"label": f.label, "value": values[f.name], "other": label}))
    if k.link:
        left, right = k.link
        if values.get(left) and values.get(right):
            q = select(k.model.id).where(k.column(left) == values[left], k.column(right) == values[right])
            existing = session.scalar(q)
            if existing is not None and existing != own_id:
                problems.append(FieldProblem(right, validation.DUPLICATE,
                                             {"label": "Link", "value": "", "other": "this record"}))
    if problems:
        raise ValidationError(problems)


def _check_pairs(session: Session, k: Kind, values: dict, own_id=None) -> None:
    """Unique pairs (an organisation takes part in a partnership once, a sector is linked to an
    organisation once): refused with a sentence naming the record already there, next to the
    field that chose it, instead of the database's constraint error."""
    from sqlalchemy import UniqueConstraint

    for constraint in k.model.__table__.constraints:
        cols = list(constraint.columns) if isinstance(constraint, UniqueConstraint) else []
        if len(cols) != 2 or any(values.get(c.name) is None for c in cols):
            continue
        q = select(k.model.id).where(*[c == values[c.name] for c in cols])
        existing = session.scalar(q)
        if existing is not None and existing != own_id:
            chosen = cols[1]
            name = str(values[chosen.name])
            if chosen.foreign_keys:
                target = kind(TABLE_KINDS[next(iter(chosen.foreign_keys)).column.table.name])
                name = _name_of(session.get(target.model, values[chosen.name])) or name
            raise ValidationError([FieldProblem(chosen.name, validation.DUPLICATE_PAIR, {"name": name})])


def _name_of(obj) -> str | None:
    """What a record is called, for a sentence: its name, acronym, title, subject or code."""
    for attr in ("name", "acronym", "title", "subject", "name_en", "code"):
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return None


def _current_values(obj, k: Kind) -> dict:
    return {f.name: getattr(obj, f.name) for f in k.fields}


# --- reading -----------------------------------------------------------------------------------

def get(db: Database, kind_name: str, entity_id) -> Record:
    k = kind(kind_name)
    with db.read() as session:
        from .kinds import to_record

        return to_record(_load(session, k, entity_id))


def get_many(db: Database, kind_name: str, ids: Sequence) -> list[Record]:
    """Records in the order of ``ids``; ids that no longer exist are skipped."""
    from .kinds import record_columns

    k = kind(kind_name)
    ids = [_as_uuid(i) for i in ids]
    found = {}
    table = k.model.__table__
    with db.read() as session:
        for start in range(0, len(ids), 500):
            for row in session.execute(select(*record_columns(k)).where(table.c.id.in_(ids[start:start + 500]))):
                found[row.id] = k.record(*row)
    return [found[i] for i in ids if i in found]


def _order(k: Kind, sort: str | None, descending: bool):
    """(sort name, ORDER BY keys, keyset columns). Rows with the same value follow the kind's
    natural order (name, title, ...), then the id, which makes the order total. Empty values
    count as the largest — last when ascending, first when descending — on both back ends
    (PostgreSQL's own default). Indexes on exactly these keys (models._sort_indexes) are read
    forwards or backwards, so a first page never sorts the table."""
    sort = sort or k.default_sort
    if sort not in k.sortable and sort != k.default_sort:
        raise ValueError(f"{k.name} lists cannot be sorted by {sort!r}")
    col = k.column(sort)
    natural = k.column(k.default_sort)
    raw = [col] + ([natural] if natural is not col and not natural.nullable else []) + [k.model.id]
    columns = [m.sort_key(c) for c in raw]  # free text case-insensitively, as the indexes hold it
    keys = ([col.is_(None)] if col.nullable else []) + columns
    return sort, [key.desc() for key in keys] if descending else keys, columns


def _after(columns: list, descending: bool, cursor: tuple):
    """The keyset condition: rows that come after ``cursor`` = (is_null, values...) in list order."""
    is_null, *values = cursor
    col = columns[0]
    beyond = (lambda a, b: a < b) if descending else (lambda a, b: a > b)
    if not col.nullable:
        return beyond(tuple_(*columns), tuple(values))
    null_key = col.is_(None)
    # among empty values only the columns after the first order
    among_nulls = and_(null_key, beyond(tuple_(*columns[1:]), tuple(values[1:])))
    among_values = and_(col.is_not(None), beyond(tuple_(*columns), tuple(values)))
    if descending:  # empty values first, then the values from the largest down
        return or_(among_nulls, col.is_not(None)) if is_null else among_values
    return among_nulls if is_null else or_(null_key, among_values)


def _filtered(db: Database, k: Kind, filters: dict | None):
    """The kind's rows (as plain Core rows, not ORM objects) with the list's filters applied."""
    from .filters import apply_filters

    return apply_filters(k, select(k.model.__table__), filters or {}, db.engine.dialect.name)


def list_page(db: Database, kind_name: str, *, sort: str | None = None, descending: bool = False,
              filters: dict | None = None, after: tuple | None = None, limit: int = 200) -> Page:
    """One page of a list, keyset-paged: pass the page's ``next_cursor`` as ``after``."""
    from .kinds import record_columns

    k = kind(kind_name)
    _, order, columns = _order(k, sort, descending)
    fields = record_columns(k)
    # the keyset columns come after the record's own (a sector's position is not in its record)
    q = _filtered(db, k, filters).with_only_columns(*fields, *columns)
    if after is not None:
        q = q.where(_after(columns, descending, after))
    q = q.order_by(*order).limit(limit)
    with db.read() as session:
        result = session.execute(q).all()
    rows = tuple(k.record(*row[:len(fields)]) for row in result)
    cursor = None
    if len(rows) == limit:
        keys = result[-1][len(fields):]
        cursor = (keys[0] is None, *keys)
    return Page(rows, cursor)


def list_ids(db: Database, kind_name: str, *, sort: str | None = None, descending: bool = False,
             filters: dict | None = None) -> list[uuid.UUID]:
    """Every matching id in list order: what a table view holds (rows are fetched on demand)."""
    k = kind(kind_name)
    _, order, _ = _order(k, sort, descending)
    q = _filtered(db, k, filters).with_only_columns(k.model.id).order_by(*order)
    with db.read() as session:
        return list(session.scalars(q))


def count(db: Database, kind_name: str, filters: dict | None = None) -> int:
    k = kind(kind_name)
    q = _filtered(db, k, filters).with_only_columns(func.count(k.model.id))
    with db.read() as session:
        return session.scalar(q) or 0


# --- writing -----------------------------------------------------------------------------------

def create(db: Database, kind_name: str, values: dict) -> Outcome:
    from .kinds import to_record

    k = kind(kind_name)
    clean = validation.clean(k, values, partial=False)
    validation.check_record(k, clean)
    try:
        with db.write() as session:
            _check_refs(session, k, clean)
            _check_unique(session, k, clean)
            _check_pairs(session, k, clean)
            obj = k.model(**clean)
            if "position" in k.model.__table__.c:  # a new record goes to the end of ordered lists
                obj.position = (session.scalar(select(func.max(k.model.position))) or 0) + 1
            session.add(obj)
            session.flush()
            record = to_record(obj)
            changes = changes_of(session)
    except IntegrityError:
        _raced(db, k, clean)
        raise
    return Outcome(record, changes)


def _raced(db: Database, k: Kind, clean: dict, own_id=None) -> None:
    """After a unique constraint refused a write: another window (or process) saved the same PIC,
    code or link between our check and our write. Say so as the check would have, naming the
    record that now holds the value, rather than as a database error."""
    with db.read() as session:
        _check_unique(session, k, clean, own_id)
        _check_pairs(session, k, clean, own_id)


def update(db: Database, kind_name: str, entity_id, values: dict, *, expected_version: int | None,
           by_officer: bool = True) -> Outcome:
    """Change some fields. ``expected_version`` is the version the edit started from (None skips
    the check, for merges that already looked). Fields an officer sets are remembered in
    ``edited_fields`` so imports leave them alone."""
    from .kinds import to_record

    k = kind(kind_name)
    clean = validation.clean(k, values, partial=True)
    try:
        with db.write() as session:
            obj = session.get(k.model, _as_uuid(entity_id))
            if obj is None:
                raise ConflictError(k.label, entity_id, mine=values, theirs=None)
            if expected_version is not None and obj.version != expected_version:
                raise ConflictError(k.label, entity_id, mine=values, theirs=to_record(obj))
            merged = {**_current_values(obj, k), **clean}
            validation.check_record(k, merged)
            _check_refs(session, k, clean)
            _check_unique(session, k, clean, own_id=obj.id)
            _check_pairs(session, k, merged, own_id=obj.id)
            changed = [name for name, v in clean.items() if getattr(obj, name) != v]
            for name in changed:
                setattr(obj, name, clean[name])
            if by_officer and changed and hasattr(obj, "edited_fields"):
                obj.edited_fields = sorted(set(obj.edited_fields or ()) | set(changed))
            session.flush()
            record = to_record(obj)
            changes = changes_of(session)
    except IntegrityError:
        _raced(db, k, clean, _as_uuid(entity_id))
        raise
    except StaleDataError:
        current = None
        try:
            current = get(db, kind_name, entity_id)
        except NotFoundError:
            pass
        raise ConflictError(k.label, entity_id, mine=values, theirs=current) from None
    return Outcome(record, changes)


def delete_impact(db: Database, kind_name: str, entity_id) -> dict[str, int]:
    """What else goes when this record is deleted: counts by kind (for the confirmation)."""
    from .impact import impact

    with db.read() as session:
        return impact(session, kind(kind_name), _as_uuid(entity_id))


def delete(db: Database, kind_name: str, entity_id, *, expected_version: int | None = None) -> Outcome:
    from .impact import dependants
    from .kinds import to_record

    k = kind(kind_name)
    with db.write() as session:
        obj = session.get(k.model, _as_uuid(entity_id))
        if obj is None:
            raise NotFoundError(k.label, entity_id)
        if expected_version is not None and obj.version != expected_version:
            raise ConflictError(k.label, entity_id, mine={}, theirs=to_record(obj))
        extra = dependants(session, k, obj.id)
        session.delete(obj)
        session.flush()
        # the database deletes the dependants by ON DELETE CASCADE, out of the ORM's sight
        text_search.forget(session.connection(), extra)
        changes = changes_of(session) | Changes(deleted=frozenset(extra))
    return Outcome(None, changes)


def restore(db: Database, kind_name: str, record: Record) -> Outcome:
    """Put back a deleted record exactly as it was (same id): undo of a delete. Its dependants
    are restored by the caller from the snapshot it took (see :func:`snapshot`)."""
    return restore_snapshot(db, [(kind_name, record)])


def snapshot(db: Database, kind_name: str, entity_id) -> list[tuple[str, Record]]:
    """The record and everything a delete would take with it, to restore later."""
    from .impact import dependant_records
    from .kinds import to_record

    k = kind(kind_name)
    with db.read() as session:
        obj = _load(session, k, entity_id)
        return [(kind_name, to_record(obj)), *dependant_records(session, k, obj.id)]


def restored_values(k, rec: Record) -> dict:
    """The column values that put a snapshotted record back under its own id."""
    values = {"id": rec.id, "created_at": rec.created_at}
    if k.link:
        values[k.link[0]] = rec.left_id
        values[k.link[1]] = rec.right_id
        if hasattr(k.model, "is_primary"):
            values["is_primary"] = rec.is_primary
        return values
    for name in rec.field_names():
        if name not in ("id", "version", "created_at", "updated_at"):
            value = getattr(rec, name)
            values[name] = list(value) if name == "edited_fields" else value
    return values


def restore_snapshot(db: Database, items: Iterable[tuple[str, Record]]) -> Outcome:
    from .kinds import KINDS, to_record

    with db.write() as session:
        first = None
        for kind_name, rec in items:
            k = KINDS[kind_name]
            values = restored_values(k, rec)
            values.update(updated_at=rec.updated_at, version=rec.version)
            obj = k.model(**values)
            session.add(obj)
            session.flush()
            first = first or to_record(obj)
        changes = changes_of(session)
    return Outcome(first, changes)


def history(db: Database, entity_id, limit: int = 500) -> list[HistoryRecord]:
    q = (select(m.HistoryEntry).where(m.HistoryEntry.entity_id == _as_uuid(entity_id))
         .order_by(m.HistoryEntry.at.desc(), m.HistoryEntry.id).limit(limit))
    with db.read() as session:
        return [HistoryRecord(h.id, h.kind, h.entity_id, h.action, h.field, h.before, h.after, h.at, h.author)
                for h in session.scalars(q)]
