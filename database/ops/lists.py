"""Lean list queries for the window's tables at 100,000 rows.

``ordered_ids`` returns every matching id in list order as ONE string of 32-hex-digit ids, made
by the database (``group_concat`` on SQLite, ``string_agg`` on PostgreSQL), and turns an id into
a UUID only when it is read. Fetching 100,000 one-id rows took twice as long, and the driver
took and released Python's lock for every row, which held up the window painting meanwhile;
one string is read in one step with the lock released, and takes a quarter of the memory.
``first_page`` is what a list shows before that: the count and the first rows, in one read.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Text, cast, func, literal

from ..engine import Database
from .crud import _filtered, _order
from .kinds import kind, record_columns
from .records import Page

_HEX = 32  # an id as SQLAlchemy's Uuid type stores it on SQLite: 32 lower-case hex digits


class IdList(Sequence):
    """Ids in list order. Indexing gives ``uuid.UUID``; ``index`` finds an id's position.

    It keeps the ids as one string of 32-hex-digit ids, ``ids[i]`` being ``text[32*i:32*i+32]``."""

    __slots__ = ("_text",)

    def __init__(self, text: str = ""):
        if len(text) % _HEX:
            raise ValueError("an id list is made of 32-hex-digit ids")
        self._text = text

    @classmethod
    def of(cls, ids) -> IdList:
        """An IdList of UUIDs (or their strings), in the given order."""
        return cls("".join(_as_uuid(i).hex for i in ids))

    def __len__(self) -> int:
        return len(self._text) // _HEX

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [uuid.UUID(hex=self._text[_HEX * j:_HEX * j + _HEX]) for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("id list index out of range")
        return uuid.UUID(hex=self._text[_HEX * i:_HEX * i + _HEX])

    def index(self, value, start: int = 0, stop: int | None = None) -> int:
        """Position of ``value`` (a UUID); ValueError when absent."""
        target = _as_uuid(value).hex
        stop = len(self) if stop is None else min(stop, len(self))
        at = self._text.find(target, _HEX * max(start, 0), _HEX * stop)
        while at >= 0:
            if at % _HEX == 0:  # not a match straddling two ids
                return at // _HEX
            at = self._text.find(target, at + 1, _HEX * stop)
        raise ValueError(f"{value} is not in the list")

    def __contains__(self, value) -> bool:
        try:
            self.index(value)
        except (ValueError, TypeError, AttributeError):
            return False
        return True

    def __eq__(self, other) -> bool:
        return isinstance(other, IdList) and self._text == other._text

    __hash__ = None


def _as_uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def ordered_ids(db: Database, kind_name: str, *, sort: str | None = None, descending: bool = False,
                filters: dict | None = None) -> IdList:
    """Every matching id in list order, the order of :func:`~.crud.list_page`."""
    k = kind(kind_name)
    _, order, _ = _order(k, sort, descending)
    base = _filtered(db, k, filters)
    table_id = k.model.__table__.c.id
    if db.engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        text = func.replace(cast(table_id, Text), "-", "")
        q = base.with_only_columns(func.count(), func.string_agg(text, aggregate_order_by(literal(""), *order)))
    else:
        # SQLite keeps a subquery's ORDER BY for an outer group_concat (select.c, conditions
        # of the omit-ORDER-BY optimization; from 3.44 it could also be said in the aggregate)
        ordered = base.with_only_columns(table_id).order_by(*order).subquery()
        q = ordered.select().with_only_columns(func.count(), func.group_concat(ordered.c.id, ""))
    with db.read() as session:
        count, text = session.execute(q).one()
    text = text or ""
    if len(text) != _HEX * count:  # ids not stored as 32 hex digits (never written by this program)
        with db.read() as session:
            return IdList.of(session.scalars(base.with_only_columns(table_id).order_by(*order)))
    return IdList(text)


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
            # count(*), not count(id) (the same: ids are never NULL): without filters SQLite then
            # counts the rows of an index's pages without reading each entry (0.1 ms, not 10-30)
            total = session.scalar(base.with_only_columns(func.count()).select_from(k.model.__table__)) or 0
        rows = tuple(k.record(*row) for row in session.execute(q))
    return total, Page(rows, None)


def interrupt_reads(db: Database, thread_id: int) -> bool:
    """Stop the read a thread is running on ``db`` now (see ``Database.interrupt_reads``): for a
    list or search query that a newer click or keystroke has made useless."""
    return db.interrupt_reads(thread_id)
