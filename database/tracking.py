"""Keeping account of every ORM write: which records a transaction created, updated or deleted
(the "what changed" set the window refreshes from) and each changed field's history
(when, by whom, before and after)."""

from __future__ import annotations

import uuid
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from . import models as m

# Who is making changes (the officer's name from Preferences), written into the history.
current_author: ContextVar[str | None] = ContextVar("current_author", default=None)


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _after_flush(session: Session, _ctx) -> None:
    """after_flush: note what was written, for the Changes set and the history."""
    from .ops.kinds import MODEL_KINDS as KIND_OF  # here: the ops package imports this module

    changes = session.info.setdefault("changes", {"created": set(), "updated": set(), "deleted": set()})
    author = current_author.get()
    history = []
    for obj in session.new:
        k = KIND_OF.get(type(obj))
        if k:
            changes["created"].add((k, obj.id))
            history.append({"kind": k, "entity_id": obj.id, "action": "create", "author": author})
    for obj in session.dirty:
        k = KIND_OF.get(type(obj))
        if not k or not session.is_modified(obj):
            continue
        changes["updated"].add((k, obj.id))
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in ("updated_at", "version", "edited_fields"):
                continue
            h = state.attrs[attr.key].history
            if h.has_changes():
                before = h.deleted[0] if h.deleted else None
                after = h.added[0] if h.added else None
                if before != after:
                    history.append({"kind": k, "entity_id": obj.id, "action": "update", "field": attr.key,
                                    "before": _text(before), "after": _text(after), "author": author})
    for obj in session.deleted:
        k = KIND_OF.get(type(obj))
        if k:
            changes["deleted"].add((k, obj.id))
            history.append({"kind": k, "entity_id": obj.id, "action": "delete", "author": author})
    if history and not session.info.get("no_history"):
        now = m.utcnow()
        session.connection().execute(
            m.HistoryEntry.__table__.insert(),
            [{"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now,
              "field": None, "before": None, "after": None, **h} for h in history])


def install(session_factory) -> None:
    event.listen(session_factory, "after_flush", _after_flush)
