"""Lean list queries for the window's tables at 100,000 rows.

``ordered_ids`` returns every matching id in list order as the driver delivers it (32 hex digits
on SQLite, ``uuid.UUID`` on PostgreSQL) and turns one into a UUID only when it is read: building
100,000 UUID objects through SQLAlchemy took longer than the sort itself. ``first_page`` is what
a list shows before that: the count and the first rows, in one read.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func

from ..engine import Database
from .crud import _filtered, _order
from .kinds import kind, record_columns
from .records import Page


class IdList(Sequence):
    """Ids in list order. Indexing gives ``uuid.UUID``; ``index`` finds an id's position.

    It keeps the driver's rows — one-element tuples — as they came: unpacking 100,000 of them in
    Python held the interpreter while the window was painting."""

    __slots__ = ("_raw",)

    def __init__(self, rows: list):
        self._raw = rows

    def __len__(self) -> int:
        return len(self._raw)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [_as_uuid(row[0]) for row in self._raw[i]]
        return _as_uuid(self._raw[i][0])

    def index(self, value, start: int = 0, stop: int | None = None) -> int:
        """Position of ``value`` (a UUID); ValueError when absent."""
        target = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        stop = len(self._raw) if stop is None else stop
        if self._raw and isinstance(self._raw[0][0], str):
            return self._raw.index((target.hex,), start, stop)
        return self._raw.index((target,), start, stop)

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


def ordered_ids(db: Database, kind_name: str, *, sort: str | None = None, descending: bool = False,
                filters: dict | None = None) -> IdList:
    """Every matching id in list order, the order of :func:`~.crud.list_page`."""
    k = kind(kind_name)
    _, order, _ = _order(k, sort, descending)
    q = _filtered(db, k, filters).with_only_columns(k.model.__table__.c.id).order_by(*order)
    with db.read() as session:
        # the rows straight from the driver's cursor: SQLAlchemy's row objects and UUID
        # conversion took longer than the query (ids are converted when read, see IdList)
        result = session.connection().execute(q)
        try:
            return IdList(result.cursor.fetchall())
        finally:
            result.close()


def first_page(db: Database, kind_name: str, *, sort: str | None = None, descending: bool = False,
               filters: dict | None = None, limit: int = 200, total: int | None = None) -> tuple[int, Page]:
    """(number of matching rows, first page): enough to paint a list at once. A list sorted anew
    passes the ``total`` it knows, and the count is not made again."""
    k = kind(kind_name)
    _, order, _ = _order(k, sort, descending)
    base = _filtered(db, k, filters)
    # the rows without a cursor (list_page makes one from the record, and lists ordered by a
    # column no record shows, such as the regions' position, have none): the rest of the list
    # is read by id
    q = base.with_only_columns(*record_columns(k)).order_by(*order).limit(limit)
    with db.read() as session:
        if total is None:
            total = session.scalar(base.with_only_columns(func.count(k.model.__table__.c.id))) or 0
        rows = tuple(k.record(*row) for row in session.execute(q))
    return total, Page(rows, None)
