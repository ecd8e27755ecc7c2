"""Personal data of contact people: erasing a person everywhere, and listing those whose details
have not been verified for a while (data protection asks for both)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import delete, insert, select, text

from .. import models as m
from .. import search as text_search
from ..engine import Database
from ..tracking import current_author
from .crud import _filtered, _load, changes_of
from .impact import dependants
from .kinds import kind, record_columns
from .records import ContactRecord, Outcome

REVIEW_SETTING = "contact_review_months"
DEFAULT_REVIEW_MONTHS = 12


def erase_contact(db: Database, contact_id) -> Outcome:
    """Remove a contact person everywhere the register holds them, in one transaction: the row,
    anything hanging on it, its search entry, its history (the before/after values), its traces
    in merge snapshots; freed space is zeroed (``secure_delete``), the search index's segments
    are rewritten without the person, and the write-ahead log is emptied afterwards.

    The erasure itself is logged in the history as action "erase", with no personal values.
    Backups taken before keep the person until they rotate out (see README.md).
    """
    k = kind("contact")
    with db.write() as session:
        session.info["no_history"] = True  # the delete is logged below, without values
        obj = _load(session, k, contact_id)
        cid = obj.id
        extra = dependants(session, k, cid)
        session.delete(obj)
        session.flush()
        conn = session.connection()
        text_search.forget(conn, extra)
        erased_ids = [cid, *(i for _k, i in extra)]
        conn.execute(delete(m.HistoryEntry).where(m.HistoryEntry.entity_id.in_(erased_ids)))
        _scrub_merge_snapshots(session, {str(i) for i in erased_ids} | {i.hex for i in erased_ids})
        now = m.utcnow()
        conn.execute(insert(m.HistoryEntry), [{
            "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now, "kind": "contact",
            "entity_id": cid, "action": "erase", "field": None, "before": None, "after": None,
            "author": current_author.get()}])
        if conn.dialect.name == "sqlite":
            # FTS5 keeps a deleted row's words in its segments until they are merged: merge now
            conn.execute(text(f"INSERT INTO {text_search.FTS}({text_search.FTS}) VALUES ('optimize')"))
        changes = changes_of(session)
    _flush_leftovers(db)
    return Outcome(None, changes)


def _scrub_merge_snapshots(session, ids: set[str]) -> None:
    """Merge logs keep snapshots (JSON) of merged organisations, which may include this person."""

    def gone(v) -> bool:
        return isinstance(v, dict) and str(v.get("id")) in ids

    def scrub(value):
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items() if not gone(v)}
        if isinstance(value, list):
            return [scrub(v) for v in value if not gone(v)]
        return value

    for log in session.scalars(select(m.MergeLog)):
        cleaned = scrub(log.snapshot)
        if cleaned != log.snapshot:
            log.snapshot = cleaned


def _flush_leftovers(db: Database) -> None:
    """Old page images in SQLite's write-ahead log still hold the erased values: checkpoint and
    truncate it. On PostgreSQL, vacuum the tables so the dead rows' space is reclaimed."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            for _ in range(20):  # readers in other windows can hold the log briefly
                busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    break
                import time

                time.sleep(0.1)
        else:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in ("contacts", "history", text_search.ENTRIES, "merges"):
                try:
                    conn.exec_driver_sql(f"VACUUM {table}")
                except Exception:  # noqa: BLE001 - vacuum needs ownership; the rows are gone regardless
                    break


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    import calendar

    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_months(db: Database) -> int:
    from .summary import get_setting

    try:
        return max(1, int(get_setting(db, REVIEW_SETTING) or DEFAULT_REVIEW_MONTHS))
    except ValueError:
        return DEFAULT_REVIEW_MONTHS


def contacts_to_review(db: Database, months: int | None = None, today: date | None = None,
                       limit: int | None = None) -> list[ContactRecord]:
    """Contact people not verified for ``months`` (the setting ``contact_review_months``,
    12 by default), never-verified ones first, then the longest unverified."""
    months = review_months(db) if months is None else months
    cutoff = _months_before(today or date.today(), months)
    k = kind("contact")
    col = k.column("last_verified")
    q = (_filtered(db, k, {"verified_before": cutoff}).with_only_columns(*record_columns(k))
         .order_by(col.is_not(None), col, k.column("name"), k.column("id")))
    if limit:
        q = q.limit(limit)
    with db.read() as session:
        return [k.record(*row) for row in session.execute(q)]
