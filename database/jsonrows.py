"""Table rows as JSON and back, exactly: ids, timestamps to the microsecond, amounts to the cent.

Used by the register's JSON export (``database.export``) and by merge snapshots
(``ops.duplicates``), so that what goes out comes back the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Numeric, Table, Uuid


def encode(value):
    """A column value as a JSON value."""
    if value is None or isinstance(value, bool | int | str | float | dict | list):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def encode_row(row) -> dict:
    """A row (a mapping of column names to values) as a JSON object."""
    return {k: encode(v) for k, v in row.items()}


def decoder(table: Table):
    """A function turning a JSON object of ``table`` back into column values."""
    kinds = {}
    for col in table.columns:
        t = col.type
        if isinstance(t, Uuid):
            kinds[col.name] = lambda v: uuid.UUID(v)
        elif isinstance(t, DateTime):
            kinds[col.name] = datetime.fromisoformat
        elif isinstance(t, Date):
            kinds[col.name] = date.fromisoformat
        elif isinstance(t, Numeric) and not isinstance(t, Integer):
            kinds[col.name] = Decimal
        elif isinstance(t, Boolean):
            kinds[col.name] = bool
        elif isinstance(t, JSON):
            kinds[col.name] = None
        else:
            kinds[col.name] = None
    names = set(kinds)

    def decode(obj: dict) -> dict:
        unknown = set(obj) - names
        if unknown:
            raise ValueError(f"{table.name} has no column {', '.join(sorted(unknown))}")
        return {k: (v if v is None or kinds[k] is None else kinds[k](v)) for k, v in obj.items()}

    return decode
