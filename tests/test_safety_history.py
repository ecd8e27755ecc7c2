"""History: every change kept (when, who, field, before, after) and an earlier value put back
through an ordinary, conflict-checked, recorded update."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from database import ops
from database.errors import ConflictError, Ris3Error


def _entry(db, entity_id, field):
    return next(h for h in ops.history(db, entity_id) if h.field == field)


def test_every_change_is_kept_with_when_who_before_after(db):
    token = ops.current_author.set("Anna Rossi")
    try:
        rec = ops.create(db, "partnership", {"title": "Alps4Chem", "scheme": "interreg"}).record
        rec = ops.update(db, "partnership", rec.id, {"title": "Alps4Chem II", "total_budget": "1.250.000,00"},
                         expected_version=rec.version).record
    finally:
        ops.current_author.reset(token)
    entries = ops.history(db, rec.id)
    assert {(h.action, h.field) for h in entries} >= {("create", None), ("update", "title"),
                                                      ("update", "total_budget")}
    title = _entry(db, rec.id, "title")
    assert (title.before, title.after, title.author) == ("Alps4Chem", "Alps4Chem II", "Anna Rossi")
    assert title.at is not None


@pytest.mark.parametrize("kind, field, first, second", [
    ("partnership", "title", "First title", "Second title"),
    ("partnership", "start_date", date(2024, 1, 1), date(2025, 3, 1)),
    ("partnership", "total_budget", Decimal("1000.50"), Decimal("2000.00")),
    ("partnership", "status", "idea", "active"),
    ("partnership", "description", None, "Now described"),
    ("saved_search", "filters", {"type": ["sme"]}, {"type": ["university"], "region": ["ITC1"]}),
    ("action", "done", False, True),
])
def test_restore_an_earlier_value_of_every_type(db, kind, field, first, second):
    base = {"partnership": {"title": "Restorable", "scheme": "other"},
            "saved_search": {"name": "Mine", "kind": "stakeholder", "filters": {}}}
    if kind == "action":
        inter = ops.create(db, "interaction", {"date": date(2025, 1, 1), "subject": "Visit"}).record
        base["action"] = {"interaction_id": inter.id, "text": "Send the minutes"}
    rec = ops.create(db, kind, {**base[kind], field: first}).record
    rec = ops.update(db, kind, rec.id, {field: second}, expected_version=rec.version).record
    entry = _entry(db, rec.id, field)
    outcome = ops.restore_value(db, entry.id, expected_version=rec.version)
    assert getattr(outcome.record, field) == first
    assert (kind, rec.id) in outcome.changes.updated
    newest = ops.history(db, rec.id)[0]  # the restore is itself recorded
    assert newest.field == field and newest.action == "update"


def test_restoring_is_conflict_checked(db):
    rec = ops.create(db, "stakeholder", {"name": "Acme", "type": "sme", "city": "Asti"}).record
    rec = ops.update(db, "stakeholder", rec.id, {"city": "Alba"}, expected_version=rec.version).record
    seen = rec.version  # the history panel shows this version
    ops.update(db, "stakeholder", rec.id, {"city": "Bra"}, expected_version=seen)  # someone else, meanwhile
    entry = next(h for h in ops.history(db, rec.id) if h.field == "city" and h.before == "Asti")
    with pytest.raises(ConflictError) as caught:
        ops.restore_value(db, entry.id, expected_version=seen)
    assert caught.value.theirs.city == "Bra"
    assert ops.get(db, "stakeholder", rec.id).city == "Bra"


def test_only_field_changes_can_be_restored_and_values_are_validated(db):
    rec = ops.create(db, "stakeholder", {"name": "Acme", "type": "sme"}).record
    created = ops.history(db, rec.id)[-1]
    assert created.action == "create"
    with pytest.raises(Ris3Error, match="records a create"):
        ops.restore_value(db, created.id)
    rec = ops.update(db, "stakeholder", rec.id, {"name": "Acme Two"}, expected_version=rec.version).record
    # the earlier value of a required field was empty only if it never was required: name was "Acme"
    entry = _entry(db, rec.id, "name")
    assert ops.restore_value(db, entry.id, expected_version=rec.version).record.name == "Acme"
