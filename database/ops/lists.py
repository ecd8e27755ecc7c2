"""Lean list queries for the window's tables at 100,000 rows.

``ordered_ids`` returns every matching id in list order as the driver delivers it (32 hex digits
on SQLite, ``uuid.UUID`` on PostgreSQL) and turns one into a UUID only when it is read: building
100,000 UUID objects through the ORM took longer than the sort itself. ``first_page`` is what a
list shows before that: the count and the first rows, in one read.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import false, func, true

from ..engine import Database
from .crud import _filtered, _order
from .kinds import kind, to_record
from .records import Page, Record


class IdList(Sequence):
    """Ids in list order. Indexing gives ``uuid.UUID``; ``index`` finds an id's position."""

    __slots__ = ("_raw",)

    def __init__(self, raw: list):
        self._raw = raw

    def __len__(self) -> int:
        return len(self._raw)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [_as_uuid(v) for v in self._raw[i]]
        return _as_uuid(self._raw[i])

    def index(self, value, start: int = 0, stop: int | None = None) -> int:
        """Position of ``value`` (a UUID); ValueError when absent."""
        target = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        stop = len(self._raw) if stop is None else stop
        if self._raw and isinstance(self._raw[0], str):
            return self._raw.index(target.hex, start, stop)
        return self._raw.index(target, start, stop)

    def __contains__(self, value) -> bool:
        try:
            self.index(value)
        except (ValueError, TypeError, AttributeError):
            return False
        return True

    def __eq__(self, other) -> bool:
        return isinstance(other, IdList) and self._raw == other._raw

    __hash__ = None


def _as_uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=value)


def _parts(k, sort: str | None, descending: bool):
    """(sort name, [(condition, ORDER BY keys), ...]): the list order as one or two index scans.

    Empty values go last in both directions (as in :func:`~.crud.list_page`). Written as one
    ORDER BY (col IS NULL, col DESC, id DESC) the directions are mixed and no index serves it, so
    a descending sort of 100,000 rows sorted them all; as two parts — the filled values, then
    the empty ones — each part is a plain scan of the sort index (models._sort_indexes)."""
    sort_name, col, _ = _order(k, sort, descending)

    def keys():
        return [col.desc(), k.model.id.desc()] if descending else [col, k.model.id]

    if not col.nullable:
        return sort_name, [(None, keys())]
    # among the empty values col is constant, so ordering by it too keeps the index usable
    return sort_name, [(col.is_(None) == false(), keys()), (col.is_(None) == true(), keys())]


def _query(base, condition, keys):
    q = base if condition is None else base.where(condition)
    return q.order_by(*keys)


def ordered_ids(db: Database, kind_name: str, *, sort: str | None = None, descending: bool = False,
                filters: dict | None = None) -> IdList:
    """Every matching id in list order, in the same order as :func:`~.crud.list_page`."""
    k = kind(kind_name)
    _, parts = _parts(k, sort, descending)
    base = _filtered(db, k, filters).with_only_columns(k.model.id)
    raw: list = []
    with db.read() as session:
        connection = session.connection()
        for condition, keys in parts:
            # the rows straight from the driver's cursor: SQLAlchemy's row objects and UUID
            # conversion took longer than the query (ids are converted when read, see IdList)
            result = connection.execute(_query(base, condition, keys))
            try:
                raw += [value for (value,) in result.cursor.fetchall()]
            finally:
                result.close()
    return IdList(raw)


def first_page(db: Database, kind_name: str, *, sort: str | None = None, descending: bool = False,
               filters: dict | None = None, limit: int = 200, total: int | None = None) -> tuple[int, Page]:
    """(number of matching rows, first page): enough to paint a list at once. The page has no
    cursor: the rest of the list is read by id (:func:`ordered_ids`). A list sorted anew passes
    the ``total`` it knows, and the count is not made again."""
    k = kind(kind_name)
    _, parts = _parts(k, sort, descending)
    base = _filtered(db, k, filters)
    rows: list[Record] = []
    with db.read() as session:
        if total is None:
            total = session.scalar(base.with_only_columns(func.count(k.model.id))) or 0
        for condition, keys in parts:
            if len(rows) < limit:
                q = _query(base, condition, keys).limit(limit - len(rows))
                rows += [to_record(o) for o in session.scalars(q)]
    return total, Page(tuple(rows), None)
