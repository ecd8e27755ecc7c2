"""Writing many records at once, for the importers: the driver's own executemany over plain
tuples, with the values converted exactly as SQLAlchemy would convert them.

The ORM's unit of work costs ~20× more per row, and even SQLAlchemy Core's executemany spends
most of its time building a parameter dict per row. An import of 80,000 rows goes through here
instead, and then brings the search index (``search.index_new`` / ``search.reindex``) and the
history (one "import" entry per record, not one per field) in step itself.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import attrgetter
from random import getrandbits

from sqlalchemy import Boolean, Date, DateTime, Table, Uuid, bindparam, func, insert, literal, select, update
from sqlalchemy.orm import Session

from .. import models as m
from ..errors import Ris3Error
from ..i18n import QT_TRANSLATE_NOOP as _N
from ..i18n import Message, counted
from ..tracking import _text, current_author

CHUNK = 5000
# SQLite page cache for the import's connection (KiB): the indexes of a big import stay in memory.
IMPORT_CACHE_KIB = 65536
# Rebuild a table's secondary indexes after inserting, rather than updating them row by row,
# when the import at least doubles a table of some size (SQLite; a sort beats random inserts).
REBUILD_FROM = 5000


class ConcurrentChangeError(Ris3Error):
    """Someone changed records the import was about to update; nothing was written."""


def _make_uuid(value: int) -> uuid.UUID:
    """``uuid.UUID(int=value)`` without the constructor's checks of its arguments (half the
    time; an import makes a quarter of a million ids). It sets the same two attributes."""
    made = _new(uuid.UUID)
    _set_int(made, value)
    _set_safe(made, _SAFE_UNKNOWN)
    return made


# UUID's slots set through their descriptors: UUID.__setattr__ refuses, and this skips the
# lookup by name that object.__setattr__ makes
_new, _SAFE_UNKNOWN = object.__new__, uuid.SafeUUID.unknown
_set_int, _set_safe = uuid.UUID.__dict__["int"].__set__, uuid.UUID.__dict__["is_safe"].__set__
_LOW30 = (1 << 30) - 1


class IdMaker:
    """Time-ordered UUIDs (version 7 layout: milliseconds, then a counter, then random bits).

    Rows inserted in key order append to the primary-key index instead of landing at random
    places in it: on SQLite that makes a bulk insert 2–3× faster than with random UUIDs. The
    random bits are drawn once per maker: within it the counter keeps ids apart, and two makers
    started in the same millisecond (two imports into one team register) differ by them."""

    def __init__(self):
        self._ms = int(time.time() * 1000)
        self._counter = 0
        self._random = getrandbits(32)
        self._base = self._layout()

    def _layout(self) -> int:
        # 48 bits ms | 4 bits version 7 | 12 bits counter-high | 2 bits variant | 30 bits counter-low | 32 random
        return (self._ms << 80) | (0x7 << 76) | (0b10 << 62) | self._random

    def __call__(self) -> uuid.UUID:
        self._counter = counter = self._counter + 1
        if counter >= 1 << 42:
            self._ms += 1
            self._counter = counter = 0
            self._base = self._layout()
        return _make_uuid(self._base | ((counter >> 30) << 64) | ((counter & _LOW30) << 32))

    def many(self, n: int) -> list[uuid.UUID]:
        """The next ``n`` ids, as ``n`` calls would make them, made by C loops (an import makes
        200,000: a third of the time)."""
        first = self._counter + 1
        if first + n > 1 << 30:  # the counter would reach its high bits: one by one
            return [self() for _ in range(n)]
        self._counter += n
        made = list(map(_new, repeat(uuid.UUID, n)))
        deque(map(_set_int, made, range(self._base | first << 32, self._base | (first + n) << 32, 1 << 32)), 0)
        deque(map(_set_safe, made, repeat(_SAFE_UNKNOWN, n)), 0)
        return made


class _Memo(dict):
    """A value -> what the driver takes, each distinct value converted once; looked up from C
    (``map(memo.__getitem__, values)``), the converter runs only for values not seen yet."""

    __slots__ = ("convert",)

    def __init__(self, convert: Callable):
        super().__init__({None: None})
        self.convert = convert

    def __missing__(self, value):
        converted = self[value] = self.convert(value)
        return converted


def _converter(table: Table, name: str, dialect) -> Callable[[Iterable], list] | None:
    """The function turning a column of Python values into what the driver takes — the very bind
    processor SQLAlchemy would use, so rows read back exactly as if the ORM had written them.
    Values that repeat (timestamps, dates, flags) are converted once each. Ids stored as their 32
    hex digits (SQLite) are written from their numbers in C — the ids rows point at converted once
    each — since a uuid's own hash and ``hex`` are Python code, run a million times by an import."""
    column = table.c[name]
    col_type = column.type
    proc = col_type.dialect_impl(dialect).bind_processor(dialect)
    if proc is None:
        return None
    if isinstance(col_type, Uuid) and proc(_PROBE) == _PROBE.hex:
        if column.primary_key:  # all different
            return lambda values: list(map(_HEX.__mod__, map(_INT, values)))
        hex_memo = _Memo(_HEX.__mod__)
        return lambda values: list(map(hex_memo.__getitem__, map(getattr, values, repeat("int"), repeat(None))))
    if isinstance(col_type, DateTime | Date | Boolean | Uuid) and not column.primary_key:
        memo = _Memo(proc)
        return lambda values: list(map(memo.__getitem__, values))
    if column.primary_key:
        return lambda values: list(map(proc, values))
    return lambda values: [None if v is None else proc(v) for v in values]  # (amounts: mostly all different)


_PROBE = uuid.UUID("0123456789abcdef0123456789abcdef")
_HEX, _INT = "%032x", attrgetter("int")


class Inserter:
    """INSERTs into one table: ``columns`` vary per row, ``constants`` are the same for every row
    (converted once). Values go to the driver's executemany already in the form it stores —
    converted column by column, with ``map`` running the loops in C."""

    def __init__(self, session: Session, table: Table, columns: Sequence[str], constants: dict | None = None):
        self.session = session
        self.table = table
        conn = session.connection()
        dialect = conn.dialect
        constants = constants or {}
        self.columns = list(columns)
        self._convert = [_converter(table, c, dialect) for c in self.columns]
        fixed = [(c, _converter(table, c, dialect)) for c in constants]
        self._tail = tuple(v if f is None else f([v])[0] for (c, f), v in zip(fixed, constants.values(), strict=True))
        quote = dialect.identifier_preparer.quote
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        names = self.columns + list(constants)
        self.sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in names)}) "
                    f"VALUES ({', '.join([mark] * len(names))})")

    def write(self, rows: Sequence[Sequence]) -> int:
        """Rows given as sequences of values in ``columns`` order."""
        if not rows:
            return 0
        return self.write_columns(list(zip(*rows, strict=True)))

    def write_columns(self, columns: Sequence[Iterable]) -> int:
        """Rows given column by column (one sequence of values per column, all as long; a column
        with no converter may be an iterator such as ``itertools.repeat(value, n)``)."""
        count = len(next(c for c in columns if hasattr(c, "__len__")))
        if not count:
            return 0
        values = [col if f is None else f(col) for col, f in zip(columns, self._convert, strict=True)]
        values += [repeat(v, count) for v in self._tail]
        self.session.connection().exec_driver_sql(self.sql, list(zip(*values, strict=True)))
        return count


def insert_rows(session: Session, table: Table, rows: list[dict]) -> int:
    """INSERT rows given as dicts (all with the same keys)."""
    if not rows:
        return 0
    columns = list(rows[0])
    return Inserter(session, table, columns).write([tuple(r[c] for c in columns) for r in rows])


def update_rows(session: Session, table: Table, changes: list[tuple[uuid.UUID, int, dict]], now) -> None:
    """UPDATE rows by (id, the version read, new values): one executemany per set of changed
    columns. A row whose version moved meanwhile (another user's edit) stops the import."""
    groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for entity_id, version, values in changes:
        groups[tuple(sorted(values))].append({"_id": entity_id, "_version": version, **values})
    for columns, params in groups.items():
        stmt = (update(table).where(table.c.id == bindparam("_id"), table.c.version == bindparam("_version"))
                .values({**{c: bindparam(c) for c in columns}, "version": table.c.version + 1, "updated_at": now}))
        for start in range(0, len(params), CHUNK):
            chunk = params[start:start + CHUNK]
            result = session.connection().execute(stmt, chunk)
            if result.rowcount != len(chunk):
                raise ConcurrentChangeError(changed_meanwhile(table.name, len(chunk) - result.rowcount))


CHANGED_MEANWHILE_ONE = _N("imports", "Someone else changed one of the {records} this import was updating; "
                                      "nothing was imported. Run the import again.")
CHANGED_MEANWHILE = _N("imports", "Someone else changed {count} of the {records} this import was updating; "
                                  "nothing was imported. Run the import again.")


def changed_meanwhile(table_name: str, count: int) -> Message:
    """ConcurrentChangeError's message: how many records of which kind, in the window's words."""
    from ..ops.kinds import TABLE_KINDS
    from .report import ENTITY_LABELS

    kind = TABLE_KINDS.get(table_name, table_name)
    records = ENTITY_LABELS.get(kind, "records")
    return counted(count, CHANGED_MEANWHILE_ONE, CHANGED_MEANWHILE, records=records)


class History:
    """History entries written by an import (action "import")."""

    COLUMNS = ("id", "kind", "entity_id", "field", "before", "after")

    def __init__(self, session: Session, now, new_id: Callable[[], uuid.UUID]):
        self.session = session
        self.now = now
        self.author = current_author.get()
        self.new_id = new_id
        self._insert = Inserter(session, m.HistoryEntry.__table__, self.COLUMNS, {
            "created_at": now, "updated_at": now, "version": 1, "at": now, "action": "import",
            "author": self.author})

    def created(self, table: Table, kind: str, ids: Sequence[uuid.UUID], source: str) -> None:
        """New records of ``table`` (``ids``, made by the import's IdMaker, so in one range, and
        created at the import's time): where they came from. The database writes these entries
        itself, from the records, in one statement: half the time of sending 36,000 rows. Their
        own ids are random (an entry is only ever looked up by its record)."""
        if not ids:
            return
        h = m.HistoryEntry.__table__
        sqlite = self.session.connection().dialect.name == "sqlite"
        entry_id = func.lower(func.hex(func.randomblob(16))) if sqlite else func.gen_random_uuid()
        values = {"kind": kind, "action": "import", "after": source, "at": self.now, "author": self.author,
                  "created_at": self.now, "updated_at": self.now, "version": 1}
        rows = select(entry_id, table.c.id, *[literal(v, h.c[name].type) for name, v in values.items()]).where(
            table.c.id.between(min(ids), max(ids)), table.c.created_at == self.now)
        self.session.execute(insert(h).from_select(["id", "entity_id", *values], rows))

    def updated(self, kind: str, changes: Iterable[tuple[uuid.UUID, dict, dict]]) -> None:
        """An updated record: the changed fields before and after, as JSON objects."""
        self._insert.write([(self.new_id(), kind, i, None, _json(before), _json(after))
                            for i, before, after in changes])

    def note(self, kind: str, entity_id: uuid.UUID, field: str, after: dict) -> None:
        self._insert.write([(self.new_id(), kind, entity_id, field, None, _json(after))])


def _json(values: dict) -> str:
    return json.dumps({k: v if isinstance(v, list) else _text(v) for k, v in values.items()}, ensure_ascii=False)


@contextmanager
def bulk_session(session: Session):
    """Settings for one big write on SQLite: a large page cache for the import's connection
    (put back afterwards, as the connection returns to the pool)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    except BaseException:
        # the import failed or was interrupted (Ctrl+C makes SQLAlchemy close the connection):
        # put the setting back when the connection is still there, and never let that hide
        # the exception that stopped the import
        if not conn.invalidated:
            try:
                conn.exec_driver_sql(f"PRAGMA cache_size = {before}")
            except Exception:  # noqa: BLE001
                pass
        raise
    conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


@contextmanager
def indexes_rebuilt(session: Session, table: Table, adding: int):
    """On SQLite, when ``adding`` rows at least doubles the table, drop its secondary indexes for
    the inserts and create them again after — inside the same transaction, so a failure or a
    killed process leaves them exactly as they were."""
    conn = session.connection()
    if conn.dialect.name != "sqlite" or adding < REBUILD_FROM:
        yield
        return
    from sqlalchemy import text

    present = conn.execute(text(f'SELECT count(*) FROM "{table.name}"')).scalar() or 0
    if adding < present:
        yield
        return
    indexes = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
                                "AND sql IS NOT NULL"), {"t": table.name}).all()
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        conn.exec_driver_sql(sql)
