"""Putting back an earlier value of a field from the record's history."""

from __future__ import annotations

import json

from .. import models as m
from ..errors import NotFoundError, Ris3Error
from ..i18n import QT_TRANSLATE_NOOP as _N
from .crud import _as_uuid, update
from .kinds import kind
from .records import Outcome

NOT_A_CHANGE = _N("errors", "Only a changed field can be put back; this history entry records a {action}.")
NOT_EDITABLE = _N("errors", "The field {field} can no longer be edited, so its earlier value cannot be put back.")


def restore_value(db, history_id, *, expected_version: int | None = None) -> Outcome:
    """Set the field a history entry records back to its value before that change.

    Goes through :func:`ops.update`: validated, conflict-checked against ``expected_version``
    (the version the officer was looking at), and itself recorded in the history.
    """
    with db.read() as session:
        entry = session.get(m.HistoryEntry, _as_uuid(history_id))
        if entry is None:
            raise NotFoundError("history entry", history_id)
        kind_name, entity_id, action, field, before = (entry.kind, entry.entity_id, entry.action, entry.field,
                                                       entry.before)
    if action != "update" or not field:
        raise Ris3Error(NOT_A_CHANGE.format(action=action))
    info = next((f for f in kind(kind_name).fields if f.name == field), None)
    if info is None:
        raise Ris3Error(NOT_EDITABLE.format(field=field))
    value = before
    if info.type == "json" and before is not None:
        try:
            value = json.loads(before)
        except ValueError:
            raise Ris3Error(NOT_EDITABLE.format(field=info.label)) from None
    return update(db, kind_name, entity_id, {field: value}, expected_version=expected_version)
