"""What a delete takes with it, read from the foreign keys declared ON DELETE CASCADE, so the
confirmation can say it and an undo can put it all back."""

from __future__ import annotations

import uuid
from collections import Counter
from functools import cache

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from .kinds import TABLE_KINDS, Kind, kind, to_record


@cache
def _children(table: Table) -> tuple[tuple[str, str], ...]:
    """(kind, column) of every table whose rows are deleted with a row of ``table``."""
    from ..models import Base

    out = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and fk.ondelete == "CASCADE" and child.name in TABLE_KINDS:
                out.append((TABLE_KINDS[child.name], fk.parent.name))
    return tuple(out)


def _walk(session: Session, k: Kind, entity_id: uuid.UUID, seen: set):
    for child_kind, column in _children(k.model.__table__):
        ck = kind(child_kind)
        for obj in session.scalars(select(ck.model).where(ck.column(column) == entity_id)):
            if obj.id in seen:
                continue
            seen.add(obj.id)
            yield child_kind, obj
            yield from _walk(session, ck, obj.id, seen)


def dependant_records(session: Session, k: Kind, entity_id: uuid.UUID) -> list:
    """Parents before children, ready to be inserted again in this order."""
    return [(name, to_record(obj)) for name, obj in _walk(session, k, entity_id, set())]


def dependants(session: Session, k: Kind, entity_id: uuid.UUID) -> list[tuple[str, uuid.UUID]]:
    return [(name, obj.id) for name, obj in _walk(session, k, entity_id, set())]


def impact(session: Session, k: Kind, entity_id: uuid.UUID) -> dict[str, int]:
    return dict(Counter(name for name, _ in _walk(session, k, entity_id, set())))
